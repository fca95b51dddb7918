/* vb_attributes_copy.c - vtkDataSetAttributes' copy flags and the copies
 * that follow them: PassData, CopyAllocate/CopyData, InterpolateAllocate/
 * InterpolatePoint. */
#include "vb_field_data_impl.h"

#include <math.h>
#include <string.h>

#define FD(at) ((vb_field_data *)(at))
#define CFD(at) ((const vb_field_data *)(at))

static int bad_flag_args(int type, int ctype) {
  return type < 0 || type >= VB_NUM_ATTRIBUTES || ctype < 0 || ctype > VB_COPY_ALL;
}

int vb_attributes_set_copy_attribute(vb_attributes *at, int type, int value, int ctype) {
  vb_field_data *fd = FD(at);
  int k, changed = 0;
  VB_CHECK(at != NULL, VB_EINVAL, "attributes is NULL");
  VB_CHECK(!bad_flag_args(type, ctype), VB_EINVAL,
           "attribute type %d / copy operation %d out of range", type, ctype);
  for (k = 0; k < VB__COPY_KINDS; k++)
    if ((ctype == VB_COPY_ALL || ctype == k) && fd->copy_attr[k][type] != value) {
      fd->copy_attr[k][type] = value;
      changed = 1;
    }
  if (changed) vb_object_modified(&fd->obj);
  return VB_OK;
}

int vb_attributes_get_copy_attribute(const vb_attributes *at, int type, int ctype) {
  const vb_field_data *fd = CFD(at);
  if (!at || bad_flag_args(type, ctype)) return -1;
  if (ctype == VB_COPY_ALL)
    return fd->copy_attr[0][type] && fd->copy_attr[1][type] && fd->copy_attr[2][type];
  return fd->copy_attr[ctype][type];
}

int vb_attributes_copy_all(vb_attributes *at, int on, int ctype) {
  int st;
  VB_CHECK_IN(on ? "CopyAllOn" : "CopyAllOff", at != NULL, VB_EINVAL, "attributes is NULL");
  VB_CHECK_IN(on ? "CopyAllOn" : "CopyAllOff", ctype >= 0 && ctype <= VB_COPY_ALL, VB_EINVAL, "copy operation %d out of range", ctype);
  if ((st = vb_field_data_copy_all(FD(at), on)) != VB_OK) return st;
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++)
    if (t != VB_ATTRIBUTE_EDGEFLAG) vb_attributes_set_copy_attribute(at, t, on ? 1 : 0, ctype);
  return VB_OK;
}

void vb__attributes_forget_copy(vb_field_data *fd) {
  if (fd->required) vb__free(fd->required);
  if (fd->target) vb__free(fd->target);
  fd->required = fd->target = NULL;
  fd->nrequired = fd->ntarget = 0;
}

/* VTK ComputeRequiredArrays: the indices of src's arrays that `at`'s flags
 * let through for ctype (field flags, then attribute flags), into out[]
 * (room for src->n); returns how many. */
static int required_arrays(const vb_field_data *at, const vb_field_data *src, int ctype, int *out) {
  int n = 0, i, t, k;
  for (i = 0; i < src->n; i++)
    if (vb_field_data__passes(at, vb__aa_name(src->arrays[i])) &&
        (ctype != VB_COPY_INTERPOLATE || vb_array_type(vb__fd_arr(src, i)) != VB_ID_TYPE))
      out[n++] = i;
  for (t = 0; t < VB_NUM_ATTRIBUTES; t++) {
    int idx = src->active[t];
    int flag = vb_field_data_get_copy_flag(at, vb_field_data_get_array_name(src, idx));
    if (at->copy_attr[ctype][t] && flag) {
      int have = 0;
      if (idx < 0) continue;
      for (k = 0; k < n; k++) have |= out[k] == idx;
      if (!have && (ctype != VB_COPY_INTERPOLATE || vb_array_type(vb__fd_arr(src, idx)) != VB_ID_TYPE)) out[n++] = idx;
    } else {
      for (k = 0; k < n; k++)
        if (out[k] == idx) {
          memmove(out + k, out + k + 1, (size_t)(n - k - 1) * sizeof *out);
          n--;
          k--;
        }
    }
  }
  return n;
}

int vb_attributes_pass_data(vb_attributes *at, const vb_field_data *src) {
  vb_field_data *fd = FD(at);
  int *req, n, st, t;
  VB_CHECK(at && src, VB_EINVAL, "%s is NULL", at ? "source" : "attributes");
  if (!src->is_attributes) return vb_field_data_pass_data(fd, src);
  if (!(req = vb__alloc((size_t)(src->n + 1) * sizeof *req, VB_MIN_ALIGN))) return VB_ENOMEM;
  n = required_arrays(fd, src, VB_COPY_PASSDATA, req);
  if (n == 0 || (st = vb_field_data_allocate_arrays(fd, fd->n + n)) != VB_OK) {
    vb__free(req);
    return n == 0 ? VB_OK : st;
  }
  for (t = 0; t < VB_NUM_ATTRIBUTES; t++) /* replacing: the old attributes go */
    if (fd->copy_attr[VB_COPY_PASSDATA][t] && fd->active[t] >= 0) {
      vb_field_data_remove_array_by_index(fd, fd->active[t]);
      fd->active[t] = -1;
    }
  for (int k = 0; k < n; k++) { /* room reserved: add_array cannot fail */
    int i = req[k], idx = vb_field_data_add_abstract_array(fd, src->arrays[i]);
    int type = vb_attributes_is_array_an_attribute((const vb_attributes *)src, i);
    if (idx >= 0 && type >= 0 && fd->copy_attr[VB_COPY_PASSDATA][type])
      vb_attributes_set_active_attribute(at, idx, type);
  }
  vb__free(req);
  return VB_OK;
}

int vb_attributes_copy_allocate(vb_attributes *at, const vb_attributes *src_at, int64_t sze, int shallow,
                                int ctype) {
  vb_field_data *fd = FD(at);
  const vb_field_data *src = CFD(src_at);
  int *req = NULL, *target = NULL, n, k, st = VB_OK;
  VB_CHECK(at && src_at, VB_EINVAL, "%s is NULL", at ? "source" : "attributes");
  VB_CHECK(ctype == VB_COPY_TUPLE || ctype == VB_COPY_INTERPOLATE, VB_EINVAL,
           "copy operation %d is not COPYTUPLE or INTERPOLATE", ctype);
  VB_CHECK(sze >= 0, VB_EOVERFLOW, "negative size %lld", (long long)sze);
  if (!(req = vb__alloc((size_t)(src->n + 1) * sizeof *req, VB_MIN_ALIGN)) ||
      !(target = vb__alloc((size_t)(src->n + 1) * sizeof *target, VB_MIN_ALIGN))) {
    if (req) vb__free(req);
    return VB_ENOMEM;
  }
  n = required_arrays(fd, src, ctype, req);
  for (k = 0; k < src->n; k++) target[k] = -1;
  if (n == 0) { /* VTK: nothing to copy, nothing remembered */
    vb__free(req);
    vb__free(target);
    return VB_OK;
  }
  if (fd == src) {
    for (k = 0; k < n && st == VB_OK; k++) {
      st = vb__aa_reserve(fd->arrays[req[k]], sze);
      target[req[k]] = req[k];
    }
  } else {
    st = vb_field_data_allocate_arrays(fd, fd->n + n);
    for (k = 0; k < n && st == VB_OK; k++) {
      vb_object *a = src->arrays[req[k]], *b = a;
      int type;
      if (!shallow) {
        if (!(b = vb__aa_like(a))) st = vb_last_status();
        else if ((st = vb__aa_reserve(b, sze > 0 ? sze : vb__aa_ntuples(a))) != VB_OK)
          vb_object_release(b);
        if (st != VB_OK) break;
      }
      target[req[k]] = vb_field_data_add_abstract_array(fd, b); /* room reserved: cannot fail */
      if (!shallow) vb_object_release(b);
      type = vb_attributes_is_array_an_attribute(src_at, req[k]);
      if (type >= 0 && fd->copy_attr[ctype][type]) {
        fd->copy_attr[ctype][type] = src->copy_attr[ctype][type];
        vb_attributes_set_active_attribute(at, target[req[k]], type);
      }
    }
  }
  vb__attributes_forget_copy(fd);
  fd->required = req;
  fd->nrequired = n;
  fd->target = target;
  fd->ntarget = src->n;
  return st;
}

/* the selected (source index, target array) pairs are still valid for src */
static int check_mapping(const vb_field_data *fd, const vb_field_data *src, const char *fn) {
  for (int k = 0; k < fd->nrequired; k++) {
    int i = fd->required[k], t = fd->target[i];
    VB_CHECK_IN(fn, i < src->n && t >= 0 && t < fd->n, VB_ESTATE,
             "arrays changed since CopyAllocate (array %d)", i);
  }
  return VB_OK;
}

static int check_tuple(const vb_object *a, int64_t t, const char *fn) {
  VB_CHECK_IN(fn, t >= 0 && t < vb__aa_ntuples(a), VB_ERANGE, "tuple %lld not in [0, %lld)",
           (long long)t, (long long)vb__aa_ntuples(a));
  return VB_OK;
}

/* tuple from_id of `from` into tuple to_id of `to` (inserted: grows), values
 * as they are (VB_RULES_VALUE); the component counts must agree */
static int copy_tuple_any(vb_object *to_o, int64_t to_id, const vb_object *from_o, int64_t from_id, const char *fn) {
  vb_array *to = vb_array_from_object(to_o);
  const vb_array *from = vb_array_from_object((vb_object *)from_o);
  int nc = vb__aa_ncomp(from_o), st;
  vb_scalar small[16], *buf;
  VB_CHECK_IN(fn, nc == vb__aa_ncomp(to_o), VB_ESTATE, "%d and %d components", nc, vb__aa_ncomp(to_o));
  if (!to || !from) /* string / variant arrays: the value array's own InsertTuple */
    return vb__named(fn, vb_value_array_insert_tuple_from(vb_value_array_from_object(to_o), to_id,
                                                           vb_value_array_from_object((vb_object *)from_o), from_id));
  if (!(buf = nc <= 16 ? small : vb__alloc((size_t)nc * sizeof *buf, VB_MIN_ALIGN))) return VB_ENOMEM;
  st = vb_array_get_tuple_s(from, from_id, VB_RULES_VALUE, buf);
  if (st == VB_OK) st = vb_array_insert_tuple_s(to, to_id, VB_RULES_VALUE, buf);
  if (buf != small) vb__free(buf);
  return st;
}

int vb_attributes_copy_data(vb_attributes *at, const vb_attributes *src_at, int64_t from, int64_t to) {
  vb_field_data *fd = FD(at);
  const vb_field_data *src = CFD(src_at);
  int st, k;
  VB_CHECK(at && src_at, VB_EINVAL, "%s is NULL", at ? "source" : "attributes");
  VB_CHECK(to >= 0, VB_ERANGE, "negative target id %lld", (long long)to);
  if ((st = check_mapping(fd, src, "CopyData")) != VB_OK) return st;
  for (k = 0; k < fd->nrequired; k++)
    if ((st = check_tuple(src->arrays[fd->required[k]], from, "CopyData")) != VB_OK) return st;
  for (k = 0; k < fd->nrequired; k++)
    if ((st = copy_tuple_any(fd->arrays[fd->target[fd->required[k]]], to, src->arrays[fd->required[k]], from, "CopyData")) != VB_OK)
      return st;
  return VB_OK;
}

/* vtkMath::RoundDoubleToIntegralIfNecessary for integer targets */
static double to_type(int type, double v) {
  if (!vb_type_is_integer(type)) return v;
  if (isnan(v)) return 0;
  if (v >= vb_type_max(type)) return vb_type_max(type);
  if (v <= vb_type_min(type)) return vb_type_min(type);
  return v >= 0 ? floor(v + 0.5) : ceil(v - 0.5);
}

int vb_attributes_interpolate_point(vb_attributes *at, const vb_attributes *src_at, int64_t to, int64_t n,
                                    const vb_id *ids, const double *weights) {
  vb_field_data *fd = FD(at);
  const vb_field_data *src = CFD(src_at);
  int st, k, c;
  int64_t j;
  VB_CHECK(at && src_at, VB_EINVAL, "%s is NULL", at ? "source" : "attributes");
  VB_CHECK(to >= 0, VB_ERANGE, "negative target id %lld", (long long)to);
  VB_CHECK(n >= 0 && (n == 0 || (ids && weights)), VB_EINVAL, "bad ids/weights");
  if ((st = check_mapping(fd, src, "InterpolatePoint")) != VB_OK) return st;
  for (k = 0; k < fd->nrequired; k++)
    for (j = 0; j < n; j++)
      if ((st = check_tuple(src->arrays[fd->required[k]], ids[j], "InterpolatePoint")) != VB_OK) return st;
  for (k = 0; k < fd->nrequired; k++) {
    int ti = fd->target[fd->required[k]];
    vb_array *a = vb__fd_arr(src, fd->required[k]), *b = vb__fd_arr(fd, ti);
    if (!a || !b) { /* string / variant arrays: the tuple of the largest weight (VTK) */
      st = vb_value_array_interpolate_tuple(vb_value_array_from_object(fd->arrays[ti]), to, ids, n,
                                            vb_value_array_from_object(src->arrays[fd->required[k]]), weights);
      if (st != VB_OK) return VB_NAMED(st);
      continue;
    }
    int nc = vb_array_get_number_of_components(a), type = vb_attributes_is_array_an_attribute(at, ti);
    double small[16], *tuple;
    VB_CHECK(nc == vb_array_get_number_of_components(b), VB_ESTATE,
             "%d and %d components", nc,
             vb_array_get_number_of_components(b));
    if (type >= 0 && fd->copy_attr[VB_COPY_INTERPOLATE][type] == 2) { /* nearest: largest weight */
      vb_id best = n > 0 ? ids[0] : 0;
      double wmax = 0;
      for (j = 0; j < n; j++)
        if (weights[j] > wmax) wmax = weights[j], best = ids[j];
      if (n > 0 && (st = copy_tuple_any(vb_array_object(b), to, vb_array_object(a), best, "InterpolatePoint")) != VB_OK) return st;
      continue;
    }
    if (!(tuple = nc <= 16 ? small : vb__alloc((size_t)nc * sizeof *tuple, VB_MIN_ALIGN))) return VB_ENOMEM;
    for (c = 0; c < nc; c++) {
      double s = 0, v;
      for (j = 0; j < n; j++) {
        vb_array_get_component(a, ids[j], c, &v);
        s += weights[j] * v;
      }
      tuple[c] = to_type(vb_array_type(b), s);
    }
    st = vb_array_insert_tuple(b, to, tuple);
    if (tuple != small) vb__free(tuple);
    if (st != VB_OK) return st;
  }
  return VB_OK;
}

/* to[to_id] = (1 - t) a[ia] + t b[ib] (vtkDataArray::InterpolateTuple of two
 * tuples; integers rounded, clamped); nearest: a[ia] when t < 0.5, else b[ib] */
static int interp2(vb_array *to, int64_t to_id, const vb_array *a, int64_t ia, const vb_array *b, int64_t ib,
                   double t, int nearest, const char *fn) {
  int nc = vb_array_get_number_of_components(a), st, c;
  double small[16], *tuple, x, y;
  VB_CHECK_IN(fn, nc == vb_array_get_number_of_components(b) && nc == vb_array_get_number_of_components(to), VB_ESTATE,
           "component counts differ");
  if ((st = check_tuple(vb_array_object((vb_array *)a), ia, fn)) != VB_OK ||
      (st = check_tuple(vb_array_object((vb_array *)b), ib, fn)) != VB_OK)
    return st;
  if (nearest) return copy_tuple_any(vb_array_object(to), to_id, vb_array_object((vb_array *)(t < 0.5 ? a : b)), t < 0.5 ? ia : ib, fn);
  if (!(tuple = nc <= 16 ? small : vb__alloc((size_t)nc * sizeof *tuple, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < nc; c++) {
    vb_array_get_component(a, ia, c, &x);
    vb_array_get_component(b, ib, c, &y);
    tuple[c] = to_type(vb_array_type(to), (1.0 - t) * x + t * y);
  }
  st = vb_array_insert_tuple(to, to_id, tuple);
  if (tuple != small) vb__free(tuple);
  return st;
}

int vb_attributes_interpolate_edge(vb_attributes *at, const vb_attributes *src_at, int64_t to, int64_t p1, int64_t p2,
                                   double t) {
  vb_field_data *fd = FD(at);
  const vb_field_data *src = CFD(src_at);
  int st, k;
  VB_CHECK(at && src_at, VB_EINVAL, "%s is NULL", at ? "source" : "attributes");
  VB_CHECK(to >= 0, VB_ERANGE, "negative target id %lld", (long long)to);
  if ((st = check_mapping(fd, src, "InterpolateEdge")) != VB_OK) return st;
  for (k = 0; k < fd->nrequired; k++) {
    int ti = fd->target[fd->required[k]], type = vb_attributes_is_array_an_attribute(at, ti);
    const vb_array *a = vb__fd_arr(src, fd->required[k]);
    if (!a || !vb__fd_arr(fd, ti)) { /* string / variant arrays: nearest (VTK) */
      vb_value_array *va = vb_value_array_from_object(src->arrays[fd->required[k]]);
      st = vb_value_array_interpolate_tuple2(vb_value_array_from_object(fd->arrays[ti]), to, p1, va, p2, va, t);
      if (st != VB_OK) return VB_NAMED(st);
      continue;
    }
    if ((st = interp2(vb__fd_arr(fd, ti), to, a, p1, a, p2, t,
                      type >= 0 && fd->copy_attr[VB_COPY_INTERPOLATE][type] == 2, "InterpolateEdge")) != VB_OK)
      return st;
  }
  return VB_OK;
}

int vb_attributes_interpolate_time(vb_attributes *at, const vb_attributes *from1, const vb_attributes *from2,
                                   int64_t id, double t) {
  vb_field_data *fd = FD(at);
  VB_CHECK(at && from1 && from2, VB_EINVAL, "attributes is NULL");
  for (int type = 0; type < VB_NUM_ATTRIBUTES; type++) {
    vb_array *a = vb_attributes_get_attribute(from1, type), *b = vb_attributes_get_attribute(from2, type), *to;
    int st, flag = fd->copy_attr[VB_COPY_INTERPOLATE][type];
    if (!flag || !a || !b) continue;
    /* VTK dereferences a missing target attribute */
    VB_CHECK((to = vb_attributes_get_attribute(at, type)) != NULL, VB_ESTATE,
             "no active %s to interpolate into", vb_attributes_attribute_type_name(type));
    if ((st = interp2(to, id, a, id, b, id, t, flag == 2, "InterpolateTime")) != VB_OK) return st;
  }
  return VB_OK;
}

/* ---- tuple copies of vtkFieldData (here for copy_tuple) ---- */
int vb_field_data_copy_tuple(vb_field_data *dst, int64_t i, const vb_field_data *src, int64_t j, int insert) {
  const char *fn = insert ? "InsertTuple" : "SetTuple";
  int st, k;
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "field data is NULL");
  VB_CHECK_IN(fn, src->n >= dst->n, VB_ESTATE, "the source has %d arrays, this field data %d", src->n, dst->n);
  VB_CHECK_IN(fn, i >= 0, VB_ERANGE, "negative tuple %lld", (long long)i);
  for (k = 0; k < dst->n; k++) { /* every index checked before anything changes */
    if ((st = check_tuple(src->arrays[k], j, fn)) != VB_OK) return st;
    if (!insert && (st = check_tuple(dst->arrays[k], i, fn)) != VB_OK) return st;
    VB_CHECK_IN(fn, vb__aa_ncomp(src->arrays[k]) == vb__aa_ncomp(dst->arrays[k]),
             VB_ESTATE, "array %d: component counts differ", k);
  }
  for (k = 0; k < dst->n; k++)
    if ((st = copy_tuple_any(dst->arrays[k], i, src->arrays[k], j, fn)) != VB_OK) return st;
  return VB_OK;
}

int vb_field_data_null_data(vb_field_data *fd, int64_t id) {
  int st;
  VB_CHECK(fd != NULL, VB_EINVAL, "field data is NULL");
  VB_CHECK(id >= 0, VB_ERANGE, "negative tuple %lld", (long long)id);
  for (int k = 0; k < fd->n; k++) {
    int nc = vb__aa_ncomp(fd->arrays[k]);
    vb_value_array *va = vb_value_array_from_object(fd->arrays[k]);
    if (va) { /* string / variant arrays: empty values */
      vb_variant none = {0};
      for (int c = nc - 1; c >= 0; c--)
        if ((st = vb_value_array_insert_value(va, id * nc + c, &none)) != VB_OK) return VB_NAMED(st);
      continue;
    }
    double small[16] = {0}, *z = nc <= 16 ? small : vb__calloc((size_t)nc * sizeof *z, VB_MIN_ALIGN);
    if (!z) return VB_ENOMEM;
    st = vb_array_insert_tuple(vb__fd_arr(fd, k), id, z);
    if (z != small) vb__free(z);
    if (st != VB_OK) return st;
  }
  return VB_OK;
}

int vb_attributes_copy_tuple(vb_array *from, vb_array *to, int64_t from_id, int64_t to_id) {
  int st;
  VB_CHECK(from && to, VB_EINVAL, "array is NULL");
  VB_CHECK(to_id >= 0, VB_ERANGE, "negative target id %lld", (long long)to_id);
  if ((st = check_tuple(vb_array_object(from), from_id, "CopyTuple")) != VB_OK) return st;
  return copy_tuple_any(vb_array_object(to), to_id, vb_array_object(from), from_id, "CopyTuple");
}

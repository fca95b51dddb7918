/* vb_value_array_tuples.c - tuples of vtkStringArray / vtkVariantArray:
 * from other arrays, removal, interpolation (vb_value_array.h). */
#include "vb_value_array_impl.h"

#include <string.h>

/* the copies of src's tuples ids[k] (or src_start + k when ids is NULL),
 * made before dst changes: src may be dst, and a failed copy changes nothing */
static int gather(const vb_value_array *src, const int64_t *ids, int64_t start, int64_t n, vb_variant **out) {
  int64_t nc = src->ncomp, nt = vb_value_array_get_number_of_tuples(src), k, c;
  vb_variant *v;
  *out = NULL;
  for (k = 0; k < n; k++) {
    int64_t t = ids ? ids[k] : start + k;
    VB_CHECK(t >= 0 && t < nt, VB_ERANGE, "source tuple %lld out of range [0, %lld)", (long long)t, (long long)nt);
  }
  if (!n) return VB_OK;
  VB_CHECK((uint64_t)n <= SIZE_MAX / 2 / sizeof *v / (uint64_t)nc, VB_EOVERFLOW, "too many tuples");
  if (!(v = vb__calloc((size_t)(n * nc) * sizeof *v, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (k = 0; k < n; k++)
    for (c = 0; c < nc; c++) {
      int st = vb_variant_copy(&v[k * nc + c], vb_value_array_get_value(src, (ids ? ids[k] : start + k) * nc + c));
      if (st != VB_OK) {
        for (k = 0; k < n * nc; k++) vb_variant_clear(&v[k]);
        vb__free(v);
        return st;
      }
    }
  *out = v;
  return VB_OK;
}

/* the common path: n tuples of src (ids or src_start..) into dst's tuples
 * dst_ids[k] (or dst_start + k); grow: insert (else they must exist) */
static int move_tuples(const char *fn, vb_value_array *dst, const int64_t *dst_ids, int64_t dst_start,
                       const int64_t *src_ids, int64_t src_start, int64_t n, const vb_value_array *src, int grow) {
  vb_variant *v;
  int64_t k, c, nc, maxt = -1, nt;
  int st;
  /* a variant array takes tuples of a string array too (VTK's SetTuple / InsertTuple*) */
  int mixed = dst && src && dst->type == VB_VARIANT_ARRAY && src->type == VB_STRING_ARRAY;
  if (!mixed && (st = vb__va_check_src(fn, dst, src)) != VB_OK) return st;
  VB_CHECK_IN(fn, n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  VB_CHECK_IN(fn, dst->ncomp == src->ncomp, VB_EINVAL, "%d components into %d", src->ncomp, dst->ncomp);
  nc = dst->ncomp;
  nt = vb_value_array_get_number_of_tuples(dst);
  for (k = 0; k < n; k++) {
    int64_t t = dst_ids ? dst_ids[k] : dst_start + k;
    VB_CHECK_IN(fn, t >= 0 && t < INT64_MAX / 2 / nc, VB_ERANGE, "tuple %lld out of range", (long long)t);
    VB_CHECK_IN(fn, grow || t < nt, VB_ERANGE, "tuple %lld out of range [0, %lld)", (long long)t, (long long)nt);
    if (t > maxt) maxt = t;
  }
  if ((st = gather(src, src_ids, src_start, n, &v)) != VB_OK) return vb__named(fn, st);
  if (maxt >= 0 && (st = vb__va_ensure(dst, (maxt + 1) * nc - 1)) != VB_OK) {
    for (k = 0; k < n * nc; k++) vb_variant_clear(&v[k]);
    vb__free(v);
    return vb__named(fn, st);
  }
  for (k = 0; k < n; k++) {
    int64_t t = dst_ids ? dst_ids[k] : dst_start + k;
    for (c = 0; c < nc; c++) {
      vb_variant_clear(&dst->st->v[t * nc + c]);
      dst->st->v[t * nc + c] = v[k * nc + c]; /* moved */
    }
  }
  vb__free(v);
  return VB_OK;
}

int vb_value_array_set_tuple_from(vb_value_array *dst, int64_t i, const vb_value_array *src, int64_t j) {
  return move_tuples("SetTuple", dst, NULL, i, NULL, j, 1, src, 0);
}
int vb_value_array_insert_tuple_from(vb_value_array *dst, int64_t i, const vb_value_array *src, int64_t j) {
  return move_tuples("InsertTuple", dst, NULL, i, NULL, j, 1, src, 1);
}
int vb_value_array_insert_next_tuple_from(vb_value_array *dst, const vb_value_array *src, int64_t j,
                                          int64_t *index) {
  int64_t t = vb_value_array_get_number_of_tuples(dst);
  int st = move_tuples("InsertNextTuple", dst, NULL, t, NULL, j, 1, src, 1);
  if (st == VB_OK && index) *index = t;
  return st;
}
int vb_value_array_insert_tuples(vb_value_array *dst, const int64_t *dst_ids, const int64_t *src_ids, int64_t n,
                                 const vb_value_array *src) {
  VB_CHECK(n == 0 || (dst_ids && src_ids), VB_EINVAL, "ids are NULL");
  return move_tuples("InsertTuples", dst, dst_ids, 0, src_ids, 0, n, src, 1);
}
int vb_value_array_insert_tuples_range(vb_value_array *dst, int64_t dst_start, int64_t n, int64_t src_start,
                                       const vb_value_array *src) {
  return move_tuples("InsertTuples", dst, NULL, dst_start, NULL, src_start, n, src, 1);
}
int vb_value_array_insert_tuples_starting_at(vb_value_array *dst, int64_t dst_start, const int64_t *src_ids,
                                             int64_t n, const vb_value_array *src) {
  VB_CHECK(n == 0 || src_ids, VB_EINVAL, "ids are NULL");
  return move_tuples("InsertTuplesStartingAt", dst, NULL, dst_start, src_ids, 0, n, src, 1);
}

int vb_value_array_get_tuples(const vb_value_array *a, const int64_t *ids, int64_t n, vb_value_array *out) {
  VB_CHECK(n == 0 || ids, VB_EINVAL, "ids are NULL");
  VB_CHECK(a && out && a->type == out->type, a && out ? VB_ETYPE : VB_EINVAL, "arrays of different classes");
  return move_tuples("GetTuples", out, NULL, 0, ids, 0, n, a, 0);
}
int vb_value_array_get_tuples_range(const vb_value_array *a, int64_t p1, int64_t p2, vb_value_array *out) {
  VB_CHECK(a && out && a->type == out->type, a && out ? VB_ETYPE : VB_EINVAL, "arrays of different classes");
  return move_tuples("GetTuples", out, NULL, 0, NULL, p1, p2 >= p1 ? p2 - p1 + 1 : 0, a, 0);
}

int vb_value_array_copy_component(vb_value_array *dst, int dc, const vb_value_array *src, int sc) {
  int64_t nt, t;
  vb_variant *v;
  int st;
  if ((st = vb__va_check_src("CopyComponent", dst, src)) != VB_OK) return st;
  nt = vb_value_array_get_number_of_tuples(dst);
  VB_CHECK(nt == vb_value_array_get_number_of_tuples(src), VB_EINVAL, "%lld and %lld tuples", (long long)nt,
           (long long)vb_value_array_get_number_of_tuples(src));
  VB_CHECK(dc >= 0 && dc < dst->ncomp && sc >= 0 && sc < src->ncomp, VB_ERANGE, "component %d / %d out of range", dc, sc);
  if (!nt) return VB_OK;
  if (!(v = vb__calloc((size_t)nt * sizeof *v, VB_MIN_ALIGN))) return VB_NAMED(VB_ENOMEM);
  for (t = 0; t < nt && st == VB_OK; t++) st = vb_variant_copy(&v[t], &src->st->v[t * src->ncomp + sc]);
  for (t = 0; t < nt; t++) {
    if (st == VB_OK) {
      vb_variant_clear(&dst->st->v[t * dst->ncomp + dc]);
      dst->st->v[t * dst->ncomp + dc] = v[t]; /* moved */
    } else {
      vb_variant_clear(&v[t]);
    }
  }
  vb__free(v);
  return VB_NAMED(st);
}

int vb_value_array_remove_tuple(vb_value_array *a, int64_t t) {
  int64_t nt, nc, k;
  VA_CHECK(a);
  nt = vb_value_array_get_number_of_tuples(a);
  VB_CHECK(t >= 0 && t < nt, VB_ERANGE, "tuple %lld out of range [0, %lld)", (long long)t, (long long)nt);
  if (t == nt - 1) return vb_value_array_remove_last_tuple(a);
  nc = a->ncomp;
  for (k = 0; k < nc; k++) vb_variant_clear(&a->st->v[t * nc + k]);
  memmove(a->st->v + t * nc, a->st->v + (t + 1) * nc, (size_t)((nt - t - 1) * nc) * sizeof *a->st->v);
  memset(a->st->v + (nt - 1) * nc, 0, (size_t)nc * sizeof *a->st->v); /* moved down: now unset */
  a->max_id = (nt - 1) * nc - 1;
  vb_object_modified(&a->obj);
  return VB_OK;
}

int vb_value_array_remove_first_tuple(vb_value_array *a) {
  VA_CHECK(a);
  return vb_value_array_get_number_of_tuples(a) > 0 ? vb_value_array_remove_tuple(a, 0) : VB_OK;
}

int vb_value_array_remove_last_tuple(vb_value_array *a) {
  int64_t nt;
  VA_CHECK(a);
  if ((nt = vb_value_array_get_number_of_tuples(a)) <= 0) return VB_OK;
  return vb_value_array_resize(a, nt - 1); /* VTK: Resize(n - 1) */
}

int vb_value_array_interpolate_tuple(vb_value_array *dst, int64_t i, const int64_t *ids, int64_t n,
                                     const vb_value_array *src, const double *weights) {
  int64_t k, best = 0;
  int st;
  if ((st = vb__va_check_src("InterpolateTuple", dst, src)) != VB_OK) return st;
  if (n <= 0) return VB_OK;
  VB_CHECK(ids && weights, VB_EINVAL, "ids or weights are NULL");
  for (k = 1; k < n; k++)
    if (weights[k] > weights[best]) best = k;
  return move_tuples("InterpolateTuple", dst, NULL, i, NULL, ids[best], 1, src, 1);
}

int vb_value_array_interpolate_tuple2(vb_value_array *dst, int64_t i, int64_t id1, const vb_value_array *s1,
                                      int64_t id2, const vb_value_array *s2, double t) {
  int st;
  if ((st = vb__va_check_src("InterpolateTuple", dst, s1)) != VB_OK ||
      (st = vb__va_check_src("InterpolateTuple", dst, s2)) != VB_OK)
    return st;
  return t >= 0.5 ? move_tuples("InterpolateTuple", dst, NULL, i, NULL, id2, 1, s2, 1)
                  : move_tuples("InterpolateTuple", dst, NULL, i, NULL, id1, 1, s1, 1);
}

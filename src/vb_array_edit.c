/* vb_array_edit.c - editing an array as a whole or from another array:
 * Fill / FillComponent / FillValue / FillTypedComponent, CopyComponent,
 * RemoveTuple / RemoveFirstTuple / RemoveLastTuple, Reset, tuple copies
 * from another array (SetTuple(i, j, src), InsertTuple(i, j, src),
 * InsertNextTuple(j, src), InsertTuples, InsertTuplesStartingAt,
 * GetTuples) and InterpolateTuple.
 *
 * Every call checks all its inputs (indices, components, every value it
 * will write) before it changes anything, so a refused call leaves the
 * array unchanged.  Values move between arrays of the same type exactly
 * (VB_RULES_VALUE); between types through the double interface's rules
 * (VB_RULES_DOUBLE: a value that would wrap or is undefined in the
 * destination type is refused, VB_ENOFIT / VB_EDOMAIN). */
#include "vb_array_impl.h"

#include <math.h>

/* the rules a value moving from s to d follows */
static int xfer_rules(const vb_array *d, const vb_array *s) {
  return d->type == s->type ? VB_RULES_VALUE : VB_RULES_DOUBLE;
}

static int64_t ntuples(const vb_array *a) { return vb__nvalues(a) / a->ncomp; }

static int check_comp(const vb_array *a, int c, const char *fn) {
  VB_CHECK_IN(fn, c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c, a->ncomp);
  return VB_OK;
}

static int check_tuple_in(const vb_array *a, int64_t t, int64_t n, const char *fn, const char *what) {
  VB_CHECK_IN(fn, t >= 0 && t < n, VB_ERANGE, "%stuple index %lld not in [0, %lld)", what,
           (long long)t, (long long)n);
  (void)a;
  return VB_OK;
}

/* value si of s acceptable as a value of d? */
static int check_xfer(const vb_array *d, const vb_array *s, int64_t si, int rules, const char *fn) {
  vb_scalar v;
  vb__load_s(s, si, rules, &v);
  return vb__scalar_check(d->type, vb__rules_for(d, rules), &v, fn);
}

static void xfer(vb_array *d, int64_t di, const vb_array *s, int64_t si, int rules) {
  vb_scalar v;
  vb__load_s(s, si, rules, &v);
  vb__store_s(d, di, rules, &v);
}

/* ------------------------------------------------------------------ fill */

int vb_array_fill_component_s(vb_array *a, int c, int rules, const vb_scalar *v) {
  int64_t t, nt;
  int st;
  const char *fn = rules == VB_RULES_VALUE ? "FillTypedComponent" : "FillComponent";
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("Fill", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK_IN(fn, rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL, "unknown rules %d", rules);
  if ((st = check_comp(a, c, fn)) != VB_OK) return st;
  if ((st = vb__scalar_check(a->type, vb__rules_for(a, rules), v, fn)) != VB_OK) return st;
  nt = ntuples(a);
  for (t = 0; t < nt; t++) vb__store_s(a, t * a->ncomp + c, rules, v);
  return VB_OK;
}

int vb_array_fill_s(vb_array *a, int rules, const vb_scalar *v) {
  int64_t i, n;
  int st;
  const char *fn = rules == VB_RULES_VALUE ? "FillValue" : "Fill";
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("Fill", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK_IN(fn, rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL, "unknown rules %d", rules);
  if ((st = vb__scalar_check(a->type, vb__rules_for(a, rules), v, fn)) != VB_OK) return st;
  /* AOS: every value up to MaxId (VTK's std::fill); else whole tuples */
  n = a->layout == VB_LAYOUT_AOS && !vb__is_bit(a) ? vb__nvalues(a) : ntuples(a) * a->ncomp;
  for (i = 0; i < n; i++) vb__store_s(a, i, rules, v);
  return VB_OK;
}

/* ------------------------------------------------------ InsertComponent */

int vb_array_insert_one_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v) {
  int64_t i, need;
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("InsertComponent", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("InsertComponent", v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK_IN("InsertComponent", rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL, "unknown rules %d", rules);
  VB_CHECK_IN("InsertComponent", t >= 0, VB_ERANGE, "negative tuple index %lld", (long long)t);
  if ((st = check_comp(a, c, "InsertComponent")) != VB_OK) return st;
  VB_CHECK_IN("InsertComponent", t < INT64_MAX / a->ncomp - 1, VB_EOVERFLOW, "tuple index %lld overflows", (long long)t);
  if ((st = vb__scalar_check(a->type, vb__rules_for(a, rules), v, "InsertComponent")) != VB_OK) return st;
  i = t * a->ncomp + c;
  need = (t + 1) * a->ncomp;
  vb__array_op_begin(a);
  if (need > vb__size_of(a)) { /* VTK's EnsureAccessToTuple: Resize(t + 1), bits too */
    st = vb__array_resize(a, t + 1);
    if (st == VB_OK && need > vb__size_of(a))
      st = vb__fail("InsertComponent", VB_ESTATE, "an observer changed the array's storage during the call");
  }
  if (st == VB_OK) {
    if (a->max_id >= vb__size_of(a)) a->max_id = vb__size_of(a) - 1;
    vb__store_s(a, i, rules, v);
    if (i > a->max_id) a->max_id = i; /* MaxId to the component, not the tuple (VTK) */
  }
  return vb__array_op_end(a, st);
}

/* ------------------------------------------------------- CopyComponent */

int vb_array_copy_component(vb_array *dst, int dc, const vb_array *src, int sc) {
  int64_t t, nt;
  int st, rules;
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("CopyComponent", dst != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("CopyComponent", src != NULL, VB_EINVAL, "source array is NULL");
  nt = ntuples(dst);
  VB_CHECK_IN("CopyComponent", ntuples(src) == nt, VB_EINVAL, "number of tuples in 'from' (%lld) and 'to' (%lld) do not match",
           (long long)ntuples(src), (long long)nt);
  if ((st = check_comp(dst, dc, "CopyComponent")) || (st = check_comp(src, sc, "CopyComponent"))) return st;
  rules = VB_RULES_DOUBLE; /* VTK: GetComponent / SetComponent */
  for (t = 0; t < nt; t++)
    if ((st = check_xfer(dst, src, t * src->ncomp + sc, rules, "CopyComponent")) != VB_OK) return st;
  for (t = 0; t < nt; t++) xfer(dst, t * dst->ncomp + dc, src, t * src->ncomp + sc, rules);
  return VB_OK;
}

/* --------------------------------------------------------------- remove */

int vb_array_reset(vb_array *a) {
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("Reset", a != NULL, VB_EINVAL, "array is NULL");
  a->max_id = -1; /* storage kept (VTK) */
  return VB_OK;
}

int vb_array_remove_last_tuple(vb_array *a) {
  int64_t nt;
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("RemoveLastTuple", a != NULL, VB_EINVAL, "array is NULL");
  nt = ntuples(a);
  if (nt == 0) return VB_OK;
  /* VTK: SetNumberOfTuples(n - 1), then Squeeze */
  vb__array_op_begin(a);
  st = vb__array_set_capacity(a, nt - 1, 1);
  if (st == VB_OK) a->max_id = (nt - 1) * a->ncomp - 1;
  return vb__array_op_end(a, st);
}

int vb_array_remove_tuple(vb_array *a, int64_t t) {
  int64_t nt, i, n;
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("RemoveTuple", a != NULL, VB_EINVAL, "array is NULL");
  nt = ntuples(a);
  if ((st = check_tuple_in(a, t, nt, "RemoveTuple", "")) != VB_OK) return st;
  if (t == nt - 1) return vb_array_remove_last_tuple(a);
  VB_CHECK_IN("RemoveTuple", !vb__is_bit(a), VB_ETYPE, "vtkBitArray removes only its last tuple (VTK 9.7.1: not implemented)");
  n = (nt - 1) * a->ncomp;
  for (i = t * a->ncomp; i < n; i++) xfer(a, i, a, i + a->ncomp, VB_RULES_VALUE);
  a->max_id = n - 1; /* VTK: SetNumberOfTuples(n - 1): the capacity stays */
  return VB_OK;
}

int vb_array_remove_first_tuple(vb_array *a) {
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("RemoveFirstTuple", a != NULL, VB_EINVAL, "array is NULL");
  if (ntuples(a) == 0) return VB_OK;
  return vb_array_remove_tuple(a, 0);
}

/* ------------------------------------------------- tuples from an array */

static int check_same_comps(const vb_array *d, const vb_array *s, const char *fn) {
  VB_CHECK_IN(fn, s != NULL, VB_EINVAL, "source array is NULL");
  VB_CHECK_IN(fn, s->ncomp == d->ncomp, VB_EINVAL, "number of components do not match: source %d, destination %d", s->ncomp, d->ncomp);
  return VB_OK;
}

/* copy n tuples src[sids[k]] -> dst[dids[k]] (dids NULL: dstart + k; sids
 * NULL: sstart + k), growing dst to hold them when grow is set (VTK's
 * ReserveTuples policy, MaxId raised to the last tuple written), else
 * requiring them inside dst's tuples (limit: the tuples dst may address). */
static int copy_tuples(vb_array *d, const int64_t *dids, int64_t dstart, const vb_array *s,
                       const int64_t *sids, int64_t sstart, int64_t n, int grow, int64_t limit,
                       const char *fn) {
  int64_t k, maxd = -1, snt;
  int c, st, rules;
  const int nc = d->ncomp;
  VB_CHECK_IN(fn, !d->impl, VB_ETYPE, "an implicit array is read-only"); /* the destination */
  VB_CHECK_IN(fn, n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  if (n == 0) return VB_OK; /* VTK: nothing, before any check */
  if ((st = check_same_comps(d, s, fn)) != VB_OK) return st;
  VB_CHECK_IN(fn, dids || dstart <= INT64_MAX - n, VB_EOVERFLOW, "destination index overflows");
  VB_CHECK_IN(fn, sids || sstart <= INT64_MAX - n, VB_EOVERFLOW, "source index overflows");
  snt = ntuples(s);
  rules = xfer_rules(d, s);
  for (k = 0; k < n; k++) {
    int64_t di = dids ? dids[k] : dstart + k, si = sids ? sids[k] : sstart + k;
    if ((st = check_tuple_in(s, si, snt, fn, "source ")) != VB_OK) return st;
    VB_CHECK_IN(fn, di >= 0, VB_ERANGE, "negative destination tuple index %lld", (long long)di);
    if (!grow && (st = check_tuple_in(d, di, limit, fn, "destination ")) != VB_OK) return st;
    if (di > maxd) maxd = di;
    for (c = 0; c < nc; c++)
      if ((st = check_xfer(d, s, si * nc + c, rules, fn)) != VB_OK) return st;
  }
  VB_CHECK_IN(fn, maxd < INT64_MAX / nc, VB_EOVERFLOW, "destination tuple index %lld overflows", (long long)maxd);
  vb__array_op_begin(d);
  st = VB_OK;
  if (grow && (maxd + 1) * nc > vb__size_of(d)) {
    st = vb__array_ensure_values(d, maxd * nc, (maxd + 1) * nc - 1);
    if (st == VB_OK && (maxd + 1) * nc > vb__size_of(d))
      st = vb__fail(fn, VB_ESTATE, "an observer changed the array's storage during the call");
    /* the observers may also have changed the source (s == d, shared buffers) */
    if (st == VB_OK && ntuples(s) < snt)
      st = vb__fail(fn, VB_ESTATE, "an observer changed the source array during the call");
  }
  if (st == VB_OK) {
    if (d->max_id >= vb__size_of(d)) d->max_id = vb__size_of(d) - 1;
    for (k = 0; k < n; k++) {
      int64_t di = dids ? dids[k] : dstart + k, si = sids ? sids[k] : sstart + k;
      for (c = 0; c < nc; c++) xfer(d, di * nc + c, s, si * nc + c, rules);
    }
    if (grow && (maxd + 1) * nc - 1 > d->max_id) d->max_id = (maxd + 1) * nc - 1;
  }
  return vb__array_op_end(d, st);
}

int vb_array_set_tuple_from(vb_array *dst, int64_t i, const vb_array *src, int64_t j) {
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("SetTuple", dst != NULL, VB_EINVAL, "array is NULL");
  return copy_tuples(dst, NULL, i, src, NULL, j, 1, 0, ntuples(dst), "SetTuple");
}

int vb_array_insert_tuple_from(vb_array *dst, int64_t i, const vb_array *src, int64_t j) {
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InsertTuple", dst != NULL, VB_EINVAL, "array is NULL");
  return copy_tuples(dst, NULL, i, src, NULL, j, 1, 1, 0, "InsertTuple");
}

int vb_array_insert_next_tuple_from(vb_array *dst, const vb_array *src, int64_t j, int64_t *index) {
  int64_t i;
  int st;
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InsertNextTuple", dst != NULL, VB_EINVAL, "array is NULL");
  i = ntuples(dst);
  st = copy_tuples(dst, NULL, i, src, NULL, j, 1, 1, 0, "InsertNextTuple");
  if (index) *index = st == VB_OK ? i : -1;
  return st;
}

int vb_array_insert_tuples(vb_array *dst, const int64_t *dst_ids, const int64_t *src_ids, int64_t n,
                           const vb_array *src) {
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InsertTuples", dst != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("InsertTuples", n == 0 || (dst_ids && src_ids), VB_EINVAL, "id list is NULL");
  return copy_tuples(dst, dst_ids, 0, src, src_ids, 0, n, 1, 0, "InsertTuples");
}

int vb_array_insert_tuples_range(vb_array *dst, int64_t dst_start, int64_t n, int64_t src_start,
                                 const vb_array *src) {
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InsertTuples", dst != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("InsertTuples", dst_start >= 0, VB_ERANGE, "negative destination index %lld", (long long)dst_start);
  return copy_tuples(dst, NULL, dst_start, src, NULL, src_start, n, 1, 0, "InsertTuples");
}

int vb_array_insert_tuples_starting_at(vb_array *dst, int64_t dst_start, const int64_t *src_ids, int64_t n,
                                       const vb_array *src) {
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InsertTuplesStartingAt", dst != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("InsertTuplesStartingAt", n == 0 || src_ids, VB_EINVAL, "id list is NULL");
  VB_CHECK_IN("InsertTuplesStartingAt", dst_start >= 0, VB_ERANGE, "negative destination index %lld", (long long)dst_start);
  return copy_tuples(dst, NULL, dst_start, src, src_ids, 0, n, 1, 0, "InsertTuplesStartingAt");
}

/* VTK writes output tuples 0.. without growing it: they must lie within
 * its allocated tuples (past them VTK writes memory it does not own). */
int vb_array_get_tuples(const vb_array *a, const int64_t *ids, int64_t n, vb_array *out) {
  VB_CHECK_IN("GetTuples", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("GetTuples", out != NULL, VB_EINVAL, "output array is NULL");
  VB_CHECK_IN("GetTuples", n == 0 || ids, VB_EINVAL, "id list is NULL");
  return copy_tuples(out, NULL, 0, a, ids, 0, n, 0, vb__size_of(out) / out->ncomp, "GetTuples");
}

int vb_array_get_tuples_range(const vb_array *a, int64_t p1, int64_t p2, vb_array *out) {
  VB_CHECK_IN("GetTuples", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("GetTuples", out != NULL, VB_EINVAL, "output array is NULL");
  if (p2 < p1) return VB_OK; /* VTK: nothing */
  VB_CHECK_IN("GetTuples", p1 >= 0 && p2 < INT64_MAX, VB_ERANGE, "tuple range [%lld, %lld] is invalid",
           (long long)p1, (long long)p2);
  return copy_tuples(out, NULL, 0, a, NULL, p1, p2 - p1 + 1, 0, vb__size_of(out) / out->ncomp, "GetTuples");
}

/* ------------------------------------------------------- interpolation */

/* VTK's vtkMath::RoundDoubleToIntegralIfNecessary: integers round half away
 * from zero (then saturate, as vb__set_d); reals unchanged */
static double round_for(const vb_array *a, double v) {
  if (!vb_type_is_integer(a->type) && a->type != VB_BIT) return v;
  return v >= 0.0 ? floor(v + 0.5) : ceil(v - 0.5);
}

/* store tuple i of d from the nc doubles in v (an InsertTuple; VTK clamps
 * to the type, NaN 0: vb__set_d) */
static int insert_doubles(vb_array *d, int64_t i, const double *v, const char *fn) {
  int64_t first, last;
  int c, st;
  VB_CHECK_IN(fn, i >= 0, VB_ERANGE, "negative tuple index %lld", (long long)i);
  VB_CHECK_IN(fn, i < INT64_MAX / d->ncomp - 1, VB_EOVERFLOW, "tuple index %lld overflows", (long long)i);
  first = i * d->ncomp;
  last = first + d->ncomp - 1;
  vb__array_op_begin(d);
  st = vb__array_ensure_values(d, first, last);
  if (st == VB_OK && last >= vb__size_of(d))
    st = vb__fail(fn, VB_ESTATE, "an observer changed the array's storage during the call");
  if (st == VB_OK) {
    if (d->max_id >= vb__size_of(d)) d->max_id = vb__size_of(d) - 1;
    for (c = 0; c < d->ncomp; c++) vb__set_d(d, first + c, v[c]);
    if (last > d->max_id) d->max_id = last;
  }
  return vb__array_op_end(d, st);
}

static int check_interp_source(const vb_array *d, const vb_array *s, const char *fn) {
  int st = check_same_comps(d, s, fn);
  if (st) return st;
  VB_CHECK_IN(fn, s->type == d->type, VB_ETYPE, "cannot interpolate arrays of different type");
  return VB_OK;
}

int vb_array_interpolate_tuple(vb_array *dst, int64_t i, const int64_t *ids, int64_t n, const vb_array *src,
                               const double *weights) {
  double stackv[16], *v = stackv;
  int64_t k, snt;
  int c, st;
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InterpolateTuple", dst != NULL, VB_EINVAL, "array is NULL");
  if ((st = check_interp_source(dst, src, "InterpolateTuple")) != VB_OK) return st;
  VB_CHECK_IN("InterpolateTuple", n >= 0 && (n == 0 || (ids && weights)), VB_EINVAL, "ids or weights are NULL");
  snt = ntuples(src);
  for (k = 0; k < n; k++)
    if ((st = check_tuple_in(src, ids[k], snt, "InterpolateTuple", "source ")) != VB_OK) return st;
  if (dst->ncomp > 16 && !(v = vb__alloc((size_t)dst->ncomp * sizeof *v, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < dst->ncomp; c++) {
    double acc = 0.0;
    for (k = 0; k < n; k++) acc += weights[k] * vb__get_d(src, ids[k] * src->ncomp + c);
    v[c] = round_for(dst, acc);
  }
  st = insert_doubles(dst, i, v, "InterpolateTuple");
  if (v != stackv) vb__free(v);
  return st;
}

int vb_array_interpolate_tuple2(vb_array *dst, int64_t i, int64_t id1, const vb_array *s1, int64_t id2,
                                const vb_array *s2, double t) {
  double stackv[16], *v = stackv;
  int c, st;
  VB_ARRAY_WCHECK(dst);
  VB_CHECK_IN("InterpolateTuple", dst != NULL, VB_EINVAL, "array is NULL");
  if ((st = check_interp_source(dst, s1, "InterpolateTuple")) || (st = check_interp_source(dst, s2, "InterpolateTuple")))
    return st;
  if ((st = check_tuple_in(s1, id1, ntuples(s1), "InterpolateTuple", "first source ")) ||
      (st = check_tuple_in(s2, id2, ntuples(s2), "InterpolateTuple", "second source ")))
    return st;
  if (dst->ncomp > 16 && !(v = vb__alloc((size_t)dst->ncomp * sizeof *v, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < dst->ncomp; c++)
    v[c] = round_for(dst, vb__get_d(s1, id1 * s1->ncomp + c) * (1.0 - t) + vb__get_d(s2, id2 * s2->ncomp + c) * t);
  st = insert_doubles(dst, i, v, "InterpolateTuple");
  if (v != stackv) vb__free(v);
  return st;
}

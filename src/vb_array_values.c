/* vb_array_values.c - reading and writing an array's values, tuples and
 * components.  Every write checks its whole input against vb_scalar's rules
 * before touching the array, so a refused value leaves the array unchanged;
 * inserts grow inside an op so observers see the array in its new state
 * (never a placeholder). */
#include "vb_array_impl.h"

#include <math.h>

/* ------------------------------------------------------------ the rules */

static int check_rules(int rules, const char *fn) {
  VB_CHECK_IN(fn, rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL, "unknown rules %d", rules);
  return VB_OK;
}

/* every component of a tuple (n scalars) acceptable? */
static int check_all(const vb_array *a, int rules, const vb_scalar *v, int n, const char *fn) {
  int c, st;
  VB_CHECK_IN(fn, v != NULL, VB_EINVAL, "values are NULL");
  if ((st = check_rules(rules, fn)) != VB_OK) return st;
  for (c = 0; c < n; c++)
    if ((st = vb__scalar_check(a->type, vb__rules_for(a, rules), &v[c], fn)) != VB_OK) return st;
  return VB_OK;
}

static int check_index(const vb_array *a, int64_t i, const char *fn) {
  VB_CHECK_IN(fn, a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, i >= 0 && i < vb__nvalues(a), VB_ERANGE, "expects 0 <= valueIdx && valueIdx < GetNumberOfValues() (valueIdx %lld, %lld values)",            (long long)i, (long long)vb__nvalues(a));
  return VB_OK;
}

static int check_tuple(const vb_array *a, int64_t t, const void *p, const char *fn) {
  VB_CHECK_IN(fn, a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, p != NULL, VB_EINVAL, "tuple pointer is NULL");
  VB_CHECK_IN(fn, t >= 0 && t < vb__nvalues(a) / a->ncomp, VB_ERANGE, "expects 0 <= tupleIdx && tupleIdx < GetNumberOfTuples() (tupleIdx %lld, %lld tuples)", (long long)t, (long long)(vb__nvalues(a) / a->ncomp));
  return VB_OK;
}

/* (t, c) of Get/SetComponent, with VTK 9.7.1's messages */
static int check_component(const vb_array *a, int64_t t, int c, const void *p, const char *fn) {
  VB_CHECK_IN(fn, a != NULL && p != NULL, VB_EINVAL, "array or value pointer is NULL");
  /* VTK's two checks, in its order (GetComponent(0, 2) of 2 x 2 fails the second) */
  VB_CHECK_IN(fn, t >= 0 && t < vb__nvalues(a) && t * a->ncomp + c < vb__nvalues(a), VB_ERANGE,
              "expects 0 <= tupleIdx && GetNumberOfComponents() * tupleIdx + compIdx < GetNumberOfValues() "
              "(tupleIdx %lld, compIdx %d, %d components, %lld tuples)",
              (long long)t, c, a->ncomp, (long long)(vb__nvalues(a) / a->ncomp));
  VB_CHECK_IN(fn, c >= 0 && c < a->ncomp, VB_ERANGE,
              "expects 0 <= compIdx && compIdx < GetNumberOfComponents() (compIdx %d, %d components)", c, a->ncomp);
  return VB_OK;
}

/* ------------------------------------------------------- values (tagged) */

int vb_array_get_value_s(const vb_array *a, int64_t i, vb_scalar *out) {
  int st = check_index(a, i, "GetValue");
  if (st) return st;
  VB_CHECK(out != NULL, VB_EINVAL, "out is NULL");
  vb__load_s(a, i, VB_RULES_VALUE, out);
  return VB_OK;
}

int vb_array_set_value_s(vb_array *a, int64_t i, const vb_scalar *v) {
  int st = check_index(a, i, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st || (st = check_all(a, VB_RULES_VALUE, v, 1, VB_FUNC))) return st;
  vb__store_s(a, i, VB_RULES_VALUE, v);
  return VB_OK;
}

/* write n values at value index i, growing (Resize policy) when needed;
 * MaxId = max(MaxId, i + n - 1).  Inputs already checked. */
static int insert_at(vb_array *a, int64_t i, int rules, const vb_scalar *v, int n) {
  int64_t last;
  int c, st = VB_OK, grow;
  VB_CHECK(i <= INT64_MAX - (n - 1), VB_EOVERFLOW, "value index %lld + %d overflows", (long long)i, n);
  last = i + (n - 1);
  grow = last >= vb__size_of(a);
  if (grow) {
    vb__array_op_begin(a);
    st = vb__array_ensure_values(a, i, last);
    /* the growth ran buffer observers: they may have shrunk the array again */
    if (st == VB_OK && last >= vb__size_of(a))
      st = VB_FAIL(VB_ESTATE, "an observer changed the array's storage during the call");
  }
  if (st == VB_OK) {
    if (a->max_id >= vb__size_of(a)) a->max_id = vb__size_of(a) - 1;
    for (c = 0; c < n; c++) vb__store_s(a, i + c, rules, &v[c]);
    if (last > a->max_id) a->max_id = last;
  }
  return grow ? vb__array_op_end(a, st) : st;
}

int vb_array_insert_value_s(vb_array *a, int64_t i, const vb_scalar *v) {
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK(i >= 0, VB_ERANGE, "expects 0 <= id (id %lld)", (long long)i);
  if ((st = check_all(a, VB_RULES_VALUE, v, 1, "InsertValue")) != VB_OK) return st;
  return insert_at(a, i, VB_RULES_VALUE, v, 1);
}

int vb_array_insert_next_value_s(vb_array *a, const vb_scalar *v) {
  int st;
  VB_ARRAY_WCHECK(a);
  if ((st = check_all(a, VB_RULES_VALUE, v, 1, VB_FUNC)) != VB_OK) return st;
  if (a->layout == VB_LAYOUT_AOS && !vb__is_bit(a) && a->max_id + 1 < a->bufs[0]->count) { /* hot path */
    int64_t i = ++a->max_id;
    vb__scalar_store(a->type, VB_RULES_VALUE, VB_BUF_DATA(a->bufs[0]) + (size_t)i * a->esize, v);
    return VB_OK;
  }
  return VB_NAMED(insert_at(a, vb__nvalues(a), VB_RULES_VALUE, v, 1));
}

/* ------------------------------------------------------- tuples (tagged) */

int vb_array_get_tuple_s(const vb_array *a, int64_t t, int rules, vb_scalar *out) {
  int c, st = check_tuple(a, t, out, VB_FUNC);
  if (st || (st = check_rules(rules, VB_FUNC))) return st;
  for (c = 0; c < a->ncomp; c++) vb__load_s(a, t * a->ncomp + c, rules, &out[c]);
  return VB_OK;
}

int vb_array_set_tuple_s(vb_array *a, int64_t t, int rules, const vb_scalar *tuple) {
  int c, st = check_tuple(a, t, tuple, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st || (st = check_all(a, rules, tuple, a->ncomp, VB_FUNC))) return st;
  for (c = 0; c < a->ncomp; c++) vb__store_s(a, t * a->ncomp + c, rules, &tuple[c]);
  return VB_OK;
}

/* InsertTuple / InsertNextTuple (`fn`, the caller's VB_FUNC) at tuple t */
static int insert_tuple(vb_array *a, int64_t t, int rules, const vb_scalar *tuple, const char *fn) {
  int st;
  VB_CHECK_IN(fn, t >= 0, VB_ERANGE, "expects 0 <= tupleIdx (tupleIdx %lld)", (long long)t);
  VB_CHECK_IN(fn, t < INT64_MAX / a->ncomp, VB_EOVERFLOW, "tuple index %lld overflows", (long long)t);
  if ((st = check_all(a, rules, tuple, a->ncomp, fn)) != VB_OK) return st;
  return vb__named(fn, insert_at(a, t * a->ncomp, rules, tuple, a->ncomp));
}

int vb_array_insert_tuple_s(vb_array *a, int64_t t, int rules, const vb_scalar *tuple) {
  VB_ARRAY_WCHECK(a);
  return insert_tuple(a, t, rules, tuple, VB_FUNC);
}

int vb_array_insert_next_tuple_s(vb_array *a, int rules, const vb_scalar *tuple) {
  VB_ARRAY_WCHECK(a);
  return insert_tuple(a, vb__nvalues(a) / a->ncomp, rules, tuple, VB_FUNC);
}

int vb_array_get_component_s(const vb_array *a, int64_t t, int c, int rules, vb_scalar *out) {
  int st = check_component(a, t, c, out, "GetComponent");
  if (st || (st = check_rules(rules, "GetComponent")))
    return st;
  vb__load_s(a, t * a->ncomp + c, rules, out);
  return VB_OK;
}

int vb_array_set_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v) {
  int st = check_component(a, t, c, v, "SetComponent");
  VB_ARRAY_WCHECK(a);
  if (st || (st = check_all(a, rules, v, 1, "SetComponent")))
    return st;
  vb__store_s(a, t * a->ncomp + c, rules, v);
  return VB_OK;
}

/* -------------------------------------------- the double interface (C) */

int vb_array_get_value(const vb_array *a, int64_t i, double *out) {
  int st = check_index(a, i, VB_FUNC);
  if (st) return st;
  VB_CHECK(out != NULL, VB_EINVAL, "out is NULL");
  *out = vb__get_d(a, i);
  return VB_OK;
}

int vb_array_set_value(vb_array *a, int64_t i, double v) {
  int st = check_index(a, i, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st) return st;
  vb__set_d(a, i, v);
  return VB_OK;
}

int vb_array_insert_value(vb_array *a, int64_t i, double v) {
  vb_scalar s = vb_scalar_real(v);
  VB_ARRAY_WCHECK(a);
  VB_CHECK(i >= 0, VB_ERANGE, "negative index %lld", (long long)i);
  return VB_NAMED(insert_at(a, i, VB_RULES_DOUBLE, &s, 1));
}

int vb_array_insert_next_value(vb_array *a, double v) {
  vb_scalar s;
  VB_ARRAY_WCHECK(a);
  if (a->layout == VB_LAYOUT_AOS && !vb__is_bit(a) && a->max_id + 1 < a->bufs[0]->count) { /* hot path */
    int64_t i = ++a->max_id;
    char *p = VB_BUF_DATA(a->bufs[0]);
    if (a->type == VB_FLOAT) ((float *)p)[i] = (float)v;
    else if (a->type == VB_DOUBLE) ((double *)p)[i] = v;
    else vb__store_f64(a->type, p + (size_t)i * a->esize, v);
    return VB_OK;
  }
  s = vb_scalar_real(v);
  return VB_NAMED(insert_at(a, vb__nvalues(a), VB_RULES_DOUBLE, &s, 1));
}

int vb_array_get_value_i64(const vb_array *a, int64_t i, int64_t *out) {
  int st = check_index(a, i, "get_value_i64");
  if (st) return st;
  VB_CHECK(out != NULL, VB_EINVAL, "out is NULL");
  if (vb__scaled(a) || vb__is_bit(a)) vb__store_f64(VB_ID_TYPE, out, vb__get_d(a, i));
  else *out = vb__load_i64(a->type, vb__vptr(a, i));
  return VB_OK;
}

int vb_array_set_value_i64(vb_array *a, int64_t i, int64_t v) {
  vb_scalar s = vb_scalar_int(v);
  return vb_array_set_value_s(a, i, &s);
}

int vb_array_insert_next_value_i64(vb_array *a, int64_t v) {
  vb_scalar s = vb_scalar_int(v);
  return vb_array_insert_next_value_s(a, &s);
}

int vb_array_get_tuple(const vb_array *a, int64_t t, double *out) {
  int c, st = check_tuple(a, t, out, VB_FUNC);
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) out[c] = vb__get_d(a, t * a->ncomp + c);
  return VB_OK;
}

int vb_array_set_tuple(vb_array *a, int64_t t, const double *tuple) {
  int c, st = check_tuple(a, t, tuple, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) vb__set_d(a, t * a->ncomp + c, tuple[c]);
  return VB_OK;
}

/* doubles -> REAL scalars on the stack (or the heap past 16 components) */
static int insert_doubles(vb_array *a, int64_t t, const double *tuple, const char *fn) {
  vb_scalar small[16] = {{0}}, *s = small; /* zeroed: gcc 12 -O2 warns otherwise */
  int c, n, st;
  VB_ARRAY_CHECK(a);
  VB_CHECK_IN(fn, tuple != NULL, VB_EINVAL, "tuple pointer is NULL");
  VB_CHECK_IN(fn, t >= 0, VB_ERANGE, "negative index %lld", (long long)t);
  VB_CHECK_IN(fn, t < INT64_MAX / a->ncomp, VB_EOVERFLOW, "tuple index %lld overflows", (long long)t);
  n = a->ncomp;
  if (n > 16 && !(s = vb__alloc((size_t)n * sizeof *s, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < n; c++) s[c] = vb_scalar_real(tuple[c]);
  st = insert_at(a, t * n, VB_RULES_DOUBLE, s, n);
  if (s != small) vb__free(s);
  return st;
}

int vb_array_insert_tuple(vb_array *a, int64_t t, const double *tuple) {
  VB_ARRAY_WCHECK(a);
  return VB_NAMED(insert_doubles(a, t, tuple, VB_FUNC));
}

int vb_array_insert_next_tuple(vb_array *a, const double *tuple) {
  VB_ARRAY_WCHECK(a);
  /* hot path: AOS, tuple-aligned, room for one more tuple (nothing moves) */
  if (tuple && a->layout == VB_LAYOUT_AOS && !vb__is_bit(a) && (a->max_id + 1) % a->ncomp == 0 &&
      a->max_id + 1 <= a->bufs[0]->count - a->ncomp) {
    int64_t i = a->max_id + 1;
    int c;
    char *p = VB_BUF_DATA(a->bufs[0]);
    if (a->type == VB_FLOAT)
      for (c = 0; c < a->ncomp; c++) ((float *)p)[i + c] = (float)tuple[c];
    else if (a->type == VB_DOUBLE)
      for (c = 0; c < a->ncomp; c++) ((double *)p)[i + c] = tuple[c];
    else
      for (c = 0; c < a->ncomp; c++) vb__store_f64(a->type, p + (size_t)(i + c) * a->esize, tuple[c]);
    a->max_id = i + a->ncomp - 1;
    return VB_OK;
  }
  return VB_NAMED(insert_doubles(a, vb__nvalues(a) / a->ncomp, tuple, VB_FUNC));
}

int vb_array_get_component(const vb_array *a, int64_t t, int c, double *out) {
  int st = check_component(a, t, c, out, "get_component");
  if (st) return st;
  *out = vb__get_d(a, t * a->ncomp + c);
  return VB_OK;
}

int vb_array_set_component(vb_array *a, int64_t t, int c, double v) {
  int st = check_component(a, t, c, &v, "set_component");
  VB_ARRAY_WCHECK(a);
  if (st) return st;
  vb__set_d(a, t * a->ncomp + c, v);
  return VB_OK;
}

/* ------------------------------------------------------------------ range */

int vb_array_get_range(const vb_array *a, int comp, double out[2]) {
  int64_t t, nt;
  double lo = 1.0e+299, hi = -1.0e+299;
  VB_ARRAY_CHECK(a);
  VB_CHECK(out != NULL, VB_EINVAL, "out is NULL");
  VB_CHECK(comp < a->ncomp, VB_ERANGE, "component %d not in [-1, %d)", comp, a->ncomp);
  if (comp < 0) comp = a->ncomp == 1 ? 0 : -1; /* VTK: any negative comp is the magnitude; one component: itself */
  nt = vb__nvalues(a) / a->ncomp;
  for (t = 0; t < nt; t++) {
    double v;
    if (comp >= 0) {
      v = vb__get_d(a, t * a->ncomp + comp);
    } else {
      int c;
      v = 0.0;
      for (c = 0; c < a->ncomp; c++) {
        double x = vb__get_d(a, t * a->ncomp + c);
        v += x * x;
      }
      v = sqrt(v);
    }
    if (v != v) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  out[0] = lo;
  out[1] = hi;
  return VB_OK;
}

/* vb_array_typed.c - VTK 9.7's typed-array extras: InsertTypedComponent,
 * ReserveValues, GetValueRange and LookupValue.  The typed accessors that
 * are the existing tuple/component functions under VB_RULES_VALUE
 * (Get/SetTypedComponent, Get/Set/Insert/InsertNextTypedTuple) need nothing
 * here.  Like every write, InsertTypedComponent checks its value before the
 * array changes, so a refused value leaves the array unchanged. */
#include "vb_array_impl.h"

#include <math.h>

int vb_array_insert_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v) {
  int64_t i, nt;
  int st;
  VB_ARRAY_CHECK(a);
  VB_CHECK(v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK(rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL,
           "unknown rules %d", rules);
  VB_CHECK(t >= 0, VB_ERANGE, "negative tuple index %lld", (long long)t);
  VB_CHECK(c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c,
           a->ncomp);
  VB_CHECK(t < INT64_MAX / a->ncomp - 1, VB_EOVERFLOW, "tuple index %lld overflows",
           (long long)t);
  if (rules == VB_RULES_DOUBLE && a->layout == VB_LAYOUT_SCALED_SOA) rules = VB__RULES_THROUGH_DOUBLE;
  if ((st = vb__scalar_check(a->type, rules, v, __func__)) != VB_OK) return VB_NAMED(st);
  nt = vb__nvalues(a) / a->ncomp;
  if (t >= nt) { /* the array now has t + 1 tuples (VTK's InsertComponent) */
    st = vb_array_set_number_of_tuples(a, t + 1);
    if (st != VB_OK) return st;
  }
  i = t * a->ncomp + c;
  vb__store_s(a, i, rules == VB__RULES_THROUGH_DOUBLE ? VB_RULES_DOUBLE : rules, v);
  return VB_OK;
}

int vb_array_reserve_values(vb_array *a, int64_t nvalues) {
  VB_ARRAY_CHECK(a);
  VB_CHECK(nvalues >= 0, VB_EOVERFLOW, "negative count %lld", (long long)nvalues);
  return vb_array_reserve_tuples(a, nvalues / a->ncomp + (nvalues % a->ncomp != 0));
}

/* ------------------------------------------------------------ value range */

/* value i as an exact comparison key: integers exactly (int64/uint64),
 * floats as double; *isnan set for a NaN */
typedef struct {
  int kind; /* VB_SCALAR_INT / UINT / REAL */
  union {
    int64_t i;
    uint64_t u;
    double d;
  } v;
} key;

static void load_key(const vb_array *a, int64_t i, key *k) {
  vb_scalar s;
  if (vb__is_bit(a)) {
    k->kind = VB_SCALAR_INT;
    k->v.i = vb__bit_get(a, i);
    return;
  }
  if (vb__scaled(a) || !vb_type_is_integer(a->type)) {
    k->kind = VB_SCALAR_REAL;
    k->v.d = vb__get_d(a, i);
    return;
  }
  vb__scalar_load(a->type, VB_RULES_DOUBLE, vb__vptr(a, i), &s); /* 64-bit exact */
  if (s.kind == VB_SCALAR_REAL) { /* narrower integers: exact in double */
    k->kind = VB_SCALAR_INT;
    k->v.i = (int64_t)s.v.d;
  } else {
    k->kind = s.kind;
    k->v.u = s.v.u;
  }
}

/* a < b for two keys of one array (same kind family) */
static int key_less(const key *a, const key *b) {
  if (a->kind == VB_SCALAR_REAL) return a->v.d < b->v.d;
  if (a->kind == VB_SCALAR_UINT) return b->kind == VB_SCALAR_UINT && a->v.u < b->v.u;
  if (b->kind == VB_SCALAR_UINT) return 1;
  return a->v.i < b->v.i;
}

static void key_out(const vb_array *a, const key *k, vb_scalar *out) {
  if (k->kind == VB_SCALAR_REAL) {
    vb__scalar_from_double(a->type, vb__scaled(a) ? VB_RULES_DOUBLE : VB_RULES_VALUE, k->v.d, out);
  } else if (a->type == VB_CHAR) {
    out->kind = VB_SCALAR_CHAR;
    out->v.i = (unsigned char)(char)k->v.i;
  } else {
    out->kind = k->kind;
    out->v.u = k->v.u;
  }
}

int vb_array_get_value_range(const vb_array *a, int comp, vb_scalar out[2]) {
  int64_t t, nt;
  key lo, hi, k;
  int have = 0;
  VB_ARRAY_CHECK(a);
  VB_CHECK(out != NULL, VB_EINVAL, "out is NULL");
  VB_CHECK(comp >= -1 && comp < a->ncomp, VB_ERANGE, "component %d not in [-1, %d)", comp,
           a->ncomp);
  if (comp == -1) { /* magnitudes: doubles, read back as the array's type */
    double r[2];
    int st = vb_array_get_range(a, -1, r);
    if (st != VB_OK) return st;
    vb__scalar_from_double(a->type, vb__scaled(a) ? VB_RULES_DOUBLE : VB_RULES_VALUE, r[0], &out[0]);
    vb__scalar_from_double(a->type, vb__scaled(a) ? VB_RULES_DOUBLE : VB_RULES_VALUE, r[1], &out[1]);
    return VB_OK;
  }
  nt = vb__nvalues(a) / a->ncomp;
  for (t = 0; t < nt; t++) {
    load_key(a, t * a->ncomp + comp, &k);
    if (k.kind == VB_SCALAR_REAL && k.v.d != k.v.d) continue; /* NaN skipped */
    if (!have || key_less(&k, &lo)) lo = k;
    if (!have || key_less(&hi, &k)) hi = k;
    have = 1;
  }
  if (!have) { /* empty: VTK's {1e299, -1e299}, saturated into the type */
    lo.kind = hi.kind = VB_SCALAR_REAL;
    lo.v.d = 1.0e+299;
    hi.v.d = -1.0e+299;
  }
  key_out(a, &lo, &out[0]);
  key_out(a, &hi, &out[1]);
  return VB_OK;
}

/* ---------------------------------------------------------------- lookup */

/* The lookup value as a key of the array's type: 1, or 0 when no value of
 * the type can equal it (out of range, a fraction for an integer type, a
 * character for a numeric array). */
static int lookup_key(const vb_array *a, const vb_scalar *v, key *k) {
  const vb_type_info *t = vb_type_info_of(a->type);
  if (vb__is_bit(a)) { /* 0 or 1 (an integer, or an integral real) */
    if (v->kind == VB_SCALAR_CHAR || v->kind == VB_SCALAR_BIG) return 0;
    if (v->kind == VB_SCALAR_REAL ? !(v->v.d == 0.0 || v->v.d == 1.0) : v->v.u > 1) return 0;
    k->kind = VB_SCALAR_INT;
    k->v.i = v->kind == VB_SCALAR_REAL ? (int64_t)v->v.d : (int64_t)v->v.u;
    return 1;
  }
  if (v->kind == VB_SCALAR_CHAR) {
    if (a->type != VB_CHAR || v->v.i < 0 || v->v.i > 255) return 0;
    k->kind = VB_SCALAR_INT;
    k->v.i = (char)(unsigned char)v->v.i; /* stored as a C char */
    return 1;
  }
  if (vb__scaled(a) || !t->is_integer) {
    float f;
    double d = vb_scalar_to_double(v);
    if (v->kind == VB_SCALAR_BIG && isinf(d)) return 0;
    if (!vb__scaled(a) && a->type == VB_FLOAT) { /* compare as stored: a float */
      f = (float)d;
      d = f;
    }
    k->kind = VB_SCALAR_REAL;
    k->v.d = d;
    return 1;
  }
  if (v->kind == VB_SCALAR_REAL) { /* an integral double that fits */
    double d = v->v.d;
    if (d != d || d != floor(d) || d < t->min || d > t->max) return 0;
    if (d >= 9223372036854775808.0) {
      k->kind = VB_SCALAR_UINT;
      k->v.u = (uint64_t)d;
    } else {
      k->kind = VB_SCALAR_INT;
      k->v.i = (int64_t)d;
    }
    return 1;
  }
  if (v->kind == VB_SCALAR_BIG) return 0;
  if (a->type == VB_CHAR) { /* a character code given as a number */
    if (v->kind != VB_SCALAR_INT || (double)v->v.i < t->min || (double)v->v.i > t->max) return 0;
    k->kind = VB_SCALAR_INT;
    k->v.i = v->v.i;
    return 1;
  }
  if (vb__scalar_check(a->type, VB_RULES_VALUE, v, __func__) != VB_OK) {
    vb_clear_error(); /* out of range: not found, not a failure */
    return 0;
  }
  if (v->kind == VB_SCALAR_UINT && v->v.u > (uint64_t)INT64_MAX) {
    k->kind = VB_SCALAR_UINT;
    k->v.u = v->v.u;
  } else {
    k->kind = VB_SCALAR_INT;
    k->v.i = v->v.i;
  }
  return 1;
}

static int key_equal(const key *a, const key *b) {
  if (a->kind == VB_SCALAR_REAL) return a->v.d == b->v.d || (a->v.d != a->v.d && b->v.d != b->v.d);
  return a->kind == b->kind && a->v.u == b->v.u;
}

int vb_array_lookup_value_s(const vb_array *a, const vb_scalar *v, int64_t *index) {
  int64_t i, n;
  key want, k;
  VB_ARRAY_CHECK(a);
  VB_CHECK(v != NULL && index != NULL, VB_EINVAL, "value or index is NULL");
  VB_CHECK(v->kind >= VB_SCALAR_INT && v->kind <= VB_SCALAR_BIG, VB_EINVAL,
           "unknown scalar kind %d", v->kind);
  *index = -1;
  if (!lookup_key(a, v, &want)) return VB_OK;
  n = vb__nvalues(a);
  for (i = 0; i < n; i++) {
    load_key(a, i, &k);
    if (key_equal(&want, &k)) {
      *index = i;
      break;
    }
  }
  return VB_OK;
}

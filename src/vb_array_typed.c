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
  VB_ARRAY_WCHECK(a);
  VB_CHECK(v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK(rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL,
           "unknown rules %d", rules);
  VB_CHECK(t >= 0, VB_ERANGE, "negative tuple index %lld", (long long)t);
  VB_CHECK(c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c,
           a->ncomp);
  VB_CHECK(t < INT64_MAX / a->ncomp - 1, VB_EOVERFLOW, "tuple index %lld overflows",
           (long long)t);
  if (rules == VB_RULES_DOUBLE && a->layout == VB_LAYOUT_SCALED_SOA) rules = VB__RULES_THROUGH_DOUBLE;
  if ((st = vb__scalar_check(a->type, rules, v, VB_FUNC)) != VB_OK) return VB_NAMED(st);
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
  if (a->type == VB_CHAR) { /* the C char, as a number */
    k->kind = VB_SCALAR_INT;
    k->v.i = *(const char *)vb__vptr(a, i);
    return;
  }
  vb__scalar_load(a->type, VB_RULES_VALUE, vb__vptr(a, i), &s); /* exact: INT or UINT */
  k->kind = s.kind;
  k->v.u = s.v.u;
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

/* The lookup value as a key of the array's type, as VTK 9.7.1 converts
 * LookupValue's argument to the value type (measured): an integer wraps into
 * an integer type (C's conversion: int8 LookupValue(255) finds -1) and is
 * rounded into float types; a real is truncated into an integer type (0.1
 * finds 0).  Returns 1, 0 when no value can equal it (a real whose integral
 * part is outside the type: VTK's cast is undefined there; a character for
 * a type that takes none, or past 127), or a status: an integer past int64
 * is VB_ENOFIT (VTK: OverflowError, even for uint64 arrays), a real for a
 * bit array VB_ETYPE (VTK: an ambiguous overload). */
static int lookup_key(const vb_array *a, const vb_scalar *v, key *k) {
  const vb_type_info *t = vb_type_info_of(a->type);
  uint64_t tmp = 0; /* room for any element */
  if (v->kind == VB_SCALAR_BIG || v->kind == VB_SCALAR_UINT)
    return vb__fail("LookupValue", VB_ENOFIT, "%g does not fit a 64-bit signed integer",
                    v->kind == VB_SCALAR_BIG ? v->v.d : (double)v->v.u);
  if (vb__is_bit(a)) { /* 0 or 1, integers only */
    VB_CHECK(v->kind != VB_SCALAR_REAL, VB_ETYPE, "LookupValue: vtkBitArray takes an integer, not a float");
    if (v->kind == VB_SCALAR_CHAR || v->v.i < 0 || v->v.i > 1) return 0;
    k->kind = VB_SCALAR_INT;
    k->v.i = v->v.i;
    return 1;
  }
  if (v->kind == VB_SCALAR_CHAR) { /* a 1-character string: char-like types only */
    if (t->size != 1 || !t->is_integer || v->v.i < 0 || v->v.i > 127 || vb__scaled(a)) return 0;
    k->kind = VB_SCALAR_INT;
    k->v.i = v->v.i;
    return 1;
  }
  if (vb__scaled(a) || !t->is_integer) {
    double d = vb_scalar_to_double(v);
    if (!vb__scaled(a) && a->type == VB_FLOAT) d = (float)d; /* compare as stored */
    k->kind = VB_SCALAR_REAL;
    k->v.d = d;
    return 1;
  }
  if (v->kind == VB_SCALAR_REAL) { /* truncated; outside the type: not found */
    int bits = (int)t->size * 8;
    double hi = ldexp(1.0, t->is_signed ? bits - 1 : bits), lo = t->is_signed ? -hi : 0.0;
    double x = trunc(v->v.d);
    if (!(x >= lo && x < hi)) return 0;
    vb__store_f64(a->type, &tmp, x);
  } else {
    vb__store_i64(a->type, &tmp, v->v.i); /* wraps, as C's conversion */
  }
  if (a->type == VB_CHAR) {
    k->kind = VB_SCALAR_INT;
    k->v.i = *(const char *)&tmp;
    return 1;
  }
  {
    vb_scalar s;
    vb__scalar_load(a->type, VB_RULES_VALUE, &tmp, &s);
    k->kind = s.kind;
    k->v.u = s.v.u;
  }
  return 1;
}

static int key_equal(const key *a, const key *b) {
  if (a->kind == VB_SCALAR_REAL) return a->v.d == b->v.d || (a->v.d != a->v.d && b->v.d != b->v.d);
  return a->kind == b->kind && a->v.u == b->v.u;
}

int vb_array_lookup_value_s(const vb_array *a, const vb_scalar *v, int64_t *index) {
  int64_t i, n;
  int st;
  key want = {0, {0}}, k;
  VB_ARRAY_CHECK(a);
  VB_CHECK(v != NULL && index != NULL, VB_EINVAL, "value or index is NULL");
  VB_CHECK(v->kind >= VB_SCALAR_INT && v->kind <= VB_SCALAR_BIG, VB_EINVAL,
           "unknown scalar kind %d", v->kind);
  *index = -1;
  if ((st = lookup_key(a, v, &want)) <= 0) return st; /* 0: not found (VB_OK) */
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

/* vb_scalar.c - VTK's number rules, decided once for every binding.
 * See vb_scalar.h for the rules; vb_convert.c does the C conversions. */
#include "vb_internal.h"

#include <math.h>

vb_scalar vb_scalar_int(int64_t i) {
  vb_scalar s;
  s.kind = VB_SCALAR_INT;
  s.v.i = i;
  return s;
}

vb_scalar vb_scalar_uint(uint64_t u) {
  vb_scalar s;
  s.kind = VB_SCALAR_UINT;
  s.v.u = u;
  return s;
}

vb_scalar vb_scalar_real(double d) {
  vb_scalar s;
  s.kind = VB_SCALAR_REAL;
  s.v.d = d;
  return s;
}

double vb_scalar_to_double(const vb_scalar *s) {
  switch (s->kind) {
  case VB_SCALAR_INT:
  case VB_SCALAR_CHAR: return (double)s->v.i;
  case VB_SCALAR_UINT: return (double)s->v.u;
  default: return s->v.d;
  }
}

/* does the integer s (INT/UINT) fit integer type t? */
static int fits(const vb_type_info *t, const vb_scalar *s) {
  if (s->kind == VB_SCALAR_UINT) {
    if (s->v.u <= (uint64_t)INT64_MAX) return t->size == 8 || (double)s->v.u <= t->max;
    return t->size == 8 && !t->is_signed;
  }
  if (s->v.i < 0 && !t->is_signed) return 0;
  if (t->size == 8) return 1;
  return (double)s->v.i >= t->min && (double)s->v.i <= t->max; /* exact below 2^53 */
}

static const char *kind_name(int kind) {
  switch (kind) {
  case VB_SCALAR_INT:
  case VB_SCALAR_UINT:
  case VB_SCALAR_BIG: return "an integer";
  case VB_SCALAR_REAL: return "a float";
  case VB_SCALAR_CHAR: return "a character";
  default: return "an unknown scalar kind";
  }
}

static int nofit(const vb_type_info *t, const vb_scalar *s, const char *fn) {
  if (s->kind == VB_SCALAR_UINT)
    return vb__fail(fn, VB_ENOFIT, "%llu is out of range for %s", (unsigned long long)s->v.u, t->c_name);
  if (s->kind == VB_SCALAR_INT)
    return vb__fail(fn, VB_ENOFIT, "%lld is out of range for %s", (long long)s->v.i, t->c_name);
  return vb__fail(fn, VB_ENOFIT, "integer %g is out of range for %s", s->v.d, t->c_name);
}

/* vtkBitArray (VTK 9.7.1, measured): the value API takes a C int (its
 * SetValue(id, int)): an integer outside [INT_MIN, INT_MAX] is VB_ENOFIT, a
 * float VB_ETYPE; the double API takes any real.  No characters. */
static int bit_check(int rules, const vb_scalar *s, const char *fn) {
  switch (s->kind) {
  case VB_SCALAR_CHAR: return vb__fail(fn, VB_ETYPE, "vtkBitArray takes integers, not a character");
  case VB_SCALAR_INT:
    if (rules != VB_RULES_VALUE || (s->v.i >= INT32_MIN && s->v.i <= INT32_MAX)) return VB_OK;
    return vb__fail(fn, VB_ENOFIT, "%lld is out of range for int (vtkBitArray)", (long long)s->v.i);
  case VB_SCALAR_UINT:
    if (rules != VB_RULES_VALUE || s->v.u <= INT32_MAX) return VB_OK;
    return vb__fail(fn, VB_ENOFIT, "%llu is out of range for int (vtkBitArray)", (unsigned long long)s->v.u);
  case VB_SCALAR_REAL:
    if (rules != VB_RULES_VALUE) return VB_OK;
    return vb__fail(fn, VB_ETYPE, "integer argument expected for vtkBitArray, got a float (%g)", s->v.d);
  case VB_SCALAR_BIG:
    if (rules != VB_RULES_VALUE) return VB_OK;
    return vb__fail(fn, VB_ENOFIT, "integer %g is out of range for int (vtkBitArray)", s->v.d);
  default: return vb__fail(fn, VB_EINVAL, "unknown scalar kind %d", s->kind);
  }
}

int vb__bit_from_double(double d) { return d >= 1.0 || d <= -1.0; } /* trunc != 0; NaN 0 */

int vb__scalar_bit(const vb_scalar *s) {
  if (s->kind == VB_SCALAR_INT || s->kind == VB_SCALAR_CHAR) return s->v.i != 0;
  if (s->kind == VB_SCALAR_UINT) return s->v.u != 0;
  return vb__bit_from_double(s->v.d);
}

void vb__scalar_load_bit(int rules, int bit, vb_scalar *out) {
  if (rules == VB_RULES_VALUE) {
    out->kind = VB_SCALAR_INT;
    out->v.i = bit;
  } else {
    out->kind = VB_SCALAR_REAL;
    out->v.d = bit;
  }
}

int vb__scalar_check(int type, int rules, const vb_scalar *s, const char *fn) {
  const vb_type_info *t = vb_type_info_of(type);
  VB_CHECK_IN(fn, s, VB_EINVAL, "scalar is NULL");
  if (type == VB_BIT) return bit_check(rules, s, fn);
  VB_CHECK_IN(fn, t, VB_ETYPE, "unknown VTK type id %d", type);
  switch (s->kind) {
  case VB_SCALAR_CHAR:
    VB_CHECK_IN(fn, rules == VB_RULES_VALUE && type == VB_CHAR, VB_ETYPE,
             "%s takes %s, not a character", t->aos_class,
             type == VB_CHAR ? "a real number here" : t->is_integer ? "integers" : "real numbers");
    VB_CHECK_IN(fn, s->v.i >= 0 && s->v.i <= 255, VB_EDOMAIN,
             "a char array takes a string of length 1, ord < 256 (got %s)",
             s->v.i < 0 ? "a string of another length" : "a character past 255");
    return VB_OK;
  case VB_SCALAR_INT:
  case VB_SCALAR_UINT:
  case VB_SCALAR_REAL:
  case VB_SCALAR_BIG: break;
  default: return vb__fail(fn, VB_EINVAL, "unknown scalar kind %d", s->kind);
  }
  VB_CHECK_IN(fn, !(rules == VB_RULES_VALUE && type == VB_CHAR), VB_ETYPE,
           "a char array takes a string of length 1, not %s", kind_name(s->kind));
  if (!t->is_integer) { /* float, double: a C conversion; only a BIG past double fails */
    if (s->kind == VB_SCALAR_BIG && isinf(s->v.d)) return nofit(t, s, fn);
    return VB_OK;
  }
  if (rules == VB__RULES_THROUGH_DOUBLE || (rules == VB_RULES_DOUBLE && t->size != 8))
    return VB_OK; /* saturating conversion from double */
  if (s->kind == VB_SCALAR_REAL) {
    if (rules == VB_RULES_DOUBLE) return VB_OK; /* saturates into the 64-bit type */
    return vb__fail(fn, VB_ETYPE, "integer argument expected for %s, got a float (%g)", t->c_name, s->v.d);
  }
  if (s->kind == VB_SCALAR_BIG || !fits(t, s)) return nofit(t, s, fn);
  return VB_OK;
}

int vb_scalar_check(int type, int rules, const vb_scalar *s, const char *fn) {
  if (!fn) fn = VB_FUNC;
  VB_CHECK_IN(fn, rules == VB_RULES_VALUE || rules == VB_RULES_DOUBLE, VB_EINVAL, "unknown rules %d", rules);
  return vb__scalar_check(type, rules, s, fn);
}

void vb__scalar_store(int type, int rules, void *p, const vb_scalar *s) {
  const vb_type_info *t = vb_type_info_of(type);
  int exact = !t->is_integer || rules == VB_RULES_VALUE || (rules == VB_RULES_DOUBLE && t->size == 8);
  if (s->kind == VB_SCALAR_CHAR) *(char *)p = (char)(unsigned char)s->v.i;
  else if (s->kind == VB_SCALAR_INT && exact) vb__store_i64(type, p, s->v.i);
  else if (s->kind == VB_SCALAR_UINT && exact) vb__store_u64(type, p, s->v.u);
  else vb__store_f64(type, p, vb_scalar_to_double(s)); /* saturating into integers */
}

void vb__scalar_load(int type, int rules, const void *p, vb_scalar *out) {
  const vb_type_info *t = vb_type_info_of(type);
  if (!t->is_integer || rules != VB_RULES_VALUE) { /* the double interface: REAL (as VTK) */
    out->kind = VB_SCALAR_REAL;
    out->v.d = vb__load_f64(type, p);
  } else if (rules == VB_RULES_VALUE && type == VB_CHAR) {
    out->kind = VB_SCALAR_CHAR;
    out->v.i = *(const unsigned char *)p;
  } else if (!t->is_signed && t->size == 8) {
    out->v.u = vb__load_u64(type, p);
    out->kind = out->v.u > (uint64_t)INT64_MAX ? VB_SCALAR_UINT : VB_SCALAR_INT;
  } else {
    out->kind = VB_SCALAR_INT;
    out->v.i = vb__load_i64(type, p);
  }
}

void vb__scalar_from_double(int type, int rules, double d, vb_scalar *out) {
  uint64_t tmp; /* room for any type */
  if (type == VB_BIT && rules == VB_RULES_VALUE) { /* saturated into [0, 1], NaN 0 */
    vb__scalar_load_bit(rules, d >= 1.0, out);
    return;
  }
  if (rules != VB_RULES_VALUE || !vb_type_is_integer(type)) {
    out->kind = VB_SCALAR_REAL;
    out->v.d = d;
    return;
  }
  vb__store_f64(type, &tmp, d); /* saturating, NaN -> 0 */
  vb__scalar_load(type, VB_RULES_VALUE, &tmp, out);
}

/* vb_span.c - checked bulk conversion (VB_RULES_CAST, see vb_span.h). */
#include "vb_internal.h"
#include "vb_span.h"

#include <math.h>
#include <string.h>

/* [lo, hi_excl) of an integer type as exact doubles (powers of two) */
static void int_bounds(const vb_type_info *t, double *lo, double *hi_excl) {
  int bits = (int)t->size * 8;
  *hi_excl = ldexp(1.0, t->is_signed ? bits - 1 : bits);
  *lo = t->is_signed ? -*hi_excl : 0.0;
}

static int refuse_real(const vb_type_info *t, double d, int64_t k) {
  if (d != d) return vb__fail(NULL, VB_EDOMAIN, "cannot convert NaN to an integer (%s), item %lld", t->c_name, (long long)k);
  return vb__fail(NULL, VB_ENOFIT, "%g is out of range for %s, item %lld", d, t->c_name, (long long)k);
}

/* one value, given as what it is: an int64 (neg or not), a uint64, or a double */
static int check_real(const vb_type_info *t, double d, int64_t k) {
  double lo, hi, x;
  if (!t->is_integer) return VB_OK;
  int_bounds(t, &lo, &hi);
  x = trunc(d);
  if (x >= lo && x < hi) return VB_OK; /* false for NaN */
  return refuse_real(t, d, k);
}

static int check_i64(const vb_type_info *t, int64_t v, int64_t k) {
  double lo, hi;
  if (!t->is_integer) return VB_OK;
  if (t->size == 8) {
    if (t->is_signed || v >= 0) return VB_OK;
  } else {
    int_bounds(t, &lo, &hi);
    if ((double)v >= lo && (double)v < hi) return VB_OK; /* exact below 2^53 */
  }
  return vb__fail(NULL, VB_ENOFIT, "%lld is out of range for %s, item %lld", (long long)v, t->c_name, (long long)k);
}

static int check_u64(const vb_type_info *t, uint64_t v, int64_t k) {
  if (v <= (uint64_t)INT64_MAX) return check_i64(t, (int64_t)v, k);
  if (!t->is_integer || (t->size == 8 && !t->is_signed)) return VB_OK;
  return vb__fail(NULL, VB_ENOFIT, "%llu is out of range for %s, item %lld", (unsigned long long)v, t->c_name,
                  (long long)k);
}

static int check_one(const vb_type_info *t, int stype, const void *p, int64_t k) {
  if (!vb_type_is_integer(stype)) return check_real(t, vb__load_f64(stype, p), k);
  if (vb_type_is_signed(stype)) return check_i64(t, vb__load_i64(stype, p), k);
  return check_u64(t, vb__load_u64(stype, p), k);
}

static int span_types(int dtype, int stype, const vb_type_info **t) {
  const vb_type_info *s = vb_type_info_of(stype);
  *t = vb_type_info_of(dtype);
  VB_CHECK(*t && dtype != VB_BIT, VB_ETYPE, "no element type %d to convert into", dtype);
  VB_CHECK(s && stype != VB_BIT, VB_ETYPE, "no element type %d to convert from", stype);
  return VB_OK;
}

int vb_span_check(int dtype, int stype, const void *src, int64_t n) {
  const vb_type_info *t;
  const char *p = src;
  int64_t k;
  int st = span_types(dtype, stype, &t);
  size_t ss;
  if (st) return st;
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  VB_CHECK(src || n == 0, VB_EINVAL, "source is NULL");
  if (!t->is_integer || dtype == stype) return VB_OK; /* everything converts */
  ss = vb_type_info_of(stype)->size;
  for (k = 0; k < n; k++)
    if ((st = check_one(t, stype, p + (size_t)k * ss, k)) != VB_OK) return st;
  return VB_OK;
}

int vb_span_convert(int dtype, void *dst, int stype, const void *src, int64_t n) {
  int st = vb_span_check(dtype, stype, src, n);
  size_t ds, ss;
  int64_t k;
  if (st) return st;
  VB_CHECK(dst || n == 0, VB_EINVAL, "destination is NULL");
  ds = vb_type_info_of(dtype)->size;
  ss = vb_type_info_of(stype)->size;
  if (dtype == stype) {
    if (dst != src && n) memmove(dst, src, (size_t)n * ds);
    return VB_OK;
  }
  for (k = 0; k < n; k++) vb__convert(dtype, (char *)dst + (size_t)k * ds, stype, (const char *)src + (size_t)k * ss);
  return VB_OK;
}

static int check_scalar(const vb_type_info *t, const vb_scalar *s, int64_t k) {
  switch (s->kind) {
  case VB_SCALAR_INT: return check_i64(t, s->v.i, k);
  case VB_SCALAR_UINT: return check_u64(t, s->v.u, k);
  case VB_SCALAR_REAL: return check_real(t, s->v.d, k);
  case VB_SCALAR_BIG:
    if (!t->is_integer && !isinf(s->v.d)) return VB_OK;
    return vb__fail(NULL, VB_ENOFIT, "integer %g is out of range for %s, item %lld", s->v.d, t->c_name, (long long)k);
  case VB_SCALAR_CHAR:
    return vb__fail(NULL, VB_ETYPE, "a string is not a number (%s), item %lld", t->c_name, (long long)k);
  default: return vb__fail(NULL, VB_EINVAL, "unknown scalar kind %d, item %lld", s->kind, (long long)k);
  }
}

int vb_span_convert_scalars(int dtype, void *dst, const vb_scalar *src, int64_t n) {
  const vb_type_info *t;
  int64_t k;
  int st = span_types(dtype, VB_DOUBLE, &t);
  if (st) return st;
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  VB_CHECK((src && dst) || n == 0, VB_EINVAL, "source or destination is NULL");
  for (k = 0; k < n; k++)
    if ((st = check_scalar(t, &src[k], k)) != VB_OK) return st;
  for (k = 0; k < n; k++) {
    void *p = (char *)dst + (size_t)k * t->size;
    if (src[k].kind == VB_SCALAR_INT) vb__store_i64(dtype, p, src[k].v.i);
    else if (src[k].kind == VB_SCALAR_UINT) vb__store_u64(dtype, p, src[k].v.u);
    else vb__store_f64(dtype, p, src[k].v.d); /* checked: in range, truncating */
  }
  return VB_OK;
}

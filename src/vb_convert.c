/* vb_convert.c - loading/storing one scalar of any VTK type.
 * Double -> integer saturates (NaN -> 0) so that no conversion is undefined
 * behaviour; integer -> integer goes through 64-bit values and is exact
 * whenever the value fits (uint64 max and int64 min round-trip). */
#include "vb_internal.h"

#include <limits.h>
#include <math.h>

#define SAT(T, lo, hi)                                                                   \
  do {                                                                                   \
    T r_;                                                                                \
    if (v != v) r_ = 0;                                                                  \
    else if (v <= (double)(lo)) r_ = (lo);                                               \
    else if (v >= (double)(hi)) r_ = (hi);                                               \
    else r_ = (T)v;                                                                      \
    *(T *)p = r_;                                                                        \
  } while (0)

void vb__store_f64(int type, void *p, double v) {
  switch (type) {
  case VB_FLOAT: *(float *)p = (float)v; break;
  case VB_DOUBLE: *(double *)p = v; break;
  case VB_CHAR: SAT(char, CHAR_MIN, CHAR_MAX); break;
  case VB_SIGNED_CHAR: SAT(signed char, SCHAR_MIN, SCHAR_MAX); break;
  case VB_UNSIGNED_CHAR: SAT(unsigned char, 0, UCHAR_MAX); break;
  case VB_SHORT: SAT(short, SHRT_MIN, SHRT_MAX); break;
  case VB_UNSIGNED_SHORT: SAT(unsigned short, 0, USHRT_MAX); break;
  case VB_INT: SAT(int, INT_MIN, INT_MAX); break;
  case VB_UNSIGNED_INT: SAT(unsigned int, 0, UINT_MAX); break;
  /* (double)LONG_MAX may round up to 2^63: the >= test catches it first */
  case VB_LONG: SAT(long, LONG_MIN, LONG_MAX); break;
  case VB_UNSIGNED_LONG: SAT(unsigned long, 0, ULONG_MAX); break;
  case VB_LONG_LONG: SAT(long long, LLONG_MIN, LLONG_MAX); break;
  case VB_UNSIGNED_LONG_LONG: SAT(unsigned long long, 0, ULLONG_MAX); break;
  case VB_ID_TYPE: SAT(int64_t, INT64_MIN, INT64_MAX); break;
  default: break;
  }
}

double vb__load_f64(int type, const void *p) {
  switch (type) {
  case VB_FLOAT: return *(const float *)p;
  case VB_DOUBLE: return *(const double *)p;
  case VB_CHAR: return *(const char *)p;
  case VB_SIGNED_CHAR: return *(const signed char *)p;
  case VB_UNSIGNED_CHAR: return *(const unsigned char *)p;
  case VB_SHORT: return *(const short *)p;
  case VB_UNSIGNED_SHORT: return *(const unsigned short *)p;
  case VB_INT: return *(const int *)p;
  case VB_UNSIGNED_INT: return *(const unsigned int *)p;
  case VB_LONG: return (double)*(const long *)p;
  case VB_UNSIGNED_LONG: return (double)*(const unsigned long *)p;
  case VB_LONG_LONG: return (double)*(const long long *)p;
  case VB_UNSIGNED_LONG_LONG: return (double)*(const unsigned long long *)p;
  case VB_ID_TYPE: return (double)*(const int64_t *)p;
  default: return 0.0;
  }
}

static int64_t f64_to_i64(double v) {
  if (v != v) return 0;
  if (v <= -9223372036854775808.0) return INT64_MIN;
  if (v >= 9223372036854775808.0) return INT64_MAX;
  return (int64_t)v;
}

static uint64_t f64_to_u64(double v) {
  if (v != v || v <= 0.0) return 0;
  if (v >= 18446744073709551616.0) return UINT64_MAX;
  return (uint64_t)v;
}

int64_t vb__load_i64(int type, const void *p) {
  switch (type) {
  case VB_FLOAT:
  case VB_DOUBLE: return f64_to_i64(vb__load_f64(type, p));
  case VB_UNSIGNED_LONG: return (int64_t)*(const unsigned long *)p;
  case VB_UNSIGNED_LONG_LONG: return (int64_t)*(const unsigned long long *)p;
  case VB_LONG: return *(const long *)p;
  case VB_LONG_LONG: return *(const long long *)p;
  case VB_ID_TYPE: return *(const int64_t *)p;
  default: return (int64_t)vb__load_f64(type, p); /* exact for <= 32-bit ints */
  }
}

uint64_t vb__load_u64(int type, const void *p) {
  switch (type) {
  case VB_FLOAT:
  case VB_DOUBLE: return f64_to_u64(vb__load_f64(type, p));
  case VB_UNSIGNED_LONG: return *(const unsigned long *)p;
  case VB_UNSIGNED_LONG_LONG: return *(const unsigned long long *)p;
  default: return (uint64_t)vb__load_i64(type, p);
  }
}

void vb__store_i64(int type, void *p, int64_t v) {
  switch (type) {
  case VB_FLOAT: *(float *)p = (float)v; break;
  case VB_DOUBLE: *(double *)p = (double)v; break;
  case VB_CHAR: *(char *)p = (char)v; break;
  case VB_SIGNED_CHAR: *(signed char *)p = (signed char)v; break;
  case VB_UNSIGNED_CHAR: *(unsigned char *)p = (unsigned char)v; break;
  case VB_SHORT: *(short *)p = (short)v; break;
  case VB_UNSIGNED_SHORT: *(unsigned short *)p = (unsigned short)v; break;
  case VB_INT: *(int *)p = (int)v; break;
  case VB_UNSIGNED_INT: *(unsigned int *)p = (unsigned int)v; break;
  case VB_LONG: *(long *)p = (long)v; break;
  case VB_UNSIGNED_LONG: *(unsigned long *)p = (unsigned long)v; break;
  case VB_LONG_LONG: *(long long *)p = (long long)v; break;
  case VB_UNSIGNED_LONG_LONG: *(unsigned long long *)p = (unsigned long long)v; break;
  case VB_ID_TYPE: *(int64_t *)p = v; break;
  default: break;
  }
}

void vb__store_u64(int type, void *p, uint64_t v) {
  switch (type) {
  case VB_FLOAT: *(float *)p = (float)v; break;
  case VB_DOUBLE: *(double *)p = (double)v; break;
  case VB_UNSIGNED_LONG: *(unsigned long *)p = (unsigned long)v; break;
  case VB_UNSIGNED_LONG_LONG: *(unsigned long long *)p = (unsigned long long)v; break;
  default: vb__store_i64(type, p, (int64_t)v); break; /* two's complement wrap */
  }
}

void vb__convert(int dtype, void *dp, int stype, const void *sp) {
  if (!vb_type_is_integer(stype)) {
    vb__store_f64(dtype, dp, vb__load_f64(stype, sp));
  } else if (vb_type_is_signed(stype)) {
    vb__store_i64(dtype, dp, vb__load_i64(stype, sp));
  } else {
    vb__store_u64(dtype, dp, vb__load_u64(stype, sp));
  }
}

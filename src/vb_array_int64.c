/* vb_array_int64.c - vtkDataArray's 64-bit integer tuple API
 * (GetIntegerTuple / SetIntegerTuple / GetUnsignedTuple / SetUnsignedTuple),
 * GetData (the double copy of a block of tuples and components) and the raw
 * copies out of and into an array's memory (ExportToVoidPointer,
 * WritePointer).
 *
 * Reads convert as VTK's static_cast does where C++ defines it: an integer
 * array's values exactly, or modulo 2^64 into the other signedness (a
 * negative value read as unsigned); a real value truncated.  A real that
 * C++ leaves undefined (NaN, infinite, outside the target type) is refused
 * (VB_ENOFIT), as is a write that would wrap (the value rules). */
#include "vb_array_impl.h"

#include <math.h>
#include <string.h>

static int check_tuple(const vb_array *a, int64_t t, const void *p, const char *fn) {
  VB_CHECK_IN(fn, a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, p != NULL, VB_EINVAL, "tuple is NULL");
  VB_CHECK_IN(fn, t >= 0 && t < vb__nvalues(a) / a->ncomp, VB_ERANGE, "tuple index %lld not in [0, %lld)",
           (long long)t, (long long)(vb__nvalues(a) / a->ncomp));
  return VB_OK;
}

/* value i as an integer: exact for integer arrays (*u: the unsigned 64-bit
 * value, *neg: negative), or a real's truncation (*real set) */
static void load_int(const vb_array *a, int64_t i, int64_t *s, uint64_t *u, double *d, int *real) {
  *real = 0;
  if (vb__is_bit(a)) {
    *s = vb__bit_get(a, i);
    *u = (uint64_t)*s;
  } else if (vb_type_is_integer(a->type) && a->layout != VB_LAYOUT_SCALED_SOA && !a->impl) {
    *s = vb__load_i64(a->type, vb__vptr(a, i));
    *u = vb__load_u64(a->type, vb__vptr(a, i));
  } else {
    *real = 1;
    *d = trunc(vb__get_d(a, i));
  }
}

int vb_array_get_integer_tuple(const vb_array *a, int64_t t, int64_t *out) {
  int c, st, real;
  int64_t s;
  uint64_t u;
  double d = 0.0;
  if ((st = check_tuple(a, t, out, "GetIntegerTuple")) != VB_OK) return st;
  for (c = 0; c < a->ncomp; c++) { /* check every component first */
    load_int(a, t * a->ncomp + c, &s, &u, &d, &real);
    VB_CHECK_IN("GetIntegerTuple", !real || (d >= -9223372036854775808.0 && d < 9223372036854775808.0), VB_ENOFIT,
             "%g has no 64-bit integer value", d);
  }
  for (c = 0; c < a->ncomp; c++) {
    load_int(a, t * a->ncomp + c, &s, &u, &d, &real);
    out[c] = real ? (int64_t)d : a->type == VB_UNSIGNED_LONG_LONG || (a->type == VB_UNSIGNED_LONG && vb_type_size(a->type) == 8)
                                     ? (int64_t)u /* modulo 2^64 (C++20's static_cast) */
                                     : s;
  }
  return VB_OK;
}

int vb_array_get_unsigned_tuple(const vb_array *a, int64_t t, uint64_t *out) {
  int c, st, real;
  int64_t s;
  uint64_t u;
  double d = 0.0;
  if ((st = check_tuple(a, t, out, "GetUnsignedTuple")) != VB_OK) return st;
  for (c = 0; c < a->ncomp; c++) {
    load_int(a, t * a->ncomp + c, &s, &u, &d, &real);
    VB_CHECK_IN("GetUnsignedTuple", !real || (d >= 0.0 && d < 18446744073709551616.0), VB_ENOFIT,
             "%g has no unsigned 64-bit value", d);
  }
  for (c = 0; c < a->ncomp; c++) {
    load_int(a, t * a->ncomp + c, &s, &u, &d, &real);
    out[c] = real ? (uint64_t)d : vb_type_is_signed(a->type) ? (uint64_t)s : u; /* modulo 2^64 */
  }
  return VB_OK;
}

/* the value rules of SetTypedTuple: a value that does not fit is refused */
static int set_ints(vb_array *a, int64_t t, const vb_scalar *v, const char *fn) {
  int c, st;
  VB_CHECK_IN(fn, a != NULL, VB_EINVAL, "array is NULL");
  for (c = 0; c < a->ncomp; c++) /* checked here so that errors name this call */
    if ((st = vb__scalar_check(a->type, vb__rules_for(a, VB_RULES_VALUE), &v[c], fn)) != VB_OK) return st;
  return vb_array_set_tuple_s(a, t, VB_RULES_VALUE, v);
}

int vb_array_set_integer_tuple(vb_array *a, int64_t t, const int64_t *tuple) {
  vb_scalar small[16], *v = small;
  int c, st;
  VB_ARRAY_WCHECK(a);
  if ((st = check_tuple(a, t, tuple, "SetIntegerTuple")) != VB_OK) return st;
  if (a->ncomp > 16 && !(v = vb__alloc((size_t)a->ncomp * sizeof *v, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < a->ncomp; c++) v[c] = vb_scalar_int(tuple[c]);
  st = set_ints(a, t, v, "SetIntegerTuple");
  if (v != small) vb__free(v);
  return st;
}

int vb_array_set_unsigned_tuple(vb_array *a, int64_t t, const uint64_t *tuple) {
  vb_scalar small[16], *v = small;
  int c, st;
  VB_ARRAY_WCHECK(a);
  if ((st = check_tuple(a, t, tuple, "SetUnsignedTuple")) != VB_OK) return st;
  if (a->ncomp > 16 && !(v = vb__alloc((size_t)a->ncomp * sizeof *v, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (c = 0; c < a->ncomp; c++) v[c] = vb_scalar_uint(tuple[c]);
  st = set_ints(a, t, v, "SetUnsignedTuple");
  if (v != small) vb__free(v);
  return st;
}

/* ---------------------------------------------------------------- GetData */

int vb_array_get_data(const vb_array *a, int64_t t0, int64_t t1, int c0, int c1, vb_array *out) {
  int64_t n, t, k = 0, nt;
  int c, st;
  VB_CHECK_IN("GetData", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("GetData", out != NULL, VB_EINVAL, "output array is NULL");
  VB_CHECK_IN("GetData", out->type == VB_DOUBLE && out->layout == VB_LAYOUT_AOS, VB_ETYPE, "the output must be a vtkDoubleArray");
  VB_CHECK_IN("GetData", out != a, VB_EINVAL, "the output is the array itself");
  nt = vb__nvalues(a) / a->ncomp;
  VB_CHECK_IN("GetData", t0 >= 0 && t0 <= t1 && t1 < nt, VB_ERANGE, "tuples [%lld, %lld] not in [0, %lld)", (long long)t0,
           (long long)t1, (long long)nt);
  VB_CHECK_IN("GetData", c0 >= 0 && c0 <= c1 && c1 < a->ncomp, VB_ERANGE, "components [%d, %d] not in [0, %d)", c0, c1,
           a->ncomp);
  n = (t1 - t0 + 1) * (int64_t)(c1 - c0 + 1);
  vb__array_op_begin(out);
  st = VB_OK;
  if (n > vb__size_of(out)) { /* VTK's WritePointer: ReserveTuples(n / comps + 1) */
    st = vb__array_resize(out, n / out->ncomp + 1);
    if (st == VB_OK && n > vb__size_of(out))
      st = vb__fail("GetData", VB_ESTATE, "an observer changed the output's storage during the call");
    if (st == VB_OK && vb__nvalues(a) / a->ncomp <= t1)
      st = vb__fail("GetData", VB_ESTATE, "an observer changed the array during the call");
  }
  if (st == VB_OK) {
    if (out->max_id >= vb__size_of(out)) out->max_id = vb__size_of(out) - 1;
    for (t = t0; t <= t1; t++)
      for (c = c0; c <= c1; c++) vb__set_d(out, k++, vb__get_d(a, t * a->ncomp + c));
    if (n - 1 > out->max_id) out->max_id = n - 1;
  }
  return vb__array_op_end(out, st);
}

/* ------------------------------------------------------ raw memory copies */

int vb_array_export_to(const vb_array *a, void *dst, size_t nbytes) {
  int64_t i, nv;
  size_t need;
  int st;
  VB_CHECK_IN("ExportToVoidPointer", a != NULL, VB_EINVAL, "array is NULL");
  nv = vb__nvalues(a);
  if (vb__is_bit(a)) {
    int64_t nb;
    if ((st = vb__bit_bytes(nv, &nb)) != VB_OK) return st;
    need = (size_t)nb;
  } else if ((st = vb__bytes(nv, a->esize, &need)) != VB_OK) {
    return st;
  }
  VB_CHECK_IN("ExportToVoidPointer", dst != NULL || need == 0, VB_EINVAL, "destination is NULL");
  VB_CHECK_IN("ExportToVoidPointer", nbytes >= need, VB_ERANGE, "%zu bytes do not hold the %zu bytes of the values", nbytes,
           need);
  if (need == 0) return VB_OK;
  if ((vb__is_bit(a) || !vb__is_soa(a)) && !a->impl) {
    const char *src = VB_BUF_DATA(a->bufs[0]);
    if (src) memcpy(dst, src, need); /* need > 0: the values exist */
  } else if (!vb__scaled(a)) {
    for (i = 0; i < nv; i++) memcpy((char *)dst + (size_t)i * a->esize, vb__vptr(a, i), a->esize);
  } else {
    for (i = 0; i < nv; i++) vb__store_f64(a->type, (char *)dst + (size_t)i * a->esize, vb__get_d(a, i));
  }
  return VB_OK;
}

int vb_array_write_pointer(vb_array *a, int64_t i, int64_t n, void **out) {
  int64_t need;
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK_IN("WritePointer", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("WritePointer", out != NULL, VB_EINVAL, "out is NULL");
  *out = NULL;
  VB_CHECK_IN("WritePointer", a->layout == VB_LAYOUT_AOS && !vb__is_bit(a), VB_ETYPE, "only an AOS array of a numeric type has one");
  VB_CHECK_IN("WritePointer", i >= 0 && n >= 0 && i <= INT64_MAX - n, VB_ERANGE, "values [%lld, %lld + %lld) are invalid",
           (long long)i, (long long)i, (long long)n);
  need = i + n;
  VB_CHECK_IN("WritePointer", need / a->ncomp < INT64_MAX, VB_EOVERFLOW, "%lld values overflow the tuple count",
              (long long)need);
  vb__array_op_begin(a);
  st = VB_OK;
  if (need > vb__size_of(a)) { /* VTK: ReserveTuples(need / comps + 1) */
    st = vb__array_resize(a, need / a->ncomp + 1);
    if (st == VB_OK && need > vb__size_of(a))
      st = vb__fail("WritePointer", VB_ESTATE, "an observer changed the array's storage during the call");
  }
  if (st == VB_OK) {
    if (a->max_id >= vb__size_of(a)) a->max_id = vb__size_of(a) - 1;
    if (need - 1 > a->max_id) a->max_id = need - 1;
  }
  vb_object_retain(&a->obj); /* the caller's reference keeps a alive; this one too */
  st = vb__array_op_end(a, st);
  /* observers of the growth ran: the address is taken in the final state,
   * NULL when they left no storage for the values (the call itself succeeded) */
  if (st == VB_OK && need <= vb__size_of(a) && VB_BUF_DATA(a->bufs[0]))
    *out = VB_BUF_DATA(a->bufs[0]) + (size_t)i * a->esize;
  vb_object_release(&a->obj);
  return st;
}

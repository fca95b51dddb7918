/* vb_array_storage.c - an array's buffers: getting and replacing them,
 * adopting foreign memory (SetArray), and the one contiguous buffer. */
#include "vb_array_impl.h"

#include <stdlib.h>

vb_buffer *vb_array_get_buffer(const vb_array *a) {
  VB_CHECK_NULL(a, VB_EINVAL, "array is NULL");
  VB_CHECK_NULL(!vb__is_soa(a), VB_ETYPE, "%s has one buffer per component, use GetComponentBuffer",
             vb_array_class_name(a));
  VB_CHECK_NULL(!a->impl, VB_ETYPE, "an implicit array has no buffer");
  return a->bufs[0];
}

vb_buffer *vb_array_get_component_buffer(const vb_array *a, int c) {
  VB_CHECK_NULL(a, VB_EINVAL, "array is NULL");
  VB_CHECK_NULL(vb__is_soa(a), VB_ETYPE, "an AOS array has a single buffer, use GetBuffer");
  VB_CHECK_NULL(c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c, a->ncomp);
  return a->bufs[c];
}

vb_buffer *vb_array_contiguous_buffer(const vb_array *a) {
  if (!a || vb__is_bit(a)) return NULL; /* bits are packed, not elements */
  if (a->layout == VB_LAYOUT_AOS || (a->layout == VB_LAYOUT_SOA && a->ncomp == 1)) return a->bufs[0];
  return NULL;
}

void *vb_array_data(const vb_array *a) {
  VB_CHECK_NULL(a, VB_EINVAL, "array is NULL");
  VB_CHECK_NULL(!(vb__is_soa(a) && a->ncomp != 1), VB_ETYPE,
                "SOA array with %d components has no single pointer", a->ncomp);
  VB_CHECK_NULL(!a->impl, VB_ETYPE, "an implicit array stores no values");
  return vb_buffer_data(a->bufs[0]);
}

static int check_buffer(const vb_array *a, const vb_buffer *buf, const char *fn) {
  VB_CHECK_IN(fn, a, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, buf, VB_EINVAL, "buffer is NULL");
  VB_CHECK_IN(fn, vb_buffer_type(buf) == (vb__is_bit(a) ? VB_UNSIGNED_CHAR : a->type), /* bits: bytes */
              VB_ETYPE, "buffer of type %s for an array of type %s", vb_type_name(vb_buffer_type(buf)),
              vb_type_name(a->type));
  VB_CHECK_IN(fn, !(vb__is_bit(a) && vb_buffer_count(buf) > INT64_MAX / 8), VB_EOVERFLOW,
              "%lld bytes of bits overflow", (long long)vb_buffer_count(buf));
  return VB_OK;
}

int vb_array_set_buffer(vb_array *a, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st) return st;
  VB_CHECK(!vb__is_soa(a), VB_ETYPE, "SOA array, use SetComponentBuffer");
  vb__array_op_begin(a);
  st = vb__array_replace_buffer(a, 0, buf);
  if (st == VB_OK) {
    if (vb__is_bit(a)) a->nbits = vb_buffer_count(buf) * 8; /* every bit of the bytes */
    if (update_max_id) a->max_id = vb__size_of(a) - 1;
    else if (a->max_id >= vb__size_of(a)) a->max_id = vb__size_of(a) - 1;
  }
  return VB_NAMED(vb__array_op_end(a, st));
}

int vb_array_set_component_buffer(vb_array *a, int c, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, VB_FUNC);
  VB_ARRAY_WCHECK(a);
  if (st) return st;
  VB_CHECK(vb__is_soa(a), VB_ETYPE, "AOS array, use SetBuffer");
  VB_CHECK(c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c, a->ncomp);
  VB_CHECK(!(update_max_id && vb_buffer_count(buf) > INT64_MAX / a->ncomp), VB_EOVERFLOW, "size overflows");
  vb__array_op_begin(a);
  st = vb__array_replace_buffer(a, c, buf);
  /* MaxId is not clamped here: the other components' buffers may be set
   * next (VTK 9.7: SetBuffer(0, b0, true); SetBuffer(1, b1, false)), and
   * every read clamps it to the allocated size (vb__nvalues) */
  if (st == VB_OK && update_max_id) a->max_id = vb_buffer_count(buf) * a->ncomp - 1;
  return VB_NAMED(vb__array_op_end(a, st));
}

static void free_release(void *ctx, void *data) {
  (void)ctx;
  free(data);
}

static int adopt_into(vb_array *a, int slot, void *data, int64_t n, int save, vb_release_fn release,
                      void *ctx, const char *fn) {
  size_t nbytes;
  int64_t count = n; /* buffer elements: bits are counted in bytes */
  vb_block *blk;
  int st;
  if (vb__is_bit(a) && (st = vb__bit_bytes(n, &count)) != VB_OK) return st;
  if ((st = vb__bytes(count, a->esize, &nbytes)) != VB_OK) return st;
  VB_CHECK_IN(fn, !(!data && n), VB_EINVAL, "data is NULL");
  if (save) release = NULL;
  else if (!release) release = free_release;
  blk = vb_block_adopt(data, nbytes, release, ctx);
  if (!blk) return vb_last_status();
  vb__buffer_swap(a->bufs[slot], blk, count);
  vb_block_release(blk);
  if (vb__is_bit(a)) a->nbits = n; /* VTK: SetArray's size counts bits */
  return VB_OK;
}

int vb_array_set_array(vb_array *a, void *data, int64_t n, int save, vb_release_fn release, void *ctx) {
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK(!vb__is_soa(a), VB_ETYPE, "SOA array, use SetArray(component, ...)");
  vb__array_op_begin(a);
  st = adopt_into(a, 0, data, n, save, release, ctx, VB_FUNC);
  if (st == VB_OK) a->max_id = n - 1;
  return VB_NAMED(vb__array_op_end(a, st));
}

int vb_array_set_component_array(vb_array *a, int c, void *data, int64_t n, int update_max_id,
                                 int save, vb_release_fn release, void *ctx) {
  int64_t nv;
  int st;
  VB_ARRAY_WCHECK(a);
  VB_CHECK(vb__is_soa(a), VB_ETYPE, "AOS array, use SetArray(data, ...)");
  VB_CHECK(c >= 0 && c < a->ncomp, VB_ERANGE, "component %d not in [0, %d)", c, a->ncomp);
  if ((st = vb__array_check_count(n, a->ncomp, &nv)) != VB_OK) return VB_NAMED(st);
  vb__array_op_begin(a);
  st = adopt_into(a, c, data, n, save, release, ctx, VB_FUNC);
  /* not clamped here either (see set_component_buffer): SetArray(0, .., true)
   * then SetArray(1, .., false) gives VTK's tuple count once storage allows */
  if (st == VB_OK && update_max_id) a->max_id = nv - 1;
  return VB_NAMED(vb__array_op_end(a, st));
}

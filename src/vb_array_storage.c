/* vb_array_storage.c - an array's buffers: getting and replacing them,
 * adopting foreign memory (SetArray), and the one contiguous buffer. */
#include "vb_array_impl.h"

#include <stdlib.h>

vb_buffer *vb_array_get_buffer(const vb_array *a) {
  if (!a) {
    vb__fail(VB_EINVAL, "get_buffer: array is NULL");
    return NULL;
  }
  if (vb__is_soa(a)) {
    vb__fail(VB_ETYPE, "get_buffer: %s has one buffer per component, use get_component_buffer",
             vb_array_class_name(a));
    return NULL;
  }
  return a->bufs[0];
}

vb_buffer *vb_array_get_component_buffer(const vb_array *a, int c) {
  if (!a) {
    vb__fail(VB_EINVAL, "get_component_buffer: array is NULL");
    return NULL;
  }
  if (!vb__is_soa(a)) {
    vb__fail(VB_ETYPE, "get_component_buffer: an AOS array has a single buffer, use get_buffer");
    return NULL;
  }
  if (c < 0 || c >= a->ncomp) {
    vb__fail(VB_ERANGE, "get_component_buffer: component %d not in [0, %d)", c, a->ncomp);
    return NULL;
  }
  return a->bufs[c];
}

vb_buffer *vb_array_contiguous_buffer(const vb_array *a) {
  if (!a || vb__is_bit(a)) return NULL; /* bits are packed, not elements */
  if (a->layout == VB_LAYOUT_AOS || (a->layout == VB_LAYOUT_SOA && a->ncomp == 1)) return a->bufs[0];
  return NULL;
}

void *vb_array_data(const vb_array *a) {
  if (!a) {
    vb__fail(VB_EINVAL, "array_data: array is NULL");
    return NULL;
  }
  if (vb__is_soa(a) && a->ncomp != 1) {
    vb__fail(VB_ETYPE, "array_data: SOA array with %d components has no single pointer", a->ncomp);
    return NULL;
  }
  return vb_buffer_data(a->bufs[0]);
}

static int check_buffer(const vb_array *a, const vb_buffer *buf, const char *fn) {
  if (!a) return vb__fail(VB_EINVAL, "%s: array is NULL", fn);
  if (!buf) return vb__fail(VB_EINVAL, "%s: buffer is NULL", fn);
  if (vb_buffer_type(buf) != (vb__is_bit(a) ? VB_UNSIGNED_CHAR : a->type)) /* bits: bytes */
    return vb__fail(VB_ETYPE, "%s: buffer of type %s for an array of type %s", fn,
                    vb_type_name(vb_buffer_type(buf)), vb_type_name(a->type));
  if (vb__is_bit(a) && vb_buffer_count(buf) > INT64_MAX / 8)
    return vb__fail(VB_EOVERFLOW, "%s: %lld bytes of bits overflow", fn, (long long)vb_buffer_count(buf));
  return VB_OK;
}

int vb_array_set_buffer(vb_array *a, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, "set_buffer");
  if (st) return st;
  if (vb__is_soa(a)) return vb__fail(VB_ETYPE, "set_buffer: SOA array, use set_component_buffer");
  vb__array_op_begin(a);
  st = vb__array_replace_buffer(a, 0, buf);
  if (st == VB_OK) {
    if (vb__is_bit(a)) a->nbits = vb_buffer_count(buf) * 8; /* every bit of the bytes */
    if (update_max_id) a->max_id = vb__size_of(a) - 1;
    else if (a->max_id >= vb__size_of(a)) a->max_id = vb__size_of(a) - 1;
  }
  return vb__array_op_end(a, st);
}

int vb_array_set_component_buffer(vb_array *a, int c, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, "set_component_buffer");
  if (st) return st;
  if (!vb__is_soa(a)) return vb__fail(VB_ETYPE, "set_component_buffer: AOS array, use set_buffer");
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "set_component_buffer: component %d not in [0, %d)", c, a->ncomp);
  if (update_max_id && vb_buffer_count(buf) > INT64_MAX / a->ncomp)
    return vb__fail(VB_EOVERFLOW, "set_component_buffer: size overflows");
  vb__array_op_begin(a);
  st = vb__array_replace_buffer(a, c, buf);
  /* MaxId is not clamped here: the other components' buffers may be set
   * next (VTK 9.7: SetBuffer(0, b0, true); SetBuffer(1, b1, false)), and
   * every read clamps it to the allocated size (vb__nvalues) */
  if (st == VB_OK && update_max_id) a->max_id = vb_buffer_count(buf) * a->ncomp - 1;
  return vb__array_op_end(a, st);
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
  if (!data && n) return vb__fail(VB_EINVAL, "%s: data is NULL", fn);
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
  VB_ARRAY_CHECK(a, "set_array");
  if (vb__is_soa(a)) return vb__fail(VB_ETYPE, "set_array: SOA array, use set_component_array");
  vb__array_op_begin(a);
  st = adopt_into(a, 0, data, n, save, release, ctx, "set_array");
  if (st == VB_OK) a->max_id = n - 1;
  return vb__array_op_end(a, st);
}

int vb_array_set_component_array(vb_array *a, int c, void *data, int64_t n, int update_max_id,
                                 int save, vb_release_fn release, void *ctx) {
  int64_t nv;
  int st;
  VB_ARRAY_CHECK(a, "set_component_array");
  if (!vb__is_soa(a)) return vb__fail(VB_ETYPE, "set_component_array: AOS array, use set_array");
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "set_component_array: component %d not in [0, %d)", c, a->ncomp);
  if ((st = vb__array_check_count(n, a->ncomp, &nv)) != VB_OK) return st;
  vb__array_op_begin(a);
  st = adopt_into(a, c, data, n, save, release, ctx, "set_component_array");
  /* not clamped here either (see set_component_buffer): SetArray(0, .., true)
   * then SetArray(1, .., false) gives VTK's tuple count once storage allows */
  if (st == VB_OK && update_max_id) a->max_id = nv - 1;
  return vb__array_op_end(a, st);
}

/* vb_buffer.c - typed buffers over reference-counted blocks. */
#include "vb_internal.h"

#include <string.h>

static void buffer_destroy(vb_object *o) {
  vb_buffer *b = (vb_buffer *)o;
  vb_block_release(b->block);
  vb__free(b);
}

VB_DEFINE_CLASS(buffer, vb_buffer, "vtkBuffer", buffer_destroy, NULL)

vb_buffer *vb_buffer_new(int type) {
  vb_buffer *b;
  VB_CHECK_NULL(vb_type_is_valid(type), VB_ETYPE, "unknown VTK type id %d", type);
  b = vb__alloc(sizeof *b, VB_MIN_ALIGN);
  if (!b) return NULL;
  vb__object_init(&b->obj, &buffer_class);
  b->type = type;
  b->esize = vb_type_size(type);
  b->block = NULL;
  b->count = 0;
  return b;
}

int vb__bytes(int64_t n, size_t esize, size_t *out) {
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative element count %lld", (long long)n);
  VB_CHECK((uint64_t)n <= (uint64_t)(PTRDIFF_MAX - 4096) / esize, VB_EOVERFLOW,
           "%lld elements of %zu bytes exceed the address space", (long long)n, esize);
  *out = (size_t)n * esize;
  return VB_OK;
}

void vb__buffer_swap(vb_buffer *b, vb_block *blk, int64_t n) {
  vb_block *old = b->block;
  if (blk == old && n == b->count) return;
  vb_block_retain(blk);
  b->block = blk;
  b->count = n;
  vb_block_release(old); /* frees only if nobody else holds it */
  vb_object_retain(&b->obj);
  vb_object_invoke(&b->obj, VB_BUFFER_CHANGED_EVENT, NULL);
  vb_object_modified(&b->obj);
  vb_object_release(&b->obj);
}

int vb__buffer_resize(vb_buffer *b, int64_t n, int zero_tail) {
  size_t nbytes = 0, keep;
  vb_block *blk;
  int st;
  VB_CHECK(b, VB_EINVAL, "buffer is NULL");
  if ((st = vb__bytes(n, b->esize, &nbytes)) != VB_OK) return st;
  if (n == b->count) return VB_OK;
  if (n == 0) {
    vb__buffer_swap(b, NULL, 0);
    return VB_OK;
  }
  keep = (size_t)(n < b->count ? n : b->count) * b->esize;
  blk = vb__block_new_copy(nbytes, vb_buffer_data(b), keep, zero_tail);
  if (!blk) return vb_last_status();
  vb__buffer_swap(b, blk, n);
  vb_block_release(blk);
  return VB_OK;
}

int vb_buffer_allocate(vb_buffer *b, int64_t n) {
  size_t nbytes = 0;
  vb_block *blk;
  int st;
  VB_CHECK(b, VB_EINVAL, "buffer is NULL");
  if ((st = vb__bytes(n, b->esize, &nbytes)) != VB_OK) return VB_NAMED(st);
  if (n == 0) {
    vb__buffer_swap(b, NULL, 0);
    return VB_OK;
  }
  blk = vb_block_new_zeroed(nbytes);
  if (!blk) return vb_last_status();
  vb__buffer_swap(b, blk, n);
  vb_block_release(blk);
  return VB_OK;
}

int vb_buffer_reallocate(vb_buffer *b, int64_t n) { return VB_NAMED(vb__buffer_resize(b, n, 1)); }

void *vb_buffer_data(const vb_buffer *b) { return b ? vb_block_data(b->block) : NULL; }
int64_t vb_buffer_count(const vb_buffer *b) { return b ? b->count : 0; }
int vb_buffer_type(const vb_buffer *b) { return b ? b->type : VB_VOID; }
size_t vb_buffer_elem_size(const vb_buffer *b) { return b ? b->esize : 0; }
size_t vb_buffer_nbytes(const vb_buffer *b) { return b ? (size_t)b->count * b->esize : 0; }
vb_block *vb_buffer_block(const vb_buffer *b) { return b ? b->block : NULL; }

int vb_buffer_set_block(vb_buffer *b, vb_block *blk, int64_t n) {
  size_t nbytes = 0;
  int st;
  VB_CHECK(b, VB_EINVAL, "buffer is NULL");
  VB_CHECK(!(!blk && n != 0), VB_EINVAL, "NULL block with %lld elements", (long long)n);
  if ((st = vb__bytes(n, b->esize, &nbytes)) != VB_OK) return VB_NAMED(st);
  VB_CHECK(!(blk && nbytes > vb_block_size(blk)), VB_EOVERFLOW,
           "%lld elements (%zu bytes) do not fit in a block of %zu bytes", (long long)n, nbytes,
           vb_block_size(blk));
  vb__buffer_swap(b, blk, n);
  return VB_OK;
}

int vb_buffer_set_foreign(vb_buffer *b, void *data, int64_t n, vb_release_fn release, void *ctx) {
  size_t nbytes = 0;
  vb_block *blk;
  int st;
  VB_CHECK(b, VB_EINVAL, "buffer is NULL");
  if ((st = vb__bytes(n, b->esize, &nbytes)) != VB_OK) return VB_NAMED(st);
  blk = vb_block_adopt(data, nbytes, release, ctx);
  if (!blk) return vb_last_status();
  vb__buffer_swap(b, blk, n);
  vb_block_release(blk);
  return VB_OK;
}


/* vb_block.c - reference-counted memory blocks.
 * An owned block is a single allocation: the header followed by the data at
 * the next VB_DATA_ALIGN boundary (from alloc: the header padded to
 * VB_DATA_ALIGN; from alloc_zeroed: wherever that boundary falls). */
#include "vb_internal.h"

#include <string.h>

#define HEADER_SIZE ((sizeof(struct vb_block) + VB_DATA_ALIGN - 1) & ~(size_t)(VB_DATA_ALIGN - 1))

static long live_blocks;

/* A zeroed block comes from alloc_zeroed with the allocator's minimum
 * alignment (calloc's), so its data starts at the first VB_DATA_ALIGN
 * boundary after the header: up to VB_DATA_ALIGN - 1 bytes of slack. */
static vb_block *alloc_zeroed_block(size_t nbytes) {
  vb_block *b = vb__calloc(sizeof *b + (VB_DATA_ALIGN - 1) + nbytes, VB_MIN_ALIGN);
  uintptr_t d;
  if (!b) return NULL;
  d = (uintptr_t)((char *)b + sizeof *b);
  b->data = (char *)b + (((d + VB_DATA_ALIGN - 1) & ~(uintptr_t)(VB_DATA_ALIGN - 1)) - (uintptr_t)b);
  return b;
}

vb_block *vb__block_new_copy(size_t nbytes, const void *src, size_t ncopy, int zero_tail) {
  vb_block *b;
  VB_CHECK_NULL(nbytes <= SIZE_MAX - HEADER_SIZE - VB_DATA_ALIGN &&
                    nbytes <= (size_t)PTRDIFF_MAX - HEADER_SIZE - VB_DATA_ALIGN,
                VB_EOVERFLOW, "block of %zu bytes exceeds the address space", nbytes);
  if (!src) ncopy = 0;
  if (ncopy > nbytes) ncopy = nbytes;
  if (zero_tail && nbytes - ncopy >= VB_LAZY_ZERO_MIN) {
    /* fresh zero pages stay untouched: only the old contents are written */
    b = alloc_zeroed_block(nbytes);
    if (!b) return NULL;
    zero_tail = 0;
  } else {
    b = vb__alloc(HEADER_SIZE + nbytes, VB_DATA_ALIGN);
    if (!b) return NULL;
    b->data = (char *)b + HEADER_SIZE;
  }
  b->refcount = 1;
  b->size = nbytes;
  b->release = NULL;
  b->ctx = NULL;
  b->owned = 1;
  if (ncopy) memcpy(b->data, src, ncopy);
  if (zero_tail && nbytes > ncopy) memset((char *)b->data + ncopy, 0, nbytes - ncopy);
  live_blocks++;
  return b;
}

vb_block *vb_block_new(size_t nbytes) { return vb__block_new_copy(nbytes, NULL, 0, 0); }

vb_block *vb_block_new_zeroed(size_t nbytes) { return vb__block_new_copy(nbytes, NULL, 0, 1); }

vb_block *vb_block_adopt(void *data, size_t nbytes, vb_release_fn release, void *ctx) {
  vb_block *b;
  VB_CHECK_NULL(data || !nbytes, VB_EINVAL, "NULL data with %zu bytes", nbytes);
  b = vb__alloc(sizeof *b, VB_MIN_ALIGN);
  if (!b) return NULL;
  b->refcount = 1;
  b->data = data;
  b->size = nbytes;
  b->release = release;
  b->ctx = ctx;
  b->owned = 0;
  live_blocks++;
  return b;
}

void *vb_block_data(const vb_block *b) { return b ? b->data : NULL; }
size_t vb_block_size(const vb_block *b) { return b ? b->size : 0; }
int vb_block_is_owned(const vb_block *b) { return b ? b->owned : 0; }
long vb_block_refcount(const vb_block *b) { return b ? b->refcount : 0; }
long vb_block_live_count(void) { return live_blocks; }

void vb_block_retain(vb_block *b) {
  if (b) b->refcount++;
}

void vb_block_release(vb_block *b) {
  if (!b || --b->refcount > 0) return;
  live_blocks--;
  if (!b->owned && b->release) b->release(b->ctx, b->data);
  vb__free(b);
}

/* vb_block.h - reference-counted memory blocks.
 *
 * A block is a span of bytes plus a reference count.  A buffer points into
 * its current block; every export (a Python buffer, a JS view, a foreign
 * owner) retains the block, not the buffer.  When a buffer reallocates it
 * takes a new block and releases its reference to the old one, which stays
 * valid until its last holder releases it.
 *
 * Blocks are either
 *  - owned: allocated by vtkbuf (vb_block_new), data aligned to 64 bytes,
 *    freed with the block; or
 *  - adopted: foreign memory (vb_block_adopt); when the last reference goes
 *    the release callback (if any) is called with (ctx, data).
 * Reference counts are not atomic: retain/release a block from one thread
 * at a time (bindings do so under the GIL / on the JS thread).
 */
#ifndef VB_BLOCK_H
#define VB_BLOCK_H

#include "vb_api.h"

#include <stddef.h>

typedef struct vb_block vb_block;
typedef void (*vb_release_fn)(void *ctx, void *data);

/* New reference (refcount 1) to nbytes of uninitialised memory, data aligned
 * to 64 bytes (non-NULL even for nbytes == 0).  NULL + last_error on failure
 * (VB_ENOMEM, VB_EOVERFLOW). */
VB_API vb_block *vb_block_new(size_t nbytes);

/* As vb_block_new, contents zeroed.  At least VB_LAZY_ZERO_MIN bytes come
 * from the allocator's alloc_zeroed (vb_error.h) and are not written: fresh
 * zero pages cost no resident memory until used. */
VB_API vb_block *vb_block_new_zeroed(size_t nbytes);

/* New reference to foreign memory [data, data+nbytes).  The block does not
 * copy the memory.  release(ctx, data) is called once when the last
 * reference is released; release may be NULL (memory not owned).  data may
 * be NULL only if nbytes == 0.  On failure (NULL returned) release is NOT
 * called: the caller still owns the memory. */
VB_API vb_block *vb_block_adopt(void *data, size_t nbytes, vb_release_fn release, void *ctx);

VB_API void *vb_block_data(const vb_block *b); /* borrowed, valid while a reference is held; NULL for NULL b */
VB_API size_t vb_block_size(const vb_block *b); /* bytes; 0 for NULL b */
VB_API int vb_block_is_owned(const vb_block *b); /* 1 if allocated by vtkbuf */
VB_API void vb_block_retain(vb_block *b);       /* NULL ok */
VB_API void vb_block_release(vb_block *b);      /* NULL ok */
VB_API long vb_block_refcount(const vb_block *b);

/* Number of blocks currently alive in the process (leak checks in tests). */
VB_API long vb_block_live_count(void);

#endif

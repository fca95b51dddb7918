/* vb_buffer.h - typed buffers (vtkBuffer<T> / vtkAbstractBuffer).
 *
 * A buffer is a vb_object holding a scalar type and a reference to its
 * current memory block plus a capacity in elements.  It never frees memory
 * that someone else still holds: when its storage changes (Allocate,
 * Reallocate to a different size, SetBlock) it takes the new block and
 * releases its own reference to the old one.
 *
 * Events: the buffer fires BufferChangedEvent (calldata NULL) and
 * ModifiedEvent every time its block or element count changes, and never
 * otherwise.
 *
 * Ownership: vb_buffer_new returns a new reference; drop it with
 * vb_buffer_release (== vb_object_release(vb_buffer_object(b))).
 */
#ifndef VB_BUFFER_H
#define VB_BUFFER_H

#include "vb_api.h"

#include <stddef.h>
#include <stdint.h>

#include "vb_block.h"
#include "vb_object.h"

typedef struct vb_buffer vb_buffer; /* a vb_object */

/* New reference to an empty buffer (0 elements, no block).  NULL + last
 * error on a bad type (VB_ETYPE) or out of memory. */
VB_API vb_buffer *vb_buffer_new(int type);

/* Drop old contents; n zeroed elements in a new block (n == 0: no block;
 * large blocks are zeroed lazily, see vb_block_new_zeroed).
 * Errors: VB_EINVAL (NULL), VB_EOVERFLOW (n < 0 or n * elem_size beyond the
 * address space), VB_ENOMEM.  On error the buffer is unchanged. */
VB_API int vb_buffer_allocate(vb_buffer *b, int64_t n);

/* Keep min(old, n) elements, zero the new tail.  Same size: no-op (no
 * event).  Errors as vb_buffer_allocate. */
VB_API int vb_buffer_reallocate(vb_buffer *b, int64_t n);

/* Borrowed pointer to the first element (NULL when there is no block);
 * valid until the buffer's storage changes.  Retain vb_buffer_block() to keep
 * the memory alive beyond that. */
VB_API void *vb_buffer_data(const vb_buffer *b);
VB_API int64_t vb_buffer_count(const vb_buffer *b);    /* GetNumberOfElements: capacity */
VB_API int vb_buffer_type(const vb_buffer *b);         /* VTK type id, VB_VOID for NULL */
VB_API size_t vb_buffer_elem_size(const vb_buffer *b); /* GetDataTypeSize */
VB_API size_t vb_buffer_nbytes(const vb_buffer *b);    /* count * elem_size */

/* Borrowed (NULL when empty).  An export retains it with vb_block_retain. */
VB_API vb_block *vb_buffer_block(const vb_buffer *b);

/* Use n elements of an existing block (retained by the buffer; the caller
 * keeps its own reference).  blk may be NULL only with n == 0 (empties the
 * buffer).  Errors: VB_EINVAL (NULL b, NULL blk with n > 0), VB_EOVERFLOW
 * (n < 0, or n elements do not fit in the block). */
VB_API int vb_buffer_set_block(vb_buffer *b, vb_block *blk, int64_t n);

/* Convenience: adopt foreign memory of n elements (vb_block_adopt +
 * vb_buffer_set_block).  On failure release is not called. */
VB_API int vb_buffer_set_foreign(vb_buffer *b, void *data, int64_t n, vb_release_fn release, void *ctx);

VB_API vb_object *vb_buffer_object(vb_buffer *b); /* borrowed; the same pointer */
/* Borrowed: a vb_object that is a buffer -> the buffer, else NULL. */
VB_API vb_buffer *vb_buffer_from_object(vb_object *o);
VB_API void vb_buffer_retain(vb_buffer *b);  /* NULL ok */
VB_API void vb_buffer_release(vb_buffer *b); /* NULL ok */

#endif

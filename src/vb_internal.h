/* vb_internal.h - private definitions shared by the core's .c files.
 * Not installed, not part of the API. */
#ifndef VB_INTERNAL_H
#define VB_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "vtkbuf.h"

#define VB_MIN_ALIGN 16
#define VB_DATA_ALIGN 64

/* ---- errors & memory (vb_error.c) ---- */
#if defined(__GNUC__)
#define VB_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define VB_PRINTF(a, b)
#endif
/* Record status + formatted message for vb_last_error(); returns status. */
int vb__fail(int status, const char *fmt, ...) VB_PRINTF(2, 3);
void *vb__alloc(size_t size, size_t align); /* sets ENOMEM message on failure */
void *vb__calloc(size_t size, size_t align);
void vb__free(void *p);

/* ---- objects (vb_object.c) ---- */
typedef struct vb_class {
  const char *name;
  void (*destroy)(vb_object *o); /* frees everything, including the object */
} vb_class;

typedef struct vb_observer {
  unsigned long id, event;
  vb_observer_fn fn; /* NULL: removed during dispatch, awaiting compaction */
  void *clientdata;
  void (*clientdata_free)(void *);
} vb_observer;

struct vb_object {
  const vb_class *cls;
  long refcount;
  uint64_t mtime;
  vb_observer *obs;
  size_t nobs, capobs;
  unsigned long next_id;
  int depth;       /* nesting level of vb_object_invoke on this object */
  int dying;       /* refcount reached 0, DeleteEvent being dispatched */
  int need_compact;
};

void vb__object_init(vb_object *o, const vb_class *cls);

/* ---- blocks (vb_block.c) ---- */
struct vb_block {
  long refcount;
  void *data;
  size_t size;
  vb_release_fn release; /* adopted blocks only */
  void *ctx;
  int owned;
};
/* New block of nbytes, contents uninitialised (zero = 0) or zeroed; copies
 * min(ncopy, nbytes) bytes from src first when src != NULL. */
vb_block *vb__block_new_copy(size_t nbytes, const void *src, size_t ncopy, int zero_tail);

/* ---- buffers (vb_buffer.c) ---- */
struct vb_buffer {
  vb_object obj;
  int type;
  size_t esize;
  vb_block *block; /* NULL when empty (count 0) unless set_block adopted one */
  int64_t count;   /* capacity in elements */
};
/* bytes for n elements of size esize, or failure (EOVERFLOW) */
int vb__bytes(int64_t n, size_t esize, size_t *out);
/* Replace block+count (retains blk, releases the old one), stamps mtime and
 * fires BufferChangedEvent if anything changed. Cannot fail. */
void vb__buffer_swap(vb_buffer *b, vb_block *blk, int64_t n);
/* Reallocate keeping contents; zero_tail selects zeroing new elements. */
int vb__buffer_resize(vb_buffer *b, int64_t n, int zero_tail);

/* ---- scalar conversion (vb_convert.c) ---- */
double vb__load_f64(int type, const void *p);
int64_t vb__load_i64(int type, const void *p);
uint64_t vb__load_u64(int type, const void *p);
void vb__store_f64(int type, void *p, double v); /* saturating for integers, NaN -> 0 */
void vb__store_i64(int type, void *p, int64_t v); /* C conversion (wraps) */
void vb__store_u64(int type, void *p, uint64_t v);
/* convert one element, exact for integer->integer of any width */
void vb__convert(int dtype, void *dp, int stype, const void *sp);

#endif

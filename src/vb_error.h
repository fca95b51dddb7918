/* vb_error.h - status codes, per-thread error messages, allocator hook.
 *
 * Every vtkbuf call that can fail returns a vb_status (or NULL / 0 for
 * constructors and ids) and records a human-readable message retrievable
 * with vb_last_error().  A failing call leaves its object unchanged.
 * Lookups that find nothing (an array name, an unknown key) are not
 * failures: they return NULL / -1 / VB_VOID and record no error.
 *
 * Each binding maps a status to its language once:
 *   status       Python          JavaScript
 *   ENOMEM       MemoryError     RangeError
 *   EINVAL       ValueError      TypeError
 *   ERANGE       IndexValueError RangeError   (Python: vtkbuf.IndexValueError, a
 *                                             ValueError as VTK 9.7.1 raises for
 *                                             its index checks, and an IndexError)
 *   EOVERFLOW    ValueError      RangeError
 *   ETYPE        TypeError       TypeError
 *   ESTATE       RuntimeError    Error
 *   EDOMAIN      ValueError      RangeError
 *   ENOFIT       OverflowError   RangeError
 */
#ifndef VB_ERROR_H
#define VB_ERROR_H

#include "vb_api.h"

#include <stddef.h>

typedef enum {
  VB_OK = 0,
  VB_ENOMEM = -1,    /* allocation failed */
  VB_EINVAL = -2,    /* bad or NULL argument */
  VB_ERANGE = -3,    /* index out of range */
  VB_EOVERFLOW = -4, /* count/size overflow or negative count */
  VB_ETYPE = -5,     /* type or layout mismatch */
  VB_ESTATE = -6,    /* operation not valid in the object's current state
                        (e.g. a polydata without points) */
  VB_EDOMAIN = -7,   /* value outside its domain (NaN or infinite where a
                        finite number is needed) */
  VB_ENOFIT = -8     /* integer that does not fit the array's type */
} vb_status;

/* Static description of a status code ("success", "out of memory", ...).
 * Never NULL; the string is static (never freed). */
VB_API const char *vb_strerror(int status);

/* Message of the most recent failure in the calling thread, "" if none.
 * Borrowed: points into thread-local storage, valid until the next failing
 * vtkbuf call in the same thread.  Successful calls do not clear it. */
VB_API const char *vb_last_error(void);

/* Status code of the most recent failure in this thread (VB_OK if none). */
VB_API int vb_last_status(void);

/* Forget the last error of this thread (vb_last_error() returns ""). */
VB_API void vb_clear_error(void);

/* Allocator hook (mainly for tests: fault injection, accounting).
 * alloc(size, align, ud) returns memory aligned to `align` (a power of two,
 * at least 16) or NULL; free(p, ud) releases it (p never NULL).
 * alloc_zeroed(size, align, ud), optional, returns zeroed memory under the
 * same rules, released by the same free.  vtkbuf asks it for zeroed object
 * records and for every large zeroed block (new array/buffer storage of at
 * least VB_LAZY_ZERO_MIN bytes): the default gets it from calloc, which the system backs with
 * fresh zero pages that cost no resident memory until written, so a huge
 * array that is never written costs (almost) nothing.  NULL alloc_zeroed:
 * vtkbuf calls alloc and writes the zeros itself (every page is touched).
 * Every allocation vtkbuf makes (objects, observer tables, data blocks) goes
 * through the hook; NULL from it is VB_ENOMEM and the failing call leaves
 * its object unchanged (nothing aborts).  Memory is always released through
 * the hook that was active when the memory was *freed*, so a replacement
 * allocator must be able to free memory obtained from the previous one
 * (including the default's alloc_zeroed), or be installed before any
 * vtkbuf object exists and stay until all are gone.  The simplest
 * compatible hook wraps the defaults (see tests/c/vb_test.h).
 * The struct is copied; NULL (or a NULL alloc or free) restores the default
 * allocator.  Not thread-safe: install it before threads use vtkbuf. */
typedef struct {
  void *(*alloc)(size_t size, size_t align, void *ud);
  void (*free)(void *p, void *ud);
  void *ud;
  /* optional (NULL: alloc + memset); last so that {alloc, free, ud}
   * initializers of hooks written before it still compile */
  void *(*alloc_zeroed)(size_t size, size_t align, void *ud);
} vb_allocator;

/* Zeroed blocks of at least this many bytes come from alloc_zeroed; smaller
 * ones are allocated and cleared by vtkbuf (calloc would clear them too). */
#define VB_LAZY_ZERO_MIN ((size_t)65536)

VB_API void vb_set_allocator(const vb_allocator *a);

/* The default allocator functions, exposed so a hook can delegate to them:
 * aligned_alloc/free (or the platform's equivalent); alloc_zeroed is calloc
 * when `align` is at most alignof(max_align_t), else aligned_alloc + memset.
 * All three are released by vb_default_free. */
VB_API void *vb_default_alloc(size_t size, size_t align, void *ud);
VB_API void *vb_default_alloc_zeroed(size_t size, size_t align, void *ud);
VB_API void vb_default_free(void *p, void *ud);

#endif

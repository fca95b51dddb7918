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
 *   ERANGE       IndexError      RangeError
 *   EOVERFLOW    ValueError      RangeError
 *   ETYPE        TypeError       TypeError
 *   ESTATE       RuntimeError    Error
 *   EDOMAIN      ValueError      RangeError
 *   ENOFIT       OverflowError   RangeError
 */
#ifndef VB_ERROR_H
#define VB_ERROR_H

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
const char *vb_strerror(int status);

/* Message of the most recent failure in the calling thread, "" if none.
 * Borrowed: points into thread-local storage, valid until the next failing
 * vtkbuf call in the same thread.  Successful calls do not clear it. */
const char *vb_last_error(void);

/* Status code of the most recent failure in this thread (VB_OK if none). */
int vb_last_status(void);

/* Forget the last error of this thread (vb_last_error() returns ""). */
void vb_clear_error(void);

/* Allocator hook (mainly for tests: fault injection, accounting).
 * alloc(size, align, ud) returns memory aligned to `align` (a power of two,
 * at least 16) or NULL; free(p, ud) releases it (p never NULL).
 * Every allocation vtkbuf makes (objects, observer tables, data blocks) goes
 * through the hook.  Memory is always released through the hook that was
 * active when the memory was *freed*, so a replacement allocator must be able
 * to free memory obtained from the previous one, or be installed before any
 * vtkbuf object exists and stay until all are gone.  The simplest compatible
 * hook wraps the default (see tests/c/vb_test.h).
 * The struct is copied; NULL restores the default allocator. Not thread-safe:
 * install it before threads use vtkbuf. */
typedef struct {
  void *(*alloc)(size_t size, size_t align, void *ud);
  void (*free)(void *p, void *ud);
  void *ud;
} vb_allocator;

void vb_set_allocator(const vb_allocator *a);

/* The default allocator functions (aligned_alloc/free or the platform's
 * equivalent), exposed so a hook can delegate to them. */
void *vb_default_alloc(size_t size, size_t align, void *ud);
void vb_default_free(void *p, void *ud);

#endif

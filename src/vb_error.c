/* vb_error.c - status strings, thread-local last error, allocator hook. */
#include "vb_internal.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <malloc.h>
#endif

#define VB_ERRMSG_MAX 256

static _Thread_local char errmsg[VB_ERRMSG_MAX];
static _Thread_local int errstatus;

const char *vb_strerror(int status) {
  switch (status) {
  case VB_OK: return "success";
  case VB_ENOMEM: return "out of memory";
  case VB_EINVAL: return "invalid argument";
  case VB_ERANGE: return "index out of range";
  case VB_EOVERFLOW: return "count or size overflow";
  case VB_ETYPE: return "type mismatch";
  case VB_ESTATE: return "invalid state";
  case VB_EDOMAIN: return "value out of domain";
  case VB_ENOFIT: return "value out of range";
  default: return "unknown error";
  }
}

const char *vb_last_error(void) { return errmsg; }
int vb_last_status(void) { return errstatus; }
void vb_clear_error(void) { errmsg[0] = '\0'; errstatus = VB_OK; }

int vb__fail(int status, const char *fmt, ...) {
  va_list ap;
  int n;
  n = snprintf(errmsg, sizeof errmsg, "%s: ", vb_strerror(status));
  if (n < 0 || (size_t)n >= sizeof errmsg) n = 0;
  va_start(ap, fmt);
  vsnprintf(errmsg + n, sizeof errmsg - (size_t)n, fmt, ap);
  va_end(ap);
  errstatus = status;
  return status;
}

/* ---- allocator ---- */

void *vb_default_alloc(size_t size, size_t align, void *ud) {
  (void)ud;
  if (align < sizeof(void *)) align = sizeof(void *);
  /* aligned_alloc wants size to be a multiple of align. */
  if (size > SIZE_MAX - (align - 1)) return NULL;
  size = (size + align - 1) & ~(align - 1);
  if (size == 0) size = align;
#if defined(_WIN32)
  return _aligned_malloc(size, align);
#else
  return aligned_alloc(align, size);
#endif
}

/* calloc leaves pages the system gives zeroed (glibc: fresh mmap for large
 * sizes) untouched; it only guarantees alignof(max_align_t). */
void *vb_default_alloc_zeroed(size_t size, size_t align, void *ud) {
  void *p;
#if !defined(_WIN32)
  if (align <= _Alignof(max_align_t)) return calloc(1, size ? size : 1);
#endif
  p = vb_default_alloc(size, align, ud);
  if (p) memset(p, 0, size);
  return p;
}

void vb_default_free(void *p, void *ud) {
  (void)ud;
#if defined(_WIN32)
  _aligned_free(p);
#else
  free(p);
#endif
}

static vb_allocator cur_alloc = {vb_default_alloc, vb_default_free, NULL, vb_default_alloc_zeroed};

void vb_set_allocator(const vb_allocator *a) {
  if (a && a->alloc && a->free) {
    cur_alloc = *a;
  } else {
    cur_alloc.alloc = vb_default_alloc;
    cur_alloc.free = vb_default_free;
    cur_alloc.ud = NULL;
    cur_alloc.alloc_zeroed = vb_default_alloc_zeroed;
  }
}

void *vb__alloc(size_t size, size_t align) {
  void *p;
  if (align < VB_MIN_ALIGN) align = VB_MIN_ALIGN;
  p = cur_alloc.alloc(size, align, cur_alloc.ud);
  if (!p) vb__fail(VB_ENOMEM, "cannot allocate %zu bytes", size);
  return p;
}

void *vb__calloc(size_t size, size_t align) {
  void *p;
  if (align < VB_MIN_ALIGN) align = VB_MIN_ALIGN;
  if (!cur_alloc.alloc_zeroed) {
    p = vb__alloc(size, align);
    if (p) memset(p, 0, size);
    return p;
  }
  p = cur_alloc.alloc_zeroed(size, align, cur_alloc.ud);
  if (!p) vb__fail(VB_ENOMEM, "cannot allocate %zu bytes", size);
  return p;
}

void vb__free(void *p) {
  if (p) cur_alloc.free(p, cur_alloc.ud);
}

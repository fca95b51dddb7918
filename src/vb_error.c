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
static _Thread_local int errnamed; /* the message starts with its call's name */

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
void vb_clear_error(void) { errmsg[0] = '\0'; errstatus = VB_OK; errnamed = 0; }

/* ---- the name of the failing call ----
 * The VTK method a core function implements, from its C name: "vb_" and the
 * class prefix dropped, a variant suffix (_s, _i64, _n, _by_name, _by_index)
 * dropped, the rest in CamelCase: vb_array_set_value_s -> SetValue,
 * vb_sphere_source_set_radius -> SetRadius; a name starting in upper case is
 * one already. A name that is not a C API function's (vb__* internals,
 * static helpers) gives none. */
#ifdef VB_JS
/* the JS build names no C function (VB_FUNC); a VTK name given is the call's */
static const char *call_name(const char *fn, char *out, size_t cap) {
  (void)out, (void)cap;
  return fn;
}
#else
static const char *const class_prefixes[] = {
  "sphere_source_", "cell_array_", "id_list_", "collection_", "attributes_", "polydata_", "points_", "array_",
  "field_data_", "data_object_", "data_set_", "point_set_", "value_array_",
  "buffer_", "block_", "object_", "scalar_", "type_",
};
/* the first word of every method name: where the class prefix of a class not
 * listed above ends */
static const char *const verbs[] = {
  "get_", "set_", "insert_", "remove_", "add_", "new", "allocate", "reserve_", "resize",
  "squeeze", "initialize", "reset", "deep_", "shallow_", "lookup_", "update", "has_",
  "is_", "invoke", "fill", "copy", "delete", "build", "compute", "append", "replace",
  "reverse", "export", "import", "interpolate", "pass", "find", "contiguous_", "construct_",
};
static const struct { const char *c, *vtk; } renamed[] = {
  {"set_component_array", "SetArray"},             /* SOA SetArray(c, ...) */
  {"insert_component", "InsertTypedComponent"},     /* VTK 9.7's typed API */
  {"insert_points_range", "InsertPoints"},          /* vtkPoints overloads */
  {"insert_points_ids", "InsertPoints"},
  {"get_points_ids", "GetPoints"},
};

static int starts(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static const char *call_name(const char *fn, char *out, size_t cap) {
  static const char *const suffixes[] = {"_by_name", "_by_index", "_i64", "_s", "_n"};
  size_t i, k, n, len;
  const char *m = NULL;
  if (fn && ((fn[0] >= 'A' && fn[0] <= 'Z') || /* already a VTK name: a method */
             (starts(fn, "vtk") && fn[3] >= 'A' && fn[3] <= 'Z'))) /* or a constructor */
    return fn;
  if (!fn || !starts(fn, "vb_") || fn[3] < 'a' || fn[3] > 'z') return NULL;
  fn += 3;
  for (i = 0; i < sizeof class_prefixes / sizeof *class_prefixes && !m; i++)
    if (starts(fn, class_prefixes[i])) m = fn + strlen(class_prefixes[i]);
  for (; !m && *fn; fn = strchr(fn, '_') ? strchr(fn, '_') + 1 : "")
    for (i = 0; i < sizeof verbs / sizeof *verbs && !m; i++)
      if (starts(fn, verbs[i])) m = fn;
  if (!m || !*m) return NULL;
  if (starts(m, "new")) return "New"; /* the constructors: vb_<class>_new* */
  len = strlen(m);
  for (i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
    size_t sl = strlen(suffixes[i]);
    if (len > sl && strcmp(m + len - sl, suffixes[i]) == 0) {
      len -= sl;
      break;
    }
  }
  for (i = 0; i < sizeof renamed / sizeof *renamed; i++)
    if (strlen(renamed[i].c) == len && strncmp(m, renamed[i].c, len) == 0) return renamed[i].vtk;
  for (k = n = 0; k < len && n + 1 < cap; k++) {
    if (m[k] == '_') continue;
    out[n++] = (char)((k == 0 || m[k - 1] == '_') && m[k] >= 'a' && m[k] <= 'z' ? m[k] - 'a' + 'A' : m[k]);
  }
  out[n] = '\0';
  return out;
}
#endif

int vb__fail(const char *fn, int status, const char *fmt, ...) {
  va_list ap;
  char buf[64];
  const char *call = call_name(fn, buf, sizeof buf);
  int n = call ? vb__snprintf(errmsg, sizeof errmsg, "%s: ", call) : 0;
  if (n < 0 || (size_t)n >= sizeof errmsg) n = 0;
  va_start(ap, fmt);
  vb__vsnprintf(errmsg + n, sizeof errmsg - (size_t)n, fmt, ap);
  va_end(ap);
  errstatus = status;
  errnamed = call != NULL;
  return status;
}

int vb__named(const char *fn, int status) {
  char buf[64];
  const char *call;
  size_t k, n;
  if (status >= 0 || errnamed || !(call = call_name(fn, buf, sizeof buf))) return status;
  k = strlen(call);
  n = strlen(errmsg);
  if (k + 2 + n >= sizeof errmsg) n = sizeof errmsg - k - 3;
  memmove(errmsg + k + 2, errmsg, n);
  errmsg[k + 2 + n] = '\0';
  memcpy(errmsg, call, k);
  errmsg[k] = ':';
  errmsg[k + 1] = ' ';
  errnamed = 1;
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
  if (!p) VB_FAIL(VB_ENOMEM, "out of memory (%zu bytes)", size);
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
  if (!p) VB_FAIL(VB_ENOMEM, "out of memory (%zu bytes)", size);
  return p;
}

void vb__free(void *p) {
  if (p) cur_alloc.free(p, cur_alloc.ud);
}

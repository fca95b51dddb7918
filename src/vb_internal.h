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
/* Record status and the message vb_last_error() returns, "<Call>: <detail>";
 * returns status.  <Call> is the VTK method the C API function `fn` (a
 * __func__) implements (vb_array_set_value_s -> "SetValue"; none for an
 * internal function), so a detail never names a function, C or VTK. */
int vb__fail(const char *fn, int status, const char *fmt, ...) VB_PRINTF(3, 4);
/* The one argument check (Lua's luaL_argcheck): unless cond holds, record the
 * failure of the function it is in, named by itself (__func__), and return
 * status (VB_CHECK) or NULL (VB_CHECK_NULL).  VB_FAIL records a failure and
 * gives status.  A static helper checking for its caller takes the caller's
 * __func__ as `fn` and names it: VB_CHECK_IN(fn, cond, status, ...). */
#define VB_CHECK_IN(fn, cond, status, ...)                                                 \
  do {                                                                                     \
    if (!(cond)) return vb__fail((fn), (status), __VA_ARGS__);                             \
  } while (0)
#define VB_CHECK(cond, status, ...) VB_CHECK_IN(__func__, cond, status, __VA_ARGS__)
#define VB_CHECK_NULL(cond, status, ...)                                                   \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      vb__fail(__func__, (status), __VA_ARGS__);                                           \
      return NULL;                                                                         \
    }                                                                                      \
  } while (0)
#define VB_FAIL(status, ...) vb__fail(__func__, (status), __VA_ARGS__)
/* A failure recorded below an API function by an internal that names no call
 * (vb__bytes, vb__alloc, ...) is named after the API function `fn` on its way
 * out: VB_NAMED(st) in the API function; returns st (unchanged on success). */
int vb__named(const char *fn, int status);
#define VB_NAMED(st) vb__named(__func__, (st))
void *vb__alloc(size_t size, size_t align); /* sets ENOMEM message on failure */
void *vb__calloc(size_t size, size_t align);
void vb__free(void *p);

/* ---- objects (vb_object.c) ---- */
typedef struct vb_class {
  const char *name;
  void (*destroy)(vb_object *o); /* frees everything, including the object */
  /* concrete class name when it depends on the instance (an array's type);
   * NULL: `name` */
  const char *(*instance_name)(const vb_object *o);
  /* data objects: their class record (vb_data_set_impl.h); NULL otherwise */
  const struct vb_data_class *data;
} vb_class;

/* The class-definition pattern of every core class: the class record and
 * the four functions each public type has (vb_<p>_object, _from_object,
 * _retain, _release).  T is the struct (its first member `vb_object obj`). */
#define VB_DEFINE_CLASS(p, T, name, destroy, instance_name)                                \
  static const vb_class p##_class = {name, destroy, instance_name, NULL};                      \
  vb_object *vb_##p##_object(T *x) { return x ? &x->obj : NULL; }                          \
  T *vb_##p##_from_object(vb_object *o) {                                                  \
    return o && o->cls == &p##_class ? (T *)o : NULL;                                      \
  }                                                                                        \
  void vb_##p##_retain(T *x) { vb_object_retain(vb_##p##_object(x)); }                      \
  void vb_##p##_release(T *x) { vb_object_release(vb_##p##_object(x)); }

typedef struct vb_observer {
  unsigned long id, event;
  vb_observer_fn fn; /* NULL: removed during dispatch, awaiting compaction */
  void *clientdata;
  void (*clientdata_free)(void *);
  int internal; /* vtkbuf's own wiring (an array observing its buffers) */
  double priority;
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
  int debug;        /* VTK's Debug flag */
  char *name;       /* VTK's ObjectName, NULL when unset */
  int need_compact; /* removed entries to drop, or entries added during a dispatch to sort */
};

void vb__object_init(vb_object *o, const vb_class *cls);
/* a new modified-time stamp (vtkTimeStamp::Modified) */
uint64_t vb__stamp(void);
/* ---- blocks (vb_block.c) ---- */
struct vb_block {
  long refcount;
  void *data;
  size_t size;
  vb_release_fn release; /* adopted blocks only */
  void *ctx;
  int owned;
};
/* New block of nbytes, contents uninitialised (zero_tail = 0) or zeroed;
 * copies min(ncopy, nbytes) bytes from src when src != NULL.  A zeroed tail
 * of at least VB_LAZY_ZERO_MIN bytes comes from alloc_zeroed untouched:
 * only the copied bytes are written. */
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

/* ---- number rules (vb_scalar.c) ---- */
/* rules for a scaled SOA array's double API: everything through double */
#define VB__RULES_THROUGH_DOUBLE 2
int vb__scalar_check(int type, int rules, const vb_scalar *s, const char *fn);
/* store a checked scalar: integers exactly where the rules keep them exact
 * (they fit: checked), everything else through double, saturating */
void vb__scalar_store(int type, int rules, void *p, const vb_scalar *s);
/* load as the rules read it (CHAR/INT/UINT/REAL) */
void vb__scalar_load(int type, int rules, const void *p, vb_scalar *out);
/* a double (a scaled value) read back as the rules read the type (VB_BIT:
 * saturated into [0, 1]) */
void vb__scalar_from_double(int type, int rules, double d, vb_scalar *out);
/* vtkBitArray's rules (VB_BIT; vb__scalar_check takes the type too): the bit
 * a checked scalar stores (non-zero integers 1; reals: 1 when their
 * truncation is non-zero, as VTK's static_cast<int>; NaN 0), the bit of a
 * double, and a bit read back (VB_RULES_VALUE: INT, else REAL). */
int vb__scalar_bit(const vb_scalar *s);
int vb__bit_from_double(double d);
void vb__scalar_load_bit(int rules, int bit, vb_scalar *out);

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

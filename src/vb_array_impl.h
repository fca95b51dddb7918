/* vb_array_impl.h - private to the vb_array*.c files: the array struct, the
 * inline accessors of the hot paths and the storage primitives.
 *
 * Files: vb_array.c (lifetime, class names, shape and growth, scale, name),
 * vb_array_values.c (value/tuple/component access under vb_scalar's rules,
 * ranges), vb_array_copy.c (deep and shallow copies), vb_array_storage.c
 * (the array's buffers, foreign memory, the contiguous buffer).
 *
 * Every operation that may change storage runs between vb__array_op_begin
 * and vb__array_op_end: the array holds a reference to itself (observers
 * may drop the caller's reference) and buffer change notifications are
 * coalesced into a single BufferChangedEvent fired at the end.  Storage
 * changes are prepared first (new blocks or buffers allocated) and
 * committed only when nothing can fail any more, so a failing call leaves
 * the array unchanged.
 */
#ifndef VB_ARRAY_IMPL_H
#define VB_ARRAY_IMPL_H

#include "vb_internal.h"

struct vb_array {
  vb_object obj;
  int type;
  size_t esize;
  int layout;
  int ncomp;
  int64_t max_id;
  int nbuf;               /* 1 (AOS) or ncomp (SOA) */
  vb_buffer **bufs;       /* owned references */
  unsigned long *obs_ids; /* our BufferChangedEvent observer on each buffer */
  double scale;
  int in_op, changed;
  char *name; /* vtkAbstractArray::Name (owned copy), NULL when unset */
};

#define VB_ARRAY_CHECK(a, fn) VB_CHECK((a) != NULL, VB_EINVAL, fn ": array is NULL")

/* ---- inline accessors (the hot paths avoid cross-file calls) ---- */
#define VB_BUF_DATA(b) ((b)->block ? (char *)(b)->block->data : (char *)NULL)

static inline int vb__is_soa(const vb_array *a) { return a->layout != VB_LAYOUT_AOS; }

/* allocated values: AOS element count; SOA comps x the smallest buffer */
static inline int64_t vb__size_of(const vb_array *a) {
  int i;
  int64_t m;
  if (!vb__is_soa(a)) return a->bufs[0]->count;
  m = a->bufs[0]->count;
  for (i = 1; i < a->nbuf; i++)
    if (a->bufs[i]->count < m) m = a->bufs[i]->count;
  return m * a->ncomp;
}

/* NumberOfValues: MaxId + 1 clamped to the allocated size */
static inline int64_t vb__nvalues(const vb_array *a) {
  int64_t s = vb__size_of(a);
  return a->max_id + 1 < s ? a->max_id + 1 : s;
}

/* pointer to raw value i (i < vb__size_of(a)) */
static inline void *vb__vptr(const vb_array *a, int64_t i) {
  if (!vb__is_soa(a)) return VB_BUF_DATA(a->bufs[0]) + (size_t)i * a->esize;
  return VB_BUF_DATA(a->bufs[i % a->ncomp]) + (size_t)(i / a->ncomp) * a->esize;
}

/* a scaled SOA array whose values differ from its raw data */
static inline int vb__scaled(const vb_array *a) {
  return a->layout == VB_LAYOUT_SCALED_SOA && a->scale != 1.0;
}

/* value i as a double (scaled arrays: raw * scale) */
static inline double vb__get_d(const vb_array *a, int64_t i) {
  double v = vb__load_f64(a->type, vb__vptr(a, i));
  return a->layout == VB_LAYOUT_SCALED_SOA ? v * a->scale : v;
}

/* store double v as value i (saturating for integers; scaled: v / scale) */
static inline void vb__set_d(vb_array *a, int64_t i, double v) {
  if (a->layout == VB_LAYOUT_SCALED_SOA) v /= a->scale;
  switch (a->type) { /* the common cases inline */
  case VB_FLOAT: *(float *)vb__vptr(a, i) = (float)v; break;
  case VB_DOUBLE: *(double *)vb__vptr(a, i) = v; break;
  default: vb__store_f64(a->type, vb__vptr(a, i), v); break;
  }
}

/* ---- operations and storage (vb_array.c) ---- */
void vb__array_op_begin(vb_array *a);
int vb__array_op_end(vb_array *a, int status); /* may destroy a; returns status */
/* ntuples x ncomp values, checked for overflow and sign (VB_EOVERFLOW) */
int vb__array_check_count(int64_t ntuples, int ncomp, int64_t *nvals);
/* storage for exactly ntuples (checked); keep: copy contents; clamps MaxId */
int vb__array_set_capacity(vb_array *a, int64_t ntuples, int keep);
/* VTK's Resize growth policy (capacity C -> C + T when growing to T) */
int vb__array_resize(vb_array *a, int64_t ntuples);
/* make value index i addressable (grow by the Resize policy) */
int vb__array_ensure_value(vb_array *a, int64_t i);

/* A set of component buffers observed by the array (SOA reshapes). */
typedef struct {
  int n;
  vb_buffer **bufs;
  unsigned long *ids;
} vb__bufset;
int vb__bufset_make(vb_array *a, int n, vb__bufset *s); /* n fresh empty buffers */
void vb__bufset_commit(vb_array *a, vb__bufset *s);     /* install; cannot fail */
void vb__bufset_free(vb__bufset *s);
/* Committing prepared blocks: swapping a buffer runs its observers (user
 * code) in the middle of the operation, and they may change the array, even
 * replace its buffers.  So the buffers are captured (retained) before the
 * first swap, each gets its prepared block (blks[i], a reference that is
 * consumed; NULL: slot left as is, or emptied when count is 0), and the
 * operation re-checks the array before it writes values afterwards. */
void vb__capture_bufs(vb_buffer *const *from, int n, vb_buffer **bufs);
void vb__commit_blocks(vb_buffer **bufs, vb_block **blks, int n, int64_t count); /* releases bufs */
/* replace buffer slot `slot` by buf (retained, observed); marks a change */
int vb__array_replace_buffer(vb_array *a, int slot, vb_buffer *buf);

#endif

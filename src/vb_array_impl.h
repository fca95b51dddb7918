/* vb_array_impl.h - private to the vb_array*.c files: the array struct, the
 * inline accessors of the hot paths and the storage primitives.
 *
 * Files: vb_array.c (lifetime, class names, shape and growth, scale, name),
 * vb_array_values.c (value/tuple/component access under vb_scalar's rules,
 * ranges), vb_array_copy.c (deep and shallow copies), vb_array_storage.c
 * (the array's buffers, foreign memory, the contiguous buffer),
 * vb_array_bit.c (what differs for vtkBitArray's packed storage),
 * vb_array_edit.c (fill, remove, tuples from other arrays, interpolation),
 * vb_array_info.c (component names, type info, sizes, finite range, the
 * copies' metadata), vb_array_int64.c (64-bit integer tuples, GetData).
 *
 * Bit arrays (type VB_BIT, layout AOS): one buffer of unsigned char holding
 * 8 values per byte, most significant bit first (VTK's order); Size is
 * `nbits` (VTK's Size need not be a multiple of 8), clamped to the buffer's
 * bits.  Bits at or past Size are kept 0, so grown storage reads 0.  Every
 * value access goes through vb__load_s / vb__store_s / vb__get_d /
 * vb__set_d, which know the packing; vb__vptr is never used on them.
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
  int64_t nbits; /* bit arrays: Size in bits (see above); 0 otherwise */
  int in_op, changed;
  char *name; /* vtkAbstractArray::Name (owned copy), NULL when unset */
  /* vtkAbstractArray::ComponentNames (vb_array_info.c): ncomp_names owned
   * copies (NULL: unset); has_names: VTK's list exists (CopyComponentNames
   * and DeepCopy carry names only from an array that has one) */
  char **comp_names;
  int64_t ncomp_names;
  int has_names;
  unsigned max_discrete; /* MaxDiscreteValues (vb_array_info.c), 32 at construction */
  struct vb__implicit *impl; /* implicit arrays (vb_array_implicit.c): the backend; else NULL */
};

/* ---- implicit arrays (vb_array_implicit.c): one empty buffer, no storage;
 * Size is NumberOfValues, reads computed, writes refused ---- */
struct vb__implicit *vb__implicit_new(int layout);
void vb__implicit_free(vb_array *a);
double vb__implicit_get(const vb_array *a, int64_t i); /* value i, as the array's type */
int vb__implicit_copy(vb_array *dst, const vb_array *src);    /* DeepCopy into an implicit array */
int vb__implicit_initialize(vb_array *a);
#define VB_ARRAY_WCHECK(a)                                                                   \
  do {                                                                                       \
    VB_ARRAY_CHECK(a);                                                                       \
    VB_CHECK(!(a)->impl, VB_ETYPE, "an implicit array is read-only");                        \
  } while (0)

#define VB_ARRAY_CHECK(a) VB_CHECK((a) != NULL, VB_EINVAL, "array is NULL")

/* ---- inline accessors (the hot paths avoid cross-file calls) ---- */
#define VB_BUF_DATA(b) ((b)->block ? (char *)(b)->block->data : (char *)NULL)

static inline int vb__is_soa(const vb_array *a) {
  return a->layout == VB_LAYOUT_SOA || a->layout == VB_LAYOUT_SCALED_SOA;
}
static inline int vb__is_bit(const vb_array *a) { return a->type == VB_BIT; }

/* allocated values: AOS element count; SOA comps x the smallest buffer;
 * bits: nbits within the buffer's bytes */
static inline int64_t vb__size_of(const vb_array *a) {
  int i;
  int64_t m;
  if (a->impl) return a->max_id + 1;
  if (vb__is_bit(a)) {
    m = a->bufs[0]->count;
    return a->nbits < m * 8 ? a->nbits : m * 8;
  }
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
  return (a->layout == VB_LAYOUT_SCALED_SOA && a->scale != 1.0) || a->impl; /* implicit: computed too */
}

/* bit i of a bit array (MSB first) */
static inline int vb__bit_get(const vb_array *a, int64_t i) {
  const unsigned char *p = (const unsigned char *)VB_BUF_DATA(a->bufs[0]);
  return (p[i >> 3] >> (7 - (i & 7))) & 1;
}
static inline void vb__bit_put(vb_array *a, int64_t i, int bit) {
  unsigned char *p = (unsigned char *)VB_BUF_DATA(a->bufs[0]);
  unsigned char m = (unsigned char)(0x80u >> (i & 7));
  if (bit) p[i >> 3] |= m;
  else p[i >> 3] &= (unsigned char)~m;
}

/* value i as a double (scaled arrays: raw * scale) */
static inline double vb__get_d(const vb_array *a, int64_t i) {
  double v;
  if (a->impl) return vb__implicit_get(a, i);
  if (vb__is_bit(a)) return vb__bit_get(a, i);
  v = vb__load_f64(a->type, vb__vptr(a, i));
  return a->layout == VB_LAYOUT_SCALED_SOA ? v * a->scale : v;
}

/* store double v as value i (saturating for integers; scaled: v / scale;
 * bits: vb__bit_from_double) */
static inline void vb__set_d(vb_array *a, int64_t i, double v) {
  if (a->layout == VB_LAYOUT_SCALED_SOA) v /= a->scale;
  switch (a->type) { /* the common cases inline */
  case VB_FLOAT: *(float *)vb__vptr(a, i) = (float)v; break;
  case VB_DOUBLE: *(double *)vb__vptr(a, i) = v; break;
  case VB_BIT: vb__bit_put(a, i, vb__bit_from_double(v)); break;
  default: vb__store_f64(a->type, vb__vptr(a, i), v); break;
  }
}

/* the double API of a scaled SOA array goes through double entirely */
static inline int vb__rules_for(const vb_array *a, int rules) {
  return rules == VB_RULES_DOUBLE && (a->layout == VB_LAYOUT_SCALED_SOA || a->impl) ? VB__RULES_THROUGH_DOUBLE : rules;
}

/* value i as a scalar under rules (VB_RULES_*) */
static inline void vb__load_s(const vb_array *a, int64_t i, int rules, vb_scalar *out) {
  if (vb__is_bit(a)) vb__scalar_load_bit(rules, vb__bit_get(a, i), out);
  else if (vb__scaled(a)) vb__scalar_from_double(a->type, vb__rules_for(a, rules), vb__get_d(a, i), out);
  else vb__scalar_load(a->type, vb__rules_for(a, rules), vb__vptr(a, i), out);
}

/* store a scalar already checked under rules as value i */
static inline void vb__store_s(vb_array *a, int64_t i, int rules, const vb_scalar *s) {
  if (vb__is_bit(a)) vb__bit_put(a, i, vb__scalar_bit(s));
  else if (vb__scaled(a)) vb__set_d(a, i, vb_scalar_to_double(s));
  else vb__scalar_store(a->type, vb__rules_for(a, rules), vb__vptr(a, i), s);
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
/* make value indices [first, last] addressable for an insert (grow by the
 * Resize policy; bit arrays by VTK's bit insert policy, vb_array_bit.c) */
int vb__array_ensure_values(vb_array *a, int64_t first, int64_t last);

/* ---- copies (vb_array_copy.c: the values; vb_array_info.c: the public
 * functions, which add the name and component names) ---- */
int vb__array_deep_copy_data(vb_array *dst, const vb_array *src);
int vb__array_shallow_copy_data(vb_array *dst, const vb_array *src);
void vb__array_free_names(vb_array *a); /* vb_array_info.c; cannot fail */

/* ---- bit arrays (vb_array_bit.c) ---- */
/* bytes holding nbits bits, or VB_EOVERFLOW */
int vb__bit_bytes(int64_t nbits, int64_t *nbytes);
/* clear the bits at and past a->nbits in the last byte (cannot fail) */
void vb__bit_clear_tail(vb_array *a);
/* deep copy of values between arrays of which one or both hold bits
 * (storage already sized) */
void vb__bit_copy_values(vb_array *dst, const vb_array *src, int64_t nv);

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

/* vb_array.c - data arrays: lifetime, class names, shape and growth, scale
 * and name.  See vb_array_impl.h for the files of the array and the rules
 * every storage change follows. */
#include "vb_array_impl.h"

#include <math.h>
#include <string.h>

/* --------------------------------------------------------- operations */

static void buffer_changed(vb_object *caller, unsigned long ev, void *cd, void *ud) {
  vb_array *a = ud;
  (void)caller; (void)ev; (void)cd;
  if (a->in_op) {
    a->changed = 1;
  } else { /* a shared buffer was changed by someone else; the array's
              * observers may drop its last reference: hold one meanwhile */
    vb_object_retain(&a->obj);
    vb_object_invoke(&a->obj, VB_BUFFER_CHANGED_EVENT, NULL);
    vb_object_modified(&a->obj);
    vb_object_release(&a->obj);
  }
}

void vb__array_op_begin(vb_array *a) {
  vb_object_retain(&a->obj);
  a->in_op++;
}

int vb__array_op_end(vb_array *a, int status) {
  if (--a->in_op == 0 && a->changed) {
    a->changed = 0;
    vb_object_invoke(&a->obj, VB_BUFFER_CHANGED_EVENT, NULL);
    vb_object_modified(&a->obj);
  }
  vb_object_release(&a->obj); /* may destroy a: do not touch it afterwards */
  return status;
}

int vb__array_check_count(int64_t ntuples, int ncomp, int64_t *nvals) {
  *nvals = 0;
  VB_CHECK(ntuples >= 0, VB_EOVERFLOW, "negative count %lld", (long long)ntuples);
  VB_CHECK(ntuples <= INT64_MAX / ncomp, VB_EOVERFLOW, "%lld tuples x %d components overflows",
           (long long)ntuples, ncomp);
  *nvals = ntuples * ncomp;
  return VB_OK;
}

/* ------------------------------------------------------------ buffer sets */

void vb__bufset_free(vb__bufset *s) {
  int i;
  for (i = 0; i < s->n; i++) {
    if (!s->bufs[i]) continue;
    if (s->ids[i]) vb_object_remove_internal_observer(vb_buffer_object(s->bufs[i]), s->ids[i]);
    vb_buffer_release(s->bufs[i]);
  }
  vb__free(s->bufs);
  vb__free(s->ids);
  s->bufs = NULL;
  s->ids = NULL;
  s->n = 0;
}

/* n fresh empty buffers observed by a */
int vb__bufset_make(vb_array *a, int n, vb__bufset *s) {
  int i;
  s->n = n;
  s->bufs = vb__calloc((size_t)n * sizeof *s->bufs, VB_MIN_ALIGN);
  s->ids = vb__calloc((size_t)n * sizeof *s->ids, VB_MIN_ALIGN);
  if (!s->bufs || !s->ids) goto fail;
  for (i = 0; i < n; i++) {
    s->bufs[i] = vb_buffer_new(vb__is_bit(a) ? VB_UNSIGNED_CHAR : a->type); /* bits: bytes */
    if (!s->bufs[i]) goto fail;
    s->ids[i] = vb_object_add_internal_observer(vb_buffer_object(s->bufs[i]), VB_BUFFER_CHANGED_EVENT,
                                                 buffer_changed, a);
    if (!s->ids[i]) goto fail;
  }
  return VB_OK;
fail:
  if (!s->bufs || !s->ids) {
    vb__free(s->bufs);
    vb__free(s->ids);
    s->bufs = NULL;
    s->ids = NULL;
    s->n = 0;
  } else {
    vb__bufset_free(s);
  }
  return VB_FAIL(VB_ENOMEM, "cannot allocate %d component buffer(s)", n);
}

/* install s as a's buffers (cannot fail); the old set is released */
void vb__bufset_commit(vb_array *a, vb__bufset *s) {
  vb__bufset old;
  int i, moved = 0;
  old.n = a->nbuf;
  old.bufs = a->bufs;
  old.ids = a->obs_ids;
  for (i = 0; i < old.n; i++)
    if (vb_buffer_count(old.bufs[i]) != 0 || vb_buffer_block(old.bufs[i]) != NULL) moved = 1;
  for (i = 0; i < s->n; i++)
    if (vb_buffer_count(s->bufs[i]) != 0 || vb_buffer_block(s->bufs[i]) != NULL) moved = 1;
  a->nbuf = s->n;
  a->bufs = s->bufs;
  a->obs_ids = s->ids;
  s->bufs = NULL;
  s->ids = NULL;
  s->n = 0;
  if (moved) a->changed = 1;
  vb__bufset_free(&old);
}

int vb__array_replace_buffer(vb_array *a, int slot, vb_buffer *buf) {
  unsigned long id;
  vb_buffer *old = a->bufs[slot];
  unsigned long old_id = a->obs_ids[slot];
  if (buf == old) return VB_OK;
  id = vb_object_add_internal_observer(vb_buffer_object(buf), VB_BUFFER_CHANGED_EVENT, buffer_changed, a);
  if (!id) return vb_last_status();
  vb_buffer_retain(buf);
  a->bufs[slot] = buf;
  a->obs_ids[slot] = id;
  vb_object_remove_internal_observer(vb_buffer_object(old), old_id);
  vb_buffer_release(old);
  a->changed = 1;
  return VB_OK;
}

/* --------------------------------------------------------------- storage */

void vb__capture_bufs(vb_buffer *const *from, int n, vb_buffer **bufs) {
  int i;
  for (i = 0; i < n; i++) {
    bufs[i] = from[i];
    vb_buffer_retain(bufs[i]);
  }
}

void vb__commit_blocks(vb_buffer **bufs, vb_block **blks, int n, int64_t count) {
  int i;
  for (i = 0; i < n; i++) {
    if (blks[i] || (count == 0 && vb_buffer_count(bufs[i]) != 0)) vb__buffer_swap(bufs[i], blks[i], count);
    vb_block_release(blks[i]); /* NULL ok */
  }
  for (i = 0; i < n; i++) vb_buffer_release(bufs[i]);
}

/* Give every buffer `count` elements: keep = copy old contents; new memory
 * is zeroed when zero is set.  Buffers already at `count` are untouched, and
 * so is a buffer object in a second slot (SOA components may share one).
 * All blocks are allocated before any buffer changes. */
static int realloc_bufs(vb_array *a, int64_t count, int keep, int zero) {
  vb_block *stackblk[8], **blks = stackblk;
  vb_buffer *stackbuf[8], **bufs = stackbuf;
  size_t nbytes;
  int i, n = a->nbuf, st;
  if ((st = vb__bytes(count, a->esize, &nbytes)) != VB_OK) return st;
  if (n > 8) {
    blks = vb__calloc((size_t)n * sizeof *blks, VB_MIN_ALIGN);
    bufs = blks ? vb__calloc((size_t)n * sizeof *bufs, VB_MIN_ALIGN) : NULL;
    if (!bufs) {
      vb__free(blks);
      return VB_ENOMEM;
    }
  }
  for (i = 0; i < n; i++) {
    vb_buffer *b = a->bufs[i];
    int j, dup = 0;
    blks[i] = NULL;
    for (j = 0; j < i && !dup; j++) dup = a->bufs[j] == b;
    if (dup || vb_buffer_count(b) == count || count == 0) continue;
    blks[i] = vb__block_new_copy(nbytes, keep ? vb_buffer_data(b) : NULL,
                                 keep ? vb_buffer_nbytes(b) : 0, zero);
    if (!blks[i]) {
      st = vb_last_status();
      while (i-- > 0) vb_block_release(blks[i]);
      if (blks != stackblk) vb__free(blks);
      if (bufs != stackbuf) vb__free(bufs);
      return st;
    }
  }
  vb__capture_bufs(a->bufs, n, bufs);
  vb__commit_blocks(bufs, blks, n, count);
  if (blks != stackblk) vb__free(blks);
  if (bufs != stackbuf) vb__free(bufs);
  return VB_OK;
}

static int64_t per_buf(const vb_array *a, int64_t ntuples) {
  return vb__is_soa(a) ? ntuples : ntuples * a->ncomp;
}

/* storage for exactly ntuples (checked), keeping contents; clamps MaxId */
int vb__array_set_capacity(vb_array *a, int64_t ntuples, int keep) {
  int64_t nv, count;
  int st;
  if ((st = vb__array_check_count(ntuples, a->ncomp, &nv)) != VB_OK) return st;
  if (a->impl) { /* no storage */
    if (a->max_id > nv - 1) a->max_id = nv - 1;
    return VB_OK;
  }
  count = per_buf(a, ntuples);
  if (vb__is_bit(a) && (st = vb__bit_bytes(nv, &count)) != VB_OK) return st;
  if ((st = realloc_bufs(a, count, keep, 1)) != VB_OK) return st;
  if (vb__is_bit(a)) {
    a->nbits = nv;
    vb__bit_clear_tail(a); /* a shrink within the last byte */
  }
  if (a->max_id > nv - 1) a->max_id = nv - 1;
  return VB_OK;
}

/* VTK Resize growth policy */
int vb__array_resize(vb_array *a, int64_t nt) {
  int64_t cur, nv;
  int st;
  if ((st = vb__array_check_count(nt, a->ncomp, &nv)) != VB_OK) return st;
  cur = vb__size_of(a) / a->ncomp;
  if (nt == cur) return VB_OK;
  if (nt > cur) {
    VB_CHECK(cur <= INT64_MAX - nt, VB_EOVERFLOW, "resize to %lld tuples overflows", (long long)nt);
    nt += cur;
  }
  return vb__array_set_capacity(a, nt, 1);
}

/* VTK 9.7.1's growth of a bit array inserting value index first past Size:
 * to Size + first + 2 bits, rounded up to whole tuples */
static int bit_grow(vb_array *a, int64_t first) {
  int64_t size = vb__size_of(a), n = a->ncomp;
  VB_CHECK(first <= (INT64_MAX - n - 2) / 2, VB_EOVERFLOW, "insert at %lld overflows", (long long)first);
  n = (size + first + 2 + n - 1) / n; /* tuples */
  return vb__array_set_capacity(a, n, 1);
}

/* make value indices [first, last] addressable (grow by the Resize policy) */
int vb__array_ensure_values(vb_array *a, int64_t first, int64_t last) {
  int64_t size = vb__size_of(a);
  if (last < size) return VB_OK;
  if (vb__is_bit(a)) return bit_grow(a, first > size ? first : size);
  VB_CHECK(last / a->ncomp < INT64_MAX, VB_EOVERFLOW, "value index %lld overflows", (long long)last);
  return vb__array_resize(a, last / a->ncomp + 1);
}

/* --------------------------------------------------------------- lifetime */

static void array_destroy(vb_object *o) {
  vb_array *a = (vb_array *)o;
  vb__bufset s;
  s.n = a->nbuf;
  s.bufs = a->bufs;
  s.ids = a->obs_ids;
  vb__bufset_free(&s);
  if (a->name) vb__free(a->name);
  vb__array_free_names(a);
  vb__implicit_free(a);
  vb__free(a);
}

/* "vtkFloatArray" (AOS: the concrete class of the type) or the template name */
static const char *array_class_name(const vb_object *o) {
  const vb_array *a = (const vb_array *)o;
  static const char *const names[] = {"vtkSOADataArrayTemplate", "vtkScaledSOADataArrayTemplate",
                                      "vtkConstantArray", "vtkAffineArray", "vtkStructuredPointArray"};
  if (vb__is_bit(a)) return "vtkBitArray";
  switch (a->layout) {
  case VB_LAYOUT_AOS: return vb_type_info_of(a->type)->aos_class;
  default: return names[a->layout - 1];
  }
}

VB_DEFINE_CLASS(array, vb_array, "vtkDataArray", array_destroy, array_class_name)

vb_array *vb_array_new_layout(int type, int layout) {
  vb_array *a;
  vb__bufset s;
  VB_CHECK_NULL(layout >= VB_LAYOUT_AOS && layout <= VB_LAYOUT_STRUCTURED, VB_EINVAL,
                "unknown layout %d", layout);
  VB_CHECK_NULL(vb_type_is_valid(type) || type == VB_BIT, VB_ETYPE, "unknown VTK type id %d", type);
  VB_CHECK_NULL(type != VB_BIT || layout == VB_LAYOUT_AOS, VB_ETYPE,
                "vtkBitArray has no SOA layout");
  a = vb__calloc(sizeof *a, VB_MIN_ALIGN);
  if (!a) return NULL;
  if (layout > VB_LAYOUT_SCALED_SOA && !(a->impl = vb__implicit_new(layout))) {
    vb__free(a);
    return NULL;
  }
  a->type = type;
  a->esize = type == VB_BIT ? 1 : vb_type_size(type); /* bits: the storage byte */
  a->layout = layout;
  a->ncomp = 1;
  a->max_id = -1;
  a->scale = 1.0;
  a->max_discrete = 32; /* vtkAbstractArray::MAX_DISCRETE_VALUES */
  if (vb__bufset_make(a, 1, &s) != VB_OK) {
    if (a->impl) vb__free(a->impl);
    vb__free(a);
    return NULL;
  }
  /* only now an object: from here on it dies through vb_object_release */
  vb__object_init(&a->obj, &array_class);
  a->nbuf = s.n;
  a->bufs = s.bufs;
  a->obs_ids = s.ids;
  return a;
}

vb_array *vb_array_new(int type) { return vb_array_new_layout(type, VB_LAYOUT_AOS); }
vb_array *vb_array_new_soa(int type) { return vb_array_new_layout(type, VB_LAYOUT_SOA); }
vb_array *vb_array_new_scaled_soa(int type) { return vb_array_new_layout(type, VB_LAYOUT_SCALED_SOA); }

int vb_array_layout(const vb_array *a) { return a ? a->layout : -1; }
int vb_array_type(const vb_array *a) { return a ? a->type : VB_VOID; }
size_t vb_array_elem_size(const vb_array *a) { return a && !vb__is_bit(a) ? a->esize : 0; }

const char *vb_array_class_name(const vb_array *a) { return a ? array_class_name(&a->obj) : NULL; }

/* ------------------------------------------------------------------ shape */

int vb_array_set_number_of_components(vb_array *a, int n) {
  vb__bufset s;
  int st;
  VB_ARRAY_CHECK(a);
  VB_CHECK(n >= 1, VB_EINVAL, "%d < 1", n);
  if (n == a->ncomp) return VB_OK;
  if (!vb__is_soa(a)) {
    a->ncomp = n;
    vb_object_modified(&a->obj);
    return VB_OK;
  }
  vb__array_op_begin(a);
  if ((st = vb__bufset_make(a, n, &s)) == VB_OK) {
    vb__bufset_commit(a, &s);
    a->ncomp = n;
    a->max_id = -1;
  }
  return VB_NAMED(vb__array_op_end(a, st));
}

int vb_array_get_number_of_components(const vb_array *a) { return a ? a->ncomp : 0; }
int64_t vb_array_get_number_of_values(const vb_array *a) { return a ? vb__nvalues(a) : 0; }
int64_t vb_array_get_number_of_tuples(const vb_array *a) { return a ? vb__nvalues(a) / a->ncomp : 0; }
int64_t vb_array_get_max_id(const vb_array *a) { return a ? vb__nvalues(a) - 1 : -1; }
int64_t vb_array_get_size(const vb_array *a) { return a ? vb__size_of(a) : 0; }

/* Resize to hold n >= 0 values, MaxId = n - 1 */
static int set_values(vb_array *a, int64_t n) {
  int st;
  vb__array_op_begin(a);
  st = vb__array_resize(a, n / a->ncomp + (n % a->ncomp != 0));
  if (st == VB_OK) a->max_id = n - 1;
  return vb__array_op_end(a, st);
}

int vb_array_set_number_of_values(vb_array *a, int64_t n) {
  VB_ARRAY_CHECK(a);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  return VB_NAMED(set_values(a, n));
}

int vb_array_set_number_of_tuples(vb_array *a, int64_t n) {
  int64_t nv;
  int st;
  VB_ARRAY_CHECK(a);
  if ((st = vb__array_check_count(n, a->ncomp, &nv)) != VB_OK) return VB_NAMED(st);
  return VB_NAMED(set_values(a, nv));
}

int vb_array_resize(vb_array *a, int64_t ntuples) {
  VB_ARRAY_CHECK(a);
  vb__array_op_begin(a);
  return VB_NAMED(vb__array_op_end(a, vb__array_resize(a, ntuples)));
}

int vb_array_reserve_tuples(vb_array *a, int64_t ntuples) {
  int64_t nv;
  int st;
  VB_ARRAY_CHECK(a);
  if ((st = vb__array_check_count(ntuples, a->ncomp, &nv)) != VB_OK) return VB_NAMED(st);
  if (nv <= vb__size_of(a)) return VB_OK;
  vb__array_op_begin(a); /* VTK 9.7: grows by the Resize policy (C + ntuples) */
  return VB_NAMED(vb__array_op_end(a, vb__array_resize(a, ntuples)));
}

int vb_array_allocate(vb_array *a, int64_t size, int64_t ext) {
  int st = VB_OK;
  (void)ext;
  VB_ARRAY_CHECK(a);
  VB_CHECK(size >= 0, VB_EOVERFLOW, "negative size %lld", (long long)size);
  vb__array_op_begin(a);
  if (size > vb__size_of(a) || size == 0)
    st = vb__array_set_capacity(a, size / a->ncomp + (size % a->ncomp != 0), 0);
  if (st == VB_OK) a->max_id = -1;
  return VB_NAMED(vb__array_op_end(a, st));
}

int vb_array_squeeze(vb_array *a) {
  VB_ARRAY_CHECK(a);
  vb__array_op_begin(a);
  return VB_NAMED(vb__array_op_end(a, vb__array_set_capacity(a, vb__nvalues(a) / a->ncomp, 1)));
}

int vb_array_initialize(vb_array *a) {
  int st;
  VB_ARRAY_CHECK(a);
  if (a->impl) return vb__implicit_initialize(a);
  vb__array_op_begin(a);
  st = vb__array_set_capacity(a, 0, 0);
  if (st == VB_OK) a->max_id = -1;
  return VB_NAMED(vb__array_op_end(a, st));
}

/* ------------------------------------------------------------- scaled SOA */

double vb_array_get_scale(const vb_array *a) { return a ? a->scale : 1.0; }

int vb_array_set_scale(vb_array *a, double scale) {
  VB_ARRAY_WCHECK(a);
  VB_CHECK(a->layout == VB_LAYOUT_SCALED_SOA, VB_ETYPE, "not a scaled SOA array");
  VB_CHECK(scale != 0.0 && scale == scale && !isinf(scale), VB_EINVAL, "scale must be finite and non-zero");
  if (scale != a->scale) {
    a->scale = scale;
    vb_object_modified(&a->obj);
  }
  return VB_OK;
}

/* ------------------------------------------------------------------- name */

const char *vb_array_get_name(const vb_array *a) { return a ? a->name : NULL; }

int vb_array_set_name(vb_array *a, const char *name) {
  char *copy = NULL;
  VB_ARRAY_CHECK(a);
  if (name == a->name || (name && a->name && strcmp(name, a->name) == 0)) return VB_OK;
  if (!name && !a->name) return VB_OK;
  if (name) {
    size_t n = strlen(name) + 1;
    copy = vb__alloc(n, VB_MIN_ALIGN);
    if (!copy) return VB_ENOMEM;
    memcpy(copy, name, n);
  }
  if (a->name) vb__free(a->name);
  a->name = copy;
  vb_object_modified(&a->obj);
  return VB_OK;
}

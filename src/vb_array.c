/* vb_array.c - AOS, SOA and scaled SOA data arrays over vb_buffers.
 *
 * Every operation that may change storage runs between op_begin/op_end:
 * the array holds a reference to itself (observers may drop the caller's
 * reference) and buffer change notifications are coalesced into a single
 * BufferChangedEvent fired at the end.  Storage changes are prepared first
 * (new blocks or buffers allocated) and committed only when nothing can
 * fail any more, so a failing call leaves the array unchanged.
 */
#include "vb_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct vb_array {
  vb_object obj;
  int type;
  size_t esize;
  int layout;
  int ncomp;
  int64_t max_id;
  int nbuf;               /* 1 (AOS) or ncomp (SOA) */
  vb_buffer **bufs;
  unsigned long *obs_ids; /* our BufferChangedEvent observer on each buffer */
  double scale;
  int in_op, changed;
  char *name; /* vtkAbstractArray::Name (owned copy), NULL when unset */
};

/* ---------------------------------------------------------------- helpers */

static int is_soa(const vb_array *a) { return a->layout != VB_LAYOUT_AOS; }

/* inline accessors (the hot paths avoid cross-file calls) */
#define BUF_DATA(b) ((b)->block ? (char *)(b)->block->data : (char *)NULL)

static int64_t size_of(const vb_array *a) {
  int i;
  int64_t m;
  if (!is_soa(a)) return a->bufs[0]->count;
  m = vb_buffer_count(a->bufs[0]);
  for (i = 1; i < a->nbuf; i++)
    if (vb_buffer_count(a->bufs[i]) < m) m = vb_buffer_count(a->bufs[i]);
  return m * a->ncomp;
}

static int64_t nvalues(const vb_array *a) {
  int64_t s = size_of(a);
  return a->max_id + 1 < s ? a->max_id + 1 : s;
}

/* pointer to raw value i (i < size_of(a)) */
static void *vptr(const vb_array *a, int64_t i) {
  if (!is_soa(a)) return BUF_DATA(a->bufs[0]) + (size_t)i * a->esize;
  return BUF_DATA(a->bufs[i % a->ncomp]) + (size_t)(i / a->ncomp) * a->esize;
}

static double get_d(const vb_array *a, int64_t i) {
  double v = vb__load_f64(a->type, vptr(a, i));
  return a->layout == VB_LAYOUT_SCALED_SOA ? v * a->scale : v;
}

static void set_d(vb_array *a, int64_t i, double v) {
  if (a->layout == VB_LAYOUT_SCALED_SOA) v /= a->scale;
  switch (a->type) { /* the common cases inline */
  case VB_FLOAT: *(float *)vptr(a, i) = (float)v; break;
  case VB_DOUBLE: *(double *)vptr(a, i) = v; break;
  default: vb__store_f64(a->type, vptr(a, i), v); break;
  }
}

static int scaled(const vb_array *a) { return a->layout == VB_LAYOUT_SCALED_SOA && a->scale != 1.0; }

static void buffer_changed(vb_object *caller, unsigned long ev, void *cd, void *ud) {
  vb_array *a = ud;
  (void)caller; (void)ev; (void)cd;
  if (a->in_op) {
    a->changed = 1;
  } else { /* a shared buffer was changed by someone else */
    vb_object_invoke(&a->obj, VB_BUFFER_CHANGED_EVENT, NULL);
    vb_object_modified(&a->obj);
  }
}

static void op_begin(vb_array *a) {
  vb_object_retain(&a->obj);
  a->in_op++;
}

static int op_end(vb_array *a, int status) {
  if (--a->in_op == 0 && a->changed) {
    a->changed = 0;
    vb_object_invoke(&a->obj, VB_BUFFER_CHANGED_EVENT, NULL);
    vb_object_modified(&a->obj);
  }
  vb_object_release(&a->obj); /* may destroy a: do not touch it afterwards */
  return status;
}

static int check_count(int64_t ntuples, int ncomp, int64_t *nvals) {
  *nvals = 0;
  if (ntuples < 0) return vb__fail(VB_EOVERFLOW, "negative count %lld", (long long)ntuples);
  if (ntuples > INT64_MAX / ncomp)
    return vb__fail(VB_EOVERFLOW, "%lld tuples x %d components overflows", (long long)ntuples, ncomp);
  *nvals = ntuples * ncomp;
  return VB_OK;
}

/* ------------------------------------------------------------ buffer sets */

typedef struct {
  int n;
  vb_buffer **bufs;
  unsigned long *ids;
} bufset;

static void bufset_free(vb_array *a, bufset *s) {
  int i;
  for (i = 0; i < s->n; i++) {
    if (!s->bufs[i]) continue;
    if (s->ids[i]) vb_object_remove_observer(vb_buffer_object(s->bufs[i]), s->ids[i]);
    vb_buffer_release(s->bufs[i]);
  }
  (void)a;
  vb__free(s->bufs);
  vb__free(s->ids);
  s->bufs = NULL;
  s->ids = NULL;
  s->n = 0;
}

/* n fresh empty buffers observed by a */
static int bufset_make(vb_array *a, int n, bufset *s) {
  int i;
  s->n = n;
  s->bufs = vb__calloc((size_t)n * sizeof *s->bufs, VB_MIN_ALIGN);
  s->ids = vb__calloc((size_t)n * sizeof *s->ids, VB_MIN_ALIGN);
  if (!s->bufs || !s->ids) goto fail;
  for (i = 0; i < n; i++) {
    s->bufs[i] = vb_buffer_new(a->type);
    if (!s->bufs[i]) goto fail;
    s->ids[i] = vb_object_add_observer(vb_buffer_object(s->bufs[i]), VB_BUFFER_CHANGED_EVENT,
                                       buffer_changed, a, NULL);
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
    bufset_free(a, s);
  }
  return vb__fail(VB_ENOMEM, "cannot allocate %d component buffer(s)", n);
}

/* install s as a's buffers (cannot fail); the old set is released */
static void bufset_commit(vb_array *a, bufset *s) {
  bufset old;
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
  bufset_free(a, &old);
}

/* --------------------------------------------------------------- storage */

/* Give every buffer `count` elements: keep = copy old contents; new memory
 * is zeroed when zero is set.  Buffers already at `count` are untouched.
 * All blocks are allocated before any buffer changes. */
static int realloc_bufs(vb_array *a, int64_t count, int keep, int zero) {
  vb_block *stackblk[8], **blks = stackblk;
  size_t nbytes;
  int i, st;
  if ((st = vb__bytes(count, a->esize, &nbytes)) != VB_OK) return st;
  if (a->nbuf > 8) {
    blks = vb__calloc((size_t)a->nbuf * sizeof *blks, VB_MIN_ALIGN);
    if (!blks) return VB_ENOMEM;
  }
  for (i = 0; i < a->nbuf; i++) {
    vb_buffer *b = a->bufs[i];
    blks[i] = NULL;
    if (vb_buffer_count(b) == count || count == 0) continue;
    blks[i] = vb__block_new_copy(nbytes, keep ? vb_buffer_data(b) : NULL,
                                 keep ? vb_buffer_nbytes(b) : 0, zero);
    if (!blks[i]) {
      st = vb_last_status();
      while (i-- > 0) vb_block_release(blks[i]);
      if (blks != stackblk) vb__free(blks);
      return st;
    }
  }
  for (i = 0; i < a->nbuf; i++) {
    if (vb_buffer_count(a->bufs[i]) == count) continue;
    vb__buffer_swap(a->bufs[i], blks[i], count);
    vb_block_release(blks[i]);
  }
  if (blks != stackblk) vb__free(blks);
  return VB_OK;
}

static int64_t per_buf(const vb_array *a, int64_t ntuples) {
  return is_soa(a) ? ntuples : ntuples * a->ncomp;
}

/* storage for exactly ntuples (checked), keeping contents; clamps MaxId */
static int set_capacity(vb_array *a, int64_t ntuples, int keep) {
  int64_t nv;
  int st;
  if ((st = check_count(ntuples, a->ncomp, &nv)) != VB_OK) return st;
  if ((st = realloc_bufs(a, per_buf(a, ntuples), keep, 1)) != VB_OK) return st;
  if (a->max_id > nv - 1) a->max_id = nv - 1;
  return VB_OK;
}

/* VTK Resize growth policy */
static int resize(vb_array *a, int64_t nt) {
  int64_t cur, nv;
  int st;
  if ((st = check_count(nt, a->ncomp, &nv)) != VB_OK) return st;
  cur = size_of(a) / a->ncomp;
  if (nt == cur) return VB_OK;
  if (nt > cur) {
    if (cur > INT64_MAX - nt)
      return vb__fail(VB_EOVERFLOW, "resize to %lld tuples overflows", (long long)nt);
    nt += cur;
  }
  return set_capacity(a, nt, 1);
}

/* make value index i addressable (grow by the Resize policy) */
static int ensure_value(vb_array *a, int64_t i) {
  if (i < size_of(a)) return VB_OK;
  return resize(a, i / a->ncomp + 1);
}

/* --------------------------------------------------------------- lifetime */

static void array_destroy(vb_object *o) {
  vb_array *a = (vb_array *)o;
  bufset s;
  s.n = a->nbuf;
  s.bufs = a->bufs;
  s.ids = a->obs_ids;
  bufset_free(a, &s);
  if (a->name) vb__free(a->name);
  vb__free(a);
}

static const vb_class aos_class = {"vtkAOSDataArrayTemplate", array_destroy};
static const vb_class soa_class = {"vtkSOADataArrayTemplate", array_destroy};
static const vb_class scaled_class = {"vtkScaledSOADataArrayTemplate", array_destroy};

vb_array *vb_array_new_layout(int type, int layout) {
  vb_array *a;
  bufset s;
  const vb_class *cls = layout == VB_LAYOUT_AOS ? &aos_class
                        : layout == VB_LAYOUT_SOA ? &soa_class
                        : layout == VB_LAYOUT_SCALED_SOA ? &scaled_class : NULL;
  if (!cls) {
    vb__fail(VB_EINVAL, "array_new: unknown layout %d", layout);
    return NULL;
  }
  if (!vb_type_is_valid(type)) {
    vb__fail(VB_ETYPE, "array_new: unknown VTK type id %d", type);
    return NULL;
  }
  a = vb__calloc(sizeof *a, VB_MIN_ALIGN);
  if (!a) return NULL;
  a->type = type;
  a->esize = vb_type_size(type);
  a->layout = layout;
  a->ncomp = 1;
  a->max_id = -1;
  a->scale = 1.0;
  if (bufset_make(a, 1, &s) != VB_OK) {
    vb__free(a);
    return NULL;
  }
  /* only now an object: from here on it dies through vb_object_release */
  vb__object_init(&a->obj, cls);
  a->nbuf = s.n;
  a->bufs = s.bufs;
  a->obs_ids = s.ids;
  return a;
}

vb_array *vb_array_new(int type) { return vb_array_new_layout(type, VB_LAYOUT_AOS); }
vb_array *vb_array_new_soa(int type) { return vb_array_new_layout(type, VB_LAYOUT_SOA); }
vb_array *vb_array_new_scaled_soa(int type) { return vb_array_new_layout(type, VB_LAYOUT_SCALED_SOA); }

vb_object *vb_array_object(vb_array *a) { return a ? &a->obj : NULL; }

vb_array *vb_array_from_object(vb_object *o) {
  if (!o) return NULL;
  if (o->cls == &aos_class || o->cls == &soa_class || o->cls == &scaled_class) return (vb_array *)o;
  return NULL;
}

void vb_array_retain(vb_array *a) { vb_object_retain(vb_array_object(a)); }
void vb_array_release(vb_array *a) { vb_object_release(vb_array_object(a)); }

int vb_array_layout(const vb_array *a) { return a ? a->layout : -1; }
int vb_array_type(const vb_array *a) { return a ? a->type : VB_VOID; }
size_t vb_array_elem_size(const vb_array *a) { return a ? a->esize : 0; }

const char *vb_array_class_name(const vb_array *a) {
  static const char *const aos_names[18] = {
      [VB_CHAR] = "vtkCharArray", [VB_UNSIGNED_CHAR] = "vtkUnsignedCharArray",
      [VB_SHORT] = "vtkShortArray", [VB_UNSIGNED_SHORT] = "vtkUnsignedShortArray",
      [VB_INT] = "vtkIntArray", [VB_UNSIGNED_INT] = "vtkUnsignedIntArray",
      [VB_LONG] = "vtkLongArray", [VB_UNSIGNED_LONG] = "vtkUnsignedLongArray",
      [VB_FLOAT] = "vtkFloatArray", [VB_DOUBLE] = "vtkDoubleArray",
      [VB_ID_TYPE] = "vtkIdTypeArray", [VB_SIGNED_CHAR] = "vtkSignedCharArray",
      [VB_LONG_LONG] = "vtkLongLongArray", [VB_UNSIGNED_LONG_LONG] = "vtkUnsignedLongLongArray"};
  if (!a) return NULL;
  if (a->layout == VB_LAYOUT_AOS) return aos_names[a->type];
  return a->obj.cls->name;
}

/* ------------------------------------------------------------------ shape */

#define CHECK_A(a, fn)                                                                   \
  do {                                                                                   \
    if (!(a)) return vb__fail(VB_EINVAL, fn ": array is NULL");                          \
  } while (0)

int vb_array_set_number_of_components(vb_array *a, int n) {
  bufset s;
  int st;
  CHECK_A(a, "set_number_of_components");
  if (n < 1) return vb__fail(VB_EINVAL, "set_number_of_components: %d < 1", n);
  if (n == a->ncomp) return VB_OK;
  if (!is_soa(a)) {
    a->ncomp = n;
    vb_object_modified(&a->obj);
    return VB_OK;
  }
  op_begin(a);
  if ((st = bufset_make(a, n, &s)) == VB_OK) {
    bufset_commit(a, &s);
    a->ncomp = n;
    a->max_id = -1;
  }
  return op_end(a, st);
}

int vb_array_get_number_of_components(const vb_array *a) { return a ? a->ncomp : 0; }
int64_t vb_array_get_number_of_values(const vb_array *a) { return a ? nvalues(a) : 0; }
int64_t vb_array_get_number_of_tuples(const vb_array *a) { return a ? nvalues(a) / a->ncomp : 0; }
int64_t vb_array_get_max_id(const vb_array *a) { return a ? nvalues(a) - 1 : -1; }
int64_t vb_array_get_size(const vb_array *a) { return a ? size_of(a) : 0; }

int vb_array_set_number_of_values(vb_array *a, int64_t n) {
  int st;
  CHECK_A(a, "set_number_of_values");
  if (n < 0) return vb__fail(VB_EOVERFLOW, "set_number_of_values: negative count %lld", (long long)n);
  op_begin(a);
  st = resize(a, n / a->ncomp + (n % a->ncomp != 0));
  if (st == VB_OK) a->max_id = n - 1;
  return op_end(a, st);
}

int vb_array_set_number_of_tuples(vb_array *a, int64_t n) {
  int64_t nv;
  int st;
  CHECK_A(a, "set_number_of_tuples");
  if ((st = check_count(n, a->ncomp, &nv)) != VB_OK) return st;
  return vb_array_set_number_of_values(a, nv);
}

int vb_array_resize(vb_array *a, int64_t ntuples) {
  CHECK_A(a, "resize");
  op_begin(a);
  return op_end(a, resize(a, ntuples));
}

int vb_array_reserve_tuples(vb_array *a, int64_t ntuples) {
  int64_t nv;
  int st;
  CHECK_A(a, "reserve_tuples");
  if ((st = check_count(ntuples, a->ncomp, &nv)) != VB_OK) return st;
  if (nv <= size_of(a)) return VB_OK;
  op_begin(a);
  return op_end(a, set_capacity(a, ntuples, 1));
}

int vb_array_allocate(vb_array *a, int64_t size, int64_t ext) {
  int st = VB_OK;
  (void)ext;
  CHECK_A(a, "allocate");
  if (size < 0) return vb__fail(VB_EOVERFLOW, "allocate: negative size %lld", (long long)size);
  op_begin(a);
  if (size > size_of(a) || size == 0)
    st = set_capacity(a, size / a->ncomp + (size % a->ncomp != 0), 0);
  if (st == VB_OK) a->max_id = -1;
  return op_end(a, st);
}

int vb_array_squeeze(vb_array *a) {
  CHECK_A(a, "squeeze");
  op_begin(a);
  return op_end(a, set_capacity(a, nvalues(a) / a->ncomp, 1));
}

int vb_array_initialize(vb_array *a) {
  int st;
  CHECK_A(a, "initialize");
  op_begin(a);
  st = set_capacity(a, 0, 0);
  if (st == VB_OK) a->max_id = -1;
  return op_end(a, st);
}

/* ----------------------------------------------------------------- values */

static int check_index(const vb_array *a, int64_t i, const char *fn) {
  if (!a) return vb__fail(VB_EINVAL, "%s: array is NULL", fn);
  if (i < 0 || i >= nvalues(a))
    return vb__fail(VB_ERANGE, "%s: value index %lld not in [0, %lld)", fn, (long long)i,
                    (long long)nvalues(a));
  return VB_OK;
}

int vb_array_get_value(const vb_array *a, int64_t i, double *out) {
  int st = check_index(a, i, "get_value");
  if (st) return st;
  if (!out) return vb__fail(VB_EINVAL, "get_value: out is NULL");
  *out = get_d(a, i);
  return VB_OK;
}

int vb_array_set_value(vb_array *a, int64_t i, double v) {
  int st = check_index(a, i, "set_value");
  if (st) return st;
  set_d(a, i, v);
  return VB_OK;
}

int vb_array_get_value_i64(const vb_array *a, int64_t i, int64_t *out) {
  int st = check_index(a, i, "get_value_i64");
  if (st) return st;
  if (!out) return vb__fail(VB_EINVAL, "get_value_i64: out is NULL");
  if (scaled(a)) {
    double v = get_d(a, i);
    vb__store_f64(VB_ID_TYPE, out, v);
  } else {
    *out = vb__load_i64(a->type, vptr(a, i));
  }
  return VB_OK;
}

int vb_array_get_value_u64(const vb_array *a, int64_t i, uint64_t *out) {
  int st = check_index(a, i, "get_value_u64");
  if (st) return st;
  if (!out) return vb__fail(VB_EINVAL, "get_value_u64: out is NULL");
  if (scaled(a)) {
    double v = get_d(a, i);
    vb__store_f64(VB_UNSIGNED_LONG_LONG, out, v);
  } else {
    *out = vb__load_u64(a->type, vptr(a, i));
  }
  return VB_OK;
}

static void set_i64(vb_array *a, int64_t i, int64_t v) {
  if (scaled(a)) set_d(a, i, (double)v);
  else vb__store_i64(a->type, vptr(a, i), v);
}

static void set_u64(vb_array *a, int64_t i, uint64_t v) {
  if (scaled(a)) set_d(a, i, (double)v);
  else vb__store_u64(a->type, vptr(a, i), v);
}

int vb_array_set_value_i64(vb_array *a, int64_t i, int64_t v) {
  int st = check_index(a, i, "set_value_i64");
  if (st) return st;
  set_i64(a, i, v);
  return VB_OK;
}

int vb_array_set_value_u64(vb_array *a, int64_t i, uint64_t v) {
  int st = check_index(a, i, "set_value_u64");
  if (st) return st;
  set_u64(a, i, v);
  return VB_OK;
}

int vb_array_insert_value(vb_array *a, int64_t i, double v) {
  int st;
  CHECK_A(a, "insert_value");
  if (i < 0) return vb__fail(VB_ERANGE, "insert_value: negative index %lld", (long long)i);
  if (i >= size_of(a)) {
    op_begin(a);
    st = ensure_value(a, i);
    if (st == VB_OK) {
      set_d(a, i, v);
      if (i > a->max_id) a->max_id = i;
    }
    return op_end(a, st);
  }
  if (a->max_id >= size_of(a)) a->max_id = size_of(a) - 1;
  set_d(a, i, v);
  if (i > a->max_id) a->max_id = i;
  return VB_OK;
}

/* InsertNextValue: fast path when there is room; otherwise grow inside an
 * op so that observers of BufferChangedEvent run after the value is stored
 * and may even drop the last reference to the array. */
#define INSERT_NEXT(a, SETTER, v)                                                        \
  do {                                                                                   \
    int64_t i_;                                                                          \
    int st_;                                                                             \
    i_ = nvalues(a);                                                                     \
    if (i_ < size_of(a)) {                                                               \
      SETTER(a, i_, v);                                                                  \
      (a)->max_id = i_;                                                                  \
      return VB_OK;                                                                      \
    }                                                                                    \
    op_begin(a);                                                                         \
    st_ = ensure_value(a, i_);                                                           \
    if (st_ == VB_OK) {                                                                  \
      SETTER(a, i_, v);                                                                  \
      (a)->max_id = i_;                                                                  \
    }                                                                                    \
    return op_end(a, st_);                                                               \
  } while (0)

int vb_array_insert_next_value(vb_array *a, double v) {
  CHECK_A(a, "insert_next_value");
  if (a->layout == VB_LAYOUT_AOS && a->max_id + 1 < a->bufs[0]->count) { /* hot path */
    int64_t i = ++a->max_id;
    char *p = a->bufs[0]->block->data;
    if (a->type == VB_FLOAT) ((float *)p)[i] = (float)v;
    else if (a->type == VB_DOUBLE) ((double *)p)[i] = v;
    else vb__store_f64(a->type, p + (size_t)i * a->esize, v);
    return VB_OK;
  }
  INSERT_NEXT(a, set_d, v);
}

int vb_array_insert_next_value_i64(vb_array *a, int64_t v) {
  CHECK_A(a, "insert_next_value_i64");
  INSERT_NEXT(a, set_i64, v);
}

int vb_array_insert_next_value_u64(vb_array *a, uint64_t v) {
  CHECK_A(a, "insert_next_value_u64");
  INSERT_NEXT(a, set_u64, v);
}

/* ----------------------------------------------------------------- tuples */

static int check_tuple(const vb_array *a, int64_t t, const void *p, const char *fn) {
  if (!a) return vb__fail(VB_EINVAL, "%s: array is NULL", fn);
  if (!p) return vb__fail(VB_EINVAL, "%s: tuple pointer is NULL", fn);
  if (t < 0 || t >= nvalues(a) / a->ncomp)
    return vb__fail(VB_ERANGE, "%s: tuple index %lld not in [0, %lld)", fn, (long long)t,
                    (long long)(nvalues(a) / a->ncomp));
  return VB_OK;
}

int vb_array_get_tuple(const vb_array *a, int64_t t, double *out) {
  int c, st = check_tuple(a, t, out, "get_tuple");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) out[c] = get_d(a, t * a->ncomp + c);
  return VB_OK;
}

int vb_array_set_tuple(vb_array *a, int64_t t, const double *tuple) {
  int c, st = check_tuple(a, t, tuple, "set_tuple");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) set_d(a, t * a->ncomp + c, tuple[c]);
  return VB_OK;
}

/* component c of a caller's tuple of doubles (TK_D), int64_t (TK_I64) or uint64_t (TK_U64) */
enum { TK_D, TK_I64, TK_U64 };
static void set_from(vb_array *a, int64_t i, const void *tuple, int c, int kind) {
  if (kind == TK_I64) set_i64(a, i, ((const int64_t *)tuple)[c]);
  else if (kind == TK_U64) set_u64(a, i, ((const uint64_t *)tuple)[c]);
  else set_d(a, i, ((const double *)tuple)[c]);
}

static int insert_tuple_kind(vb_array *a, int64_t t, const void *tuple, int kind, const char *fn) {
  int64_t last;
  int c, st;
  if (!a) return vb__fail(VB_EINVAL, "%s: array is NULL", fn);
  if (!tuple) return vb__fail(VB_EINVAL, "%s: tuple pointer is NULL", fn);
  if (t < 0) return vb__fail(VB_ERANGE, "%s: negative index %lld", fn, (long long)t);
  if (t >= INT64_MAX / a->ncomp)
    return vb__fail(VB_EOVERFLOW, "%s: tuple index %lld overflows", fn, (long long)t);
  last = (t + 1) * a->ncomp - 1;
  op_begin(a);
  st = ensure_value(a, last);
  if (st == VB_OK) {
    if (a->max_id >= size_of(a)) a->max_id = size_of(a) - 1;
    for (c = 0; c < a->ncomp; c++) set_from(a, t * a->ncomp + c, tuple, c, kind);
    if (last > a->max_id) a->max_id = last;
  }
  return op_end(a, st);
}

int vb_array_insert_tuple(vb_array *a, int64_t t, const double *tuple) {
  return insert_tuple_kind(a, t, tuple, TK_D, "insert_tuple");
}

/* exact 64-bit tuples: same checks, growth and events as the double forms */
int vb_array_get_tuple_i64(const vb_array *a, int64_t t, int64_t *out) {
  int c, st = check_tuple(a, t, out, "get_tuple_i64");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) vb_array_get_value_i64(a, t * a->ncomp + c, &out[c]); /* in range */
  return VB_OK;
}

int vb_array_get_tuple_u64(const vb_array *a, int64_t t, uint64_t *out) {
  int c, st = check_tuple(a, t, out, "get_tuple_u64");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) vb_array_get_value_u64(a, t * a->ncomp + c, &out[c]); /* in range */
  return VB_OK;
}

int vb_array_set_tuple_i64(vb_array *a, int64_t t, const int64_t *tuple) {
  int c, st = check_tuple(a, t, tuple, "set_tuple_i64");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) set_i64(a, t * a->ncomp + c, tuple[c]);
  return VB_OK;
}

int vb_array_set_tuple_u64(vb_array *a, int64_t t, const uint64_t *tuple) {
  int c, st = check_tuple(a, t, tuple, "set_tuple_u64");
  if (st) return st;
  for (c = 0; c < a->ncomp; c++) set_u64(a, t * a->ncomp + c, tuple[c]);
  return VB_OK;
}

int vb_array_insert_tuple_i64(vb_array *a, int64_t t, const int64_t *tuple) {
  return insert_tuple_kind(a, t, tuple, TK_I64, "insert_tuple_i64");
}

int vb_array_insert_tuple_u64(vb_array *a, int64_t t, const uint64_t *tuple) {
  return insert_tuple_kind(a, t, tuple, TK_U64, "insert_tuple_u64");
}

int vb_array_insert_next_tuple_i64(vb_array *a, const int64_t *tuple) {
  CHECK_A(a, "insert_next_tuple_i64");
  return insert_tuple_kind(a, nvalues(a) / a->ncomp, tuple, TK_I64, "insert_next_tuple_i64");
}

int vb_array_insert_next_tuple_u64(vb_array *a, const uint64_t *tuple) {
  CHECK_A(a, "insert_next_tuple_u64");
  return insert_tuple_kind(a, nvalues(a) / a->ncomp, tuple, TK_U64, "insert_next_tuple_u64");
}

int vb_array_insert_next_tuple(vb_array *a, const double *tuple) {
  CHECK_A(a, "insert_next_tuple");
  /* hot path: AOS, tuple-aligned, room for one more tuple (nothing moves) */
  if (tuple && a->layout == VB_LAYOUT_AOS && (a->max_id + 1) % a->ncomp == 0 &&
      a->max_id + 1 <= a->bufs[0]->count - a->ncomp) {
    int64_t i = a->max_id + 1;
    int c;
    char *p = a->bufs[0]->block->data;
    if (a->type == VB_FLOAT)
      for (c = 0; c < a->ncomp; c++) ((float *)p)[i + c] = (float)tuple[c];
    else if (a->type == VB_DOUBLE)
      for (c = 0; c < a->ncomp; c++) ((double *)p)[i + c] = tuple[c];
    else
      for (c = 0; c < a->ncomp; c++) vb__store_f64(a->type, p + (size_t)(i + c) * a->esize, tuple[c]);
    a->max_id = i + a->ncomp - 1;
    return VB_OK;
  }
  return vb_array_insert_tuple(a, nvalues(a) / a->ncomp, tuple);
}

int vb_array_get_component(const vb_array *a, int64_t t, int c, double *out) {
  int st = check_tuple(a, t, out, "get_component");
  if (st) return st;
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "get_component: component %d not in [0, %d)", c, a->ncomp);
  *out = get_d(a, t * a->ncomp + c);
  return VB_OK;
}

int vb_array_set_component(vb_array *a, int64_t t, int c, double v) {
  int st = check_tuple(a, t, &v, "set_component");
  if (st) return st;
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "set_component: component %d not in [0, %d)", c, a->ncomp);
  set_d(a, t * a->ncomp + c, v);
  return VB_OK;
}

/* ------------------------------------------------------------------ range */

int vb_array_get_range(const vb_array *a, int comp, double out[2]) {
  int64_t t, nt;
  double lo = 1.0e+299, hi = -1.0e+299;
  CHECK_A(a, "get_range");
  if (!out) return vb__fail(VB_EINVAL, "get_range: out is NULL");
  if (comp < -1 || comp >= a->ncomp)
    return vb__fail(VB_ERANGE, "get_range: component %d not in [-1, %d)", comp, a->ncomp);
  nt = nvalues(a) / a->ncomp;
  for (t = 0; t < nt; t++) {
    double v;
    if (comp >= 0) {
      v = get_d(a, t * a->ncomp + comp);
    } else {
      int c;
      v = 0.0;
      for (c = 0; c < a->ncomp; c++) {
        double x = get_d(a, t * a->ncomp + c);
        v += x * x;
      }
      v = sqrt(v);
    }
    if (v != v) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  out[0] = lo;
  out[1] = hi;
  return VB_OK;
}

/* ----------------------------------------------------------------- copies */

static int shares_buffer(const vb_array *x, const vb_array *y) {
  int i, j;
  for (i = 0; i < x->nbuf; i++)
    for (j = 0; j < y->nbuf; j++)
      if (x->bufs[i] == y->bufs[j]) return 1;
  return 0;
}

int vb_array_deep_copy(vb_array *dst, const vb_array *src) {
  int64_t nv, nt, per, i;
  size_t nbytes;
  bufset fresh = {0, NULL, NULL};
  vb_block *stackblk[8], **blks = stackblk;
  int nb, b, st, in_place, newcomp;
  double new_scale;
  if (!dst || !src) return vb__fail(VB_EINVAL, "deep_copy: %s array is NULL", dst ? "source" : "destination");
  if (dst == src) return VB_OK;
  if (shares_buffer(dst, src)) {
    /* replacing dst's storage would replace src's: copy from a snapshot
     * that holds src's current blocks */
    vb_array *tmp = vb_array_new_layout(src->type, src->layout);
    if (!tmp) return vb_last_status();
    st = vb_array_shallow_copy(tmp, src);
    if (st == VB_OK) st = vb_array_deep_copy(dst, tmp);
    vb_array_release(tmp);
    return st;
  }
  nv = nvalues(src);
  nt = nv / src->ncomp + (nv % src->ncomp != 0);
  newcomp = src->ncomp;
  per = is_soa(dst) ? nt : nt * newcomp;
  if ((st = vb__bytes(per, dst->esize, &nbytes)) != VB_OK) return st;
  nb = is_soa(dst) ? newcomp : 1;
  /* storage reused in place when it has exactly the needed size */
  in_place = dst->ncomp == newcomp || !is_soa(dst);
  for (b = 0; in_place && b < dst->nbuf; b++) in_place = vb_buffer_count(dst->bufs[b]) == per;
  new_scale = 1.0;
  if (dst->layout == VB_LAYOUT_SCALED_SOA && src->layout == VB_LAYOUT_SCALED_SOA && src->type == dst->type)
    new_scale = src->scale;

  op_begin(dst);
  if (!in_place) {
    if (is_soa(dst) && dst->ncomp != newcomp) {
      if ((st = bufset_make(dst, newcomp, &fresh)) != VB_OK) return op_end(dst, st);
    }
    if (nb > 8 && !(blks = vb__calloc((size_t)nb * sizeof *blks, VB_MIN_ALIGN))) {
      bufset_free(dst, &fresh);
      return op_end(dst, VB_ENOMEM);
    }
    for (b = 0; b < nb; b++) {
      /* a partial last tuple leaves a tail that the copy does not write */
      blks[b] = !per ? NULL : nv == nt * newcomp ? vb_block_new(nbytes) : vb_block_new_zeroed(nbytes);
      if (per && !blks[b]) {
        st = vb_last_status();
        while (b-- > 0) vb_block_release(blks[b]);
        if (blks != stackblk) vb__free(blks);
        bufset_free(dst, &fresh);
        return op_end(dst, st);
      }
    }
    /* commit: nothing can fail from here on */
    if (fresh.bufs) {
      bufset_commit(dst, &fresh);
    }
    dst->ncomp = newcomp;
    for (b = 0; b < nb; b++) {
      vb__buffer_swap(dst->bufs[b], blks[b], per);
      vb_block_release(blks[b]);
    }
    if (blks != stackblk) vb__free(blks);
  }
  dst->ncomp = newcomp;
  dst->scale = new_scale;
  dst->max_id = nv - 1;
  /* data */
  if (src->type == dst->type && src->layout == dst->layout) {
    if (!is_soa(dst)) {
      if (nv) memmove(vb_buffer_data(dst->bufs[0]), vb_buffer_data(src->bufs[0]), (size_t)nv * dst->esize);
    } else {
      for (b = 0; b < nb; b++)
        if (nv) memmove(vb_buffer_data(dst->bufs[b]), vb_buffer_data(src->bufs[b]), (size_t)nt * dst->esize);
    }
  } else {
    /* dst->scale is 1 here unless both are scaled arrays of the same type */
    int either_scaled = src->layout == VB_LAYOUT_SCALED_SOA || dst->layout == VB_LAYOUT_SCALED_SOA;
    for (i = 0; i < nv; i++) {
      if (either_scaled) set_d(dst, i, get_d(src, i));
      else vb__convert(dst->type, vptr(dst, i), src->type, vptr(src, i));
    }
  }
  vb_object_modified(&dst->obj);
  return op_end(dst, VB_OK);
}

int vb_array_shallow_copy(vb_array *dst, const vb_array *src) {
  bufset fresh = {0, NULL, NULL};
  int b, st;
  if (!dst || !src) return vb__fail(VB_EINVAL, "shallow_copy: %s array is NULL", dst ? "source" : "destination");
  if (dst == src) return VB_OK;
  if (dst->type != src->type || dst->layout != src->layout) return vb_array_deep_copy(dst, src);
  op_begin(dst);
  if (is_soa(dst) && dst->ncomp != src->ncomp) {
    if ((st = bufset_make(dst, src->ncomp, &fresh)) != VB_OK) return op_end(dst, st);
    bufset_commit(dst, &fresh);
  }
  dst->ncomp = src->ncomp;
  for (b = 0; b < dst->nbuf; b++)
    vb__buffer_swap(dst->bufs[b], vb_buffer_block(src->bufs[b]), vb_buffer_count(src->bufs[b]));
  dst->max_id = nvalues(src) - 1;
  dst->scale = src->scale;
  vb_object_modified(&dst->obj);
  return op_end(dst, VB_OK);
}

/* ---------------------------------------------------------------- buffers */

vb_buffer *vb_array_get_buffer(const vb_array *a) {
  if (!a) {
    vb__fail(VB_EINVAL, "get_buffer: array is NULL");
    return NULL;
  }
  if (is_soa(a)) {
    vb__fail(VB_ETYPE, "get_buffer: %s has one buffer per component, use get_component_buffer",
             a->obj.cls->name);
    return NULL;
  }
  return a->bufs[0];
}

vb_buffer *vb_array_get_component_buffer(const vb_array *a, int c) {
  if (!a) {
    vb__fail(VB_EINVAL, "get_component_buffer: array is NULL");
    return NULL;
  }
  if (!is_soa(a)) {
    vb__fail(VB_ETYPE, "get_component_buffer: an AOS array has a single buffer, use get_buffer");
    return NULL;
  }
  if (c < 0 || c >= a->ncomp) {
    vb__fail(VB_ERANGE, "get_component_buffer: component %d not in [0, %d)", c, a->ncomp);
    return NULL;
  }
  return a->bufs[c];
}

void *vb_array_data(const vb_array *a) {
  if (!a) {
    vb__fail(VB_EINVAL, "array_data: array is NULL");
    return NULL;
  }
  if (is_soa(a) && a->ncomp != 1) {
    vb__fail(VB_ETYPE, "array_data: SOA array with %d components has no single pointer", a->ncomp);
    return NULL;
  }
  return vb_buffer_data(a->bufs[0]);
}

/* replace buffer slot `slot` by buf */
static int replace_buffer(vb_array *a, int slot, vb_buffer *buf) {
  unsigned long id;
  vb_buffer *old = a->bufs[slot];
  unsigned long old_id = a->obs_ids[slot];
  if (buf == old) return VB_OK;
  id = vb_object_add_observer(vb_buffer_object(buf), VB_BUFFER_CHANGED_EVENT, buffer_changed, a, NULL);
  if (!id) return vb_last_status();
  vb_buffer_retain(buf);
  a->bufs[slot] = buf;
  a->obs_ids[slot] = id;
  vb_object_remove_observer(vb_buffer_object(old), old_id);
  vb_buffer_release(old);
  a->changed = 1;
  return VB_OK;
}

static int check_buffer(const vb_array *a, const vb_buffer *buf, const char *fn) {
  if (!a) return vb__fail(VB_EINVAL, "%s: array is NULL", fn);
  if (!buf) return vb__fail(VB_EINVAL, "%s: buffer is NULL", fn);
  if (vb_buffer_type(buf) != a->type)
    return vb__fail(VB_ETYPE, "%s: buffer of type %s for an array of type %s", fn,
                    vb_type_name(vb_buffer_type(buf)), vb_type_name(a->type));
  return VB_OK;
}

int vb_array_set_buffer(vb_array *a, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, "set_buffer");
  if (st) return st;
  if (is_soa(a)) return vb__fail(VB_ETYPE, "set_buffer: SOA array, use set_component_buffer");
  op_begin(a);
  st = replace_buffer(a, 0, buf);
  if (st == VB_OK) {
    if (update_max_id) a->max_id = vb_buffer_count(buf) - 1;
    else if (a->max_id >= size_of(a)) a->max_id = size_of(a) - 1;
  }
  return op_end(a, st);
}

int vb_array_set_component_buffer(vb_array *a, int c, vb_buffer *buf, int update_max_id) {
  int st = check_buffer(a, buf, "set_component_buffer");
  if (st) return st;
  if (!is_soa(a)) return vb__fail(VB_ETYPE, "set_component_buffer: AOS array, use set_buffer");
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "set_component_buffer: component %d not in [0, %d)", c, a->ncomp);
  if (update_max_id && vb_buffer_count(buf) > INT64_MAX / a->ncomp)
    return vb__fail(VB_EOVERFLOW, "set_component_buffer: size overflows");
  op_begin(a);
  st = replace_buffer(a, c, buf);
  if (st == VB_OK) {
    if (update_max_id) a->max_id = vb_buffer_count(buf) * a->ncomp - 1;
    if (a->max_id >= size_of(a)) a->max_id = size_of(a) - 1;
  }
  return op_end(a, st);
}

static void free_release(void *ctx, void *data) {
  (void)ctx;
  free(data);
}

static int adopt_into(vb_array *a, int slot, void *data, int64_t n, int save, vb_release_fn release,
                      void *ctx, const char *fn) {
  size_t nbytes;
  vb_block *blk;
  int st;
  if ((st = vb__bytes(n, a->esize, &nbytes)) != VB_OK) return st;
  if (!data && n) return vb__fail(VB_EINVAL, "%s: data is NULL", fn);
  if (save) release = NULL;
  else if (!release) release = free_release;
  blk = vb_block_adopt(data, nbytes, release, ctx);
  if (!blk) return vb_last_status();
  vb__buffer_swap(a->bufs[slot], blk, n);
  vb_block_release(blk);
  return VB_OK;
}

int vb_array_set_array(vb_array *a, void *data, int64_t n, int save, vb_release_fn release, void *ctx) {
  int st;
  CHECK_A(a, "set_array");
  if (is_soa(a)) return vb__fail(VB_ETYPE, "set_array: SOA array, use set_component_array");
  op_begin(a);
  st = adopt_into(a, 0, data, n, save, release, ctx, "set_array");
  if (st == VB_OK) a->max_id = n - 1;
  return op_end(a, st);
}

int vb_array_set_component_array(vb_array *a, int c, void *data, int64_t n, int update_max_id,
                                 int save, vb_release_fn release, void *ctx) {
  int64_t nv;
  int st;
  CHECK_A(a, "set_component_array");
  if (!is_soa(a)) return vb__fail(VB_ETYPE, "set_component_array: AOS array, use set_array");
  if (c < 0 || c >= a->ncomp)
    return vb__fail(VB_ERANGE, "set_component_array: component %d not in [0, %d)", c, a->ncomp);
  if ((st = check_count(n, a->ncomp, &nv)) != VB_OK) return st;
  op_begin(a);
  st = adopt_into(a, c, data, n, save, release, ctx, "set_component_array");
  if (st == VB_OK) {
    if (update_max_id) a->max_id = nv - 1;
    if (a->max_id >= size_of(a)) a->max_id = size_of(a) - 1;
  }
  return op_end(a, st);
}

/* ------------------------------------------------------------- scaled SOA */

double vb_array_get_scale(const vb_array *a) { return a ? a->scale : 1.0; }

int vb_array_set_scale(vb_array *a, double scale) {
  CHECK_A(a, "set_scale");
  if (a->layout != VB_LAYOUT_SCALED_SOA) return vb__fail(VB_ETYPE, "set_scale: not a scaled SOA array");
  if (scale == 0.0 || scale != scale || isinf(scale))
    return vb__fail(VB_EINVAL, "set_scale: scale must be finite and non-zero");
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
  CHECK_A(a, "set_name");
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

/* vb_composite.c - vtkMultiBlockDataSet, vtkPartitionedDataSet and
 * vtkPartitionedDataSetCollection: a data object holding a list of children
 * with metadata (the tree, its leaves' totals, copies).  The iterator is
 * vb_composite_iter.c. */
#include "vb_composite_impl.h"

#include <string.h>

#include "vb_polydata.h"

static void drop_children(vb_composite *c, int64_t from) {
  for (int64_t k = from; k < c->n; k++) {
    vb_object_release(c->child[k] ? &c->child[k]->obj : NULL);
    vb_information_release(c->meta[k]);
    c->child[k] = NULL;
    c->meta[k] = NULL;
  }
  if (from < c->n) c->n = from;
}

static void composite_destroy(vb_data_object *d) {
  vb_composite *c = (vb_composite *)d;
  drop_children(c, 0);
  vb__free(c->child);
  vb__free(c->meta);
}

int vb__composite_drop(vb_data_object *d) {
  vb_composite *c = (vb_composite *)d;
  composite_destroy(d);
  c->child = NULL;
  c->meta = NULL;
  c->cap = 0;
  return VB_OK;
}

static int64_t composite_elements(const vb_data_object *d, int type);
/* one class record per type (the type id is the class's) */
#define COMPOSITE_CLASS(var, type, name)                                                               \
  static const vb_data_class var##_data = {.type_id = type, .flags = VB__COMPOSITE, .initialize = vb__composite_drop, \
                                           .memory = vb__composite_memory, .destroy = composite_destroy,         \
                                           .elements = composite_elements, .copy = vb__composite_copy};          \
  static const vb_class var##_class = {name, vb__data_object_destroy, NULL, &var##_data};
COMPOSITE_CLASS(mb, VB_MULTIBLOCK_DATA_SET, "vtkMultiBlockDataSet")
COMPOSITE_CLASS(pds, VB_PARTITIONED_DATA_SET, "vtkPartitionedDataSet")
COMPOSITE_CLASS(pdc, VB_PARTITIONED_DATA_SET_COLLECTION, "vtkPartitionedDataSetCollection")

vb_object *vb_composite_object(vb_composite *c) { return c ? &c->base.obj : NULL; }
vb_composite *vb_composite_from_object(vb_object *o) {
  return o && o->cls->data && (o->cls->data->flags & VB__COMPOSITE) ? (vb_composite *)o : NULL;
}
vb_data_object *vb_composite_data_object(vb_composite *c) { return c ? &c->base : NULL; }
void vb_composite_retain(vb_composite *c) { vb_object_retain(vb_composite_object(c)); }
void vb_composite_release(vb_composite *c) { vb_object_release(vb_composite_object(c)); }
int vb_composite_get_type(const vb_composite *c) { return c ? c->base.obj.cls->data->type_id : VB_DATA_OBJECT; }
vb_composite *vb__composite_of(const vb_data_object *d) {
  return d ? vb_composite_from_object((vb_object *)&d->obj) : NULL;
}

vb_composite *vb_composite_new(int type) {
  const vb_class *cls = type == VB_MULTIBLOCK_DATA_SET ? &mb_class
                        : type == VB_PARTITIONED_DATA_SET ? &pds_class
                        : type == VB_PARTITIONED_DATA_SET_COLLECTION ? &pdc_class : NULL;
  vb_composite *c;
  VB_CHECK_NULL(cls != NULL, VB_EINVAL, "not a composite data set type: %d", type);
  if (!(c = vb__calloc(sizeof *c, VB_MIN_ALIGN))) return NULL;
  if (vb__data_object_init(&c->base, cls) != VB_OK) {
    vb_object_release(&c->base.obj);
    return NULL;
  }
  return c;
}

#define CHECK_C(c) VB_CHECK((c) != NULL, VB_EINVAL, "composite data set is NULL")
#define CHECK_INDEX(i) VB_CHECK((i) >= 0 && (i) <= (int64_t)UINT32_MAX, VB_ERANGE, "index %lld out of range", (long long)(i))

int64_t vb_composite_get_number_of_children(const vb_composite *c) { return c ? c->n : 0; }

/* room for n children (new slots empty); VB_ENOMEM */
static int reserve(vb_composite *c, int64_t n) {
  if (n <= c->cap) return VB_OK;
  int64_t cap = c->cap * 2 > n ? c->cap * 2 : n;
  vb_data_object **ch = vb__calloc((size_t)cap * sizeof *ch, VB_MIN_ALIGN);
  vb_information **me = vb__calloc((size_t)cap * sizeof *me, VB_MIN_ALIGN);
  if (!ch || !me) {
    vb__free(ch);
    vb__free(me);
    return VB_ENOMEM;
  }
  if (c->n) {
    memcpy(ch, c->child, (size_t)c->n * sizeof *ch);
    memcpy(me, c->meta, (size_t)c->n * sizeof *me);
  }
  vb__free(c->child);
  vb__free(c->meta);
  c->child = ch;
  c->meta = me;
  c->cap = cap;
  return VB_OK;
}

/* a collection's new slots get empty partitioned data sets (all or nothing) */
static int grow(vb_composite *c, int64_t n) {
  int64_t k;
  if (n <= c->n) return VB_OK;
  if (reserve(c, n) != VB_OK) return VB_ENOMEM;
  for (k = c->n; vb_composite_get_type(c) == VB_PARTITIONED_DATA_SET_COLLECTION && k < n; k++) {
    vb_composite *p = vb_composite_new(VB_PARTITIONED_DATA_SET);
    if (!p) {
      while (k-- > c->n) vb_composite_release((vb_composite *)c->child[k]), c->child[k] = NULL;
      return VB_ENOMEM;
    }
    c->child[k] = &p->base;
  }
  c->n = n;
  return VB_OK;
}

int vb_composite_set_number_of_children(vb_composite *c, int64_t n) {
  CHECK_C(c);
  VB_CHECK(n >= 0 && n <= (int64_t)UINT32_MAX, VB_ERANGE, "number of children %lld out of range", (long long)n);
  if (n == c->n) return VB_OK;
  if (n < c->n) drop_children(c, n);
  else if (grow(c, n) != VB_OK) return VB_NAMED(VB_ENOMEM);
  vb_object_modified(&c->base.obj);
  return VB_OK;
}

vb_data_object *vb_composite_get_child(const vb_composite *c, int64_t i) {
  return c && i >= 0 && i < c->n ? c->child[i] : NULL;
}

/* does the tree under d contain c? */
static int contains(const vb_data_object *d, const vb_composite *c) {
  const vb_composite *t = vb__composite_of(d);
  if (!t) return 0;
  if (t == c) return 1;
  for (int64_t k = 0; k < t->n; k++)
    if (contains(t->child[k], c)) return 1;
  return 0;
}

/* may obj be a child of c (VB_OK), for the caller fn */
static int check_child(const vb_composite *c, const vb_data_object *obj, const char *fn) {
  const vb_composite *oc = vb__composite_of(obj);
  if (vb_composite_get_type(c) == VB_MULTIBLOCK_DATA_SET)
    VB_CHECK_IN(fn, !oc || vb_composite_get_type(oc) == VB_MULTIBLOCK_DATA_SET, VB_ETYPE,
                "a %s cannot be added as a block", vb_object_class_name(&obj->obj));
  else if (vb_composite_get_type(c) == VB_PARTITIONED_DATA_SET)
    VB_CHECK_IN(fn, !oc, VB_ETYPE, "a partition cannot be a composite data set");
  else
    VB_CHECK_IN(fn, oc && vb_composite_get_type(oc) == VB_PARTITIONED_DATA_SET, VB_ETYPE,
                "a partitioned data set collection holds vtkPartitionedDataSet only");
  VB_CHECK_IN(fn, !contains(obj, c), VB_EINVAL, "a composite data set cannot contain itself");
  return VB_OK;
}

int vb__composite_put(vb_composite *c, int64_t i, vb_data_object *obj, const char *fn) {
  int st;
  VB_CHECK_IN(fn, c != NULL, VB_EINVAL, "composite data set is NULL");
  VB_CHECK_IN(fn, i >= 0 && i < (int64_t)UINT32_MAX, VB_ERANGE, "index %lld out of range", (long long)i);
  if (obj && (st = check_child(c, obj, fn)) != VB_OK) return st;
  if (i >= c->n && grow(c, i + 1) != VB_OK) return vb__named(fn, VB_ENOMEM);
  if (c->child[i] != obj) {
    vb_object_retain(obj ? (vb_object *)&obj->obj : NULL);
    vb_object_release(c->child[i] ? &c->child[i]->obj : NULL);
    c->child[i] = obj;
  }
  vb_object_modified(&c->base.obj);
  return VB_OK;
}

int vb_composite_set_child(vb_composite *c, int64_t i, vb_data_object *child) {
  VB_CHECK(c == NULL || child || vb_composite_get_type(c) != VB_PARTITIONED_DATA_SET_COLLECTION, VB_EINVAL,
           "a partitioned dataset cannot be None");
  return vb__composite_put(c, i, child, VB_FUNC);
}

int vb_composite_remove_child(vb_composite *c, int64_t i) {
  CHECK_C(c);
  VB_CHECK(i >= 0 && i < c->n, VB_ERANGE, "index %lld out of range", (long long)i);
  vb_object_release(c->child[i] ? &c->child[i]->obj : NULL);
  vb_information_release(c->meta[i]);
  memmove(c->child + i, c->child + i + 1, (size_t)(c->n - i - 1) * sizeof *c->child);
  memmove(c->meta + i, c->meta + i + 1, (size_t)(c->n - i - 1) * sizeof *c->meta);
  c->n--;
  c->child[c->n] = NULL;
  c->meta[c->n] = NULL;
  vb_object_modified(&c->base.obj);
  return VB_OK;
}

vb_information *vb_composite_get_child_meta_data(vb_composite *c, int64_t i) {
  if (!c || i < 0 || i >= c->n) return NULL;
  if (!c->meta[i] && !(c->meta[i] = vb_information_new())) return NULL;
  return c->meta[i];
}

int vb_composite_has_child_meta_data(const vb_composite *c, int64_t i) {
  return c && i >= 0 && i < c->n && c->meta[i] != NULL;
}

int vb_composite_set_child_meta_data(vb_composite *c, int64_t i, vb_information *info) {
  CHECK_C(c);
  VB_CHECK(i >= 0 && i < c->n, VB_ERANGE, "index %lld out of range", (long long)i);
  vb_information_retain(info);
  vb_information_release(c->meta[i]);
  c->meta[i] = info;
  vb_object_modified(&c->base.obj);
  return VB_OK;
}

#define CHECK_PDC(c)                                                                        \
  CHECK_C(c);                                                                               \
  VB_CHECK(vb_composite_get_type(c) == VB_PARTITIONED_DATA_SET_COLLECTION, VB_ETYPE, "not a partitioned data set collection")

int vb_composite_set_partition(vb_composite *c, int64_t i, int64_t j, vb_data_object *obj) {
  vb_composite *p;
  CHECK_PDC(c);
  CHECK_INDEX(i);
  CHECK_INDEX(j);
  if (obj) VB_CHECK(!vb__composite_of(obj), VB_ETYPE, "a partition cannot be a composite data set");
  if (i >= c->n) {
    if (grow(c, i + 1) != VB_OK) return VB_NAMED(VB_ENOMEM);
    vb_object_modified(&c->base.obj);
  }
  p = vb__composite_of(c->child[i]);
  return vb__composite_put(p, j, obj, VB_FUNC);
}

int vb_composite_set_number_of_partitions(vb_composite *c, int64_t i, int64_t n) {
  CHECK_PDC(c);
  CHECK_INDEX(i);
  VB_CHECK(n >= 0 && n <= (int64_t)UINT32_MAX, VB_ERANGE, "number of partitions %lld out of range", (long long)n);
  if (i >= c->n) {
    if (grow(c, i + 1) != VB_OK) return VB_NAMED(VB_ENOMEM);
    vb_object_modified(&c->base.obj);
  }
  return vb_composite_set_number_of_children(vb__composite_of(c->child[i]), n);
}

int vb_composite_remove_null_partitions(vb_composite *c) {
  int64_t k, next = 0;
  CHECK_C(c);
  VB_CHECK(vb_composite_get_type(c) == VB_PARTITIONED_DATA_SET, VB_ETYPE, "not a partitioned data set");
  for (k = 0; k < c->n; k++) {
    if (!c->child[k]) {
      vb_information_release(c->meta[k]); /* VTK drops an empty partition's metadata too */
      c->meta[k] = NULL;
      continue;
    }
    c->child[next] = c->child[k];
    c->meta[next] = c->meta[k];
    if (next++ < k) c->child[k] = NULL, c->meta[k] = NULL;
  }
  if (next != c->n) {
    c->n = next;
    vb_object_modified(&c->base.obj);
  }
  return VB_OK;
}

/* ---- over the leaves ---- */
typedef void (*leaf_fn)(vb_data_object *leaf, void *ctx);
static void each_leaf(const vb_composite *c, leaf_fn fn, void *ctx) {
  for (int64_t k = 0; c && k < c->n; k++) {
    vb_composite *sub = vb__composite_of(c->child[k]);
    if (sub) each_leaf(sub, fn, ctx);
    else if (c->child[k]) fn(c->child[k], ctx);
  }
}

typedef struct {
  int type;
  int64_t sum;
} count_ctx;
static void count_leaf(vb_data_object *d, void *ctx) {
  count_ctx *cc = ctx;
  cc->sum += cc->type == -1 ? vb_data_object_get_actual_memory_size(d)
                            : vb_data_object_get_number_of_elements(d, cc->type);
}
static int64_t leaf_sum(const vb_composite *c, int type, int data_sets_only) {
  count_ctx cc = {type, 0};
  (void)data_sets_only; /* a non-data-set leaf has 0 points and cells */
  each_leaf(c, count_leaf, &cc);
  return cc.sum;
}

int64_t vb_composite_get_number_of_points(const vb_composite *c) { return leaf_sum(c, VB_DATA_POINT, 1); }
int64_t vb_composite_get_number_of_cells(const vb_composite *c) { return leaf_sum(c, VB_DATA_CELL, 1); }
int64_t vb_composite_get_actual_memory_size(const vb_composite *c) { return leaf_sum(c, -1, 0); }
int64_t vb__composite_memory(const vb_data_object *d) { return leaf_sum(vb__composite_of(d), -1, 0); }
int64_t vb_composite_get_number_of_elements(const vb_composite *c, int type) {
  return c ? leaf_sum(c, type, 0) + (type == VB_DATA_FIELD ? vb_field_data_get_number_of_tuples(c->base.field_data) : 0)
           : 0;
}
static int64_t composite_elements(const vb_data_object *d, int type) {
  return vb_composite_get_number_of_elements(vb__composite_of(d), type);
}

static void bounds_leaf(vb_data_object *d, void *ctx) {
  double *b = ctx, lb[6];
  if (!vb_data_object_is_data_set(d) || vb_data_object_get_bounds(d, lb) != VB_OK) return;
  if (lb[0] > lb[1] || lb[2] > lb[3] || lb[4] > lb[5]) return; /* vtkBoundingBox skips invalid bounds */
  for (int k = 0; k < 6; k += 2) {
    if (lb[k] < b[k]) b[k] = lb[k];
    if (lb[k + 1] > b[k + 1]) b[k + 1] = lb[k + 1];
  }
}

int vb_composite_get_bounds(const vb_composite *c, double b[6]) {
  CHECK_C(c);
  VB_CHECK(b != NULL, VB_EINVAL, "output is NULL");
  for (int k = 0; k < 6; k++) b[k] = k % 2 ? -1e299 : 1e299; /* VTK_DOUBLE_MAX: an empty vtkBoundingBox */
  each_leaf(c, bounds_leaf, b);
  return VB_OK;
}

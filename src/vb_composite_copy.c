/* vb_composite_copy.c - the copies of a composite data set: VTK's
 * CopyStructure, DeepCopy, ShallowCopy, CompositeShallowCopy, Initialize
 * (vtkDataObjectTree.cxx), each building the new child list first so that a
 * failure leaves the destination unchanged. */
#include "vb_composite_impl.h"

#include "vb_polydata.h"

enum { STRUCTURE, SHALLOW, DEEP, COMPOSITE_SHALLOW };

/* a new empty object of d's class; NULL + VB_ETYPE for a class it cannot make */
static vb_data_object *new_like(const vb_data_object *d) {
  vb_composite *c = vb__composite_of(d);
  vb_polydata *pd;
  int type = vb_data_object_get_data_object_type(d);
  if (c) return vb_composite_data_object(vb_composite_new(type));
  if (type == VB_POLY_DATA) return (pd = vb_polydata_new()) ? vb_polydata_data_object(pd) : NULL;
  if (type == VB_DATA_OBJECT) return vb_data_object_new();
  vb__fail(NULL, VB_ETYPE, "cannot copy a %s block", vb_object_class_name(&d->obj));
  return NULL;
}

static int copy_tree(vb_composite *dst, const vb_composite *src, int mode);

/* the copy of child d under mode (new reference), or NULL + status */
static vb_data_object *copy_child(vb_data_object *d, int mode, int *st) {
  vb_composite *sub = vb__composite_of(d);
  vb_data_object *x;
  if (!d || (mode == STRUCTURE && !sub)) return NULL;
  if (mode == COMPOSITE_SHALLOW && !sub) {
    vb_object_retain(&d->obj);
    return d;
  }
  if (!(x = new_like(d))) {
    *st = vb_last_status();
    return NULL;
  }
  if (sub) *st = copy_tree(vb__composite_of(x), sub, mode);
  else *st = mode == DEEP ? vb_data_object_deep_copy(x, d) : vb_data_object_shallow_copy(x, d);
  if (*st != VB_OK) {
    vb_object_release(&x->obj);
    return NULL;
  }
  return x;
}

static void free_lists(vb_data_object **ch, vb_information **me, int64_t n) {
  for (int64_t k = 0; k < n; k++) {
    vb_object_release(ch[k] ? &ch[k]->obj : NULL);
    vb_information_release(me[k]);
  }
  vb__free(ch);
  vb__free(me);
}

/* dst's children become copies of src's (src's field data handled by the
 * caller); all or nothing */
static int copy_tree(vb_composite *dst, const vb_composite *src, int mode) {
  int64_t n = src->n, k;
  int st = VB_OK;
  vb_data_object **ch = NULL;
  vb_information **me = NULL;
  if (n && (!(ch = vb__calloc((size_t)n * sizeof *ch, VB_MIN_ALIGN)) ||
            !(me = vb__calloc((size_t)n * sizeof *me, VB_MIN_ALIGN)))) {
    vb__free(ch);
    return VB_ENOMEM;
  }
  for (k = 0; k < n && st == VB_OK; k++) {
    ch[k] = copy_child(src->child[k], mode, &st);
    /* VTK's DeepCopy copies the metadata of non-empty children only */
    if (st == VB_OK && src->meta[k] && (mode != DEEP || src->child[k])) {
      if (!(me[k] = vb_information_new())) st = VB_ENOMEM;
      else st = vb_information_copy(me[k], src->meta[k]);
    }
  }
  if (st == VB_OK && mode != STRUCTURE) { /* the field data, as vtkDataObject's copies */
    vb_field_data *fd = src->base.field_data ? vb_field_data_new() : NULL;
    if (src->base.field_data && !fd) st = VB_ENOMEM;
    else if (fd) st = mode == DEEP ? vb_field_data_deep_copy(fd, src->base.field_data)
                                   : vb_field_data_shallow_copy(fd, src->base.field_data);
    if (st == VB_OK) st = vb_data_object_set_field_data(&dst->base, fd);
    vb_field_data_release(fd);
  } else if (st == VB_OK) { /* CopyStructure: vtkDataObject::ShallowCopy's field data sharing */
    st = vb_data_object_set_field_data(&dst->base, src->base.field_data);
  }
  if (st != VB_OK) {
    free_lists(ch, me, n);
    return st;
  }
  free_lists(dst->child, dst->meta, dst->n);
  dst->child = ch;
  dst->meta = me;
  dst->n = dst->cap = n;
  vb_object_modified(&dst->base.obj);
  return VB_OK;
}

static int copy_from(vb_composite *dst, const vb_data_object *src, int mode, const char *fn) {
  const vb_composite *s;
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "data object is NULL");
  if (&dst->base == src) return VB_OK;
  s = vb__composite_of(src);
  if (!s) { /* not a tree: no children, vtkDataObject's copy of the field data */
    vb_composite tmp = {0};
    tmp.base.field_data = src->field_data;
    return vb__named(fn, copy_tree(dst, &tmp, mode));
  }
  return vb__named(fn, copy_tree(dst, s, mode));
}

int vb__composite_copy(vb_data_object *dst, const vb_data_object *src, int deep, const char *fn) {
  return copy_from(vb__composite_of(dst), src, deep ? DEEP : SHALLOW, fn);
}

int vb_composite_copy_structure(vb_composite *dst, const vb_composite *src) {
  return copy_from(dst, src ? &src->base : NULL, STRUCTURE, "CopyStructure");
}
int vb_composite_deep_copy(vb_composite *dst, const vb_data_object *src) {
  return copy_from(dst, src, DEEP, "DeepCopy");
}
int vb_composite_shallow_copy(vb_composite *dst, const vb_data_object *src) {
  return copy_from(dst, src, SHALLOW, "ShallowCopy");
}
int vb_composite_composite_shallow_copy(vb_composite *dst, const vb_composite *src) {
  return copy_from(dst, src ? &src->base : NULL, COMPOSITE_SHALLOW, "CompositeShallowCopy");
}

int vb_composite_initialize(vb_composite *c) {
  return vb_data_object_initialize(vb_composite_data_object(c));
}

/* vb_composite_impl.h - the composite data set struct, shared by
 * vb_composite.c, vb_composite_copy.c and vb_composite_iter.c.  Private.
 * Each composite type has its class record (its type id); a composite's
 * base has field data only (no point/cell data, no points). */
#ifndef VB_COMPOSITE_IMPL_H
#define VB_COMPOSITE_IMPL_H

#include "vb_composite.h"
#include "vb_data_set_impl.h"
#include "vb_internal.h"

struct vb_composite {
  vb_data_object base;
  int64_t n, cap;          /* children */
  vb_data_object **child;  /* n entries, NULL: empty; each retained */
  vb_information **meta;   /* n entries, NULL: none yet; each retained */
};

/* the composite a data object is, NULL for any other data object */
vb_composite *vb__composite_of(const vb_data_object *d);
/* set child i of c (growing it), checked as a child of c, for the API function fn */
int vb__composite_put(vb_composite *c, int64_t i, vb_data_object *obj, const char *fn);
/* vb_data_object_deep_copy / _shallow_copy with a composite dst (vb_data_object.c) */
int vb__composite_copy(vb_data_object *dst, const vb_data_object *src, int deep, const char *fn);
/* the hooks of the composite classes' record (vb_composite_copy.c) */
int vb__composite_drop(vb_data_object *d);
int64_t vb__composite_memory(const vb_data_object *d);

#endif

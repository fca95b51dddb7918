/* vb_composite_impl.h - the composite data set struct, shared by
 * vb_composite.c, vb_composite_copy.c and vb_composite_iter.c.  Private. */
#ifndef VB_COMPOSITE_IMPL_H
#define VB_COMPOSITE_IMPL_H

#include "vb_composite.h"
#include "vb_internal.h"
#include "vb_polydata_impl.h"

struct vb_composite {
  vb_data_object base;
  int type;                /* VB_MULTIBLOCK_DATA_SET, ... */
  int64_t n, cap;          /* children */
  vb_data_object **child;  /* n entries, NULL: empty; each retained */
  vb_information **meta;   /* n entries, NULL: none yet; each retained */
};

/* the composite a data object is, NULL for any other data object */
vb_composite *vb__composite_of(const vb_data_object *d);
/* set child i of c (growing it), checked as a child of c, for the API function fn */
int vb__composite_put(vb_composite *c, int64_t i, vb_data_object *obj, const char *fn);
const char *vb__composite_name(const vb_object *o);

#endif

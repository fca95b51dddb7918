/* vb_cell_array_impl.h - the vtkCellArray struct, shared by vb_cell_array.c
 * and vb_cell_array_ops.c.  Private. */
#ifndef VB_CELL_ARRAY_IMPL_H
#define VB_CELL_ARRAY_IMPL_H

#include "vb_cell_array.h"
#include "vb_internal.h"

struct vb_cell_array {
  vb_object obj;
  vb_array *offsets, *conn;
  int64_t traversal; /* InitTraversal / GetNextCell position (a cell id) */
};

/* offsets[i] read as int64 (0 when out of range) */
int64_t vb__cell_array_off(const vb_cell_array *ca, int64_t i);
/* a point id the connectivity can hold (>= 0, fits its type) */
int vb__cell_array_check_id(const vb_cell_array *ca, vb_id id, const char *fn);
/* offsets {0} back if another holder emptied the shared offsets array */
int vb__cell_array_first_offset(vb_cell_array *ca);

#endif

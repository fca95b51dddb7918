/* vb_cell_impl.h - private: the cell tables' accessor for vb_cell.c. */
#ifndef VB_CELL_IMPL_H
#define VB_CELL_IMPL_H

/* a fixed-size linear cell's topology (NULL for the other types): npts,
 * nedges, nfaces, 2 local ids per edge, then per face its count and local
 * ids, in VTK's order (vb_cell_tables.h) */
const unsigned char *vb__cell_topology(int type);

/* vb_cell_set with coordinates read from a data set (vb_data_set_get_point) */
#include "vb_cell.h"
int vb__cell_set_from(vb_cell *c, int type, int64_t n, const vb_id *ids, const vb_data_object *d,
                      const vb_cell_array *faces, const char *fn);

#endif

/* vb_cell_impl.h - private: the cell tables' accessor for vb_cell.c. */
#ifndef VB_CELL_IMPL_H
#define VB_CELL_IMPL_H

/* a fixed-size linear cell's topology (NULL for the other types): npts,
 * nedges, nfaces, 2 local ids per edge, then per face its count and local
 * ids, in VTK's order (vb_cell_tables.h) */
const unsigned char *vb__cell_topology(int type);

#endif

/* vb_polydata_impl.h - the vtkPolyData struct, shared by vb_polydata.c and
 * vb_polydata_cells.c.  Private. */
#ifndef VB_POLYDATA_IMPL_H
#define VB_POLYDATA_IMPL_H

#include "vb_data_set_impl.h"
#include "vb_polydata.h"

enum { VB__VERTS, VB__LINES, VB__POLYS, VB__STRIPS, VB__NCELLTYPES };

struct vb_polydata {
  vb_data_object base; /* points, point/cell data, field data */
  vb_cell_array *cells[VB__NCELLTYPES];
  /* VTK's cell map (BuildCells): cell id -> (kind << 62 | deleted << 61 |
   * id in that cell array), in insertion order.  Valid while the cell
   * arrays are the ones and have the cell counts it was made for (else
   * rebuilt: VTK would read a stale map). */
  uint64_t *map;
  int64_t nmap, capmap;
  int map_built;
  vb_cell_array *map_arrays[VB__NCELLTYPES];
  int64_t map_counts[VB__NCELLTYPES];
};

/* the map, (re)built if needed; VB_OK or VB_ENOMEM */
int vb__polydata_cells(vb_polydata *pd);
void vb__polydata_drop_cells(vb_polydata *pd); /* VTK DeleteCells: forget the map */
/* dst's map becomes src's (cells numbered as in src, deleted marks kept),
 * for dst's cell arrays that are copies of (or the same as) src's; on
 * allocation failure dst just has no map (rebuilt when needed) */
void vb__polydata_copy_map(vb_polydata *dst, const vb_polydata *src);
/* the class record's structure hooks (vb_polydata_cells.c) */
int vb__polydata_copy_structure(vb_data_object *dst, const vb_data_object *src, int mode);
int vb__polydata_cell(vb_data_object *d, int64_t id, vb_id_list *ids);

#endif

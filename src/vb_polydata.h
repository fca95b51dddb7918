/* vb_polydata.h - vtkPolyData: points, four cell arrays (verts, lines,
 * polys, strips), point data and cell data.
 *
 * A new polydata has no points (get_points returns NULL, as VTK's
 * GetPoints() returns None), four empty cell arrays and empty point/cell
 * attributes.  Cells are numbered as in VTK: verts first, then lines,
 * polys, strips.
 *
 * Ownership: vb_polydata_new returns a new reference.  All getters return
 * borrowed objects valid while the polydata holds them (retain to keep);
 * setters retain their argument.  Setting a NULL cell array installs a new
 * empty one (so the cell array getters never return NULL for a valid
 * polydata); setting NULL points removes the points.
 */
#ifndef VB_POLYDATA_H
#define VB_POLYDATA_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_data_object.h"
#include "vb_object.h"
#include "vb_points.h"

typedef struct vb_polydata vb_polydata; /* a vb_object, class "vtkPolyData" */

VB_API vb_polydata *vb_polydata_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_polydata_object(vb_polydata *pd);     /* borrowed */
VB_API vb_polydata *vb_polydata_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API void vb_polydata_retain(vb_polydata *pd);           /* NULL ok */
VB_API void vb_polydata_release(vb_polydata *pd);          /* NULL ok */

VB_API vb_points *vb_polydata_get_points(const vb_polydata *pd); /* borrowed; NULL if none */
VB_API int vb_polydata_set_points(vb_polydata *pd, vb_points *pts); /* retains; NULL removes */

VB_API vb_cell_array *vb_polydata_get_verts(const vb_polydata *pd);  /* borrowed, never NULL */
VB_API vb_cell_array *vb_polydata_get_lines(const vb_polydata *pd);
VB_API vb_cell_array *vb_polydata_get_polys(const vb_polydata *pd);
VB_API vb_cell_array *vb_polydata_get_strips(const vb_polydata *pd);
VB_API int vb_polydata_set_verts(vb_polydata *pd, vb_cell_array *ca); /* retains; NULL: new empty */
VB_API int vb_polydata_set_lines(vb_polydata *pd, vb_cell_array *ca);
VB_API int vb_polydata_set_polys(vb_polydata *pd, vb_cell_array *ca);
VB_API int vb_polydata_set_strips(vb_polydata *pd, vb_cell_array *ca);

VB_API vb_attributes *vb_polydata_get_point_data(const vb_polydata *pd); /* borrowed, never NULL */
VB_API vb_attributes *vb_polydata_get_cell_data(const vb_polydata *pd);  /* borrowed, never NULL */

VB_API int64_t vb_polydata_get_number_of_points(const vb_polydata *pd); /* 0 without points */
VB_API int64_t vb_polydata_get_number_of_cells(const vb_polydata *pd);  /* verts+lines+polys+strips */
VB_API int64_t vb_polydata_get_number_of_verts(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_lines(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_polys(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_strips(const vb_polydata *pd);

/* Point coordinates of point id (VB_EINVAL without points, VB_ERANGE). */
VB_API int vb_polydata_get_point(const vb_polydata *pd, int64_t id, double x[3]);
/* Bounds of the points; (1,-1,1,-1,1,-1) when there are none. */
VB_API int vb_polydata_get_bounds(const vb_polydata *pd, double bounds[6]);

/* VTK Initialize(): no points, empty cell arrays (new objects), empty
 * point and cell data (same attribute objects, arrays removed). */
VB_API int vb_polydata_initialize(vb_polydata *pd);

/* The same object as a vb_data_object (field data, copies, bounds, ...). */
VB_API vb_data_object *vb_polydata_data_object(vb_polydata *pd);

/* ---- cells by data-set cell id (vb_polydata_cells.c) ----
 * Cell ids follow VTK's cell map: built (BuildCells) from the cell arrays
 * as verts, lines, polys, strips, then extended in insertion order by
 * insert_next_cell.  It is rebuilt whenever a cell array was replaced or
 * changed its number of cells behind the polydata's back (VTK would read a
 * stale map).  Bad cell ids are VB_ERANGE (VTK reads out of bounds). */
/* VTK cell types (vtkCellType.h) */
enum {
  VB_EMPTY_CELL = 0, VB_VERTEX = 1, VB_POLY_VERTEX = 2, VB_LINE = 3, VB_POLY_LINE = 4,
  VB_TRIANGLE = 5, VB_TRIANGLE_STRIP = 6, VB_POLYGON = 7, VB_PIXEL = 8, VB_QUAD = 9
};
VB_API int vb_polydata_build_cells(vb_polydata *pd);
/* VTK BuildLinks: vtkbuf computes point -> cell links when asked (never
 * stale); this builds the cell map. */
VB_API int vb_polydata_build_links(vb_polydata *pd);
/* Type of the cell (VB_EMPTY_CELL when deleted) or a negative status. */
VB_API int vb_polydata_get_cell_type(vb_polydata *pd, int64_t cell);
/* Point count of the cell (0 when deleted). */
VB_API int vb_polydata_get_cell_size(vb_polydata *pd, int64_t cell, int64_t *npts);
/* Point ids into pts (room for max_pts; *npts gets the count, 0 for a
 * deleted cell); VB_ERANGE when max_pts is too small.  Returns the cell
 * type (>= 0) or a negative status. */
VB_API int vb_polydata_get_cell_points(vb_polydata *pd, int64_t cell, vb_id *pts, int64_t max_pts, int64_t *npts);
VB_API int64_t vb_polydata_get_max_cell_size(const vb_polydata *pd);
/* VTK InsertNextCell(type, npts, pts): into verts (VERTEX, POLY_VERTEX),
 * lines (LINE, POLY_LINE), polys (TRIANGLE, QUAD, POLYGON; PIXEL becomes a
 * QUAD with VTK's reordering) or strips (TRIANGLE_STRIP).  Returns the new
 * cell id, or a negative status (another type: VB_EINVAL, VTK's -1; a
 * PIXEL needs 4 points; bad point ids as vb_cell_array_insert_next_cell). */
VB_API int64_t vb_polydata_insert_next_cell(vb_polydata *pd, int type, int64_t npts, const vb_id *pts);
/* VTK AllocateExact / AllocateEstimate(ncells, size): four new empty cell
 * arrays with that room each (the cells are dropped). */
VB_API int vb_polydata_allocate_exact(vb_polydata *pd, int64_t ncells, int64_t conn_size);
VB_API int vb_polydata_allocate_estimate(vb_polydata *pd, int64_t ncells, int64_t max_cell_size);
/* Cells using point `pt`, as VTK's links give them: cells numbered verts,
 * lines, polys, strips (not the cell map's insertion order; deleted cells
 * included), computed when asked (never stale):
 * *n gets the count; pts (room for max) gets them unless NULL.  VB_ERANGE
 * for a point id outside [0, number of points) or too little room. */
VB_API int vb_polydata_get_point_cells(vb_polydata *pd, int64_t pt, vb_id *cells, int64_t max, int64_t *n);
/* VTK DeleteCell (marks it: type VB_EMPTY_CELL) / RemoveDeletedCells
 * (rebuilds the cell arrays without them, the cell data following). */
VB_API int vb_polydata_delete_cell(vb_polydata *pd, int64_t cell);
VB_API int vb_polydata_remove_deleted_cells(vb_polydata *pd);
/* VTK ReplaceCell (same number of points) / ReverseCell */
VB_API int vb_polydata_replace_cell(vb_polydata *pd, int64_t cell, int64_t npts, const vb_id *pts);
VB_API int vb_polydata_reverse_cell(vb_polydata *pd, int64_t cell);
/* VTK Squeeze (cell arrays, points, point/cell data) / Reset (no cells,
 * no points, storage kept) */
VB_API int vb_polydata_squeeze(vb_polydata *pd);
VB_API int vb_polydata_reset(vb_polydata *pd);
/* VTK CopyStructure(src): dst shares src's points, cell arrays and cell
 * map (point and cell data untouched). */
VB_API int vb_polydata_copy_structure(vb_polydata *dst, const vb_polydata *src);
/* VTK GetCellsBounds: bounds of the points some cell uses (VTK's
 * uninitialized bounds (1, -1, ...) when none); VB_ERANGE for a point id
 * past the points. */
VB_API int vb_polydata_get_cells_bounds(const vb_polydata *pd, double bounds[6]);
/* VTK GetMin/MaxSpatialDimension: 0 verts, 1 lines, 2 polys and strips, over
 * the non-empty cell arrays (min 3 and max 0 without cells). */
VB_API int vb_polydata_get_spatial_dimensions(const vb_polydata *pd, int *min_dim, int *max_dim);
/* VTK GetCellBounds: bounds of the cell's points ((1, -1, ...) for none) */
VB_API int vb_polydata_get_cell_bounds(vb_polydata *pd, int64_t cell, double bounds[6]);
/* VTK IsPointUsedByCell: 1 / 0, or a negative status for a bad cell id */
VB_API int vb_polydata_is_point_used_by_cell(vb_polydata *pd, int64_t pt, int64_t cell);
/* VTK ReplaceCellPoint(cell, old, new): the first old id of the cell becomes
 * new (nothing when the cell has no old id) */
VB_API int vb_polydata_replace_cell_point(vb_polydata *pd, int64_t cell, vb_id old_id, vb_id new_id);

#endif

/* vb_structured_grid.h - vtkStructuredGrid: a point set whose points (given
 * explicitly, vtkPointSet's) are laid out on an extent: point (i, j, k) of
 * the extent is point id (i - i0) + nx * ((j - j0) + ny * (k - k0)).  Cells
 * come from the extent (vertices, lines, quads or hexahedra by the number
 * of axes with more than one point), their point ids in VTK's quad/hex
 * order.  The generic data set calls (vb_data_set.h) answer for it.
 *
 * Blanking, as VTK: a point is hidden when bit 2 (HIDDENPOINT) of its value
 * in the point data's "vtkGhostType" array is set, a cell when bit 32
 * (HIDDENCELL) or 8 (REFINEDCELL) of the cell ghost array is set or one of
 * its points is hidden; a hidden cell's type is VTK_EMPTY_CELL and its size
 * 0 (its point ids are still given).  Blanking allocates the ghost array
 * when there is none (vb_data_object_allocate_ghost_array); a ghost value
 * past the array's end counts as 0.
 *
 * Ownership: new returns a new reference.  Errors: a negative vb_status with
 * vb_last_error(), the grid unchanged.
 */
#ifndef VB_STRUCTURED_GRID_H
#define VB_STRUCTURED_GRID_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_data_set.h"

enum { VB_STRUCTURED_GRID = 2 }; /* VTK_STRUCTURED_GRID */

typedef struct vb_structured_grid vb_structured_grid; /* a vb_data_object, class "vtkStructuredGrid" */

VB_API vb_structured_grid *vb_structured_grid_new(void); /* extent 0 -1 0 -1 0 -1, no points; NULL + VB_ENOMEM */
VB_API vb_structured_grid *vb_structured_grid_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API vb_data_object *vb_structured_grid_data_object(vb_structured_grid *g); /* borrowed, same object */

/* SetExtent(i0, i1, j0, j1, k0, k1): any values (an axis with i1 < i0 makes
 * the grid empty); SetDimensions(i, j, k) is SetExtent(0, i-1, 0, j-1, 0, k-1). */
VB_API int vb_structured_grid_set_extent(vb_structured_grid *g, const int ext[6]);
VB_API int vb_structured_grid_get_extent(const vb_structured_grid *g, int ext[6]);
/* GetDimensions: i1 - i0 + 1, ... (as VTK, may be <= 0) */
VB_API int vb_structured_grid_get_dimensions(const vb_structured_grid *g, int dims[3]);
/* VTK GetDataDimension (0..3) and GetDataDescription (vtkStructuredData's
 * VTK_STRUCTURED_* values, 9 when empty); -1 for NULL */
VB_API int vb_structured_grid_get_data_dimension(const vb_structured_grid *g);
VB_API int vb_structured_grid_get_data_description(const vb_structured_grid *g);
/* VTK GetPoint(i, j, k, p, adjustForExtent): 1 and x filled; 0 when (i, j, k)
 * is outside the extent (VTK's error message; x untouched, no error).
 * adjust: extent coordinates, else offsets from the extent's start taken
 * literally (VB_ERANGE past the points: VTK reads past them). */
VB_API int vb_structured_grid_get_point_ijk(const vb_structured_grid *g, const int ijk[3], int adjust, double x[3]);
/* BlankPoint / UnBlankPoint (type VB_DATA_POINT) and BlankCell / UnBlankCell
 * (VB_DATA_CELL): blank 1 / 0; id in [0, number of points / cells)
 * (VB_ERANGE); unblanking without a ghost array does nothing. */
VB_API int vb_structured_grid_set_blank(vb_structured_grid *g, int type, int64_t id, int blank);
/* IsPointVisible / IsCellVisible: 1 / 0, or VB_ERANGE for an id outside
 * [0, number of points / cells) when a ghost array has to be read (without
 * ghost arrays every point is visible and every cell of a non-empty grid). */
VB_API int vb_structured_grid_is_visible(vb_structured_grid *g, int type, int64_t id);
/* HasAnyBlankPoints / HasAnyBlankCells (hidden points hide cells): 1 / 0 */
VB_API int vb_structured_grid_has_any_blank(const vb_structured_grid *g, int type);

#endif

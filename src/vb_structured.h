/* vb_structured.h - the index math of VTK's structured data sets
 * (vtkStructuredData): extents, dimensions, data description, point and cell
 * numbering, the point ids of a cell.  Shared by the image, rectilinear and
 * structured grid classes.  Private (not exported); no allocation, no state.
 *
 * Extent: {i0, i1, j0, j1, k0, k1} (inclusive); dims = i1 - i0 + 1, ...
 * A dimension < 1 makes the extent empty (no points, no cells), as VTK.
 * Points are numbered i fastest, then j, then k; cells likewise over the
 * cell dimensions max(dim - 1, 1). */
#ifndef VB_STRUCTURED_H
#define VB_STRUCTURED_H

#include <stdint.h>

/* vtkStructuredData's data descriptions (same values) */
enum {
  VB__STRUCTURED_SINGLE_POINT = 1, VB__STRUCTURED_X_LINE, VB__STRUCTURED_Y_LINE, VB__STRUCTURED_Z_LINE,
  VB__STRUCTURED_XY_PLANE, VB__STRUCTURED_YZ_PLANE, VB__STRUCTURED_XZ_PLANE, VB__STRUCTURED_XYZ_GRID,
  VB__STRUCTURED_EMPTY
};

void vb__structured_dims(const int ext[6], int dims[3]);
int vb__structured_description(const int dims[3]);
int vb__structured_dimension(const int dims[3]); /* 0..3 (VTK GetDataDimension; 0 when empty) */
int64_t vb__structured_npoints(const int dims[3]);
int64_t vb__structured_ncells(const int dims[3]);
/* VTK ComputePointId / ComputeCellId from (i, j, k) relative to the extent's
 * origin (no range check: the caller checks) */
int64_t vb__structured_point_id(const int dims[3], const int ijk[3]);
int64_t vb__structured_cell_id(const int dims[3], const int ijk[3]);
/* The point ids of cell `cell` (0 <= cell < ncells, checked by the caller)
 * in vtkStructuredData::GetCellPoints' order (i fastest, then j, then k),
 * into ids (room for 8); returns their count (1, 2, 4 or 8; 0 when empty). */
int vb__structured_cell_points(const int dims[3], int64_t cell, int64_t ids[8]);
/* The cell type of every cell: VERTEX, LINE, then PIXEL/VOXEL (image data)
 * or QUAD/HEXAHEDRON (hex != 0: structured grids); EMPTY_CELL when empty. */
int vb__structured_cell_type(const int dims[3], int hex);

#endif

/* vb_structured_impl.h - the topology image data and rectilinear grids share
 * (VTK's vtkStructuredData): points and cells of an extent, i fastest.
 * Private to vb_structured.c, vb_image_data.c, vb_rectilinear_grid.c. */
#ifndef VB_STRUCTURED_IMPL_H
#define VB_STRUCTURED_IMPL_H

#include <stdint.h>

#include "vb_id_list.h"

/* points along each axis (0 for an empty axis) */
void vb__extent_dims(const int ext[6], int64_t d[3]);
int64_t vb__extent_points(const int ext[6]);
int64_t vb__extent_cells(const int ext[6]);
/* axes with more than one point: 0..3 (VTK GetDataDimension) */
int vb__extent_data_dimension(const int ext[6]);
/* cell id of the extent: its VTK type (vertex, line, pixel, voxel) and, when
 * ids != NULL, its point ids (VTK's order); a negative status on failure */
int vb__extent_cell(const int ext[6], int64_t id, vb_id_list *ids);
/* the ijk (extent coordinates) of point id */
void vb__extent_ijk(const int ext[6], int64_t id, int64_t ijk[3]);
/* an extent with i1 >= i0 - 1 on each axis and point counts that fit: VB_OK or VB_EINVAL */
int vb__extent_check(const char *fn, const int ext[6]);

#endif

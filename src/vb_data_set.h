/* vb_data_set.h - vtkDataSet and vtkPointSet: what every data set of the
 * core answers (points, cells, point and cell data), whatever its class
 * (vtkPolyData, and the classes added under src/vb_data_set_impl.h).  All
 * take the object as a vb_data_object (vb_data_object_from_object).
 *
 * Ownership: getters return borrowed objects valid while the data set holds
 * them; setters retain.  Errors: a negative vb_status with vb_last_error();
 * objects unchanged on error.  A data object that is not a data set answers
 * 0 / NULL to the counting and attribute getters and VB_ETYPE elsewhere.
 */
#ifndef VB_DATA_SET_H
#define VB_DATA_SET_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_data_object.h"
#include "vb_id_list.h"
#include "vb_points.h"

VB_API int vb_data_object_is_point_set(const vb_data_object *d); /* 1 for polydata, grids with points */

VB_API int64_t vb_data_set_get_number_of_points(const vb_data_object *d);
VB_API int64_t vb_data_set_get_number_of_cells(const vb_data_object *d);
/* Coordinates of point id: VB_ERANGE outside [0, number of points). */
VB_API int vb_data_set_get_point(const vb_data_object *d, int64_t id, double x[3]);
/* VTK GetCellType(id): the VTK cell type, or a negative status (VB_ERANGE
 * for a cell id outside [0, number of cells): VTK reads out of bounds). */
VB_API int vb_data_set_get_cell_type(vb_data_object *d, int64_t id);
/* VTK GetCellPoints(id, ids): the cell's point ids replace ids' contents;
 * returns the cell type or a negative status (ids unchanged). */
VB_API int vb_data_set_get_cell_points(vb_data_object *d, int64_t id, vb_id_list *ids);
/* VTK GetCellSize(id): number of points of the cell, or a negative status */
VB_API int64_t vb_data_set_get_cell_size(vb_data_object *d, int64_t id);
VB_API int64_t vb_data_set_get_max_cell_size(const vb_data_object *d);
VB_API vb_attributes *vb_data_set_get_point_data(const vb_data_object *d); /* borrowed, NULL if no data set */
VB_API vb_attributes *vb_data_set_get_cell_data(const vb_data_object *d);
/* VTK CopyStructure(src): dst (same class as src) shares src's structure
 * (points, cells, extent, ...); point/cell/field data untouched. */
VB_API int vb_data_set_copy_structure(vb_data_object *dst, const vb_data_object *src);

/* ---- vtkPointSet ---- */
VB_API vb_points *vb_point_set_get_points(const vb_data_object *d); /* borrowed; NULL if none */
VB_API int vb_point_set_set_points(vb_data_object *d, vb_points *pts); /* retains; NULL removes */

#endif

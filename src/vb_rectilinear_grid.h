/* vb_rectilinear_grid.h - vtkRectilinearGrid: a structured grid whose point
 * (i, j, k) is (X[i], Y[j], Z[k]) from three coordinate arrays (shared, not
 * copied; a new grid has three vtkDoubleArray of one value 0, as VTK;
 * Initialize drops them: NULL coordinates read 0).  Point
 * ids run i fastest from the extent's start; cells as vtkImageData's.  A
 * coordinate past its array reads 0 (VTK reads past the memory).  Bounds are
 * the first and last value of each coordinate array (VTK).
 * vb_rectilinear_grid_get_points: a vtkPoints (borrowed, kept) whose data is a
 * vtkStructuredPointArray over the coordinate arrays themselves.
 * Ownership and errors as vb_image_data.h. */
#ifndef VB_RECTILINEAR_GRID_H
#define VB_RECTILINEAR_GRID_H

#include "vb_api.h"

#include "vb_data_set.h"
#include "vb_image_data.h"

typedef struct vb_rectilinear_grid vb_rectilinear_grid; /* class "vtkRectilinearGrid" */

VB_API vb_rectilinear_grid *vb_rectilinear_grid_new(void);
VB_API vb_rectilinear_grid *vb_rectilinear_grid_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API vb_data_object *vb_rectilinear_grid_data_object(vb_rectilinear_grid *g);
VB_API int vb_rectilinear_grid_set_extent(vb_rectilinear_grid *g, const int ext[6]);
VB_API int vb_rectilinear_grid_get_extent(const vb_rectilinear_grid *g, int ext[6]);
VB_API int vb_rectilinear_grid_set_dimensions(vb_rectilinear_grid *g, int i, int j, int k);
VB_API int vb_rectilinear_grid_get_dimensions(const vb_rectilinear_grid *g, int dims[3]);
VB_API int vb_rectilinear_grid_get_data_dimension(const vb_rectilinear_grid *g);
/* Set/GetX/Y/ZCoordinates (axis 0, 1, 2): one-component arrays, retained;
 * NULL is VB_EINVAL.  get: borrowed, NULL after Initialize. */
VB_API int vb_rectilinear_grid_set_coordinates(vb_rectilinear_grid *g, int axis, vb_array *a);
VB_API vb_array *vb_rectilinear_grid_get_coordinates(const vb_rectilinear_grid *g, int axis);
VB_API int64_t vb_rectilinear_grid_compute_point_id(const vb_rectilinear_grid *g, const int ijk[3]);
VB_API int64_t vb_rectilinear_grid_compute_cell_id(const vb_rectilinear_grid *g, const int ijk[3]);
VB_API vb_points *vb_rectilinear_grid_get_points(vb_rectilinear_grid *g);

#endif

/* vb_image_data.h - vtkImageData: a regular grid given by its extent,
 * spacing, origin and direction matrix; no coordinates are stored.
 *
 * Point (i, j, k) of the extent is origin + D * (spacing * (i, j, k)) (D the
 * direction matrix, row-major, identity by default); point ids run i fastest
 * from the extent's start.  Cells are vertices, lines, pixels or voxels by
 * the number of axes with more than one point (VTK).  The generic data set
 * calls (vb_data_set.h) answer for it (points, cells, bounds, copies).
 *
 * vb_image_data_get_points: a vtkPoints (borrowed; made on first call, kept by
 * the image) whose data is a vtkStructuredPointArray (vb_implicit.h) over
 * three coordinate arrays of nx + ny + nz values: a 512^3 image's points
 * cost a few KiB.  The same points object follows every later change of the
 * geometry (as VTK 9.7).
 *
 * Ownership: new returns a new reference; getters return borrowed objects
 * valid while the image holds them.  Errors: negative vb_status, the image
 * unchanged.
 */
#ifndef VB_IMAGE_DATA_H
#define VB_IMAGE_DATA_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_data_set.h"

enum { VB_RECTILINEAR_GRID = 3, VB_IMAGE_DATA = 6 };

typedef struct vb_image_data vb_image_data; /* a vb_data_object, class "vtkImageData" */

VB_API vb_image_data *vb_image_data_new(void); /* extent 0 -1 0 -1 0 -1, spacing 1, origin 0 */
VB_API vb_image_data *vb_image_data_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API vb_data_object *vb_image_data_data_object(vb_image_data *im); /* borrowed, same object */

/* SetExtent: i0 i1 j0 j1 k0 k1 (an axis with i1 < i0 is empty); SetDimensions(n):
 * extent 0 .. n - 1 (VB_EINVAL for a negative dimension). */
VB_API int vb_image_data_set_extent(vb_image_data *im, const int ext[6]);
VB_API int vb_image_data_get_extent(const vb_image_data *im, int ext[6]);
VB_API int vb_image_data_set_dimensions(vb_image_data *im, int i, int j, int k);
VB_API int vb_image_data_get_dimensions(const vb_image_data *im, int dims[3]);
VB_API int vb_image_data_set_spacing(vb_image_data *im, const double s[3]);
VB_API int vb_image_data_get_spacing(const vb_image_data *im, double s[3]);
VB_API int vb_image_data_set_origin(vb_image_data *im, const double o[3]);
VB_API int vb_image_data_get_origin(const vb_image_data *im, double o[3]);
VB_API int vb_image_data_set_direction_matrix(vb_image_data *im, const double m[9]);
VB_API int vb_image_data_get_direction_matrix(const vb_image_data *im, double m[9]);
VB_API int vb_image_data_get_data_dimension(const vb_image_data *im);

/* ComputePointId / ComputeCellId of ijk (extent coordinates; not checked, as VTK) */
VB_API int64_t vb_image_data_compute_point_id(const vb_image_data *im, const int ijk[3]);
VB_API int64_t vb_image_data_compute_cell_id(const vb_image_data *im, const int ijk[3]);
/* ComputeStructuredCoordinates: 1 when x is inside (ijk: the cell, pcoords in
 * it), else 0 (ijk/pcoords still computed) */
VB_API int vb_image_data_compute_structured_coordinates(const vb_image_data *im, const double x[3], int ijk[3],
                                                        double pcoords[3]);
/* FindPoint: the id of the point nearest x, -1 outside the extent */
VB_API int64_t vb_image_data_find_point(const vb_image_data *im, const double x[3]);
/* continuous index <-> physical point */
VB_API int vb_image_data_transform_continuous_index_to_physical_point(const vb_image_data *im,
                                                                      const double ijk[3], double x[3]);
VB_API int vb_image_data_transform_physical_point_to_continuous_index(const vb_image_data *im,
                                                                      const double x[3], double ijk[3]);
/* GetPoints (see above): borrowed, NULL + VB_ENOMEM */
VB_API vb_points *vb_image_data_get_points(vb_image_data *im);
/* AllocateScalars(type, ncomp): new point scalars "ImageScalars" of the
 * image's point count (zeroed), set as the active scalars */
VB_API int vb_image_data_allocate_scalars(vb_image_data *im, int type, int ncomp);

#endif

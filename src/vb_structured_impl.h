/* vb_structured_impl.h - what vb_image_data.c and vb_rectilinear_grid.c ask
 * of an extent, over vb_structured.h's index math (vtkStructuredData).
 * Private. */
#ifndef VB_STRUCTURED_IMPL_H
#define VB_STRUCTURED_IMPL_H

#include <stdint.h>

#include "vb_id_list.h"
#include "vb_internal.h"
#include "vb_structured.h"

/* points along each axis (0 for an empty axis) */
static inline void vb__extent_dims(const int ext[6], int64_t d[3]) {
  int n[3], c;
  vb__structured_dims(ext, n);
  for (c = 0; c < 3; c++) d[c] = n[c];
}
static inline int64_t vb__extent_points(const int ext[6]) {
  int n[3];
  vb__structured_dims(ext, n);
  return vb__structured_npoints(n);
}
static inline int64_t vb__extent_cells(const int ext[6]) {
  int n[3];
  vb__structured_dims(ext, n);
  return vb__structured_ncells(n);
}
/* axes with more than one point: 0..3 (VTK GetDataDimension; 0 when empty) */
static inline int vb__extent_data_dimension(const int ext[6]) {
  int n[3];
  vb__structured_dims(ext, n);
  return vb__structured_dimension(n);
}
/* the ijk (from the extent's start) of point id */
static inline void vb__extent_ijk(const int ext[6], int64_t id, int64_t ijk[3]) {
  int64_t d[3];
  vb__extent_dims(ext, d);
  ijk[0] = id % d[0];
  ijk[1] = (id / d[0]) % d[1];
  ijk[2] = id / d[0] / d[1];
}
/* cell id of a non-empty extent: its VTK type (vertex, line, pixel, voxel)
 * and, when ids != NULL, its point ids; a negative status on failure */
static inline int vb__extent_cell(const int ext[6], int64_t id, vb_id_list *ids) {
  int n[3], st;
  int64_t pts[8];
  vb__structured_dims(ext, n);
  if (!ids) return vb__structured_cell_type(n, 0);
  st = vb_id_list_set_list(ids, pts, vb__structured_cell_points(n, id, pts));
  return st < 0 ? st : vb__structured_cell_type(n, 0);
}
/* an extent whose axes have fewer than 2^31 points, 3 x its points in
 * int64: VB_OK, else VB_EINVAL / VB_EOVERFLOW named after fn */
static inline int vb__extent_check(const char *fn, const int ext[6]) {
  int64_t d[3];
  int c;
  VB_CHECK_IN(fn, ext != NULL, VB_EINVAL, "extent is NULL");
  vb__extent_dims(ext, d);
  for (c = 0; c < 3; c++) VB_CHECK_IN(fn, d[c] < INT32_MAX, VB_EINVAL, "extent axis %d is too long", c);
  VB_CHECK_IN(fn, d[0] * d[1] <= INT64_MAX / (d[2] ? d[2] : 1) / 3, VB_EOVERFLOW, "the extent has too many points");
  return VB_OK;
}

#endif

/* vb_structured.c - vtkStructuredData's index math (vb_structured.h). */
#include "vb_structured.h"

#include <limits.h>

#include "vb_polydata.h" /* the VTK cell type values */

void vb__structured_dims(const int ext[6], int dims[3]) {
  for (int i = 0; i < 3; i++) {
    int64_t d = (int64_t)ext[2 * i + 1] - ext[2 * i] + 1;
    dims[i] = d < 0 ? 0 : d > INT_MAX ? INT_MAX : (int)d;
  }
}

static int empty(const int dims[3]) { return dims[0] < 1 || dims[1] < 1 || dims[2] < 1; }

int vb__structured_dimension(const int dims[3]) {
  if (empty(dims)) return 0;
  return (dims[0] > 1) + (dims[1] > 1) + (dims[2] > 1);
}

int vb__structured_description(const int dims[3]) {
  int x = dims[0] > 1, y = dims[1] > 1, z = dims[2] > 1;
  if (empty(dims)) return VB__STRUCTURED_EMPTY;
  switch (x | y << 1 | z << 2) {
  case 0: return VB__STRUCTURED_SINGLE_POINT;
  case 1: return VB__STRUCTURED_X_LINE;
  case 2: return VB__STRUCTURED_Y_LINE;
  case 4: return VB__STRUCTURED_Z_LINE;
  case 3: return VB__STRUCTURED_XY_PLANE;
  case 6: return VB__STRUCTURED_YZ_PLANE;
  case 5: return VB__STRUCTURED_XZ_PLANE;
  default: return VB__STRUCTURED_XYZ_GRID;
  }
}

int64_t vb__structured_npoints(const int dims[3]) {
  return empty(dims) ? 0 : (int64_t)dims[0] * dims[1] * dims[2];
}

static int64_t cdim(int d) { return d > 1 ? d - 1 : 1; }

int64_t vb__structured_ncells(const int dims[3]) {
  return empty(dims) ? 0 : cdim(dims[0]) * cdim(dims[1]) * cdim(dims[2]);
}

int64_t vb__structured_point_id(const int dims[3], const int ijk[3]) {
  return ijk[0] + (int64_t)dims[0] * (ijk[1] + (int64_t)dims[1] * ijk[2]);
}

int64_t vb__structured_cell_id(const int dims[3], const int ijk[3]) {
  return ijk[0] + cdim(dims[0]) * (ijk[1] + cdim(dims[1]) * ijk[2]);
}

int vb__structured_cell_points(const int dims[3], int64_t cell, int64_t ids[8]) {
  int64_t c[3], lo[3], hi[3];
  int n = 0;
  if (empty(dims)) return 0;
  c[0] = cell % cdim(dims[0]);
  c[1] = cell / cdim(dims[0]) % cdim(dims[1]);
  c[2] = cell / (cdim(dims[0]) * cdim(dims[1]));
  for (int a = 0; a < 3; a++) { /* an axis of one point contributes one layer */
    lo[a] = c[a];
    hi[a] = dims[a] > 1 ? c[a] + 1 : c[a];
  }
  for (int64_t k = lo[2]; k <= hi[2]; k++)
    for (int64_t j = lo[1]; j <= hi[1]; j++)
      for (int64_t i = lo[0]; i <= hi[0]; i++) ids[n++] = i + dims[0] * (j + (int64_t)dims[1] * k);
  return n;
}

int vb__structured_cell_type(const int dims[3], int hex) {
  static const int image[] = {VB_VERTEX, VB_LINE, VB_PIXEL, 11 /* VTK_VOXEL */};
  static const int grid[] = {VB_VERTEX, VB_LINE, VB_QUAD, 12 /* VTK_HEXAHEDRON */};
  if (empty(dims)) return VB_EMPTY_CELL;
  return (hex ? grid : image)[vb__structured_dimension(dims)];
}

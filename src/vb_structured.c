/* vb_structured.c - structured topology (vb_structured_impl.h). */
#include "vb_internal.h"
#include "vb_structured_impl.h"

enum { VTK_EMPTY_CELL = 0, VTK_VERTEX = 1, VTK_LINE = 3, VTK_PIXEL = 8, VTK_VOXEL = 11 };

void vb__extent_dims(const int ext[6], int64_t d[3]) {
  int c;
  for (c = 0; c < 3; c++) d[c] = ext[2 * c + 1] >= ext[2 * c] ? (int64_t)ext[2 * c + 1] - ext[2 * c] + 1 : 0;
}

int64_t vb__extent_points(const int ext[6]) {
  int64_t d[3];
  vb__extent_dims(ext, d);
  return d[0] * d[1] * d[2];
}

int64_t vb__extent_cells(const int ext[6]) {
  int64_t d[3], n = 1;
  int c;
  vb__extent_dims(ext, d);
  for (c = 0; c < 3; c++) {
    if (d[c] == 0) return 0;
    n *= d[c] > 1 ? d[c] - 1 : 1;
  }
  return n;
}

int vb__extent_data_dimension(const int ext[6]) {
  int64_t d[3];
  int c, n = 0;
  vb__extent_dims(ext, d);
  if (d[0] * d[1] * d[2] == 0) return 0;
  for (c = 0; c < 3; c++) n += d[c] > 1;
  return n;
}

void vb__extent_ijk(const int ext[6], int64_t id, int64_t ijk[3]) {
  int64_t d[3];
  vb__extent_dims(ext, d);
  ijk[0] = id % d[0];
  ijk[1] = (id / d[0]) % d[1];
  ijk[2] = id / d[0] / d[1];
}

int vb__extent_cell(const int ext[6], int64_t id, vb_id_list *ids) {
  static const int types[4] = {VTK_VERTEX, VTK_LINE, VTK_PIXEL, VTK_VOXEL};
  int64_t d[3], cd[3], cijk[3], pts[8], base;
  int c, n = 0, axes[3], na = 0, k;
  vb__extent_dims(ext, d);
  for (c = 0; c < 3; c++) {
    cd[c] = d[c] > 1 ? d[c] - 1 : 1;
    if (d[c] > 1) axes[na++] = c;
  }
  cijk[0] = id % cd[0];
  cijk[1] = (id / cd[0]) % cd[1];
  cijk[2] = id / cd[0] / cd[1];
  if (!ids) return types[na];
  base = cijk[0] + cijk[1] * d[0] + cijk[2] * d[0] * d[1];
  /* corners in VTK's order: the first varying axis fastest */
  for (k = 0; k < (1 << na); k++) {
    int64_t p = base;
    for (c = 0; c < na; c++)
      if (k & (1 << c)) p += axes[c] == 0 ? 1 : axes[c] == 1 ? d[0] : d[0] * d[1];
    pts[n++] = p;
  }
  k = vb_id_list_set_list(ids, pts, n);
  return k < 0 ? k : types[na];
}

int vb__extent_check(const char *fn, const int ext[6]) {
  int64_t d[3];
  int c;
  VB_CHECK_IN(fn, ext != NULL, VB_EINVAL, "extent is NULL");
  vb__extent_dims(ext, d);
  for (c = 0; c < 3; c++) VB_CHECK_IN(fn, d[c] < ((int64_t)1 << 31), VB_EINVAL, "extent axis %d is too long", c);
  VB_CHECK_IN(fn, d[0] * d[1] <= INT64_MAX / (d[2] ? d[2] : 1) / 3, VB_EOVERFLOW, "the extent has too many points");
  return VB_OK;
}

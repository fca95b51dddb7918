/* vb_cell_get.c - cells of data sets: GetCell and GetDistinctCellTypes
 * (vb_cell.h). */
#include "vb_cell.h"
#include "vb_internal.h"

int vb_polydata_get_cell(vb_polydata *pd, int64_t id, vb_cell *cell) {
  int64_t n;
  VB_CHECK(pd && cell, VB_EINVAL, "data set or cell is NULL");
  int st = vb_polydata_get_cell_size(pd, id, &n);
  if (st < 0) return VB_NAMED(st);
  vb_id *ids = vb__alloc((size_t)(n + 1) * sizeof *ids, VB_MIN_ALIGN);
  if (!ids) return VB_NAMED(VB_ENOMEM);
  int type = vb_polydata_get_cell_points(pd, id, ids, n, &n);
  st = type < 0 ? type : vb_cell_set(cell, type, n, ids, vb_polydata_get_points(pd), NULL);
  vb__free(ids);
  return VB_NAMED(st);
}

int vb_polydata_get_distinct_cell_types(vb_polydata *pd, vb_cell_types *types) {
  unsigned char seen[256] = {0};
  VB_CHECK(pd && types, VB_EINVAL, "data set or cell types is NULL");
  int64_t n = vb_polydata_get_number_of_cells(pd), count = 0;
  for (int64_t i = 0; i < n; i++) {
    int t = vb_polydata_get_cell_type(pd, i);
    if (t < 0) return VB_NAMED(t);
    count += !seen[t & 255];
    seen[t & 255] = 1;
  }
  int st = vb_cell_types_allocate(types, count);
  for (int t = 0; st == VB_OK && t < 256; t++)
    if (seen[t]) st = (int)vb_cell_types_insert_next_cell(types, t) < 0 ? VB_ENOMEM : VB_OK;
  return VB_NAMED(st < 0 ? st : VB_OK);
}

/* vb_cell_get.c - cells of data sets: GetCell and GetDistinctCellTypes over
 * the data set base (vb_cell.h). */
#include "vb_cell_impl.h"
#include "vb_internal.h"
#include "vb_unstructured_grid_impl.h"

int vb_data_set_get_cell(vb_data_object *d, int64_t id, vb_cell *cell) {
  VB_CHECK(d && cell, VB_EINVAL, "data set or cell is NULL");
  vb_id_list *ids = vb_id_list_new();
  vb_cell_array *faces = NULL;
  if (!ids) return VB_NAMED(VB_ENOMEM);
  int type = vb_data_set_get_cell_points(d, id, ids), st = type < 0 ? type : VB_OK;
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(&d->obj);
  if (st == VB_OK && type == VB_POLYHEDRON && g)
    st = (faces = vb_cell_array_new()) ? vb_unstructured_grid_get_cell_faces(g, id, faces) : VB_ENOMEM;
  if (st == VB_OK)
    st = vb__cell_set_from(cell, type, vb_id_list_get_number_of_ids(ids), vb_id_list_data(ids), d, faces, VB_FUNC);
  vb_cell_array_release(faces);
  vb_id_list_release(ids);
  return VB_NAMED(st);
}

int vb_data_set_get_distinct_cell_types(vb_data_object *d, vb_cell_types *types) {
  unsigned char seen[256] = {0};
  VB_CHECK(d && types, VB_EINVAL, "data set or cell types is NULL");
  int64_t n = vb_data_set_get_number_of_cells(d), count = 0;
  for (int64_t i = 0; i < n; i++) {
    int t = vb_data_set_get_cell_type(d, i);
    if (t < 0) return VB_NAMED(t);
    count += !seen[t & 255];
    seen[t & 255] = 1;
  }
  int st = vb_cell_types_allocate(types, count);
  for (int t = 0; st == VB_OK && t < 256; t++)
    if (seen[t]) vb_cell_types_insert_next_cell(types, t); /* room allocated */
  return VB_NAMED(st);
}

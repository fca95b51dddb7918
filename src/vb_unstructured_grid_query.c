/* vb_unstructured_grid_query.c - vtkUnstructuredGrid (vb_unstructured_grid.h):
 * SetCells, the getters, polyhedron faces, point cells, distinct types,
 * Reset / Squeeze. */
#include "vb_unstructured_grid_impl.h"

#include <string.h>

#define CHECK_G(g) VB_CHECK((g) != NULL, VB_EINVAL, "unstructured grid is NULL")

int vb__cell_ids(const vb_cell_array *ca, int64_t id, vb_id_list *ids) {
  int64_t n;
  vb_id small[32], *p = small;
  int st = vb_cell_array_get_cell_size(ca, id, &n);
  if (st < 0) return st;
  if (n > 32 && !(p = vb__alloc((size_t)n * sizeof *p, VB_MIN_ALIGN))) return VB_ENOMEM;
  vb_cell_array_get_cell(ca, id, p, n, &n);
  st = vb_id_list_set_list(ids, p, n);
  if (p != small) vb__free(p);
  return st;
}

static int check_types(vb_array *types, vb_cell_array *cells, const char *fn) {
  VB_CHECK_IN(fn, types && cells, VB_EINVAL, "cell types or cells are NULL");
  VB_CHECK_IN(fn, vb_array_get_number_of_components(types) == 1, VB_EINVAL, "cell types need 1 component, not %d",
              vb_array_get_number_of_components(types));
  VB_CHECK_IN(fn, vb_array_get_number_of_tuples(types) >= vb_cell_array_get_number_of_cells(cells), VB_EINVAL,
              "%lld cell types for %lld cells", (long long)vb_array_get_number_of_tuples(types),
              (long long)vb_cell_array_get_number_of_cells(cells));
  return VB_OK;
}

int vb_unstructured_grid_set_polyhedral_cells(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells,
                                              vb_cell_array *face_locations, vb_cell_array *faces) {
  CHECK_G(g);
  int st = check_types(types, cells, VB_FUNC);
  if (st < 0) return st;
  VB_CHECK(!face_locations == !faces, VB_EINVAL, "face locations and faces go together");
  vb__ugrid_set4(g, types, cells, face_locations, faces);
  return VB_OK;
}

int vb_unstructured_grid_set_cells(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells) {
  CHECK_G(g);
  int st = check_types(types, cells, VB_FUNC), poly = 0;
  int64_t n = vb_cell_array_get_number_of_cells(cells);
  if (st < 0) return st;
  int bulk = vb_array_type(types) == VB_UNSIGNED_CHAR && vb_array_contiguous_buffer(types) && vb_array_data(types);
  if (bulk) poly = n > 0 && memchr(vb_array_data(types), VB_POLYHEDRON, (size_t)n) != NULL;
  for (int64_t i = 0; i < n && !poly && !bulk; i++) {
    double v;
    vb_array_get_value(types, i, &v);
    poly = ((int)v & 255) == VB_POLYHEDRON;
  }
  if (!poly) {
    vb__ugrid_set4(g, types, cells, NULL, NULL);
    return VB_OK;
  }
  /* the polyhedra's face streams become cells + faces: built in a grid of
   * their own, then shared */
  vb_unstructured_grid *tmp = vb_unstructured_grid_new();
  vb_id_list *ids = vb_id_list_new();
  st = tmp && ids ? VB_OK : VB_ENOMEM;
  for (int64_t i = 0; st == VB_OK && i < n; i++) {
    double v;
    vb_array_get_value(types, i, &v);
    int t = (int)v & 255;
    if ((st = vb__cell_ids(cells, i, ids)) < 0) break;
    const vb_id *p = vb_id_list_data(ids);
    int64_t m = vb_id_list_get_number_of_ids(ids);
    int64_t r = t == VB_POLYHEDRON ? (m ? vb_unstructured_grid_insert_next_cell(tmp, t, p[0], p + 1, m - 1)
                                       : vb__fail(VB_FUNC, VB_EINVAL, "polyhedron %lld has no face stream", (long long)i))
                                   : vb_unstructured_grid_insert_next_cell(tmp, t, m, p, m);
    if (r < 0) st = (int)r;
  }
  if (st == VB_OK) vb__ugrid_set4(g, types, tmp->cells, tmp->face_locations, tmp->faces);
  vb_id_list_release(ids);
  vb_unstructured_grid_release(tmp);
  return VB_NAMED(st);
}

int vb_unstructured_grid_set_cells_type(vb_unstructured_grid *g, int type, vb_cell_array *cells) {
  CHECK_G(g);
  VB_CHECK(cells != NULL, VB_EINVAL, "cells are NULL");
  VB_CHECK(type >= 0 && type <= 255, VB_ENOFIT, "cell type %d is not an unsigned char", type);
  int64_t n = vb_cell_array_get_number_of_cells(cells);
  vb_array *t = vb_array_new(VB_UNSIGNED_CHAR);
  int st = t ? vb_array_set_number_of_values(t, n) : VB_ENOMEM;
  for (int64_t i = 0; st == VB_OK && i < n; i++) vb_array_set_value(t, i, type);
  if (st == VB_OK) st = vb_unstructured_grid_set_cells(g, t, cells);
  vb_array_release(t);
  return VB_NAMED(st);
}

vb_cell_array *vb_unstructured_grid_get_cells(const vb_unstructured_grid *g) { return g ? g->cells : NULL; }
vb_array *vb_unstructured_grid_get_cell_types(const vb_unstructured_grid *g) { return g ? g->types : NULL; }
vb_cell_array *vb_unstructured_grid_get_polyhedron_faces(const vb_unstructured_grid *g) { return g ? g->faces : NULL; }
vb_cell_array *vb_unstructured_grid_get_polyhedron_face_locations(const vb_unstructured_grid *g) {
  return g ? g->face_locations : NULL;
}

int vb_unstructured_grid_get_cell_faces(const vb_unstructured_grid *g, int64_t cell, vb_cell_array *faces) {
  CHECK_G(g);
  VB_CHECK(faces != NULL, VB_EINVAL, "faces are NULL");
  vb_cell_array *out = vb_cell_array_new();
  vb_id_list *loc = vb_id_list_new(), *f = vb_id_list_new();
  int st = out && loc && f ? VB_OK : VB_ENOMEM;
  if (st == VB_OK && g->faces && cell >= 0 && cell < vb_cell_array_get_number_of_cells(g->face_locations))
    st = vb__cell_ids(g->face_locations, cell, loc);
  for (int64_t k = 0; st == VB_OK && k < vb_id_list_get_number_of_ids(loc); k++)
    if ((st = vb__cell_ids(g->faces, vb_id_list_data(loc)[k], f)) == VB_OK)
      st = (int)vb_cell_array_insert_next_cell(out, vb_id_list_get_number_of_ids(f), vb_id_list_data(f)) < 0 ? vb_last_status() : VB_OK;
  if (st == VB_OK) st = vb_cell_array_deep_copy(faces, out);
  vb_cell_array_release(out);
  vb_id_list_release(loc);
  vb_id_list_release(f);
  return VB_NAMED(st);
}

int vb_unstructured_grid_get_face_stream(vb_unstructured_grid *g, int64_t cell, vb_id_list *ids) {
  CHECK_G(g);
  VB_CHECK(ids != NULL, VB_EINVAL, "id list is NULL");
  int t = vb_data_set_get_cell_type(&g->base, cell);
  if (t < 0) return VB_NAMED(t);
  if (t != VB_POLYHEDRON) return VB_NAMED(vb_data_set_get_cell_points(&g->base, cell, ids) < 0 ? vb_last_status() : VB_OK);
  vb_cell_array *f = vb_cell_array_new();
  vb_array *legacy = vb_array_new(VB_ID_TYPE);
  int st = f && legacy ? vb_unstructured_grid_get_cell_faces(g, cell, f) : VB_ENOMEM;
  if (st == VB_OK) st = vb_cell_array_export_legacy_format(f, legacy);
  int64_t n = vb_array_get_number_of_values(legacy);
  vb_id *s = st == VB_OK ? vb__alloc((size_t)(n + 1) * sizeof *s, VB_MIN_ALIGN) : NULL;
  if (st == VB_OK && !s) st = VB_ENOMEM;
  if (st == VB_OK) {
    s[0] = vb_cell_array_get_number_of_cells(f);
    for (int64_t k = 0; k < n; k++) vb_array_get_value_i64(legacy, k, &s[k + 1]);
    st = vb_id_list_set_list(ids, s, s[0] ? n + 1 : 0);
  }
  vb__free(s);
  vb_cell_array_release(f);
  vb_array_release(legacy);
  return VB_NAMED(st);
}

vb_array *vb_unstructured_grid_get_distinct_cell_types_array(vb_unstructured_grid *g) {
  VB_CHECK_NULL(g, VB_EINVAL, "unstructured grid is NULL");
  unsigned char seen[256] = {0};
  int64_t n = g->types ? vb_cell_array_get_number_of_cells(g->cells) : 0, count = 0;
  if (!g->distinct && !(g->distinct = vb_cell_types_new())) return VB_NAMED(VB_ENOMEM), NULL;
  for (int64_t i = 0; i < n; i++) {
    int t = vb__ug_type(g, i);
    if (t < 0) return VB_NAMED(t), NULL;
    count += !seen[t];
    seen[t] = 1;
  }
  vb_cell_types_reset(g->distinct);
  if (vb_cell_types_allocate(g->distinct, count) < 0) return VB_NAMED(vb_last_status()), NULL;
  for (int t = 0; t < 256; t++)
    if (seen[t]) vb_cell_types_insert_next_cell(g->distinct, t); /* room allocated */
  return vb_cell_types_get_array(g->distinct);
}

int vb_unstructured_grid_is_homogeneous(vb_unstructured_grid *g) {
  if (!g || !g->types || vb_array_get_number_of_values(g->types) == 0) return 0;
  vb_array *d = vb_unstructured_grid_get_distinct_cell_types_array(g);
  return d && vb_array_get_number_of_values(d) == 1;
}

int vb_unstructured_grid_get_point_cells(vb_unstructured_grid *g, int64_t pt, vb_id_list *ids) {
  CHECK_G(g);
  VB_CHECK(ids != NULL, VB_EINVAL, "id list is NULL");
  int64_t np = vb_data_set_get_number_of_points(&g->base), n = vb_cell_array_get_number_of_cells(g->cells);
  VB_CHECK(pt >= 0 && pt < np, VB_ERANGE, "point %lld not in [0, %lld)", (long long)pt, (long long)np);
  vb_id_list *out = vb_id_list_new(), *c = vb_id_list_new();
  int st = out && c ? VB_OK : VB_ENOMEM;
  for (int64_t i = 0; st == VB_OK && i < n; i++)
    if ((st = vb__cell_ids(g->cells, i, c)) == VB_OK && vb_id_list_is_id(c, pt) >= 0)
      st = vb_id_list_insert_next_id(out, i) < 0 ? VB_ENOMEM : VB_OK;
  if (st == VB_OK) st = vb_id_list_deep_copy(ids, out);
  vb_id_list_release(out);
  vb_id_list_release(c);
  return VB_NAMED(st);
}

int vb_unstructured_grid_get_ids_of_cells_of_type(vb_unstructured_grid *g, int type, vb_array *out) {
  CHECK_G(g);
  VB_CHECK(out && vb_array_get_number_of_components(out) == 1, VB_EINVAL, "expected an array of 1 component");
  int64_t n = vb_cell_array_get_number_of_cells(g->cells), m = 0;
  for (int64_t i = 0; i < n; i++) m += vb__ug_type(g, i) == type;
  int st = vb_array_reserve_values(out, vb_array_get_number_of_values(out) + m);
  for (int64_t i = 0; st == VB_OK && i < n; i++)
    if (vb__ug_type(g, i) == type) vb_array_insert_next_value_i64(out, i);
  return VB_NAMED(st);
}

int vb_unstructured_grid_reset(vb_unstructured_grid *g) {
  CHECK_G(g);
  vb_cell_array *ca[3] = {g->cells, g->faces, g->face_locations};
  for (int k = 0; k < 3; k++)
    if (ca[k]) vb_cell_array_reset(ca[k]);
  if (g->types) vb_array_reset(g->types);
  vb_object_modified(&g->base.obj);
  return VB_OK;
}

int vb_unstructured_grid_squeeze(vb_unstructured_grid *g) {
  CHECK_G(g);
  int st = VB_OK;
  vb_cell_array *ca[3] = {g->cells, g->faces, g->face_locations};
  for (int k = 0; st == VB_OK && k < 3; k++)
    if (ca[k]) st = vb_cell_array_squeeze(ca[k]);
  if (st == VB_OK && g->types) st = vb_array_squeeze(g->types);
  if (st == VB_OK && g->base.points) st = vb_points_squeeze(g->base.points);
  return VB_NAMED(st);
}

/* test_surface.c - vtkGeometryFilter in the core: a hexahedron pair and an
 * image's surface (counts and original ids; the VTK 9.7.1 comparison of the
 * whole corpus runs in Python and JS, tests/data/surface_ref.json), bad
 * input, and allocation failures at every allocation (no leak, the previous
 * output kept until an update succeeds), vtkDataSetSurfaceFilter's
 * structured paths included. */
#include "vb_test.h"

static vb_unstructured_grid *two_hexes(void) {
  vb_unstructured_grid *g = vb_unstructured_grid_new();
  vb_points *p = vb_points_new(VB_FLOAT);
  for (int k = 0; k < 3; k++)
    for (int j = 0; j < 2; j++)
      for (int i = 0; i < 2; i++) {
        double x[3] = {i, j, k};
        vb_points_insert_next_point(p, x);
      }
  double far[3] = {9, 9, 9};
  vb_points_insert_next_point(p, far); /* unused: dropped */
  vb_point_set_set_points((vb_data_object *)g, p);
  vb_points_release(p);
  const vb_id a[8] = {0, 1, 3, 2, 4, 5, 7, 6}, b[8] = {4, 5, 7, 6, 8, 9, 11, 10}, v[1] = {12};
  vb_unstructured_grid_insert_next_cell(g, 12, 8, a, 8);
  vb_unstructured_grid_insert_next_cell(g, 1, 1, v, 1);
  vb_unstructured_grid_insert_next_cell(g, 12, 8, b, 8);
  return g;
}

static int64_t id_at(vb_attributes *at, const char *name, int64_t i) {
  int64_t v = -1;
  vb_array_get_value_i64(vb_attributes_get_array_by_name(at, name, NULL), i, &v);
  return v;
}

TEST(hexes_and_vertex) {
  vb_unstructured_grid *g = two_hexes();
  vb_surface_filter *f = vb_surface_filter_new(0);
  vb_data_object *in = (vb_data_object *)g;
  CHECK_EQ_INT(vb_surface_filter_update(f), VB_EINVAL); /* no input */
  vb_surface_filter_set_input(f, in);
  vb_surface_filter_set_pass_ids(f, 0, 1);
  vb_surface_filter_set_pass_ids(f, 1, 1);
  CHECK_EQ_INT(vb_surface_filter_update(f), VB_OK);
  vb_polydata *o = vb_surface_filter_get_output(f);
  vb_data_object *od = (vb_data_object *)o;
  CHECK_EQ_INT(vb_data_set_get_number_of_points(od), 13);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(od), 11);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(vb_polydata_get_verts(o)), 1);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(vb_polydata_get_polys(o)), 10);
  vb_attributes *cd = vb_data_set_get_cell_data(od), *pd = vb_data_set_get_point_data(od);
  CHECK_EQ_INT(id_at(cd, "vtkOriginalCellIds", 0), 1); /* the vertex first */
  CHECK_EQ_INT(id_at(cd, "vtkOriginalCellIds", 1), 0);
  CHECK_EQ_INT(id_at(cd, "vtkOriginalCellIds", 10), 2);
  CHECK_EQ_INT(id_at(pd, "vtkOriginalPointIds", 12), 12);
  CHECK_EQ_INT(vb_surface_filter_set_pass_ids(f, 2, 1), VB_EINVAL);
  vb_surface_filter_release(f);
  vb_unstructured_grid_release(g);
}

TEST(allocation_failures) {
  vb_unstructured_grid *g = two_hexes();
  vb_surface_filter *f = vb_surface_filter_new(1);
  vb_surface_filter_set_input(f, (vb_data_object *)g);
  vb_surface_filter_set_pass_ids(f, 1, 1);
  int ok = 0;
  for (long k = 0; k < 400 && !ok; k++) {
    vbt_alloc_fail_after(k);
    int st = vb_surface_filter_update(f);
    vbt_alloc_reset();
    if (st == VB_OK) ok = 1;
    else {
      CHECK_EQ_INT(st, VB_ENOMEM);
      vb_data_object *o = (vb_data_object *)vb_surface_filter_get_output(f);
      CHECK_EQ_INT(vb_data_set_get_number_of_cells(o), 0);
      CHECK_EQ_INT(vb_data_set_get_number_of_points(o), 0);
      CHECK_EQ_INT(vb_attributes_get_number_of_arrays(vb_data_set_get_cell_data(o)), 0);
    }
  }
  CHECK(ok);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells((vb_data_object *)vb_surface_filter_get_output(f)), 11);
  vb_surface_filter_release(f);
  vb_unstructured_grid_release(g);
}

/* a 3x2x2 structured grid, cell 1 blanked (nblank 1) or not */
static vb_data_object *grid(int nblank) {
  vb_structured_grid *g = vb_structured_grid_new();
  int ext[6] = {0, 2, 0, 1, 0, 1};
  vb_structured_grid_set_extent(g, ext);
  vb_points *p = vb_points_new(VB_DOUBLE);
  for (int k = 0; k < 2; k++)
    for (int j = 0; j < 2; j++)
      for (int i = 0; i < 3; i++) {
        double x[3] = {i, j, k};
        vb_points_insert_next_point(p, x);
      }
  vb_point_set_set_points((vb_data_object *)g, p);
  vb_points_release(p);
  if (nblank) vb_structured_grid_set_blank(g, VB_DATA_CELL, 1, 1);
  return (vb_data_object *)g;
}

TEST(dataset_surface_structured) {
  vb_image_data *im = vb_image_data_new();
  vb_image_data_set_dimensions(im, 3, 3, 3);
  vb_rectilinear_grid *rg = vb_rectilinear_grid_new();
  vb_rectilinear_grid_set_dimensions(rg, 1, 4, 1);
  vb_data_object *in[4] = {(vb_data_object *)im, grid(0), grid(1), (vb_data_object *)rg};
  const int64_t npts[4] = {54, 32, 8, 4}, ncells[4] = {24, 10, 6, 3};
  vb_surface_filter *f = vb_surface_filter_new(1);
  vb_surface_filter_set_pass_ids(f, 0, 1);
  vb_surface_filter_set_pass_ids(f, 1, 1);
  vb_data_object *o = (vb_data_object *)vb_surface_filter_get_output(f);
  for (int t = 0; t < 4; t++) {
    int ok = 0;
    vb_surface_filter_set_input(f, in[(t + 3) % 4]);
    CHECK_EQ_INT(vb_surface_filter_update(f), VB_OK);
    int64_t before = vb_data_set_get_number_of_points(o);
    vb_surface_filter_set_input(f, in[t]);
    for (long k = 0; k < 400 && !ok; k++) {
      vbt_alloc_fail_after(k);
      int st = vb_surface_filter_update(f);
      vbt_alloc_reset();
      if (st == VB_OK) ok = 1;
      else {
        CHECK_EQ_INT(st, VB_ENOMEM);
        int64_t n = vb_data_set_get_number_of_points(o); /* the previous output, or emptied (install failed) */
        CHECK(n == before || (n == 0 && vb_data_set_get_number_of_cells(o) == 0));
      }
    }
    CHECK(ok);
    CHECK_EQ_INT(vb_data_set_get_number_of_points(o), npts[t]);
    CHECK_EQ_INT(vb_data_set_get_number_of_cells(o), ncells[t]);
    vb_attributes *pd = vb_data_set_get_point_data(o);
    CHECK_EQ_INT(vb_attributes_has_array(pd, "vtkOriginalPointIds"), t < 3); /* a 1-D grid: none */
    if (t == 0) CHECK_EQ_INT(id_at(pd, "vtkOriginalPointIds", 9), 2); /* the x max side starts at point 2 */
  }
  vb_surface_filter_release(f);
  for (int t = 0; t < 4; t++) vb_object_release(vb_data_object_object(in[t]));
}

int main(void) {
  RUN(hexes_and_vertex);
  RUN(allocation_failures);
  RUN(dataset_surface_structured);
  return vb_test_done();
}

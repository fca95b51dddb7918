/* test_grids.c - vtkStructuredGrid and vtkTable in the core.  Expected
 * values: VTK 9.7.1 (the same calls in tests/conformance/snippets/grids.py,
 * checked against VTK by the conformance suite). */
#include "vb_test.h"

static vb_points *grid_points(int nx, int ny, int nz) {
  vb_points *p = vb_points_new(VB_FLOAT);
  for (int k = 0; k < nz; k++)
    for (int j = 0; j < ny; j++)
      for (int i = 0; i < nx; i++) {
        double x[3] = {i, j * 10, k * 100};
        vb_points_insert_next_point(p, x);
      }
  return p;
}

static int ids_equal(vb_id_list *l, const int64_t *want, int n) {
  if (vb_id_list_get_number_of_ids(l) != n) return 0;
  for (int i = 0; i < n; i++)
    if (vb_id_list_data(l)[i] != want[i]) return 0;
  return 1;
}

TEST(test_sg_extent_cells) {
  vb_structured_grid *g = vb_structured_grid_new();
  vb_data_object *d = vb_structured_grid_data_object(g);
  vb_id_list *l = vb_id_list_new();
  vb_points *p = grid_points(3, 2, 2);
  int ext[6] = {0, 2, 0, 1, 0, 1}, dims[3], e[6];
  double b[6], x[3];
  static const int64_t hex1[] = {1, 2, 5, 4, 7, 8, 11, 10};
  CHECK_EQ_INT(vb_data_object_get_data_object_type(d), VB_STRUCTURED_GRID);
  CHECK(vb_data_object_is_point_set(d));
  vb_structured_grid_get_extent(g, e);
  CHECK(e[0] == 0 && e[1] == -1 && e[5] == -1);
  CHECK_EQ_INT(vb_structured_grid_get_data_description(g), 9);
  CHECK_EQ_INT(vb_data_set_get_max_cell_size(d), 8);
  CHECK_EQ_INT(vb_structured_grid_set_extent(g, ext), VB_OK);
  vb_structured_grid_get_dimensions(g, dims);
  CHECK(dims[0] == 3 && dims[1] == 2 && dims[2] == 2);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(d), 2);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(d), 0); /* no points yet: VTK's 0 */
  CHECK_EQ_INT(vb_structured_grid_get_data_dimension(g), 3);
  CHECK_EQ_INT(vb_data_set_get_cell_type(d, 0), 12);
  CHECK_EQ_INT(vb_data_set_get_cell_points(d, 1, l), 12);
  CHECK(ids_equal(l, hex1, 8));
  CHECK_EQ_INT(vb_data_set_get_cell_type(d, 2), VB_ERANGE);
  CHECK_EQ_INT(vb_point_set_set_points(d, p), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(d), 12);
  vb_data_object_get_bounds(d, b);
  CHECK(b[0] == 0 && b[1] == 2 && b[3] == 10 && b[5] == 100);
  int ijk[3] = {1, 1, 1}, bad[3] = {3, 0, 0};
  CHECK_EQ_INT(vb_structured_grid_get_point_ijk(g, ijk, 1, x), 1);
  CHECK(x[0] == 1 && x[1] == 10 && x[2] == 100);
  x[0] = -7;
  CHECK_EQ_INT(vb_structured_grid_get_point_ijk(g, bad, 1, x), 0);
  CHECK(x[0] == -7);
  /* a quad plane at an offset extent: ids relative to the extent's start */
  int ext2[6] = {1, 3, 0, 1, 5, 5}, ijk2[3] = {2, 1, 5};
  static const int64_t quad1[] = {1, 2, 5, 4};
  vb_structured_grid_set_extent(g, ext2);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(d), 2);
  CHECK_EQ_INT(vb_data_set_get_cell_points(d, 1, l), VB_QUAD);
  CHECK(ids_equal(l, quad1, 4));
  CHECK_EQ_INT(vb_structured_grid_get_point_ijk(g, ijk2, 1, x), 1);
  CHECK(x[0] == 1 && x[1] == 10 && x[2] == 0);
  CHECK_EQ_INT(vb_structured_grid_get_point_ijk(g, ijk2, 0, x), VB_ERANGE); /* id 2+3+30: VTK reads past */
  /* Initialize: no points, empty extent */
  CHECK_EQ_INT(vb_data_object_initialize(d), VB_OK);
  CHECK(vb_point_set_get_points(d) == NULL);
  vb_structured_grid_get_dimensions(g, dims);
  CHECK(dims[0] == 0 && dims[1] == 0 && dims[2] == 0);
  vb_points_release(p);
  vb_id_list_release(l);
  vb_object_release(vb_data_object_object(d));
}

TEST(test_sg_blanking) {
  vb_structured_grid *g = vb_structured_grid_new();
  vb_data_object *d = vb_structured_grid_data_object(g);
  vb_points *p = grid_points(3, 3, 1);
  int ext[6] = {0, 2, 0, 2, 0, 0};
  vb_structured_grid_set_extent(g, ext);
  vb_point_set_set_points(d, p);
  CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_POINT, 99), 1); /* no ghosts: VTK's 1 */
  CHECK_EQ_INT(vb_structured_grid_has_any_blank(g, VB_DATA_CELL), 0);
  CHECK_EQ_INT(vb_structured_grid_set_blank(g, VB_DATA_POINT, 9, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_field_data_get_number_of_arrays(vb_attributes_field_data(vb_data_set_get_point_data(d))), 0);
  CHECK_EQ_INT(vb_structured_grid_set_blank(g, VB_DATA_POINT, 4, 1), VB_OK);
  CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_POINT, 4), 0);
  for (int c = 0; c < 4; c++) {
    CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_CELL, c), 0);
    CHECK_EQ_INT(vb_data_set_get_cell_type(d, c), VB_EMPTY_CELL);
    CHECK_EQ_INT(vb_data_set_get_cell_size(d, c), 0);
  }
  CHECK_EQ_INT(vb_structured_grid_has_any_blank(g, VB_DATA_POINT), 1);
  CHECK_EQ_INT(vb_structured_grid_has_any_blank(g, VB_DATA_CELL), 1);
  CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_POINT, 9), VB_ERANGE);
  CHECK_EQ_INT(vb_structured_grid_set_blank(g, VB_DATA_POINT, 4, 0), VB_OK);
  CHECK_EQ_INT(vb_structured_grid_has_any_blank(g, VB_DATA_CELL), 0);
  CHECK_EQ_INT(vb_structured_grid_set_blank(g, VB_DATA_CELL, 2, 1), VB_OK);
  CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_CELL, 2), 0);
  CHECK_EQ_INT(vb_structured_grid_is_visible(g, VB_DATA_CELL, 1), 1);
  CHECK_EQ_INT(vb_data_set_get_cell_type(d, 1), VB_QUAD);
  CHECK_EQ_INT(vb_structured_grid_has_any_blank(g, VB_DATA_POINT), 0);
  /* CopyStructure takes the extent, the points and the blanking */
  vb_structured_grid *h = vb_structured_grid_new();
  vb_data_object *e = vb_structured_grid_data_object(h);
  CHECK_EQ_INT(vb_data_set_copy_structure(e, d), VB_OK);
  CHECK(vb_point_set_get_points(e) == p);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(e), 4);
  CHECK_EQ_INT(vb_structured_grid_is_visible(h, VB_DATA_CELL, 2), 0);
  /* DeepCopy: extent, new points, ghost arrays with the cell data */
  vb_structured_grid *k = vb_structured_grid_new();
  vb_data_object *f = vb_structured_grid_data_object(k);
  CHECK_EQ_INT(vb_data_object_deep_copy(f, d), VB_OK);
  CHECK(vb_point_set_get_points(f) != p && vb_data_set_get_number_of_points(f) == 9);
  CHECK_EQ_INT(vb_structured_grid_is_visible(k, VB_DATA_CELL, 2), 0);
  /* allocation failures leave the grid as it was */
  for (long n = 0; n < 8; n++) {
    vb_structured_grid *m = vb_structured_grid_new();
    vb_structured_grid_set_extent(m, ext);
    vb_point_set_set_points(vb_structured_grid_data_object(m), p);
    vbt_alloc_fail_after(n);
    int st = vb_structured_grid_set_blank(m, VB_DATA_CELL, 1, 1);
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && vb_structured_grid_is_visible(m, VB_DATA_CELL, 1) == 1));
    vb_object_release(vb_data_object_object(vb_structured_grid_data_object(m)));
  }
  vb_points_release(p);
  vb_object_release(vb_data_object_object(d));
  vb_object_release(vb_data_object_object(e));
  vb_object_release(vb_data_object_object(f));
}

static vb_array *column(int type, const char *name, int nc, int n) {
  vb_array *a = vb_array_new(type);
  vb_array_set_name(a, name);
  vb_array_set_number_of_components(a, nc);
  vb_array_set_number_of_tuples(a, n);
  for (int64_t i = 0; i < (int64_t)n * nc; i++) vb_array_set_value(a, i, (double)i * 10);
  return a;
}

TEST(test_table) {
  vb_table *t = vb_table_new();
  vb_data_object *d = vb_table_data_object(t);
  vb_array *a = column(VB_INT, "a", 1, 3), *b = column(VB_DOUBLE, "b", 2, 2), *c = column(VB_DOUBLE, "c", 2, 3);
  vb_variant v;
  double x;
  vb_variant_init(&v);
  CHECK_EQ_INT(vb_data_object_get_data_object_type(d), VB_TABLE);
  CHECK(!vb_data_object_is_data_set(d));
  CHECK(vb_data_object_get_attributes(d, VB_DATA_ROW) == vb_table_get_row_data(t));
  CHECK(vb_data_object_get_attributes(d, VB_DATA_POINT) == NULL);
  CHECK_EQ_INT(vb_table_insert_column(t, a, 0), 1);
  CHECK_EQ_INT(vb_table_get_number_of_rows(t), 3);
  CHECK_EQ_INT(vb_table_insert_column(t, b, 1), 0); /* 2 rows: VTK's error message, not added */
  CHECK_EQ_INT(vb_table_get_number_of_columns(t), 1);
  CHECK_EQ_INT(vb_table_insert_column(t, c, 0), 1);
  CHECK(vb_table_get_column(t, 0) == c && vb_table_get_column(t, 1) == a && !vb_table_get_column(t, 2));
  CHECK_EQ_INT(vb_data_object_get_number_of_elements(d, VB_DATA_ROW), 3);
  CHECK_EQ_INT(vb_table_get_value(t, 1, 1, &v), VB_OK);
  CHECK(vb_variant_type(&v) == VB_INT && vb_variant_to_double(&v, NULL) == 10);
  CHECK_EQ_INT(vb_table_get_value(t, 3, 1, &v), VB_OK);
  CHECK(!vb_variant_is_valid(&v));
  CHECK_EQ_INT(vb_table_get_value(t, -1, 1, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_table_get_value(t, 2, 0, &v), VB_OK); /* a 2-component column: a 1-tuple array */
  vb_array *one = vb_array_from_object(vb_variant_object(&v));
  CHECK(one && vb_array_get_number_of_tuples(one) == 1 && vb_array_get_number_of_components(one) == 2);
  vb_array_get_value(one, 1, &x);
  CHECK(x == 50);
  vb_variant_clear(&v);
  vb_scalar s = vb_scalar_real(3.7);
  vb_variant_set_number(&v, VB_DOUBLE, &s);
  CHECK_EQ_INT(vb_table_set_value(t, 2, 1, &v), VB_OK); /* ToInt: 3 */
  vb_array_get_value(a, 2, &x);
  CHECK(x == 3);
  CHECK_EQ_INT(vb_table_set_value(t, 3, 1, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_table_set_value(t, 0, 5, &v), VB_OK); /* no such column: nothing */
  CHECK_EQ_INT(vb_table_insert_next_blank_row(t, -1.5), 3);
  vb_array_get_value(a, 3, &x);
  CHECK(x == -1);
  vb_array_get_value(c, 7, &x);
  CHECK(x == -1.5);
  CHECK_EQ_INT(vb_table_set_number_of_rows(t, 2), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 2);
  /* copies: shallow shares the columns, deep copies them; the row data object stays */
  vb_table *u = vb_table_new();
  vb_attributes *rd = vb_table_get_row_data(u);
  CHECK_EQ_INT(vb_data_object_shallow_copy(vb_table_data_object(u), d), VB_OK);
  CHECK(vb_table_get_row_data(u) == rd && vb_table_get_column(u, 1) == a);
  CHECK_EQ_INT(vb_data_object_deep_copy(vb_table_data_object(u), d), VB_OK);
  CHECK(vb_table_get_column(u, 1) != a && vb_table_get_number_of_rows(u) == 2);
  CHECK_EQ_INT(vb_table_remove_column(t, 0), 1);
  CHECK_EQ_INT(vb_table_remove_column(t, 4), 0);
  CHECK_EQ_INT(vb_table_get_number_of_columns(t), 1);
  CHECK_EQ_INT(vb_data_object_initialize(d), VB_OK);
  CHECK_EQ_INT(vb_table_get_number_of_columns(t), 0);
  /* rows moved as VTK's InsertRows / RemoveRows (values from VTK 9.7.1: test_grids.py) */
  {
    vb_table *w = vb_table_new();
    vb_array *k = column(VB_INT, "k", 1, 3); /* 0 10 20 */
    double y[4];
    vb_table_insert_column(w, k, 0);
    CHECK_EQ_INT(vb_table_insert_rows(w, 1, 1), VB_OK);
    for (int r = 0; r < 4; r++) vb_array_get_value(k, r, &y[r]);
    CHECK(y[0] == 0 && y[1] == 10 && y[2] == 10 && y[3] == 20);
    CHECK_EQ_INT(vb_table_remove_rows(w, -1, 2), VB_ERANGE); /* VTK writes before the array */
    CHECK_EQ_INT(vb_table_remove_rows(w, 0, 2), VB_OK);
    vb_array_get_value(k, 0, &y[0]);
    CHECK(vb_array_get_number_of_tuples(k) == 2 && y[0] == 10);
    CHECK_EQ_INT(vb_table_remove_all_rows(w), VB_OK);
    CHECK_EQ_INT(vb_table_get_number_of_rows(w), 0);
    vb_array_release(k);
    vb_object_release(vb_data_object_object(vb_table_data_object(w)));
  }
  /* a failed blank row leaves every column as it was */
  vb_table_insert_column(t, a, 0);
  vb_table_insert_column(t, c, 1);
  for (long n = 0; n < 6; n++) {
    vbt_alloc_fail_after(n);
    int64_t r = vb_table_insert_next_blank_row(t, 0);
    vbt_alloc_reset();
    CHECK(r >= 0 || (vb_array_get_number_of_tuples(a) == vb_array_get_number_of_tuples(c)));
  }
  vb_variant_clear(&v);
  vb_array_release(a);
  vb_array_release(b);
  vb_array_release(c);
  vb_object_release(vb_data_object_object(d));
  vb_object_release(vb_data_object_object(vb_table_data_object(u)));
}

int main(void) {
  RUN(test_sg_extent_cells);
  RUN(test_sg_blanking);
  RUN(test_table);
  return vb_test_done();
}

/* test_image_data.c - vtkImageData and vtkRectilinearGrid on the data set
 * base: geometry, point/cell queries, implicit points, copies.  Expected
 * values measured on VTK 9.7.1 (tests/conformance/snippets/image_data.py
 * runs the same in both). */
#include "vb_test.h"

static vb_data_object *D(vb_image_data *im) { return vb_image_data_data_object(im); }

TEST(image_geometry) {
  vb_image_data *im = vb_image_data_new();
  int ext[6] = {1, 3, 2, 4, 0, 0}, ijk[3] = {2, 3, 0}, e2[6], dims[3];
  double sp[3] = {2, 1, 1}, org[3] = {1, 1, 1}, x[3], pc[3], b[6], q[3] = {1.5, 2, 0};
  vb_id_list *ids = vb_id_list_new();
  CHECK(im && ids);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(D(im)), 0);
  CHECK_EQ_INT(vb_data_object_get_data_object_type(D(im)), VB_IMAGE_DATA);
  CHECK_EQ_INT(vb_image_data_set_extent(im, ext), VB_OK);
  CHECK_EQ_INT(vb_image_data_set_spacing(im, sp), VB_OK);
  CHECK_EQ_INT(vb_image_data_set_origin(im, org), VB_OK);
  CHECK_EQ_INT(vb_image_data_get_extent(im, e2), VB_OK);
  CHECK_EQ_INT(e2[2], 2);
  CHECK_EQ_INT(vb_image_data_get_dimensions(im, dims), VB_OK);
  CHECK(dims[0] == 3 && dims[1] == 3 && dims[2] == 1);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(D(im)), 9);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(D(im)), 4);
  CHECK_EQ_INT(vb_image_data_get_data_dimension(im), 2);
  CHECK_EQ_INT(vb_image_data_compute_point_id(im, ijk), 4);
  CHECK_EQ_INT(vb_image_data_compute_cell_id(im, ijk), 3);
  CHECK_EQ_INT(vb_data_set_get_point(D(im), 4, x), VB_OK);
  CHECK(x[0] == 5 && x[1] == 4 && x[2] == 1);
  x[0] = 4.5, x[1] = 3.5, x[2] = 1;
  CHECK_EQ_INT(vb_image_data_compute_structured_coordinates(im, x, ijk, pc), 1);
  CHECK(ijk[0] == 1 && ijk[1] == 2 && pc[0] == 0.75 && pc[1] == 0.5);
  x[0] = 4.4, x[1] = 3.6;
  CHECK_EQ_INT(vb_image_data_find_point(im, x), 4);
  x[0] = 100;
  CHECK_EQ_INT(vb_image_data_find_point(im, x), -1);
  CHECK_EQ_INT(vb_image_data_transform_continuous_index_to_physical_point(im, q, x), VB_OK);
  CHECK(x[0] == 4 && x[1] == 3 && x[2] == 1);
  CHECK_EQ_INT(vb_data_object_get_bounds(D(im), b), VB_OK);
  CHECK(b[0] == 3 && b[1] == 7 && b[2] == 3 && b[3] == 5 && b[4] == 1 && b[5] == 1);
  CHECK_EQ_INT(vb_data_set_get_cell_points(D(im), 3, ids), 8); /* VTK_PIXEL */
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(ids), 4);
  CHECK_EQ_INT(vb_id_list_data(ids)[3], 8);
  CHECK_EQ_INT(vb_data_set_get_point(D(im), 9, x), VB_ERANGE);
  vb_id_list_release(ids);
  vb_object_release(vb_data_object_object(D(im)));
}

TEST(image_points_implicit) {
  vb_image_data *im = vb_image_data_new();
  vb_points *p;
  vb_array *a;
  double t[3], x[3], dir[9] = {0, 1, 0, 1, 0, 0, 0, 0, 1};
  int64_t id;
  long blocks = vb_block_live_count();
  CHECK_EQ_INT(vb_image_data_set_dimensions(im, 512, 512, 512), VB_OK);
  p = vb_image_data_get_points(im);
  CHECK(p != NULL);
  a = vb_points_get_data(p);
  CHECK(vb_array_is_implicit(a));
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 512 * 512 * 512);
  CHECK(vb_block_live_count() - blocks < 16); /* a few coordinate arrays, no 3 x 2^27 doubles */
  CHECK_EQ_INT(vb_array_get_actual_memory_size(a), 1);
  CHECK_EQ_INT(vb_array_get_tuple(a, 512 * 512 * 512 - 1, t), VB_OK);
  CHECK(t[0] == 511 && t[1] == 511 && t[2] == 511);
  /* the same points follow the geometry */
  CHECK_EQ_INT(vb_image_data_set_direction_matrix(im, dir), VB_OK);
  CHECK(vb_image_data_get_points(im) == p);
  for (id = 0; id < 512 * 512 * 512; id += 9999991) {
    CHECK_EQ_INT(vb_array_get_tuple(a, id, t), VB_OK);
    CHECK_EQ_INT(vb_data_set_get_point(D(im), id, x), VB_OK);
    CHECK(t[0] == x[0] && t[1] == x[1] && t[2] == x[2]);
  }
  /* writes through the points are refused */
  CHECK_EQ_INT(vb_points_set_point(p, 0, t), VB_ETYPE);
  vb_object_release(vb_data_object_object(D(im)));
}

TEST(image_copies_and_cells) {
  vb_image_data *a = vb_image_data_new(), *b = vb_image_data_new();
  vb_id_list *ids = vb_id_list_new();
  int type;
  CHECK_EQ_INT(vb_image_data_set_dimensions(a, 3, 4, 5), VB_OK);
  CHECK_EQ_INT(vb_image_data_allocate_scalars(a, VB_FLOAT, 2), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(vb_attributes_get_scalars(vb_data_set_get_point_data(D(a)))), 60);
  type = vb_data_set_get_cell_points(D(a), 23, ids);
  CHECK_EQ_INT(type, 11); /* VTK_VOXEL */
  CHECK_EQ_INT(vb_id_list_data(ids)[0], 43);
  CHECK_EQ_INT(vb_id_list_data(ids)[7], 59);
  CHECK_EQ_INT(vb_data_set_get_max_cell_size(D(a)), 8);
  CHECK_EQ_INT(vb_data_object_deep_copy(D(b), D(a)), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(D(b)), 60);
  CHECK(vb_attributes_get_scalars(vb_data_set_get_point_data(D(b))) !=
        vb_attributes_get_scalars(vb_data_set_get_point_data(D(a))));
  CHECK_EQ_INT(vb_data_object_initialize(D(b)), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(D(b)), 0);
  CHECK_EQ_INT(vb_image_data_set_dimensions(b, 1, 1, 1), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_cell_type(D(b), 0), 1); /* VTK_VERTEX */
  CHECK_EQ_INT(vb_image_data_set_dimensions(b, -1, 1, 1), VB_EINVAL);
  vb_id_list_release(ids);
  vb_object_release(vb_data_object_object(D(a)));
  vb_object_release(vb_data_object_object(D(b)));
}

TEST(rectilinear) {
  vb_rectilinear_grid *g = vb_rectilinear_grid_new();
  vb_data_object *d = vb_rectilinear_grid_data_object(g);
  vb_array *x = vb_array_new(VB_INT);
  double p[3], b[6], t[3];
  vb_points *pts;
  CHECK_EQ_INT(vb_array_get_number_of_values(vb_rectilinear_grid_get_coordinates(g, 0)), 1);
  CHECK_EQ_INT(vb_rectilinear_grid_set_dimensions(g, 3, 2, 1), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(x, 0), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(x, 1), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(x, 3), VB_OK);
  CHECK_EQ_INT(vb_rectilinear_grid_set_coordinates(g, 0, x), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_point(d, 2, p), VB_OK);
  CHECK(p[0] == 3 && p[1] == 0);
  CHECK_EQ_INT(vb_data_set_get_point(d, 5, p), VB_OK); /* y has one value: 0 past it */
  CHECK(p[1] == 0);
  CHECK_EQ_INT(vb_data_object_get_bounds(d, b), VB_OK);
  CHECK(b[0] == 0 && b[1] == 3);
  pts = vb_rectilinear_grid_get_points(g);
  CHECK(pts && vb_structured_point_array_get_coordinates(vb_points_get_data(pts), 0) == x);
  CHECK_EQ_INT(vb_array_set_value(x, 2, 10), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuple(vb_points_get_data(pts), 2, t), VB_OK);
  CHECK(t[0] == 10);
  vb_array_release(x);
  CHECK_EQ_INT(vb_rectilinear_grid_set_coordinates(g, 3, NULL), VB_ERANGE);
  CHECK_EQ_INT(vb_data_object_initialize(d), VB_OK);
  CHECK(vb_rectilinear_grid_get_coordinates(g, 0) == NULL);
  CHECK_EQ_INT(vb_data_object_get_bounds(d, b), VB_OK);
  vb_object_release(vb_data_object_object(d));
}

int main(void) {
  RUN(image_geometry);
  RUN(image_points_implicit);
  RUN(image_copies_and_cells);
  RUN(rectilinear);
  return vb_test_done();
}

/* test_implicit.c - implicit arrays (vb_implicit.h): computed reads, refused
 * writes, copies, the structured point backend's lifetime. */
#include "vb_test.h"

TEST(constant_reads) {
  vb_array *a = vb_array_new_layout(VB_FLOAT, VB_LAYOUT_CONSTANT);
  double t[3], r[2], v;
  vb_scalar s;
  CHECK(a && vb_array_is_implicit(a));
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 4), VB_OK);
  CHECK_EQ_INT(vb_constant_array_construct_backend(a, 2.5), VB_OK);
  CHECK(vb_constant_array_get_constant_value(a) == 2.5);
  CHECK_EQ_INT(vb_array_get_tuple(a, 3, t), VB_OK);
  CHECK(t[0] == 2.5 && t[2] == 2.5);
  CHECK_EQ_INT(vb_array_get_value(a, 11, &v), VB_OK);
  CHECK(v == 2.5);
  CHECK_EQ_INT(vb_array_get_value(a, 12, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_range(a, 1, r), VB_OK);
  CHECK(r[0] == 2.5 && r[1] == 2.5);
  CHECK_EQ_INT(vb_array_get_value_s(a, 0, &s), VB_OK);
  CHECK(s.kind == VB_SCALAR_REAL && s.v.d == 2.5);
  CHECK_EQ_INT(vb_array_get_size(a), 12);
  CHECK_EQ_INT(vb_array_get_array_type(a), VB_ARRAY_TYPE_CONSTANT);
  CHECK(strcmp(vb_array_get_array_type_as_string(a), "VTK_CONSTANT_ARRAY") == 0);
  CHECK(!vb_array_has_standard_memory_layout(a));
  vb_array_release(a);
}

TEST(affine_int_values) {
  vb_array *a = vb_array_new_layout(VB_INT, VB_LAYOUT_AFFINE);
  vb_scalar s;
  int64_t i64;
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 2), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 3), VB_OK);
  CHECK_EQ_INT(vb_affine_array_construct_backend(a, 3, 7), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_s(a, 5, &s), VB_OK);
  CHECK(s.kind == VB_SCALAR_INT && s.v.i == 22);
  CHECK_EQ_INT(vb_array_get_value_i64(a, 4, &i64), VB_OK);
  CHECK_EQ_INT(i64, 19);
  CHECK(vb_affine_array_get_slope(a) == 3 && vb_affine_array_get_intercept(a) == 7);
  /* values are of the array's type: saturated */
  CHECK_EQ_INT(vb_affine_array_construct_backend(a, 1e12, 0), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_i64(a, 5, &i64), VB_OK);
  CHECK_EQ_INT(i64, 2147483647);
  /* the wrong kind */
  CHECK_EQ_INT(vb_constant_array_construct_backend(a, 1), VB_ETYPE);
  vb_array_release(a);
}

TEST(writes_refused) {
  vb_array *a = vb_array_new_layout(VB_DOUBLE, VB_LAYOUT_CONSTANT);
  double t[1] = {1};
  vb_scalar one = vb_scalar_real(1);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 2), VB_OK);
  CHECK_EQ_INT(vb_array_set_value(a, 0, 1), VB_ETYPE);
  CHECK(strstr(vb_last_error(), "SetValue") && strstr(vb_last_error(), "read-only"));
  CHECK_EQ_INT(vb_array_set_tuple(a, 0, t), VB_ETYPE);
  CHECK_EQ_INT(vb_array_insert_next_tuple(a, t), VB_ETYPE);
  CHECK_EQ_INT(vb_array_insert_next_value_s(a, &one), VB_ETYPE);
  CHECK_EQ_INT(vb_array_fill_s(a, VB_RULES_DOUBLE, &one), VB_ETYPE);
  CHECK_EQ_INT(vb_array_remove_last_tuple(a), VB_ETYPE);
  CHECK(vb_array_data(a) == NULL && vb_last_status() == VB_ETYPE);
  CHECK(vb_array_get_buffer(a) == NULL && vb_last_status() == VB_ETYPE);
  CHECK(vb_array_contiguous_buffer(a) == NULL);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 2);
  /* storage calls do nothing */
  CHECK_EQ_INT(vb_array_resize(a, 100), VB_OK);
  CHECK_EQ_INT(vb_array_squeeze(a), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 2);
  CHECK_EQ_INT(vb_array_initialize(a), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 0);
  vb_array_release(a);
}

TEST(copies) {
  vb_array *a = vb_array_new_layout(VB_FLOAT, VB_LAYOUT_AFFINE);
  vb_array *d = vb_array_new(VB_DOUBLE), *b = vb_array_new_layout(VB_FLOAT, VB_LAYOUT_AFFINE);
  vb_array *c = vb_array_new_layout(VB_FLOAT, VB_LAYOUT_CONSTANT);
  double v;
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 5), VB_OK);
  CHECK_EQ_INT(vb_affine_array_construct_backend(a, 0.5, 1), VB_OK);
  CHECK_EQ_INT(vb_array_deep_copy(d, a), VB_OK); /* materialises */
  CHECK_EQ_INT(vb_array_get_number_of_tuples(d), 5);
  CHECK_EQ_INT(vb_array_get_value(d, 4, &v), VB_OK);
  CHECK(v == 3.0);
  CHECK_EQ_INT(vb_array_deep_copy(b, a), VB_OK); /* same kind: the backend */
  CHECK(vb_affine_array_get_slope(b) == 0.5 && vb_array_get_number_of_tuples(b) == 5);
  CHECK_EQ_INT(vb_array_shallow_copy(b, a), VB_OK);
  CHECK_EQ_INT(vb_array_deep_copy(c, a), VB_ETYPE);
  CHECK_EQ_INT(vb_array_deep_copy(b, d), VB_ETYPE);
  vb_array_release(a);
  vb_array_release(b);
  vb_array_release(c);
  vb_array_release(d);
}

TEST(structured_points) {
  vb_array *p = vb_array_new_layout(VB_DOUBLE, VB_LAYOUT_STRUCTURED);
  vb_array *x = vb_array_new(VB_FLOAT), *y = vb_array_new(VB_FLOAT), *z = vb_array_new(VB_FLOAT);
  int ext[6] = {0, 2, 0, 1, 0, 0}, e2[6];
  double t[3], dir[9] = {0, 1, 0, 1, 0, 0, 0, 0, 1}, org[3] = {10, 20, 30};
  CHECK_EQ_INT(vb_array_insert_next_value(x, 0), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(x, 1), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(x, 3), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(y, 0), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(y, 2), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value(z, 5), VB_OK);
  CHECK_EQ_INT(vb_structured_point_array_construct_backend(p, x, y, z, ext, NULL, NULL), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_components(p), 3);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(p), 6);
  CHECK_EQ_INT(vb_array_get_tuple(p, 5, t), VB_OK);
  CHECK(t[0] == 3 && t[1] == 2 && t[2] == 5);
  CHECK(vb_structured_point_array_get_coordinates(p, 0) == x);
  CHECK_EQ_INT(vb_structured_point_array_get_extent(p, e2), VB_OK);
  CHECK_EQ_INT(e2[3], 1);
  /* the coordinates are shared: a change is seen; a release does not dangle */
  CHECK_EQ_INT(vb_array_set_value(x, 2, 10), VB_OK);
  vb_array_release(x);
  vb_array_release(y);
  CHECK_EQ_INT(vb_array_get_tuple(p, 5, t), VB_OK);
  CHECK(t[0] == 10);
  /* a shrunk coordinate array reads 0 */
  CHECK_EQ_INT(vb_array_set_number_of_values(z, 0), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuple(p, 5, t), VB_OK);
  CHECK(t[2] == 0);
  /* direction matrix and origin */
  CHECK_EQ_INT(vb_structured_point_array_construct_backend(p, vb_structured_point_array_get_coordinates(p, 0),
                                                           vb_structured_point_array_get_coordinates(p, 1), NULL, ext,
                                                           dir, org),
               VB_OK);
  CHECK(vb_structured_point_array_get_uses_direction_matrix(p));
  CHECK_EQ_INT(vb_array_get_tuple(p, 5, t), VB_OK);
  CHECK(t[0] == 12 && t[1] == 22 && t[2] == 30); /* P0 + D * (1 * 2, 2 * 1, 0): VTK takes the first step as the spacing */
  /* refused: a multi-component coordinate array, a structured one */
  CHECK_EQ_INT(vb_structured_point_array_construct_backend(p, p, NULL, NULL, ext, NULL, NULL), VB_EINVAL);
  vb_array_release(z);
  vb_array_release(p);
}

TEST(alloc_failures) {
  int k;
  for (k = 0; k < 6; k++) {
    vb_array *a;
    vbt_alloc_fail_after(k);
    a = vb_array_new_layout(VB_FLOAT, VB_LAYOUT_CONSTANT);
    vbt_alloc_reset();
    if (a) CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 0);
    else CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
    vb_array_release(a);
  }
}

int main(void) {
  RUN(constant_reads);
  RUN(affine_int_values);
  RUN(writes_refused);
  RUN(copies);
  RUN(structured_points);
  RUN(alloc_failures);
  return vb_test_done();
}

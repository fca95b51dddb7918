/* vtkStringArray / vtkVariantArray (src/vb_value_array.h): values, growth,
 * shared storage, tuples, failures leaving the array unchanged, and field
 * data holding them.  Expected values: VTK 9.7.1 (tests/conformance/snippets/value_arrays.py
 * compares the same behaviour through Python). */
#include "vb_test.h"

static int64_t put_str(vb_value_array *a, const char *s) {
  vb_variant v;
  int64_t i = -1;
  vb_variant_init(&v);
  vb_variant_set_string(&v, s, strlen(s));
  vb_value_array_insert_next_value(a, &v, &i);
  vb_variant_clear(&v);
  return i;
}

static int is(const vb_value_array *a, int64_t i, const char *s) {
  const vb_variant *v = vb_value_array_get_value(a, i);
  return v && v->len == strlen(s) && memcmp(v->s, s, v->len) == 0;
}

TEST(test_strings) {
  vb_value_array *a = vb_value_array_new(VB_STRING_ARRAY);
  vb_variant n;
  CHECK(a != NULL);
  CHECK(vb_value_array_new(VB_INT) == NULL && vb_last_status() == VB_ETYPE);
  CHECK_EQ_INT(put_str(a, "a"), 0);
  CHECK_EQ_INT(vb_value_array_get_size(a), 1);
  CHECK_EQ_INT(put_str(a, "bb"), 1);
  CHECK_EQ_INT(vb_value_array_get_size(a), 3); /* ReserveTuples: 1 + 2 */
  CHECK_EQ_INT(put_str(a, "ccc"), 2);
  CHECK_EQ_INT(vb_value_array_get_data_size(a), 9);
  CHECK_EQ_INT(vb_value_array_lookup_value(a, vb_value_array_get_value(a, 2)), 2);
  vb_variant_init(&n);
  vb_scalar s = vb_scalar_real(2.5);
  vb_variant_set_number(&n, VB_DOUBLE, &s);
  CHECK_EQ_INT(vb_value_array_set_value(a, 0, &n), VB_OK); /* a number: its text */
  CHECK(is(a, 0, "2.5"));
  CHECK_EQ_INT(vb_value_array_set_value(a, 3, &n), VB_ERANGE);
  CHECK(strstr(vb_last_error(), "SetValue") == vb_last_error());
  CHECK(vb_value_array_get_value(a, -1) == NULL);
  CHECK_EQ_INT(vb_value_array_insert_value(a, 5, &n), VB_OK);
  CHECK(is(a, 4, "")); /* unset: "" */
  CHECK_EQ_INT(vb_value_array_get_max_id(a), 5);
  CHECK_EQ_INT(vb_value_array_get_size(a), 9);
  CHECK_EQ_INT(vb_value_array_resize(a, 2), VB_OK);
  CHECK_EQ_INT(vb_value_array_get_max_id(a), 1);
  CHECK(is(a, 1, "bb"));
  vb_variant_clear(&n);
  vb_value_array_release(a);
}

TEST(test_shared_and_tuples) {
  vb_value_array *a = vb_value_array_new(VB_STRING_ARRAY), *b = vb_value_array_new(VB_STRING_ARRAY);
  vb_value_array *v = vb_value_array_new(VB_VARIANT_ARRAY);
  int64_t ids[2] = {2, 0}, idx = -1;
  put_str(a, "a"), put_str(a, "b"), put_str(a, "c");
  CHECK_EQ_INT(vb_value_array_shallow_copy(b, a), VB_OK);
  CHECK_EQ_INT(vb_value_array_set_value(a, 0, vb_value_array_get_value(a, 2)), VB_OK);
  CHECK(is(b, 0, "c")); /* shared storage, as VTK's buffer */
  CHECK_EQ_INT(vb_value_array_deep_copy(v, a), VB_ETYPE);
  CHECK_EQ_INT(vb_value_array_insert_tuples(b, ids, ids, 2, a), VB_OK);
  CHECK_EQ_INT(vb_value_array_insert_next_tuple_from(b, b, 1, &idx), VB_OK); /* src == dst */
  CHECK_EQ_INT(idx, 3);
  CHECK(is(b, 3, "b"));
  CHECK_EQ_INT(vb_value_array_remove_tuple(b, 0), VB_OK);
  CHECK(is(b, 0, "b") && is(b, 2, "b"));
  CHECK_EQ_INT(vb_value_array_get_number_of_values(b), 3);
  CHECK_EQ_INT(vb_value_array_set_number_of_components(b, 2), VB_OK);
  CHECK_EQ_INT(vb_value_array_insert_tuple_from(b, 0, a, 0), VB_EINVAL); /* components differ */
  vb_value_array_release(a);
  vb_value_array_release(b);
  vb_value_array_release(v);
}

TEST(test_variants_and_objects) {
  vb_value_array *v = vb_value_array_new(VB_VARIANT_ARRAY);
  vb_object *o = vb_object_new();
  vb_variant x;
  vb_variant_init(&x);
  vb_variant_set_object(&x, o);
  CHECK_EQ_INT(vb_value_array_insert_next_value(v, &x, NULL), VB_OK);
  vb_variant_clear(&x);
  vb_object_release(o);
  CHECK_EQ_INT(vb_object_refcount(o), 1); /* held by the array */
  CHECK(vb_variant_object(vb_value_array_get_value(v, 0)) == o);
  CHECK_EQ_INT(vb_value_array_get_data_size(v), 1);
  CHECK_EQ_INT(vb_value_array_set_number_of_values(v, 3), VB_OK);
  CHECK(!vb_variant_is_valid(vb_value_array_get_value(v, 2)));
  vb_value_array_release(v); /* releases the object */
}

TEST(test_out_of_memory) {
  vb_value_array *a = vb_value_array_new(VB_STRING_ARRAY), *b = vb_value_array_new(VB_STRING_ARRAY);
  put_str(a, "a"), put_str(a, "b"), put_str(a, "c");
  vbt_alloc_fail_after(0);
  CHECK_EQ_INT(vb_value_array_set_number_of_values(a, 100), VB_ENOMEM);
  CHECK_EQ_INT(vb_value_array_deep_copy(b, a), VB_ENOMEM);
  CHECK_EQ_INT(vb_value_array_insert_value(a, 1, vb_value_array_get_value(a, 2)), VB_ENOMEM);
  vbt_alloc_reset();
  CHECK_EQ_INT(vb_value_array_get_number_of_values(a), 3);
  CHECK(is(a, 1, "b"));
  CHECK_EQ_INT(vb_value_array_get_number_of_values(b), 0);
  CHECK_EQ_INT(vb_value_array_set_number_of_values(a, INT64_MAX), VB_EOVERFLOW);
  vb_value_array_release(a);
  vb_value_array_release(b);
}

TEST(test_field_data) {
  vb_field_data *fd = vb_field_data_new(), *g = vb_field_data_new();
  vb_value_array *a = vb_value_array_new(VB_STRING_ARRAY);
  vb_value_array_set_name(a, "s");
  put_str(a, "x"), put_str(a, "y");
  CHECK_EQ_INT(vb_field_data_add_abstract_array(fd, vb_value_array_object(a)), 0);
  CHECK_EQ_INT(vb_field_data_add_abstract_array(fd, vb_field_data_object(g)), VB_ETYPE);
  CHECK(vb_field_data_get_array(fd, 0) == NULL); /* GetArray: data arrays only */
  CHECK(vb_field_data_get_abstract_array_by_name(fd, "s", NULL) == vb_value_array_object(a));
  CHECK_EQ_INT(vb_field_data_get_number_of_tuples(fd), 2);
  CHECK_EQ_INT(vb_field_data_deep_copy(g, fd), VB_OK);
  CHECK(vb_field_data_get_abstract_array(g, 0) != vb_value_array_object(a));
  CHECK(is(vb_value_array_from_object(vb_field_data_get_abstract_array(g, 0)), 1, "y"));
  CHECK_EQ_INT(vb_field_data_remove_array(fd, "s"), 1);
  CHECK_EQ_INT(vb_field_data_get_number_of_arrays(fd), 0);
  vb_value_array_release(a);
  vb_field_data_release(fd);
  vb_field_data_release(g);
}

int main(void) {
  RUN(test_strings);
  RUN(test_shared_and_tuples);
  RUN(test_variants_and_objects);
  RUN(test_out_of_memory);
  RUN(test_field_data);
  return vb_test_done();
}

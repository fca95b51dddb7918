/* test_objects.c - the object layer: plain vtkObject, vtkIdList.
 * Capacities and orders are VTK 9.7.1's (run in its Python: see
 * tests/conformance/snippets/objects.py, which compares the same calls). */
#include <stdint.h>
#include <string.h>

#include "vb_test.h"

TEST(test_plain_object) {
  vb_object *o = vb_object_new();
  CHECK(o != NULL);
  CHECK(strcmp(vb_object_class_name(o), "vtkObject") == 0);
  CHECK_EQ_INT(vb_object_refcount(o), 1);
  CHECK(vb_id_list_from_object(o) == NULL);
  vb_object_release(o);
}

static int64_t ids_of(vb_id_list *l, int64_t i) {
  int64_t v = -999;
  CHECK_EQ_INT(vb_id_list_get_id(l, i, &v), VB_OK);
  return v;
}

TEST(test_id_list_basics) {
  vb_id_list *l = vb_id_list_new();
  int64_t v;
  CHECK(l != NULL);
  CHECK(strcmp(vb_object_class_name(vb_id_list_object(l)), "vtkIdList") == 0);
  CHECK(vb_id_list_from_object(vb_id_list_object(l)) == l);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 0);
  CHECK(vb_id_list_data(l) == NULL);
  CHECK_EQ_INT(vb_id_list_insert_next_id(l, 5), 0);
  CHECK_EQ_INT(vb_id_list_insert_next_id(l, 3), 1);
  CHECK_EQ_INT(vb_id_list_insert_unique_id(l, 5), 0);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 3); /* 1, then Reserve(2): 1 + 2 */
  CHECK_EQ_INT(vb_id_list_is_id(l, 3), 1);
  CHECK_EQ_INT(vb_id_list_is_id(l, 4), -1);
  /* out of range: VB_ERANGE, nothing written */
  CHECK_EQ_INT(vb_id_list_get_id(l, 2, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_id_list_get_id(l, -1, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_id_list_set_id(l, 2, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_id_list_insert_id(l, -1, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 2);
  /* SetNumberOfIds grows with zeros; capacity 3 + 4 */
  CHECK_EQ_INT(vb_id_list_set_number_of_ids(l, 4), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 7);
  CHECK(ids_of(l, 0) == 5 && ids_of(l, 1) == 3 && ids_of(l, 2) == 0 && ids_of(l, 3) == 0);
  CHECK_EQ_INT(vb_id_list_set_number_of_ids(l, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 4);
  /* InsertId past the end: zeros in between */
  CHECK_EQ_INT(vb_id_list_insert_id(l, 6, -7), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 7);
  CHECK(ids_of(l, 4) == 0 && ids_of(l, 5) == 0 && ids_of(l, 6) == -7);
  /* DeleteId: every occurrence, the last id moves in */
  CHECK_EQ_INT(vb_id_list_delete_id(l, 0), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 3);
  CHECK(ids_of(l, 0) == 5 && ids_of(l, 1) == 3 && ids_of(l, 2) == -7);
  vb_id_list_sort(l);
  CHECK(ids_of(l, 0) == -7 && ids_of(l, 1) == 3 && ids_of(l, 2) == 5);
  vb_id_list_fill(l, 9);
  CHECK(ids_of(l, 0) == 9 && ids_of(l, 2) == 9);
  /* Allocate: n 0, exact capacity when growing */
  CHECK_EQ_INT(vb_id_list_allocate(l, 10), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 0);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 10);
  CHECK_EQ_INT(vb_id_list_reserve(l, 3), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 10);
  CHECK_EQ_INT(vb_id_list_resize(l, 2), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 2);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 2);
  vb_id_list_reset(l);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 2);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 0);
  CHECK_EQ_INT(vb_id_list_squeeze(l), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_capacity(l), 0);
  vb_id_list_initialize(l);
  CHECK(vb_id_list_data(l) == NULL);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(NULL), 0);
  CHECK(vb_id_list_insert_next_id(NULL, 1) < 0);
  vb_id_list_release(l);
}

TEST(test_id_list_copies) {
  vb_id_list *a = vb_id_list_new(), *b = vb_id_list_new();
  const int64_t src[] = {4, 1, 2, 1, 8};
  CHECK(a && b);
  CHECK_EQ_INT(vb_id_list_set_list(a, src, 5), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(a), 5);
  CHECK_EQ_INT(vb_id_list_deep_copy(b, a), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_capacity(b), 5);
  CHECK(memcmp(vb_id_list_data(b), src, sizeof src) == 0);
  CHECK_EQ_INT(vb_id_list_deep_copy(b, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_id_list_set_list(b, NULL, 2), VB_EINVAL);
  CHECK_EQ_INT(vb_id_list_set_list(b, src, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(b), 5);
  /* IntersectWith keeps this list's order and duplicates */
  CHECK_EQ_INT(vb_id_list_set_list(b, (const int64_t[]){1, 8, 3}, 3), VB_OK);
  CHECK_EQ_INT(vb_id_list_intersect_with(a, b), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(a), 3);
  CHECK(ids_of(a, 0) == 1 && ids_of(a, 1) == 1 && ids_of(a, 2) == 8);
  CHECK_EQ_INT(vb_id_list_intersect_with(a, a), VB_OK);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(a), 3);
  vb_id_list_release(a);
  vb_id_list_release(b);
}

TEST(test_id_list_out_of_memory) {
  vb_id_list *l = vb_id_list_new();
  CHECK(l != NULL);
  CHECK_EQ_INT(vb_id_list_insert_next_id(l, 1), 0);
  vbt_alloc_fail_after(0);
  CHECK_EQ_INT(vb_id_list_set_number_of_ids(l, 100), VB_ENOMEM);
  CHECK(vb_id_list_insert_next_id(l, 2) < 0);
  vbt_alloc_reset();
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 1);
  CHECK_EQ_INT(ids_of(l, 0), 1);
  CHECK_EQ_INT(vb_id_list_set_number_of_ids(l, INT64_MAX), VB_ENOMEM);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(l), 1);
  vb_id_list_release(l);
}

int main(void) {
  RUN(test_plain_object);
  RUN(test_id_list_basics);
  RUN(test_id_list_copies);
  RUN(test_id_list_out_of_memory);
  return vb_test_done();
}

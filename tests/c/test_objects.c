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

static int order[8], norder;
static void rec(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd;
  order[norder++] = (int)(intptr_t)ud;
}

TEST(test_observer_priorities_and_selection) {
  vb_object *o = vb_object_new();
  unsigned long a, b;
  CHECK(o != NULL);
  a = vb_object_add_observer_priority(o, VB_MODIFIED_EVENT, rec, (void *)1, NULL, 0.0);
  vb_object_add_observer_priority(o, VB_MODIFIED_EVENT, rec, (void *)2, NULL, 5.0);
  vb_object_add_observer_priority(o, VB_MODIFIED_EVENT, rec, (void *)3, NULL, 0.0);
  b = vb_object_add_observer_priority(o, VB_USER_EVENT, rec, (void *)4, NULL, 1.0);
  norder = 0;
  vb_object_modified(o);
  CHECK_EQ_INT(norder, 3); /* higher priority first; equal: most recent first */
  CHECK(order[0] == 2 && order[1] == 3 && order[2] == 1);
  CHECK(vb_object_observer_clientdata(o, a, rec) == (void *)1);
  CHECK(vb_object_observer_clientdata(o, a, NULL) == (void *)1);
  CHECK(vb_object_observer_clientdata(o, 999, rec) == NULL);
  CHECK_EQ_INT(vb_object_has_observer_where(o, VB_USER_EVENT, rec, (void *)4), 1);
  CHECK_EQ_INT(vb_object_has_observer_where(o, VB_USER_EVENT, rec, (void *)1), 0);
  CHECK_EQ_INT(vb_object_remove_observers_where(o, VB_MODIFIED_EVENT, NULL, (void *)3), 1);
  CHECK_EQ_INT(vb_object_remove_observers_where(o, VB_MODIFIED_EVENT, NULL, NULL), 2);
  CHECK_EQ_INT(vb_object_has_observer(o, VB_MODIFIED_EVENT), 0);
  CHECK_EQ_INT(vb_object_has_observer(o, VB_USER_EVENT), 1);
  CHECK_EQ_INT(vb_object_remove_observers_where(o, VB_EVERY_EVENT, NULL, NULL), 1);
  CHECK(vb_object_observer_clientdata(o, b, NULL) == NULL);
  /* names: VTK's table */
  CHECK(strcmp(vb_event_name(VB_ANY_EVENT), "AnyEvent") == 0);
  CHECK(strcmp(vb_event_name(137), "BufferChangedEvent") == 0);
  CHECK(strcmp(vb_event_name(138), "NoEvent") == 0);
  CHECK(strcmp(vb_event_name(VB_USER_EVENT), "UserEvent") == 0);
  CHECK_EQ_INT(vb_event_id("DeleteEvent"), VB_DELETE_EVENT);
  CHECK_EQ_INT(vb_event_id("Elevation3DEvent"), 136);
  CHECK_EQ_INT(vb_event_id("Nope"), VB_NO_EVENT);
  /* debug flag, name, description */
  CHECK_EQ_INT(vb_object_get_debug(o), 0);
  vb_object_set_debug(o, 7);
  CHECK_EQ_INT(vb_object_get_debug(o), 1);
  CHECK(strcmp(vb_object_get_name(o), "") == 0);
  CHECK_EQ_INT(vb_object_set_name(o, "abc"), VB_OK);
  {
    char buf[64];
    int n = vb_object_describe(o, buf, sizeof buf);
    CHECK(n > 0 && n < (int)sizeof buf && strncmp(buf, "vtkObject (0x", 13) == 0);
    CHECK(strcmp(buf + n - 7, ") 'abc'") == 0);
  }
  vbt_alloc_fail_after(0);
  CHECK_EQ_INT(vb_object_set_name(o, "other"), VB_ENOMEM);
  vbt_alloc_reset();
  CHECK(strcmp(vb_object_get_name(o), "abc") == 0);
  vb_object_release(o);
}

TEST(test_collection) {
  vb_collection *c = vb_collection_new(), *d = vb_data_array_collection_new();
  vb_object *o[4];
  vb_array *a = vb_array_new(VB_INT);
  int i;
  CHECK(c && d && a);
  for (i = 0; i < 4; i++) o[i] = vb_object_new();
  for (i = 0; i < 3; i++) CHECK_EQ_INT(vb_collection_add_item(c, o[i]), VB_OK);
  CHECK_EQ_INT(vb_object_refcount(o[0]), 2);
  CHECK_EQ_INT(vb_collection_add_item(c, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_collection_insert_item(c, 0, o[3]), VB_OK);  /* after item 0 */
  CHECK_EQ_INT(vb_collection_insert_item(c, -1, o[3]), VB_OK); /* at the front */
  CHECK_EQ_INT(vb_collection_insert_item(c, 10, o[0]), VB_OK); /* nothing */
  CHECK_EQ_INT(vb_collection_get_number_of_items(c), 5);
  CHECK(vb_collection_get_item(c, 0) == o[3] && vb_collection_get_item(c, 2) == o[3]);
  CHECK(vb_collection_get_item(c, 5) == NULL && vb_collection_get_item(c, -1) == NULL);
  CHECK_EQ_INT(vb_collection_index_of(c, o[1]), 3);
  CHECK_EQ_INT(vb_collection_index_of(c, NULL), -1);
  vb_collection_init_traversal(c);
  CHECK(vb_collection_get_next_item(c) == o[3]);
  CHECK(vb_collection_get_next_item(c) == o[0]);
  vb_collection_remove_item(c, 0); /* before the cursor: it moves back */
  CHECK(vb_collection_get_next_item(c) == o[3]);
  vb_collection_remove_item_object(c, o[3]);
  CHECK_EQ_INT(vb_collection_get_number_of_items(c), 3);
  CHECK_EQ_INT(vb_collection_replace_item(c, 0, o[2]), VB_OK);
  CHECK_EQ_INT(vb_object_refcount(o[0]), 1);
  /* data array collections: arrays only */
  CHECK_EQ_INT(vb_collection_add_item(d, o[0]), VB_ETYPE);
  CHECK_EQ_INT(vb_collection_add_item(d, vb_array_object(a)), VB_OK);
  CHECK_EQ_INT(vb_collection_is_data_array_collection(d), 1);
  CHECK(strcmp(vb_object_class_name(vb_collection_object(d)), "vtkDataArrayCollection") == 0);
  /* out of memory: unchanged */
  vbt_alloc_fail_after(0);
  for (i = 0; i < 20; i++) vb_collection_add_item(c, o[1]);
  vbt_alloc_reset();
  CHECK_EQ_INT(vb_collection_get_number_of_items(c), 8); /* capacity 8: the ninth needs memory */
  vb_collection_remove_all_items(c);
  CHECK_EQ_INT(vb_collection_get_number_of_items(c), 0);
  for (i = 0; i < 4; i++) CHECK_EQ_INT(vb_object_refcount(o[i]), 1);
  vb_collection_release(c);
  vb_collection_release(d);
  vb_array_release(a);
  for (i = 0; i < 4; i++) vb_object_release(o[i]);
}

TEST(test_variant) {
  vb_variant v, w;
  vb_scalar s = vb_scalar_real(2.5), r;
  char buf[32];
  int ok = -1;
  vb_object *o = vb_object_new();
  vb_variant_init(&v);
  vb_variant_init(&w);
  CHECK_EQ_INT(vb_variant_is_valid(&v), 0);
  CHECK(strcmp(vb_variant_type_name(&v), "void") == 0);
  CHECK_EQ_INT(vb_variant_set_number(&v, VB_INT, &s), VB_OK); /* truncated as VTK's (value, type) */
  r = vb_variant_to(&v, VB_INT, &ok);
  CHECK(ok == 1 && r.kind == VB_SCALAR_INT && r.v.i == 2);
  CHECK_EQ_INT(vb_variant_set_number(&v, VB_ID_TYPE, &s), VB_ETYPE);
  CHECK_EQ_INT(v.type, VB_INT);
  CHECK_EQ_INT(vb_variant_set_string(&v, " 0x10 ", 6), VB_OK);
  r = vb_variant_to(&v, VB_SHORT, &ok);
  CHECK(ok == 1 && r.v.i == 16);
  CHECK(vb_variant_to_double(&v, &ok) == 0.0 && ok == 1); /* decimal only */
  r = vb_variant_to(&v, VB_UNSIGNED_CHAR, &ok);
  CHECK(ok == 1 && r.v.i == '0');
  CHECK_EQ_INT(vb_variant_set_string(&v, "abc", 3), VB_OK);
  r = vb_variant_to(&v, VB_INT, &ok);
  CHECK(ok == 0 && r.v.i == 0);
  CHECK_EQ_INT((int)vb_variant_to_string(&v, buf, sizeof buf), 3);
  CHECK(strcmp(buf, "abc") == 0);
  s = vb_scalar_int(-7);
  CHECK_EQ_INT(vb_variant_set_number(&w, VB_INT, &s), VB_OK);
  r = vb_variant_to(&w, VB_UNSIGNED_CHAR, &ok); /* outside the type: 0, invalid */
  CHECK(ok == 0 && r.v.i == 0);
  CHECK(vb_variant_compare(&v, &w) > 0); /* "abc" > "-7" as text */
  CHECK_EQ_INT(vb_variant_copy(&v, &w), VB_OK);
  CHECK_EQ_INT(vb_variant_compare(&v, &w), 0);
  vb_variant_set_object(&v, o);
  CHECK_EQ_INT(vb_object_refcount(o), 2);
  CHECK(strcmp(vb_variant_type_name(&v), "vtkObject") == 0);
  CHECK_EQ_INT((int)vb_variant_to_string(&v, buf, sizeof buf), 0);
  vbt_alloc_fail_after(0);
  CHECK_EQ_INT(vb_variant_set_string(&v, "x", 1), VB_ENOMEM);
  vbt_alloc_reset();
  CHECK(v.obj == o);
  vb_variant_clear(&v);
  CHECK_EQ_INT(vb_object_refcount(o), 1);
  vb_variant_clear(&w);
  vb_object_release(o);
}

int main(void) {
  RUN(test_variant);
  RUN(test_observer_priorities_and_selection);
  RUN(test_collection);
  RUN(test_plain_object);
  RUN(test_id_list_basics);
  RUN(test_id_list_copies);
  RUN(test_id_list_out_of_memory);
  return vb_test_done();
}

/* test_composite.c - composite data sets (vb_composite.h): the tree, VTK's
 * child rules, metadata, leaf totals, copies, the iterator's order and flat
 * indices (the values VTK 9.7.1 gives for the same trees: see
 * tests/conformance/snippets/composite_*.py), and allocation failure. */
#include "vb_test.h"

static vb_polydata *poly(int npts, double x0) {
  vb_polydata *pd = vb_polydata_new();
  vb_points *p = vb_points_new(VB_FLOAT);
  for (int k = 0; k < npts; k++) vb_points_insert_next_point(p, (double[3]){x0 + k, 2 * k, -k});
  vb_polydata_set_points(pd, p);
  vb_points_release(p);
  return pd;
}
#define DOBJ(pd) vb_polydata_data_object(pd)
#define CDO(c) vb_composite_data_object(c)

TEST(test_information) {
  vb_information *a = vb_information_new(), *b = vb_information_new();
  int64_t v = 7;
  CHECK(vb_information_get_string(a, "NAME") == NULL && vb_information_has(a, "NAME") == 0);
  CHECK_EQ_INT(vb_information_set_string(a, "NAME", "block"), VB_OK);
  CHECK_EQ_INT(vb_information_set_integer(a, "LEVEL", 3), VB_OK);
  CHECK(strcmp(vb_information_get_string(a, "NAME"), "block") == 0);
  CHECK(vb_information_get_integer(a, "LEVEL", &v) == 1 && v == 3);
  CHECK(vb_information_get_integer(a, "NAME", &v) == 0 && v == 0);
  CHECK_EQ_INT(vb_information_has(a, "LEVEL"), 2);
  CHECK_EQ_INT(vb_information_get_number_of_keys(a), 2);
  CHECK(strcmp(vb_information_get_key(a, 1), "LEVEL") == 0 && vb_information_get_key(a, 2) == NULL);
  CHECK_EQ_INT(vb_information_copy(b, a), VB_OK);
  vb_information_remove(a, "NAME");
  CHECK(vb_information_has(a, "NAME") == 0 && strcmp(vb_information_get_string(b, "NAME"), "block") == 0);
  CHECK_EQ_INT(vb_information_set_string(a, "X", NULL), VB_EINVAL);
  vb_information_clear(b);
  CHECK_EQ_INT(vb_information_get_number_of_keys(b), 0);
  vb_information_release(a);
  vb_information_release(b);
}

TEST(test_multiblock) {
  vb_composite *mb = vb_composite_new(VB_MULTIBLOCK_DATA_SET), *pds = vb_composite_new(VB_PARTITIONED_DATA_SET);
  vb_polydata *a = poly(2, 1), *b = poly(3, -5);
  double bd[6];
  CHECK(vb_composite_new(VB_POLY_DATA) == NULL && vb_last_status() == VB_EINVAL);
  CHECK_EQ_INT(vb_data_object_get_data_object_type(CDO(mb)), 13);
  CHECK(strcmp(vb_object_class_name(vb_composite_object(mb)), "vtkMultiBlockDataSet") == 0);
  CHECK(vb_data_object_from_object(vb_composite_object(mb)) == CDO(mb));
  CHECK_EQ_INT(vb_composite_set_child(mb, 2, DOBJ(a)), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_children(mb), 3);
  CHECK(vb_composite_get_child(mb, 0) == NULL && vb_composite_get_child(mb, 2) == DOBJ(a));
  CHECK(vb_composite_get_child(mb, 3) == NULL && vb_composite_get_child(mb, -1) == NULL);
  /* VTK: "vtkPartitionedDataSet cannot be added as a block" */
  CHECK_EQ_INT(vb_composite_set_child(mb, 0, CDO(pds)), VB_ETYPE);
  CHECK(vb_composite_get_child(mb, 0) == NULL);
  CHECK_EQ_INT(vb_composite_set_child(mb, 0, CDO(mb)), VB_EINVAL); /* a cycle */
  {
    vb_composite *pdc = vb_composite_new(VB_PARTITIONED_DATA_SET_COLLECTION);
    CHECK_EQ_INT(vb_composite_set_child(mb, 0, CDO(pdc)), VB_ETYPE); /* VTK: error, nothing done */
    vb_composite_release(pdc);
  }
  CHECK_EQ_INT(vb_composite_set_child(pds, 0, CDO(mb)), VB_ETYPE);
  CHECK_EQ_INT(vb_composite_set_child(pds, 1, DOBJ(b)), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_points(mb), 2);
  CHECK_EQ_INT(vb_composite_get_bounds(mb, bd), VB_OK);
  CHECK(bd[0] == 1 && bd[1] == 2 && bd[2] == 0 && bd[3] == 2 && bd[4] == -1 && bd[5] == 0);
  /* metadata: created on demand, none out of range */
  CHECK(!vb_composite_has_child_meta_data(mb, 0));
  CHECK_EQ_INT(vb_information_set_string(vb_composite_get_child_meta_data(mb, 0), "NAME", "zero"), VB_OK);
  CHECK(vb_composite_has_child_meta_data(mb, 0) && vb_composite_get_child_meta_data(mb, 3) == NULL);
  CHECK_EQ_INT(vb_composite_remove_child(mb, 0), VB_OK); /* shifts: a is block 1, metadata gone with block 0 */
  CHECK(vb_composite_get_child(mb, 1) == DOBJ(a) && !vb_composite_has_child_meta_data(mb, 0));
  CHECK_EQ_INT(vb_composite_remove_child(mb, 5), VB_ERANGE);
  CHECK_EQ_INT(vb_composite_set_number_of_children(mb, 1), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_points(mb), 0);
  CHECK_EQ_INT(vb_composite_get_bounds(mb, bd), VB_OK);
  CHECK(bd[0] == 1e299 && bd[1] == -1e299);
  CHECK_EQ_INT(vb_composite_set_number_of_children(mb, -1), VB_ERANGE);
  vb_composite_release(mb);
  vb_composite_release(pds);
  vb_polydata_release(a);
  vb_polydata_release(b);
}

TEST(test_collection) {
  vb_composite *c = vb_composite_new(VB_PARTITIONED_DATA_SET_COLLECTION), *pds;
  vb_polydata *a = poly(4, 0);
  CHECK_EQ_INT(vb_composite_set_partition(c, 1, 2, DOBJ(a)), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_children(c), 2);
  pds = vb_composite_from_object(vb_data_object_object(vb_composite_get_child(c, 0)));
  CHECK(pds && vb_composite_get_type(pds) == VB_PARTITIONED_DATA_SET && vb_composite_get_number_of_children(pds) == 0);
  pds = vb_composite_from_object(vb_data_object_object(vb_composite_get_child(c, 1)));
  CHECK(vb_composite_get_number_of_children(pds) == 3 && vb_composite_get_child(pds, 2) == DOBJ(a));
  CHECK_EQ_INT(vb_composite_set_child(c, 0, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_composite_set_child(c, 0, DOBJ(a)), VB_ETYPE);
  CHECK_EQ_INT(vb_composite_set_number_of_children(c, 4), VB_OK);
  CHECK(vb_composite_get_child(c, 3) != NULL);
  CHECK_EQ_INT(vb_composite_get_number_of_points(c), 4);
  CHECK_EQ_INT(vb_composite_set_number_of_partitions(c, 0, 2), VB_OK);
  CHECK_EQ_INT(vb_composite_set_partition(pds, 0, 0, DOBJ(a)), VB_ETYPE);
  vb_composite_set_child(pds, 0, DOBJ(a));
  vb_information_set_string(vb_composite_get_child_meta_data(pds, 0), "NAME", "p0");
  vb_information_set_string(vb_composite_get_child_meta_data(pds, 1), "NAME", "p1");
  CHECK_EQ_INT(vb_composite_remove_null_partitions(pds), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_children(pds), 2);
  CHECK(strcmp(vb_information_get_string(vb_composite_get_child_meta_data(pds, 0), "NAME"), "p0") == 0);
  CHECK(!vb_composite_has_child_meta_data(pds, 1));
  vb_composite_release(c);
  vb_polydata_release(a);
}

/* mb = [a, None, [b, None, [c]], d]  (flat indices 1 a, 2 None, 3 sub, 4 b, 5 None, 6 subsub, 7 c, 8 d) */
static vb_composite *sample(vb_polydata **pds) {
  vb_composite *mb = vb_composite_new(VB_MULTIBLOCK_DATA_SET), *sub = vb_composite_new(VB_MULTIBLOCK_DATA_SET),
               *subsub = vb_composite_new(VB_MULTIBLOCK_DATA_SET);
  for (int k = 0; k < 4; k++) pds[k] = poly(k + 1, k);
  vb_composite_set_child(mb, 0, DOBJ(pds[0]));
  vb_composite_set_child(mb, 3, DOBJ(pds[3]));
  vb_composite_set_child(mb, 2, CDO(sub));
  vb_composite_set_child(sub, 0, DOBJ(pds[1]));
  vb_composite_set_child(sub, 2, CDO(subsub));
  vb_composite_set_child(subsub, 0, DOBJ(pds[2]));
  vb_information_set_string(vb_composite_get_child_meta_data(sub, 0), "NAME", "b");
  vb_composite_release(sub);
  vb_composite_release(subsub);
  return mb;
}

static int walk(vb_composite_iterator *it, int64_t *flat, int reverse) {
  int n = 0;
  for (reverse ? vb_composite_iterator_init_reverse_traversal(it) : vb_composite_iterator_init_traversal(it);
       !vb_composite_iterator_is_done_with_traversal(it); vb_composite_iterator_go_to_next_item(it))
    flat[n++] = reverse ? vb_data_object_get_number_of_elements(vb_composite_iterator_get_current_data_object(it), 0)
                        : vb_composite_iterator_get_current_flat_index(it);
  return n;
}

TEST(test_iterator) {
  vb_polydata *pds[4];
  vb_composite *mb = sample(pds);
  vb_composite_iterator *it = vb_composite_new_iterator(mb);
  int64_t f[16];
  CHECK(vb_data_object_get_number_of_elements(vb_composite_iterator_get_current_data_object(it), 0) == 1);
  CHECK(walk(it, f, 0) == 4 && f[0] == 1 && f[1] == 4 && f[2] == 7 && f[3] == 8);
  vb_composite_iterator_set_option(it, VB_ITER_SKIP_EMPTY_NODES, 0);
  CHECK(walk(it, f, 0) == 6 && f[1] == 2 && f[3] == 5);
  vb_composite_iterator_set_option(it, VB_ITER_VISIT_ONLY_LEAVES, 0);
  CHECK(walk(it, f, 0) == 8 && f[2] == 3 && f[5] == 6);
  vb_composite_iterator_set_option(it, VB_ITER_TRAVERSE_SUB_TREE, 0);
  CHECK(walk(it, f, 0) == 4 && f[0] == 1 && f[1] == 2 && f[2] == 3 && f[3] == 8);
  vb_composite_iterator_set_option(it, VB_ITER_SKIP_EMPTY_NODES, 1);
  vb_composite_iterator_set_option(it, VB_ITER_VISIT_ONLY_LEAVES, 1);
  vb_composite_iterator_set_option(it, VB_ITER_TRAVERSE_SUB_TREE, 1);
  CHECK(walk(it, f, 1) == 4 && f[0] == 4 && f[1] == 3 && f[2] == 2 && f[3] == 1); /* d, c, b, a */
  CHECK(vb_composite_iterator_get_current_flat_index(it) == VB_ESTATE);
  /* metadata of the current node, SetDataSet through the iterator */
  vb_composite_iterator_init_traversal(it);
  vb_composite_iterator_go_to_next_item(it);
  CHECK(vb_composite_iterator_has_current_meta_data(it));
  CHECK(strcmp(vb_information_get_string(vb_composite_iterator_get_current_meta_data(it), "NAME"), "b") == 0);
  CHECK_EQ_INT(vb_composite_set_data_set(mb, it, NULL), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_points(mb), 1 + 3 + 4);
  vb_composite_iterator_release(it);
  vb_composite_release(mb);
  for (int k = 0; k < 4; k++) vb_polydata_release(pds[k]);
}

TEST(test_copies) {
  vb_polydata *pds[4];
  vb_composite *mb = sample(pds), *d = vb_composite_new(VB_MULTIBLOCK_DATA_SET);
  vb_composite *sub;
  CHECK_EQ_INT(vb_composite_copy_structure(d, mb), VB_OK);
  CHECK(vb_composite_get_number_of_children(d) == 4 && vb_composite_get_child(d, 0) == NULL);
  sub = vb_composite_from_object(vb_data_object_object(vb_composite_get_child(d, 2)));
  CHECK(sub && sub != vb_composite_from_object(vb_data_object_object(vb_composite_get_child(mb, 2))));
  CHECK(strcmp(vb_information_get_string(vb_composite_get_child_meta_data(sub, 0), "NAME"), "b") == 0);
  CHECK_EQ_INT(vb_composite_get_number_of_points(d), 0);
  CHECK_EQ_INT(vb_composite_shallow_copy(d, CDO(mb)), VB_OK);
  CHECK(vb_composite_get_number_of_points(d) == 10 && vb_composite_get_child(d, 0) != DOBJ(pds[0]));
  CHECK(vb_polydata_get_points(vb_polydata_from_object(vb_data_object_object(vb_composite_get_child(d, 0)))) ==
        vb_polydata_get_points(pds[0]));
  CHECK_EQ_INT(vb_composite_deep_copy(d, CDO(mb)), VB_OK);
  CHECK(vb_polydata_get_points(vb_polydata_from_object(vb_data_object_object(vb_composite_get_child(d, 0)))) !=
        vb_polydata_get_points(pds[0]));
  CHECK_EQ_INT(vb_composite_get_number_of_points(d), 10);
  CHECK_EQ_INT(vb_composite_composite_shallow_copy(d, mb), VB_OK);
  CHECK(vb_composite_get_child(d, 0) == DOBJ(pds[0]));
  /* allocation failure: the copy is refused and d keeps what it had */
  for (long k = 0; k < 40; k++) {
    vb_composite *e = vb_composite_new(VB_MULTIBLOCK_DATA_SET);
    int st;
    vb_composite_set_child(e, 0, DOBJ(pds[3]));
    vbt_alloc_fail_after(k);
    st = vb_composite_deep_copy(e, CDO(mb));
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && vb_composite_get_child(e, 0) == DOBJ(pds[3]) &&
                          vb_composite_get_number_of_children(e) == 1));
    vb_composite_release(e);
  }
  CHECK_EQ_INT(vb_composite_initialize(d), VB_OK);
  CHECK_EQ_INT(vb_composite_get_number_of_children(d), 0);
  vb_composite_release(d);
  vb_composite_release(mb);
  for (int k = 0; k < 4; k++) vb_polydata_release(pds[k]);
}

/* allocation failure anywhere: VB_ENOMEM (never an abort) and the object unchanged */
TEST(test_allocation_failure) {
  vb_polydata *pds[4];
  vb_composite *mb = sample(pds);
  for (long k = 0; k < 30; k++) {
    vb_composite *c = vb_composite_new(VB_PARTITIONED_DATA_SET_COLLECTION), *d;
    vb_composite_iterator *it = vb_composite_iterator_new();
    vb_information *info = vb_information_new();
    int st;
    vb_information_set_string(info, "NAME", "keep");
    vbt_alloc_fail_after(k);
    st = vb_composite_set_partition(c, 3, 5, DOBJ(pds[0]));
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && vb_composite_get_number_of_children(c) <= 4 &&
                          vb_composite_get_number_of_points(c) == 0));
    vbt_alloc_fail_after(k);
    st = vb_composite_set_number_of_children(c, 40);
    vbt_alloc_reset();
    CHECK(st == VB_OK ? vb_composite_get_number_of_children(c) == 40 : st == VB_ENOMEM);
    vbt_alloc_fail_after(k);
    st = vb_information_set_string(info, "NAME", "a longer value");
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && strcmp(vb_information_get_string(info, "NAME"), "keep") == 0));
    vbt_alloc_fail_after(k);
    st = vb_composite_iterator_set_data_set(it, mb);
    vbt_alloc_reset();
    CHECK(st == VB_OK || st == VB_ENOMEM);
    vbt_alloc_fail_after(k);
    d = vb_composite_new(VB_MULTIBLOCK_DATA_SET);
    st = d ? vb_composite_copy_structure(d, mb) : VB_ENOMEM;
    if (st == VB_OK) st = vb_composite_shallow_copy(d, CDO(mb));
    vbt_alloc_reset();
    CHECK(st == VB_OK || st == VB_ENOMEM);
    vb_composite_release(d);
    vb_composite_iterator_release(it);
    vb_information_release(info);
    vb_composite_release(c);
  }
  vb_composite_release(mb);
  for (int k = 0; k < 4; k++) vb_polydata_release(pds[k]);
}

int main(void) {
  RUN(test_information);
  RUN(test_multiblock);
  RUN(test_collection);
  RUN(test_iterator);
  RUN(test_copies);
  RUN(test_allocation_failure);
  return vb_test_done();
}

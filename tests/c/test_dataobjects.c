/* test_dataobjects.c - vtkPoints, vtkCellArray, vtkDataSetAttributes,
 * vtkPolyData: API, VTK semantics, errors, events on the inner arrays. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_structured.h"
#include "vb_test.h"

static int nchanged;
static void count_changed(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)cd; (void)ud;
  if (ev == VB_BUFFER_CHANGED_EVENT) nchanged++;
}

TEST(test_points_basics) {
  vb_points *p = vb_points_new(VB_FLOAT), *d = vb_points_new(VB_DOUBLE);
  vb_array *a;
  double x[3] = {1, 2, 3}, y[3], b[6];
  int64_t id;
  CHECK(p && d);
  CHECK(strcmp(vb_object_class_name(vb_points_object(p)), "vtkPoints") == 0);
  CHECK(vb_points_from_object(vb_points_object(p)) == p);
  CHECK(vb_points_from_object(vb_array_object(vb_points_get_data(p))) == NULL);
  a = vb_points_get_data(p);
  CHECK_EQ_INT(vb_points_get_data_type(p), VB_FLOAT);
  CHECK_EQ_INT(vb_points_get_data_type(d), VB_DOUBLE);
  CHECK_EQ_INT(vb_array_get_number_of_components(a), 3);
  CHECK(strcmp(vb_array_get_name(a), "Points") == 0);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 0);
  CHECK_EQ_INT(vb_points_get_bounds(p, b), VB_OK);
  CHECK(b[0] == 1e299 && b[1] == -1e299); /* VTK 9.7: bounds of no points */
  id = vb_points_insert_next_point(p, x);
  CHECK_EQ_INT(id, 0);
  x[0] = -4; x[2] = 0.25;
  CHECK_EQ_INT(vb_points_insert_next_point(p, x), 1);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 2);
  CHECK_EQ_INT(vb_points_get_point(p, 1, y), VB_OK);
  CHECK(y[0] == -4 && y[1] == 2 && y[2] == 0.25);
  CHECK_EQ_INT(vb_points_get_bounds(p, b), VB_OK);
  CHECK(b[0] == -4 && b[1] == 1 && b[2] == 2 && b[3] == 2 && b[4] == 0.25 && b[5] == 3);
  CHECK_EQ_INT(vb_points_set_point(p, 0, x), VB_OK);
  CHECK_EQ_INT(vb_points_get_point(p, 0, y), VB_OK);
  CHECK(y[0] == -4);
  CHECK_EQ_INT(vb_points_get_point(p, 2, y), VB_ERANGE);
  CHECK_EQ_INT(vb_points_set_point(p, -1, x), VB_ERANGE);
  CHECK_EQ_INT(vb_points_insert_point(p, 9, x), VB_OK);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 10);
  CHECK_EQ_INT(vb_points_set_number_of_points(p, 4), VB_OK);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 4);
  CHECK_EQ_INT(vb_points_allocate(p, 100), VB_OK);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 0);
  CHECK(vb_array_get_size(vb_points_get_data(p)) >= 300);
  CHECK_EQ_INT(vb_points_allocate(p, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_points_insert_next_point(p, x), 0);
  CHECK_EQ_INT(vb_points_squeeze(p), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(vb_points_get_data(p)), 3);
  CHECK_EQ_INT(vb_points_initialize(p), VB_OK);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 0);
  CHECK(vb_points_get_data(p) == a); /* same array object */
  CHECK(vb_points_new(12345) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ETYPE);
  CHECK_EQ_INT(vb_points_insert_next_point(NULL, x), VB_EINVAL);
  CHECK_EQ_INT(vb_points_get_number_of_points(NULL), 0);
  vb_points_release(p);
  vb_points_release(d);
}

TEST(test_points_set_data_and_type) {
  vb_points *p = vb_points_new(VB_FLOAT);
  vb_array *two = vb_array_new(VB_DOUBLE), *three = vb_array_new(VB_DOUBLE), *old;
  double x[3] = {7, 8, 9}, y[3];
  vb_array_set_number_of_components(two, 2);
  vb_array_set_number_of_components(three, 3);
  vb_array_insert_next_tuple(three, x);
  CHECK_EQ_INT(vb_points_set_data(p, two), VB_EINVAL); /* VTK refuses != 3 components */
  CHECK(vb_points_get_data(p) != two);
  CHECK_EQ_INT(vb_points_set_data(p, three), VB_OK);
  CHECK(vb_points_get_data(p) == three);
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(three)), 2); /* retained */
  CHECK(strcmp(vb_array_get_name(three), "Points") == 0);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 1);
  CHECK_EQ_INT(vb_points_get_point(p, 0, y), VB_OK);
  CHECK(y[2] == 9);
  CHECK_EQ_INT(vb_points_get_data_type(p), VB_DOUBLE);
  old = vb_points_get_data(p);
  CHECK_EQ_INT(vb_points_set_data_type(p, VB_DOUBLE), VB_OK); /* same: no-op */
  CHECK(vb_points_get_data(p) == old);
  CHECK_EQ_INT(vb_points_set_data_type(p, VB_FLOAT), VB_OK);  /* new empty array */
  CHECK(vb_points_get_data(p) != old);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 0);
  CHECK_EQ_INT(vb_points_get_data_type(p), VB_FLOAT);
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(three)), 1);
  CHECK_EQ_INT(vb_points_set_data_type(p, -3), VB_ETYPE);
  vb_array_release(two);
  vb_array_release(three);
  vb_points_release(p);
}

/* The points' array is an ordinary vb_array: inserting past capacity moves
 * its memory and fires BufferChangedEvent on it, exactly once per move. */
TEST(test_points_buffer_changed_event) {
  vb_points *p = vb_points_new(VB_FLOAT);
  vb_array *a = vb_points_get_data(p);
  double x[3] = {1, 2, 3};
  int i;
  unsigned long id = vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_changed,
                                            NULL, NULL);
  CHECK(id > 0);
  nchanged = 0;
  CHECK_EQ_INT(vb_points_allocate(p, 2), VB_OK);
  CHECK_EQ_INT(nchanged, 1);
  nchanged = 0;
  CHECK(vb_points_insert_next_point(p, x) == 0);
  CHECK(vb_points_insert_next_point(p, x) == 1);
  CHECK_EQ_INT(nchanged, 0); /* within capacity: nothing moved */
  CHECK(vb_points_insert_next_point(p, x) == 2);
  CHECK_EQ_INT(nchanged, 1); /* past capacity: grown, event */
  for (i = 0; i < 100; i++) vb_points_insert_next_point(p, x);
  CHECK(nchanged > 1 && nchanged < 10); /* amortized growth */
  nchanged = 0;
  CHECK_EQ_INT(vb_points_set_point(p, 5, x), VB_OK);
  CHECK_EQ_INT(nchanged, 0);
  CHECK_EQ_INT(vb_points_squeeze(p), VB_OK);
  CHECK_EQ_INT(nchanged, 1);
  vb_points_release(p);
}

TEST(test_cell_array) {
  vb_cell_array *ca = vb_cell_array_new();
  vb_id tri[3] = {0, 1, 2}, quad[4] = {3, 4, 5, 6}, out[4];
  int64_t n = -1;
  vb_array *offs, *conn;
  CHECK(ca != NULL);
  CHECK(strcmp(vb_object_class_name(vb_cell_array_object(ca)), "vtkCellArray") == 0);
  CHECK(vb_cell_array_from_object(vb_cell_array_object(ca)) == ca);
  offs = vb_cell_array_get_offsets_array(ca);
  conn = vb_cell_array_get_connectivity_array(ca);
  CHECK_EQ_INT(vb_array_type(offs), VB_LONG_LONG);
  CHECK_EQ_INT(vb_array_type(conn), VB_LONG_LONG);
  CHECK_EQ_INT(vb_array_get_number_of_values(offs), 1); /* {0} as VTK */
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_cell_array_get_max_cell_size(ca), 0);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 3, tri), 0);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 4, quad), 1);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 0, NULL), 2); /* empty cell is legal */
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 3);
  CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(ca), 7);
  CHECK_EQ_INT(vb_cell_array_get_max_cell_size(ca), 4);
  {
    int64_t o[4], i;
    const int64_t want[4] = {0, 3, 7, 7};
    for (i = 0; i < 4; i++) {
      vb_array_get_value_i64(offs, i, &o[i]);
      CHECK_EQ_INT(o[i], want[i]);
    }
  }
  CHECK_EQ_INT(vb_cell_array_get_cell_size(ca, 1, &n), VB_OK);
  CHECK_EQ_INT(n, 4);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 4, &n), VB_OK);
  CHECK(out[0] == 3 && out[3] == 6);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 3, &n), VB_ERANGE); /* too small */
  CHECK_EQ_INT(n, 4);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 3, out, 4, &n), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_array_get_cell_size(ca, -1, &n), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, -1, tri), VB_EINVAL);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 2, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 3); /* unchanged */
  CHECK_EQ_INT(vb_cell_array_squeeze(ca), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(conn), 7);
  CHECK_EQ_INT(vb_cell_array_reset(ca), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_array_get_number_of_values(offs), 1);
  CHECK_EQ_INT(vb_array_get_size(conn), 7); /* storage kept */
  CHECK_EQ_INT(vb_cell_array_allocate_estimate(ca, 10, 3), VB_OK);
  CHECK(vb_array_get_size(conn) >= 30 && vb_array_get_size(offs) >= 11);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_cell_array_allocate_estimate(ca, -1, 3), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 3, tri), 0);
  CHECK_EQ_INT(vb_cell_array_initialize(ca), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_array_get_size(vb_cell_array_get_connectivity_array(ca)), 0);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(NULL), 0);
  vb_cell_array_release(ca);
}

/* compare offsets/connectivity of two cell arrays value by value */
static int same_cells(vb_cell_array *a, vb_cell_array *b) {
  vb_array *arrs[2][2] = {{vb_cell_array_get_offsets_array(a), vb_cell_array_get_connectivity_array(a)},
                          {vb_cell_array_get_offsets_array(b), vb_cell_array_get_connectivity_array(b)}};
  int k;
  for (k = 0; k < 2; k++) {
    int64_t i, n = vb_array_get_number_of_values(arrs[0][k]);
    if (n != vb_array_get_number_of_values(arrs[1][k])) return 0;
    for (i = 0; i < n; i++) {
      int64_t x = -1, y = -2;
      vb_array_get_value_i64(arrs[0][k], i, &x);
      vb_array_get_value_i64(arrs[1][k], i, &y);
      if (x != y) return 0;
    }
  }
  return 1;
}

/* point ids: negative ids and ids that do not fit the connectivity type are
 * refused before anything changes */
TEST(test_cell_array_bad_ids) {
  vb_cell_array *ca = vb_cell_array_new();
  vb_array *off = vb_array_new(VB_INT), *conn = vb_array_new(VB_INT);
  const vb_id bad[] = {0, -1, 2}, big[] = {0, (vb_id)1 << 40};
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 3, bad), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(ca), 0);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(ca, 1), 0);
  CHECK_EQ_INT(vb_cell_array_insert_cell_point(ca, -5), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(ca), 0);
  /* int32 storage: 2^40 does not fit */
  vb_array_insert_next_value_i64(off, 0);
  CHECK_EQ_INT(vb_cell_array_set_data(ca, off, conn), VB_OK);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 2, big), VB_ENOFIT);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(ca), 0);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ca, 1, big), 0); /* {0} fits */
  CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(ca), 1);
  vb_array_release(off);
  vb_array_release(conn);
  vb_cell_array_release(ca);
}

TEST(test_cell_array_incremental) {
  /* mixed sizes: triangle, quad, empty cell, line; then a cell whose size is
   * only known at the end (InsertNextCell(0) + points + UpdateCellCount) */
  vb_cell_array *inc = vb_cell_array_new(), *ref = vb_cell_array_new();
  const vb_id cells[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  const int64_t sizes[] = {3, 4, 0, 2, 3};
  int64_t c, k, at = 0, n = -1;
  vb_id out[4];
  for (c = 0; c < 4; c++) {
    CHECK_EQ_INT(vb_cell_array_insert_next_cell(ref, sizes[c], cells + at), c);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(inc, sizes[c]), c);
    /* the offset claims the points before they are there (VTK) */
    CHECK_EQ_INT(vb_cell_array_get_cell_size(inc, c, &n), VB_OK);
    CHECK_EQ_INT(n, sizes[c]);
    if (sizes[c] > 0) CHECK_EQ_INT(vb_cell_array_get_cell(inc, c, out, 4, &n), VB_ERANGE);
    for (k = 0; k < sizes[c]; k++) CHECK_EQ_INT(vb_cell_array_insert_cell_point(inc, cells[at + k]), VB_OK);
    at += sizes[c];
  }
  CHECK(same_cells(inc, ref));
  CHECK_EQ_INT(vb_cell_array_insert_next_cell(ref, 3, cells + at), 4);
  CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(inc, 0), 4);
  for (k = 0; k < 3; k++) CHECK_EQ_INT(vb_cell_array_insert_cell_point(inc, cells[at + k]), VB_OK);
  CHECK(!same_cells(inc, ref)); /* last offset still claims 0 points */
  CHECK_EQ_INT(vb_cell_array_update_cell_count(inc, 3), VB_OK);
  CHECK(same_cells(inc, ref));
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(inc), 5);
  CHECK_EQ_INT(vb_cell_array_get_cell(inc, 4, out, 4, &n), VB_OK);
  CHECK(n == 3 && out[0] == 9 && out[1] == 10 && out[2] == 11);
  CHECK_EQ_INT(vb_cell_array_get_max_cell_size(inc), 4);
  /* UpdateCellCount shrinks too: offsets[last] = offsets[last-1] + npts */
  CHECK_EQ_INT(vb_cell_array_update_cell_count(inc, 1), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_cell_size(inc, 4, &n), VB_OK);
  CHECK_EQ_INT(n, 1);
  CHECK_EQ_INT(vb_cell_array_update_cell_count(inc, 3), VB_OK);
  /* the next InsertNextCell(n) offset is connectivity size + n (VTK) */
  CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(inc, 2), 5);
  {
    int64_t last = -1;
    vb_array_get_value_i64(vb_cell_array_get_offsets_array(inc), 6, &last);
    CHECK_EQ_INT(last, 12 + 2);
  }
  /* errors leave the cell array unchanged */
  {
    vb_cell_array *e = vb_cell_array_new();
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(e, -1), VB_EINVAL);
    CHECK_EQ_INT(vb_cell_array_insert_cell_point(e, 7), VB_ESTATE); /* no cell yet */
    CHECK(strstr(vb_last_error(), "InsertCellPoint: no cell to add a point to (call InsertNextCell(npts) first)") != NULL);
    CHECK_EQ_INT(vb_cell_array_update_cell_count(e, 2), VB_ESTATE); /* VTK reads offsets[-1] */
    CHECK_EQ_INT(vb_cell_array_get_number_of_cells(e), 0);
    CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(e), 0);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(e, 2), 0);
    CHECK_EQ_INT(vb_cell_array_update_cell_count(e, -3), VB_EINVAL);
    CHECK_EQ_INT(vb_cell_array_get_cell_size(e, 0, &n), VB_OK);
    CHECK_EQ_INT(n, 2);
    CHECK_EQ_INT(vb_cell_array_insert_cell_point(e, 5), VB_OK);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(e, INT64_MAX), VB_EOVERFLOW); /* 1 + INT64_MAX */
    CHECK_EQ_INT(vb_cell_array_get_number_of_cells(e), 1);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(NULL, 1), VB_EINVAL);
    CHECK_EQ_INT(vb_cell_array_insert_cell_point(NULL, 1), VB_EINVAL);
    CHECK_EQ_INT(vb_cell_array_update_cell_count(NULL, 1), VB_EINVAL);
    vb_cell_array_release(e);
  }
  /* out of memory while growing: unchanged, VB_ENOMEM */
  {
    vb_cell_array *m = vb_cell_array_new();
    int64_t i, before;
    vb_cell_array_squeeze(m); /* offsets {0} exactly: the next insert must grow */
    vbt_alloc_fail_after(0);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(m, 3), VB_ENOMEM);
    vbt_alloc_reset();
    CHECK_EQ_INT(vb_cell_array_get_number_of_cells(m), 0);
    CHECK_EQ_INT(vb_cell_array_insert_next_cell_n(m, 3), 0);
    for (i = 0; i < 3; i++) CHECK_EQ_INT(vb_cell_array_insert_cell_point(m, i), VB_OK);
    vb_cell_array_squeeze(m);
    before = vb_cell_array_get_number_of_connectivity_ids(m);
    vbt_alloc_fail_after(0);
    CHECK_EQ_INT(vb_cell_array_insert_cell_point(m, 9), VB_ENOMEM);
    vbt_alloc_reset();
    CHECK_EQ_INT(vb_cell_array_get_number_of_connectivity_ids(m), before);
    vb_cell_array_release(m);
  }
  /* modified time advances */
  {
    uint64_t t0 = vb_object_mtime(vb_cell_array_object(inc));
    CHECK_EQ_INT(vb_cell_array_insert_cell_point(inc, 1), VB_OK);
    CHECK(vb_object_mtime(vb_cell_array_object(inc)) > t0);
  }
  vb_cell_array_release(inc);
  vb_cell_array_release(ref);
}

TEST(test_cell_array_set_data) {
  vb_cell_array *ca = vb_cell_array_new();
  vb_array *o = vb_array_new(VB_INT), *c = vb_array_new(VB_ID_TYPE), *f = vb_array_new(VB_FLOAT);
  vb_id out[3];
  int64_t n;
  vb_array_insert_next_value(o, 0);
  vb_array_insert_next_value(o, 2);
  vb_array_insert_next_value(o, 5);
  vb_array_insert_next_value(c, 10);
  vb_array_insert_next_value(c, 11);
  vb_array_insert_next_value(c, 12);
  vb_array_insert_next_value(c, 13);
  CHECK_EQ_INT(vb_cell_array_set_data(ca, o, f), VB_ETYPE);
  CHECK_EQ_INT(vb_cell_array_set_data(ca, o, c), VB_EINVAL); /* last offset 5 != 4 ids */
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);  /* unchanged */
  vb_array_insert_next_value(c, 14);
  CHECK_EQ_INT(vb_cell_array_set_data(ca, o, c), VB_OK);
  CHECK(vb_cell_array_get_offsets_array(ca) == o); /* shared, not copied */
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 2);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 3, &n), VB_OK);
  CHECK(n == 3 && out[0] == 12 && out[2] == 14);
  vb_array_set_value(o, 1, 6); /* decreasing: refused */
  CHECK_EQ_INT(vb_cell_array_set_data(ca, o, c), VB_EINVAL); /* same arrays: validated again */
  vb_array_set_value(o, 1, 2);
  {
    vb_array *bad = vb_array_new(VB_INT);
    vb_array_insert_next_value(bad, 1);
    CHECK_EQ_INT(vb_cell_array_set_data(ca, bad, c), VB_EINVAL); /* must start at 0 */
    vb_array_release(bad);
  }
  vb_array_release(o);
  vb_array_release(c);
  vb_array_release(f);
  vb_cell_array_release(ca);
}

static vb_array *named(int type, int ncomp, const char *name, int64_t ntuples) {
  vb_array *a = vb_array_new(type);
  vb_array_set_number_of_components(a, ncomp);
  vb_array_set_number_of_tuples(a, ntuples);
  if (name) vb_array_set_name(a, name);
  return a;
}

TEST(test_attributes) {
  vb_attributes *at = vb_attributes_new();
  vb_array *temp = named(VB_FLOAT, 1, "Temperature", 4), *vel = named(VB_DOUBLE, 3, "Velocity", 4),
           *temp2 = named(VB_INT, 1, "Temperature", 4), *anon = named(VB_FLOAT, 1, NULL, 4);
  int idx = 99;
  CHECK(strcmp(vb_object_class_name(vb_attributes_object(at)), "vtkDataSetAttributes") == 0);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 0);
  CHECK_EQ_INT(vb_attributes_add_array(at, temp), 0);
  CHECK_EQ_INT(vb_attributes_add_array(at, vel), 1);
  CHECK_EQ_INT(vb_attributes_add_array(at, anon), 2);
  CHECK_EQ_INT(vb_attributes_add_array(at, anon), 3); /* unnamed: appended again, as VTK */
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 4);
  CHECK(vb_attributes_get_array(at, 1) == vel);
  CHECK(vb_attributes_get_array_by_name(at, "Velocity", &idx) == vel);
  CHECK_EQ_INT(idx, 1);
  CHECK(strcmp(vb_attributes_get_array_name(at, 0), "Temperature") == 0);
  CHECK(vb_attributes_get_array_name(at, 2) == NULL);
  CHECK(vb_attributes_has_array(at, "Velocity"));
  CHECK(!vb_attributes_has_array(at, "Pressure"));
  /* unknown name: NULL, and no error recorded (a lookup, not a failure) */
  vb_clear_error();
  CHECK(vb_attributes_get_array_by_name(at, "Pressure", &idx) == NULL);
  CHECK_EQ_INT(idx, -1);
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  CHECK(vb_attributes_get_array(at, 4) == NULL); /* a bad index is not found: no error */
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  CHECK(vb_attributes_get_array(at, -1) == NULL);
  vb_clear_error();
  CHECK_EQ_INT(vb_attributes_remove_array(at, "Pressure"), 0); /* nothing removed, no error */
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 4);
  CHECK_EQ_INT(vb_attributes_remove_array_by_index(at, 7), 0);
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  /* same name replaces in place */
  CHECK_EQ_INT(vb_attributes_add_array(at, temp2), 0);
  CHECK(vb_attributes_get_array(at, 0) == temp2);
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(temp)), 1); /* released */
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(temp2)), 2);
  /* remove by name and index shifts the rest */
  CHECK_EQ_INT(vb_attributes_remove_array(at, "Temperature"), 1);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 3);
  CHECK(vb_attributes_get_array(at, 0) == vel);
  CHECK_EQ_INT(vb_attributes_remove_array_by_index(at, 2), 1);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 2);
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(anon)), 2);
  CHECK_EQ_INT(vb_attributes_initialize(at), VB_OK);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 0);
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(vel)), 1);
  CHECK_EQ_INT(vb_attributes_add_array(at, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_attributes_add_array(NULL, vel), VB_EINVAL);
  vb_array_release(temp);
  vb_array_release(temp2);
  vb_array_release(vel);
  vb_array_release(anon);
  vb_attributes_release(at);
}

TEST(test_active_attributes) {
  vb_attributes *at = vb_attributes_new();
  vb_array *n1 = named(VB_FLOAT, 3, "Normals", 5), *n2 = named(VB_FLOAT, 3, "N2", 5),
           *s = named(VB_DOUBLE, 1, "Scalars_", 5), *two = named(VB_FLOAT, 2, "uv", 5);
  CHECK(vb_attributes_get_normals(at) == NULL);
  CHECK_EQ_INT(vb_attributes_get_active_attribute_index(at, VB_ATTRIBUTE_NORMALS), -1);
  CHECK_EQ_INT(vb_attributes_add_array(at, s), 0);
  CHECK_EQ_INT(vb_attributes_set_normals(at, n1), 1);
  CHECK(vb_attributes_get_normals(at) == n1);
  CHECK(vb_attributes_get_attribute(at, VB_ATTRIBUTE_NORMALS) == n1);
  CHECK_EQ_INT(vb_attributes_get_active_attribute_index(at, VB_ATTRIBUTE_NORMALS), 1);
  CHECK_EQ_INT(vb_attributes_set_normals(at, n1), 1); /* same: no change */
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 2);
  /* new normals replace the active ones (VTK SetAttribute) */
  CHECK_EQ_INT(vb_attributes_set_normals(at, n2), 1);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(at), 2);
  CHECK(vb_attributes_get_normals(at) == n2);
  CHECK(!vb_attributes_has_array(at, "Normals"));
  /* component count checked */
  CHECK_EQ_INT(vb_attributes_set_normals(at, two), VB_EINVAL);
  CHECK(vb_attributes_get_normals(at) == n2);
  CHECK_EQ_INT(vb_attributes_set_attribute(at, two, VB_ATTRIBUTE_TCOORDS), 2);
  CHECK_EQ_INT(vb_attributes_set_attribute(at, two, VB_ATTRIBUTE_TENSORS), VB_EINVAL);
  CHECK_EQ_INT(vb_attributes_set_attribute(at, two, 17), VB_EINVAL);
  CHECK(vb_attributes_get_attribute(at, 17) == NULL);
  /* by name */
  CHECK_EQ_INT(vb_attributes_set_active_scalars(at, "Scalars_"), 0);
  CHECK(vb_attributes_get_scalars(at) == s);
  vb_clear_error();
  CHECK_EQ_INT(vb_attributes_set_active_normals(at, "uv"), -1); /* 2 components: -1, no error (VTK) */
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  CHECK(vb_attributes_get_normals(at) == n2); /* ... and the normals stay */
  CHECK_EQ_INT(vb_attributes_set_active_scalars(at, "nope"), -1); /* as VTK; no error */
  CHECK_EQ_INT(vb_last_status(), VB_OK);
  CHECK(vb_attributes_get_scalars(at) == NULL); /* VTK: a name not found unsets the scalars */
  CHECK_EQ_INT(vb_attributes_set_active_scalars(at, "Scalars_"), 0);
  CHECK_EQ_INT(vb_attributes_set_active_attribute(at, 5, VB_ATTRIBUTE_SCALARS), VB_ERANGE);
  /* removing an array before the active ones shifts their indices */
  CHECK_EQ_INT(vb_attributes_remove_array(at, "Scalars_"), 1);
  CHECK(vb_attributes_get_scalars(at) == NULL);
  CHECK(vb_attributes_get_normals(at) == n2);
  CHECK_EQ_INT(vb_attributes_get_active_attribute_index(at, VB_ATTRIBUTE_NORMALS), 0);
  CHECK_EQ_INT(vb_attributes_get_active_attribute_index(at, VB_ATTRIBUTE_TCOORDS), 1);
  /* unset keeps the array */
  CHECK_EQ_INT(vb_attributes_set_normals(at, NULL), VB_OK);
  CHECK(vb_attributes_get_normals(at) == NULL);
  CHECK(vb_attributes_has_array(at, "N2"));
  CHECK_EQ_INT(vb_attributes_set_active_attribute(at, 0, VB_ATTRIBUTE_NORMALS), VB_OK);
  CHECK(vb_attributes_get_normals(at) == n2);
  CHECK_EQ_INT(vb_attributes_set_active_attribute(at, -1, VB_ATTRIBUTE_NORMALS), VB_OK);
  CHECK(vb_attributes_get_normals(at) == NULL);
  CHECK(strcmp(vb_attributes_attribute_type_name(VB_ATTRIBUTE_NORMALS), "Normals") == 0);
  CHECK(vb_attributes_attribute_type_name(12) == NULL);
  vb_attributes_release(at);
  vb_array_release(n1);
  vb_array_release(n2);
  vb_array_release(s);
  vb_array_release(two);
}

TEST(test_polydata) {
  vb_polydata *pd = vb_polydata_new();
  vb_points *p = vb_points_new(VB_FLOAT);
  vb_cell_array *polys = vb_cell_array_new(), *lines = vb_cell_array_new(), *old;
  vb_id tri[3] = {0, 1, 2}, seg[2] = {0, 2};
  double x[3] = {0, 0, 0}, b[6];
  int i;
  CHECK(strcmp(vb_object_class_name(vb_polydata_object(pd)), "vtkPolyData") == 0);
  CHECK(vb_polydata_from_object(vb_polydata_object(pd)) == pd);
  CHECK(vb_polydata_get_points(pd) == NULL);
  CHECK_EQ_INT(vb_polydata_get_number_of_points(pd), 0);
  CHECK_EQ_INT(vb_polydata_get_number_of_cells(pd), 0);
  CHECK(vb_polydata_get_polys(pd) != NULL && vb_polydata_get_verts(pd) != NULL);
  CHECK(vb_polydata_get_point_data(pd) != NULL && vb_polydata_get_cell_data(pd) != NULL);
  CHECK(vb_polydata_get_point_data(pd) != vb_polydata_get_cell_data(pd));
  CHECK_EQ_INT(vb_polydata_get_point(pd, 0, x), VB_ESTATE); /* no points yet */
  CHECK_EQ_INT(vb_polydata_get_bounds(pd, b), VB_OK);
  CHECK(b[0] == 1 && b[1] == -1);
  for (i = 0; i < 3; i++) {
    x[0] = i;
    vb_points_insert_next_point(p, x);
  }
  CHECK_EQ_INT(vb_polydata_set_points(pd, p), VB_OK);
  CHECK_EQ_INT(vb_object_refcount(vb_points_object(p)), 2);
  vb_cell_array_insert_next_cell(polys, 3, tri);
  vb_cell_array_insert_next_cell(lines, 2, seg);
  vb_cell_array_insert_next_cell(lines, 2, seg);
  CHECK_EQ_INT(vb_polydata_set_polys(pd, polys), VB_OK);
  CHECK_EQ_INT(vb_polydata_set_lines(pd, lines), VB_OK);
  CHECK(vb_polydata_get_polys(pd) == polys);
  CHECK_EQ_INT(vb_polydata_get_number_of_points(pd), 3);
  CHECK_EQ_INT(vb_polydata_get_number_of_polys(pd), 1);
  CHECK_EQ_INT(vb_polydata_get_number_of_lines(pd), 2);
  CHECK_EQ_INT(vb_polydata_get_number_of_cells(pd), 3);
  CHECK_EQ_INT(vb_polydata_get_point(pd, 2, x), VB_OK);
  CHECK(x[0] == 2);
  CHECK_EQ_INT(vb_polydata_get_bounds(pd, b), VB_OK);
  CHECK(b[0] == 0 && b[1] == 2 && b[2] == 0 && b[3] == 0);
  /* NULL cell array: a fresh empty one */
  old = vb_polydata_get_lines(pd);
  CHECK_EQ_INT(vb_polydata_set_lines(pd, NULL), VB_OK);
  CHECK(vb_polydata_get_lines(pd) != NULL && vb_polydata_get_lines(pd) != old);
  CHECK_EQ_INT(vb_polydata_get_number_of_lines(pd), 0);
  CHECK_EQ_INT(vb_object_refcount(vb_cell_array_object(lines)), 1);
  /* initialize: everything emptied; the objects we hold are untouched */
  {
    vb_array *arr = named(VB_FLOAT, 1, "t", 3);
    vb_attributes_add_array(vb_polydata_get_point_data(pd), arr);
    vb_array_release(arr);
  }
  CHECK_EQ_INT(vb_polydata_initialize(pd), VB_OK);
  CHECK(vb_polydata_get_points(pd) == NULL);
  CHECK_EQ_INT(vb_polydata_get_number_of_cells(pd), 0);
  CHECK_EQ_INT(vb_attributes_get_number_of_arrays(vb_polydata_get_point_data(pd)), 0);
  CHECK_EQ_INT(vb_points_get_number_of_points(p), 3);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(polys), 1);
  CHECK_EQ_INT(vb_polydata_set_points(NULL, p), VB_EINVAL);
  vb_points_release(p);
  vb_cell_array_release(polys);
  vb_cell_array_release(lines);
  vb_polydata_release(pd);
}

TEST(test_array_name) {
  vb_array *a = vb_array_new(VB_FLOAT);
  char buf[8] = "abc";
  CHECK(vb_array_get_name(a) == NULL);
  CHECK_EQ_INT(vb_array_set_name(a, buf), VB_OK);
  buf[0] = 'x'; /* copied */
  CHECK(strcmp(vb_array_get_name(a), "abc") == 0);
  CHECK_EQ_INT(vb_array_set_name(a, NULL), VB_OK);
  CHECK(vb_array_get_name(a) == NULL);
  CHECK_EQ_INT(vb_array_set_name(NULL, "x"), VB_EINVAL);
  vb_array_release(a);
}

TEST(test_data_objects_out_of_memory) {
  long k;
  int ok = 0;
  for (k = 0; k < 100 && !ok; k++) {
    vb_polydata *pd;
    vbt_alloc_fail_after(k);
    pd = vb_polydata_new();
    vbt_alloc_reset();
    if (pd) {
      ok = 1;
      vb_polydata_release(pd);
    } else {
      CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
    }
  }
  CHECK(ok && k > 5);
}

/* the generic vtkDataSet / vtkPointSet calls (vb_data_set.h) over a polydata,
 * and what a plain data object answers to them */
TEST(test_data_set_generic) {
  vb_polydata *pd = vb_polydata_new(), *other = vb_polydata_new();
  vb_data_object *d = vb_polydata_data_object(pd), *plain = vb_data_object_new();
  vb_points *p = vb_points_new(VB_DOUBLE);
  vb_id_list *ids = vb_id_list_new();
  vb_id quad[4] = {3, 2, 1, 0};
  double x[3] = {0, 0, 0};
  for (int i = 0; i < 4; i++) {
    x[1] = i;
    vb_points_insert_next_point(p, x);
  }
  CHECK(vb_data_object_is_data_set(d) && vb_data_object_is_point_set(d));
  CHECK(!vb_data_object_is_data_set(plain) && !vb_data_object_is_point_set(plain));
  CHECK_EQ_INT(vb_data_set_get_point(d, 0, x), VB_ESTATE); /* a point set without points */
  CHECK_EQ_INT(vb_point_set_set_points(d, p), VB_OK);
  CHECK(vb_point_set_get_points(d) == p && vb_polydata_get_points(pd) == p);
  CHECK_EQ_INT(vb_point_set_set_points(plain, p), VB_ETYPE);
  CHECK_EQ_INT(vb_polydata_insert_next_cell(pd, VB_QUAD, 4, quad), 0);
  CHECK_EQ_INT(vb_data_set_get_number_of_points(d), 4);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(d), 1);
  CHECK_EQ_INT(vb_data_set_get_point(d, 3, x), VB_OK);
  CHECK(x[1] == 3.0);
  CHECK_EQ_INT(vb_data_set_get_point(d, 4, x), VB_ERANGE);
  CHECK_EQ_INT(vb_data_set_get_cell_type(d, 0), VB_QUAD);
  CHECK_EQ_INT(vb_data_set_get_cell_type(d, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_data_set_get_cell_size(d, 0), 4);
  CHECK_EQ_INT(vb_data_set_get_cell_points(d, 0, ids), VB_QUAD);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(ids), 4);
  CHECK(vb_id_list_data(ids)[0] == 3 && vb_id_list_data(ids)[3] == 0);
  CHECK_EQ_INT(vb_data_set_get_cell_points(d, -1, ids), VB_ERANGE);
  CHECK_EQ_INT(vb_id_list_get_number_of_ids(ids), 4); /* unchanged on error */
  CHECK_EQ_INT(vb_data_set_get_max_cell_size(d), 4);
  CHECK(vb_data_set_get_point_data(d) == vb_polydata_get_point_data(pd));
  CHECK(vb_data_set_get_cell_data(plain) == NULL && vb_data_set_get_number_of_points(plain) == 0);
  CHECK_EQ_INT(vb_data_set_get_cell_type(plain, 0), VB_ETYPE);
  /* CopyStructure: same class only; shares points and cells */
  CHECK_EQ_INT(vb_data_set_copy_structure(plain, d), VB_ETYPE);
  CHECK_EQ_INT(vb_data_set_copy_structure(vb_polydata_data_object(other), d), VB_OK);
  CHECK(vb_polydata_get_points(other) == p && vb_polydata_get_polys(other) == vb_polydata_get_polys(pd));
  CHECK_EQ_INT(vb_data_object_get_data_object_type(d), VB_POLY_DATA);
  CHECK_EQ_INT(vb_data_object_get_data_object_type(plain), VB_DATA_OBJECT);
  /* DeepCopy into a polydata that has its own points keeps that object */
  vb_points *own = vb_points_new(VB_FLOAT);
  vb_polydata *deep = vb_polydata_new();
  vb_polydata_set_points(deep, own);
  CHECK_EQ_INT(vb_data_object_deep_copy(vb_polydata_data_object(deep), d), VB_OK);
  CHECK(vb_polydata_get_points(deep) == own && vb_points_get_data_type(own) == VB_DOUBLE);
  CHECK_EQ_INT(vb_points_get_number_of_points(own), 4);
  CHECK(vb_polydata_get_polys(deep) != vb_polydata_get_polys(pd));
  CHECK_EQ_INT(vb_data_set_get_cell_type(vb_polydata_data_object(deep), 0), VB_QUAD);
  vb_points_release(own);
  vb_polydata_release(deep);
  vb_id_list_release(ids);
  vb_points_release(p);
  vb_object_release(vb_data_object_object(plain));
  vb_polydata_release(other);
  vb_polydata_release(pd);
}

/* vtkStructuredData's numbering, worked by hand (the classes using it are
 * compared with VTK 9.7.1 by conformance snippets) */
TEST(test_structured_math) {
  int ext[6] = {2, 4, 0, 1, 5, 5}, dims[3], ijk[3] = {1, 1, 0};
  int64_t ids[8];
  vb__structured_dims(ext, dims);
  CHECK(dims[0] == 3 && dims[1] == 2 && dims[2] == 1);
  CHECK_EQ_INT(vb__structured_description(dims), VB__STRUCTURED_XY_PLANE);
  CHECK_EQ_INT(vb__structured_dimension(dims), 2);
  CHECK_EQ_INT(vb__structured_npoints(dims), 6);
  CHECK_EQ_INT(vb__structured_ncells(dims), 2);
  CHECK_EQ_INT(vb__structured_point_id(dims, ijk), 4);
  CHECK_EQ_INT(vb__structured_cell_id(dims, ijk), 3);
  CHECK_EQ_INT(vb__structured_cell_points(dims, 1, ids), 4);
  CHECK(ids[0] == 1 && ids[1] == 2 && ids[2] == 4 && ids[3] == 5);
  CHECK_EQ_INT(vb__structured_cell_type(dims, 0), VB_PIXEL);
  CHECK_EQ_INT(vb__structured_cell_type(dims, 1), VB_QUAD);
  int yz[3] = {1, 3, 3}, one[3] = {1, 1, 1}, none[3] = {0, 2, 2}, xyz[3] = {2, 2, 2};
  CHECK_EQ_INT(vb__structured_description(yz), VB__STRUCTURED_YZ_PLANE);
  CHECK_EQ_INT(vb__structured_ncells(yz), 4);
  CHECK_EQ_INT(vb__structured_cell_points(yz, 3, ids), 4); /* cell (j=1, k=1) */
  CHECK(ids[0] == 4 && ids[1] == 5 && ids[2] == 7 && ids[3] == 8);
  CHECK_EQ_INT(vb__structured_ncells(one), 1);
  CHECK_EQ_INT(vb__structured_cell_points(one, 0, ids), 1);
  CHECK_EQ_INT(vb__structured_cell_type(one, 0), VB_VERTEX);
  CHECK_EQ_INT(vb__structured_npoints(none), 0);
  CHECK_EQ_INT(vb__structured_ncells(none), 0);
  CHECK_EQ_INT(vb__structured_description(none), VB__STRUCTURED_EMPTY);
  CHECK_EQ_INT(vb__structured_cell_points(xyz, 0, ids), 8);
  CHECK(ids[7] == 7 && ids[2] == 2 && ids[4] == 4);
  CHECK_EQ_INT(vb__structured_cell_type(xyz, 0), 11);
}

int main(void) {
  RUN(test_points_basics);
  RUN(test_points_set_data_and_type);
  RUN(test_points_buffer_changed_event);
  RUN(test_cell_array);
  RUN(test_cell_array_bad_ids);
  RUN(test_cell_array_incremental);
  RUN(test_cell_array_set_data);
  RUN(test_attributes);
  RUN(test_active_attributes);
  RUN(test_polydata);
  RUN(test_array_name);
  RUN(test_data_objects_out_of_memory);
  RUN(test_data_set_generic);
  RUN(test_structured_math);
  return vb_test_done();
}

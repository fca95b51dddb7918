/* test_unstructured_grid.c - vtkUnstructuredGrid (vb_unstructured_grid.h): cells,
 * polyhedra, SetCells, copies, and that every allocation failure leaves the grid
 * unchanged.  VTK's answers are compared in tests/conformance (ugrid.py). */
#include "vb_test.h"

#define DO(g) vb_data_object_from_object(vb_unstructured_grid_object(g))

static const vb_id FACES[] = {4, 0, 2, 3, 1, 4, 4, 5, 7, 6, 4, 0, 1, 5, 4,
                              4, 1, 3, 7, 5, 4, 3, 2, 6, 7, 4, 2, 0, 4, 6};
#define NFACES_IDS ((int64_t)(sizeof FACES / sizeof *FACES))

static vb_unstructured_grid *cube_grid(void) {
  vb_unstructured_grid *g = vb_unstructured_grid_new();
  vb_points *p = vb_points_new(VB_DOUBLE);
  for (int k = 0; k < 8; k++) {
    double x[3] = {k & 1, (k >> 1) & 1, (k >> 2) & 1};
    vb_points_insert_next_point(p, x);
  }
  vb_point_set_set_points(DO(g), p);
  vb_points_release(p);
  return g;
}

static int64_t ids_n(vb_id_list *l) { return vb_id_list_get_number_of_ids(l); }

TEST(test_grid_cells) {
  vb_unstructured_grid *g = cube_grid();
  vb_id tet[4] = {0, 1, 2, 4}, ln[2] = {0, 7};
  CHECK_EQ_INT(vb_data_object_get_data_object_type(DO(g)), VB_UNSTRUCTURED_GRID);
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, VB_TETRA, 4, tet, 4), 0);
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, VB_LINE, 2, ln, 2), 1);
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, VB_POLYHEDRON, 6, FACES, NFACES_IDS), 2);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(DO(g)), 3);
  CHECK_EQ_INT(vb_data_set_get_cell_type(DO(g), 2), VB_POLYHEDRON);
  CHECK_EQ_INT(vb_data_set_get_cell_size(DO(g), 2), 8); /* the distinct face points */
  CHECK_EQ_INT(vb_data_set_get_max_cell_size(DO(g)), 8);
  vb_cell_array *loc = vb_unstructured_grid_get_polyhedron_face_locations(g);
  CHECK(loc && vb_cell_array_get_number_of_cells(loc) == 3);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(vb_unstructured_grid_get_polyhedron_faces(g)), 6);
  vb_cell *c = vb_cell_new(VB_EMPTY_CELL, 1);
  CHECK_EQ_INT(vb_data_set_get_cell(DO(g), 2, c), VB_OK);
  CHECK_EQ_INT(vb_cell_get_number_of_faces(c), 6);
  CHECK_EQ_INT(vb_cell_get_number_of_edges(c), 12);
  vb_id_list *l = vb_id_list_new();
  CHECK_EQ_INT(vb_unstructured_grid_get_face_stream(g, 2, l), VB_OK);
  CHECK_EQ_INT(ids_n(l), NFACES_IDS + 1);
  CHECK_EQ_INT(vb_unstructured_grid_get_point_cells(g, 7, l), VB_OK);
  CHECK_EQ_INT(ids_n(l), 2);
  CHECK_EQ_INT(vb_unstructured_grid_get_point_cells(g, 8, l), VB_ERANGE);
  vb_array *d = vb_unstructured_grid_get_distinct_cell_types_array(g);
  CHECK(d && vb_array_get_number_of_values(d) == 3);
  CHECK_EQ_INT(vb_unstructured_grid_is_homogeneous(g), 0);
  CHECK_EQ_INT(vb_data_set_get_cell_type(DO(g), 3), VB_ERANGE);
  /* a short face stream, negative ids, a type past unsigned char: nothing changes */
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, VB_POLYHEDRON, 7, FACES, NFACES_IDS), VB_EINVAL);
  vb_id bad[2] = {0, -1};
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, VB_LINE, 2, bad, 2), VB_ERANGE);
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(g, 300, 2, ln, 2), VB_ENOFIT);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(DO(g)), 3);
  CHECK_EQ_INT(vb_array_get_number_of_values(vb_unstructured_grid_get_cell_types(g)), 3);
  vb_id_list_release(l);
  vb_cell_release(c);
  vb_unstructured_grid_release(g);
}

TEST(test_grid_set_cells_and_copies) {
  vb_unstructured_grid *g = cube_grid(), *h = vb_unstructured_grid_new();
  vb_cell_array *ca = vb_cell_array_new();
  vb_array *t = vb_array_new(VB_UNSIGNED_CHAR);
  vb_id quad[4] = {0, 1, 3, 2};
  vb_cell_array_insert_next_cell(ca, 4, quad);
  vb_cell_array_insert_next_cell(ca, NFACES_IDS, FACES);
  CHECK_EQ_INT(vb_unstructured_grid_set_cells(g, t, ca), VB_EINVAL); /* no types for the cells */
  vb_array_insert_next_value(t, VB_QUAD);
  vb_array_insert_next_value(t, VB_POLYHEDRON);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 2);
  vb_cell_array *flat = vb_cell_array_new();
  vb_id stream[31];
  stream[0] = 6;
  for (int k = 0; k < 30; k++) stream[k + 1] = FACES[k];
  vb_cell_array_insert_next_cell(flat, 4, quad);
  vb_cell_array_insert_next_cell(flat, 31, stream);
  CHECK_EQ_INT(vb_unstructured_grid_set_cells(g, t, flat), VB_OK);
  CHECK(vb_unstructured_grid_get_cells(g) != flat); /* converted */
  CHECK_EQ_INT(vb_data_set_get_cell_size(DO(g), 1), 8);
  CHECK(vb_unstructured_grid_get_cell_types(g) == t);
  CHECK_EQ_INT(vb_data_object_shallow_copy(DO(h), DO(g)), VB_OK);
  CHECK(vb_unstructured_grid_get_cells(h) == vb_unstructured_grid_get_cells(g));
  CHECK_EQ_INT(vb_data_object_deep_copy(DO(h), DO(g)), VB_OK);
  CHECK(vb_unstructured_grid_get_cells(h) != vb_unstructured_grid_get_cells(g));
  CHECK_EQ_INT(vb_data_set_get_cell_type(DO(h), 1), VB_POLYHEDRON);
  CHECK_EQ_INT(vb_data_object_initialize(DO(h)), VB_OK);
  CHECK(vb_unstructured_grid_get_cells(h) == NULL && vb_unstructured_grid_get_cell_types(h) == NULL);
  CHECK_EQ_INT(vb_data_set_get_number_of_cells(DO(h)), 0);
  CHECK_EQ_INT(vb_unstructured_grid_insert_next_cell(h, VB_QUAD, 4, quad, 4), 0); /* new arrays made */
  CHECK_EQ_INT(vb_unstructured_grid_set_cells_type(h, VB_TRIANGLE, ca), VB_OK);
  CHECK_EQ_INT(vb_data_set_get_cell_type(DO(h), 1), VB_TRIANGLE);
  CHECK_EQ_INT(vb_unstructured_grid_is_homogeneous(h), 1);
  vb_cell_array_release(flat);
  vb_cell_array_release(ca);
  vb_array_release(t);
  vb_unstructured_grid_release(h);
  vb_unstructured_grid_release(g);
}

/* every allocation failure of an insertion leaves the grid as it was */
TEST(test_grid_out_of_memory) {
  vb_unstructured_grid *g = cube_grid();
  vb_id tet[4] = {0, 1, 2, 4};
  for (long k = 0; k < 60; k++) {
    vb_unstructured_grid_insert_next_cell(g, VB_TETRA, 4, tet, 4);
    int64_t n = vb_data_set_get_number_of_cells(DO(g));
    vb_cell_array *faces = vb_unstructured_grid_get_polyhedron_faces(g);
    vbt_alloc_fail_after(k);
    int64_t r = vb_unstructured_grid_insert_next_cell(g, VB_POLYHEDRON, 6, FACES, NFACES_IDS);
    vbt_alloc_reset();
    if (r < 0) {
      CHECK_EQ_INT(r, VB_ENOMEM);
      CHECK_EQ_INT(vb_data_set_get_number_of_cells(DO(g)), n);
      CHECK_EQ_INT(vb_array_get_number_of_values(vb_unstructured_grid_get_cell_types(g)), n);
      CHECK(vb_unstructured_grid_get_polyhedron_faces(g) == faces);
      if (faces)
        CHECK_EQ_INT(vb_cell_array_get_number_of_cells(vb_unstructured_grid_get_polyhedron_face_locations(g)), n);
    } else {
      CHECK_EQ_INT(r, n);
      CHECK_EQ_INT(vb_cell_array_get_number_of_cells(vb_unstructured_grid_get_polyhedron_face_locations(g)), n + 1);
    }
  }
  vbt_alloc_fail_after(0);
  CHECK(vb_unstructured_grid_new() == NULL && vb_last_status() == VB_ENOMEM);
  vbt_alloc_reset();
  vb_unstructured_grid_release(g);
}

int main(void) {
  RUN(test_grid_cells);
  RUN(test_grid_set_cells_and_copies);
  RUN(test_grid_out_of_memory);
  return vb_test_done();
}

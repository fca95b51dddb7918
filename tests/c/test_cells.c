/* test_cells.c - cells (vb_cell.h), vtkCellTypes (vb_cell_types.h) and
 * GetCell on polydata.  VTK's own answers (edge/face tables, names) are
 * compared in tests/conformance (cells.py); here: structure, errors, memory. */
#include <stdlib.h>

#include "vb_test.h"

#define DS(pd) vb_data_object_from_object(vb_polydata_object(pd))

static vb_id id_at(vb_cell *c, int64_t i) {
  vb_id v = -1;
  vb_cell_get_point_id(c, i, &v);
  return v;
}

TEST(test_cell_facts) {
  CHECK(strcmp(vb_cell_type_class_name(VB_TETRA), "vtkTetra") == 0);
  CHECK(strcmp(vb_cell_type_class_name(999), "UnknownClass") == 0);
  CHECK(strcmp(vb_cell_type_class_name(-1), "UnknownClass") == 0);
  CHECK_EQ_INT(vb_cell_type_from_class_name("vtkHexahedron"), VB_HEXAHEDRON);
  CHECK_EQ_INT(vb_cell_type_from_class_name("vtkPolyhedron"), VB_POLYHEDRON);
  CHECK_EQ_INT(vb_cell_type_from_class_name("vtkNothing"), -1);
  CHECK_EQ_INT(vb_cell_type_from_class_name(NULL), -1);
  CHECK_EQ_INT(vb_cell_type_dimension(VB_WEDGE), 3);
  CHECK_EQ_INT(vb_cell_type_dimension(VB_LINE), 1);
  CHECK_EQ_INT(vb_cell_type_dimension(200), 0);
  CHECK_EQ_INT(vb_cell_type_is_linear(VB_POLYHEDRON), 1);
  CHECK_EQ_INT(vb_cell_type_is_linear(24), 0); /* quadratic tetra */
  CHECK_EQ_INT(vb_cell_type_is_linear(-3), 0);
  int n = vb_cell_type_constant_count(), v = -1, found = 0;
  CHECK(n > 60);
  for (int i = 0; i < n; i++) {
    const char *s = vb_cell_type_constant(i, &v);
    if (s && strcmp(s, "VTK_PYRAMID") == 0) found = v;
  }
  CHECK_EQ_INT(found, VB_PYRAMID);
  CHECK(vb_cell_type_constant(n, &v) == NULL);
  CHECK(vb_cell_type_constant(-1, &v) == NULL);
}

TEST(test_cell_new) {
  vb_cell *c = vb_cell_new(VB_HEXAHEDRON, 0);
  CHECK(c != NULL);
  CHECK(strcmp(vb_object_class_name(vb_cell_object(c)), "vtkHexahedron") == 0);
  CHECK_EQ_INT(vb_cell_get_number_of_points(c), 8);
  CHECK_EQ_INT(vb_points_get_number_of_points(vb_cell_get_points(c)), 8);
  CHECK_EQ_INT(vb_points_get_data_type(vb_cell_get_points(c)), VB_DOUBLE);
  CHECK_EQ_INT(vb_cell_get_number_of_edges(c), 12);
  CHECK_EQ_INT(vb_cell_get_number_of_faces(c), 6);
  CHECK_EQ_INT(vb_cell_get_cell_dimension(c), 3);
  CHECK_EQ_INT(vb_cell_is_primary(c), 1);
  CHECK_EQ_INT(vb_cell_set_cell_type(c, VB_TETRA), VB_EINVAL); /* not generic */
  CHECK(vb_cell_get_edge(c, 12) == NULL && vb_last_status() == VB_ERANGE);
  CHECK(vb_cell_get_face(c, -1) == NULL && vb_last_status() == VB_ERANGE);
  vb_cell_release(c);
  CHECK(vb_cell_new(17, 0) == NULL && vb_last_status() == VB_EINVAL);
  c = vb_cell_new(VB_POLYGON, 0);
  CHECK(c != NULL && vb_cell_get_number_of_points(c) == 0);
  vb_cell_release(c);
}

TEST(test_cell_generic) {
  vb_cell *g = vb_cell_new(VB_EMPTY_CELL, 1);
  CHECK(strcmp(vb_object_class_name(vb_cell_object(g)), "vtkGenericCell") == 0);
  CHECK_EQ_INT(vb_cell_get_number_of_points(g), 0);
  CHECK_EQ_INT(vb_cell_set_cell_type(g, VB_WEDGE), VB_OK);
  CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_WEDGE);
  CHECK_EQ_INT(vb_cell_get_number_of_points(g), 6);
  CHECK_EQ_INT(vb_cell_set_cell_type(g, 30), VB_EINVAL);
  CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_WEDGE);
  double b[6];
  vb_cell_set_cell_type(g, VB_EMPTY_CELL);
  CHECK_EQ_INT(vb_cell_get_bounds(g, b), VB_OK);
  CHECK(b[0] == 1 && b[1] == -1);
  vb_cell_release(g);
}

/* a unit cube as polydata points; returns them (new reference) */
static vb_points *cube(void) {
  vb_points *p = vb_points_new(VB_FLOAT);
  for (int k = 0; k < 8; k++) {
    double x[3] = {k & 1, (k >> 1) & 1, (k >> 2) & 1};
    vb_points_insert_next_point(p, x);
  }
  return p;
}

TEST(test_cell_set_edges_faces) {
  vb_points *p = cube();
  vb_cell *c = vb_cell_new(VB_TETRA, 0);
  vb_id ids[4] = {7, 1, 2, 4};
  CHECK_EQ_INT(vb_cell_set(c, VB_TETRA, 4, ids, p, NULL), VB_OK);
  CHECK_EQ_INT(id_at(c, 0), 7);
  double x[3];
  vb_points_get_point(vb_cell_get_points(c), 0, x);
  CHECK(x[0] == 1 && x[1] == 1 && x[2] == 1);
  /* every edge / face cell's ids are ids of the cell, with their coordinates */
  for (int i = 0; i < vb_cell_get_number_of_edges(c); i++) {
    vb_cell *e = vb_cell_get_edge(c, i);
    CHECK(e && vb_cell_get_cell_type(e) == VB_LINE);
    for (int k = 0; e && k < 2; k++) {
      double y[3], z[3];
      vb_id g = id_at(e, k);
      vb_points_get_point(vb_cell_get_points(e), k, y);
      vb_points_get_point(p, g, z);
      CHECK(y[0] == z[0] && y[1] == z[1] && y[2] == z[2]);
    }
  }
  vb_cell *f = vb_cell_get_face(c, 3);
  CHECK(f && vb_cell_get_cell_type(f) == VB_TRIANGLE && vb_cell_get_number_of_points(f) == 3);
  /* a bad point id or type changes nothing */
  vb_id bad[4] = {0, 1, 2, 8};
  CHECK_EQ_INT(vb_cell_set(c, VB_TETRA, 4, bad, p, NULL), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_set(c, VB_HEXAHEDRON, 4, ids, p, NULL), VB_EINVAL);
  CHECK_EQ_INT(id_at(c, 3), 4);
  /* too few points for the type's edges: an error, never a read past */
  vb_id two[2] = {0, 1};
  vb_cell *g = vb_cell_new(VB_LINE, 1);
  vb_cell_set(g, VB_LINE, 2, two, p, NULL);
  CHECK_EQ_INT(vb_cell_deep_copy(c, g), VB_OK); /* VTK copies ids and points */
  CHECK_EQ_INT(vb_cell_get_number_of_points(c), 2);
  CHECK(vb_cell_get_edge(c, 5) == NULL && vb_last_status() == VB_ESTATE);
  CHECK_EQ_INT(vb_cell_deep_copy(g, c), VB_OK); /* generic takes the type */
  CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_TETRA);
  vb_cell_release(g);
  vb_cell_release(c);
  vb_points_release(p);
}

TEST(test_cell_variable) {
  vb_points *p = cube();
  vb_cell *c = vb_cell_new(VB_TRIANGLE_STRIP, 0);
  vb_id ids[5] = {0, 1, 2, 3, 4};
  vb_cell_set(c, VB_TRIANGLE_STRIP, 5, ids, p, NULL);
  CHECK_EQ_INT(vb_cell_get_number_of_edges(c), 5);
  vb_cell *e = vb_cell_get_edge(c, 2);
  CHECK(e && id_at(e, 0) == 1 && id_at(e, 1) == 3);
  vb_cell_release(c);
  c = vb_cell_new(VB_POLYGON, 0);
  vb_cell_set(c, VB_POLYGON, 5, ids, p, NULL);
  e = vb_cell_get_edge(c, 4);
  CHECK(e && id_at(e, 0) == 4 && id_at(e, 1) == 0);
  CHECK_EQ_INT(vb_cell_is_primary(c), 0);
  vb_cell_release(c);
  vb_points_release(p);
}

TEST(test_cell_polyhedron) {
  vb_points *p = cube();
  vb_cell_array *faces = vb_cell_array_new();
  static const vb_id f[6][4] = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4}, {1, 3, 7, 5}, {3, 2, 6, 7}, {2, 0, 4, 6}};
  for (int k = 0; k < 6; k++) vb_cell_array_insert_next_cell(faces, 4, f[k]);
  vb_id ids[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  vb_cell *c = vb_cell_new(VB_POLYHEDRON, 0);
  CHECK_EQ_INT(vb_cell_get_number_of_faces(c), 0);
  CHECK_EQ_INT(vb_cell_set(c, VB_POLYHEDRON, 8, ids, p, faces), VB_OK);
  CHECK_EQ_INT(vb_cell_get_number_of_faces(c), 6);
  CHECK_EQ_INT(vb_cell_get_number_of_edges(c), 12);
  CHECK_EQ_INT(vb_cell_requires_initialization(c), 1);
  vb_cell *face = vb_cell_get_face(c, 1);
  CHECK(face && vb_cell_get_cell_type(face) == VB_POLYGON && id_at(face, 2) == 7);
  vb_cell *e = vb_cell_get_edge(c, 11);
  CHECK(e != NULL);
  vb_cell_release(c);
  vb_cell_array_release(faces);
  vb_points_release(p);
}

TEST(test_cell_types_object) {
  vb_cell_types *t = vb_cell_types_new();
  CHECK_EQ_INT(vb_cell_types_insert_next_cell(t, VB_TETRA), 0);
  CHECK_EQ_INT(vb_cell_types_insert_next_cell(t, VB_QUAD), 1);
  CHECK_EQ_INT(vb_cell_types_insert_cell(t, 4, VB_LINE), VB_OK);
  CHECK_EQ_INT(vb_cell_types_get_number_of_types(t), 5);
  CHECK_EQ_INT(vb_cell_types_get_cell_type(t, 4), VB_LINE);
  CHECK_EQ_INT(vb_cell_types_is_type(t, VB_QUAD), 1);
  CHECK_EQ_INT(vb_cell_types_is_type(t, VB_WEDGE), 0);
  CHECK_EQ_INT(vb_cell_types_insert_next_cell(t, 256), VB_ENOFIT);
  CHECK_EQ_INT(vb_cell_types_get_cell_type(t, 99), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_types_delete_cell(t, 0), VB_OK);
  CHECK_EQ_INT(vb_cell_types_get_cell_type(t, 0), 0);
  vb_cell_types *u = vb_cell_types_new();
  CHECK_EQ_INT(vb_cell_types_deep_copy(u, t), VB_OK);
  CHECK_EQ_INT(vb_cell_types_get_number_of_types(u), 5);
  vb_cell_types_reset(t);
  CHECK_EQ_INT(vb_cell_types_get_number_of_types(t), 0);
  CHECK_EQ_INT(vb_cell_types_allocate(u, 3), VB_OK);
  CHECK_EQ_INT(vb_cell_types_get_number_of_types(u), 0);
  CHECK_EQ_INT(vb_cell_types_set_cell_types(u, 9, vb_cell_types_get_array(t)), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_types_set_cell_types(u, 2, vb_cell_types_get_array(t)), VB_OK);
  CHECK(vb_cell_types_get_array(u) == vb_cell_types_get_array(t));
  vb_cell_types_release(t);
  vb_cell_types_release(u);
}

TEST(test_polydata_get_cell) {
  vb_polydata *pd = vb_polydata_new();
  vb_points *p = cube();
  vb_polydata_set_points(pd, p);
  vb_id tri[3] = {0, 1, 3}, quad[4] = {4, 5, 7, 6}, ln[2] = {2, 6};
  vb_polydata_insert_next_cell(pd, VB_TRIANGLE, 3, tri);
  vb_polydata_insert_next_cell(pd, VB_QUAD, 4, quad);
  vb_polydata_insert_next_cell(pd, VB_LINE, 2, ln);
  vb_cell *g = vb_cell_new(VB_EMPTY_CELL, 1);
  CHECK_EQ_INT(vb_data_set_get_cell(DS(pd), 1, g), VB_OK);
  CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_QUAD);
  CHECK_EQ_INT(id_at(g, 3), 6);
  CHECK_EQ_INT(vb_data_set_get_cell(DS(pd), 3, g), VB_ERANGE);
  CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_QUAD);
  vb_cell *t = vb_cell_new(VB_TRIANGLE, 0);
  CHECK_EQ_INT(vb_data_set_get_cell(DS(pd), 1, t), VB_EINVAL);
  vb_cell_types *ty = vb_cell_types_new();
  CHECK_EQ_INT(vb_data_set_get_distinct_cell_types(DS(pd), ty), VB_OK);
  CHECK_EQ_INT(vb_cell_types_get_number_of_types(ty), 3);
  CHECK_EQ_INT(vb_cell_types_get_cell_type(ty, 0), VB_LINE); /* ascending */
  CHECK_EQ_INT(vb_cell_types_get_cell_type(ty, 2), VB_QUAD);
  vb_cell_types_release(ty);
  vb_cell_release(t);
  vb_cell_release(g);
  vb_points_release(p);
  vb_polydata_release(pd);
}

/* every allocation failure leaves the cell as it was */
TEST(test_cell_out_of_memory) {
  vb_points *p = cube();
  vb_cell_array *faces = vb_cell_array_new();
  static const vb_id f[4] = {0, 1, 2, 3};
  vb_cell_array_insert_next_cell(faces, 4, f);
  vb_id ids[8] = {0, 1, 2, 3, 4, 5, 6, 7};
  vb_cell *g = vb_cell_new(VB_VERTEX, 1);
  for (long k = 0; k < 40; k++) {
    vbt_alloc_fail_after(k);
    int st = vb_cell_set(g, VB_POLYHEDRON, 8, ids, p, faces);
    vb_cell *e = st == VB_OK ? vb_cell_get_edge(g, 0) : NULL;
    vb_cell *fc = st == VB_OK ? vb_cell_get_face(g, 0) : NULL;
    vbt_alloc_reset();
    if (st < 0) {
      CHECK_EQ_INT(st, VB_ENOMEM);
      CHECK_EQ_INT(vb_cell_get_cell_type(g), VB_VERTEX);
      CHECK_EQ_INT(vb_cell_get_number_of_points(g), 1);
    } else {
      (void)e; (void)fc;
      vb_cell_set_cell_type(g, VB_VERTEX);
    }
  }
  vbt_alloc_fail_after(0);
  CHECK(vb_cell_new(VB_TETRA, 0) == NULL && vb_last_status() == VB_ENOMEM);
  vbt_alloc_reset();
  vb_cell_release(g);
  vb_cell_array_release(faces);
  vb_points_release(p);
}

int main(void) {
  RUN(test_cell_facts);
  RUN(test_cell_new);
  RUN(test_cell_generic);
  RUN(test_cell_set_edges_faces);
  RUN(test_cell_variable);
  RUN(test_cell_polyhedron);
  RUN(test_cell_types_object);
  RUN(test_polydata_get_cell);
  RUN(test_cell_out_of_memory);
  return vb_test_done();
}

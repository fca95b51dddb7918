/* vbpy_unstructured_grid.c - vtkUnstructuredGridBase (abstract) and
 * vtkUnstructuredGrid: Python face of vb_unstructured_grid
 * (src/vb_unstructured_grid.h).  What every data set has comes from the
 * bases (vbpy_dataobject.c, vbpy_dataset.c); here the grid's own calls and
 * the vtkDataSet rows whose core is per class (Squeeze, GetPointCells,
 * GetCellBounds, spatial dimensions). */
#include "vbpy_types.h"

#define UG(op) vb_unstructured_grid_from_object(VBPY_OBJ(op))
#define DO(op) vb_data_object_from_object(VBPY_OBJ(op))

static PyObject *ug_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  /* keywords: vtkObject's tp_init sets them (VTK 9.7's properties) */
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_unstructured_grid_object(vb_unstructured_grid_new()), cls);
}

static vb_cell_array *ca_arg(const char *fn, PyObject *o) {
  if (PyObject_TypeCheck(o, &VbCellArray_Type)) return vb_cell_array_from_object(VBPY_OBJ(o));
  PyErr_Format(PyExc_TypeError, "%s argument: expected a vtkCellArray, got %.100s", fn, Py_TYPE(o)->tp_name);
  return NULL;
}

static PyObject *id_result(int64_t r) { return vbpy_status(r < 0 ? (int)r : VB_OK, PyLong_FromLongLong(r)); }

/* InsertNextCell(type, npts, pts) / (type, idlist) / (type, npts, pts, nfaces, faces) /
 * (type, npts, pts, vtkCellArray faces) -> cell id; a polyhedron's pts (and
 * an idlist's ids) are VTK's face stream (nfaces, nFace0Pts, ids, ...) */
static PyObject *ug_insert(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  const char *fn = "InsertNextCell";
  int type;
  int64_t npts = -1, len, nf = 0, flen = 0, r;
  vb_id *ids = NULL, *faces = NULL;
  if (vbpy_nargs(fn, n, 2, 5) < 0 || (n == 4 && !ca_arg(fn, args[3]))) return NULL;
  if (vbpy_int_arg(fn, args[0], &type) < 0 || (n >= 3 && vbpy_count_arg(fn, args[1], &npts) < 0) ||
      vbpy_ids_arg(fn, args[n >= 3 ? 2 : 1], &ids, &len) < 0)
    return NULL;
  if (n == 5 && (vbpy_count_arg(fn, args[3], &nf) < 0 || vbpy_ids_arg(fn, args[4], &faces, &flen) < 0)) {
    PyMem_Free(ids);
    return NULL;
  }
  if (n == 2 && !PyObject_TypeCheck(args[1], &VbIdList_Type)) { /* VTK's (type, vtkIdList) only */
    r = -1;
    PyErr_Format(PyExc_TypeError, "InsertNextCell(type, ptIds): expected a vtkIdList, got %.100s", Py_TYPE(args[1])->tp_name);
  } else if (n == 2 && type == VB_POLYHEDRON) { /* an idlist holding the stream */
    npts = len ? ids[0] : 0;
    r = vb_unstructured_grid_insert_next_cell(UG(op), type, npts, len ? ids + 1 : ids, len ? len - 1 : 0);
  } else if (npts > len && !(type == VB_POLYHEDRON && n == 3)) {
    r = -1;
    PyErr_Format(PyExc_TypeError, "InsertNextCell(): %lld point ids needed, %lld given", (long long)npts, (long long)len);
  } else if (n == 5) {
    r = vb_unstructured_grid_insert_next_cell_faces(UG(op), type, npts, ids, nf, faces, flen);
  } else if (n == 4) {
    vb_cell_array *fc = vb_cell_array_from_object(VBPY_OBJ(args[3]));
    r = vb_unstructured_grid_insert_next_cell_ca(UG(op), type, npts, ids, fc);
  } else {
    r = vb_unstructured_grid_insert_next_cell(UG(op), type, npts < 0 ? len : npts, ids, len);
  }
  PyMem_Free(ids);
  PyMem_Free(faces);
  return PyErr_Occurred() ? NULL : id_result(r);
}

/* Allocate(numCells=1000, ext=1000) -> None; AllocateExact / AllocateEstimate -> True */
static PyObject *alloc_op(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int exact) {
  int64_t a = 1000, b = 1000;
  if (vbpy_nargs(fn, n, exact < 0 ? 0 : 2, 2) < 0 || (n > 0 && vbpy_index_arg(fn, args[0], &a) < 0) ||
      (n > 1 && vbpy_index_arg(fn, args[1], &b) < 0))
    return NULL;
  int s = exact < 0 ? vb_unstructured_grid_allocate_exact(UG(op), a, a)
          : exact   ? vb_unstructured_grid_allocate_exact(UG(op), a, b)
                    : vb_unstructured_grid_allocate_estimate(UG(op), a, b);
  return vbpy_status(s, Py_NewRef(exact < 0 ? Py_None : Py_True));
}
static PyObject *ug_allocate(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "Allocate", -1); }
static PyObject *ug_alloc_exact(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "AllocateExact", 1); }
static PyObject *ug_alloc_estimate(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "AllocateEstimate", 0); }

/* SetCells(type, cells) / SetCells(types: vtkDataArray | sequence of int, cells) */
static PyObject *ug_set_cells(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_cell_array *c;
  int type, s;
  if (vbpy_nargs("SetCells", n, 2, 2) < 0 || !(c = ca_arg("SetCells", args[1]))) return NULL;
  if (PyLong_Check(args[0])) {
    if (vbpy_int_arg("SetCells", args[0], &type) < 0) return NULL;
    VBPY_RETURN_NONE(vb_unstructured_grid_set_cells_type(UG(op), type, c));
  }
  if (vbpy_is_array(args[0])) VBPY_RETURN_NONE(vb_unstructured_grid_set_cells(UG(op), vbpy_array_arg("SetCells", args[0], 0, NULL), c));
  /* int* types: a sequence, one per cell (VTK converts to unsigned char) */
  vb_id *t;
  int64_t len, nc = vb_cell_array_get_number_of_cells(c);
  if (vbpy_ids_arg("SetCells", args[0], &t, &len) < 0) return NULL;
  vb_array *a = len >= nc ? vb_array_new(VB_UNSIGNED_CHAR) : NULL;
  s = len < nc ? VB_EINVAL : a ? vb_array_set_number_of_values(a, nc) : vb_last_status();
  for (int64_t i = 0; s == VB_OK && i < nc; i++) vb_array_set_value(a, i, (double)(t[i] & 255));
  PyMem_Free(t);
  if (s == VB_EINVAL) {
    vb_array_release(a);
    return PyErr_Format(PyExc_ValueError, "SetCells(): %lld types for %lld cells", (long long)len, (long long)nc);
  }
  if (s == VB_OK) s = vb_unstructured_grid_set_cells(UG(op), a, c);
  vb_array_release(a);
  VBPY_RETURN_NONE(s);
}

static PyObject *ug_set_polyhedral(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_array *t;
  vb_cell_array *c, *fl = NULL, *f = NULL;
  if (vbpy_nargs("SetPolyhedralCells", n, 4, 4) < 0 || !(t = vbpy_array_arg("SetPolyhedralCells", args[0], 0, NULL)) ||
      !(c = ca_arg("SetPolyhedralCells", args[1])) ||
      (args[2] != Py_None && !(fl = ca_arg("SetPolyhedralCells", args[2]))) ||
      (args[3] != Py_None && !(f = ca_arg("SetPolyhedralCells", args[3]))))
    return NULL;
  VBPY_RETURN_NONE(vb_unstructured_grid_set_polyhedral_cells(UG(op), t, c, fl, f));
}

static PyObject *ug_cells(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_cell_array_object(vb_unstructured_grid_get_cells(UG(op))), NULL); }
static PyObject *ug_types_array(PyObject *op, PyObject *u) {
  vb_array *a = vb_unstructured_grid_get_cell_types(UG(op));
  (void)u;
  return vbpy_wrap(vb_array_object(a && vb_array_type(a) == VB_UNSIGNED_CHAR ? a : NULL), NULL);
}
/* GetCellTypes() -> the types array; GetCellTypes(vtkCellTypes): vtkDataSet's */
static PyObject *ug_cell_types(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (vbpy_nargs("GetCellTypes", n, 0, 1) < 0) return NULL;
  if (n == 1) return vbpy_data_set_distinct_cell_types(op, args[0]);
  return vbpy_wrap(vb_array_object(vb_unstructured_grid_get_cell_types(UG(op))), NULL);
}
static PyObject *ug_distinct(PyObject *op, PyObject *u) {
  (void)u;
  vb_array *a = vb_unstructured_grid_get_distinct_cell_types_array(UG(op));
  return a ? vbpy_wrap(vb_array_object(a), NULL) : vbpy_error(vb_last_status());
}
static PyObject *ug_homogeneous(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_unstructured_grid_is_homogeneous(UG(op))); }

/* GetPolyhedronFaces() -> vtkCellArray | None; GetPolyhedronFaces(cellId, faces) */
static PyObject *ug_faces(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c;
  vb_cell_array *f;
  if (vbpy_nargs("GetPolyhedronFaces", n, 0, 2) < 0) return NULL;
  if (n == 0) return vbpy_wrap(vb_cell_array_object(vb_unstructured_grid_get_polyhedron_faces(UG(op))), NULL);
  if (n != 2) return PyErr_Format(PyExc_TypeError, "GetPolyhedronFaces() takes 0 or 2 arguments");
  if (vbpy_index_arg("GetPolyhedronFaces", args[0], &c) < 0 || !(f = ca_arg("GetPolyhedronFaces", args[1]))) return NULL;
  VBPY_RETURN_NONE(vb_unstructured_grid_get_cell_faces(UG(op), c, f));
}
static PyObject *ug_face_locations(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_cell_array_object(vb_unstructured_grid_get_polyhedron_face_locations(UG(op))), NULL);
}

/* an (id, vtkIdList) call into the list */
static PyObject *id_into_list(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn,
                              int (*f)(vb_unstructured_grid *, int64_t, vb_id_list *)) {
  int64_t c;
  vb_id_list *l;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_index_arg(fn, args[0], &c) < 0 || !(l = vbpy_id_list_arg(fn, args[1]))) return NULL;
  VBPY_RETURN_NONE(f(UG(op), c, l));
}
static PyObject *ug_face_stream(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return id_into_list(op, a, n, "GetFaceStream", vb_unstructured_grid_get_face_stream);
}
static PyObject *ug_point_cells(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return id_into_list(op, a, n, "GetPointCells", vb_unstructured_grid_get_point_cells);
}

static PyObject *ug_ids_of_type(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int t;
  vb_array *a;
  if (vbpy_nargs("GetIdsOfCellsOfType", n, 2, 2) < 0 || vbpy_int_arg("GetIdsOfCellsOfType", args[0], &t) < 0 ||
      !(a = vbpy_array_arg("GetIdsOfCellsOfType", args[1], 0, NULL)))
    return NULL;
  VBPY_RETURN_NONE(vb_unstructured_grid_get_ids_of_cells_of_type(UG(op), t, a));
}

/* GetCellBounds(cellId, bounds): the bounds of the cell's points */
static PyObject *ug_cell_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c;
  double b[6];
  if (vbpy_nargs("GetCellBounds", n, 2, 2) < 0 || vbpy_index_arg("GetCellBounds", args[0], &c) < 0) return NULL;
  vb_cell *g = vb_cell_new(VB_EMPTY_CELL, 1);
  int s = g ? vb_data_set_get_cell(DO(op), c, g) : vb_last_status();
  if (s == VB_OK) s = vb_cell_get_bounds(g, b);
  vb_cell_release(g);
  if (s < 0) return vbpy_error(s);
  return vbpy_fill_out("GetCellBounds", args[1], b, 6) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *dims(PyObject *op, int max) {
  vb_array *a = vb_unstructured_grid_get_distinct_cell_types_array(UG(op));
  int r = max ? 0 : 3;
  double v;
  if (!a) return vbpy_error(vb_last_status());
  for (int64_t i = 0; i < vb_array_get_number_of_values(a); i++) {
    vb_array_get_value(a, i, &v);
    int d = vb_cell_type_dimension((int)v);
    r = max ? (d > r ? d : r) : (d < r ? d : r);
  }
  return PyLong_FromLong(r);
}
static PyObject *ug_max_dim(PyObject *op, PyObject *u) { (void)u; return dims(op, 1); }
static PyObject *ug_min_dim(PyObject *op, PyObject *u) { (void)u; return dims(op, 0); }
static PyObject *ug_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_unstructured_grid_reset(UG(op))); }
static PyObject *ug_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_unstructured_grid_squeeze(UG(op))); }
static PyObject *ug_noop(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_NONE; }

static vbpy_method ug_methods[] = {
  {"AllocateExact", VBPY_FC(ug_alloc_exact), VBPY_DOC("AllocateExact(numCells, connectivitySize) -> True")},
  {"AllocateEstimate", VBPY_FC(ug_alloc_estimate), VBPY_DOC("AllocateEstimate(numCells, maxCellSize) -> True")},
  {"SetCells", VBPY_FC(ug_set_cells), VBPY_DOC("SetCells(type | types, cells)")},
  {"SetPolyhedralCells", VBPY_FC(ug_set_polyhedral), VBPY_DOC("SetPolyhedralCells(types, cells, faceLocations, faces)")},
  {"GetCells", ug_cells, METH_NOARGS, VBPY_DOC("vtkCellArray or None")},
  {"GetCellTypes", VBPY_FC(ug_cell_types), VBPY_DOC("GetCellTypes() -> array; GetCellTypes(vtkCellTypes)")},
  {"GetCellTypesArray", ug_types_array, METH_NOARGS, VBPY_DOC("the types as vtkUnsignedCharArray (None for another array)")},
  {"GetDistinctCellTypesArray", ug_distinct, METH_NOARGS, VBPY_DOC("vtkUnsignedCharArray of the distinct types")},
  {"GetPolyhedronFaces", VBPY_FC(ug_faces), VBPY_DOC("GetPolyhedronFaces() / GetPolyhedronFaces(cellId, faces)")},
  {"GetPolyhedronFaceLocations", ug_face_locations, METH_NOARGS, VBPY_DOC("vtkCellArray or None")},
  {"GetFaceStream", VBPY_FC(ug_face_stream), VBPY_DOC("GetFaceStream(cellId, idlist)")},
  {"GetPointCells", VBPY_FC(ug_point_cells), VBPY_DOC("GetPointCells(ptId, idlist)")},
  {"GetCellBounds", VBPY_FC(ug_cell_bounds), VBPY_DOC("GetCellBounds(cellId, bounds)")},
  {"GetMaxSpatialDimension", ug_max_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetMinSpatialDimension", ug_min_dim, METH_NOARGS, VBPY_DOC("")},
  {"BuildLinks", ug_noop, METH_NOARGS, VBPY_DOC("nothing: point cells are computed when asked")},
  {"Reset", ug_reset, METH_NOARGS, VBPY_DOC("")},
  {"Squeeze", ug_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

/* vtkUnstructuredGridBase's own (inherited by vtkUnstructuredGrid) */
static vbpy_method base_methods[] = {
  {"Allocate", VBPY_FC(ug_allocate), VBPY_DOC("Allocate(numCells=1000, extSize=1000)")},
  {"InsertNextCell", VBPY_FC(ug_insert), VBPY_DOC("InsertNextCell(type, npts, pts[, nfaces, faces | faces]) / (type, idlist)")},
  {"IsHomogeneous", ug_homogeneous, METH_NOARGS, VBPY_DOC("")},
  {"GetIdsOfCellsOfType", VBPY_FC(ug_ids_of_type), VBPY_DOC("GetIdsOfCellsOfType(type, idTypeArray)")},
  {"", NULL, 0, NULL},
};

static vbpy_getset ug_props[] = {
  {"cell_types", VBPY_GET, NULL, VBPY_DOC(""), "GetCellTypes"},
  {"cell_types_array", VBPY_GET, NULL, VBPY_DOC(""), "GetCellTypesArray"},
  {"cells", VBPY_GET, NULL, VBPY_DOC(""), "GetCells"},
  {"distinct_cell_types_array", VBPY_GET, NULL, VBPY_DOC(""), "GetDistinctCellTypesArray"},
  {"polyhedron_face_locations", VBPY_GET, NULL, VBPY_DOC(""), "GetPolyhedronFaceLocations"},
  {"polyhedron_faces", VBPY_GET, NULL, VBPY_DOC(""), "GetPolyhedronFaces"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbUnstructuredGridBase_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkUnstructuredGridBase",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkUnstructuredGridBase (abstract)."),
  .tp_methods = VBPY_METHODS(base_methods),
  .tp_new = vbpy_data_set_abstract_new,
};

PyTypeObject VbUnstructuredGrid_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkUnstructuredGrid",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkUnstructuredGrid: points, cells of any type and their attributes."),
  .tp_methods = VBPY_METHODS(ug_methods),
  .tp_getset = VBPY_GETSETS(ug_props),
  .tp_new = ug_new,
};

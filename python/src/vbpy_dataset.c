/* vbpy_dataset.c - vtkDataSet (abstract): points, cells, attributes and
 * geometry queries of a data set (src/vb_data_object.h, vb_polydata.h; the
 * core's only data set is vtkPolyData).  VTK's output-argument forms are
 * taken too: GetBounds(out), GetCenter(out), GetScalarRange(out),
 * GetPoint(id, out), GetCellPoints(id, idlist) and its pass-by-reference
 * form GetCellPoints(id, npts, pts) (vtkmodules' reference objects). */
#include <math.h>

#include "vbpy_types.h"

#define DO(op) vb_data_object_from_object(VBPY_OBJ(op))
#define PD(op) vb_polydata_from_object(VBPY_OBJ(op))

PyTypeObject VbDataSet_Type;

/* f() -> tuple of n floats, or f(out) fills out and returns None */
static PyObject *doubles_out(PyObject *const *args, Py_ssize_t n, const char *fn, int status, const double *v, int len) {
  if (status < 0) return vbpy_error(status);
  if (n == 0) return vbpy_tuple_d(v, len);
  return vbpy_fill_out(fn, args[0], v, len) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *s_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double b[6];
  if (vbpy_nargs("GetBounds", n, 0, 1) < 0) return NULL;
  return doubles_out(args, n, "GetBounds", vb_data_object_get_bounds(DO(op), b), b, 6);
}
static PyObject *s_center(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double c[3];
  if (vbpy_nargs("GetCenter", n, 0, 1) < 0) return NULL;
  return doubles_out(args, n, "GetCenter", vb_data_object_get_center(DO(op), c), c, 3);
}
static PyObject *s_scalar_range(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double r[2];
  if (vbpy_nargs("GetScalarRange", n, 0, 1) < 0) return NULL;
  return doubles_out(args, n, "GetScalarRange", vb_data_object_get_scalar_range(DO(op), r), r, 2);
}

static PyObject *s_point(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (vbpy_nargs("GetPoint", n, 1, 2) < 0 || vbpy_index_arg("GetPoint", args[0], &id) < 0) return NULL;
  return doubles_out(args + 1, n - 1, "GetPoint", vb_data_set_get_point(DO(op), id, x), x, 3);
}

static PyObject *s_length2(PyObject *op, PyObject *u) {
  double l;
  (void)u;
  int s = vb_data_object_get_length2(DO(op), &l);
  return s < 0 ? vbpy_error(s) : PyFloat_FromDouble(l);
}
static PyObject *s_length(PyObject *op, PyObject *u) {
  double l;
  (void)u;
  int s = vb_data_object_get_length2(DO(op), &l);
  return s < 0 ? vbpy_error(s) : PyFloat_FromDouble(sqrt(l));
}
static PyObject *s_compute_bounds(PyObject *op, PyObject *u) {
  double b[6];
  (void)u;
  VBPY_RETURN_NONE(vb_data_object_get_bounds(DO(op), b) < 0 ? vb_last_status() : VB_OK);
}

static PyObject *s_point_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_attributes_object(vb_data_set_get_point_data(DO(op))), NULL);
}
static PyObject *s_cell_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_attributes_object(vb_data_set_get_cell_data(DO(op))), NULL);
}
static PyObject *s_npoints(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_data_set_get_number_of_points(DO(op))); }
static PyObject *s_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_data_set_get_number_of_cells(DO(op))); }
static PyObject *s_max_cell_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_data_set_get_max_cell_size(DO(op))); }
static PyObject *s_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_data_set_squeeze(DO(op))); }

static PyObject *s_cell_type(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_index_arg("GetCellType", arg, &c) < 0) return NULL;
  int t = vb_data_set_get_cell_type(DO(op), c);
  return vbpy_status(t < 0 ? t : VB_OK, PyLong_FromLong(t));
}

static PyObject *s_cell_size(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (vbpy_index_arg("GetCellSize", arg, &c) < 0) return NULL;
  n = vb_data_set_get_cell_size(DO(op), c);
  return n < 0 ? vbpy_error((int)n) : PyLong_FromLongLong(n);
}

/* the ids of cell c (a new id list; *type the cell type) */
static vb_id_list *cell_ids(PyObject *op, int64_t c, int *type) {
  vb_id_list *l = vb_id_list_new();
  if (!l) return (vb_id_list *)PyErr_NoMemory();
  if ((*type = vb_data_set_get_cell_points(DO(op), c, l)) < 0) {
    vb_id_list_release(l);
    return vbpy_error(*type), NULL;
  }
  return l;
}

/* GetCellPoints(id, idlist) / GetCellPoints(id, npts, pts) -> type (references) */
static PyObject *s_cell_points(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, np;
  vb_id_list *ids;
  int type = 0, r;
  if (vbpy_nargs("GetCellPoints", n, 2, 3) < 0 || vbpy_index_arg("GetCellPoints", args[0], &c) < 0) return NULL;
  if (n == 3 && !(vbpy_is_reference(args[1]) && vbpy_is_reference(args[2]))) {
    PyErr_SetString(PyExc_TypeError, "GetCellPoints(cellId, npts, pts): npts and pts must be vtkmodules references");
    return NULL;
  }
  if (!(ids = cell_ids(op, c, &type))) return NULL;
  np = vb_id_list_get_number_of_ids(ids);
  if (n == 2) r = vbpy_ids_out("GetCellPoints", args[1], vb_id_list_data(ids), np);
  else r = vbpy_ref_set(args[1], PyLong_FromLongLong(np)) < 0 || vbpy_ref_set(args[2], vbpy_ids_tuple(vb_id_list_data(ids), np)) < 0 ? -1 : 0;
  vb_id_list_release(ids);
  if (r < 0) return NULL;
  return n == 2 ? Py_NewRef(Py_None) : PyLong_FromLong(type);
}

/* GetPointCells(id, idlist) / GetPointCells(id, ncells, cells) (references) */
static PyObject *s_point_cells(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t p, nc;
  vb_id *ids;
  int s, r;
  if (vbpy_nargs("GetPointCells", n, 2, 3) < 0 || vbpy_index_arg("GetPointCells", args[0], &p) < 0) return NULL;
  if ((s = vb_polydata_get_point_cells(PD(op), p, NULL, 0, &nc)) < 0) return vbpy_error(s);
  if (!(ids = PyMem_Malloc((size_t)(nc + 1) * sizeof *ids))) return PyErr_NoMemory();
  if ((s = vb_polydata_get_point_cells(PD(op), p, ids, nc, &nc)) < 0) {
    PyMem_Free(ids);
    return vbpy_error(s);
  }
  if (n == 2) r = vbpy_ids_out("GetPointCells", args[1], ids, nc);
  else r = vbpy_ref_set(args[1], PyLong_FromLongLong(nc)) < 0 || vbpy_ref_set(args[2], vbpy_ids_tuple(ids, nc)) < 0 ? -1 : 0;
  PyMem_Free(ids);
  return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *s_copy_structure(PyObject *op, PyObject *arg) {
  if (!PyObject_TypeCheck(arg, &VbDataSet_Type) || !DO(arg)) {
    PyErr_Format(PyExc_TypeError, "CopyStructure(): expected vtkDataSet, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  VBPY_RETURN_NONE(vb_data_set_copy_structure(DO(op), DO(arg)));
}

/* HasAnyGhostPoints/Cells, HasAnyBlankPoints/Cells (VTK's ghost bits) */
static PyObject *ghosts(PyObject *op, int type, int bits) {
  return PyBool_FromLong(vb_data_object_has_any_ghost(DO(op), type, bits));
}
static PyObject *s_ghost_points(PyObject *op, PyObject *u) { (void)u; return ghosts(op, VB_DATA_POINT, 1); }
static PyObject *s_ghost_cells(PyObject *op, PyObject *u) { (void)u; return ghosts(op, VB_DATA_CELL, 1); }
/* vtkDataSet's: only structured data sets have blanking (VTK: False) */
static PyObject *s_blank(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_FALSE; }

static PyObject *ghost_array(PyObject *op, int type) {
  vb_attributes *at = vb_data_object_get_attributes(DO(op), type);
  return vbpy_wrap(vb_array_object(vb_field_data_get_ghost_array(vb_attributes_field_data(at))), NULL);
}
static PyObject *s_point_ghosts(PyObject *op, PyObject *u) { (void)u; return ghost_array(op, VB_DATA_POINT); }
static PyObject *s_cell_ghosts(PyObject *op, PyObject *u) { (void)u; return ghost_array(op, VB_DATA_CELL); }
static PyObject *s_ghost_array(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetGhostArray", arg, &t) < 0) return NULL;
  if (t == VB_DATA_FIELD) Py_RETURN_NONE;
  return ghost_array(op, t);
}

/* GetCellBounds(cellId, bounds) fills bounds */
static PyObject *s_cell_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c;
  double b[6];
  if (vbpy_nargs("GetCellBounds", n, 2, 2) < 0 || vbpy_index_arg("GetCellBounds", args[0], &c) < 0) return NULL;
  int s = vb_data_set_get_cell_bounds(DO(op), c, b);
  return doubles_out(args + 1, 1, "GetCellBounds", s, b, 6);
}
static PyObject *dims(PyObject *op, int max) {
  int lo, hi, s = vb_polydata_get_spatial_dimensions(PD(op), &lo, &hi);
  return s < 0 ? vbpy_error(s) : PyLong_FromLong(max ? hi : lo);
}
static PyObject *s_max_dim(PyObject *op, PyObject *u) { (void)u; return dims(op, 1); }
static PyObject *s_min_dim(PyObject *op, PyObject *u) { (void)u; return dims(op, 0); }
static PyObject *s_alloc_pghosts(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_data_object_allocate_ghost_array(DO(op), VB_DATA_POINT)); }
static PyObject *s_alloc_cghosts(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_data_object_allocate_ghost_array(DO(op), VB_DATA_CELL)); }
static PyObject *s_points(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_points_object(vb_point_set_get_points(DO(op))), NULL); }

static vbpy_getset ds_props[] = {
  {"number_of_points", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfPoints"},
  {"number_of_cells", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfCells"},
  {"bounds", VBPY_GET, NULL, VBPY_DOC(""), "GetBounds"},
  {"center", VBPY_GET, NULL, VBPY_DOC(""), "GetCenter"},
  {"length", VBPY_GET, NULL, VBPY_DOC(""), "GetLength"},
  {"length2", VBPY_GET, NULL, VBPY_DOC(""), "GetLength2"},
  {"scalar_range", VBPY_GET, NULL, VBPY_DOC(""), "GetScalarRange"},
  {"max_cell_size", VBPY_GET, NULL, VBPY_DOC(""), "GetMaxCellSize"},
  {"point_ghost_array", VBPY_GET, NULL, VBPY_DOC(""), "GetPointGhostArray"},
  {"cell_ghost_array", VBPY_GET, NULL, VBPY_DOC(""), "GetCellGhostArray"},
  {"", NULL, NULL, NULL, ""},
};

static vbpy_method ds_methods[] = {
  {"GetPointData", s_point_data, METH_NOARGS, VBPY_DOC("point attributes (vtkPointData)")},
  {"GetCellData", s_cell_data, METH_NOARGS, VBPY_DOC("cell attributes (vtkCellData)")},
  {"GetNumberOfPoints", s_npoints, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfCells", s_ncells, METH_NOARGS, VBPY_DOC("")},
  {"GetPoint", VBPY_FC(s_point), VBPY_DOC("GetPoint(id) -> (x, y, z); GetPoint(id, out)")},
  {"GetBounds", VBPY_FC(s_bounds), VBPY_DOC("GetBounds() -> (xmin, xmax, ...); GetBounds(out)")},
  {"ComputeBounds", s_compute_bounds, METH_NOARGS, VBPY_DOC("bounds are computed when asked (never stale)")},
  {"GetCenter", VBPY_FC(s_center), VBPY_DOC("GetCenter() / GetCenter(out)")},
  {"GetLength", s_length, METH_NOARGS, VBPY_DOC("diagonal of the bounds")},
  {"GetLength2", s_length2, METH_NOARGS, VBPY_DOC("squared diagonal of the bounds")},
  {"GetScalarRange", VBPY_FC(s_scalar_range), VBPY_DOC("GetScalarRange() / GetScalarRange(out)")},
  {"GetCellType", s_cell_type, METH_O, VBPY_DOC("GetCellType(cellId) -> VTK cell type")},
  {"GetCellSize", s_cell_size, METH_O, VBPY_DOC("GetCellSize(cellId) -> number of points")},
  {"GetCellPoints", VBPY_FC(s_cell_points), VBPY_DOC("GetCellPoints(cellId, idlist) / (cellId, npts, pts) -> type")},
  {"GetPointCells", VBPY_FC(s_point_cells), VBPY_DOC("GetPointCells(ptId, idlist)")},
  {"GetMaxCellSize", s_max_cell_size, METH_NOARGS, VBPY_DOC("")},
  {"CopyStructure", s_copy_structure, METH_O, VBPY_DOC("share the other's points and cells")},
  {"Squeeze", s_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"HasAnyGhostPoints", s_ghost_points, METH_NOARGS, VBPY_DOC("")},
  {"HasAnyGhostCells", s_ghost_cells, METH_NOARGS, VBPY_DOC("")},
  {"HasAnyBlankPoints", s_blank, METH_NOARGS, VBPY_DOC("False (no blanking in a vtkPolyData)")},
  {"HasAnyBlankCells", s_blank, METH_NOARGS, VBPY_DOC("False (no blanking in a vtkPolyData)")},
  {"GetPointGhostArray", s_point_ghosts, METH_NOARGS, VBPY_DOC("the point vtkGhostType array or None")},
  {"GetCellGhostArray", s_cell_ghosts, METH_NOARGS, VBPY_DOC("the cell vtkGhostType array or None")},
  {"GetGhostArray", s_ghost_array, METH_O, VBPY_DOC("GetGhostArray(type)")},
  {"GetCellBounds", VBPY_FC(s_cell_bounds), VBPY_DOC("GetCellBounds(cellId, bounds)")},
  {"GetMaxSpatialDimension", s_max_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetMinSpatialDimension", s_min_dim, METH_NOARGS, VBPY_DOC("")},
  {"AllocatePointGhostArray", s_alloc_pghosts, METH_NOARGS, VBPY_DOC("a zeroed vtkGhostType point array")},
  {"AllocateCellGhostArray", s_alloc_cghosts, METH_NOARGS, VBPY_DOC("a zeroed vtkGhostType cell array")},
  {"GetPoints", s_points, METH_NOARGS, VBPY_DOC("vtkPoints or None")},
  {"GetCell", VBPY_FC(vbpy_data_set_get_cell), VBPY_DOC("GetCell(cellId) -> cell; GetCell(cellId, cell)")},
  {"GetDistinctCellTypes", vbpy_data_set_distinct_cell_types, METH_O, VBPY_DOC("GetDistinctCellTypes(vtkCellTypes)")},
  {"GetCellTypes", vbpy_data_set_distinct_cell_types, METH_O, VBPY_DOC("GetCellTypes(vtkCellTypes) (deprecated in VTK)")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbDataSet_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataSet",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkDataSet: points, cells and their attributes (abstract)."),
  .tp_methods = VBPY_METHODS(ds_methods),
  .tp_getset = VBPY_GETSETS(ds_props),
  .tp_new = vbpy_data_set_abstract_new,
};

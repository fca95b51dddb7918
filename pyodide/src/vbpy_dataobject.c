/* vbpy_dataobject.c - vtkPoints, vtkCellArray, vtkDataSetAttributes (vtkPointData,
 * vtkCellData), vtkPolyData and vtkSphereSource: Python faces of the core data
 * objects (src/vb_points.h ... src/vb_sphere.h).
 *
 * Every class derives from the vtkObject base (vbpy_object.c): one wrapper per
 * core object (identity), observers, GetClassName/IsA/Modified.  Methods carry
 * VTK's names and follow VTK's Python wrapping; bad argument types raise
 * TypeError before anything is touched, core failures go through vbpy_error().
 * Where VTK answers "not found" with None/-1 (GetArray('unknown'),
 * GetArrayName(bad index), SetActiveScalars('unknown'), RemoveArray('unknown'))
 * we do the same.  Calls that may fire events end with vbpy_done().
 */
#include <limits.h>
#include <stdlib.h>

#include "vbpy.h"

PyTypeObject VbPoints_Type, VbCellArray_Type, VbAttributes_Type, VbPointData_Type,
    VbCellData_Type, VbPolyData_Type, VbSphere_Type;

#define OBJ(op) (((VbObject *)(op))->obj)
#define PTS(op) vb_points_from_object(OBJ(op))
#define CA(op) vb_cell_array_from_object(OBJ(op))
#define AT(op) vb_attributes_from_object(OBJ(op))
#define PD(op) vb_polydata_from_object(OBJ(op))
#define SPH(op) vb_sphere_source_from_object(OBJ(op))
#define FC(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

/* ---- helpers ---- */

static PyObject *done(int s, PyObject *result) {
  if (s < 0) { Py_XDECREF(result); return vbpy_error(s); }
  return vbpy_done(result);
}
#define RET_NONE(s) return done((s), Py_NewRef(Py_None))

static int nargs_ok(const char *fn, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi) {
  if (n >= lo && n <= hi) return 0;
  PyErr_Format(PyExc_TypeError, "%s() takes %zd to %zd arguments (%zd given)", fn, lo, hi, n);
  return -1;
}

static int real_arg(const char *fn, PyObject *o, double *d) {
  if (PyFloat_CheckExact(o)) { *d = PyFloat_AS_DOUBLE(o); return 0; }
  if (PyUnicode_Check(o) || PyBytes_Check(o) || PyComplex_Check(o) || o == Py_None) goto bad;
  *d = PyFloat_AsDouble(o);
  if (*d == -1.0 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
    goto bad;
  }
  return 0;
bad:
  PyErr_Format(PyExc_TypeError, "%s(): expected a real number, not %.100s", fn, Py_TYPE(o)->tp_name);
  return -1;
}

/* An integer argument (VTK's wrapping refuses floats). */
static int i64_arg(const char *fn, PyObject *o, int64_t *out) {
  if (!PyIndex_Check(o) || PyFloat_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an integer, not %.100s", fn, Py_TYPE(o)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(o);
  if (v == -1 && PyErr_Occurred()) return -1; /* OverflowError */
  *out = (int64_t)v;
  return 0;
}

static int int_arg(const char *fn, PyObject *o, int *out) {
  int64_t v;
  if (i64_arg(fn, o, &v) < 0) return -1;
  if (v < INT_MIN || v > INT_MAX) {
    PyErr_Format(PyExc_OverflowError, "%s(): value %lld out of range for int", fn, (long long)v);
    return -1;
  }
  *out = (int)v;
  return 0;
}

/* Three coordinates: x, y, z as separate scalars or one sequence of 3. */
static int xyz_args(const char *fn, PyObject *const *args, Py_ssize_t n, double x[3]) {
  if (n == 3) {
    for (int i = 0; i < 3; i++)
      if (real_arg(fn, args[i], &x[i]) < 0) return -1;
    return 0;
  }
  if (n == 1 && PySequence_Check(args[0]) && !PyUnicode_Check(args[0]) && !PyBytes_Check(args[0])) {
    PyObject *seq = PySequence_Fast(args[0], "");
    if (!seq) return -1;
    int r = 0;
    if (PySequence_Fast_GET_SIZE(seq) != 3) {
      PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of 3 numbers, got %zd", fn,
                   PySequence_Fast_GET_SIZE(seq));
      r = -1;
    }
    for (int i = 0; r == 0 && i < 3; i++)
      r = real_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &x[i]);
    Py_DECREF(seq);
    return r;
  }
  PyErr_Format(PyExc_TypeError, "%s(): expected x, y, z or a sequence of 3 numbers", fn);
  return -1;
}

static PyObject *tuple_d(const double *v, int n) {
  PyObject *t = PyTuple_New(n);
  if (!t) return NULL;
  for (int i = 0; i < n; i++) {
    PyObject *f = PyFloat_FromDouble(v[i]);
    if (!f) { Py_DECREF(t); return NULL; }
    PyTuple_SET_ITEM(t, i, f);
  }
  return t;
}

static vb_array *array_or_none(const char *fn, PyObject *o, int allow_none) {
  if (allow_none && o == Py_None) return NULL;
  if (!PyObject_TypeCheck(o, &VbArray_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkDataArray%s, not %.100s", fn,
                 allow_none ? " or None" : "", Py_TYPE(o)->tp_name);
    return NULL;
  }
  return VBPY_ARR(o);
}

/* The wrapper of o as type tp (when none exists yet). New reference; None for NULL. */
static PyObject *wrap_as(vb_object *o, PyTypeObject *tp) {
  if (!o) Py_RETURN_NONE;
  PyObject *w = vbpy_lookup(o);
  if (w) return Py_NewRef(w);
  w = tp->tp_alloc(tp, 0);
  if (!w) return NULL;
  vb_object_retain(o);
  ((VbObject *)w)->obj = o;
  if (vbpy_register(w) < 0) { Py_DECREF(w); return NULL; }
  return w;
}

PyTypeObject *vbpy_dataobject_type(vb_object *o) {
  if (vb_points_from_object(o)) return &VbPoints_Type;
  if (vb_cell_array_from_object(o)) return &VbCellArray_Type;
  if (vb_attributes_from_object(o)) return &VbAttributes_Type;
  if (vb_polydata_from_object(o)) return &VbPolyData_Type;
  if (vb_sphere_source_from_object(o)) return &VbSphere_Type;
  return NULL;
}

static PyObject *new_wrapper(PyTypeObject *cls, PyObject *args, PyObject *kwds, vb_object *o) {
  if (!o) return vbpy_error(vb_last_status());
  if (PyTuple_GET_SIZE(args) != 0 || (kwds && PyDict_GET_SIZE(kwds) != 0)) {
    vb_object_release(o);
    PyErr_Format(PyExc_TypeError, "%s() takes no arguments", cls->tp_name);
    return NULL;
  }
  PyObject *self = cls->tp_alloc(cls, 0);
  if (!self) { vb_object_release(o); return NULL; }
  ((VbObject *)self)->obj = o;
  if (vbpy_register(self) < 0) { Py_DECREF(self); return NULL; }
  return self;
}

static PyObject *short_class_name(PyObject *op, PyObject *u) {
  (void)u;
  const char *n = strrchr(Py_TYPE(op)->tp_name, '.');
  return PyUnicode_FromString(n ? n + 1 : Py_TYPE(op)->tp_name);
}

/* ======================= vtkPoints ======================= */

static PyObject *points_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  vb_points *p = vb_points_new(VB_FLOAT);
  return new_wrapper(cls, args, kwds, p ? vb_points_object(p) : NULL);
}

static PyObject *p_get_npoints(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_points_get_number_of_points(PTS(op)));
}

static PyObject *p_set_npoints(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg(arg, &n) < 0) return NULL;
  RET_NONE(vb_points_set_number_of_points(PTS(op), n));
}

static PyObject *p_allocate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t sz;
  if (nargs_ok("Allocate", n, 1, 2) < 0 || vbpy_count_arg(args[0], &sz) < 0) return NULL;
  RET_NONE(vb_points_allocate(PTS(op), sz));
}

static PyObject *p_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double x[3];
  if (xyz_args("InsertNextPoint", args, n, x) < 0) return NULL;
  int64_t id = vb_points_insert_next_point(PTS(op), x);
  if (id < 0) return vbpy_error((int)id);
  return vbpy_done(PyLong_FromLongLong(id));
}

static PyObject *p_insert(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (n < 2) { nargs_ok("InsertPoint", n, 2, 4); return NULL; }
  if (i64_arg("InsertPoint", args[0], &id) < 0 || xyz_args("InsertPoint", args + 1, n - 1, x) < 0)
    return NULL;
  if (id < 0) {
    PyErr_Format(PyExc_IndexError, "InsertPoint(): negative point id %lld", (long long)id);
    return NULL;
  }
  RET_NONE(vb_points_insert_point(PTS(op), id, x));
}

static PyObject *p_set(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (n < 2) { nargs_ok("SetPoint", n, 2, 4); return NULL; }
  if (i64_arg("SetPoint", args[0], &id) < 0 || xyz_args("SetPoint", args + 1, n - 1, x) < 0)
    return NULL;
  RET_NONE(vb_points_set_point(PTS(op), id, x));
}

static PyObject *p_get(PyObject *op, PyObject *arg) {
  int64_t id;
  double x[3];
  if (i64_arg("GetPoint", arg, &id) < 0) return NULL;
  int s = vb_points_get_point(PTS(op), id, x);
  if (s < 0) return vbpy_error(s);
  return tuple_d(x, 3);
}

static PyObject *p_get_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_array_object(vb_points_get_data(PTS(op))));
}

static PyObject *p_set_data(PyObject *op, PyObject *arg) {
  vb_array *a = array_or_none("SetData", arg, 0);
  if (!a) return NULL;
  RET_NONE(vb_points_set_data(PTS(op), a));
}

static PyObject *p_get_type(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLong(vb_points_get_data_type(PTS(op)));
}

static PyObject *p_set_type(PyObject *op, PyObject *arg) {
  int t;
  if (int_arg("SetDataType", arg, &t) < 0) return NULL;
  RET_NONE(vb_points_set_data_type(PTS(op), t));
}
static PyObject *p_set_float(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_points_set_data_type(PTS(op), VB_FLOAT)); }
static PyObject *p_set_double(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_points_set_data_type(PTS(op), VB_DOUBLE)); }

static PyObject *p_bounds(PyObject *op, PyObject *u) {
  (void)u;
  double b[6];
  int s = vb_points_get_bounds(PTS(op), b);
  if (s < 0) return vbpy_error(s);
  return tuple_d(b, 6);
}
static PyObject *p_squeeze(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_points_squeeze(PTS(op))); }
static PyObject *p_initialize(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_points_initialize(PTS(op))); }

static PyMethodDef points_methods[] = {
  {"GetNumberOfPoints", p_get_npoints, METH_NOARGS, ""},
  {"SetNumberOfPoints", p_set_npoints, METH_O, "SetNumberOfPoints(n): new points are zero"},
  {"Allocate", FC(p_allocate), "Allocate(n): room for n points, none in use"},
  {"InsertNextPoint", FC(p_insert_next), "InsertNextPoint(x, y, z | seq) -> point id"},
  {"InsertPoint", FC(p_insert), "InsertPoint(id, x, y, z | seq): grows as needed"},
  {"SetPoint", FC(p_set), "SetPoint(id, x, y, z | seq)"},
  {"GetPoint", p_get, METH_O, "GetPoint(id) -> (x, y, z)"},
  {"GetData", p_get_data, METH_NOARGS, "the coordinate vtkDataArray (3 components)"},
  {"SetData", p_set_data, METH_O, "SetData(array): use a 3-component array as the coordinates"},
  {"GetDataType", p_get_type, METH_NOARGS, ""},
  {"SetDataType", p_set_type, METH_O, "SetDataType(VTK_FLOAT | VTK_DOUBLE | ...)"},
  {"SetDataTypeToFloat", p_set_float, METH_NOARGS, ""},
  {"SetDataTypeToDouble", p_set_double, METH_NOARGS, ""},
  {"GetBounds", p_bounds, METH_NOARGS, "(xmin, xmax, ymin, ymax, zmin, zmax)"},
  {"Squeeze", p_squeeze, METH_NOARGS, ""},
  {"Initialize", p_initialize, METH_NOARGS, ""},
  {NULL, NULL, 0, NULL},
};

/* ======================= vtkCellArray ======================= */

static PyObject *cells_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  vb_cell_array *c = vb_cell_array_new();
  return new_wrapper(cls, args, kwds, c ? vb_cell_array_object(c) : NULL);
}

static PyObject *c_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_cells(CA(op))); }
static PyObject *c_nconn(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_connectivity_ids(CA(op))); }
static PyObject *c_maxsize(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_max_cell_size(CA(op))); }
static PyObject *c_offsets(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_offsets_array(CA(op)))); }
static PyObject *c_conn(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_connectivity_array(CA(op)))); }
static PyObject *c_squeeze(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_cell_array_squeeze(CA(op))); }
static PyObject *c_reset(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_cell_array_reset(CA(op))); }
static PyObject *c_initialize(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_cell_array_initialize(CA(op))); }

/* Point ids from a sequence (new malloc'ed array in *ids, *n ids). */
static int ids_arg(const char *fn, PyObject *o, vb_id **ids, int64_t *n) {
  if (!PySequence_Check(o) || PyUnicode_Check(o) || PyBytes_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of point ids, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  PyObject *seq = PySequence_Fast(o, "");
  if (!seq) return -1;
  Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);
  vb_id *v = malloc((size_t)(len ? len : 1) * sizeof *v);
  if (!v) { Py_DECREF(seq); PyErr_NoMemory(); return -1; }
  for (Py_ssize_t i = 0; i < len; i++) {
    int64_t x;
    if (i64_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &x) < 0) { free(v); Py_DECREF(seq); return -1; }
    v[i] = (vb_id)x;
  }
  Py_DECREF(seq);
  *ids = v;
  *n = (int64_t)len;
  return 0;
}

static PyObject *c_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (nargs_ok("InsertNextCell", n, 1, 2) < 0) return NULL;
  vb_id *ids = NULL;
  int64_t len = 0, npts;
  if (n == 1) {
    if (PyIndex_Check(args[0]) && !PyFloat_Check(args[0])) {
      /* VTK's incremental form: InsertNextCell(npts), then InsertCellPoint */
      if (vbpy_count_arg(args[0], &npts) < 0) return NULL;
      int64_t id = vb_cell_array_insert_next_cell_n(CA(op), npts);
      if (id < 0) return vbpy_error((int)id);
      return vbpy_done(PyLong_FromLongLong(id));
    }
    if (ids_arg("InsertNextCell", args[0], &ids, &len) < 0) return NULL;
    npts = len;
  } else {
    if (vbpy_count_arg(args[0], &npts) < 0) return NULL;
    if (ids_arg("InsertNextCell", args[1], &ids, &len) < 0) return NULL;
    if (len < npts) {
      free(ids);
      PyErr_Format(PyExc_ValueError, "InsertNextCell(): %lld point ids needed, %lld given",
                   (long long)npts, (long long)len);
      return NULL;
    }
  }
  int64_t id = vb_cell_array_insert_next_cell(CA(op), npts, ids);
  free(ids);
  if (id < 0) return vbpy_error((int)id);
  return vbpy_done(PyLong_FromLongLong(id));
}

static PyObject *c_insert_cell_point(PyObject *op, PyObject *arg) {
  int64_t id;
  if (i64_arg("InsertCellPoint", arg, &id) < 0) return NULL;
  RET_NONE(vb_cell_array_insert_cell_point(CA(op), (vb_id)id));
}

static PyObject *c_update_cell_count(PyObject *op, PyObject *arg) {
  int64_t npts;
  if (vbpy_count_arg(arg, &npts) < 0) return NULL;
  RET_NONE(vb_cell_array_update_cell_count(CA(op), npts));
}

static PyObject *c_cell_size(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (i64_arg("GetCellSize", arg, &c) < 0) return NULL;
  int s = vb_cell_array_get_cell_size(CA(op), c, &n);
  if (s < 0) return vbpy_error(s);
  return PyLong_FromLongLong(n);
}

/* GetCell(i) -> tuple of point ids (VTK's GetCellAtId in Python form). */
static PyObject *c_get_cell(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (i64_arg("GetCell", arg, &c) < 0) return NULL;
  int s = vb_cell_array_get_cell_size(CA(op), c, &n);
  if (s < 0) return vbpy_error(s);
  vb_id *ids = malloc((size_t)(n ? n : 1) * sizeof *ids);
  if (!ids) return PyErr_NoMemory();
  s = vb_cell_array_get_cell(CA(op), c, ids, n, &n);
  if (s < 0) { free(ids); return vbpy_error(s); }
  PyObject *t = PyTuple_New((Py_ssize_t)n);
  for (int64_t i = 0; t && i < n; i++) {
    PyObject *v = PyLong_FromLongLong(ids[i]);
    if (!v) { Py_CLEAR(t); break; }
    PyTuple_SET_ITEM(t, (Py_ssize_t)i, v);
  }
  free(ids);
  return t;
}

static PyObject *c_set_data(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (nargs_ok("SetData", n, 2, 2) < 0) return NULL;
  vb_array *off = array_or_none("SetData", args[0], 0);
  if (!off) return NULL;
  vb_array *conn = array_or_none("SetData", args[1], 0);
  if (!conn) return NULL;
  RET_NONE(vb_cell_array_set_data(CA(op), off, conn));
}

/* GetData(): the cells in VTK's legacy layout (n, id0, ..., n, ...) as a new
 * vtkIdTypeArray, as VTK 9's vtkCellArray::GetData (ExportLegacyFormat). */
static PyObject *c_get_data(PyObject *op, PyObject *u) {
  (void)u;
  vb_cell_array *ca = CA(op);
  int64_t nc = vb_cell_array_get_number_of_cells(ca);
  int64_t nconn = vb_cell_array_get_number_of_connectivity_ids(ca);
  vb_array *off = vb_cell_array_get_offsets_array(ca);
  vb_array *conn = vb_cell_array_get_connectivity_array(ca);
  vb_array *out = vb_array_new(VB_ID_TYPE);
  if (!out) return vbpy_error(vb_last_status());
  int s = vb_array_set_number_of_values(out, nc + nconn);
  int64_t k = 0, prev = 0;
  if (s >= 0 && nc > 0) s = vb_array_get_value_i64(off, 0, &prev);
  for (int64_t c = 0; s >= 0 && c < nc; c++) {
    int64_t next;
    s = vb_array_get_value_i64(off, c + 1, &next);
    if (s >= 0) s = vb_array_set_value_i64(out, k++, next - prev);
    for (int64_t j = prev; s >= 0 && j < next; j++) {
      int64_t id;
      s = vb_array_get_value_i64(conn, j, &id);
      if (s >= 0) s = vb_array_set_value_i64(out, k++, id);
    }
    prev = next;
  }
  if (s < 0) { vb_array_release(out); return vbpy_error(s); }
  PyObject *w = vbpy_wrap(vb_array_object(out));
  vb_array_release(out);
  return w;
}

static PyObject *c_alloc_estimate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (nargs_ok("AllocateEstimate", n, 2, 2) < 0 || i64_arg("AllocateEstimate", args[0], &a) < 0 ||
      i64_arg("AllocateEstimate", args[1], &b) < 0)
    return NULL;
  RET_NONE(vb_cell_array_allocate_estimate(CA(op), a, b));
}

static PyObject *c_alloc_exact(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (nargs_ok("AllocateExact", n, 2, 2) < 0 || i64_arg("AllocateExact", args[0], &a) < 0 ||
      i64_arg("AllocateExact", args[1], &b) < 0)
    return NULL;
  RET_NONE(vb_cell_array_allocate_exact(CA(op), a, b));
}

static PyMethodDef cells_methods[] = {
  {"GetNumberOfCells", c_ncells, METH_NOARGS, ""},
  {"GetNumberOfConnectivityIds", c_nconn, METH_NOARGS, ""},
  {"GetMaxCellSize", c_maxsize, METH_NOARGS, ""},
  {"GetOffsetsArray", c_offsets, METH_NOARGS, "offsets (number of cells + 1 values)"},
  {"GetConnectivityArray", c_conn, METH_NOARGS, "point ids of all cells"},
  {"InsertNextCell", FC(c_insert_next),
   "InsertNextCell(npts, ids), InsertNextCell(ids) or InsertNextCell(npts) -> cell id;\n"
   "InsertNextCell(npts) only claims npts points: add them with InsertCellPoint"},
  {"InsertCellPoint", c_insert_cell_point, METH_O,
   "InsertCellPoint(id): append a point id to the cell opened by InsertNextCell(npts)"},
  {"UpdateCellCount", c_update_cell_count, METH_O,
   "UpdateCellCount(npts): set the number of points of the last cell"},
  {"GetCellSize", c_cell_size, METH_O, "GetCellSize(cell) -> number of points"},
  {"GetCell", c_get_cell, METH_O, "GetCell(cell) -> tuple of point ids"},
  {"SetData", FC(c_set_data), "SetData(offsets, connectivity)"},
  {"GetData", c_get_data, METH_NOARGS, "legacy layout (n, ids..., n, ids...) as a new vtkIdTypeArray"},
  {"AllocateEstimate", FC(c_alloc_estimate), "AllocateEstimate(ncells, maxCellSize)"},
  {"AllocateExact", FC(c_alloc_exact), "AllocateExact(ncells, connectivitySize)"},
  {"Squeeze", c_squeeze, METH_NOARGS, ""},
  {"Reset", c_reset, METH_NOARGS, "no cells, storage kept"},
  {"Initialize", c_initialize, METH_NOARGS, "no cells, storage released"},
  {NULL, NULL, 0, NULL},
};

/* ======================= vtkDataSetAttributes ======================= */

static PyObject *attrs_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  vb_attributes *a = vb_attributes_new();
  return new_wrapper(cls, args, kwds, a ? vb_attributes_object(a) : NULL);
}

static PyObject *wrap_arr(vb_array *a) {
  if (!a) Py_RETURN_NONE;
  return vbpy_wrap(vb_array_object(a));
}

static PyObject *at_narrays(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_attributes_get_number_of_arrays(AT(op))); }

static PyObject *at_add(PyObject *op, PyObject *arg) {
  vb_array *a = array_or_none("AddArray", arg, 0);
  if (!a) return NULL;
  int i = vb_attributes_add_array(AT(op), a);
  if (i < 0) return vbpy_error(i);
  return vbpy_done(PyLong_FromLong(i));
}

/* name (str) -> 1, index (int) -> 0 with *index set; else TypeError (-1). */
static int name_or_index(const char *fn, PyObject *o, const char **name, int *index) {
  if (PyUnicode_Check(o)) {
    *name = PyUnicode_AsUTF8(o);
    return *name ? 1 : -1;
  }
  if (PyIndex_Check(o) && !PyFloat_Check(o)) {
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
      PyErr_Clear();
      v = -1;
    }
    *index = (v < INT_MIN || v > INT_MAX) ? -1 : (int)v;
    return 0;
  }
  PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or index (int), not %.100s",
               fn, Py_TYPE(o)->tp_name);
  return -1;
}

/* GetArray(name | index): None when there is no such array (as VTK). */
static PyObject *at_get(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  int k = name_or_index("GetArray", arg, &name, &idx);
  if (k < 0) return NULL;
  vb_attributes *at = AT(op);
  vb_array *a;
  if (k == 1) {
    a = vb_attributes_get_array_by_name(at, name, NULL);
  } else {
    a = (idx >= 0 && idx < vb_attributes_get_number_of_arrays(at)) ? vb_attributes_get_array(at, idx)
                                                                     : NULL;
  }
  return wrap_arr(a);
}

static PyObject *at_has(PyObject *op, PyObject *arg) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "HasArray(): expected a name (str), not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  return PyLong_FromLong(vb_attributes_has_array(AT(op), name));
}

/* RemoveArray(name | index): an unknown name or bad index does nothing (as VTK). */
static PyObject *at_remove(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  int k = name_or_index("RemoveArray", arg, &name, &idx);
  if (k < 0) return NULL;
  vb_attributes *at = AT(op);
  if (k == 1) {
    if (!vb_attributes_has_array(at, name)) Py_RETURN_NONE;
    RET_NONE(vb_attributes_remove_array(at, name));
  }
  if (idx < 0 || idx >= vb_attributes_get_number_of_arrays(at)) Py_RETURN_NONE;
  RET_NONE(vb_attributes_remove_array_by_index(at, idx));
}

static PyObject *at_name(PyObject *op, PyObject *arg) {
  int64_t i;
  if (i64_arg("GetArrayName", arg, &i) < 0) return NULL;
  vb_attributes *at = AT(op);
  if (i < 0 || i >= vb_attributes_get_number_of_arrays(at)) Py_RETURN_NONE;
  const char *n = vb_attributes_get_array_name(at, (int)i);
  if (!n) Py_RETURN_NONE;
  return PyUnicode_FromString(n);
}

static PyObject *at_initialize(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_attributes_initialize(AT(op))); }

static PyObject *set_attr(PyObject *op, PyObject *arg, int type, const char *fn) {
  vb_array *a = NULL;
  if (arg != Py_None && !(a = array_or_none(fn, arg, 1))) return NULL;
  int s = vb_attributes_set_attribute(AT(op), a, type);
  if (s < 0) return vbpy_error(s);
  return vbpy_done(PyLong_FromLong(a ? s : -1));
}

static PyObject *set_active(PyObject *op, PyObject *arg, int type, const char *fn) {
  if (arg != Py_None && !PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or None, not %.100s", fn,
                 Py_TYPE(arg)->tp_name);
    return NULL;
  }
  vb_attributes *at = AT(op);
  if (arg == Py_None) {
    int s = vb_attributes_set_active_attribute(at, -1, type);
    if (s < 0) return vbpy_error(s);
    return vbpy_done(PyLong_FromLong(-1));
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  if (!vb_attributes_has_array(at, name)) return PyLong_FromLong(-1); /* VTK: -1 */
  int s = vb_attributes_set_active_attribute_by_name(at, name, type);
  if (s < 0) return vbpy_error(s); /* e.g. wrong number of components */
  return vbpy_done(PyLong_FromLong(s));
}

#define ATTR_METHODS(NAME, TYPE)                                                            \
  static PyObject *at_get_##NAME(PyObject *op, PyObject *u) {                              \
    (void)u;                                                                               \
    return wrap_arr(vb_attributes_get_attribute(AT(op), TYPE));                            \
  }                                                                                        \
  static PyObject *at_set_##NAME(PyObject *op, PyObject *arg) {                            \
    return set_attr(op, arg, TYPE, "Set" #NAME);                                           \
  }                                                                                        \
  static PyObject *at_active_##NAME(PyObject *op, PyObject *arg) {                         \
    return set_active(op, arg, TYPE, "SetActive" #NAME);                                   \
  }
ATTR_METHODS(Scalars, VB_ATTRIBUTE_SCALARS)
ATTR_METHODS(Vectors, VB_ATTRIBUTE_VECTORS)
ATTR_METHODS(Normals, VB_ATTRIBUTE_NORMALS)
ATTR_METHODS(TCoords, VB_ATTRIBUTE_TCOORDS)
ATTR_METHODS(Tensors, VB_ATTRIBUTE_TENSORS)
#define ATTR_DEFS(NAME)                                                         \
  {"Get" #NAME, at_get_##NAME, METH_NOARGS, "the active " #NAME " array or None"}, \
  {"Set" #NAME, at_set_##NAME, METH_O, "Set" #NAME "(array | None) -> index"},      \
  {"SetActive" #NAME, at_active_##NAME, METH_O, "SetActive" #NAME "(name) -> index, -1 if unknown"},

static PyObject *at_get_attribute(PyObject *op, PyObject *arg) {
  int t;
  if (int_arg("GetAttribute", arg, &t) < 0) return NULL;
  if (t < 0 || t >= VB_NUM_ATTRIBUTES) Py_RETURN_NONE;
  return wrap_arr(vb_attributes_get_attribute(AT(op), t));
}

static PyMethodDef attrs_methods[] = {
  {"GetNumberOfArrays", at_narrays, METH_NOARGS, ""},
  {"AddArray", at_add, METH_O, "AddArray(array) -> index (replaces an array of the same name)"},
  {"GetArray", at_get, METH_O, "GetArray(name | index) -> array or None"},
  {"GetAbstractArray", at_get, METH_O, "same as GetArray"},
  {"HasArray", at_has, METH_O, "HasArray(name) -> 1 / 0"},
  {"RemoveArray", at_remove, METH_O, "RemoveArray(name | index)"},
  {"GetArrayName", at_name, METH_O, "GetArrayName(index) -> name or None"},
  {"GetAttribute", at_get_attribute, METH_O, "GetAttribute(type) -> active array or None"},
  {"Initialize", at_initialize, METH_NOARGS, "remove every array"},
  ATTR_DEFS(Scalars) ATTR_DEFS(Vectors) ATTR_DEFS(Normals) ATTR_DEFS(TCoords) ATTR_DEFS(Tensors)
  {NULL, NULL, 0, NULL},
};

static PyMethodDef named_attrs_methods[] = {
  {"GetClassName", short_class_name, METH_NOARGS, "VTK class name"},
  {NULL, NULL, 0, NULL},
};

/* ======================= vtkPolyData ======================= */

static PyObject *poly_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  vb_polydata *p = vb_polydata_new();
  return new_wrapper(cls, args, kwds, p ? vb_polydata_object(p) : NULL);
}

static PyObject *pd_get_points(PyObject *op, PyObject *u) {
  (void)u;
  vb_points *p = vb_polydata_get_points(PD(op));
  return p ? vbpy_wrap(vb_points_object(p)) : Py_NewRef(Py_None);
}

static PyObject *pd_set_points(PyObject *op, PyObject *arg) {
  vb_points *p = NULL;
  if (arg != Py_None) {
    if (!PyObject_TypeCheck(arg, &VbPoints_Type)) {
      PyErr_Format(PyExc_TypeError, "SetPoints(): expected vtkPoints or None, not %.100s",
                   Py_TYPE(arg)->tp_name);
      return NULL;
    }
    p = PTS(arg);
  }
  RET_NONE(vb_polydata_set_points(PD(op), p));
}

#define CELLS(NAME, fn)                                                                    \
  static PyObject *pd_get_##NAME(PyObject *op, PyObject *u) {                             \
    (void)u;                                                                              \
    return vbpy_wrap(vb_cell_array_object(vb_polydata_get_##fn(PD(op))));                 \
  }                                                                                       \
  static PyObject *pd_set_##NAME(PyObject *op, PyObject *arg) {                           \
    vb_cell_array *c = NULL;                                                              \
    if (arg != Py_None) {                                                                 \
      if (!PyObject_TypeCheck(arg, &VbCellArray_Type)) {                                  \
        PyErr_Format(PyExc_TypeError, "Set" #NAME "(): expected vtkCellArray or None, not %.100s", \
                     Py_TYPE(arg)->tp_name);                                              \
        return NULL;                                                                      \
      }                                                                                   \
      c = CA(arg);                                                                        \
    }                                                                                     \
    RET_NONE(vb_polydata_set_##fn(PD(op), c));                                            \
  }                                                                                       \
  static PyObject *pd_n_##NAME(PyObject *op, PyObject *u) {                               \
    (void)u;                                                                              \
    return PyLong_FromLongLong(vb_polydata_get_number_of_##fn(PD(op)));                   \
  }
CELLS(Verts, verts)
CELLS(Lines, lines)
CELLS(Polys, polys)
CELLS(Strips, strips)
#define CELL_DEFS(NAME)                                            \
  {"Get" #NAME, pd_get_##NAME, METH_NOARGS, "vtkCellArray"},        \
  {"Set" #NAME, pd_set_##NAME, METH_O, "Set" #NAME "(vtkCellArray | None)"}, \
  {"GetNumberOf" #NAME, pd_n_##NAME, METH_NOARGS, ""},

static PyObject *pd_point_data(PyObject *op, PyObject *u) {
  (void)u;
  return wrap_as(vb_attributes_object(vb_polydata_get_point_data(PD(op))), &VbPointData_Type);
}
static PyObject *pd_cell_data(PyObject *op, PyObject *u) {
  (void)u;
  return wrap_as(vb_attributes_object(vb_polydata_get_cell_data(PD(op))), &VbCellData_Type);
}
static PyObject *pd_npoints(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_polydata_get_number_of_points(PD(op))); }
static PyObject *pd_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_polydata_get_number_of_cells(PD(op))); }
static PyObject *pd_initialize(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_polydata_initialize(PD(op))); }

static PyObject *pd_get_point(PyObject *op, PyObject *arg) {
  int64_t id;
  double x[3];
  if (i64_arg("GetPoint", arg, &id) < 0) return NULL;
  int s = vb_polydata_get_point(PD(op), id, x);
  if (s < 0) return vbpy_error(s);
  return tuple_d(x, 3);
}

static PyObject *pd_bounds(PyObject *op, PyObject *u) {
  (void)u;
  double b[6];
  int s = vb_polydata_get_bounds(PD(op), b);
  if (s < 0) return vbpy_error(s);
  return tuple_d(b, 6);
}

static PyMethodDef poly_methods[] = {
  {"GetPoints", pd_get_points, METH_NOARGS, "vtkPoints or None"},
  {"SetPoints", pd_set_points, METH_O, "SetPoints(vtkPoints | None)"},
  CELL_DEFS(Verts) CELL_DEFS(Lines) CELL_DEFS(Polys) CELL_DEFS(Strips)
  {"GetPointData", pd_point_data, METH_NOARGS, "point attributes (vtkPointData)"},
  {"GetCellData", pd_cell_data, METH_NOARGS, "cell attributes (vtkCellData)"},
  {"GetNumberOfPoints", pd_npoints, METH_NOARGS, ""},
  {"GetNumberOfCells", pd_ncells, METH_NOARGS, "verts + lines + polys + strips"},
  {"GetPoint", pd_get_point, METH_O, "GetPoint(id) -> (x, y, z)"},
  {"GetBounds", pd_bounds, METH_NOARGS, "(xmin, xmax, ymin, ymax, zmin, zmax)"},
  {"Initialize", pd_initialize, METH_NOARGS, ""},
  {NULL, NULL, 0, NULL},
};

/* ======================= vtkSphereSource ======================= */

static PyObject *sphere_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  vb_sphere_source *s = vb_sphere_source_new();
  return new_wrapper(cls, args, kwds, s ? vb_sphere_source_object(s) : NULL);
}

#define S_DOUBLE(NAME, fn)                                                         \
  static PyObject *s_set_##NAME(PyObject *op, PyObject *arg) {                    \
    double v;                                                                     \
    if (real_arg("Set" #NAME, arg, &v) < 0) return NULL;                          \
    RET_NONE(vb_sphere_source_set_##fn(SPH(op), v));                              \
  }                                                                               \
  static PyObject *s_get_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    return PyFloat_FromDouble(vb_sphere_source_get_##fn(SPH(op)));                \
  }
#define S_INT(NAME, fn)                                                            \
  static PyObject *s_set_##NAME(PyObject *op, PyObject *arg) {                    \
    int v;                                                                        \
    if (int_arg("Set" #NAME, arg, &v) < 0) return NULL;                           \
    RET_NONE(vb_sphere_source_set_##fn(SPH(op), v));                              \
  }                                                                               \
  static PyObject *s_get_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    return PyLong_FromLong(vb_sphere_source_get_##fn(SPH(op)));                   \
  }
#define S_BOOL(NAME, fn)                                                           \
  S_INT(NAME, fn)                                                                 \
  static PyObject *s_on_##NAME(PyObject *op, PyObject *u) {                       \
    (void)u;                                                                      \
    RET_NONE(vb_sphere_source_set_##fn(SPH(op), 1));                              \
  }                                                                               \
  static PyObject *s_off_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    RET_NONE(vb_sphere_source_set_##fn(SPH(op), 0));                              \
  }
S_DOUBLE(Radius, radius)
S_DOUBLE(StartTheta, start_theta)
S_DOUBLE(EndTheta, end_theta)
S_DOUBLE(StartPhi, start_phi)
S_DOUBLE(EndPhi, end_phi)
S_INT(ThetaResolution, theta_resolution)
S_INT(PhiResolution, phi_resolution)
S_INT(OutputPointsPrecision, output_points_precision)
S_BOOL(LatLongTessellation, lat_long_tessellation)
S_BOOL(GenerateNormals, generate_normals)
#define S_DEFS(NAME)                                          \
  {"Set" #NAME, s_set_##NAME, METH_O, "Set" #NAME "(value)"}, \
  {"Get" #NAME, s_get_##NAME, METH_NOARGS, ""},
#define S_BOOL_DEFS(NAME)                                     \
  S_DEFS(NAME)                                                \
  {#NAME "On", s_on_##NAME, METH_NOARGS, ""},                 \
  {#NAME "Off", s_off_##NAME, METH_NOARGS, ""},

static PyObject *s_set_center(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double c[3];
  if (xyz_args("SetCenter", args, n, c) < 0) return NULL;
  RET_NONE(vb_sphere_source_set_center(SPH(op), c[0], c[1], c[2]));
}

static PyObject *s_get_center(PyObject *op, PyObject *u) {
  (void)u;
  double c[3];
  int s = vb_sphere_source_get_center(SPH(op), c);
  if (s < 0) return vbpy_error(s);
  return tuple_d(c, 3);
}

static PyObject *s_update(PyObject *op, PyObject *u) {
  (void)u;
  RET_NONE(vb_sphere_source_update(SPH(op)));
}

static PyObject *s_output(PyObject *op, PyObject *args) {
  if (PyTuple_GET_SIZE(args) > 1) {
    PyErr_SetString(PyExc_TypeError, "GetOutput() takes at most 1 argument (port 0)");
    return NULL;
  }
  if (PyTuple_GET_SIZE(args) == 1) {
    int64_t port;
    if (i64_arg("GetOutput", PyTuple_GET_ITEM(args, 0), &port) < 0) return NULL;
    if (port != 0) Py_RETURN_NONE; /* VTK: no such output port */
  }
  return vbpy_wrap(vb_polydata_object(vb_sphere_source_get_output(SPH(op))));
}

static PyMethodDef sphere_methods[] = {
  S_DEFS(Radius) S_DEFS(StartTheta) S_DEFS(EndTheta) S_DEFS(StartPhi) S_DEFS(EndPhi)
  S_DEFS(ThetaResolution) S_DEFS(PhiResolution) S_DEFS(OutputPointsPrecision)
  S_BOOL_DEFS(LatLongTessellation) S_BOOL_DEFS(GenerateNormals)
  {"SetCenter", FC(s_set_center), "SetCenter(x, y, z | seq)"},
  {"GetCenter", s_get_center, METH_NOARGS, "(x, y, z)"},
  {"Update", s_update, METH_NOARGS, "generate the output if a parameter changed"},
  {"GetOutput", s_output, METH_VARARGS, "the output vtkPolyData (same object across updates)"},
  {NULL, NULL, 0, NULL},
};

/* ======================= types ======================= */

#define DO_TYPE(var, pyname, methods_, new_, doc)                                 \
  PyTypeObject var = {                                                            \
    PyVarObject_HEAD_INIT(NULL, 0)                                                \
    .tp_name = "vtkbuf." pyname,                                                  \
    .tp_basicsize = sizeof(VbObject),                                             \
    .tp_dealloc = vbpy_object_dealloc,                                            \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,                         \
    .tp_doc = doc,                                                                \
    .tp_methods = methods_,                                                       \
    .tp_new = new_,                                                               \
  };
DO_TYPE(VbPoints_Type, "vtkPoints", points_methods, points_new,
        "vtkPoints: point coordinates in a 3-component data array (float by default).")
DO_TYPE(VbCellArray_Type, "vtkCellArray", cells_methods, cells_new,
        "vtkCellArray: cells as an offsets array and a connectivity array (VTK 9 layout).")
DO_TYPE(VbAttributes_Type, "vtkDataSetAttributes", attrs_methods, attrs_new,
        "vtkDataSetAttributes: named data arrays plus active attributes (scalars, normals, ...).")
DO_TYPE(VbPointData_Type, "vtkPointData", named_attrs_methods, attrs_new,
        "vtkPointData: the point attributes of a data set.")
DO_TYPE(VbCellData_Type, "vtkCellData", named_attrs_methods, attrs_new,
        "vtkCellData: the cell attributes of a data set.")
DO_TYPE(VbPolyData_Type, "vtkPolyData", poly_methods, poly_new,
        "vtkPolyData: points, verts/lines/polys/strips cell arrays, point and cell data.")
DO_TYPE(VbSphere_Type, "vtkSphereSource", sphere_methods, sphere_new,
        "vtkSphereSource: a polygonal sphere, VTK 9.7's parameters, defaults and output.")

int vbpy_dataobject_init_types(PyObject *module) {
  struct { PyTypeObject *t; PyTypeObject *base; const char *name; } types[] = {
    {&VbPoints_Type, &VbObject_Type, "vtkPoints"},
    {&VbCellArray_Type, &VbObject_Type, "vtkCellArray"},
    {&VbAttributes_Type, &VbObject_Type, "vtkDataSetAttributes"},
    {&VbPointData_Type, &VbAttributes_Type, "vtkPointData"},
    {&VbCellData_Type, &VbAttributes_Type, "vtkCellData"},
    {&VbPolyData_Type, &VbObject_Type, "vtkPolyData"},
    {&VbSphere_Type, &VbObject_Type, "vtkSphereSource"},
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    types[i].t->tp_base = types[i].base;
    if (PyType_Ready(types[i].t) < 0) return -1;
    if (PyModule_AddObjectRef(module, types[i].name, (PyObject *)types[i].t) < 0) return -1;
  }
  return PyModule_AddIntConstant(module, "SINGLE_PRECISION", VB_SINGLE_PRECISION) < 0 ||
                 PyModule_AddIntConstant(module, "DOUBLE_PRECISION", VB_DOUBLE_PRECISION) < 0 ||
                 PyModule_AddIntConstant(module, "DEFAULT_PRECISION", VB_DEFAULT_PRECISION) < 0
             ? -1
             : 0;
}

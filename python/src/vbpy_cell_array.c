/* vbpy_cell_array.c - vtkCellArray: Python face of vb_cell_array
 * (src/vb_cell_array.h): cells as offsets + connectivity (VTK 9 layout). */
#include <stdlib.h>

#include "vbpy_types.h"

#define CA(op) vb_cell_array_from_object(VBPY_OBJ(op))

/* vtkCellArray(), vtkCellArray(offsets=..., connectivity=...): tp_init
 * (vtkbuf._mesh.init_cells) converts lists / NumPy arrays as VTK 9.7 does */
static PyObject *cells_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_cell_array_object(vb_cell_array_new()), cls);
}

static int cells_init(PyObject *self, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) == 0 && (!kwds || PyDict_GET_SIZE(kwds) == 0)) return 0;
  return vbpy_init_by(self, args, kwds, "init_cells");
}

static PyObject *cells_repr(PyObject *op) {
  return PyUnicode_FromFormat("vtkCellArray(%lld cells)",
                              (long long)vb_cell_array_get_number_of_cells(CA(op)));
}

static PyGetSetDef cells_props[] = {
  {"offsets_array", vbpy_prop_get, NULL, "GetOffsetsArray()", "GetOffsetsArray"},
  {"connectivity_array", vbpy_prop_get, NULL, "GetConnectivityArray()", "GetConnectivityArray"},
  {"offsets", vbpy_prop_get, NULL, "GetOffsetsArray() (vtkbuf)", "GetOffsetsArray"},
  {"connectivity", vbpy_prop_get, NULL, "GetConnectivityArray() (vtkbuf)", "GetConnectivityArray"},
  {"number_of_cells", vbpy_prop_get, NULL, "", "GetNumberOfCells"},
  {NULL, NULL, NULL, NULL, NULL},
};

static PyObject *c_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_cells(CA(op))); }
static PyObject *c_nconn(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_connectivity_ids(CA(op))); }
static PyObject *c_maxsize(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_max_cell_size(CA(op))); }
static PyObject *c_offsets(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_offsets_array(CA(op))), NULL); }
static PyObject *c_conn(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_connectivity_array(CA(op))), NULL); }
static PyObject *c_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_squeeze(CA(op))); }
static PyObject *c_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_reset(CA(op))); }
static PyObject *c_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_initialize(CA(op))); }

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
    if (vbpy_index_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &x) < 0) { free(v); Py_DECREF(seq); return -1; }
    v[i] = (vb_id)x;
  }
  Py_DECREF(seq);
  *ids = v;
  *n = (int64_t)len;
  return 0;
}

static PyObject *c_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (vbpy_nargs("InsertNextCell", n, 1, 2) < 0) return NULL;
  vb_id *ids = NULL;
  int64_t len = 0, npts;
  if (n == 1) {
    if (PyIndex_Check(args[0]) && !PyFloat_Check(args[0])) {
      /* VTK's incremental form: InsertNextCell(npts), then InsertCellPoint */
      if (vbpy_count_arg("InsertNextCell", args[0], &npts) < 0) return NULL;
      int64_t id = vb_cell_array_insert_next_cell_n(CA(op), npts);
      if (id < 0) return vbpy_error((int)id);
      return vbpy_done(PyLong_FromLongLong(id));
    }
    if (ids_arg("InsertNextCell", args[0], &ids, &len) < 0) return NULL;
    npts = len;
  } else {
    if (vbpy_count_arg("InsertNextCell", args[0], &npts) < 0) return NULL;
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
  if (vbpy_index_arg("InsertCellPoint", arg, &id) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_insert_cell_point(CA(op), (vb_id)id));
}

static PyObject *c_update_cell_count(PyObject *op, PyObject *arg) {
  int64_t npts;
  if (vbpy_count_arg("UpdateCellCount", arg, &npts) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_update_cell_count(CA(op), npts));
}

static PyObject *c_cell_size(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (vbpy_index_arg("GetCellSize", arg, &c) < 0) return NULL;
  int s = vb_cell_array_get_cell_size(CA(op), c, &n);
  if (s < 0) return vbpy_error(s);
  return PyLong_FromLongLong(n);
}

/* GetCell(i) -> tuple of point ids (VTK's GetCellAtId in Python form). */
static PyObject *c_get_cell(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (vbpy_index_arg("GetCell", arg, &c) < 0) return NULL;
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
  if (vbpy_nargs("SetData", n, 2, 2) < 0) return NULL;
  vb_array *off = vbpy_array_arg("SetData", args[0], 0, NULL);
  if (!off) return NULL;
  vb_array *conn = vbpy_array_arg("SetData", args[1], 0, NULL);
  if (!conn) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_set_data(CA(op), off, conn));
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
  return vbpy_wrap_new(vb_array_object(out), NULL);
}

static PyObject *c_alloc_estimate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (vbpy_nargs("AllocateEstimate", n, 2, 2) < 0 || vbpy_index_arg("AllocateEstimate", args[0], &a) < 0 ||
      vbpy_index_arg("AllocateEstimate", args[1], &b) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_allocate_estimate(CA(op), a, b));
}

static PyObject *c_alloc_exact(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (vbpy_nargs("AllocateExact", n, 2, 2) < 0 || vbpy_index_arg("AllocateExact", args[0], &a) < 0 ||
      vbpy_index_arg("AllocateExact", args[1], &b) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_allocate_exact(CA(op), a, b));
}

static PyMethodDef cells_methods[] = {
  {"GetNumberOfCells", c_ncells, METH_NOARGS, ""},
  {"GetNumberOfConnectivityIds", c_nconn, METH_NOARGS, ""},
  {"GetMaxCellSize", c_maxsize, METH_NOARGS, ""},
  {"GetOffsetsArray", c_offsets, METH_NOARGS, "offsets (number of cells + 1 values)"},
  {"GetConnectivityArray", c_conn, METH_NOARGS, "point ids of all cells"},
  {"InsertNextCell", VBPY_FC(c_insert_next),
   "InsertNextCell(npts, ids), InsertNextCell(ids) or InsertNextCell(npts) -> cell id;\n"
   "InsertNextCell(npts) only claims npts points: add them with InsertCellPoint"},
  {"InsertCellPoint", c_insert_cell_point, METH_O,
   "InsertCellPoint(id): append a point id to the cell opened by InsertNextCell(npts)"},
  {"UpdateCellCount", c_update_cell_count, METH_O,
   "UpdateCellCount(npts): set the number of points of the last cell"},
  {"GetCellSize", c_cell_size, METH_O, "GetCellSize(cell) -> number of points"},
  {"GetCell", c_get_cell, METH_O, "GetCell(cell) -> tuple of point ids"},
  {"SetData", VBPY_FC(c_set_data), "SetData(offsets, connectivity)"},
  {"GetData", c_get_data, METH_NOARGS, "legacy layout (n, ids..., n, ids...) as a new vtkIdTypeArray"},
  {"AllocateEstimate", VBPY_FC(c_alloc_estimate), "AllocateEstimate(ncells, maxCellSize)"},
  {"AllocateExact", VBPY_FC(c_alloc_exact), "AllocateExact(ncells, connectivitySize)"},
  {"Squeeze", c_squeeze, METH_NOARGS, ""},
  {"Reset", c_reset, METH_NOARGS, "no cells, storage kept"},
  {"Initialize", c_initialize, METH_NOARGS, "no cells, storage released"},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbCellArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCellArray",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "vtkCellArray: cells as an offsets array and a connectivity array (VTK 9 layout).",
  .tp_methods = cells_methods,
  .tp_getset = cells_props,
  .tp_repr = cells_repr,
  .tp_init = cells_init,
  .tp_new = cells_new,
};

/* vbpy_points.c - vtkPoints: Python face of vb_points (src/vb_points.h).
 * Coordinates are C doubles (vbpy_xyz_args); ids are checked by the core. */
#include "vbpy_types.h"

#define PTS(op) vb_points_from_object(VBPY_OBJ(op))

/* vtkPoints(), vtkPoints(data), vtkPoints(data=..., <property>=...): tp_init
 * (vtkbuf._mesh.init_points) converts data as VTK 9.7 does */
static PyObject *points_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_points_object(vb_points_new(VB_FLOAT)), cls);
}

static int points_init(PyObject *self, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) == 0 && (!kwds || PyDict_GET_SIZE(kwds) == 0)) return 0;
  return vbpy_init_by(self, args, kwds, "init_points");
}

static PyObject *points_repr(PyObject *op) {
  return PyUnicode_FromFormat("vtkPoints(%lld points)", (long long)vb_points_get_number_of_points(PTS(op)));
}

/* points[i]: GetPoint(i) (an int index only) */
static PyObject *points_item(PyObject *op, PyObject *key) {
  if (!PyIndex_Check(key) || PyBool_Check(key)) {
    PyErr_Format(PyExc_TypeError, "vtkPoints indices must be integers, not %.100s", Py_TYPE(key)->tp_name);
    return NULL;
  }
  return PyObject_CallMethod(op, "GetPoint", "O", key);
}

static PyMappingMethods points_as_mapping = {.mp_subscript = points_item};

static PyGetSetDef points_props[] = {
  {"data", vbpy_prop_get, vbpy_prop_set, "GetData / SetData", "GetData"},
  {"number_of_points", vbpy_prop_get, vbpy_prop_set, "", "GetNumberOfPoints"},
  {"data_type", vbpy_prop_get, vbpy_prop_set, "", "GetDataType"},
  {"bounds", vbpy_prop_get, NULL, "", "GetBounds"},
  {NULL, NULL, NULL, NULL, NULL},
};

static PyObject *p_get_npoints(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_points_get_number_of_points(PTS(op)));
}

static PyObject *p_set_npoints(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("SetNumberOfPoints", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_points_set_number_of_points(PTS(op), n));
}

static PyObject *p_allocate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t sz;
  if (vbpy_nargs("Allocate", n, 1, 2) < 0 || vbpy_count_arg("Allocate", args[0], &sz) < 0) return NULL;
  VBPY_RETURN_NONE(vb_points_allocate(PTS(op), sz));
}

static PyObject *p_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double x[3];
  if (vbpy_xyz_args("InsertNextPoint", args, n, x) < 0) return NULL;
  int64_t id = vb_points_insert_next_point(PTS(op), x);
  if (id < 0) return vbpy_error((int)id);
  return vbpy_done(PyLong_FromLongLong(id));
}

static PyObject *p_insert(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (vbpy_nargs("InsertPoint", n, 2, 4) < 0 || vbpy_index_arg("InsertPoint", args[0], &id) < 0 ||
      vbpy_xyz_args("InsertPoint", args + 1, n - 1, x) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_points_insert_point(PTS(op), id, x));
}

static PyObject *p_set(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (vbpy_nargs("SetPoint", n, 2, 4) < 0 || vbpy_index_arg("SetPoint", args[0], &id) < 0 ||
      vbpy_xyz_args("SetPoint", args + 1, n - 1, x) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_points_set_point(PTS(op), id, x));
}

static PyObject *p_get(PyObject *op, PyObject *arg) {
  int64_t id;
  double x[3];
  if (vbpy_index_arg("GetPoint", arg, &id) < 0) return NULL;
  int s = vb_points_get_point(PTS(op), id, x);
  if (s < 0) return vbpy_error(s);
  return vbpy_tuple_d(x, 3);
}

static PyObject *p_get_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_array_object(vb_points_get_data(PTS(op))), NULL);
}

static PyObject *p_set_data(PyObject *op, PyObject *arg) {
  vb_array *a = vbpy_array_arg("SetData", arg, 0, NULL);
  if (!a) return NULL;
  VBPY_RETURN_NONE(vb_points_set_data(PTS(op), a));
}

static PyObject *p_get_type(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLong(vb_points_get_data_type(PTS(op)));
}

static PyObject *p_set_type(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("SetDataType", arg, &t) < 0) return NULL;
  VBPY_RETURN_NONE(vb_points_set_data_type(PTS(op), t));
}
static PyObject *p_set_float(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_set_data_type(PTS(op), VB_FLOAT)); }
static PyObject *p_set_double(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_set_data_type(PTS(op), VB_DOUBLE)); }

static PyObject *p_bounds(PyObject *op, PyObject *u) {
  (void)u;
  double b[6];
  int s = vb_points_get_bounds(PTS(op), b);
  if (s < 0) return vbpy_error(s);
  return vbpy_tuple_d(b, 6);
}
static PyObject *p_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_squeeze(PTS(op))); }
static PyObject *p_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_initialize(PTS(op))); }

static PyMethodDef points_methods[] = {
  {"GetNumberOfPoints", p_get_npoints, METH_NOARGS, ""},
  {"SetNumberOfPoints", p_set_npoints, METH_O, "SetNumberOfPoints(n): new points are zero"},
  {"Allocate", VBPY_FC(p_allocate), "Allocate(n): room for n points, none in use"},
  {"InsertNextPoint", VBPY_FC(p_insert_next), "InsertNextPoint(x, y, z | seq) -> point id"},
  {"InsertPoint", VBPY_FC(p_insert), "InsertPoint(id, x, y, z | seq): grows as needed"},
  {"SetPoint", VBPY_FC(p_set), "SetPoint(id, x, y, z | seq)"},
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

PyTypeObject VbPoints_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkPoints",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "vtkPoints: point coordinates in a 3-component data array (float by default).",
  .tp_methods = points_methods,
  .tp_getset = points_props,
  .tp_repr = points_repr,
  .tp_as_mapping = &points_as_mapping,
  .tp_init = points_init,
  .tp_new = points_new,
};

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

static vbpy_getset points_props[] = {
  {"data", VBPY_GET, VBPY_SET, VBPY_DOC("GetData / SetData"), "GetData"},
  {"number_of_points", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfPoints"},
  {"data_type", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetDataType"},
  {"bounds", VBPY_GET, NULL, VBPY_DOC(""), "GetBounds"},
  {"actual_memory_size", VBPY_GET, NULL, VBPY_DOC(""), "GetActualMemorySize"},
  {"", NULL, NULL, NULL, ""},
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
  int s = vb_points_allocate(PTS(op), sz);
  return vbpy_status(s, PyLong_FromLong(1)); /* VTK: 1 */
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

/* GetPoint(id) -> (x, y, z); GetPoint(id, out) fills out */
static PyObject *p_get(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  double x[3];
  if (vbpy_nargs("GetPoint", n, 1, 2) < 0 || vbpy_index_arg("GetPoint", args[0], &id) < 0) return NULL;
  int s = vb_points_get_point(PTS(op), id, x);
  if (s < 0) return vbpy_error(s);
  if (n == 2) return vbpy_fill_out("GetPoint", args[1], x, 3) < 0 ? NULL : Py_NewRef(Py_None);
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

static PyObject *p_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double b[6];
  if (vbpy_nargs("GetBounds", n, 0, 1) < 0) return NULL;
  int s = vb_points_get_bounds(PTS(op), b);
  if (s < 0) return vbpy_error(s);
  if (n == 1) return vbpy_fill_out("GetBounds", args[0], b, 6) < 0 ? NULL : Py_NewRef(Py_None);
  return vbpy_tuple_d(b, 6);
}
static PyObject *p_compute_bounds(PyObject *op, PyObject *u) {
  double b[6];
  (void)u;
  int s = vb_points_get_bounds(PTS(op), b); /* bounds are computed when asked (never stale) */
  VBPY_RETURN_NONE(s < 0 ? s : VB_OK);
}

static vb_points *points_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbPoints_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected vtkPoints, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return PTS(o);
}
static PyObject *p_deep(PyObject *op, PyObject *arg) {
  vb_points *src = points_arg("DeepCopy", arg);
  if (!src) return NULL;
  VBPY_RETURN_NONE(vb_points_deep_copy(PTS(op), src));
}
static PyObject *p_shallow(PyObject *op, PyObject *arg) {
  vb_points *src = points_arg("ShallowCopy", arg);
  if (!src) return NULL;
  VBPY_RETURN_NONE(vb_points_shallow_copy(PTS(op), src));
}

/* InsertPoints(dstIds, srcIds, source) / InsertPoints(dstStart, n, srcStart, source) */
static PyObject *p_insert_points(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_points *src;
  if (vbpy_nargs("InsertPoints", n, 3, 4) < 0 || !(src = points_arg("InsertPoints", args[n - 1]))) return NULL;
  if (n == 4) {
    int64_t d, k, s0;
    if (vbpy_index_arg("InsertPoints", args[0], &d) < 0 || vbpy_count_arg("InsertPoints", args[1], &k) < 0 ||
        vbpy_index_arg("InsertPoints", args[2], &s0) < 0)
      return NULL;
    VBPY_RETURN_NONE(vb_points_insert_points_range(PTS(op), d, k, s0, src));
  }
  vb_id *di = NULL, *si = NULL;
  int64_t nd, ns;
  if (vbpy_ids_arg("InsertPoints", args[0], &di, &nd) < 0) return NULL;
  if (vbpy_ids_arg("InsertPoints", args[1], &si, &ns) < 0) {
    PyMem_Free(di);
    return NULL;
  }
  int s = nd == ns ? vb_points_insert_points_ids(PTS(op), nd, di, si, src) : VB_OK;
  PyMem_Free(di);
  PyMem_Free(si);
  if (nd != ns) return PyErr_Format(PyExc_ValueError, "InsertPoints(): %lld target ids for %lld source ids",
                                    (long long)nd, (long long)ns);
  VBPY_RETURN_NONE(s);
}

/* GetPoints(ptIds, outPoints) */
static PyObject *p_get_points(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_points *out;
  vb_id *ids;
  int64_t k;
  if (vbpy_nargs("GetPoints", n, 2, 2) < 0 || !(out = points_arg("GetPoints", args[1])) ||
      vbpy_ids_arg("GetPoints", args[0], &ids, &k) < 0)
    return NULL;
  int s = vb_points_get_points_ids(PTS(op), k, ids, out);
  PyMem_Free(ids);
  VBPY_RETURN_NONE(s);
}

static PyObject *size_op(PyObject *op, PyObject *arg, const char *fn, int (*f)(vb_points *, int64_t)) {
  int64_t k;
  if (vbpy_count_arg(fn, arg, &k) < 0) return NULL;
  int s = f(PTS(op), k);
  return vbpy_status(s, PyLong_FromLong(1));
}
static PyObject *p_resize(PyObject *op, PyObject *arg) { return size_op(op, arg, "Resize", vb_points_resize); }
static PyObject *p_reserve(PyObject *op, PyObject *arg) { return size_op(op, arg, "Reserve", vb_points_reserve); }
static PyObject *p_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_reset(PTS(op))); }
static PyObject *p_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_points_get_actual_memory_size(PTS(op))); }

#define SET_TYPE_TO(NAME, T) \
  static PyObject *p_set_##NAME(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_set_data_type(PTS(op), T)); }
SET_TYPE_TO(bit, VB_BIT)
SET_TYPE_TO(char, VB_CHAR)
SET_TYPE_TO(uchar, VB_UNSIGNED_CHAR)
SET_TYPE_TO(short, VB_SHORT)
SET_TYPE_TO(ushort, VB_UNSIGNED_SHORT)
SET_TYPE_TO(int, VB_INT)
SET_TYPE_TO(uint, VB_UNSIGNED_INT)
SET_TYPE_TO(long, VB_LONG)
SET_TYPE_TO(ulong, VB_UNSIGNED_LONG)
static PyObject *p_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_squeeze(PTS(op))); }
static PyObject *p_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_points_initialize(PTS(op))); }

static vbpy_method points_methods[] = {
  {"GetNumberOfPoints", p_get_npoints, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfPoints", p_set_npoints, METH_O, VBPY_DOC("SetNumberOfPoints(n): new points are zero")},
  {"Allocate", VBPY_FC(p_allocate), VBPY_DOC("Allocate(n): room for n points, none in use")},
  {"InsertNextPoint", VBPY_FC(p_insert_next), VBPY_DOC("InsertNextPoint(x, y, z | seq) -> point id")},
  {"InsertPoint", VBPY_FC(p_insert), VBPY_DOC("InsertPoint(id, x, y, z | seq): grows as needed")},
  {"SetPoint", VBPY_FC(p_set), VBPY_DOC("SetPoint(id, x, y, z | seq)")},
  {"GetPoint", VBPY_FC(p_get), VBPY_DOC("GetPoint(id) -> (x, y, z); GetPoint(id, out)")},
  {"GetData", p_get_data, METH_NOARGS, VBPY_DOC("the coordinate vtkDataArray (3 components)")},
  {"SetData", p_set_data, METH_O, VBPY_DOC("SetData(array): use a 3-component array as the coordinates")},
  {"GetDataType", p_get_type, METH_NOARGS, VBPY_DOC("")},
  {"SetDataType", p_set_type, METH_O, VBPY_DOC("SetDataType(VTK_FLOAT | VTK_DOUBLE | ...)")},
  {"SetDataTypeToFloat", p_set_float, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToDouble", p_set_double, METH_NOARGS, VBPY_DOC("")},
  {"GetBounds", VBPY_FC(p_bounds), VBPY_DOC("GetBounds() -> (xmin, xmax, ymin, ymax, zmin, zmax); GetBounds(out)")},
  {"ComputeBounds", p_compute_bounds, METH_NOARGS, VBPY_DOC("")},
  {"DeepCopy", p_deep, METH_O, VBPY_DOC("DeepCopy(points): their coordinates, in this data type")},
  {"ShallowCopy", p_shallow, METH_O, VBPY_DOC("ShallowCopy(points): share their data array")},
  {"InsertPoints", VBPY_FC(p_insert_points), VBPY_DOC("InsertPoints(dstIds, srcIds, source) / (dstStart, n, srcStart, source)")},
  {"GetPoints", VBPY_FC(p_get_points), VBPY_DOC("GetPoints(ptIds, outPoints)")},
  {"Resize", p_resize, METH_O, VBPY_DOC("Resize(n) -> 1")},
  {"Reserve", p_reserve, METH_O, VBPY_DOC("Reserve(n) -> 1")},
  {"Reset", p_reset, METH_NOARGS, VBPY_DOC("no points, storage kept")},
  {"GetActualMemorySize", p_memory, METH_NOARGS, VBPY_DOC("KiB")},
  {"SetDataTypeToBit", p_set_bit, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToChar", p_set_char, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToUnsignedChar", p_set_uchar, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToShort", p_set_short, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToUnsignedShort", p_set_ushort, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToInt", p_set_int, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToUnsignedInt", p_set_uint, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToLong", p_set_long, METH_NOARGS, VBPY_DOC("")},
  {"SetDataTypeToUnsignedLong", p_set_ulong, METH_NOARGS, VBPY_DOC("")},
  {"Squeeze", p_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"Initialize", p_initialize, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbPoints_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkPoints",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkPoints: point coordinates in a 3-component data array (float by default)."),
  .tp_methods = VBPY_METHODS(points_methods),
  .tp_getset = VBPY_GETSETS(points_props),
  .tp_repr = points_repr,
  .tp_as_mapping = &points_as_mapping,
  .tp_init = points_init,
  .tp_new = points_new,
};

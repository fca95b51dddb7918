/* vbpy_sphere.c - vtkSphereSource: Python face of vb_sphere_source
 * (src/vb_sphere.h).  Parameters are C doubles/ints; the core refuses
 * non-finite values (VB_EDOMAIN: ValueError). */
#include "vbpy_types.h"

#define SPH(op) vb_sphere_source_from_object(VBPY_OBJ(op))

/* vtkSphereSource(radius=..., ...): VTK 9.7's keyword properties (tp_init of
 * vtkObject); positional arguments are ignored, as VTK does */
static PyObject *sphere_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_sphere_source_object(vb_sphere_source_new()), cls);
}

#define S_DOUBLE(NAME, fn)                                                         \
  static PyObject *s_set_##NAME(PyObject *op, PyObject *arg) {                    \
    double v;                                                                     \
    if (vbpy_real_arg("Set" #NAME, arg, &v) < 0) return NULL;                          \
    VBPY_RETURN_NONE(vb_sphere_source_set_##fn(SPH(op), v));                              \
  }                                                                               \
  static PyObject *s_get_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    return PyFloat_FromDouble(vb_sphere_source_get_##fn(SPH(op)));                \
  }
#define S_INT(NAME, fn)                                                            \
  static PyObject *s_set_##NAME(PyObject *op, PyObject *arg) {                    \
    int v;                                                                        \
    if (vbpy_int_arg("Set" #NAME, arg, &v) < 0) return NULL;                           \
    VBPY_RETURN_NONE(vb_sphere_source_set_##fn(SPH(op), v));                              \
  }                                                                               \
  static PyObject *s_get_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    return PyLong_FromLong(vb_sphere_source_get_##fn(SPH(op)));                   \
  }
#define S_BOOL(NAME, fn)                                                           \
  S_INT(NAME, fn)                                                                 \
  static PyObject *s_on_##NAME(PyObject *op, PyObject *u) {                       \
    (void)u;                                                                      \
    VBPY_RETURN_NONE(vb_sphere_source_set_##fn(SPH(op), 1));                              \
  }                                                                               \
  static PyObject *s_off_##NAME(PyObject *op, PyObject *u) {                      \
    (void)u;                                                                      \
    VBPY_RETURN_NONE(vb_sphere_source_set_##fn(SPH(op), 0));                              \
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
  {"Set" #NAME, s_set_##NAME, METH_O, VBPY_DOC("Set" #NAME "(value)")}, \
  {"Get" #NAME, s_get_##NAME, METH_NOARGS, VBPY_DOC("")},
#define S_BOOL_DEFS(NAME)                                     \
  S_DEFS(NAME)                                                \
  {#NAME "On", s_on_##NAME, METH_NOARGS, VBPY_DOC("")},                 \
  {#NAME "Off", s_off_##NAME, METH_NOARGS, VBPY_DOC("")},

static PyObject *s_set_center(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double c[3];
  if (vbpy_xyz_args("SetCenter", args, n, c) < 0) return NULL;
  VBPY_RETURN_NONE(vb_sphere_source_set_center(SPH(op), c[0], c[1], c[2]));
}

static PyObject *s_get_center(PyObject *op, PyObject *u) {
  (void)u;
  double c[3];
  int s = vb_sphere_source_get_center(SPH(op), c);
  if (s < 0) return vbpy_error(s);
  return vbpy_tuple_d(c, 3);
}

static PyObject *s_update(PyObject *op, PyObject *u) {
  (void)u;
  VBPY_RETURN_NONE(vb_sphere_source_update(SPH(op)));
}

static PyObject *s_output(PyObject *op, PyObject *args) {
  if (PyTuple_GET_SIZE(args) > 1) {
    PyErr_SetString(PyExc_TypeError, "GetOutput() takes at most 1 argument (port 0)");
    return NULL;
  }
  if (PyTuple_GET_SIZE(args) == 1) {
    int64_t port;
    if (vbpy_index_arg("GetOutput", PyTuple_GET_ITEM(args, 0), &port) < 0) return NULL;
    if (port != 0) Py_RETURN_NONE; /* VTK: no such output port */
  }
  return vbpy_wrap(vb_polydata_object(vb_sphere_source_get_output(SPH(op))), NULL);
}

static vbpy_method sphere_methods[] = {
  S_DEFS(Radius) S_DEFS(StartTheta) S_DEFS(EndTheta) S_DEFS(StartPhi) S_DEFS(EndPhi)
  S_DEFS(ThetaResolution) S_DEFS(PhiResolution) S_DEFS(OutputPointsPrecision)
  S_BOOL_DEFS(LatLongTessellation) S_BOOL_DEFS(GenerateNormals)
  {"SetCenter", VBPY_FC(s_set_center), VBPY_DOC("SetCenter(x, y, z | seq)")},
  {"GetCenter", s_get_center, METH_NOARGS, VBPY_DOC("(x, y, z)")},
  {"Update", s_update, METH_NOARGS, VBPY_DOC("generate the output if a parameter changed")},
  {"GetOutput", s_output, METH_VARARGS, VBPY_DOC("the output vtkPolyData (same object across updates)")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbSphere_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkSphereSource",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkSphereSource: a polygonal sphere, VTK 9.7's parameters, defaults and output."),
  .tp_methods = VBPY_METHODS(sphere_methods),
  .tp_new = sphere_new,
};

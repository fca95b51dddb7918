/* vbpy_implicit.c - vtkImplicitArray: the Python face of vb_implicit.h, the
 * base of vtkConstantArray[...], vtkAffineArray[...] and
 * vtkStructuredPointArray[...] (vtkbuf/_templates.py).  No buffer protocol:
 * there is no storage (NumPy goes through the mixins' __array__). */
#include "vbpy_types.h"

#define ARR(op) VBPY_ARR(op)

static int seq_d(const char *fn, PyObject *o, double *out, Py_ssize_t n) {
  PyObject *f = PySequence_Fast(o, "expected a sequence");
  if (!f) return -1;
  int ok = PySequence_Fast_GET_SIZE(f) == n;
  for (Py_ssize_t i = 0; ok && i < n; i++) ok = vbpy_real_arg(fn, PySequence_Fast_GET_ITEM(f, i), &out[i]) == 0;
  Py_DECREF(f);
  if (!ok && !PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %zd numbers", fn, n);
  return ok ? 0 : -1;
}

/* ConstructBackend(value) | (slope, intercept) | (x, y, z, extent, dataDescription[, dirMatrix]) */
static PyObject *im_construct(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  vb_array *a = ARR(op);
  double p[9], org[3] = {0, 0, 0};
  int layout = vb_array_layout(a), st;
  if (layout == VB_LAYOUT_CONSTANT || layout == VB_LAYOUT_AFFINE) {
    Py_ssize_t want = layout == VB_LAYOUT_CONSTANT ? 1 : 2;
    if (vbpy_nargs("ConstructBackend", nargs, want, want) < 0) return NULL;
    for (Py_ssize_t i = 0; i < want; i++)
      if (vbpy_real_arg("ConstructBackend", args[i], &p[i]) < 0) return NULL;
    st = want == 1 ? vb_constant_array_construct_backend(a, p[0]) : vb_affine_array_construct_backend(a, p[0], p[1]);
    return vbpy_done(vbpy_status(st, Py_NewRef(Py_None)));
  }
  if (vbpy_nargs("ConstructBackend", nargs, 5, 7) < 0) return NULL;
  vb_array *xyz[3];
  double e[6];
  int ext[6], ddesc;
  for (int c = 0; c < 3; c++)
    if (!(xyz[c] = vbpy_array_arg("ConstructBackend", args[c], 1, NULL)) && PyErr_Occurred()) return NULL;
  if (seq_d("ConstructBackend", args[3], e, 6) < 0 || vbpy_int_arg("ConstructBackend", args[4], &ddesc) < 0) return NULL;
  for (int k = 0; k < 6; k++) {
    if (e[k] != (int)e[k]) return PyErr_Format(PyExc_TypeError, "ConstructBackend(): the extent takes integers");
    ext[k] = (int)e[k];
  }
  if (nargs >= 6 && seq_d("ConstructBackend", args[5], p, 9) < 0) return NULL;
  if (nargs == 7 && seq_d("ConstructBackend", args[6], org, 3) < 0) return NULL; /* vtkbuf: the origin */
  st = vb_structured_point_array_construct_backend(a, xyz[0], xyz[1], xyz[2], ext, nargs >= 6 ? p : NULL,
                                                   nargs == 7 ? org : NULL);
  return vbpy_done(vbpy_status(st, Py_NewRef(Py_None)));
}

/* a backend parameter as VTK's ValueType: int for integer arrays */
static PyObject *param(PyObject *op, double v) {
  return vb_type_is_integer(vb_array_type(ARR(op))) ? PyLong_FromDouble(v) : PyFloat_FromDouble(v);
}
static PyObject *im_value(PyObject *op, PyObject *u) { (void)u; return param(op, vb_constant_array_get_constant_value(ARR(op))); }
static PyObject *im_slope(PyObject *op, PyObject *u) { (void)u; return param(op, vb_affine_array_get_slope(ARR(op))); }
static PyObject *im_intercept(PyObject *op, PyObject *u) { (void)u; return param(op, vb_affine_array_get_intercept(ARR(op))); }

static PyObject *coords(PyObject *op, int axis) {
  vb_array *c = vb_structured_point_array_get_coordinates(ARR(op), axis);
  return c ? vbpy_wrap(vb_array_object(c), NULL) : Py_NewRef(Py_None);
}
static PyObject *im_x(PyObject *op, PyObject *u) { (void)u; return coords(op, 0); }
static PyObject *im_y(PyObject *op, PyObject *u) { (void)u; return coords(op, 1); }
static PyObject *im_z(PyObject *op, PyObject *u) { (void)u; return coords(op, 2); }
static PyObject *im_uses_dir(PyObject *op, PyObject *u) {
  (void)u;
  return PyBool_FromLong(vb_structured_point_array_get_uses_direction_matrix(ARR(op)));
}

static PyObject *im_extent(PyObject *op, PyObject *u) {
  (void)u;
  int e[6];
  if (vb_structured_point_array_get_extent(ARR(op), e) < 0) return vbpy_error(vb_last_status());
  return Py_BuildValue("(iiiiii)", e[0], e[1], e[2], e[3], e[4], e[5]);
}

static vbpy_method implicit_methods[] = {
  {"_extent", im_extent, METH_NOARGS, VBPY_DOC("vtkStructuredPointArray: its extent")},
  {"ConstructBackend", (PyCFunction)(void (*)(void))im_construct, METH_FASTCALL,
   VBPY_DOC("ConstructBackend(value) | (slope, intercept) | (x, y, z, extent, dataDescription[, dirMatrix])")},
  {"GetConstantValue", im_value, METH_NOARGS, VBPY_DOC("vtkConstantArray: the value")},
  {"GetSlope", im_slope, METH_NOARGS, VBPY_DOC("vtkAffineArray: the slope")},
  {"GetIntercept", im_intercept, METH_NOARGS, VBPY_DOC("vtkAffineArray: the intercept")},
  {"GetXCoordinates", im_x, METH_NOARGS, VBPY_DOC("vtkStructuredPointArray: the x coordinates")},
  {"GetYCoordinates", im_y, METH_NOARGS, VBPY_DOC("vtkStructuredPointArray: the y coordinates")},
  {"GetZCoordinates", im_z, METH_NOARGS, VBPY_DOC("vtkStructuredPointArray: the z coordinates")},
  {"GetUsesDirectionMatrix", im_uses_dir, METH_NOARGS, VBPY_DOC("vtkStructuredPointArray: a direction matrix applies")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbImplicitArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkImplicitArray",
  .tp_basicsize = sizeof(VbArrayObject),
  .tp_dealloc = vbpy_array_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  .tp_traverse = vbpy_array_traverse,
  .tp_clear = vbpy_array_clear,
  .tp_doc = VBPY_DOC("VTK's implicit arrays (constant, affine, structured point): values computed, none stored."),
  .tp_methods = VBPY_METHODS(implicit_methods),
};

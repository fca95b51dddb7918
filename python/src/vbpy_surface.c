/* vbpy_surface.c - vtkGeometryFilter / vtkDataSetSurfaceFilter: Python face
 * of vb_surface_filter (src/vb_surface.h); no pipeline: SetInputData, Update,
 * GetOutput.  The PassThrough* names are made by python/vtkbuf/_surface.py. */
#include "vbpy_types.h"

#define SF(op) vb_surface_filter_from_object(VBPY_OBJ(op))

static PyObject *gf_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_surface_filter_object(vb_surface_filter_new(PyType_IsSubtype(cls, &VbDataSetSurfaceFilter_Type))),
                       cls);
}

static PyObject *sf_set_input(PyObject *op, PyObject *arg) {
  vb_data_object *d = arg == Py_None ? NULL : vbpy_data_object_arg("SetInputData", arg);
  if (!d && arg != Py_None) return NULL;
  VBPY_RETURN_NONE(vb_surface_filter_set_input(SF(op), d));
}

static PyObject *sf_get_input(PyObject *op, PyObject *u) {
  (void)u;
  vb_data_object *d = vb_surface_filter_get_input(SF(op));
  if (!d) Py_RETURN_NONE;
  return vbpy_wrap(vb_data_object_object(d), NULL);
}

/* _pass(which[, on]): PassThroughPointIds (0) / PassThroughCellIds (1) */
static PyObject *sf_pass(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int which, on;
  if (vbpy_nargs("_pass", n, 1, 2) < 0 || vbpy_int_arg("_pass", args[0], &which) < 0) return NULL;
  if (n == 1) return PyLong_FromLong(vb_surface_filter_get_pass_ids(SF(op), which));
  if (vbpy_bool_arg("Set", args[1], &on) < 0) return NULL;
  VBPY_RETURN_NONE(vb_surface_filter_set_pass_ids(SF(op), which, on));
}

static PyObject *sf_update(PyObject *op, PyObject *u) {
  (void)u;
  VBPY_RETURN_NONE(vb_surface_filter_update(SF(op)));
}

static PyObject *sf_output(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_polydata_object(vb_surface_filter_get_output(SF(op))), NULL);
}

static PyMethodDef sf_methods[] = {
  {"SetInputData", sf_set_input, METH_O, VBPY_DOC("the data set whose surface Update() extracts")},
  {"GetInput", sf_get_input, METH_NOARGS, VBPY_DOC("")},
  {"_pass", VBPY_FC(sf_pass), VBPY_DOC("_pass(which[, on])")},
  {"Update", sf_update, METH_NOARGS, VBPY_DOC("extract the surface of the input")},
  {"GetOutput", sf_output, METH_NOARGS, VBPY_DOC("the output vtkPolyData (same object across updates)")},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbGeometryFilter_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkGeometryFilter",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkGeometryFilter: the outer surface of a data set as vtkPolyData."),
  .tp_methods = sf_methods,
  .tp_new = gf_new,
};

PyTypeObject VbDataSetSurfaceFilter_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataSetSurfaceFilter",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkDataSetSurfaceFilter: the outer surface of a data set as vtkPolyData."),
  .tp_methods = sf_methods,
  .tp_new = gf_new,
};

/* vbpy_module.c - the _vtkbuf module: status -> exception (the one mapping),
 * the core's type table for vtkbuf/_templates.py and numpy_support, the
 * VTK_* constants, ABI self-check. */
#include "vbpy.h"

PyObject *vbpy_error(int status) {
  vbpy_drop_pending();
  const char *msg = vb_last_error();
  if (!msg || !*msg) msg = vb_strerror(status);
  PyObject *exc;
  switch (status) {
  case VB_ENOMEM: exc = PyExc_MemoryError; break;
  case VB_EINVAL: exc = PyExc_ValueError; break;
  case VB_ERANGE: exc = PyExc_IndexError; break;
  case VB_EOVERFLOW: exc = PyExc_ValueError; break;
  case VB_ETYPE: exc = PyExc_TypeError; break;
  case VB_ESTATE: exc = PyExc_RuntimeError; break;
  case VB_EDOMAIN: exc = PyExc_ValueError; break;
  case VB_ENOFIT: exc = PyExc_OverflowError; break;
  default: exc = PyExc_SystemError; break; /* not a vb_status: a bug */
  }
  PyErr_SetString(exc, msg);
  return NULL;
}

PyObject *vbpy_status(int status, PyObject *result) {
  if (status < 0) {
    Py_XDECREF(result);
    return vbpy_error(status);
  }
  return vbpy_done(result);
}

/* _type_table(): the core's type table (vb_type_at), one dict per row, in
 * table order.  Every Python-side type map is built from it. */
static PyObject *type_table(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  int n = vb_type_count();
  PyObject *t = PyTuple_New(n);
  for (int k = 0; t && k < n; k++) {
    const vb_type_info *r = vb_type_at(k);
    PyObject *row = Py_BuildValue(
        "{s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:n,s:O,s:O,s:O,s:d,s:d}", "id", r->id, "vtk_name",
        r->vtk_name, "c_name", r->c_name, "key", r->key, "dtype", r->dtype, "format", r->format,
        "aos_class", r->aos_class, "size", (Py_ssize_t)r->size, "is_integer",
        r->is_integer ? Py_True : Py_False, "is_signed", r->is_signed ? Py_True : Py_False,
        "dtype_default", r->dtype_default ? Py_True : Py_False, "min", r->min, "max", r->max);
    if (!row) Py_CLEAR(t);
    else PyTuple_SET_ITEM(t, k, row);
  }
  return t;
}

/* _type_from_key(str) -> type id, VTK_VOID (0) when the core knows no such key */
static PyObject *type_from_key(PyObject *self, PyObject *arg) {
  (void)self;
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "_type_from_key(): expected str, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *k = PyUnicode_AsUTF8(arg);
  return k ? PyLong_FromLong(vb_type_from_key(k)) : NULL;
}

/* Sizes the interpreter and this module must agree on (checked by the tests,
 * inside Pyodide too: catches a wrong wasm32 pyconfig.h). */
static PyObject *abi_sizes(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return Py_BuildValue("{s:n,s:n,s:n,s:n,s:n,s:n}", "PyObject", (Py_ssize_t)sizeof(PyObject),
                       "PyHeapTypeObject", (Py_ssize_t)sizeof(PyHeapTypeObject), "Py_buffer",
                       (Py_ssize_t)sizeof(Py_buffer), "long", (Py_ssize_t)sizeof(long), "void_p",
                       (Py_ssize_t)sizeof(void *), "size_t", (Py_ssize_t)sizeof(size_t));
}

static PyObject *live_blocks(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return PyLong_FromLong(vb_block_live_count());
}

static PyObject *live_objects(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return PyLong_FromLong(vb_object_live_count());
}

static PyMethodDef methods[] = {
  {"_type_table", type_table, METH_NOARGS, "the core's scalar type table: a tuple of dicts"},
  {"_type_from_key", type_from_key, METH_O, "type id of a template key (str); 0 if unknown"},
  {"_abi_sizes", abi_sizes, METH_NOARGS, "sizeof() of core CPython structs as compiled into this module"},
  {"_live_blocks", live_blocks, METH_NOARGS, "number of memory blocks alive in the C core"},
  {"_live_objects", live_objects, METH_NOARGS, "number of core objects (arrays, buffers, ...) alive"},
  {NULL, NULL, 0, NULL},
};

int vbpy_add_type(PyObject *module, PyTypeObject *tp, PyTypeObject *base, const char *name) {
  tp->tp_base = base ? base : &VbObject_Type;
  if (PyType_Ready(tp) < 0) return -1;
  return PyModule_AddObjectRef(module, name, (PyObject *)tp);
}

static int exec_module(PyObject *m) {
  if (PyModule_AddIntConstant(m, "VTK_VOID", VB_VOID) < 0 ||
      PyModule_AddIntConstant(m, "VTK_BIT", VB_BIT) < 0) /* vtkBitArray: no table row */
    return -1;
  for (int k = 0; k < vb_type_count(); k++)
    if (PyModule_AddIntConstant(m, vb_type_at(k)->vtk_name, vb_type_at(k)->id) < 0) return -1;
  if (PyModule_AddIntConstant(m, "LAYOUT_AOS", VB_LAYOUT_AOS) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SOA", VB_LAYOUT_SOA) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SCALED_SOA", VB_LAYOUT_SCALED_SOA) < 0 ||
      PyModule_AddIntConstant(m, "SINGLE_PRECISION", VB_SINGLE_PRECISION) < 0 ||
      PyModule_AddIntConstant(m, "DOUBLE_PRECISION", VB_DOUBLE_PRECISION) < 0 ||
      PyModule_AddIntConstant(m, "DEFAULT_PRECISION", VB_DEFAULT_PRECISION) < 0)
    return -1;
  if (PyModule_AddFunctions(m, vbpy_view_module_methods) < 0) return -1;
  if (vbpy_blockref_init_type(m) < 0 || vbpy_object_init_type(m) < 0 ||
      vbpy_buffer_init_type(m) < 0 || vbpy_array_init_type(m) < 0 || vbpy_points_init_type(m) < 0 ||
      vbpy_cell_array_init_type(m) < 0 || vbpy_attributes_init_types(m) < 0 ||
      vbpy_polydata_init_type(m) < 0 || vbpy_sphere_init_type(m) < 0 ||
      vbpy_objects_init_types(m) < 0)
    return -1;
#ifdef __EMSCRIPTEN__
  if (PyModule_AddFunctions(m, vbpy_js_methods) < 0) return -1;
#endif
  return 0;
}

static PyModuleDef_Slot slots[] = {
  {Py_mod_exec, (void *)exec_module},
  {0, NULL},
};

static struct PyModuleDef moduledef = {
  PyModuleDef_HEAD_INIT, "_vtkbuf", "vtkbuf C core bindings", 0, methods, slots, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__vtkbuf(void);
PyMODINIT_FUNC PyInit__vtkbuf(void) { return PyModuleDef_Init(&moduledef); }

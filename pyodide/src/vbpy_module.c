/* vbpy_module.c - the _vtkbuf module: error mapping, type ids, ABI self-check. */
#include "vbpy.h"

PyObject *vbpy_error(int status) {
  vbpy_drop_pending();
  const char *msg = vb_last_error();
  if (!msg || !*msg) msg = vb_strerror(status);
  PyObject *exc;
  switch (status) {
  case VB_ENOMEM: exc = PyExc_MemoryError; break;
  case VB_ERANGE: exc = PyExc_IndexError; break;
  case VB_ETYPE: exc = PyExc_TypeError; break;
  case VB_ESTATE: exc = PyExc_RuntimeError; break;
  default: exc = PyExc_ValueError; break; /* VB_EINVAL, VB_EOVERFLOW */
  }
  PyErr_SetString(exc, msg);
  return NULL;
}

int vbpy_count_arg(PyObject *arg, int64_t *n) {
  if (!PyIndex_Check(arg) || PyFloat_Check(arg) || PyBool_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "expected an integer count, got %.100s", Py_TYPE(arg)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(arg);
  if (v == -1 && PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      PyErr_SetString(PyExc_ValueError, "count too large");
    }
    return -1;
  }
  if (v < 0) {
    PyErr_Format(PyExc_ValueError, "count must not be negative, got %lld", v);
    return -1;
  }
  *n = (int64_t)v;
  return 0;
}

/* Sizes the interpreter and this module must agree on (checked by the tests,
 * inside Pyodide too: catches a wrong wasm32 pyconfig.h). */
static PyObject *abi_sizes(PyObject *self, PyObject *unused) {
  (void)self; (void)unused;
  return Py_BuildValue("{s:n,s:n,s:n,s:n,s:n,s:n}",
                       "PyObject", (Py_ssize_t)sizeof(PyObject),
                       "PyHeapTypeObject", (Py_ssize_t)sizeof(PyHeapTypeObject),
                       "Py_buffer", (Py_ssize_t)sizeof(Py_buffer),
                       "long", (Py_ssize_t)sizeof(long),
                       "void_p", (Py_ssize_t)sizeof(void *),
                       "size_t", (Py_ssize_t)sizeof(size_t));
}

static PyObject *live_blocks(PyObject *self, PyObject *unused) {
  (void)self; (void)unused;
  return PyLong_FromLong(vb_block_live_count());
}

static PyMethodDef methods[] = {
  {"_abi_sizes", abi_sizes, METH_NOARGS, "sizeof() of core CPython structs as compiled into this module"},
  {"_live_blocks", live_blocks, METH_NOARGS, "number of memory blocks alive in the C core"},
  {NULL, NULL, 0, NULL},
};

static int exec_module(PyObject *m) {
  static const struct { const char *name; int id; } types[] = {
    {"VTK_VOID", VB_VOID}, {"VTK_CHAR", VB_CHAR}, {"VTK_SIGNED_CHAR", VB_SIGNED_CHAR},
    {"VTK_UNSIGNED_CHAR", VB_UNSIGNED_CHAR}, {"VTK_SHORT", VB_SHORT},
    {"VTK_UNSIGNED_SHORT", VB_UNSIGNED_SHORT}, {"VTK_INT", VB_INT},
    {"VTK_UNSIGNED_INT", VB_UNSIGNED_INT}, {"VTK_LONG", VB_LONG},
    {"VTK_UNSIGNED_LONG", VB_UNSIGNED_LONG}, {"VTK_LONG_LONG", VB_LONG_LONG},
    {"VTK_UNSIGNED_LONG_LONG", VB_UNSIGNED_LONG_LONG}, {"VTK_FLOAT", VB_FLOAT},
    {"VTK_DOUBLE", VB_DOUBLE}, {"VTK_ID_TYPE", VB_ID_TYPE},
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (PyModule_AddIntConstant(m, types[i].name, types[i].id) < 0) return -1;
  if (PyModule_AddIntConstant(m, "LAYOUT_AOS", VB_LAYOUT_AOS) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SOA", VB_LAYOUT_SOA) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SCALED_SOA", VB_LAYOUT_SCALED_SOA) < 0)
    return -1;
  if (vbpy_blockref_init_type(m) < 0 || vbpy_object_init_type(m) < 0 ||
      vbpy_buffer_init_type(m) < 0 || vbpy_array_init_type(m) < 0 ||
      vbpy_dataobject_init_types(m) < 0)
    return -1;
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

/* vbpy_buffer.c - vtkAbstractBuffer: Python face of vb_buffer.
 *
 * Concrete classes (vtkBuffer['float64'], ...) are Python subclasses that set
 * the class attribute _vb_type (a VTK type id); see vtkbuf/_templates.py.
 */
#include "vbpy.h"

static int class_type_id(PyTypeObject *cls) {
  PyObject *t = PyObject_GetAttrString((PyObject *)cls, "_vb_type");
  if (!t) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s is abstract: use vtkBuffer[dtype], e.g. vtkBuffer['float64']",
                 cls->tp_name);
    return -1;
  }
  long id = PyLong_AsLong(t);
  Py_DECREF(t);
  if (id == -1 && PyErr_Occurred()) return -1;
  return (int)id;
}

PyObject *vbpy_buffer_wrap(PyTypeObject *cls, vb_buffer *b) {
  VbBufferObject *self = (VbBufferObject *)cls->tp_alloc(cls, 0);
  if (!self) return NULL;
  vb_buffer_retain(b);
  self->buf = b;
  return (PyObject *)self;
}

static PyObject *buffer_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) != 0 || (kwds && PyDict_GET_SIZE(kwds) != 0)) {
    PyErr_Format(PyExc_TypeError, "%s() takes no arguments", cls->tp_name);
    return NULL;
  }
  int id = class_type_id(cls);
  if (id < 0) return NULL;
  vb_buffer *b = vb_buffer_new(id);
  if (!b) return vbpy_error(vb_last_status());
  PyObject *self = vbpy_buffer_wrap(cls, b);
  vb_buffer_release(b);
  return self;
}

static void buffer_dealloc(PyObject *op) {
  VbBufferObject *self = (VbBufferObject *)op;
  if (self->weakrefs) PyObject_ClearWeakRefs(op);
  vb_buffer_release(self->buf);
  Py_TYPE(op)->tp_free(op);
}

/* Parse one non-negative element count. */
static int count_arg(PyObject *arg, int64_t *n) {
  if (!PyIndex_Check(arg)) {
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
  *n = (int64_t)v;
  return 0;
}

static PyObject *buffer_allocate(PyObject *op, PyObject *arg) {
  int64_t n;
  if (count_arg(arg, &n) < 0) return NULL;
  int s = vb_buffer_allocate(((VbBufferObject *)op)->buf, n);
  if (s < 0) return vbpy_error(s);
  Py_RETURN_TRUE;
}

static PyObject *buffer_reallocate(PyObject *op, PyObject *arg) {
  int64_t n;
  if (count_arg(arg, &n) < 0) return NULL;
  int s = vb_buffer_reallocate(((VbBufferObject *)op)->buf, n);
  if (s < 0) return vbpy_error(s);
  Py_RETURN_TRUE;
}

static PyObject *buffer_count(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLongLong(vb_buffer_count(((VbBufferObject *)op)->buf));
}

static PyObject *buffer_type(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLong(vb_buffer_type(((VbBufferObject *)op)->buf));
}

static PyObject *buffer_type_size(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromSize_t(vb_buffer_elem_size(((VbBufferObject *)op)->buf));
}

static PyObject *buffer_void(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromVoidPtr(vb_buffer_data(((VbBufferObject *)op)->buf));
}

static int buffer_getbuffer(PyObject *op, Py_buffer *view, int flags) {
  vb_buffer *b = ((VbBufferObject *)op)->buf;
  int64_t n = vb_buffer_count(b);
  if (n > PY_SSIZE_T_MAX) {
    view->obj = NULL;
    PyErr_SetString(PyExc_BufferError, "buffer too large to export");
    return -1;
  }
  return vbpy_export(view, flags, vb_buffer_block(b), vb_buffer_data(b), vb_buffer_type(b),
                     (Py_ssize_t)n, 1, 1);
}

static PyBufferProcs buffer_as_buffer = {
  .bf_getbuffer = buffer_getbuffer,
  .bf_releasebuffer = NULL, /* the BlockRef in view->obj does the releasing */
};

static PyMethodDef buffer_methods[] = {
  {"Allocate", buffer_allocate, METH_O, "Allocate(n): n zeroed elements; old contents dropped"},
  {"Reallocate", buffer_reallocate, METH_O, "Reallocate(n): keep min(old, n) elements"},
  {"GetNumberOfElements", buffer_count, METH_NOARGS, "capacity in elements"},
  {"GetSize", buffer_count, METH_NOARGS, "capacity in elements (same as GetNumberOfElements)"},
  {"GetDataType", buffer_type, METH_NOARGS, "VTK type id (VTK_DOUBLE = 11, ...)"},
  {"GetDataTypeSize", buffer_type_size, METH_NOARGS, "bytes per element"},
  {"GetVoidBuffer", buffer_void, METH_NOARGS, "address of the first element (int); 0 when empty"},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbBuffer_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkAbstractBuffer",
  .tp_basicsize = sizeof(VbBufferObject),
  .tp_dealloc = buffer_dealloc,
  .tp_as_buffer = &buffer_as_buffer,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "Typed contiguous memory (VTK's vtkAbstractBuffer); supports the buffer protocol.",
  .tp_weaklistoffset = offsetof(VbBufferObject, weakrefs),
  .tp_methods = buffer_methods,
  .tp_new = buffer_new,
};

int vbpy_buffer_init_type(PyObject *module) {
  if (PyType_Ready(&VbBuffer_Type) < 0) return -1;
  return PyModule_AddObjectRef(module, "vtkAbstractBuffer", (PyObject *)&VbBuffer_Type);
}

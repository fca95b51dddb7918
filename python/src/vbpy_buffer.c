/* vbpy_buffer.c - vtkAbstractBuffer: Python face of vb_buffer.
 *
 * Concrete classes (vtkBuffer['float64'], ...) are Python subclasses that set
 * the class attribute _vb_type (a VTK type id); see vtkbuf/_templates.py.
 * Exports: the buffer protocol (1-D, capacity long), __array_interface__
 * (whose `data` is a memoryview holding the block) and __dlpack__.
 */
#include "vbpy_types.h"

static PyObject *buffer_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  int id = vbpy_class_type(cls, "vtkBuffer['float64']");
  if (id < 0) return NULL;
  vb_buffer *b = vb_buffer_new(id);
  return vbpy_wrap_new(vb_buffer_object(b), cls);
}

static PyObject *buffer_allocate(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("Allocate", arg, &n) < 0) return NULL;
  return vbpy_status(vb_buffer_allocate(VBPY_BUF(op), n), Py_NewRef(Py_True));
}

static PyObject *buffer_reallocate(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("Reallocate", arg, &n) < 0) return NULL;
  return vbpy_status(vb_buffer_reallocate(VBPY_BUF(op), n), Py_NewRef(Py_True));
}

static PyObject *buffer_count(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLongLong(vb_buffer_count(VBPY_BUF(op)));
}

static PyObject *buffer_type(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLong(vb_buffer_type(VBPY_BUF(op)));
}

static PyObject *buffer_type_size(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromSize_t(vb_buffer_elem_size(VBPY_BUF(op)));
}

static PyObject *buffer_void(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromVoidPtr(vb_buffer_data(VBPY_BUF(op)));
}

static int buffer_getbuffer(PyObject *op, Py_buffer *view, int flags) {
  vb_view v;
  vb_view_of(VBPY_OBJ(op), -1, &v); /* a buffer always has its view */
  if (v.count > PY_SSIZE_T_MAX) {
    view->obj = NULL;
    PyErr_SetString(PyExc_BufferError, "buffer too large to export");
    return -1;
  }
  return vbpy_export(view, flags, v.block, v.data, v.type, (Py_ssize_t)v.count, 1, 1, NULL);
}

static PyBufferProcs buffer_as_buffer = {
  .bf_getbuffer = buffer_getbuffer,
  .bf_releasebuffer = NULL, /* the BlockRef in view->obj does the releasing */
};

/* __array_interface__: version 3, `data` is a memoryview of the buffer, so a
 * consumer (numpy) holds the current block, not just a raw address. */
static PyObject *buffer_array_interface(PyObject *op, void *closure) {
  (void)closure;
  vb_buffer *b = VBPY_BUF(op);
  const vb_type_info *t = vb_type_info_of(vb_buffer_type(b));
  char typestr[8];
  int kind = t->is_integer ? (t->is_signed ? 'i' : 'u') : 'f';
  int little = 1;
  PyOS_snprintf(typestr, sizeof typestr, "%c%c%zu", t->size == 1 ? '|' : (*(char *)&little ? '<' : '>'),
                kind, t->size);
  PyObject *mv = PyMemoryView_FromObject(op);
  if (!mv) return NULL;
  return Py_BuildValue("{s:(L),s:s,s:N,s:i,s:O}", "shape", (long long)vb_buffer_count(b),
                       "typestr", typestr, "data", mv, "version", 3, "strides", Py_None);
}

static PyObject *buffer_dlpack(PyObject *op, PyObject *const *args, Py_ssize_t nargs,
                               PyObject *kwnames) {
  vb_view v;
  vb_view_of(VBPY_OBJ(op), -1, &v);
  return vbpy_dlpack(v.block, v.data, v.type, v.count, args, nargs, kwnames);
}

static PyObject *buffer_dlpack_device(PyObject *op, PyObject *unused) {
  (void)op; (void)unused;
  return Py_BuildValue("(ii)", 1, 0); /* kDLCPU, device 0 */
}

/* ExtendedNew(): a new empty buffer of the same class (VTK's New variant) */
static PyObject *buffer_extended_new(PyObject *cls, PyObject *unused) {
  (void)unused;
  return PyObject_CallNoArgs(cls);
}

/* SetFreeFunction(noFreeFunction[, deleteFunction]): accepted for VTK code;
 * vtkbuf frees only memory it allocated and never memory it adopted */
static PyObject *buffer_set_free_function(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int flag;
  (void)op;
  if (vbpy_nargs("SetFreeFunction", nargs, 1, 2) < 0 || vbpy_bool_arg("SetFreeFunction", args[0], &flag) < 0)
    return NULL;
  Py_RETURN_NONE;
}

/* SetBuffer(obj, size): adopt `size` elements of a writable C-contiguous
 * buffer exporter of the buffer's type, zero-copy (the block holds the
 * export); VTK's pointer form, with the exporter instead of an address */
static PyObject *buffer_set_buffer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t size, n;
  if (vbpy_nargs("SetBuffer", nargs, 2, 2) < 0 || vbpy_count_arg("SetBuffer", args[1], &size) < 0) return NULL;
  vb_buffer *b = VBPY_BUF(op);
  vb_block *blk = vbpy_adopt(args[0], vb_buffer_type(b), &n);
  if (!blk) return NULL;
  int s = size <= n ? vb_buffer_set_block(b, blk, size) : VB_OK;
  vb_block_release(blk);
  if (size > n) {
    PyErr_Format(PyExc_ValueError, "SetBuffer(): %lld elements do not fit in %lld", (long long)size, (long long)n);
    return NULL;
  }
  VBPY_RETURN_NONE(s);
}

static vbpy_method buffer_methods[] = {
  {"SetBuffer", VBPY_FC(buffer_set_buffer), VBPY_DOC("SetBuffer(obj, size): adopt size elements of obj, zero-copy")},
  {"GetBuffer", buffer_void, METH_NOARGS, VBPY_DOC("address of the first element (int), as GetVoidBuffer")},
  {"ExtendedNew", buffer_extended_new, METH_NOARGS | METH_CLASS, VBPY_DOC("a new empty buffer of the same class")},
  {"SetFreeFunction", VBPY_FC(buffer_set_free_function), VBPY_DOC("accepted; vtkbuf never frees adopted memory")},
  {"Allocate", buffer_allocate, METH_O, VBPY_DOC("Allocate(n): n zeroed elements; old contents dropped")},
  {"Reallocate", buffer_reallocate, METH_O, VBPY_DOC("Reallocate(n): keep min(old, n) elements")},
  {"GetNumberOfElements", buffer_count, METH_NOARGS, VBPY_DOC("capacity in elements")},
  {"GetSize", buffer_count, METH_NOARGS, VBPY_DOC("capacity in elements (same as GetNumberOfElements)")},
  {"GetDataType", buffer_type, METH_NOARGS, VBPY_DOC("VTK type id (VTK_DOUBLE = 11, ...)")},
  {"GetDataTypeSize", buffer_type_size, METH_NOARGS, VBPY_DOC("bytes per element")},
  {"GetVoidBuffer", buffer_void, METH_NOARGS, VBPY_DOC("address of the first element (int); 0 when empty")},
  {"__dlpack__", (PyCFunction)(void (*)(void))buffer_dlpack, METH_FASTCALL | METH_KEYWORDS,
   VBPY_DOC("DLPack capsule (CPU); the capsule holds the memory block")},
  {"__dlpack_device__", buffer_dlpack_device, METH_NOARGS, VBPY_DOC("(kDLCPU, 0)")},
  {"", NULL, 0, NULL},
};

static vbpy_getset buffer_getset[] = {
  /* VTK 9.7's snake_case properties */
  {"data_type", VBPY_GET, NULL, VBPY_DOC("GetDataType()"), "GetDataType"},
  {"data_type_size", VBPY_GET, NULL, VBPY_DOC("GetDataTypeSize()"), "GetDataTypeSize"},
  {"number_of_elements", VBPY_GET, NULL, VBPY_DOC("GetNumberOfElements()"), "GetNumberOfElements"},
  {"size", VBPY_GET, NULL, VBPY_DOC("GetSize()"), "GetSize"},
  {"buffer", VBPY_GET, NULL, VBPY_DOC("GetBuffer()"), "GetBuffer"},
  {"void_buffer", VBPY_GET, NULL, VBPY_DOC("GetVoidBuffer()"), "GetVoidBuffer"},
  {"free_function", NULL, VBPY_SET, VBPY_DOC("SetFreeFunction() (write-only, as VTK's)"), "GetFreeFunction"},
  {"__array_interface__", buffer_array_interface, NULL,
   VBPY_DOC("NumPy array interface v3; 'data' is a memoryview that holds the memory block"), ""},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbBuffer_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkAbstractBuffer",
  .tp_basicsize = sizeof(VbBufferObject),
  .tp_as_buffer = &buffer_as_buffer,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("Typed contiguous memory (VTK's vtkAbstractBuffer); supports the buffer protocol."),
  .tp_methods = VBPY_METHODS(buffer_methods),
  .tp_getset = VBPY_GETSETS(buffer_getset),
  .tp_new = buffer_new,
};

/* vbpy_io_xml_read.c - the core's XML reader (vb_io.h) for the pure-Python
 * readers (python/vtkbuf/_io_xml.py): bytes in, data object out; zlib
 * blocks are inflated by a Python callable (the zlib module), the files a
 * composite file names are loaded by another. */
#include "vbpy.h"
#include "vbpy_types.h"

typedef struct cbs {
  PyObject *inflate; /* inflate(block: memoryview, expected: int) -> bytes of exactly expected bytes */
  PyObject *load;    /* load(file: str) -> data object (a composite file's DataSet) */
  PyObject *exc;     /* the first exception load raised (re-raised after the read) */
} cbs;

static int inflate_cb(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  PyObject *mv = PyMemoryView_FromMemory((char *)src, (Py_ssize_t)n, PyBUF_READ), *r = NULL;
  int st = VB_EINVAL;
  if (mv) r = PyObject_CallFunction(((cbs *)ctx)->inflate, "On", mv, (Py_ssize_t)expected);
  if (r && PyBytes_Check(r) && (size_t)PyBytes_GET_SIZE(r) == expected) {
    memcpy(dst, PyBytes_AS_STRING(r), expected);
    st = VB_OK;
  } else if (PyErr_ExceptionMatches(PyExc_MemoryError))
    st = VB_ENOMEM;
  PyErr_Clear();
  Py_XDECREF(mv);
  Py_XDECREF(r);
  return st;
}

static int load_cb(void *ctx, const char *file, vb_object **out) {
  cbs *c = ctx;
  PyObject *r = PyObject_CallFunction(c->load, "s", file);
  if (r && PyObject_TypeCheck(r, &VbObject_Type)) {
    *out = ((VbObject *)r)->obj;
    vb_object_retain(*out);
    Py_DECREF(r);
    return VB_OK;
  }
  Py_XDECREF(r);
  if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "load did not give a vtkbuf data object");
  if (!c->exc) c->exc = vbpy_fetch_exc();
  PyErr_Clear();
  return VB_EINVAL;
}

/* _xml_read(data, inflate, load) -> (object, type, compressor, header64, big_endian) */
PyObject *vbpy_xml_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  Py_buffer view;
  vb_xml_info info;
  vb_io_callbacks cb;
  cbs c;
  vb_object *o;
  PyObject *w;
  (void)self;
  if (vbpy_nargs("_xml_read", nargs, 3, 3) < 0) return NULL;
  if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0) return NULL;
  c.inflate = args[1], c.load = args[2], c.exc = NULL;
  cb.inflate = args[1] == Py_None ? NULL : inflate_cb, cb.load = args[2] == Py_None ? NULL : load_cb, cb.ctx = &c;
  o = vb_xml_read(view.buf, (size_t)view.len, &cb, &info);
  PyBuffer_Release(&view);
  if (!o && c.exc && PyErr_GivenExceptionMatches(c.exc, PyExc_OSError)) { /* a named file that cannot be opened */
    vbpy_restore_exc(c.exc);
    return NULL;
  }
  Py_XDECREF(c.exc);
  if (!o) return vbpy_error(vb_last_status());
  w = vbpy_wrap(o, NULL);
  vb_object_release(o);
  if (!w) return NULL;
  return Py_BuildValue("Nssii", w, info.type, info.compressor, info.header64, info.big_endian);
}

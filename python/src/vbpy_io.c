/* vbpy_io.c - the file formats of the core (vb_io.h) for the pure-Python
 * readers and writers (python/vtkbuf/_io*.py): bytes in, data object out,
 * and back.  Module functions, no type of their own. */
#include "vbpy.h"
#include "vbpy_types.h"

#include <string.h>

/* _legacy_read(data, read_all) -> (object, version, binary, header) */
PyObject *vbpy_legacy_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  Py_buffer view;
  vb_legacy_info info;
  vb_object *o;
  unsigned long read_all;
  PyObject *w;
  (void)self;
  if (vbpy_nargs("_legacy_read", nargs, 2, 2) < 0) return NULL;
  read_all = PyLong_AsUnsignedLong(args[1]);
  if (PyErr_Occurred()) return NULL;
  if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0) return NULL;
  Py_BEGIN_ALLOW_THREADS
  o = vb_legacy_read(view.buf, (size_t)view.len, (unsigned)read_all, &info);
  Py_END_ALLOW_THREADS
  PyBuffer_Release(&view);
  if (!o) return vbpy_error(vb_last_status());
  w = vbpy_wrap(o, NULL);
  vb_object_release(o);
  if (!w) return NULL;
  return Py_BuildValue("Niiy", w, info.version, info.binary, info.header);
}

/* _legacy_write(obj, binary, version, header, field_name, write_extent=0) -> bytes */
PyObject *vbpy_legacy_write(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  vb_legacy_options opt = {0, 51, NULL, NULL, 0};
  vb_io_bytes out = {NULL, 0, 0};
  PyObject *r;
  int st;
  (void)self;
  if (vbpy_nargs("_legacy_write", nargs, 5, 6) < 0) return NULL;
  if (!PyObject_TypeCheck(args[0], &VbObject_Type)) {
    PyErr_SetString(PyExc_TypeError, "Write: the input is not a vtkbuf data object");
    return NULL;
  }
  opt.binary = PyObject_IsTrue(args[1]);
  opt.version = (int)PyLong_AsLong(args[2]);
  opt.write_extent = nargs > 5 && PyObject_IsTrue(args[5]) == 1;
  if (PyErr_Occurred()) return NULL;
  if (!PyBytes_Check(args[3]) || !PyBytes_Check(args[4])) {
    PyErr_SetString(PyExc_TypeError, "_legacy_write: header and field name are bytes");
    return NULL;
  }
  opt.header = PyBytes_AS_STRING(args[3]);
  opt.field_name = PyBytes_AS_STRING(args[4]);
  st = vb_legacy_write(((VbObject *)args[0])->obj, &opt, &out);
  if (st != VB_OK) return vbpy_error(st);
  r = PyBytes_FromStringAndSize((const char *)out.data, (Py_ssize_t)out.size);
  vb_io_bytes_free(&out);
  return r;
}

/* the deflate the core calls (vb_deflate_fn): Python's zlib.compress, the
 * same stream as compress2 at that level; ctx is the zlib.compress function */
static int py_deflate(void *ctx, const unsigned char *src, size_t n, int level, vb_io_bytes *out) {
  PyObject *z = PyObject_CallFunction((PyObject *)ctx, "y#i", (const char *)src, (Py_ssize_t)n, level);
  int st;
  if (!z) return VB_EINVAL; /* the Python error stays set */
  st = vb_io_bytes_append(out, PyBytes_AS_STRING(z), (size_t)PyBytes_GET_SIZE(z));
  Py_DECREF(z);
  return st;
}

/* the write vb_xml_write_to calls: ctx is the sink, called with a memoryview */
static int py_write(void *ctx, const void *p, size_t n) {
  PyObject *mv = PyMemoryView_FromMemory((char *)p, (Py_ssize_t)n, PyBUF_READ);
  PyObject *r = mv ? PyObject_CallOneArg((PyObject *)ctx, mv) : NULL;
  Py_XDECREF(mv);
  Py_XDECREF(r);
  return r ? VB_OK : VB_EINVAL; /* the Python error stays set */
}

/* _xml_write(obj, data_mode, raw_appended, header64, compress[, file_name | sink]) -> bytes;
 * compress: None or zlib.compress; file_name (a str): a composite's files, framed
 * (vb_xml_write_composite); sink: called with memoryviews of the file's pieces
 * in order (each valid for its call), None returned */
PyObject *vbpy_xml_write(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  vb_xml_options opt;
  vb_io_bytes out = {NULL, 0, 0};
  PyObject *r;
  const char *name = NULL;
  int st;
  (void)self;
  memset(&opt, 0, sizeof opt);
  if (vbpy_nargs("_xml_write", nargs, 5, 6) < 0) return NULL;
  if (nargs == 6 && PyUnicode_Check(args[5]) && !(name = PyUnicode_AsUTF8(args[5]))) return NULL;
  if (!PyObject_TypeCheck(args[0], &VbObject_Type)) {
    PyErr_SetString(PyExc_TypeError, "Write: the input is not a vtkbuf data object");
    return NULL;
  }
  opt.data_mode = (int)PyLong_AsLong(args[1]);
  if (PyErr_Occurred()) return NULL;
  opt.raw_appended = PyObject_IsTrue(args[2]);
  opt.header64 = PyObject_IsTrue(args[3]);
  opt.zlib = args[4] != Py_None;
  opt.deflate = py_deflate, opt.deflate_ctx = args[4];
  if (!name && nargs > 5 && args[5] != Py_None) {
    st = vb_xml_write_to(((VbObject *)args[0])->obj, &opt, py_write, args[5]);
    return st != VB_OK ? (PyErr_Occurred() ? NULL : vbpy_error(st)) : Py_NewRef(Py_None);
  }
  st = name ? vb_xml_write_composite(((VbObject *)args[0])->obj, &opt, name, &out)
            : vb_xml_write(((VbObject *)args[0])->obj, &opt, &out);
  if (st != VB_OK) {
    vb_io_bytes_free(&out);
    return PyErr_Occurred() ? NULL : vbpy_error(st);
  }
  r = PyBytes_FromStringAndSize((const char *)out.data, (Py_ssize_t)out.size);
  vb_io_bytes_free(&out);
  return r;
}

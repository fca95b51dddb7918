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

/* the n bytes of file f (an unbuffered binary file) into a new block, placed
 * as vb_xml_align says (*off); NULL with an exception set on failure */
static vb_block *read_file(PyObject *f, Py_ssize_t n, size_t *off, size_t *got) {
  vb_block *blk = n >= 0 && (size_t)n < SIZE_MAX - 8 ? vb_block_new((size_t)n + 8) : NULL;
  unsigned char *p = blk ? vb_block_data(blk) : NULL;
  size_t have = 0, want = (size_t)n < 65536 ? (size_t)n : 65536;
  int head = 1;
  if (!blk) return (vb_block *)PyErr_NoMemory();
  *off = 0;
  for (;;) {
    PyObject *mv = PyMemoryView_FromMemory((char *)p + *off + have, (Py_ssize_t)(want - have), PyBUF_WRITE);
    PyObject *r = mv ? PyObject_CallMethod(f, "readinto", "O", mv) : NULL;
    Py_ssize_t k = r ? PyLong_AsSsize_t(r) : -1;
    Py_XDECREF(mv);
    Py_XDECREF(r);
    if (k < 0 && !PyErr_Occurred()) PyErr_SetString(PyExc_OSError, "read: no data (a non-blocking file)");
    if (PyErr_Occurred()) {
      vb_block_release(blk);
      return NULL;
    }
    have += (size_t)k;
    if (k && have < want) continue;
    if (head) { /* the head read: where the whole file goes */
      *off = vb_xml_align(p, have, (size_t)n);
      memmove(p + *off, p, have);
      head = 0, want = (size_t)n;
      if (k && have < want) continue;
    }
    *got = have;
    return blk;
  }
}

/* _xml_read(data, inflate, load[, size]) -> (object, type, compressor, header64, big_endian);
 * with size, data is an unbuffered binary file of size bytes, read here */
PyObject *vbpy_xml_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  Py_buffer view;
  vb_xml_info info;
  vb_io_callbacks cb;
  cbs c;
  vb_object *o;
  PyObject *w;
  (void)self;
  if (vbpy_nargs("_xml_read", nargs, 3, 4) < 0) return NULL;
  c.inflate = args[1], c.load = args[2], c.exc = NULL;
  cb.inflate = args[1] == Py_None ? NULL : inflate_cb, cb.load = args[2] == Py_None ? NULL : load_cb, cb.ctx = &c;
  if (nargs > 3) {
    size_t off = 0, n = 0;
    Py_ssize_t size = PyLong_AsSsize_t(args[3]);
    vb_block *blk = size < 0 && PyErr_Occurred() ? NULL : read_file(args[0], size, &off, &n);
    if (!blk) return NULL;
    o = vb_xml_read_block(blk, off, n, &cb, &info);
    vb_block_release(blk); /* the arrays sharing it hold their own references */
  } else {
    if (PyObject_GetBuffer(args[0], &view, PyBUF_SIMPLE) < 0) return NULL;
    o = vb_xml_read(view.buf, (size_t)view.len, &cb, &info);
    PyBuffer_Release(&view);
  }
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

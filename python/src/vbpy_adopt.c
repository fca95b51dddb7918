/* vbpy_adopt.c - adopt memory exported by a Python object into a block.
 *
 * The block's release context is a heap Py_buffer: the exporter (e.g. a numpy
 * array) stays alive, and cannot resize, until the last holder of the block
 * (array, buffer, or any view exported since) lets go.
 */
#include "vbpy.h"

typedef struct { Py_buffer view; } AdoptCtx;

static void adopt_release(void *ctx, void *data) {
  (void)data;
  PyGILState_STATE g = PyGILState_Ensure();
  PyBuffer_Release(&((AdoptCtx *)ctx)->view);
  PyMem_RawFree(ctx);
  PyGILState_Release(g);
}

/* (kind, size) of a struct format; kind 'i', 'u', 'f', or 0 if unsupported */
static int format_kind(const char *f, Py_ssize_t itemsize) {
  if (!f) return 'u'; /* plain bytes */
  if (*f == '@' || *f == '=' || *f == '<' || *f == '!' || *f == '>') {
    int little = 1;
    int native_little = *(char *)&little;
    if ((*f == '>' || *f == '!') && native_little && itemsize > 1) return 0;
    if (*f == '<' && !native_little && itemsize > 1) return 0;
    f++;
  }
  if (f[0] == 0 || f[1] != 0) return 0;
  switch (*f) {
  case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': return 'i';
  case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': case 'c': return 'u';
  case 'f': case 'd': return 'f';
  default: return 0;
  }
}

vb_block *vbpy_adopt(PyObject *obj, int type, int64_t *n) {
  AdoptCtx *c = PyMem_RawCalloc(1, sizeof *c);
  if (!c) { PyErr_NoMemory(); return NULL; }
  if (PyObject_GetBuffer(obj, &c->view, PyBUF_RECORDS) < 0) {
    PyMem_RawFree(c);
    if (PyErr_ExceptionMatches(PyExc_BufferError) || PyErr_ExceptionMatches(PyExc_TypeError)) {
      PyErr_Clear();
      PyErr_Format(PyExc_TypeError, "expected a writable, C-contiguous object supporting the "
                   "buffer protocol (e.g. a numpy array), got %.100s", Py_TYPE(obj)->tp_name);
    }
    return NULL;
  }
  Py_buffer *v = &c->view;
  const char *why = NULL;
  int want = vb_type_is_integer(type) ? (vb_type_is_signed(type) ? 'i' : 'u') : 'f';
  int kind = format_kind(v->format, v->itemsize);
  if (!PyBuffer_IsContiguous(v, 'C')) why = "memory is not C-contiguous";
  else if ((size_t)v->itemsize != vb_type_size(type)) why = "element size differs from the array's";
  else if (kind != want && !(type == VB_CHAR && kind != 'f')) why = "element type differs from the array's";
  if (why) {
    PyErr_Format(PyExc_ValueError, "cannot adopt %.100s memory (format '%s', itemsize %zd) for a "
                 "%s array: %s", Py_TYPE(obj)->tp_name, v->format ? v->format : "B", v->itemsize,
                 vb_type_name(type), why);
    PyBuffer_Release(v);
    PyMem_RawFree(c);
    return NULL;
  }
  *n = (int64_t)(v->len / v->itemsize);
  vb_block *blk = vb_block_adopt(v->len ? v->buf : NULL, (size_t)v->len, adopt_release, c);
  if (!blk) {
    PyBuffer_Release(v);
    PyMem_RawFree(c);
    vbpy_error(vb_last_status());
    return NULL;
  }
  return blk;
}

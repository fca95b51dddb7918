/* vbpy_export.c - Py_buffer exports that hold memory blocks.
 *
 * Every export's view->obj is a BlockRef holding one reference to the block
 * the data lives in, plus the shape/strides arrays the view points at (never
 * written once made, so exports of the same block and shape may share one).
 * PyBuffer_Release drops the BlockRef, which releases the block. A buffer that
 * reallocates meanwhile moves to a new block; this one stays valid (detached)
 * until its last export is released: no view ever reads freed memory.
 */
#include "vbpy.h"

typedef struct {
  PyObject_HEAD
  vb_block *block;          /* one reference, or NULL for empty exports */
  Py_ssize_t shape[2];
  Py_ssize_t strides[2];
} VbBlockRef;

static void blockref_dealloc(PyObject *self) {
  vb_block_release(((VbBlockRef *)self)->block);
  Py_TYPE(self)->tp_free(self);
}

PyTypeObject VbBlockRef_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf._vtkbuf.BlockRef",
  .tp_basicsize = sizeof(VbBlockRef),
  .tp_dealloc = blockref_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = VBPY_DOC("Holds one reference to a vtkbuf memory block (owner of exported views)."),
};


const char *vbpy_format(int type) {
  const vb_type_info *t = vb_type_info_of(type);
  return t ? t->format : NULL;
}

int vbpy_export(Py_buffer *view, int flags, vb_block *blk, void *data, int type,
                Py_ssize_t rows, Py_ssize_t cols, int ndim, PyObject **cache) {
  static char empty[16];
  const char *fmt = vbpy_format(type);
  Py_ssize_t itemsize = (Py_ssize_t)vb_type_size(type);
  if (!fmt || itemsize == 0) {
    view->obj = NULL;
    PyErr_Format(PyExc_BufferError, "vtkbuf: type %d cannot be exported", type);
    return -1;
  }
  VbBlockRef *ref = cache ? (VbBlockRef *)*cache : NULL;
  Py_ssize_t stride0 = (ndim == 2 ? cols : 1) * itemsize;
  if (ref && ref->block == blk && ref->shape[0] == rows && ref->shape[1] == cols &&
      ref->strides[0] == stride0 && ref->strides[1] == itemsize) {
    Py_INCREF(ref); /* the same block and shape: share the holder (and its shape) */
  } else {
    ref = PyObject_New(VbBlockRef, &VbBlockRef_Type);
    if (!ref) { view->obj = NULL; return -1; }
    ref->block = blk;
    vb_block_retain(blk);
    ref->shape[0] = rows;
    ref->shape[1] = cols;
    ref->strides[0] = stride0;
    ref->strides[1] = itemsize;
    if (cache) Py_XSETREF(*cache, Py_NewRef((PyObject *)ref));
  }
  view->obj = (PyObject *)ref;
  view->buf = (data && rows > 0) ? data : empty;
  view->len = rows * (ndim == 2 ? cols : 1) * itemsize;
  view->readonly = 0;
  view->itemsize = itemsize;
  view->format = (flags & PyBUF_FORMAT) ? (char *)fmt : NULL;
  view->ndim = ndim;
  view->shape = (flags & PyBUF_ND) ? ref->shape : NULL;
  view->strides = ((flags & PyBUF_STRIDES) == PyBUF_STRIDES) ? ref->strides : NULL;
  view->suboffsets = NULL;
  view->internal = NULL;
  if (!(flags & PyBUF_ND) && ndim != 1) {
    /* A consumer that wants no shape gets the bytes of a 2-D array as 1-D. */
    view->ndim = 1;
  }
  return 0;
}

/* vbpy_dlpack.c - __dlpack__ (CPU) for buffers.
 *
 * The capsule's managed tensor holds one reference to the memory block
 * (manager_ctx); its deleter releases it. Both the unversioned "dltensor"
 * and, when the consumer passes max_version >= (1, 0), the versioned
 * "dltensor_versioned" capsules are produced. Structs per dlpack.h v1.0.
 */
#include "vbpy.h"

typedef struct { int32_t device_type; int32_t device_id; } DLDevice;
typedef struct { uint8_t code; uint8_t bits; uint16_t lanes; } DLDataType;
typedef struct {
  void *data;
  DLDevice device;
  int32_t ndim;
  DLDataType dtype;
  int64_t *shape;
  int64_t *strides;
  uint64_t byte_offset;
} DLTensor;
typedef struct DLManagedTensor {
  DLTensor dl_tensor;
  void *manager_ctx;
  void (*deleter)(struct DLManagedTensor *self);
} DLManagedTensor;
typedef struct { uint32_t major; uint32_t minor; } DLPackVersion;
typedef struct DLManagedTensorVersioned {
  DLPackVersion version;
  void *manager_ctx;
  void (*deleter)(struct DLManagedTensorVersioned *self);
  uint64_t flags;
  DLTensor dl_tensor;
} DLManagedTensorVersioned;

enum { kDLInt = 0, kDLUInt = 1, kDLFloat = 2, kDLCPU = 1 };

typedef struct {
  union { DLManagedTensor v0; DLManagedTensorVersioned v1; } t;
  int64_t shape[1];
  int64_t strides[1];
} Holder;

static void release_holder(Holder *h, vb_block *blk) {
  vb_block_release(blk); /* an adopted block's release takes the GIL itself */
  PyMem_RawFree(h);
}
static void deleter0(DLManagedTensor *m) { release_holder((Holder *)m, m->manager_ctx); }
static void deleter1(DLManagedTensorVersioned *m) { release_holder((Holder *)m, m->manager_ctx); }

static void capsule_dtor0(PyObject *cap) {
  if (PyCapsule_IsValid(cap, "dltensor")) { /* never consumed */
    DLManagedTensor *m = PyCapsule_GetPointer(cap, "dltensor");
    if (m && m->deleter) m->deleter(m);
  }
}
static void capsule_dtor1(PyObject *cap) {
  if (PyCapsule_IsValid(cap, "dltensor_versioned")) {
    DLManagedTensorVersioned *m = PyCapsule_GetPointer(cap, "dltensor_versioned");
    if (m && m->deleter) m->deleter(m);
  }
}

PyObject *vbpy_dlpack(vb_block *blk, void *data, int type, int64_t n, PyObject *const *args,
                      Py_ssize_t nargs, PyObject *kwnames) {
  static char empty[16];
  PyObject *stream = Py_None, *max_version = Py_None, *dl_device = Py_None, *copy = Py_None;
  if (nargs > 0) {
    PyErr_SetString(PyExc_TypeError, "__dlpack__() takes keyword arguments only");
    return NULL;
  }
  Py_ssize_t nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  for (Py_ssize_t i = 0; i < nk; i++) {
    const char *k = PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, i));
    if (!k) return NULL;
    if (!strcmp(k, "stream")) stream = args[i];
    else if (!strcmp(k, "max_version")) max_version = args[i];
    else if (!strcmp(k, "dl_device")) dl_device = args[i];
    else if (!strcmp(k, "copy")) copy = args[i];
    else {
      PyErr_Format(PyExc_TypeError, "__dlpack__() got an unexpected keyword argument '%s'", k);
      return NULL;
    }
  }
  if (stream != Py_None) {
    PyErr_SetString(PyExc_BufferError, "__dlpack__: stream must be None for CPU memory");
    return NULL;
  }
  if (copy == Py_True) {
    PyErr_SetString(PyExc_BufferError, "__dlpack__: copy=True is not supported (zero-copy only)");
    return NULL;
  }
  if (dl_device != Py_None) {
    int dt, di;
    if (!PyArg_ParseTuple(dl_device, "ii;dl_device must be (type, id)", &dt, &di)) return NULL;
    if (dt != kDLCPU || di != 0) {
      PyErr_SetString(PyExc_BufferError, "__dlpack__: only the CPU device (1, 0) is available");
      return NULL;
    }
  }
  int versioned = 0;
  if (max_version != Py_None) {
    int maj, min;
    if (!PyArg_ParseTuple(max_version, "ii;max_version must be (major, minor)", &maj, &min))
      return NULL;
    versioned = maj >= 1;
  }
  DLDataType dt = {vb_type_is_integer(type) ? (vb_type_is_signed(type) ? kDLInt : kDLUInt) : kDLFloat,
                   (uint8_t)(8 * vb_type_size(type)), 1};
  Holder *h = PyMem_RawCalloc(1, sizeof *h);
  if (!h) return PyErr_NoMemory();
  h->shape[0] = n;
  h->strides[0] = 1;
  DLTensor *t = versioned ? &h->t.v1.dl_tensor : &h->t.v0.dl_tensor;
  t->data = (data && n > 0) ? data : empty;
  t->device.device_type = kDLCPU;
  t->device.device_id = 0;
  t->ndim = 1;
  t->dtype = dt;
  t->shape = h->shape;
  t->strides = h->strides;
  t->byte_offset = 0;
  vb_block_retain(blk);
  PyObject *cap;
  if (versioned) {
    h->t.v1.version.major = 1;
    h->t.v1.version.minor = 0;
    h->t.v1.manager_ctx = blk;
    h->t.v1.deleter = deleter1;
    h->t.v1.flags = 0;
    cap = PyCapsule_New(&h->t.v1, "dltensor_versioned", capsule_dtor1);
  } else {
    h->t.v0.manager_ctx = blk;
    h->t.v0.deleter = deleter0;
    cap = PyCapsule_New(&h->t.v0, "dltensor", capsule_dtor0);
  }
  if (!cap) release_holder(h, blk);
  return cap;
}

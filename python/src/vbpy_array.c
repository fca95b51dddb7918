/* vbpy_array.c - vtkDataArray: Python face of vb_array (AOS, SOA, scaled SOA).
 *
 * Concrete classes (vtkFloatArray, vtkAOSDataArrayTemplate['float32'],
 * vtkSOADataArrayTemplate['float64'], ...) are Python subclasses setting
 * _vb_type (VTK type id) and _vb_layout (VB_LAYOUT_*); see vtkbuf/_templates.py.
 *
 * This file: construction, shape, storage, copies, buffers, name and the
 * buffer protocol; values, tuples and components are in vbpy_array_values.c.
 * Every index is checked by the core (IndexError) and every bad argument
 * raises before the array is touched.  Calls that may fire events end with
 * vbpy_done() so an exception raised by a Python observer reaches the caller
 * after the call completed.
 *
 * Buffer protocol: the values (not the capacity) as 1-D (values,) when the
 * array has one component, else 2-D (tuples, components); AOS arrays and
 * one-component unscaled SOA arrays only; vtkBitArray (VTK's): the packed
 * bytes holding the values, 1-D uint8 of ceil(values / 8). The export holds
 * the memory block.
 */
#include "vbpy.h"

#define ARR(op) VBPY_ARR(op)

/* ---- construction ---- */

/* A class may name an override (VTK's `override`: vtkbuf._ndarray's
 * VTKAOSArray_float32 for vtkAOSDataArrayTemplate['float32']): a subclass
 * constructed in its place.  Arguments are for a Python __init__ (the NumPy
 * mixin takes initial data); classes without one take none. */
static PyObject *array_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  PyObject *ov = PyObject_GetAttrString((PyObject *)cls, "_vb_override");
  if (!ov) PyErr_Clear();
  else if (PyType_Check(ov) && PyType_IsSubtype((PyTypeObject *)ov, cls)) cls = (PyTypeObject *)ov;
  Py_XDECREF(ov); /* the class stays alive: cls's _vb_override holds it */
  if (cls->tp_init == PyBaseObject_Type.tp_init && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  int type = vbpy_class_int(cls, "_vb_type", -1);
  if (type < 0) return NULL;
  int layout = vbpy_class_int(cls, "_vb_layout", VB_LAYOUT_AOS);
  if (layout < 0) return NULL;
  vb_array *a = vb_array_new_layout(type, layout);
  return vbpy_wrap_new(vb_array_object(a), cls);
}

/* ---- description / shape ---- */

static PyObject *a_type(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_array_type(ARR(op))); }
static PyObject *a_type_str(PyObject *op, PyObject *u) { (void)u; return PyUnicode_FromString(vb_type_name(vb_array_type(ARR(op)))); }
static PyObject *a_ncomp(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_array_get_number_of_components(ARR(op))); }
static PyObject *a_ntup(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_number_of_tuples(ARR(op))); }
static PyObject *a_nval(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_number_of_values(ARR(op))); }
static PyObject *a_maxid(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_max_id(ARR(op))); }
static PyObject *a_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_size(ARR(op))); }
static PyObject *a_scale(PyObject *op, PyObject *u) { (void)u; return PyFloat_FromDouble(vb_array_get_scale(ARR(op))); }

static PyObject *a_set_ncomp(PyObject *op, PyObject *arg) {
  int n;
  if (vbpy_int_arg("SetNumberOfComponents", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_array_set_number_of_components(ARR(op), n));
}

#define COUNT_SETTER(pyname, cfn)                                                     \
  static PyObject *pyname(PyObject *op, PyObject *arg) {                               \
    int64_t n;                                                                         \
    if (vbpy_count_arg(arg, &n) < 0) return NULL;                                      \
    VBPY_RETURN_NONE(cfn(ARR(op), n));                                                         \
  }
COUNT_SETTER(a_set_ntup, vb_array_set_number_of_tuples)
COUNT_SETTER(a_set_nval, vb_array_set_number_of_values)

static PyObject *a_resize(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg(arg, &n) < 0) return NULL;
  int s = vb_array_resize(ARR(op), n);
  return vbpy_status(s, Py_NewRef(Py_True));
}

static PyObject *a_allocate(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (vbpy_nargs("Allocate", nargs, 1, 2) < 0) return NULL;
  int64_t n, ext = 1000;
  if (vbpy_count_arg(args[0], &n) < 0) return NULL;
  if (nargs == 2 && vbpy_count_arg(args[1], &ext) < 0) return NULL;
  int s = vb_array_allocate(ARR(op), n, ext);
  return vbpy_status(s, Py_NewRef(Py_True));
}

static PyObject *a_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_array_squeeze(ARR(op))); }
static PyObject *a_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_array_initialize(ARR(op))); }

static PyObject *a_set_scale(PyObject *op, PyObject *arg) {
  double d;
  if (vbpy_real_arg("SetScale", arg, &d) < 0) return NULL;
  VBPY_RETURN_NONE(vb_array_set_scale(ARR(op), d));
}

/* ---- copies ---- */

static PyObject *a_deep_copy(PyObject *op, PyObject *arg) {
  vb_array *src = vbpy_array_arg("DeepCopy", arg, 0, NULL);
  if (!src) return NULL;
  VBPY_RETURN_NONE(vb_array_deep_copy(ARR(op), src));
}

static PyObject *a_shallow_copy(PyObject *op, PyObject *arg) {
  vb_array *src = vbpy_array_arg("ShallowCopy", arg, 0, NULL);
  if (!src) return NULL;
  VBPY_RETURN_NONE(vb_array_shallow_copy(ARR(op), src));
}

/* ---- buffers ---- */

static PyObject *a_get_buffer(PyObject *op, PyObject *u) {
  (void)u;
  vb_buffer *b = vb_array_get_buffer(ARR(op));
  return b ? vbpy_wrap(vb_buffer_object(b), NULL) : vbpy_error(vb_last_status());
}

static PyObject *a_get_component_buffer(PyObject *op, PyObject *arg) {
  int c;
  if (vbpy_component_arg("GetComponentBuffer", arg, &c) < 0) return NULL;
  vb_buffer *b = vb_array_get_component_buffer(ARR(op), c);
  return b ? vbpy_wrap(vb_buffer_object(b), NULL) : vbpy_error(vb_last_status());
}

static vb_buffer *buffer_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbBuffer_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkBuffer, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return VBPY_BUF(o);
}

/* AOS: SetBuffer(buffer[, updateMaxId=True]) (vtkbuf's default, unchanged);
 * SOA and scaled SOA: VTK 9.7's SetBuffer(comp, buffer[, updateMaxId=False]). */
static PyObject *a_set_buffer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  vb_array *a = ARR(op);
  int c, upd;
  vb_buffer *b;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) {
    upd = 1;
    if (vbpy_nargs("SetBuffer", nargs, 1, 2) < 0) return NULL;
    b = buffer_arg("SetBuffer", args[0]);
    if (!b || (nargs == 2 && vbpy_bool_arg("SetBuffer", args[1], &upd) < 0)) return NULL;
    VBPY_RETURN_NONE(vb_array_set_buffer(a, b, upd));
  }
  upd = 0;
  if (vbpy_nargs("SetBuffer", nargs, 2, 3) < 0 || vbpy_component_arg("SetBuffer", args[0], &c) < 0)
    return NULL;
  b = buffer_arg("SetBuffer", args[1]);
  if (!b || (nargs == 3 && vbpy_bool_arg("SetBuffer", args[2], &upd) < 0)) return NULL;
  VBPY_RETURN_NONE(vb_array_set_component_buffer(a, c, b, upd));
}

static PyObject *a_set_component_buffer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (vbpy_nargs("SetComponentBuffer", nargs, 2, 3) < 0) return NULL;
  int c, upd = 1;
  if (vbpy_component_arg("SetComponentBuffer", args[0], &c) < 0) return NULL;
  vb_buffer *b = buffer_arg("SetComponentBuffer", args[1]);
  if (!b || (nargs == 3 && vbpy_bool_arg("SetComponentBuffer", args[2], &upd) < 0)) return NULL;
  VBPY_RETURN_NONE(vb_array_set_component_buffer(ARR(op), c, b, upd));
}

/* Adopt obj's memory: a new buffer over [0, size) of the adopted block. */
static vb_buffer *adopt_buffer(vb_array *a, PyObject *obj, PyObject *size_arg) {
  int64_t size, n;
  if (vbpy_count_arg(size_arg, &size) < 0) return NULL;
  vb_block *blk = vbpy_adopt(obj, vb_array_type(a), &n);
  if (!blk) return NULL;
  vb_buffer *b = vb_buffer_new(vb_array_type(a));
  int s = b ? vb_buffer_set_block(b, blk, size) : vb_last_status();
  vb_block_release(blk);
  if (s < 0) { vb_buffer_release(b); vbpy_error(s); return NULL; }
  return b;
}

static void release_block(void *ctx, void *data) {
  (void)data;
  vb_block_release(ctx);
}

/* vtkBitArray: SetArray/SetVoidArray(bytes, size, save) adopts `size` bits
 * (VTK counts bits) of a C-contiguous writable uint8 exporter, zero-copy. */
static PyObject *set_bit_array(vb_array *a, PyObject *obj, PyObject *size_arg) {
  int64_t size, n;
  if (vbpy_count_arg(size_arg, &size) < 0) return NULL;
  vb_block *blk = vbpy_adopt(obj, VB_UNSIGNED_CHAR, &n);
  if (!blk) return NULL;
  if (size > n * 8) {
    vb_block_release(blk);
    PyErr_Format(PyExc_ValueError, "SetArray(): %lld bits do not fit in %lld bytes", (long long)size,
                 (long long)n);
    return NULL;
  }
  int s = vb_array_set_array(a, vb_block_data(blk), size, 0, release_block, blk);
  if (s < 0) vb_block_release(blk);
  VBPY_RETURN_NONE(s);
}

/* AOS: SetArray(array, size, save[, deleteMethod])
 * SOA: SetArray(comp, array, size, updateMaxId, save[, deleteMethod])
 * (VTK 9.7's signatures).  `array` is any writable C-contiguous buffer
 * exporter of the array's type (a NumPy array, another array, ...), adopted
 * zero-copy: the block holds the export, so the exporter stays alive while
 * any holder of the block lives.  `save` and `deleteMethod` are accepted for
 * VTK compatibility: vtkbuf never frees memory it adopted from Python. */
static PyObject *a_set_array(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  vb_array *a = ARR(op);
  int save, upd, del;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) {
    if (vbpy_nargs("SetArray", nargs, 3, 4) < 0 || vbpy_bool_arg("SetArray", args[2], &save) < 0 ||
        (nargs == 4 && vbpy_int_arg("SetArray", args[3], &del) < 0))
      return NULL;
    if (vb_array_type(a) == VB_BIT) return set_bit_array(a, args[0], args[1]);
    vb_buffer *b = adopt_buffer(a, args[0], args[1]);
    if (!b) return NULL;
    int s = vb_array_set_buffer(a, b, 1);
    vb_buffer_release(b);
    VBPY_RETURN_NONE(s);
  }
  int c;
  if (vbpy_nargs("SetArray", nargs, 5, 6) < 0 || vbpy_component_arg("SetArray", args[0], &c) < 0 ||
      vbpy_bool_arg("SetArray", args[3], &upd) < 0 || vbpy_bool_arg("SetArray", args[4], &save) < 0 ||
      (nargs == 6 && vbpy_int_arg("SetArray", args[5], &del) < 0))
    return NULL;
  if (c < 0 || c >= vb_array_get_number_of_components(a)) { /* before adopting anything */
    PyErr_Format(PyExc_IndexError, "SetArray(): component %d not in [0, %d)", c,
                 vb_array_get_number_of_components(a));
    return NULL;
  }
  vb_buffer *b = adopt_buffer(a, args[1], args[2]);
  if (!b) return NULL;
  int s = vb_array_set_component_buffer(a, c, b, upd);
  vb_buffer_release(b);
  VBPY_RETURN_NONE(s);
}

static PyObject *a_get_void_pointer(PyObject *op, PyObject *arg) {
  vb_array *a = ARR(op);
  int64_t i;
  if (vbpy_index_arg("GetVoidPointer", arg, &i) < 0) return NULL;
  vb_clear_error();
  char *p = vb_array_data(a); /* NULL when empty, or with an error (multi-component SOA) */
  if (!p && vb_last_status() != VB_OK) return vbpy_error(vb_last_status());
  if (i < 0 || i > vb_array_get_size(a)) {
    PyErr_Format(PyExc_IndexError, "GetVoidPointer(): index %lld not in [0, %lld]", (long long)i,
                 (long long)vb_array_get_size(a));
    return NULL;
  }
  /* a bit array's value i is in byte i / 8 (VTK) */
  return PyLong_FromVoidPtr(!p ? NULL : vb_array_type(a) == VB_BIT ? p + i / 8 : p + (size_t)i * vb_array_elem_size(a));
}

static PyObject *a_get_name(PyObject *op, PyObject *u) {
  (void)u;
  const char *n = vb_array_get_name(ARR(op));
  if (!n) Py_RETURN_NONE;
  return PyUnicode_FromString(n);
}

/* The name lives in the core array (vb_array_set_name), so vtkDataSetAttributes
 * finds arrays by it; a changed name fires ModifiedEvent. */
static PyObject *a_set_name(PyObject *op, PyObject *arg) {
  if (arg != Py_None && !PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "SetName(): expected str or None, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *n = NULL;
  if (arg != Py_None && !(n = PyUnicode_AsUTF8(arg))) return NULL;
  VBPY_RETURN_NONE(vb_array_set_name(ARR(op), n));
}

/* ---- buffer protocol ---- */

static int array_getbuffer(PyObject *op, Py_buffer *view, int flags) {
  vb_array *a = ARR(op);
  int comps = vb_array_get_number_of_components(a);
  vb_buffer *b = vb_array_contiguous_buffer(a);
  if (vb_array_type(a) == VB_BIT) { /* VTK: the packed bytes of the values, 1-D 'B' */
    int64_t nv = vb_array_get_number_of_values(a);
    b = vb_array_get_buffer(a);
    return vbpy_export(view, flags, vb_buffer_block(b), vb_buffer_data(b), VB_UNSIGNED_CHAR,
                       (Py_ssize_t)(nv / 8 + (nv % 8 != 0)), 1, 1, NULL);
  }
  if (!b) {
    view->obj = NULL;
    PyErr_Format(PyExc_BufferError, "%s with %d component(s) has no single contiguous export "
                 "(values are per component%s); use GetComponentBuffer(c) or "
                 "numpy_support.vtk_soa_to_numpy", vb_array_class_name(a), comps,
                 vb_array_layout(a) == VB_LAYOUT_SCALED_SOA ? " and scaled" : "");
    return -1;
  }
  int64_t nv = vb_array_get_number_of_values(a);
  PyObject **cache = vbpy_array_export_cache(op); /* np.asarray(arr) in a loop: no new holder */
  if (!cache) { view->obj = NULL; return -1; }
  return vbpy_export(view, flags, vb_buffer_block(b), vb_buffer_data(b), vb_array_type(a),
                     (Py_ssize_t)(comps > 1 ? nv / comps : nv), comps, comps > 1 ? 2 : 1, cache);
}

static PyBufferProcs array_as_buffer = {.bf_getbuffer = array_getbuffer, .bf_releasebuffer = NULL};

static PyMethodDef array_methods[] = {
  {"GetDataType", a_type, METH_NOARGS, "VTK type id"},
  {"GetDataTypeAsString", a_type_str, METH_NOARGS, "C type name"},
  {"GetNumberOfComponents", a_ncomp, METH_NOARGS, ""},
  {"SetNumberOfComponents", a_set_ncomp, METH_O, ""},
  {"GetNumberOfTuples", a_ntup, METH_NOARGS, ""},
  {"SetNumberOfTuples", a_set_ntup, METH_O, ""},
  {"GetNumberOfValues", a_nval, METH_NOARGS, ""},
  {"SetNumberOfValues", a_set_nval, METH_O, ""},
  {"GetMaxId", a_maxid, METH_NOARGS, ""},
  {"GetSize", a_size, METH_NOARGS, "allocated values"},
  {"Resize", a_resize, METH_O, "Resize(ntuples)"},
  {"Allocate", VBPY_FC(a_allocate), "Allocate(size[, ext])"},
  {"Squeeze", a_squeeze, METH_NOARGS, ""},
  {"Initialize", a_initialize, METH_NOARGS, ""},
  {"DeepCopy", a_deep_copy, METH_O, ""},
  {"ShallowCopy", a_shallow_copy, METH_O, ""},
  {"GetBuffer", a_get_buffer, METH_NOARGS, "AOS: the array's vtkBuffer"},
  {"GetComponentBuffer", a_get_component_buffer, METH_O, "SOA: the vtkBuffer of component c"},
  {"SetBuffer", VBPY_FC(a_set_buffer), "AOS SetBuffer(buffer[, updateMaxId=True]); SOA SetBuffer(comp, buffer[, updateMaxId=False])"},
  {"SetComponentBuffer", VBPY_FC(a_set_component_buffer), "SetComponentBuffer(c, buffer[, updateMaxId])"},
  {"SetArray", VBPY_FC(a_set_array), "AOS SetArray(obj, size, save[, deleteMethod]); SOA SetArray(c, obj, size, updateMaxId, save[, deleteMethod])"},
  {"SetVoidArray", VBPY_FC(a_set_array), "same as SetArray"},
  {"GetVoidPointer", a_get_void_pointer, METH_O, "address of value i"},
  {"GetScale", a_scale, METH_NOARGS, "scaled SOA: scale (1.0 otherwise)"},
  {"SetScale", a_set_scale, METH_O, "scaled SOA: SetScale(s)"},
  {"GetName", a_get_name, METH_NOARGS, ""},
  {"SetName", a_set_name, METH_O, ""},
  {NULL, NULL, 0, NULL},
};

/* ---- vtkAbstractArray: the static helpers VTK's numpy code uses ---- */

/* the size of a type id: VTK_BIT is 0 (8 values per byte); unknown ids ValueError */
static PyObject *type_size_of(PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetDataTypeSize", arg, &t) < 0) return NULL;
  if (t == VB_BIT) return PyLong_FromLong(0);
  if (!vb_type_is_valid(t)) {
    PyErr_Format(PyExc_ValueError, "GetDataTypeSize(): unknown VTK type id %d", t);
    return NULL;
  }
  return PyLong_FromSize_t(vb_type_size(t));
}

/* GetDataTypeSize(): an array's value size; GetDataTypeSize(type): any type's
 * (VTK's static overload, also through the class).  A classmethod: the
 * concrete class names the type (_vb_type). */
static PyObject *aa_type_size(PyObject *cls, PyObject *const *args, Py_ssize_t nargs) {
  if (vbpy_nargs("GetDataTypeSize", nargs, 0, 1) < 0) return NULL;
  if (nargs == 1) return type_size_of(args[0]);
  PyObject *t = PyObject_GetAttrString(cls, "_vb_type");
  if (!t) {
    PyErr_Clear();
    PyErr_SetString(PyExc_TypeError, "GetDataTypeSize() of an abstract class takes a VTK type id");
    return NULL;
  }
  PyObject *r = type_size_of(t);
  Py_DECREF(t);
  return r;
}

/* CreateArray(type) / CreateDataArray(type): a new array of the concrete
 * class of a type id (vtkbuf._templates.create_array: ValueError for an unknown id) */
static PyObject *aa_create(PyObject *unused, PyObject *arg) {
  (void)unused;
  PyObject *mod = PyImport_ImportModule("vtkbuf._templates");
  if (!mod) return NULL;
  PyObject *r = PyObject_CallMethod(mod, "create_array", "O", arg);
  Py_DECREF(mod);
  return r;
}

static PyMethodDef abstract_methods[] = {
  {"GetDataTypeSize", (PyCFunction)(void (*)(void))aa_type_size, METH_FASTCALL | METH_CLASS,
   "GetDataTypeSize([type]) -> bytes per value (VTK_BIT: 0)"},
  {"CreateArray", aa_create, METH_O | METH_STATIC, "CreateArray(type) -> a new array of that type"},
  {"CreateDataArray", aa_create, METH_O | METH_STATIC, "CreateDataArray(type) -> a new data array"},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbAbstractArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkAbstractArray",
  .tp_basicsize = sizeof(VbArrayObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "VTK's abstract array: the static helpers CreateArray, CreateDataArray, GetDataTypeSize.",
  .tp_methods = abstract_methods,
};

PyTypeObject VbArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataArray",
  .tp_basicsize = sizeof(VbArrayObject),
  .tp_dealloc = vbpy_array_dealloc,
  .tp_as_buffer = &array_as_buffer,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  .tp_traverse = vbpy_array_traverse,
  .tp_clear = vbpy_array_clear,
  .tp_doc = "VTK data array (AOS, SOA or scaled SOA storage); supports the buffer protocol.",
  .tp_new = array_new,
};

int vbpy_array_init_type(PyObject *module) {
  /* one method table: this file's methods, then vbpy_array_values.c's and
   * vbpy_array_typed.c's */
  static PyMethodDef all[192];
  size_t k = 0;
  for (PyMethodDef *m = array_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_array_value_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_array_typed_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_array_view_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_array_api_methods; m->ml_name; m++) all[k++] = *m;  /* vbpy_array_api.c */
  for (PyMethodDef *m = vbpy_array_info_methods; m->ml_name; m++) all[k++] = *m; /* vbpy_array_info.c */
  if (k >= sizeof all / sizeof all[0]) {
    PyErr_SetString(PyExc_SystemError, "vtkDataArray: method table too small");
    return -1;
  }
  VbArray_Type.tp_methods = all;
  VbArray_Type.tp_getset = vbpy_array_info_getset;
  if (vbpy_add_type(module, &VbAbstractArray_Type, NULL, "vtkAbstractArray") < 0 ||
      vbpy_array_info_add_constants(&VbAbstractArray_Type) < 0)
    return -1;
  return vbpy_add_type(module, &VbArray_Type, &VbAbstractArray_Type, "vtkDataArray");
}

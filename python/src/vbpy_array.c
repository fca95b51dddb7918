/* vbpy_array.c - vtkDataArray: Python face of vb_array (AOS, SOA, scaled SOA).
 *
 * Concrete classes (vtkFloatArray, vtkAOSDataArrayTemplate['float32'],
 * vtkSOADataArrayTemplate['float64'], ...) are Python subclasses setting
 * _vb_type (VTK type id) and _vb_layout (VB_LAYOUT_*); see vtkbuf/_templates.py.
 *
 * This file: construction, shape, storage, copies, buffers, name and the
 * buffer protocol, and the type's one method table (values, tuples and
 * components: vbpy_array_values.c; the typed API: vbpy_array_typed.c).
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
#include "vbpy_types.h"

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
  int type = vbpy_class_type(cls, "vtkFloatArray");
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

#define COUNT_SETTER(pyname, cfn, vtkname)                                            \
  static PyObject *pyname(PyObject *op, PyObject *arg) {                               \
    int64_t n;                                                                         \
    if (vbpy_count_arg(vtkname, arg, &n) < 0) return NULL;                             \
    VBPY_RETURN_NONE(cfn(ARR(op), n));                                                         \
  }
COUNT_SETTER(a_set_ntup, vb_array_set_number_of_tuples, "SetNumberOfTuples")
static PyObject *a_set_nval(PyObject *op, PyObject *arg) { /* VTK 9.7.1 returns True */
  int64_t n;
  if (vbpy_count_arg("SetNumberOfValues", arg, &n) < 0) return NULL;
  return vbpy_status(vb_array_set_number_of_values(ARR(op), n), Py_NewRef(Py_True));
}

static PyObject *a_resize(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("Resize", arg, &n) < 0) return NULL;
  int s = vb_array_resize(ARR(op), n);
  return vbpy_status(s, PyLong_FromLong(1)); /* VTK 9.7.1: 1 */
}

static PyObject *a_allocate(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (vbpy_nargs("Allocate", nargs, 1, 2) < 0) return NULL;
  int64_t n, ext = 1000;
  if (vbpy_count_arg("Allocate", args[0], &n) < 0) return NULL;
  if (nargs == 2 && vbpy_count_arg("Allocate", args[1], &ext) < 0) return NULL;
  int s = vb_array_allocate(ARR(op), n, ext);
  return vbpy_status(s, PyLong_FromLong(1)); /* VTK 9.7.1: 1 */
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
  if (vbpy_count_arg("SetArray", size_arg, &size) < 0) return NULL;
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
  if (vbpy_count_arg("SetArray", size_arg, &size) < 0) return NULL;
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
    PyErr_Format(vbpy_IndexValueError, "SetArray(): component %d not in [0, %d)", c,
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
    PyErr_Format(vbpy_IndexValueError, "GetVoidPointer(): index %lld not in [0, %lld]", (long long)i,
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

/* what the export covers is the core's answer (vb_view_of); Python adds
 * only where to go instead */
static int array_getbuffer(PyObject *op, Py_buffer *view, int flags) {
  vb_view v;
  PyObject **cache;
  if (vb_view_of(VBPY_OBJ(op), -1, &v) < 0) {
    view->obj = NULL;
    PyErr_Format(PyExc_BufferError, "%s: %s (use %s)", vb_array_class_name(ARR(op)), vb_last_error(),
                 vb_array_is_implicit(ARR(op)) ? "numpy.asarray(arr): a computed copy"
                                               : "GetComponentBuffer(c) or numpy_support.vtk_soa_to_numpy");
    return -1;
  }
  if (!(cache = vbpy_array_export_cache(op))) { /* np.asarray(arr) in a loop: no new holder */
    view->obj = NULL;
    return -1;
  }
  return vbpy_export(view, flags, v.block, v.data, v.type, (Py_ssize_t)(v.count / v.columns), v.columns,
                     v.columns > 1 ? 2 : 1, vb_array_type(ARR(op)) == VB_BIT ? NULL : cache);
}

static PyBufferProcs array_as_buffer = {.bf_getbuffer = array_getbuffer, .bf_releasebuffer = NULL};

/* GetTupleN, SetTupleN, InsertTupleN, InsertNextTupleN (vbpy_array_values.c) */
#define TUPLE_DEFS(N)                                                                   \
  {"GetTuple" #N, vbpy_array_get_tuple##N, METH_O, VBPY_DOC("GetTuple" #N "(t)")},                \
  {"SetTuple" #N, VBPY_FC(vbpy_array_set_tuple##N), VBPY_DOC("SetTuple" #N "(t, ...)")},          \
  {"InsertTuple" #N, VBPY_FC(vbpy_array_insert_tuple##N), VBPY_DOC("InsertTuple" #N "(t, ...)")}, \
  {"InsertNextTuple" #N, VBPY_FC(vbpy_array_insert_next_tuple##N),                      \
   VBPY_DOC("InsertNextTuple" #N "(...) -> tuple index")},

/* vtkDataArray's whole Python surface: one table (the functions outside this
 * file are declared in vbpy_types.h) */
static vbpy_method array_methods[] = {
  {"GetDataType", a_type, METH_NOARGS, VBPY_DOC("VTK type id")},
  {"GetDataTypeAsString", a_type_str, METH_NOARGS, VBPY_DOC("C type name")},
  {"GetNumberOfComponents", a_ncomp, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfComponents", a_set_ncomp, METH_O, VBPY_DOC("")},
  {"GetNumberOfTuples", a_ntup, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfTuples", a_set_ntup, METH_O, VBPY_DOC("")},
  {"GetNumberOfValues", a_nval, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfValues", a_set_nval, METH_O, VBPY_DOC("")},
  {"GetMaxId", a_maxid, METH_NOARGS, VBPY_DOC("")},
  {"GetSize", a_size, METH_NOARGS, VBPY_DOC("allocated values")},
  {"Resize", a_resize, METH_O, VBPY_DOC("Resize(ntuples)")},
  {"Allocate", VBPY_FC(a_allocate), VBPY_DOC("Allocate(size[, ext])")},
  {"Squeeze", a_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"Initialize", a_initialize, METH_NOARGS, VBPY_DOC("")},
  {"DeepCopy", a_deep_copy, METH_O, VBPY_DOC("")},
  {"ShallowCopy", a_shallow_copy, METH_O, VBPY_DOC("")},
  {"GetBuffer", a_get_buffer, METH_NOARGS, VBPY_DOC("AOS: the array's vtkBuffer")},
  {"GetComponentBuffer", a_get_component_buffer, METH_O, VBPY_DOC("SOA: the vtkBuffer of component c")},
  {"SetBuffer", VBPY_FC(a_set_buffer), VBPY_DOC("AOS SetBuffer(buffer[, updateMaxId=True]); SOA SetBuffer(comp, buffer[, updateMaxId=False])")},
  {"SetComponentBuffer", VBPY_FC(a_set_component_buffer), VBPY_DOC("SetComponentBuffer(c, buffer[, updateMaxId])")},
  {"SetArray", VBPY_FC(a_set_array), VBPY_DOC("AOS SetArray(obj, size, save[, deleteMethod]); SOA SetArray(c, obj, size, updateMaxId, save[, deleteMethod])")},
  {"SetVoidArray", VBPY_FC(a_set_array), VBPY_DOC("same as SetArray")},
  {"GetVoidPointer", a_get_void_pointer, METH_O, VBPY_DOC("address of value i")},
  {"GetScale", a_scale, METH_NOARGS, VBPY_DOC("scaled SOA: scale (1.0 otherwise)")},
  {"SetScale", a_set_scale, METH_O, VBPY_DOC("scaled SOA: SetScale(s)")},
  {"GetName", a_get_name, METH_NOARGS, VBPY_DOC("")},
  {"SetName", a_set_name, METH_O, VBPY_DOC("")},
  /* values, tuples, components (vbpy_array_values.c) */
  {"GetValue", vbpy_array_get_value, METH_O, VBPY_DOC("GetValue(i)")},
  {"SetValue", VBPY_FC(vbpy_array_set_value), VBPY_DOC("SetValue(i, v)")},
  {"InsertValue", VBPY_FC(vbpy_array_insert_value), VBPY_DOC("InsertValue(i, v)")},
  {"InsertNextValue", vbpy_array_insert_next_value, METH_O, VBPY_DOC("InsertNextValue(v) -> value index")},
  {"GetTuple", vbpy_array_get_tuple, METH_O, VBPY_DOC("GetTuple(t) -> tuple (floats; exact ints for 64-bit integer arrays)")},
  {"SetTuple", VBPY_FC(vbpy_array_set_tuple), VBPY_DOC("SetTuple(t, seq | *scalars) or SetTuple(t, srcT, srcArray)")},
  {"InsertTuple", VBPY_FC(vbpy_array_insert_tuple), VBPY_DOC("InsertTuple(t, seq | *scalars | srcT, srcArray)")},
  {"InsertNextTuple", VBPY_FC(vbpy_array_insert_next_tuple), VBPY_DOC("InsertNextTuple(seq | *scalars | srcT, srcArray)")},
  TUPLE_DEFS(1) TUPLE_DEFS(2) TUPLE_DEFS(3) TUPLE_DEFS(4) TUPLE_DEFS(6) TUPLE_DEFS(9)
  {"GetComponent", VBPY_FC(vbpy_array_get_component), VBPY_DOC("GetComponent(t, c)")},
  {"SetComponent", VBPY_FC(vbpy_array_set_component), VBPY_DOC("SetComponent(t, c, v)")},
  {"GetRange", VBPY_FC(vbpy_array_get_range), VBPY_DOC("GetRange(comp=0) -> (min, max); comp -1: magnitude")},
  /* VTK 9.7's typed API, reserve, value range, lookup (vbpy_array_typed.c) */
  {"GetTypedComponent", VBPY_FC(vbpy_array_typed_get_component), VBPY_DOC("GetTypedComponent(t, c) -> value (value rules)")},
  {"SetTypedComponent", VBPY_FC(vbpy_array_typed_set_component), VBPY_DOC("SetTypedComponent(t, c, v) (value rules)")},
  {"InsertTypedComponent", VBPY_FC(vbpy_array_typed_insert_component), VBPY_DOC("InsertTypedComponent(t, c, v): grows to t + 1 tuples")},
  {"GetTypedTuple", VBPY_FC(vbpy_array_typed_get_tuple), VBPY_DOC("GetTypedTuple(t, out): fills the mutable sequence out")},
  {"SetTypedTuple", VBPY_FC(vbpy_array_typed_set_tuple), VBPY_DOC("SetTypedTuple(t, seq) (value rules)")},
  {"InsertTypedTuple", VBPY_FC(vbpy_array_typed_insert_tuple), VBPY_DOC("InsertTypedTuple(t, seq) (value rules)")},
  {"InsertNextTypedTuple", VBPY_FC(vbpy_array_typed_insert_next_tuple), VBPY_DOC("InsertNextTypedTuple(seq) -> tuple index")},
  {"ReserveValues", vbpy_array_typed_reserve_values, METH_O, VBPY_DOC("ReserveValues(n) -> 1")},
  {"ReserveTuples", vbpy_array_typed_reserve_tuples, METH_O, VBPY_DOC("ReserveTuples(n) -> 1")},
  {"GetCapacity", vbpy_array_typed_capacity, METH_NOARGS, VBPY_DOC("allocated values (VTK 9.7's name for GetSize)")},
  {"GetValueRange", VBPY_FC(vbpy_array_typed_value_range), VBPY_DOC("GetValueRange(comp=0) -> (min, max) in the value type")},
  {"LookupValue", vbpy_array_typed_lookup, METH_O, VBPY_DOC("LookupValue(v) -> first value index equal to v, or -1")},
  /* the cached NumPy view (vbpy_array_view.c) */
  {"_vb_view", vbpy_array_view, METH_NOARGS, VBPY_DOC("internal: the cached NumPy view(s) if still valid, else None")},
  {"_vb_set_view", vbpy_array_set_view, METH_O, VBPY_DOC("internal: cache NumPy view(s) for the current storage")},
  /* vbpy_array_api.c */
  {"ExportToVoidPointer", vbpy_array_export, METH_O, VBPY_DOC("ExportToVoidPointer(writable buffer): copy the values into it")},
  {"WritePointer", VBPY_FC(vbpy_array_write_pointer), VBPY_DOC("WritePointer(i, n) -> address of value i (AOS)")},
  {"WriteVoidPointer", VBPY_FC(vbpy_array_write_pointer), VBPY_DOC("WriteVoidPointer(i, n): WritePointer")},
  {"GetPointer", vbpy_array_get_pointer, METH_O, VBPY_DOC("GetPointer(i): GetVoidPointer(i)")},
  {"GetComponentArrayPointer", vbpy_array_component_pointer, METH_O, VBPY_DOC("SOA: address of component c's values")},
  {"DataElementChanged", vbpy_array_element_changed, METH_O, VBPY_DOC("nothing to invalidate")},
  {"SetComponentName", VBPY_FC(vbpy_array_set_component_name), VBPY_DOC("SetComponentName(c, name)")},
  {"GetComponentName", vbpy_array_get_component_name, METH_O, VBPY_DOC("GetComponentName(c) -> str or None")},
  {"HasAComponentName", vbpy_array_has_component_name, METH_NOARGS, VBPY_DOC("")},
  {"CopyComponentNames", vbpy_array_copy_component_names, METH_O, VBPY_DOC("CopyComponentNames(src) -> 1 if copied, else 0")},
  {"Fill", vbpy_array_fill, METH_O, VBPY_DOC("Fill(v): every component of every tuple (double rules)")},
  {"FillValue", vbpy_array_fill_value, METH_O, VBPY_DOC("FillValue(v) (value rules)")},
  {"FillComponent", VBPY_FC(vbpy_array_fill_component), VBPY_DOC("FillComponent(c, v) (double rules)")},
  {"FillTypedComponent", VBPY_FC(vbpy_array_fill_typed_component), VBPY_DOC("FillTypedComponent(c, v) (value rules)")},
  {"CopyComponent", VBPY_FC(vbpy_array_copy_component), VBPY_DOC("CopyComponent(dstComp, src, srcComp) -> bool")},
  {"InsertComponent", VBPY_FC(vbpy_array_insert_component), VBPY_DOC("InsertComponent(t, c, v): grows (double rules)")},
  {"RemoveTuple", vbpy_array_remove_tuple, METH_O, VBPY_DOC("RemoveTuple(t)")},
  {"RemoveFirstTuple", vbpy_array_remove_first, METH_NOARGS, VBPY_DOC("")},
  {"RemoveLastTuple", vbpy_array_remove_last, METH_NOARGS, VBPY_DOC("drops the last tuple, then Squeeze (VTK)")},
  {"Reset", vbpy_array_reset, METH_NOARGS, VBPY_DOC("MaxId = -1, storage kept")},
  {"InsertTuples", VBPY_FC(vbpy_array_insert_tuples), VBPY_DOC("InsertTuples(dstIds, srcIds, src) | (dstStart, n, srcStart, src)")},
  {"InsertTuplesStartingAt", VBPY_FC(vbpy_array_insert_tuples_at), VBPY_DOC("InsertTuplesStartingAt(dstStart, srcIds, src)")},
  {"GetTuples", VBPY_FC(vbpy_array_get_tuples), VBPY_DOC("GetTuples(ids, out) | GetTuples(p1, p2, out)")},
  {"InterpolateTuple", VBPY_FC(vbpy_array_interpolate), VBPY_DOC("InterpolateTuple(i, ids, src, weights) | (i, id1, src1, id2, src2, t)")},
  {"GetIntegerTuple", VBPY_FC(vbpy_array_get_int_tuple), VBPY_DOC("GetIntegerTuple(t, out): fills out with ints")},
  {"GetUnsignedTuple", VBPY_FC(vbpy_array_get_uint_tuple), VBPY_DOC("GetUnsignedTuple(t, out): fills out with ints (modulo 2**64)")},
  {"SetIntegerTuple", VBPY_FC(vbpy_array_set_int_tuple), VBPY_DOC("SetIntegerTuple(t, ints)")},
  {"SetUnsignedTuple", VBPY_FC(vbpy_array_set_uint_tuple), VBPY_DOC("SetUnsignedTuple(t, ints)")},
  {"GetData", VBPY_FC(vbpy_array_get_data), VBPY_DOC("GetData(tupleMin, tupleMax, compMin, compMax, out vtkDoubleArray)")},
  /* vbpy_array_info.c */
  {"GetDataTypeMin", (PyCFunction)(void (*)(void))vbpy_array_type_min, METH_FASTCALL | METH_CLASS, VBPY_DOC("GetDataTypeMin([type])")},
  {"GetDataTypeMax", (PyCFunction)(void (*)(void))vbpy_array_type_max, METH_FASTCALL | METH_CLASS, VBPY_DOC("GetDataTypeMax([type])")},
  {"GetDataTypeRange", (PyCFunction)(void (*)(void))vbpy_array_type_range, METH_FASTCALL | METH_CLASS,
   VBPY_DOC("GetDataTypeRange(out) | GetDataTypeRange(type, out): fills out with (min, max)")},
  {"GetDataTypeValueMin", vbpy_array_value_min, METH_NOARGS, VBPY_DOC("the type's minimum in the value type")},
  {"GetDataTypeValueMax", vbpy_array_value_max, METH_NOARGS, VBPY_DOC("the type's maximum in the value type")},
  {"GetFiniteRange", VBPY_FC(vbpy_array_finite_range), VBPY_DOC("GetFiniteRange([out,] [comp]) -> (min, max) of finite values")},
  {"GetMaxNorm", vbpy_array_max_norm, METH_NOARGS, VBPY_DOC("largest tuple L2 norm")},
  {"GetElementComponentSize", vbpy_array_elem_size, METH_NOARGS, VBPY_DOC("")},
  {"GetActualMemorySize", vbpy_array_memory, METH_NOARGS, VBPY_DOC("KiB of the allocated values")},
  {"GetDataSize", vbpy_array_data_size, METH_NOARGS, VBPY_DOC("components x tuples")},
  {"IsNumeric", vbpy_array_is_numeric, METH_NOARGS, VBPY_DOC("")},
  {"IsIntegral", vbpy_array_is_integral, METH_NOARGS, VBPY_DOC("")},
  {"GetArrayType", vbpy_array_array_type, METH_NOARGS, VBPY_DOC("")},
  {"GetArrayTypeAsString", vbpy_array_array_type_str, METH_NOARGS, VBPY_DOC("")},
  {"HasStandardMemoryLayout", vbpy_array_standard_layout, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfComponentsMinValue", vbpy_array_ncomp_min, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfComponentsMaxValue", vbpy_array_ncomp_max, METH_NOARGS, VBPY_DOC("")},
  {"GetMaxDiscreteValues", vbpy_array_max_discrete, METH_NOARGS, VBPY_DOC("")},
  {"NewInstance", vbpy_array_new_instance, METH_NOARGS, VBPY_DOC("a new empty array of the same class")},
  {"ExtendedNew", vbpy_array_extended_new, METH_NOARGS | METH_CLASS, VBPY_DOC("a new empty array of the class")},
  {"SetMaxDiscreteValues", vbpy_array_set_max_discrete, METH_O, VBPY_DOC("")},
  {"ClearLookup", vbpy_array_noop, METH_NOARGS, VBPY_DOC("nothing to clear (LookupValue keeps no cache)")},
  {"DataChanged", vbpy_array_noop, METH_NOARGS, VBPY_DOC("nothing to invalidate (LookupValue keeps no cache)")},
  {"GetMemorySpace", vbpy_array_memory_space, METH_NOARGS, VBPY_DOC("HostMemory (0)")},
  {"HasInformation", vbpy_array_has_information, METH_NOARGS, VBPY_DOC("False: vtkbuf arrays carry no vtkInformation")},
  {"FastDownCast", vbpy_array_fast_down_cast, METH_O | METH_STATIC, VBPY_DOC("FastDownCast(array) -> array")},
  {"ToAOSDataArray", vbpy_array_to_aos, METH_NOARGS, VBPY_DOC("self if AOS, else an AOS deep copy")},
  {"", NULL, 0, NULL},
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
  return vbpy_new_instance(r);
}

static vbpy_method abstract_methods[] = {
  {"GetDataTypeSize", (PyCFunction)(void (*)(void))aa_type_size, METH_FASTCALL | METH_CLASS,
   VBPY_DOC("GetDataTypeSize([type]) -> bytes per value (VTK_BIT: 0)")},
  {"CreateArray", aa_create, METH_O | METH_STATIC, VBPY_DOC("CreateArray(type) -> a new array of that type")},
  {"CreateDataArray", aa_create, METH_O | METH_STATIC, VBPY_DOC("CreateDataArray(type) -> a new data array")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbAbstractArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkAbstractArray",
  .tp_basicsize = sizeof(VbArrayObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("VTK's abstract array: the static helpers CreateArray, CreateDataArray, GetDataTypeSize."),
  .tp_methods = VBPY_METHODS(abstract_methods),
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
  .tp_doc = VBPY_DOC("VTK data array (AOS, SOA or scaled SOA storage); supports the buffer protocol."),
  .tp_new = array_new,
  .tp_methods = VBPY_METHODS(array_methods),
  .tp_getset = VBPY_GETSETS(vbpy_array_info_getset),
};

/* vbpy_value_array.c - vtkStringArray and vtkVariantArray: Python face of
 * vb_value_array (src/vb_value_array.h).  A string array takes str or bytes
 * (UTF-8 in the core) and gives str, or bytes for text that is not UTF-8
 * (VTK 9.7.1's wrapping); a variant array takes and gives vtkVariant (any
 * value vtkVariant() takes is converted).  No buffer protocol, no NumPy view
 * (VTK has none). */
#include "vbpy_types.h"

#define VA(op) vb_value_array_from_object(VBPY_OBJ(op))
#define IS_STR(op) (vb_value_array_type(VA(op)) == VB_STRING_ARRAY)

static PyObject *va_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  int t = PyType_IsSubtype(cls, &VbStringArray_Type) ? VB_STRING_ARRAY : VB_VARIANT_ARRAY;
  return vbpy_wrap_new(vb_value_array_object(vb_value_array_new(t)), cls);
}

/* a value array of the same class, or TypeError */
static vb_value_array *same_arg(const char *fn, PyObject *self, PyObject *o) {
  vb_value_array *a = PyObject_TypeCheck(o, &VbObject_Type) ? vb_value_array_from_object(VBPY_OBJ(o)) : NULL;
  if (!a || vb_value_array_type(a) != vb_value_array_type(VA(self))) {
    PyErr_Format(PyExc_TypeError, "%s argument: expected a %s, got %.100s", fn, Py_TYPE(self)->tp_name,
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  return a;
}

/* a source of tuples: the same class, or a string array into a variant array */
static vb_value_array *source_arg(const char *fn, PyObject *self, PyObject *o) {
  vb_value_array *a = PyObject_TypeCheck(o, &VbObject_Type) ? vb_value_array_from_object(VBPY_OBJ(o)) : NULL;
  if (a && !IS_STR(self) && vb_value_array_type(a) == VB_STRING_ARRAY) return a;
  return same_arg(fn, self, o);
}

/* a Python value into v: strings only for a string array's value methods */
static int value_arg(const char *fn, PyObject *self, PyObject *o, int strict, vb_variant *v) {
  vb_variant_init(v);
  if (strict && IS_STR(self) && !PyUnicode_Check(o) && !PyBytes_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s argument: string is required", fn);
    return -1;
  }
  return vbpy_variant_arg(o, v);
}

static PyObject *value_out(PyObject *self, const vb_variant *v, int as_variant) {
  if (!v) return vbpy_error(vb_last_status());
  if (as_variant || !IS_STR(self)) return vbpy_variant_new(v);
  PyObject *s = PyUnicode_DecodeUTF8(v->s, (Py_ssize_t)v->len, NULL);
  if (s || !PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) return s;
  PyErr_Clear();
  return PyBytes_FromStringAndSize(v->s, (Py_ssize_t)v->len);
}

static PyObject *get_value(PyObject *op, PyObject *arg, int as_variant) {
  int64_t i;
  if (vbpy_index_arg("GetValue", arg, &i) < 0) return NULL;
  return value_out(op, vb_value_array_get_value(VA(op), i), as_variant);
}
static PyObject *a_get_value(PyObject *op, PyObject *arg) { return get_value(op, arg, 0); }
static PyObject *a_get_variant(PyObject *op, PyObject *arg) { return get_value(op, arg, 1); }

/* SetValue / InsertValue (strict) and their Variant forms */
static PyObject *put(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int strict,
                     int (*f)(vb_value_array *, int64_t, const vb_variant *)) {
  int64_t i;
  vb_variant v;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_index_arg(fn, args[0], &i) < 0 ||
      value_arg(fn, op, args[1], strict, &v) < 0)
    return NULL;
  int st = f(VA(op), i, &v);
  vb_variant_clear(&v);
  return vbpy_status(st, Py_NewRef(Py_None));
}
static PyObject *a_set_value(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, "SetValue", 1, vb_value_array_set_value);
}
static PyObject *a_insert_value(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, "InsertValue", 1, vb_value_array_insert_value);
}
static PyObject *a_set_variant(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, "SetVariantValue", 0, vb_value_array_set_value);
}
static PyObject *a_insert_variant(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, "InsertVariantValue", 0, vb_value_array_insert_value);
}

static PyObject *a_insert_next(PyObject *op, PyObject *arg) {
  vb_variant v;
  int64_t i = -1;
  if (value_arg("InsertNextValue", op, arg, 1, &v) < 0) return NULL;
  int st = vb_value_array_insert_next_value(VA(op), &v, &i);
  vb_variant_clear(&v);
  return vbpy_status(st, PyLong_FromLongLong(i));
}

static PyObject *a_lookup(PyObject *op, PyObject *arg) {
  vb_variant v;
  if (value_arg("LookupValue", op, arg, 0, &v) < 0) return NULL;
  int64_t i = vb_value_array_lookup_value(VA(op), &v);
  vb_variant_clear(&v);
  return PyLong_FromLongLong(i);
}

/* GetTypedComponent(t, c) / SetTypedComponent(t, c, v): value t * comps + c */
static int comp_index(const char *fn, PyObject *op, PyObject *const *args, int64_t *i) {
  int64_t t;
  int c, nc = vb_value_array_get_number_of_components(VA(op));
  if (vbpy_index_arg(fn, args[0], &t) < 0 || vbpy_int_arg(fn, args[1], &c) < 0) return -1;
  if (c < 0 || c >= nc || t < 0 || t > INT64_MAX / nc) {
    PyErr_Format(PyExc_ValueError, "%s: component %d of tuple %lld out of range", fn, c, (long long)t);
    return -1;
  }
  *i = t * nc + c;
  return 0;
}
static PyObject *a_get_typed(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i;
  if (vbpy_nargs("GetTypedComponent", n, 2, 2) < 0 || comp_index("GetTypedComponent", op, args, &i) < 0) return NULL;
  return value_out(op, vb_value_array_get_value(VA(op), i), 0);
}
static PyObject *a_set_typed(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i;
  vb_variant v;
  if (vbpy_nargs("SetTypedComponent", n, 3, 3) < 0 || comp_index("SetTypedComponent", op, args, &i) < 0 ||
      value_arg("SetTypedComponent", op, args[2], 1, &v) < 0)
    return NULL;
  int st = vb_value_array_set_value(VA(op), i, &v);
  vb_variant_clear(&v);
  return vbpy_status(st, Py_NewRef(Py_None));
}

/* ---- shape and storage ---- */
#define GETTER(name, expr)                                                                 \
  static PyObject *name(PyObject *op, PyObject *u) {                                       \
    (void)op; (void)u;                                                                     \
    return expr;                                                                           \
  }
GETTER(a_type, PyLong_FromLong(vb_value_array_type(VA(op))))
GETTER(a_type_str, PyUnicode_FromString(IS_STR(op) ? "string" : "variant"))
GETTER(a_type_size, PyLong_FromLong(vb_value_array_get_data_type_size(VA(op))))
GETTER(a_elem_size, PyLong_FromLong(vb_value_array_get_element_component_size(VA(op))))
GETTER(a_ncomp, PyLong_FromLong(vb_value_array_get_number_of_components(VA(op))))
GETTER(a_ntup, PyLong_FromLongLong(vb_value_array_get_number_of_tuples(VA(op))))
GETTER(a_nval, PyLong_FromLongLong(vb_value_array_get_number_of_values(VA(op))))
GETTER(a_maxid, PyLong_FromLongLong(vb_value_array_get_max_id(VA(op))))
GETTER(a_size, PyLong_FromLongLong(vb_value_array_get_size(VA(op))))
GETTER(a_data_size, PyLong_FromLongLong(vb_value_array_get_data_size(VA(op))))
GETTER(a_memory, PyLong_FromLongLong(vb_value_array_get_actual_memory_size(VA(op))))
GETTER(a_array_type, PyLong_FromLong(IS_STR(op) ? 2 : 3))
GETTER(a_array_type_str, PyUnicode_FromString(IS_STR(op) ? "VTK_STRING_ARRAY" : "VTK_VARIANT_ARRAY"))
GETTER(a_false, Py_NewRef(Py_False))
GETTER(a_true, Py_NewRef(Py_True))
GETTER(a_none, Py_NewRef(Py_None))
GETTER(a_one, PyLong_FromLong(1))
GETTER(a_zero, PyLong_FromLong(0))
GETTER(a_ncomp_max, PyLong_FromLong(2147483647))
GETTER(a_max_discrete, PyLong_FromUnsignedLong(vb_value_array_get_max_discrete_values(VA(op))))
GETTER(a_has_comp_name, PyBool_FromLong(vb_value_array_has_a_component_name(VA(op))))
GETTER(a_name, vb_value_array_get_name(VA(op)) ? PyUnicode_FromString(vb_value_array_get_name(VA(op)))
                                               : Py_NewRef(Py_None))
GETTER(a_squeeze, vbpy_status(vb_value_array_squeeze(VA(op)), Py_NewRef(Py_None)))
GETTER(a_initialize, vbpy_status(vb_value_array_initialize(VA(op)), Py_NewRef(Py_None)))
GETTER(a_reset, vbpy_status(vb_value_array_reset(VA(op)), Py_NewRef(Py_None)))
GETTER(a_new_instance, vbpy_wrap_new(vb_value_array_object(vb_value_array_new(vb_value_array_type(VA(op)))),
                                     Py_TYPE(op)))

static PyObject *a_set_name(PyObject *op, PyObject *arg) {
  const char *s = NULL;
  if (arg != Py_None && !(s = PyUnicode_AsUTF8(arg))) return NULL;
  return vbpy_status(vb_value_array_set_name(VA(op), s), Py_NewRef(Py_None));
}

static PyObject *a_set_ncomp(PyObject *op, PyObject *arg) {
  int n;
  if (vbpy_int_arg("SetNumberOfComponents", arg, &n) < 0) return NULL;
  return vbpy_status(vb_value_array_set_number_of_components(VA(op), n < 1 ? 1 : n), Py_NewRef(Py_None));
}

/* count(n) -> result for SetNumberOf*, Resize, Reserve* */
static PyObject *counted(PyObject *op, PyObject *arg, const char *fn, int (*f)(vb_value_array *, int64_t),
                         PyObject *ok) {
  int64_t n;
  if (vbpy_index_arg(fn, arg, &n) < 0) {
    Py_DECREF(ok);
    return NULL;
  }
  return vbpy_status(f(VA(op), n), ok);
}
static PyObject *a_set_nval(PyObject *op, PyObject *a) {
  return counted(op, a, "SetNumberOfValues", vb_value_array_set_number_of_values, Py_NewRef(Py_True));
}
static PyObject *a_set_ntup(PyObject *op, PyObject *a) {
  return counted(op, a, "SetNumberOfTuples", vb_value_array_set_number_of_tuples, Py_NewRef(Py_None));
}
static PyObject *a_resize(PyObject *op, PyObject *a) {
  return counted(op, a, "Resize", vb_value_array_resize, PyLong_FromLong(1));
}
static PyObject *a_reserve_tuples(PyObject *op, PyObject *a) {
  return counted(op, a, "ReserveTuples", vb_value_array_reserve_tuples, PyLong_FromLong(1));
}
static int reserve_values(vb_value_array *a, int64_t n) {
  int nc = vb_value_array_get_number_of_components(a);
  return vb_value_array_reserve_tuples(a, n < 0 ? n : n / nc + (n % nc != 0));
}
static PyObject *a_reserve_values(PyObject *op, PyObject *a) {
  return counted(op, a, "ReserveValues", reserve_values, PyLong_FromLong(1));
}
static PyObject *a_allocate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t size, ext;
  if (vbpy_nargs("Allocate", n, 1, 2) < 0 || vbpy_index_arg("Allocate", args[0], &size) < 0 ||
      (n > 1 && vbpy_index_arg("Allocate", args[1], &ext) < 0))
    return NULL;
  return vbpy_status(vb_value_array_allocate(VA(op), size), PyLong_FromLong(1));
}

static PyObject *copy(PyObject *op, PyObject *arg, const char *fn,
                      int (*f)(vb_value_array *, const vb_value_array *)) {
  vb_value_array *src;
  if (arg == Py_None) Py_RETURN_NONE; /* VTK: nothing on None */
  if (!(src = same_arg(fn, op, arg))) return NULL;
  return vbpy_status(f(VA(op), src), Py_NewRef(Py_None));
}
static PyObject *a_deep_copy(PyObject *op, PyObject *arg) {
  return copy(op, arg, "DeepCopy", vb_value_array_deep_copy);
}
static PyObject *a_shallow_copy(PyObject *op, PyObject *arg) {
  return copy(op, arg, "ShallowCopy", vb_value_array_shallow_copy);
}

/* ---- tuples ---- */
static PyObject *a_set_tuple(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i, j;
  vb_value_array *src;
  if (vbpy_nargs("SetTuple", n, 3, 3) < 0 || vbpy_index_arg("SetTuple", args[0], &i) < 0 ||
      vbpy_index_arg("SetTuple", args[1], &j) < 0 || !(src = source_arg("SetTuple", op, args[2])))
    return NULL;
  return vbpy_status(vb_value_array_set_tuple_from(VA(op), i, src, j), Py_NewRef(Py_None));
}
static PyObject *a_insert_tuple(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i, j;
  vb_value_array *src;
  if (vbpy_nargs("InsertTuple", n, 3, 3) < 0 || vbpy_index_arg("InsertTuple", args[0], &i) < 0 ||
      vbpy_index_arg("InsertTuple", args[1], &j) < 0 || !(src = source_arg("InsertTuple", op, args[2])))
    return NULL;
  return vbpy_status(vb_value_array_insert_tuple_from(VA(op), i, src, j), Py_NewRef(Py_None));
}
static PyObject *a_insert_next_tuple(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t j, i = -1;
  vb_value_array *src;
  if (vbpy_nargs("InsertNextTuple", n, 2, 2) < 0 || vbpy_index_arg("InsertNextTuple", args[0], &j) < 0 ||
      !(src = source_arg("InsertNextTuple", op, args[1])))
    return NULL;
  int st = vb_value_array_insert_next_tuple_from(VA(op), src, j, &i);
  return vbpy_status(st, PyLong_FromLongLong(i));
}

/* InsertTuples(dstIds, srcIds, src) | (dstStart, n, srcStart, src) */
static PyObject *a_insert_tuples(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_value_array *src;
  int st = VB_OK;
  if (vbpy_nargs("InsertTuples", n, 3, 4) < 0 || !(src = source_arg("InsertTuples", op, args[n - 1]))) return NULL;
  if (n == 4) {
    int64_t d, k, s;
    if (vbpy_index_arg("InsertTuples", args[0], &d) < 0 || vbpy_index_arg("InsertTuples", args[1], &k) < 0 ||
        vbpy_index_arg("InsertTuples", args[2], &s) < 0)
      return NULL;
    st = vb_value_array_insert_tuples_range(VA(op), d, k, s, src);
  } else {
    vb_id *d = NULL, *s = NULL;
    int64_t nd, ns;
    if (vbpy_ids_arg("InsertTuples", args[0], &d, &nd) < 0) return NULL;
    if (vbpy_ids_arg("InsertTuples", args[1], &s, &ns) < 0) {
      PyMem_Free(d);
      return NULL;
    }
    if (nd != ns) PyErr_Format(PyExc_ValueError, "InsertTuples: %lld and %lld ids", (long long)nd, (long long)ns);
    else st = vb_value_array_insert_tuples(VA(op), d, s, nd, src);
    PyMem_Free(d);
    PyMem_Free(s);
    if (nd != ns) return NULL;
  }
  return vbpy_status(st, Py_NewRef(Py_None));
}

static PyObject *a_insert_tuples_at(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_value_array *src;
  vb_id *s = NULL;
  int64_t d, ns;
  if (vbpy_nargs("InsertTuplesStartingAt", n, 3, 3) < 0 || vbpy_index_arg("InsertTuplesStartingAt", args[0], &d) < 0 ||
      !(src = source_arg("InsertTuplesStartingAt", op, args[2])) ||
      vbpy_ids_arg("InsertTuplesStartingAt", args[1], &s, &ns) < 0)
    return NULL;
  int st = vb_value_array_insert_tuples_starting_at(VA(op), d, s, ns, src);
  PyMem_Free(s);
  return vbpy_status(st, Py_NewRef(Py_None));
}

/* GetTuples(ids, out) | GetTuples(p1, p2, out) */
static PyObject *a_get_tuples(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_value_array *out;
  int st;
  if (vbpy_nargs("GetTuples", n, 2, 3) < 0 || !(out = same_arg("GetTuples", op, args[n - 1]))) return NULL;
  if (n == 3) {
    int64_t p1, p2;
    if (vbpy_index_arg("GetTuples", args[0], &p1) < 0 || vbpy_index_arg("GetTuples", args[1], &p2) < 0) return NULL;
    st = vb_value_array_get_tuples_range(VA(op), p1, p2, out);
  } else {
    vb_id *ids = NULL;
    int64_t k;
    if (vbpy_ids_arg("GetTuples", args[0], &ids, &k) < 0) return NULL;
    st = vb_value_array_get_tuples(VA(op), ids, k, out);
    PyMem_Free(ids);
  }
  return vbpy_status(st, Py_NewRef(Py_None));
}

/* InterpolateTuple(i, ids, src, weights) | (i, id1, src1, id2, src2, t) */
static PyObject *a_interpolate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i;
  int st;
  if (vbpy_nargs("InterpolateTuple", n, 4, 6) < 0 || n == 5 || vbpy_index_arg("InterpolateTuple", args[0], &i) < 0)
    return n == 5 ? (PyErr_SetString(PyExc_TypeError, "InterpolateTuple takes 4 or 6 arguments"), NULL) : NULL;
  if (n == 6) {
    int64_t id1, id2;
    double t;
    vb_value_array *s1, *s2;
    if (vbpy_index_arg("InterpolateTuple", args[1], &id1) < 0 || !(s1 = same_arg("InterpolateTuple", op, args[2])) ||
        vbpy_index_arg("InterpolateTuple", args[3], &id2) < 0 || !(s2 = same_arg("InterpolateTuple", op, args[4])) ||
        vbpy_real_arg("InterpolateTuple", args[5], &t) < 0)
      return NULL;
    st = vb_value_array_interpolate_tuple2(VA(op), i, id1, s1, id2, s2, t);
  } else {
    vb_value_array *src;
    vb_id *ids = NULL;
    int64_t k;
    double *w;
    if (!(src = same_arg("InterpolateTuple", op, args[2])) || vbpy_ids_arg("InterpolateTuple", args[1], &ids, &k) < 0)
      return NULL;
    if (!(w = PyMem_Calloc((size_t)(k ? k : 1), sizeof *w))) {
      PyMem_Free(ids);
      return PyErr_NoMemory();
    }
    PyObject *seq = PySequence_Fast(args[3], "InterpolateTuple argument 4: a sequence of weights is required");
    st = VB_OK;
    if (!seq || PySequence_Fast_GET_SIZE(seq) < k) {
      if (seq) PyErr_SetString(PyExc_ValueError, "InterpolateTuple: fewer weights than ids");
      st = VB_EINVAL;
    }
    for (int64_t j = 0; st == VB_OK && j < k; j++)
      if (vbpy_real_arg("InterpolateTuple", PySequence_Fast_GET_ITEM(seq, j), &w[j]) < 0) st = VB_EINVAL;
    Py_XDECREF(seq);
    if (st == VB_OK) st = vb_value_array_interpolate_tuple(VA(op), i, ids, k, src, w);
    else st = 1; /* exception already set */
    PyMem_Free(ids);
    PyMem_Free(w);
    if (st == 1) return NULL;
  }
  return vbpy_status(st, Py_NewRef(Py_None));
}

static PyObject *a_fast_down_cast(PyObject *cls, PyObject *arg) {
  if (PyObject_TypeCheck(arg, (PyTypeObject *)cls)) return Py_NewRef(arg);
  Py_RETURN_NONE;
}

static PyObject *a_set_max_discrete(PyObject *op, PyObject *arg) {
  int n;
  if (vbpy_int_arg("SetMaxDiscreteValues", arg, &n) < 0) return NULL;
  return vbpy_status(vb_value_array_set_max_discrete_values(VA(op), (unsigned)n), Py_NewRef(Py_None));
}

/* component names, CopyComponent */
static PyObject *a_set_comp_name(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c;
  const char *name = NULL;
  if (vbpy_nargs("SetComponentName", n, 2, 2) < 0 || vbpy_index_arg("SetComponentName", args[0], &c) < 0 ||
      (args[1] != Py_None && !(name = PyUnicode_AsUTF8(args[1]))))
    return NULL;
  return vbpy_status(vb_value_array_set_component_name(VA(op), c, name), Py_NewRef(Py_None));
}
static PyObject *a_get_comp_name(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_index_arg("GetComponentName", arg, &c) < 0) return NULL;
  const char *name = vb_value_array_get_component_name(VA(op), c);
  return name ? PyUnicode_FromString(name) : Py_NewRef(Py_None);
}
static PyObject *a_copy_comp_names(PyObject *op, PyObject *arg) {
  vb_value_array *src;
  int copied = 0;
  if (arg == Py_None) return PyLong_FromLong(0);
  if (!(src = same_arg("CopyComponentNames", op, arg))) return NULL;
  int st = vb_value_array_copy_component_names(VA(op), src, &copied);
  return vbpy_status(st, PyLong_FromLong(copied));
}
/* CopyComponent(dstComp, src, srcComp) -> bool: False for a source VTK refuses */
static PyObject *a_copy_comp(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int dc, sc;
  if (vbpy_nargs("CopyComponent", n, 3, 3) < 0 || vbpy_int_arg("CopyComponent", args[0], &dc) < 0 ||
      vbpy_int_arg("CopyComponent", args[2], &sc) < 0)
    return NULL;
  vb_value_array *src = PyObject_TypeCheck(args[1], &VbObject_Type) ? vb_value_array_from_object(VBPY_OBJ(args[1])) : NULL;
  int st = src ? vb_value_array_copy_component(VA(op), dc, src, sc) : VB_ETYPE;
  if (st == VB_ENOMEM) return vbpy_error(st);
  return vbpy_done(PyBool_FromLong(st == VB_OK));
}
static PyObject *a_extended_new(PyObject *cls, PyObject *u) {
  (void)u;
  return PyObject_CallNoArgs(cls);
}

#define VAL_ROWS                                                                                           \
  {"GetDataType", a_type, METH_NOARGS, VBPY_DOC("VTK_STRING (13) / VTK_VARIANT (20)")},                              \
  {"GetDataTypeAsString", a_type_str, METH_NOARGS, VBPY_DOC("'string' / 'variant'")},                                \
  {"GetDataTypeSize", a_type_size, METH_NOARGS, VBPY_DOC("")},                                                       \
  {"GetElementComponentSize", a_elem_size, METH_NOARGS, VBPY_DOC("")},                                               \
  {"GetNumberOfComponents", a_ncomp, METH_NOARGS, VBPY_DOC("")},                                                     \
  {"SetNumberOfComponents", a_set_ncomp, METH_O, VBPY_DOC("")},                                                      \
  {"GetNumberOfTuples", a_ntup, METH_NOARGS, VBPY_DOC("")},                                                          \
  {"SetNumberOfTuples", a_set_ntup, METH_O, VBPY_DOC("")},                                                           \
  {"GetNumberOfValues", a_nval, METH_NOARGS, VBPY_DOC("")},                                                          \
  {"SetNumberOfValues", a_set_nval, METH_O, VBPY_DOC("-> True")},                                                    \
  {"GetMaxId", a_maxid, METH_NOARGS, VBPY_DOC("")},                                                                  \
  {"GetSize", a_size, METH_NOARGS, VBPY_DOC("allocated values")},                                                    \
  {"GetCapacity", a_size, METH_NOARGS, VBPY_DOC("allocated values")},                                                \
  {"Resize", a_resize, METH_O, VBPY_DOC("Resize(ntuples) -> 1")},                                                    \
  {"Allocate", VBPY_FC(a_allocate), VBPY_DOC("Allocate(size[, ext]) -> 1")},                                         \
  {"ReserveTuples", a_reserve_tuples, METH_O, VBPY_DOC("-> 1")},                                                     \
  {"ReserveValues", a_reserve_values, METH_O, VBPY_DOC("-> 1")},                                                     \
  {"Squeeze", a_squeeze, METH_NOARGS, VBPY_DOC("")},                                                                 \
  {"Initialize", a_initialize, METH_NOARGS, VBPY_DOC("")},                                                           \
  {"Reset", a_reset, METH_NOARGS, VBPY_DOC("")},                                                                     \
  {"DeepCopy", a_deep_copy, METH_O, VBPY_DOC("")},                                                                   \
  {"ShallowCopy", a_shallow_copy, METH_O, VBPY_DOC("shares the values")},                                            \
  {"GetName", a_name, METH_NOARGS, VBPY_DOC("")},                                                                    \
  {"SetName", a_set_name, METH_O, VBPY_DOC("")},                                                                     \
  {"GetValue", a_get_value, METH_O, VBPY_DOC("GetValue(i)")},                                                        \
  {"SetValue", VBPY_FC(a_set_value), VBPY_DOC("SetValue(i, v)")},                                                    \
  {"InsertValue", VBPY_FC(a_insert_value), VBPY_DOC("InsertValue(i, v)")},                                           \
  {"InsertNextValue", a_insert_next, METH_O, VBPY_DOC("InsertNextValue(v) -> index")},                               \
  {"GetVariantValue", a_get_variant, METH_O, VBPY_DOC("GetVariantValue(i) -> vtkVariant")},                          \
  {"SetVariantValue", VBPY_FC(a_set_variant), VBPY_DOC("SetVariantValue(i, v)")},                                    \
  {"InsertVariantValue", VBPY_FC(a_insert_variant), VBPY_DOC("InsertVariantValue(i, v)")},                           \
  {"LookupValue", a_lookup, METH_O, VBPY_DOC("LookupValue(v) -> index or -1")},                                      \
  {"GetTypedComponent", VBPY_FC(a_get_typed), VBPY_DOC("GetTypedComponent(t, c)")},                                  \
  {"SetTypedComponent", VBPY_FC(a_set_typed), VBPY_DOC("SetTypedComponent(t, c, v)")},                               \
  {"SetTuple", VBPY_FC(a_set_tuple), VBPY_DOC("SetTuple(i, j, src)")},                                               \
  {"InsertTuple", VBPY_FC(a_insert_tuple), VBPY_DOC("InsertTuple(i, j, src)")},                                      \
  {"InsertNextTuple", VBPY_FC(a_insert_next_tuple), VBPY_DOC("InsertNextTuple(j, src) -> tuple index")},             \
  {"InsertTuples", VBPY_FC(a_insert_tuples), VBPY_DOC("InsertTuples(dstIds, srcIds, src) | (dstStart, n, srcStart, src)")}, \
  {"InsertTuplesStartingAt", VBPY_FC(a_insert_tuples_at), VBPY_DOC("InsertTuplesStartingAt(dstStart, srcIds, src)")}, \
  {"GetTuples", VBPY_FC(a_get_tuples), VBPY_DOC("GetTuples(ids, out) | (p1, p2, out)")},                             \
  {"InterpolateTuple", VBPY_FC(a_interpolate), VBPY_DOC("InterpolateTuple(i, ids, src, weights) | (i, id1, s1, id2, s2, t)")}, \
  {"GetDataSize", a_data_size, METH_NOARGS, VBPY_DOC("")},                                                           \
  {"GetActualMemorySize", a_memory, METH_NOARGS, VBPY_DOC("KiB")},                                                   \
  {"IsNumeric", a_zero, METH_NOARGS, VBPY_DOC("0")},                                                                  \
  {"IsIntegral", a_false, METH_NOARGS, VBPY_DOC("False")},                                                           \
  {"GetArrayType", a_array_type, METH_NOARGS, VBPY_DOC("")},                                                         \
  {"GetArrayTypeAsString", a_array_type_str, METH_NOARGS, VBPY_DOC("")},                                             \
  {"HasStandardMemoryLayout", a_true, METH_NOARGS, VBPY_DOC("")},                                                    \
  {"HasInformation", a_false, METH_NOARGS, VBPY_DOC("False: no vtkInformation")},                                    \
  {"HasAComponentName", a_has_comp_name, METH_NOARGS, VBPY_DOC("")},                                                 \
  {"SetComponentName", VBPY_FC(a_set_comp_name), VBPY_DOC("SetComponentName(c, name)")},                             \
  {"GetComponentName", a_get_comp_name, METH_O, VBPY_DOC("GetComponentName(c) -> str or None")},                     \
  {"CopyComponentNames", a_copy_comp_names, METH_O, VBPY_DOC("CopyComponentNames(src) -> 1 if copied, else 0")},     \
  {"CopyComponent", VBPY_FC(a_copy_comp), VBPY_DOC("CopyComponent(dstComp, src, srcComp) -> bool")},                 \
  {"ExtendedNew", a_extended_new, METH_NOARGS | METH_CLASS, VBPY_DOC("a new empty array of the class")},             \
  {"GetNumberOfComponentsMinValue", a_one, METH_NOARGS, VBPY_DOC("")},                                               \
  {"GetNumberOfComponentsMaxValue", a_ncomp_max, METH_NOARGS, VBPY_DOC("")},                                         \
  {"GetMaxDiscreteValues", a_max_discrete, METH_NOARGS, VBPY_DOC("")},                                                    \
  {"SetMaxDiscreteValues", a_set_max_discrete, METH_O, VBPY_DOC("a setting only")},                                  \
  {"ClearLookup", a_none, METH_NOARGS, VBPY_DOC("no cache to clear")},                                               \
  {"DataChanged", a_none, METH_NOARGS, VBPY_DOC("no cache to clear")},                                               \
  {"DataElementChanged", a_none, METH_O, VBPY_DOC("no cache to clear")},                                             \
  {"NewInstance", a_new_instance, METH_NOARGS, VBPY_DOC("")},                                                        \
  {"FastDownCast", a_fast_down_cast, METH_O | METH_CLASS, VBPY_DOC("FastDownCast(array) -> array or None")},

static vbpy_method string_methods[] = {
  VAL_ROWS
  {"GetNumberOfElementComponents", a_one, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};
static vbpy_method variant_methods[] = {VAL_ROWS{"", NULL, 0, NULL}};

static vbpy_getset va_props[] = {
  {"name", VBPY_GET, VBPY_SET, VBPY_DOC("GetName / SetName"), "GetName"},
  {"number_of_components", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfComponents"},
  {"number_of_tuples", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfTuples"},
  {"number_of_values", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfValues"},
  {"max_id", VBPY_GET, NULL, VBPY_DOC(""), "GetMaxId"},
  {"size", VBPY_GET, NULL, VBPY_DOC(""), "GetSize"},
  {"capacity", VBPY_GET, NULL, VBPY_DOC(""), "GetCapacity"},
  {"data_type", VBPY_GET, NULL, VBPY_DOC(""), "GetDataType"},
  {"data_type_size", VBPY_GET, NULL, VBPY_DOC(""), "GetDataTypeSize"},
  {"data_size", VBPY_GET, NULL, VBPY_DOC(""), "GetDataSize"},
  {"element_component_size", VBPY_GET, NULL, VBPY_DOC(""), "GetElementComponentSize"},
  {"actual_memory_size", VBPY_GET, NULL, VBPY_DOC(""), "GetActualMemorySize"},
  {"array_type", VBPY_GET, NULL, VBPY_DOC(""), "GetArrayType"},
  {"max_discrete_values", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetMaxDiscreteValues"},
  {"number_of_components_max_value", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfComponentsMaxValue"},
  {"number_of_components_min_value", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfComponentsMinValue"},
  {"", NULL, NULL, NULL, ""},
};

#define VA_TYPE(var, pyname, methods, doc)                                                 \
  PyTypeObject var = {                                                                     \
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = pyname,                                       \
    .tp_basicsize = sizeof(VbArrayObject),                                                 \
    .tp_dealloc = vbpy_object_dealloc,                                                     \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,                                  \
    .tp_doc = VBPY_DOC(doc),                                                                         \
    .tp_methods = VBPY_METHODS(methods),                                                   \
    .tp_getset = VBPY_GETSETS(va_props),                                                   \
    .tp_init = vbpy_object_init,                                                           \
    .tp_new = va_new,                                                                      \
  };
VA_TYPE(VbStringArray_Type, "vtkbuf.vtkStringArray", string_methods, "vtkStringArray: an array of strings.")
VA_TYPE(VbVariantArray_Type, "vtkbuf.vtkVariantArray", variant_methods, "vtkVariantArray: an array of vtkVariant.")

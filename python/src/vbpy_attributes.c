/* vbpy_attributes.c - vtkDataSetAttributes and its named forms vtkPointData /
 * vtkCellData: Python face of vb_attributes (src/vb_attributes.h), a
 * subclass of vtkFieldData (vbpy_field_data.c has the array list).
 * Not-found answers are the core's: GetScalars('nope') None,
 * SetActiveScalars('nope') -1. */
#include "vbpy_types.h"

#define AT(op) vb_attributes_from_object(VBPY_OBJ(op))

PyTypeObject VbAttributes_Type, VbPointData_Type, VbCellData_Type;

static PyObject *attrs_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  int assoc = PyType_IsSubtype(cls, &VbPointData_Type)  ? VB_ASSOCIATION_POINTS
              : PyType_IsSubtype(cls, &VbCellData_Type) ? VB_ASSOCIATION_CELLS
                                                        : VB_ASSOCIATION_NONE;
  return vbpy_wrap_new(vb_attributes_object(vb_attributes_new_association(assoc)), cls);
}

static PyObject *wrap_arr(vb_array *a) { return vbpy_wrap(vb_array_object(a), NULL); }

static vb_attributes *attrs_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbAttributes_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected vtkDataSetAttributes, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return AT(o);
}

static int type_arg(const char *fn, PyObject *o, int *t) { return vbpy_int_arg(fn, o, t); }

/* Set<Attr>(array | None) -> index (-1 for None) */
static PyObject *set_attr(PyObject *op, PyObject *arg, int type, const char *fn) {
  int none;
  vb_array *a = vbpy_array_arg(fn, arg, 1, &none);
  if (!a && !none) return NULL;
  int s = vb_attributes_set_attribute(AT(op), a, type);
  return vbpy_status(s < 0 ? s : VB_OK, PyLong_FromLong(a ? s : -1));
}

/* SetActive<Attr>(name | None) -> index, -1 when no array has the name */
static PyObject *set_active(PyObject *op, PyObject *arg, int type, const char *fn) {
  if (arg == Py_None) {
    int s = vb_attributes_set_active_attribute(AT(op), -1, type);
    return vbpy_status(s, PyLong_FromLong(-1));
  }
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or None, not %.100s", fn, Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  int s = vb_attributes_set_active_attribute_by_name(AT(op), name, type);
  return vbpy_status(s < -1 ? s : VB_OK, PyLong_FromLong(s < -1 ? -1 : s));
}

/* Get<Attr>() or Get<Attr>(name) */
static PyObject *get_attr(PyObject *op, PyObject *const *args, Py_ssize_t n, int type, const char *fn) {
  if (vbpy_nargs(fn, n, 0, 1) < 0) return NULL;
  if (n == 0) return wrap_arr(vb_attributes_get_attribute(AT(op), type));
  if (!PyUnicode_Check(args[0])) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str), not %.100s", fn, Py_TYPE(args[0])->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(args[0]);
  return name ? wrap_arr(vb_attributes_get_attribute_by_name(AT(op), name, type)) : NULL;
}

static int ctype_args(const char *fn, PyObject *const *args, Py_ssize_t n, Py_ssize_t first, int *ctype) {
  *ctype = VB_COPY_ALL;
  return n > first ? vbpy_int_arg(fn, args[first], ctype) : 0;
}

/* Copy<Attr>On/Off(ctype=ALLCOPY), SetCopy<Attr>(i, ctype=ALLCOPY), GetCopy<Attr>(ctype=ALLCOPY) */
static PyObject *copy_onoff(PyObject *op, PyObject *const *args, Py_ssize_t n, int type, int on, const char *fn) {
  int ctype;
  if (vbpy_nargs(fn, n, 0, 1) < 0 || ctype_args(fn, args, n, 0, &ctype) < 0) return NULL;
  VBPY_RETURN_NONE(vb_attributes_set_copy_attribute(AT(op), type, on, ctype));
}
static PyObject *set_copy(PyObject *op, PyObject *const *args, Py_ssize_t n, int type, const char *fn) {
  int v, ctype;
  if (vbpy_nargs(fn, n, 1, 2) < 0 || vbpy_int_arg(fn, args[0], &v) < 0 || ctype_args(fn, args, n, 1, &ctype) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_set_copy_attribute(AT(op), type, v, ctype));
}
static PyObject *get_copy(PyObject *op, PyObject *const *args, Py_ssize_t n, int type, const char *fn) {
  int ctype;
  if (vbpy_nargs(fn, n, 0, 1) < 0 || ctype_args(fn, args, n, 0, &ctype) < 0) return NULL;
  return PyLong_FromLong(vb_attributes_get_copy_attribute(AT(op), type, ctype));
}

#define ATTR_METHODS(NAME, TYPE)                                                                                 \
  static PyObject *a_get_##NAME(PyObject *op, PyObject *const *a, Py_ssize_t n) {                              \
    return get_attr(op, a, n, TYPE, "Get" #NAME);                                                              \
  }                                                                                                            \
  static PyObject *a_set_##NAME(PyObject *op, PyObject *arg) { return set_attr(op, arg, TYPE, "Set" #NAME); } \
  static PyObject *a_active_##NAME(PyObject *op, PyObject *arg) {                                              \
    return set_active(op, arg, TYPE, "SetActive" #NAME);                                                       \
  }                                                                                                            \
  static PyObject *a_on_##NAME(PyObject *op, PyObject *const *a, Py_ssize_t n) {                               \
    return copy_onoff(op, a, n, TYPE, 1, "Copy" #NAME "On");                                                   \
  }                                                                                                            \
  static PyObject *a_off_##NAME(PyObject *op, PyObject *const *a, Py_ssize_t n) {                              \
    return copy_onoff(op, a, n, TYPE, 0, "Copy" #NAME "Off");                                                  \
  }                                                                                                            \
  static PyObject *a_setc_##NAME(PyObject *op, PyObject *const *a, Py_ssize_t n) {                             \
    return set_copy(op, a, n, TYPE, "SetCopy" #NAME);                                                          \
  }                                                                                                            \
  static PyObject *a_getc_##NAME(PyObject *op, PyObject *const *a, Py_ssize_t n) {                             \
    return get_copy(op, a, n, TYPE, "GetCopy" #NAME);                                                          \
  }
ATTR_METHODS(Scalars, VB_ATTRIBUTE_SCALARS)
ATTR_METHODS(Vectors, VB_ATTRIBUTE_VECTORS)
ATTR_METHODS(Normals, VB_ATTRIBUTE_NORMALS)
ATTR_METHODS(TCoords, VB_ATTRIBUTE_TCOORDS)
ATTR_METHODS(Tensors, VB_ATTRIBUTE_TENSORS)
ATTR_METHODS(GlobalIds, VB_ATTRIBUTE_GLOBALIDS)
ATTR_METHODS(PedigreeIds, VB_ATTRIBUTE_PEDIGREEIDS)
ATTR_METHODS(Tangents, VB_ATTRIBUTE_TANGENTS)
ATTR_METHODS(RationalWeights, VB_ATTRIBUTE_RATIONALWEIGHTS)
ATTR_METHODS(HigherOrderDegrees, VB_ATTRIBUTE_HIGHERORDERDEGREES)
ATTR_METHODS(ProcessIds, VB_ATTRIBUTE_PROCESSIDS)
#define ATTR_DEFS(NAME)                                                                          \
  {"Get" #NAME, VBPY_FC(a_get_##NAME), VBPY_DOC("Get" #NAME "() / Get" #NAME "(name) -> array or None")}, \
  {"Set" #NAME, a_set_##NAME, METH_O, VBPY_DOC("Set" #NAME "(array | None) -> index")},                    \
  {"SetActive" #NAME, a_active_##NAME, METH_O, VBPY_DOC("SetActive" #NAME "(name) -> index, -1 if unknown")}, \
  {"Copy" #NAME "On", VBPY_FC(a_on_##NAME), VBPY_DOC("Copy" #NAME "On(ctype=ALLCOPY)")},                    \
  {"Copy" #NAME "Off", VBPY_FC(a_off_##NAME), VBPY_DOC("Copy" #NAME "Off(ctype=ALLCOPY)")},                 \
  {"SetCopy" #NAME, VBPY_FC(a_setc_##NAME), VBPY_DOC("SetCopy" #NAME "(i, ctype=ALLCOPY)")},               \
  {"GetCopy" #NAME, VBPY_FC(a_getc_##NAME), VBPY_DOC("GetCopy" #NAME "(ctype=ALLCOPY)")},

static PyObject *a_get_attribute(PyObject *op, PyObject *arg) {
  int t;
  if (type_arg("GetAttribute", arg, &t) < 0) return NULL;
  if (t < 0 || t >= VB_NUM_ATTRIBUTES) Py_RETURN_NONE; /* VTK: None (and a warning) */
  return wrap_arr(vb_attributes_get_attribute(AT(op), t));
}

static PyObject *a_set_attribute(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int t;
  if (vbpy_nargs("SetAttribute", n, 2, 2) < 0 || type_arg("SetAttribute", args[1], &t) < 0) return NULL;
  return set_attr(op, args[0], t, "SetAttribute");
}

/* SetActiveAttribute(name | index, type) -> index, -1 for an unknown name */
static PyObject *a_set_active_attribute(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int t;
  if (vbpy_nargs("SetActiveAttribute", n, 2, 2) < 0 || type_arg("SetActiveAttribute", args[1], &t) < 0) return NULL;
  if (PyUnicode_Check(args[0]) || args[0] == Py_None) return set_active(op, args[0], t, "SetActiveAttribute");
  int i;
  if (vbpy_int_arg("SetActiveAttribute", args[0], &i) < 0) return NULL;
  int s = vb_attributes_set_active_attribute(AT(op), i, t);
  return vbpy_status(s, PyLong_FromLong(i));
}

static PyObject *a_is_attribute(PyObject *op, PyObject *arg) {
  int i;
  if (vbpy_int_arg("IsArrayAnAttribute", arg, &i) < 0) return NULL;
  return PyLong_FromLong(vb_attributes_is_array_an_attribute(AT(op), i));
}

/* GetAttributeIndices(out): out (12 items) gets the active index of each type */
static PyObject *a_indices(PyObject *op, PyObject *arg) {
  double v[VB_NUM_ATTRIBUTES];
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) v[t] = vb_attributes_get_active_attribute_index(AT(op), t);
  Py_ssize_t len = PySequence_Check(arg) ? PySequence_Size(arg) : -1;
  if (len != VB_NUM_ATTRIBUTES) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "GetAttributeIndices(): expected a list of %d ints", VB_NUM_ATTRIBUTES);
    return NULL;
  }
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) {
    PyObject *x = PyLong_FromLong((long)v[t]);
    if (!x || PySequence_SetItem(arg, t, x) < 0) {
      Py_XDECREF(x);
      return NULL;
    }
    Py_DECREF(x);
  }
  Py_RETURN_NONE;
}

static PyObject *type_name(PyObject *arg, const char *(*f)(int), const char *fn) {
  int t;
  if (vbpy_int_arg(fn, arg, &t) < 0) return NULL;
  const char *s = f(t);
  return s ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
}
static PyObject *a_type_name(PyObject *op, PyObject *arg) {
  (void)op;
  return type_name(arg, vb_attributes_attribute_type_name, "GetAttributeTypeAsString");
}
static PyObject *a_long_type_name(PyObject *op, PyObject *arg) {
  (void)op;
  return type_name(arg, vb_attributes_long_attribute_type_name, "GetLongAttributeTypeAsString");
}

static PyObject *a_set_copy_attribute(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int t, v, ctype;
  if (vbpy_nargs("SetCopyAttribute", n, 2, 3) < 0 || vbpy_int_arg("SetCopyAttribute", args[0], &t) < 0 ||
      vbpy_int_arg("SetCopyAttribute", args[1], &v) < 0 || ctype_args("SetCopyAttribute", args, n, 2, &ctype) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_set_copy_attribute(AT(op), t, v, ctype));
}

static PyObject *a_get_copy_attribute(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int t, ctype;
  if (vbpy_nargs("GetCopyAttribute", n, 2, 2) < 0 || vbpy_int_arg("GetCopyAttribute", args[0], &t) < 0 ||
      vbpy_int_arg("GetCopyAttribute", args[1], &ctype) < 0)
    return NULL;
  return PyLong_FromLong(vb_attributes_get_copy_attribute(AT(op), t, ctype));
}

/* CopyAllocate / InterpolateAllocate(pd, sze=0, ext=1000, shallowCopyArrays=0) */
static PyObject *allocate_op(PyObject *op, PyObject *const *args, Py_ssize_t n, int ctype, const char *fn) {
  int64_t sze = 0, ext;
  int shallow = 0;
  vb_attributes *src;
  if (vbpy_nargs(fn, n, 1, 4) < 0 || !(src = attrs_arg(fn, args[0]))) return NULL;
  if ((n > 1 && vbpy_count_arg(fn, args[1], &sze) < 0) || (n > 2 && vbpy_count_arg(fn, args[2], &ext) < 0) ||
      (n > 3 && vbpy_bool_arg(fn, args[3], &shallow) < 0))
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_copy_allocate(AT(op), src, sze, shallow, ctype));
}
static PyObject *a_copy_allocate(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return allocate_op(op, a, n, VB_COPY_TUPLE, "CopyAllocate");
}
static PyObject *a_interp_allocate(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return allocate_op(op, a, n, VB_COPY_INTERPOLATE, "InterpolateAllocate");
}
static PyObject *a_setup_for_copy(PyObject *op, PyObject *arg) {
  vb_attributes *src = attrs_arg("SetupForCopy", arg);
  if (!src) return NULL;
  VBPY_RETURN_NONE(vb_attributes_copy_allocate(AT(op), src, 0, 1, VB_COPY_TUPLE));
}

/* CopyData(pd, fromId, toId) or CopyData(pd, fromIds, toIds) */
static PyObject *a_copy_data(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_attributes *src;
  int64_t from, to;
  if (vbpy_nargs("CopyData", n, 3, 3) < 0 || !(src = attrs_arg("CopyData", args[0]))) return NULL;
  if (PyIndex_Check(args[1])) {
    if (vbpy_index_arg("CopyData", args[1], &from) < 0 || vbpy_index_arg("CopyData", args[2], &to) < 0) return NULL;
    VBPY_RETURN_NONE(vb_attributes_copy_data(AT(op), src, from, to));
  }
  vb_id *f = NULL, *t = NULL;
  int64_t nf, nt;
  if (vbpy_ids_arg("CopyData", args[1], &f, &nf) < 0) return NULL;
  if (vbpy_ids_arg("CopyData", args[2], &t, &nt) < 0) {
    PyMem_Free(f);
    return NULL;
  }
  int s = nf == nt ? VB_OK : VB_EINVAL;
  if (s != VB_OK) PyErr_SetString(PyExc_ValueError, "CopyData(): fromIds and toIds differ in length");
  for (int64_t k = 0; s == VB_OK && k < nt; k++) s = vb_attributes_copy_data(AT(op), src, f[k], t[k]);
  PyMem_Free(f);
  PyMem_Free(t);
  if (PyErr_Occurred()) return NULL;
  VBPY_RETURN_NONE(s);
}

/* InterpolatePoint(pd, toId, ptIds, weights) */
static PyObject *a_interpolate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_attributes *src;
  int64_t to, np;
  vb_id *ids = NULL;
  if (vbpy_nargs("InterpolatePoint", n, 4, 4) < 0 || !(src = attrs_arg("InterpolatePoint", args[0])) ||
      vbpy_index_arg("InterpolatePoint", args[1], &to) < 0 || vbpy_ids_arg("InterpolatePoint", args[2], &ids, &np) < 0)
    return NULL;
  double *w = PyMem_Malloc((size_t)(np ? np : 1) * sizeof *w);
  PyObject *seq = w ? PySequence_Fast(args[3], "InterpolatePoint(): weights must be a sequence of floats") : NULL;
  int ok = seq && PySequence_Fast_GET_SIZE(seq) >= np;
  if (seq && !ok) PyErr_SetString(PyExc_ValueError, "InterpolatePoint(): fewer weights than point ids");
  for (int64_t k = 0; ok && k < np; k++) ok = vbpy_real_arg("InterpolatePoint", PySequence_Fast_GET_ITEM(seq, k), &w[k]) == 0;
  Py_XDECREF(seq);
  int s = ok ? vb_attributes_interpolate_point(AT(op), src, to, np, ids, w) : VB_OK;
  PyMem_Free(ids);
  PyMem_Free(w);
  if (!w) return PyErr_NoMemory();
  if (!ok) return NULL;
  VBPY_RETURN_NONE(s);
}

/* InterpolateEdge(pd, toId, p1, p2, t) */
static PyObject *a_interp_edge(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_attributes *src;
  int64_t to, p1, p2;
  double t;
  if (vbpy_nargs("InterpolateEdge", n, 5, 5) < 0 || !(src = attrs_arg("InterpolateEdge", args[0])) ||
      vbpy_index_arg("InterpolateEdge", args[1], &to) < 0 || vbpy_index_arg("InterpolateEdge", args[2], &p1) < 0 ||
      vbpy_index_arg("InterpolateEdge", args[3], &p2) < 0 || vbpy_real_arg("InterpolateEdge", args[4], &t) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_interpolate_edge(AT(op), src, to, p1, p2, t));
}

/* InterpolateTime(from1, from2, id, t) */
static PyObject *a_interp_time(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_attributes *f1, *f2;
  int64_t id;
  double t;
  if (vbpy_nargs("InterpolateTime", n, 4, 4) < 0 || !(f1 = attrs_arg("InterpolateTime", args[0])) ||
      !(f2 = attrs_arg("InterpolateTime", args[1])) || vbpy_index_arg("InterpolateTime", args[2], &id) < 0 ||
      vbpy_real_arg("InterpolateTime", args[3], &t) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_interpolate_time(AT(op), f1, f2, id, t));
}

/* CopyTuple(fromArray, toArray, fromId, toId); CopyTuples(from, to, fromIds, toIds)
 * or (from, to, dstStart, n, srcStart) */
static PyObject *a_copy_tuple(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t f, t;
  vb_array *a, *b;
  (void)op;
  if (vbpy_nargs("CopyTuple", n, 4, 4) < 0 || !(a = vbpy_array_arg("CopyTuple", args[0], 0, NULL)) ||
      !(b = vbpy_array_arg("CopyTuple", args[1], 0, NULL)) || vbpy_index_arg("CopyTuple", args[2], &f) < 0 ||
      vbpy_index_arg("CopyTuple", args[3], &t) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_attributes_copy_tuple(a, b, f, t));
}
static PyObject *a_copy_tuples(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_array *a, *b;
  int s = VB_OK;
  (void)op;
  if (vbpy_nargs("CopyTuples", n, 4, 5) < 0 || !(a = vbpy_array_arg("CopyTuples", args[0], 0, NULL)) ||
      !(b = vbpy_array_arg("CopyTuples", args[1], 0, NULL)))
    return NULL;
  if (n == 5) {
    int64_t d, k, s0;
    if (vbpy_index_arg("CopyTuples", args[2], &d) < 0 || vbpy_count_arg("CopyTuples", args[3], &k) < 0 ||
        vbpy_index_arg("CopyTuples", args[4], &s0) < 0)
      return NULL;
    for (int64_t i = 0; i < k && s == VB_OK; i++) s = vb_attributes_copy_tuple(a, b, s0 + i, d + i);
    VBPY_RETURN_NONE(s);
  }
  vb_id *fi, *ti;
  int64_t nf, nt;
  if (vbpy_ids_arg("CopyTuples", args[2], &fi, &nf) < 0) return NULL;
  if (vbpy_ids_arg("CopyTuples", args[3], &ti, &nt) < 0) { PyMem_Free(fi); return NULL; }
  if (nf != nt) {
    PyMem_Free(fi);
    PyMem_Free(ti);
    return PyErr_Format(PyExc_ValueError, "CopyTuples(): %lld source ids, %lld target ids", (long long)nf, (long long)nt);
  }
  for (int64_t i = 0; i < nf && s == VB_OK; i++) s = vb_attributes_copy_tuple(a, b, fi[i], ti[i]);
  PyMem_Free(fi);
  PyMem_Free(ti);
  VBPY_RETURN_NONE(s);
}

static vbpy_getset attrs_props[] = {
  {"scalars", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetScalars"},
  {"vectors", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetVectors"},
  {"normals", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNormals"},
  {"t_coords", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetTCoords"},
  {"tensors", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetTensors"},
  {"global_ids", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetGlobalIds"},
  {"pedigree_ids", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetPedigreeIds"},
  {"tangents", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetTangents"},
  {"rational_weights", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetRationalWeights"},
  {"higher_order_degrees", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetHigherOrderDegrees"},
  {"process_ids", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetProcessIds"},
  {"", NULL, NULL, NULL, ""},
};

static vbpy_method attrs_methods[] = {
  {"GetAttribute", a_get_attribute, METH_O, VBPY_DOC("GetAttribute(type) -> active array or None")},
  {"GetAbstractAttribute", a_get_attribute, METH_O, VBPY_DOC("GetAbstractAttribute(type) -> active array or None")},
  {"SetAttribute", VBPY_FC(a_set_attribute), VBPY_DOC("SetAttribute(array, type) -> index")},
  {"SetActiveAttribute", VBPY_FC(a_set_active_attribute), VBPY_DOC("SetActiveAttribute(name | index, type) -> index")},
  {"IsArrayAnAttribute", a_is_attribute, METH_O, VBPY_DOC("IsArrayAnAttribute(index) -> attribute type or -1")},
  {"GetAttributeIndices", a_indices, METH_O, VBPY_DOC("GetAttributeIndices(out): out[type] = active index or -1")},
  {"GetAttributeTypeAsString", a_type_name, METH_O | METH_STATIC, VBPY_DOC("'Scalars', 'Vectors', ...")},
  {"GetLongAttributeTypeAsString", a_long_type_name, METH_O | METH_STATIC, VBPY_DOC("'vtkDataSetAttributes::SCALARS', ...")},
  {"SetCopyAttribute", VBPY_FC(a_set_copy_attribute), VBPY_DOC("SetCopyAttribute(type, value, ctype=ALLCOPY)")},
  {"GetCopyAttribute", VBPY_FC(a_get_copy_attribute), VBPY_DOC("GetCopyAttribute(type, ctype) -> flag")},
  {"CopyAllocate", VBPY_FC(a_copy_allocate), VBPY_DOC("CopyAllocate(pd, sze=0, ext=1000, shallowCopyArrays=0)")},
  {"InterpolateAllocate", VBPY_FC(a_interp_allocate), VBPY_DOC("InterpolateAllocate(pd, sze=0, ext=1000, shallowCopyArrays=0)")},
  {"SetupForCopy", a_setup_for_copy, METH_O, VBPY_DOC("SetupForCopy(pd): CopyData mapping over the same arrays")},
  {"CopyData", VBPY_FC(a_copy_data), VBPY_DOC("CopyData(pd, fromId, toId) / CopyData(pd, fromIds, toIds)")},
  {"InterpolatePoint", VBPY_FC(a_interpolate), VBPY_DOC("InterpolatePoint(pd, toId, ptIds, weights)")},
  {"CopyTuple", VBPY_FC(a_copy_tuple), VBPY_DOC("CopyTuple(fromArray, toArray, fromId, toId)")},
  {"CopyTuples", VBPY_FC(a_copy_tuples), VBPY_DOC("CopyTuples(from, to, fromIds, toIds) / (from, to, dstStart, n, srcStart)")},
  {"InterpolateEdge", VBPY_FC(a_interp_edge), VBPY_DOC("InterpolateEdge(pd, toId, p1, p2, t)")},
  {"InterpolateTime", VBPY_FC(a_interp_time), VBPY_DOC("InterpolateTime(from1, from2, id, t)")},
  ATTR_DEFS(Scalars) ATTR_DEFS(Vectors) ATTR_DEFS(Normals) ATTR_DEFS(TCoords) ATTR_DEFS(Tensors)
  ATTR_DEFS(GlobalIds) ATTR_DEFS(PedigreeIds) ATTR_DEFS(Tangents) ATTR_DEFS(RationalWeights)
  ATTR_DEFS(HigherOrderDegrees) ATTR_DEFS(ProcessIds)
  {"", NULL, 0, NULL},
};

static vbpy_method named_attrs_methods[] = {
  {"GetClassName", vbpy_short_class_name, METH_NOARGS, VBPY_DOC("VTK class name")},
  {"", NULL, 0, NULL},
};

#define ATTRS_TYPE(var, pyname, methods_, props_, doc)    \
  PyTypeObject var = {                                    \
    PyVarObject_HEAD_INIT(NULL, 0)                        \
    .tp_name = "vtkbuf." pyname,                          \
    .tp_basicsize = sizeof(VbObject),                     \
    .tp_dealloc = vbpy_object_dealloc,                    \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, \
    .tp_doc = VBPY_DOC(doc),                                        \
    .tp_methods = VBPY_METHODS(methods_),                 \
    .tp_getset = props_,                                  \
    .tp_new = attrs_new,                                  \
  };
ATTRS_TYPE(VbAttributes_Type, "vtkDataSetAttributes", attrs_methods, VBPY_GETSETS(attrs_props),
           "vtkDataSetAttributes: a vtkFieldData with active attributes (scalars, normals, ...).")
ATTRS_TYPE(VbPointData_Type, "vtkPointData", named_attrs_methods, NULL, "vtkPointData: the point attributes of a data set.")
ATTRS_TYPE(VbCellData_Type, "vtkCellData", named_attrs_methods, NULL, "vtkCellData: the cell attributes of a data set.")

/* VTK's class constants (AttributeTypes, AttributeCopyOperations,
 * AttributeLimitTypes, PointGhostTypes, CellGhostTypes) */
static const vbpy_int_constant consts[] = {
  {"SCALARS", 0}, {"VECTORS", 1}, {"NORMALS", 2}, {"TCOORDS", 3}, {"TENSORS", 4}, {"GLOBALIDS", 5},
  {"PEDIGREEIDS", 6}, {"EDGEFLAG", 7}, {"TANGENTS", 8}, {"RATIONALWEIGHTS", 9}, {"HIGHERORDERDEGREES", 10},
  {"PROCESSIDS", 11}, {"NUM_ATTRIBUTES", 12}, {"COPYTUPLE", 0}, {"INTERPOLATE", 1}, {"PASSDATA", 2},
  {"ALLCOPY", 3}, {"MAX", 0}, {"EXACT", 1}, {"NOLIMIT", 2}, {"DUPLICATEPOINT", 1}, {"HIDDENPOINT", 2},
  {"DUPLICATECELL", 1}, {"HIGHCONNECTIVITYCELL", 2}, {"LOWCONNECTIVITYCELL", 4}, {"REFINEDCELL", 8},
  {"EXTERIORCELL", 16}, {"HIDDENCELL", 32},
};

int vbpy_attributes_add_constants(void) { return VBPY_ADD_INT_CONSTANTS(&VbAttributes_Type, consts); }

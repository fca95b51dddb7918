/* vbpy_composite_iter.c - vtkDataObjectTreeIterator (and its abstract base
 * vtkCompositeDataIterator) over vb_composite_iterator, and vtkInformation
 * over vb_information (src/vb_composite.h, src/vb_information.h).  The
 * information keys (vtkInformationStringKey, ...) are Python objects of
 * vtkbuf/_composite.py carrying the core's key name (`_vb_key`) and kind
 * (`_vb_kind`, "s" or "i"). */
#include "vbpy_types.h"

#define IT(op) vb_composite_iterator_from_object(VBPY_OBJ(op))
#define INFO(op) vb_information_from_object(VBPY_OBJ(op))

PyTypeObject VbCompositeIterator_Type, VbDataObjectTreeIterator_Type, VbInformation_Type;

vb_composite_iterator *vbpy_composite_iterator_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbCompositeIterator_Type)) {
    PyErr_Format(PyExc_TypeError, "%s argument: method requires a vtkCompositeDataIterator, a %.100s was provided",
                 fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return IT(o);
}

static PyObject *it_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_composite_iterator_object(vb_composite_iterator_new()), cls);
}

static PyObject *i_set_ds(PyObject *op, PyObject *arg) {
  vb_composite *c = NULL;
  if (arg != Py_None) {
    if (!PyObject_TypeCheck(arg, &VbCompositeDataSet_Type)) {
      PyErr_Format(PyExc_TypeError, "SetDataSet argument: method requires a vtkCompositeDataSet, a %.100s was provided",
                   Py_TYPE(arg)->tp_name);
      return NULL;
    }
    c = vb_composite_from_object(VBPY_OBJ(arg));
  }
  VBPY_RETURN_NONE(vb_composite_iterator_set_data_set(IT(op), c));
}
static PyObject *i_get_ds(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_composite_object(vb_composite_iterator_get_data_set(IT(op))), NULL); }
static PyObject *i_init(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_composite_iterator_init_traversal(IT(op))); }
static PyObject *i_init_rev(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_composite_iterator_init_reverse_traversal(IT(op))); }
static PyObject *i_first(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_composite_iterator_go_to_first_item(IT(op))); }
static PyObject *i_next(PyObject *op, PyObject *u) { (void)u; vb_composite_iterator_go_to_next_item(IT(op)); Py_RETURN_NONE; }
static PyObject *i_done(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_composite_iterator_is_done_with_traversal(IT(op))); }
static PyObject *i_current(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_data_object_object(vb_composite_iterator_get_current_data_object(IT(op))), NULL);
}
static PyObject *i_flat(PyObject *op, PyObject *u) {
  (void)u;
  int64_t f = vb_composite_iterator_get_current_flat_index(IT(op));
  return f < 0 ? vbpy_error((int)f) : PyLong_FromLongLong(f);
}
static PyObject *i_meta(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_information_object(vb_composite_iterator_get_current_meta_data(IT(op))), NULL);
}
static PyObject *i_has_meta(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_composite_iterator_has_current_meta_data(IT(op))); }

/* _option(k) / _option(k, on): the options VB_ITER_*; Get<Option>, Set<Option>,
 * <Option>On/Off are vtkbuf/_composite.py's over it */
static PyObject *i_option(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int k, on = 0;
  if (vbpy_nargs("_option", n, 1, 2) < 0 || vbpy_int_arg("_option", args[0], &k) < 0 ||
      (n == 2 && vbpy_bool_arg("_option", args[1], &on) < 0))
    return NULL;
  if (n == 1) return PyLong_FromLong(vb_composite_iterator_get_option(IT(op), k));
  vb_composite_iterator_set_option(IT(op), k, on);
  Py_RETURN_NONE;
}

static vbpy_method it_methods[] = {
  {"SetDataSet", i_set_ds, METH_O, VBPY_DOC("")},
  {"GetDataSet", i_get_ds, METH_NOARGS, VBPY_DOC("")},
  {"InitTraversal", i_init, METH_NOARGS, VBPY_DOC("")},
  {"InitReverseTraversal", i_init_rev, METH_NOARGS, VBPY_DOC("")},
  {"GoToFirstItem", i_first, METH_NOARGS, VBPY_DOC("")},
  {"GoToNextItem", i_next, METH_NOARGS, VBPY_DOC("")},
  {"IsDoneWithTraversal", i_done, METH_NOARGS, VBPY_DOC("")},
  {"GetCurrentDataObject", i_current, METH_NOARGS, VBPY_DOC("")},
  {"GetCurrentFlatIndex", i_flat, METH_NOARGS, VBPY_DOC("")},
  {"GetCurrentMetaData", i_meta, METH_NOARGS, VBPY_DOC("")},
  {"HasCurrentMetaData", i_has_meta, METH_NOARGS, VBPY_DOC("")},
  {"_option", VBPY_FC(i_option), VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset it_props[] = {
  {"data_set", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetDataSet"},
  {"skip_empty_nodes", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetSkipEmptyNodes"},
  {"reverse", VBPY_GET, NULL, VBPY_DOC(""), "GetReverse"},
  {"current_data_object", VBPY_GET, NULL, VBPY_DOC(""), "GetCurrentDataObject"},
  {"current_flat_index", VBPY_GET, NULL, VBPY_DOC(""), "GetCurrentFlatIndex"},
  {"current_meta_data", VBPY_GET, NULL, VBPY_DOC(""), "GetCurrentMetaData"},
  {"", NULL, NULL, NULL, ""},
};
static vbpy_getset tree_it_props[] = {
  {"visit_only_leaves", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetVisitOnlyLeaves"},
  {"traverse_sub_tree", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetTraverseSubTree"},
  {"", NULL, NULL, NULL, ""},
};

/* Python iteration (VTK 9.7's data_model iterator): the current data object,
 * then GoToNextItem; `for block in composite` uses a NewIterator() */
static PyObject *i_iternext(PyObject *op) {
  vb_composite_iterator *it = IT(op);
  if (vb_composite_iterator_is_done_with_traversal(it)) return NULL;
  PyObject *r = vbpy_wrap(vb_data_object_object(vb_composite_iterator_get_current_data_object(it)), NULL);
  vb_composite_iterator_go_to_next_item(it);
  return r;
}

static PyObject *abstract_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)cls, (void)args, (void)kwds;
  PyErr_SetString(PyExc_TypeError, "this is an abstract class and cannot be instantiated");
  return NULL;
}

PyTypeObject VbCompositeIterator_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCompositeDataIterator",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkCompositeDataIterator (abstract)"),
  .tp_methods = VBPY_METHODS(it_methods),
  .tp_getset = VBPY_GETSETS(it_props),
  .tp_iter = PyObject_SelfIter,
  .tp_iternext = i_iternext,
  .tp_new = abstract_new,
};

PyTypeObject VbDataObjectTreeIterator_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataObjectTreeIterator",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkDataObjectTreeIterator: preorder over a composite data set"),
  .tp_getset = VBPY_GETSETS(tree_it_props),
  .tp_new = it_new,
};

/* ---- vtkInformation ---- */
static PyObject *info_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_information_object(vb_information_new()), cls);
}

/* the key's core name and kind ('s' / 'i'); NULL + TypeError for a non-key */
static const char *key_arg(const char *fn, PyObject *key, int *kind) {
  PyObject *k = PyObject_GetAttrString(key, "_vb_key"), *t = k ? PyObject_GetAttrString(key, "_vb_kind") : NULL;
  const char *name = k && t && PyUnicode_Check(k) && PyUnicode_Check(t) ? PyUnicode_AsUTF8(k) : NULL;
  const char *ks = name ? PyUnicode_AsUTF8(t) : NULL;
  PyErr_Clear();
  if (!ks) {
    PyErr_Format(PyExc_TypeError, "%s argument 1: expected a vtkInformation key, got %.100s", fn, Py_TYPE(key)->tp_name);
    name = NULL;
  } else {
    *kind = ks[0];
  }
  Py_XDECREF(k); /* the key object holds the string */
  Py_XDECREF(t);
  return name;
}

static PyObject *n_set(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int kind;
  const char *key;
  if (vbpy_nargs("Set", n, 2, 2) < 0 || !(key = key_arg("Set", args[0], &kind))) return NULL;
  if (kind == 's') {
    const char *v = PyUnicode_Check(args[1]) ? PyUnicode_AsUTF8(args[1]) : NULL;
    if (!v) {
      if (!PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "Set argument 2: expected str, got %.100s", Py_TYPE(args[1])->tp_name);
      return NULL;
    }
    VBPY_RETURN_NONE(vb_information_set_string(INFO(op), key, v));
  }
  int v;
  if (vbpy_int_arg("Set", args[1], &v) < 0) return NULL;
  VBPY_RETURN_NONE(vb_information_set_integer(INFO(op), key, v));
}

static PyObject *n_get(PyObject *op, PyObject *arg) {
  int kind;
  int64_t v;
  const char *key = key_arg("Get", arg, &kind), *s;
  if (!key) return NULL;
  if (kind == 's') return (s = vb_information_get_string(INFO(op), key)) ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
  vb_information_get_integer(INFO(op), key, &v);
  return PyLong_FromLongLong(v);
}

static PyObject *n_has(PyObject *op, PyObject *arg) {
  int kind;
  const char *key = key_arg("Has", arg, &kind);
  return key ? PyLong_FromLong(vb_information_has(INFO(op), key) != 0) : NULL;
}

static PyObject *n_remove(PyObject *op, PyObject *arg) {
  int kind;
  const char *key = key_arg("Remove", arg, &kind);
  if (!key) return NULL;
  vb_information_remove(INFO(op), key);
  Py_RETURN_NONE;
}

static PyObject *n_count(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_information_get_number_of_keys(INFO(op))); }
static PyObject *n_clear(PyObject *op, PyObject *u) { (void)u; vb_information_clear(INFO(op)); Py_RETURN_NONE; }

static PyObject *n_copy(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (vbpy_nargs("Copy", n, 1, 2) < 0) return NULL;
  if (!PyObject_TypeCheck(args[0], &VbInformation_Type)) {
    PyErr_Format(PyExc_TypeError, "Copy argument 1: method requires a vtkInformation, a %.100s was provided",
                 Py_TYPE(args[0])->tp_name);
    return NULL;
  }
  VBPY_RETURN_NONE(vb_information_copy(INFO(op), INFO(args[0])));
}

/* _keys(): the core's key names, in order (vtkbuf/_composite.py maps them to keys) */
static PyObject *n_keys(PyObject *op, PyObject *u) {
  (void)u;
  int n = vb_information_get_number_of_keys(INFO(op));
  PyObject *t = PyTuple_New(n);
  for (int k = 0; t && k < n; k++) {
    PyObject *s = PyUnicode_FromString(vb_information_get_key(INFO(op), k));
    if (!s) Py_CLEAR(t);
    else PyTuple_SET_ITEM(t, k, s);
  }
  return t;
}

static vbpy_method info_methods[] = {
  {"Set", VBPY_FC(n_set), VBPY_DOC("")},
  {"Get", n_get, METH_O, VBPY_DOC("")},
  {"Has", n_has, METH_O, VBPY_DOC("")},
  {"Remove", n_remove, METH_O, VBPY_DOC("")},
  {"GetNumberOfKeys", n_count, METH_NOARGS, VBPY_DOC("")},
  {"Clear", n_clear, METH_NOARGS, VBPY_DOC("")},
  {"Copy", VBPY_FC(n_copy), VBPY_DOC("")},
  {"_keys", n_keys, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset info_props[] = {
  {"number_of_keys", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfKeys"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbInformation_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkInformation",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkInformation (string and integer keys only: composite metadata)"),
  .tp_methods = VBPY_METHODS(info_methods),
  .tp_getset = VBPY_GETSETS(info_props),
  .tp_new = info_new,
};

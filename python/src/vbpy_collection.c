/* vbpy_collection.c - vtkCollection and vtkDataArrayCollection: Python face
 * of vb_collection (src/vb_collection.h), with VTK 9.7's Python protocol
 * (len, [i] with negative indexes, in, iteration, append/insert/remove/clear,
 * the write-only `items`).  The core holds a reference to every item; an
 * iterator holds the collection's wrapper only (no core reference, so
 * GetReferenceCount is unchanged by iterating, as in VTK). */
#include "vbpy_types.h"

#define COL(op) vb_collection_from_object(VBPY_OBJ(op))

static PyObject *coll_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  PyTypeObject *t = cls;
  int arrays = 0;
  for (; t; t = t->tp_base)
    if (t == &VbDataArrayCollection_Type) arrays = 1;
  return vbpy_wrap_new(vb_collection_object(arrays ? vb_data_array_collection_new() : vb_collection_new()), cls);
}

static vb_object *item_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbObject_Type)) {
    PyErr_Format(PyExc_TypeError, "%s argument: method requires a vtkObject, a %.100s was provided", fn,
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  return VBPY_OBJ(o);
}

static PyObject *status_none(int s) { return vbpy_status(s, Py_NewRef(Py_None)); }

static PyObject *c_add(PyObject *op, PyObject *arg) {
  vb_object *o = item_arg("AddItem", arg);
  return o ? status_none(vb_collection_add_item(COL(op), o)) : NULL;
}

static PyObject *c_index_item(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn,
                              int (*f)(vb_collection *, int64_t, vb_object *)) {
  int64_t i;
  vb_object *o;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_id_arg(fn, args[0], &i) < 0 || !(o = item_arg(fn, args[1]))) return NULL;
  return status_none(f(COL(op), i, o));
}
static PyObject *c_insert(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return c_index_item(op, a, n, "InsertItem", vb_collection_insert_item);
}
static PyObject *c_replace(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return c_index_item(op, a, n, "ReplaceItem", vb_collection_replace_item);
}

/* RemoveItem(i) or RemoveItem(obj) */
static PyObject *c_remove(PyObject *op, PyObject *arg) {
  if (PyObject_TypeCheck(arg, &VbObject_Type)) {
    vb_collection_remove_item_object(COL(op), VBPY_OBJ(arg));
  } else {
    int64_t i;
    if (vbpy_id_arg("RemoveItem", arg, &i) < 0) return NULL;
    vb_collection_remove_item(COL(op), i);
  }
  return vbpy_done(Py_NewRef(Py_None));
}

static PyObject *c_remove_all(PyObject *op, PyObject *u) {
  (void)u;
  vb_collection_remove_all_items(COL(op));
  return vbpy_done(Py_NewRef(Py_None));
}

static PyObject *c_count(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_collection_get_number_of_items(COL(op)));
}

static PyObject *c_get(PyObject *op, PyObject *arg) {
  int64_t i;
  if (vbpy_id_arg("GetItemAsObject", arg, &i) < 0) return NULL;
  return vbpy_wrap(vb_collection_get_item(COL(op), i), NULL);
}

static PyObject *c_init(PyObject *op, PyObject *u) {
  (void)u;
  vb_collection_init_traversal(COL(op));
  Py_RETURN_NONE;
}

static PyObject *c_next(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_collection_get_next_item(COL(op)), NULL);
}

static PyObject *c_present(PyObject *op, PyObject *arg) {
  vb_object *o = item_arg("IsItemPresent", arg);
  return o ? PyLong_FromLongLong(vb_collection_index_of(COL(op), o) + 1) : NULL;
}

static PyObject *c_index_of(PyObject *op, PyObject *arg) {
  vb_object *o = item_arg("IndexOfFirstOccurrence", arg);
  return o ? PyLong_FromLongLong(vb_collection_index_of(COL(op), o)) : NULL;
}

/* ---- the Python protocol ---- */
static Py_ssize_t c_len(PyObject *op) { return (Py_ssize_t)vb_collection_get_number_of_items(COL(op)); }

static PyObject *c_item(PyObject *op, Py_ssize_t i) {
  Py_ssize_t n = c_len(op);
  if (i < 0 || i >= n) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
    return NULL;
  }
  return vbpy_wrap(vb_collection_get_item(COL(op), i), NULL);
}

static int c_contains(PyObject *op, PyObject *v) {
  return PyObject_TypeCheck(v, &VbObject_Type) && vb_collection_index_of(COL(op), VBPY_OBJ(v)) >= 0;
}

/* append(obj) = AddItem; insert(i, obj): before index i (VTK's Python
 * helper: InsertItem(i - 1, obj)); remove(obj) = RemoveItem(obj); clear() */
static PyObject *c_py_insert(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i;
  vb_object *o;
  if (vbpy_nargs("insert", n, 2, 2) < 0 || vbpy_id_arg("insert", args[0], &i) < 0 || !(o = item_arg("insert", args[1])))
    return NULL;
  return status_none(vb_collection_insert_item(COL(op), i - 1, o));
}

static int set_items(PyObject *op, PyObject *value, void *closure) {
  (void)closure;
  if (!value) {
    PyErr_SetString(PyExc_AttributeError, "cannot delete items");
    return -1;
  }
  PyObject *seq = PySequence_Fast(value, "items: expected a sequence of vtkObject");
  if (!seq) return -1;
  Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
  for (Py_ssize_t i = 0; i < n; i++)
    if (!item_arg("items", PySequence_Fast_GET_ITEM(seq, i))) {
      Py_DECREF(seq);
      return -1;
    }
  vb_collection_remove_all_items(COL(op));
  int s = VB_OK;
  for (Py_ssize_t i = 0; i < n && s == VB_OK; i++)
    s = vb_collection_add_item(COL(op), VBPY_OBJ(PySequence_Fast_GET_ITEM(seq, i)));
  Py_DECREF(seq);
  PyObject *r = vbpy_status(s, Py_NewRef(Py_None));
  if (!r) return -1;
  Py_DECREF(r);
  return 0;
}

static PySequenceMethods coll_as_sequence = {
  .sq_length = c_len,
  .sq_item = c_item,
  .sq_contains = c_contains,
};

static vbpy_method coll_methods[] = {
  {"AddItem", c_add, METH_O, VBPY_DOC("AddItem(obj): append (the collection holds a reference)")},
  {"InsertItem", VBPY_FC(c_insert), VBPY_DOC("InsertItem(i, obj): insert after item i (i < 0: at the front)")},
  {"ReplaceItem", VBPY_FC(c_replace), VBPY_DOC("ReplaceItem(i, obj)")},
  {"RemoveItem", c_remove, METH_O, VBPY_DOC("RemoveItem(i) or RemoveItem(obj)")},
  {"RemoveAllItems", c_remove_all, METH_NOARGS, VBPY_DOC("RemoveAllItems()")},
  {"GetNumberOfItems", c_count, METH_NOARGS, VBPY_DOC("GetNumberOfItems() -> int")},
  {"GetItemAsObject", c_get, METH_O, VBPY_DOC("GetItemAsObject(i) -> object or None")},
  {"InitTraversal", c_init, METH_NOARGS, VBPY_DOC("InitTraversal()")},
  {"GetNextItemAsObject", c_next, METH_NOARGS, VBPY_DOC("GetNextItemAsObject() -> object or None at the end")},
  {"IsItemPresent", c_present, METH_O, VBPY_DOC("IsItemPresent(obj) -> 1-based position, 0 if absent")},
  {"IndexOfFirstOccurrence", c_index_of, METH_O, VBPY_DOC("IndexOfFirstOccurrence(obj) -> index or -1")},
  {"IndexOfFirstOccurence", c_index_of, METH_O, VBPY_DOC("deprecated spelling of IndexOfFirstOccurrence")},
  {"append", c_add, METH_O, VBPY_DOC("append(obj): AddItem")},
  {"insert", VBPY_FC(c_py_insert), VBPY_DOC("insert(i, obj): insert before index i")},
  {"remove", c_remove, METH_O, VBPY_DOC("remove(obj): RemoveItem")},
  {"clear", c_remove_all, METH_NOARGS, VBPY_DOC("clear(): RemoveAllItems")},
  {"", NULL, 0, NULL},
};

static vbpy_getset coll_props[] = {
  {"number_of_items", VBPY_GET, NULL, VBPY_DOC("GetNumberOfItems"), "GetNumberOfItems"},
  {"next_item_as_object", VBPY_GET, NULL, VBPY_DOC("GetNextItemAsObject"), "GetNextItemAsObject"},
  {"items", NULL, set_items, VBPY_DOC("items = [...]: replace the contents (write-only, as VTK)"), ""},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbCollection_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCollection",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkCollection: an ordered list of objects (each held by the collection)."),
  .tp_methods = VBPY_METHODS(coll_methods),
  .tp_getset = VBPY_GETSETS(coll_props),
  .tp_as_sequence = &coll_as_sequence,
  .tp_iter = PySeqIter_New,
  .tp_init = vbpy_object_init,
  .tp_new = coll_new,
};

/* vtkDataArrayCollection: data arrays only; GetItem / GetNextItem */
static vbpy_method dac_methods[] = {
  {"GetItem", c_get, METH_O, VBPY_DOC("GetItem(i) -> data array or None")},
  {"GetNextItem", c_next, METH_NOARGS, VBPY_DOC("GetNextItem() -> data array or None at the end")},
  {"", NULL, 0, NULL},
};

static vbpy_getset dac_props[] = {
  {"next_item", VBPY_GET, NULL, VBPY_DOC("GetNextItem"), "GetNextItem"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbDataArrayCollection_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataArrayCollection",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkDataArrayCollection: a vtkCollection of data arrays."),
  .tp_methods = VBPY_METHODS(dac_methods),
  .tp_getset = VBPY_GETSETS(dac_props),
  .tp_new = coll_new,
};

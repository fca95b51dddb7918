/* vbpy_id_list.c - vtkIdList: Python face of vb_id_list (src/vb_id_list.h).
 * Ids are Python ints converted as VTK's wrapping does (a float is a
 * TypeError, an int past 64 bits an OverflowError); the core checks indexes. */
#include "vbpy_types.h"

#define IDL(op) vb_id_list_from_object(VBPY_OBJ(op))

int vbpy_id_arg(const char *fn, PyObject *o, int64_t *out) {
  if (!PyLong_Check(o) && !(PyIndex_Check(o) && !PyFloat_Check(o))) {
    PyErr_Format(PyExc_TypeError, "%s argument: integer argument expected, got %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(o);
  if (v == -1 && PyErr_Occurred()) return -1;
  *out = (int64_t)v;
  return 0;
}

vb_id_list *vbpy_id_list_arg(const char *fn, PyObject *o) {
  vb_id_list *l = PyObject_TypeCheck(o, &VbIdList_Type) ? IDL(o) : NULL;
  if (!l)
    PyErr_Format(PyExc_TypeError, "%s argument: expected a vtkIdList, got %.100s", fn,
                 Py_TYPE(o)->tp_name);
  return l;
}

static PyObject *idl_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_id_list_object(vb_id_list_new()), cls);
}

/* "_<16 hex digits>_p_void": VTK's pointer strings, to the ids */
static PyObject *ptr_string(const void *p) {
  char buf[48];
  PyOS_snprintf(buf, sizeof buf, "_%016llx_p_void", (unsigned long long)(uintptr_t)p);
  return PyUnicode_FromString(buf);
}

static PyObject *l_count(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_id_list_get_number_of_ids(IDL(op)));
}

static PyObject *l_capacity(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_id_list_get_capacity(IDL(op)));
}

static PyObject *l_get_id(PyObject *op, PyObject *arg) {
  int64_t i, v;
  if (vbpy_id_arg("GetId", arg, &i) < 0) return NULL;
  int s = vb_id_list_get_id(IDL(op), i, &v);
  return s < 0 ? vbpy_error(s) : PyLong_FromLongLong(v);
}

static PyObject *l_two_ids(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn,
                           int (*f)(vb_id_list *, int64_t, int64_t)) {
  int64_t i, v;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_id_arg(fn, args[0], &i) < 0 ||
      vbpy_id_arg(fn, args[1], &v) < 0)
    return NULL;
  int s = f(IDL(op), i, v);
  return s < 0 ? vbpy_error(s) : Py_NewRef(Py_None);
}

static PyObject *l_set_id(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return l_two_ids(op, a, n, "SetId", vb_id_list_set_id);
}
static PyObject *l_insert_id(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return l_two_ids(op, a, n, "InsertId", vb_id_list_insert_id);
}

static PyObject *l_id_result(PyObject *op, PyObject *arg, const char *fn,
                             int64_t (*f)(vb_id_list *, int64_t)) {
  int64_t v;
  if (vbpy_id_arg(fn, arg, &v) < 0) return NULL;
  int64_t r = f(IDL(op), v);
  return r < 0 ? vbpy_error((int)r) : PyLong_FromLongLong(r);
}

static PyObject *l_insert_next(PyObject *op, PyObject *arg) {
  return l_id_result(op, arg, "InsertNextId", vb_id_list_insert_next_id);
}
static PyObject *l_insert_unique(PyObject *op, PyObject *arg) {
  return l_id_result(op, arg, "InsertUniqueId", vb_id_list_insert_unique_id);
}

static PyObject *l_is_id(PyObject *op, PyObject *arg) {
  int64_t v;
  if (vbpy_id_arg("IsId", arg, &v) < 0) return NULL;
  return PyLong_FromLongLong(vb_id_list_is_id(IDL(op), v));
}

static PyObject *l_delete_id(PyObject *op, PyObject *arg) {
  int64_t v;
  if (vbpy_id_arg("DeleteId", arg, &v) < 0) return NULL;
  vb_id_list_delete_id(IDL(op), v);
  Py_RETURN_NONE;
}

static PyObject *l_fill(PyObject *op, PyObject *arg) {
  int64_t v;
  if (vbpy_id_arg("Fill", arg, &v) < 0) return NULL;
  vb_id_list_fill(IDL(op), v);
  Py_RETURN_NONE;
}

/* a size argument: SetNumberOfIds returns None, Reserve/Allocate 1 */
static PyObject *l_sized(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn,
                         int (*f)(vb_id_list *, int64_t), PyObject *ok) {
  int64_t v;
  if (vbpy_nargs(fn, n, 1, 2) < 0 || vbpy_id_arg(fn, args[0], &v) < 0) return NULL;
  int s = f(IDL(op), v);
  return s < 0 ? vbpy_error(s) : Py_NewRef(ok);
}

static PyObject *l_set_count(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  if (vbpy_nargs("SetNumberOfIds", n, 1, 1) < 0) return NULL;
  return l_sized(op, a, n, "SetNumberOfIds", vb_id_list_set_number_of_ids, Py_None);
}

static PyObject *one(void) { return PyLong_FromLong(1); }

static PyObject *l_reserve(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  PyObject *o = one(), *r;
  if (!o) return NULL;
  if (vbpy_nargs("Reserve", n, 1, 1) < 0) r = NULL;
  else r = l_sized(op, a, n, "Reserve", vb_id_list_reserve, o);
  Py_DECREF(o);
  return r;
}

static PyObject *l_allocate(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  PyObject *o = one(), *r;
  if (!o) return NULL;
  r = l_sized(op, a, n, "Allocate", vb_id_list_allocate, o); /* (size[, strategy]) */
  Py_DECREF(o);
  return r;
}

static PyObject *l_resize(PyObject *op, PyObject *arg) {
  int64_t v;
  if (vbpy_id_arg("Resize", arg, &v) < 0) return NULL;
  int s = vb_id_list_resize(IDL(op), v);
  if (s < 0) return vbpy_error(s);
  const int64_t *d = vb_id_list_data(IDL(op));
  return d ? ptr_string(d) : Py_NewRef(Py_None);
}

static PyObject *l_pointer(PyObject *op, PyObject *arg) {
  int64_t i;
  if (vbpy_id_arg("GetPointer", arg, &i) < 0) return NULL;
  return ptr_string(vb_id_list_data(IDL(op)) + i);
}

static PyObject *l_begin(PyObject *op, PyObject *u) {
  (void)u;
  return ptr_string(vb_id_list_data(IDL(op)));
}

static PyObject *l_end(PyObject *op, PyObject *u) {
  (void)u;
  return ptr_string(vb_id_list_data(IDL(op)) + vb_id_list_get_number_of_ids(IDL(op)));
}

/* WritePointer(i, number): VTK grows to i + number ids and returns a pointer */
static PyObject *l_write_pointer(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i, k;
  if (vbpy_nargs("WritePointer", n, 2, 2) < 0 || vbpy_id_arg("WritePointer", args[0], &i) < 0 ||
      vbpy_id_arg("WritePointer", args[1], &k) < 0)
    return NULL;
  vb_id_list *l = IDL(op);
  if (i < 0 || k < 0 || i > INT64_MAX - k)
    return vbpy_error(VB_ERANGE);
  int64_t cur = vb_id_list_get_number_of_ids(l);
  if (i + k > cur) {
    int s = vb_id_list_set_number_of_ids(l, i + k);
    if (s < 0) return vbpy_error(s);
  }
  return ptr_string(vb_id_list_data(l) + i);
}

static PyObject *l_void(PyObject *op, PyObject *u) {
  (void)op; (void)u;
  Py_RETURN_NONE;
}

static PyObject *l_reset(PyObject *op, PyObject *u) {
  vb_id_list_reset(IDL(op));
  return l_void(op, u);
}
static PyObject *l_initialize(PyObject *op, PyObject *u) {
  vb_id_list_initialize(IDL(op));
  return l_void(op, u);
}
static PyObject *l_sort(PyObject *op, PyObject *u) {
  vb_id_list_sort(IDL(op));
  return l_void(op, u);
}
static PyObject *l_squeeze(PyObject *op, PyObject *u) {
  (void)u;
  int s = vb_id_list_squeeze(IDL(op));
  return s < 0 ? vbpy_error(s) : Py_NewRef(Py_None);
}

static PyObject *l_copy(PyObject *op, PyObject *arg, const char *fn,
                        int (*f)(vb_id_list *, const vb_id_list *)) {
  vb_id_list *src = vbpy_id_list_arg(fn, arg);
  if (!src) return NULL;
  int s = f(IDL(op), src);
  return s < 0 ? vbpy_error(s) : Py_NewRef(Py_None);
}
static PyObject *l_deep_copy(PyObject *op, PyObject *a) {
  return l_copy(op, a, "DeepCopy", vb_id_list_deep_copy);
}
static PyObject *l_shallow_copy(PyObject *op, PyObject *a) {
  return l_copy(op, a, "ShallowCopy", vb_id_list_deep_copy);
}
static PyObject *l_intersect(PyObject *op, PyObject *a) {
  return l_copy(op, a, "IntersectWith", vb_id_list_intersect_with);
}

/* SetList(ids, size, save[, deleteMethod]) / SetArray(ids, size[, manage]):
 * the first size ids of the sequence, copied (VTK keeps a pointer to a
 * temporary it frees: the one rule, (a)) */
static PyObject *l_set_list_common(PyObject *op, PyObject *const *args, Py_ssize_t n,
                                   const char *fn, Py_ssize_t lo, Py_ssize_t hi) {
  int64_t size;
  if (vbpy_nargs(fn, n, lo, hi) < 0 || vbpy_id_arg(fn, args[1], &size) < 0) return NULL;
  PyObject *seq = PySequence_Fast(args[0], "SetList: ids must be a sequence of int");
  if (!seq) return NULL;
  Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);
  if (size < 0 || size > len) {
    Py_DECREF(seq);
    PyErr_Format(PyExc_ValueError, "%s: size %lld but the sequence has %zd ids", fn,
                 (long long)size, len);
    return NULL;
  }
  int64_t *tmp = PyMem_Malloc(size > 0 ? (size_t)size * sizeof *tmp : 1);
  if (!tmp) {
    Py_DECREF(seq);
    return PyErr_NoMemory();
  }
  for (int64_t i = 0; i < size; i++)
    if (vbpy_id_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &tmp[i]) < 0) {
      PyMem_Free(tmp);
      Py_DECREF(seq);
      return NULL;
    }
  int s = vb_id_list_set_list(IDL(op), tmp, size);
  PyMem_Free(tmp);
  Py_DECREF(seq);
  return s < 0 ? vbpy_error(s) : Py_NewRef(Py_None);
}
static PyObject *l_set_list(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return l_set_list_common(op, a, n, "SetList", 3, 4);
}
static PyObject *l_set_array(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return l_set_list_common(op, a, n, "SetArray", 2, 3);
}

static PyObject *idl_repr(PyObject *op) {
  return PyUnicode_FromFormat("<vtkIdList(%lld ids) at %p>",
                              (long long)vb_id_list_get_number_of_ids(IDL(op)), op);
}

static vbpy_method idl_methods[] = {
  {"GetNumberOfIds", l_count, METH_NOARGS, VBPY_DOC("GetNumberOfIds() -> int")},
  {"GetCapacity", l_capacity, METH_NOARGS, VBPY_DOC("GetCapacity() -> int")},
  {"GetId", l_get_id, METH_O, VBPY_DOC("GetId(i) -> int (0 <= i < GetNumberOfIds())")},
  {"SetId", VBPY_FC(l_set_id), VBPY_DOC("SetId(i, id) (0 <= i < GetNumberOfIds())")},
  {"InsertId", VBPY_FC(l_insert_id), VBPY_DOC("InsertId(i, id): grows to i + 1 ids")},
  {"InsertNextId", l_insert_next, METH_O, VBPY_DOC("InsertNextId(id) -> index")},
  {"InsertUniqueId", l_insert_unique, METH_O, VBPY_DOC("InsertUniqueId(id) -> index")},
  {"IsId", l_is_id, METH_O, VBPY_DOC("IsId(id) -> index or -1")},
  {"FindIdLocation", l_is_id, METH_O, VBPY_DOC("FindIdLocation(id) -> index or -1")},
  {"DeleteId", l_delete_id, METH_O, VBPY_DOC("DeleteId(id): remove every occurrence")},
  {"Fill", l_fill, METH_O, VBPY_DOC("Fill(id)")},
  {"SetNumberOfIds", VBPY_FC(l_set_count), VBPY_DOC("SetNumberOfIds(n): new ids are 0")},
  {"Reserve", VBPY_FC(l_reserve), VBPY_DOC("Reserve(size) -> 1")},
  {"Allocate", VBPY_FC(l_allocate), VBPY_DOC("Allocate(size[, strategy]) -> 1 (deprecated in VTK)")},
  {"Resize", l_resize, METH_O, VBPY_DOC("Resize(size) -> pointer string (deprecated in VTK)")},
  {"Reset", l_reset, METH_NOARGS, VBPY_DOC("Reset(): no ids, storage kept")},
  {"Initialize", l_initialize, METH_NOARGS, VBPY_DOC("Initialize(): no ids, storage released")},
  {"Squeeze", l_squeeze, METH_NOARGS, VBPY_DOC("Squeeze(): capacity = number of ids")},
  {"Sort", l_sort, METH_NOARGS, VBPY_DOC("Sort(): ascending")},
  {"DeepCopy", l_deep_copy, METH_O, VBPY_DOC("DeepCopy(idlist)")},
  {"ShallowCopy", l_shallow_copy, METH_O, VBPY_DOC("ShallowCopy(idlist): a copy (VTK shares)")},
  {"IntersectWith", l_intersect, METH_O, VBPY_DOC("IntersectWith(idlist): keep the common ids")},
  {"SetList", VBPY_FC(l_set_list), VBPY_DOC("SetList(ids, size, save[, deleteMethod]): a copy")},
  {"SetArray", VBPY_FC(l_set_array), VBPY_DOC("SetArray(ids, size[, manageMemory]): a copy")},
  {"GetPointer", l_pointer, METH_O, VBPY_DOC("GetPointer(i) -> pointer string")},
  {"WritePointer", VBPY_FC(l_write_pointer), VBPY_DOC("WritePointer(i, number) -> pointer string")},
  {"begin", l_begin, METH_NOARGS, VBPY_DOC("pointer string to the first id")},
  {"end", l_end, METH_NOARGS, VBPY_DOC("pointer string past the last id")},
  {"", NULL, 0, NULL},
};

static vbpy_getset idl_props[] = {
  {"number_of_ids", VBPY_GET, VBPY_SET, VBPY_DOC("GetNumberOfIds / SetNumberOfIds"),
   "GetNumberOfIds"},
  {"capacity", VBPY_GET, NULL, VBPY_DOC("GetCapacity"), "GetCapacity"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbIdList_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkIdList",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkIdList: a list of ids (vtkIdType)."),
  .tp_methods = VBPY_METHODS(idl_methods),
  .tp_getset = VBPY_GETSETS(idl_props),
  .tp_repr = idl_repr,
  .tp_init = vbpy_object_init,
  .tp_new = idl_new,
};

int vbpy_id_list_add_constants(void) {
  static const vbpy_int_constant k[] = {
    {"VTK_DATA_ARRAY_FREE", 0}, {"VTK_DATA_ARRAY_DELETE", 1},
    {"VTK_DATA_ARRAY_ALIGNED_FREE", 2}, {"VTK_DATA_ARRAY_USER_DEFINED", 3}};
  return VBPY_ADD_INT_CONSTANTS(&VbIdList_Type, k);
}

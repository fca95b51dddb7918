/* vbpy_field_data.c - vtkFieldData: Python face of vb_field_data
 * (src/vb_field_data.h), the base of vtkDataSetAttributes.  Not-found
 * answers are the core's (GetArray('nope') None, RemoveArray('nope') does
 * nothing, GetRange('nope', r) False with r = [nan, nan]). */
#include "vbpy_types.h"

#define FD(op) vb_field_data_from_object(VBPY_OBJ(op))

PyTypeObject VbFieldData_Type;

vb_field_data *vbpy_field_data_arg(const char *fn, PyObject *o, int allow_none) {
  if (allow_none && o == Py_None) return NULL;
  if (!PyObject_TypeCheck(o, &VbFieldData_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected vtkFieldData%s, not %.100s", fn, allow_none ? " or None" : "",
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  return FD(o);
}

static PyObject *fd_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_field_data_object(vb_field_data_new()), cls);
}

static PyObject *wrap_arr(vb_array *a) { return vbpy_wrap(vb_array_object(a), NULL); }

/* name (str) -> 1, index (int) -> 0 with *index set (an index no C int
 * holds is no array: -1); else TypeError (-1). */
static int name_or_index(const char *fn, PyObject *o, const char **name, int *index) {
  if (PyUnicode_Check(o)) return (*name = PyUnicode_AsUTF8(o)) ? 1 : -1;
  if (PyIndex_Check(o) && !PyFloat_Check(o)) {
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred()) {
      if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
      PyErr_Clear();
    }
    *index = (long long)(int)v == v ? (int)v : -1;
    return 0;
  }
  PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or index (int), not %.100s", fn,
               Py_TYPE(o)->tp_name);
  return -1;
}

static PyObject *f_narrays(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_field_data_get_number_of_arrays(FD(op))); }
static PyObject *f_ntuples(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_field_data_get_number_of_tuples(FD(op))); }
static PyObject *f_ncomps(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_field_data_get_number_of_components(FD(op))); }
static PyObject *f_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_field_data_get_actual_memory_size(FD(op))); }
static PyObject *f_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_field_data_initialize(FD(op))); }
static PyObject *f_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_field_data_squeeze(FD(op))); }
static PyObject *f_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_field_data_reset(FD(op))); }
static PyObject *f_ghost(PyObject *op, PyObject *u) { (void)u; return wrap_arr(vb_field_data_get_ghost_array(FD(op))); }
static PyObject *f_ghost_name(PyObject *op, PyObject *u) { (void)op; (void)u; return PyUnicode_FromString(VB_GHOST_ARRAY_NAME); }
static PyObject *f_get_skip(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_field_data_get_ghosts_to_skip(FD(op))); }

static PyObject *f_add(PyObject *op, PyObject *arg) {
  vb_object *o = PyObject_TypeCheck(arg, &VbObject_Type) ? VBPY_OBJ(arg) : NULL;
  vb_array *a = vb_value_array_from_object(o) ? NULL : vbpy_array_arg("AddArray", arg, 0, NULL);
  if (!a && !vb_value_array_from_object(o)) return NULL;
  int i = vb_field_data_add_abstract_array(FD(op), a ? vb_array_object(a) : o);
  return vbpy_status(i < 0 ? i : VB_OK, PyLong_FromLong(i));
}

/* GetAbstractArray(name | index): None when there is none; GetArray: None
 * for a string / variant array too (VTK) */
static PyObject *get_any(PyObject *op, PyObject *arg, const char *fn, int data_only) {
  const char *name = NULL;
  int idx = -1, k = name_or_index(fn, arg, &name, &idx);
  if (k < 0) return NULL;
  vb_object *o = k ? vb_field_data_get_abstract_array_by_name(FD(op), name, NULL)
                   : vb_field_data_get_abstract_array(FD(op), idx);
  return vbpy_wrap(data_only && !vb_array_from_object(o) ? NULL : o, NULL);
}
static PyObject *f_get(PyObject *op, PyObject *arg) { return get_any(op, arg, "GetArray", 1); }
static PyObject *f_get_abstract(PyObject *op, PyObject *arg) { return get_any(op, arg, "GetAbstractArray", 0); }

static PyObject *f_has(PyObject *op, PyObject *arg) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "HasArray(): expected a name (str), not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(arg);
  return name ? PyLong_FromLong(vb_field_data_has_array(FD(op), name)) : NULL;
}

static PyObject *f_remove(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1, k = name_or_index("RemoveArray", arg, &name, &idx);
  if (k < 0) return NULL;
  VBPY_RETURN_NONE(k ? vb_field_data_remove_array(FD(op), name) : vb_field_data_remove_array_by_index(FD(op), idx));
}

static PyObject *f_name(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  if (PyUnicode_Check(arg)) {
    PyErr_SetString(PyExc_TypeError, "GetArrayName(): index must be an integer, not str");
    return NULL;
  }
  if (name_or_index("GetArrayName", arg, &name, &idx) < 0) return NULL;
  const char *n = vb_field_data_get_array_name(FD(op), idx);
  return n ? PyUnicode_FromString(n) : Py_NewRef(Py_None);
}

static PyObject *f_set_ntuples(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("SetNumberOfTuples", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_field_data_set_number_of_tuples(FD(op), n));
}

static PyObject *f_alloc_arrays(PyObject *op, PyObject *arg) {
  int n;
  if (vbpy_int_arg("AllocateArrays", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_field_data_allocate_arrays(FD(op), n < 0 ? 0 : n));
}

/* VTK Allocate(sz, ext=1000): every array emptied, room for sz values; 1 */
static PyObject *f_allocate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t sz;
  if (vbpy_nargs("Allocate", n, 1, 2) < 0 || vbpy_count_arg("Allocate", args[0], &sz) < 0) return NULL;
  vb_field_data *fd = FD(op);
  for (int i = 0; i < vb_field_data_get_number_of_arrays(fd); i++) {
    vb_array *a = vb_field_data_get_array(fd, i);
    vb_value_array *v = vb_value_array_from_object(vb_field_data_get_abstract_array(fd, i));
    int s = v ? vb_value_array_allocate(v, sz) : vb_array_initialize(a);
    if (s == VB_OK && !v) s = vb_array_reserve_values(a, sz);
    if (s < 0) return vbpy_error(s);
  }
  return vbpy_done(PyLong_FromLong(1));
}

static PyObject *copy_op(PyObject *op, PyObject *arg, const char *fn, int (*f)(vb_field_data *, const vb_field_data *)) {
  vb_field_data *src = vbpy_field_data_arg(fn, arg, 0);
  if (!src) return NULL;
  VBPY_RETURN_NONE(f(FD(op), src));
}
static PyObject *f_deep(PyObject *op, PyObject *arg) { return copy_op(op, arg, "DeepCopy", vb_field_data_deep_copy); }
static PyObject *f_shallow(PyObject *op, PyObject *arg) { return copy_op(op, arg, "ShallowCopy", vb_field_data_shallow_copy); }
static PyObject *f_structure(PyObject *op, PyObject *arg) { return copy_op(op, arg, "CopyStructure", vb_field_data_copy_structure); }
static PyObject *f_pass(PyObject *op, PyObject *arg) {
  if (PyObject_TypeCheck(op, &VbAttributes_Type)) {
    vb_field_data *src = vbpy_field_data_arg("PassData", arg, 0);
    if (!src) return NULL;
    VBPY_RETURN_NONE(vb_attributes_pass_data(vb_attributes_from_object(VBPY_OBJ(op)), src));
  }
  return copy_op(op, arg, "PassData", vb_field_data_pass_data);
}

/* GetRange(name | index, range, comp=0) -> bool, range filled (VTK) */
static PyObject *range_op(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int finite) {
  const char *name = NULL;
  int idx = -1, comp = 0, k, ok;
  double r[2];
  if (vbpy_nargs(fn, n, 2, 3) < 0 || (k = name_or_index(fn, args[0], &name, &idx)) < 0) return NULL;
  if (n == 3 && vbpy_int_arg(fn, args[2], &comp) < 0) return NULL;
  if (k)
    ok = finite ? vb_field_data_get_finite_range(FD(op), name, comp, r) : vb_field_data_get_range(FD(op), name, comp, r);
  else
    ok = finite ? vb_field_data_get_finite_range_at(FD(op), idx, comp, r) : vb_field_data_get_range_at(FD(op), idx, comp, r);
  if (vbpy_fill_out(fn, args[1], r, 2) < 0) return NULL;
  return PyBool_FromLong(ok);
}
static PyObject *f_range(PyObject *op, PyObject *const *a, Py_ssize_t n) { return range_op(op, a, n, "GetRange", 0); }
static PyObject *f_frange(PyObject *op, PyObject *const *a, Py_ssize_t n) { return range_op(op, a, n, "GetFiniteRange", 1); }

static PyObject *f_any_ghost(PyObject *op, PyObject *arg) {
  int bits;
  if (vbpy_int_arg("HasAnyGhostBitSet", arg, &bits) < 0) return NULL;
  return PyBool_FromLong(vb_field_data_has_any_ghost_bit_set(FD(op), bits));
}

static PyObject *f_set_skip(PyObject *op, PyObject *arg) {
  int bits;
  if (vbpy_int_arg("SetGhostsToSkip", arg, &bits) < 0) return NULL;
  VBPY_RETURN_NONE(vb_field_data_set_ghosts_to_skip(FD(op), bits));
}

static PyObject *copy_field(PyObject *op, PyObject *arg, int on, const char *fn) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str), not %.100s", fn, Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  VBPY_RETURN_NONE(vb_field_data_copy_field(FD(op), name, on));
}
static PyObject *f_field_on(PyObject *op, PyObject *arg) { return copy_field(op, arg, 1, "CopyFieldOn"); }
static PyObject *f_field_off(PyObject *op, PyObject *arg) { return copy_field(op, arg, 0, "CopyFieldOff"); }

/* CopyAllOn/Off(ctype=ALLCOPY): the attributes' flags too (vtkDataSetAttributes) */
static PyObject *copy_all(PyObject *op, PyObject *const *args, Py_ssize_t n, int on, const char *fn) {
  int ctype = VB_COPY_ALL;
  if (vbpy_nargs(fn, n, 0, 1) < 0 || (n == 1 && vbpy_int_arg(fn, args[0], &ctype) < 0)) return NULL;
  vb_attributes *at = vb_attributes_from_object(VBPY_OBJ(op));
  VBPY_RETURN_NONE(at ? vb_attributes_copy_all(at, on, ctype) : vb_field_data_copy_all(FD(op), on));
}
static PyObject *f_all_on(PyObject *op, PyObject *const *a, Py_ssize_t n) { return copy_all(op, a, n, 1, "CopyAllOn"); }
static PyObject *f_all_off(PyObject *op, PyObject *const *a, Py_ssize_t n) { return copy_all(op, a, n, 0, "CopyAllOff"); }

/* GetArrayContainingComponent(i, arrayComp) -> array index; arrayComp a reference */
static PyObject *f_containing(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int i, comp = 0, r;
  if (vbpy_nargs("GetArrayContainingComponent", n, 2, 2) < 0 ||
      vbpy_int_arg("GetArrayContainingComponent", args[0], &i) < 0)
    return NULL;
  r = vb_field_data_get_array_containing_component(FD(op), i, &comp);
  if (r >= 0 && vbpy_is_reference(args[1]) && vbpy_ref_set(args[1], PyLong_FromLong(comp)) < 0) return NULL;
  return PyLong_FromLong(r);
}

/* SetTuple(i, j, source) / InsertTuple(i, j, source) / InsertNextTuple(j, source) -> id */
static PyObject *tuple_op(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int next, int insert) {
  int64_t i = 0, j;
  vb_field_data *src;
  if (vbpy_nargs(fn, n, next ? 2 : 3, next ? 2 : 3) < 0 || (!next && vbpy_index_arg(fn, args[0], &i) < 0) ||
      vbpy_index_arg(fn, args[n - 2], &j) < 0 || !(src = vbpy_field_data_arg(fn, args[n - 1], 0)))
    return NULL;
  if (next) i = vb_field_data_get_number_of_tuples(FD(op));
  int s = vb_field_data_copy_tuple(FD(op), i, src, j, insert);
  return vbpy_status(s, next ? PyLong_FromLongLong(i) : Py_NewRef(Py_None));
}
static PyObject *f_set_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return tuple_op(op, a, n, "SetTuple", 0, 0); }
static PyObject *f_insert_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return tuple_op(op, a, n, "InsertTuple", 0, 1); }
static PyObject *f_insert_next_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return tuple_op(op, a, n, "InsertNextTuple", 1, 1); }

static PyObject *f_null_data(PyObject *op, PyObject *arg) {
  int64_t id;
  if (vbpy_index_arg("NullData", arg, &id) < 0) return NULL;
  VBPY_RETURN_NONE(vb_field_data_null_data(FD(op), id));
}

/* GetField(ptIds, f): f's tuple k = this tuple ptIds[k] (InsertTuple) */
static PyObject *f_get_field(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_field_data *f;
  vb_id *ids;
  int64_t k, len;
  int s = VB_OK;
  if (vbpy_nargs("GetField", n, 2, 2) < 0 || !(f = vbpy_field_data_arg("GetField", args[1], 0)) ||
      vbpy_ids_arg("GetField", args[0], &ids, &len) < 0)
    return NULL;
  for (k = 0; k < len && s == VB_OK; k++) s = vb_field_data_copy_tuple(f, k, FD(op), ids[k], 1);
  PyMem_Free(ids);
  VBPY_RETURN_NONE(s);
}

static vbpy_getset fd_props[] = {
  {"number_of_arrays", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfArrays"},
  {"number_of_tuples", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfTuples"},
  {"number_of_components", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfComponents"},
  {"actual_memory_size", VBPY_GET, NULL, VBPY_DOC(""), "GetActualMemorySize"},
  {"ghost_array", VBPY_GET, NULL, VBPY_DOC(""), "GetGhostArray"},
  {"ghosts_to_skip", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetGhostsToSkip"},
  {"", NULL, NULL, NULL, ""},
};

static vbpy_method fd_methods[] = {
  {"GetNumberOfArrays", f_narrays, METH_NOARGS, VBPY_DOC("")},
  {"AddArray", f_add, METH_O, VBPY_DOC("AddArray(array) -> index (replaces an array of the same name)")},
  {"GetArray", f_get, METH_O, VBPY_DOC("GetArray(name | index) -> array or None")},
  {"GetAbstractArray", f_get_abstract, METH_O, VBPY_DOC("GetAbstractArray(name | index) -> array or None")},
  {"HasArray", f_has, METH_O, VBPY_DOC("HasArray(name) -> 1 / 0")},
  {"RemoveArray", f_remove, METH_O, VBPY_DOC("RemoveArray(name | index)")},
  {"GetArrayName", f_name, METH_O, VBPY_DOC("GetArrayName(index) -> name or None")},
  {"GetNumberOfTuples", f_ntuples, METH_NOARGS, VBPY_DOC("tuples of the first array")},
  {"SetNumberOfTuples", f_set_ntuples, METH_O, VBPY_DOC("every array gets n tuples")},
  {"GetNumberOfComponents", f_ncomps, METH_NOARGS, VBPY_DOC("components of all arrays")},
  {"GetArrayContainingComponent", VBPY_FC(f_containing), VBPY_DOC("GetArrayContainingComponent(i, arrayComp) -> index")},
  {"AllocateArrays", f_alloc_arrays, METH_O, VBPY_DOC("room for n arrays")},
  {"Allocate", VBPY_FC(f_allocate), VBPY_DOC("Allocate(sz, ext=1000): every array emptied, room for sz values")},
  {"Initialize", f_initialize, METH_NOARGS, VBPY_DOC("remove every array, reset the copy flags")},
  {"Squeeze", f_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"Reset", f_reset, METH_NOARGS, VBPY_DOC("every array: no values, storage kept")},
  {"GetActualMemorySize", f_memory, METH_NOARGS, VBPY_DOC("KiB")},
  {"DeepCopy", f_deep, METH_O, VBPY_DOC("")},
  {"ShallowCopy", f_shallow, METH_O, VBPY_DOC("")},
  {"CopyStructure", f_structure, METH_O, VBPY_DOC("new empty arrays like the other's")},
  {"PassData", f_pass, METH_O, VBPY_DOC("add the other's arrays that the copy flags let through")},
  {"GetRange", VBPY_FC(f_range), VBPY_DOC("GetRange(name | index, range, comp=0) -> bool")},
  {"GetFiniteRange", VBPY_FC(f_frange), VBPY_DOC("GetFiniteRange(name | index, range, comp=0) -> bool")},
  {"GetGhostArray", f_ghost, METH_NOARGS, VBPY_DOC("the vtkGhostType array or None")},
  {"GhostArrayName", f_ghost_name, METH_NOARGS | METH_STATIC, VBPY_DOC("'vtkGhostType'")},
  {"HasAnyGhostBitSet", f_any_ghost, METH_O, VBPY_DOC("HasAnyGhostBitSet(bits) -> bool")},
  {"GetGhostsToSkip", f_get_skip, METH_NOARGS, VBPY_DOC("")},
  {"SetGhostsToSkip", f_set_skip, METH_O, VBPY_DOC("")},
  {"CopyFieldOn", f_field_on, METH_O, VBPY_DOC("CopyFieldOn(name)")},
  {"CopyFieldOff", f_field_off, METH_O, VBPY_DOC("CopyFieldOff(name)")},
  {"CopyAllOn", VBPY_FC(f_all_on), VBPY_DOC("CopyAllOn(ctype=ALLCOPY)")},
  {"CopyAllOff", VBPY_FC(f_all_off), VBPY_DOC("CopyAllOff(ctype=ALLCOPY)")},
  {"SetTuple", VBPY_FC(f_set_tuple), VBPY_DOC("SetTuple(i, j, source): tuple j of each source array into tuple i")},
  {"InsertTuple", VBPY_FC(f_insert_tuple), VBPY_DOC("InsertTuple(i, j, source): as SetTuple, growing")},
  {"InsertNextTuple", VBPY_FC(f_insert_next_tuple), VBPY_DOC("InsertNextTuple(j, source) -> the new tuple id")},
  {"NullData", f_null_data, METH_O, VBPY_DOC("NullData(id): tuple id of every array becomes zeros")},
  {"GetField", VBPY_FC(f_get_field), VBPY_DOC("GetField(ptIds, f): f's tuple k = tuple ptIds[k]")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbFieldData_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkFieldData",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkFieldData: named data arrays, copy flags, ranges and the ghost array."),
  .tp_methods = VBPY_METHODS(fd_methods),
  .tp_getset = VBPY_GETSETS(fd_props),
  .tp_new = fd_new,
};

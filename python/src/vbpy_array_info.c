/* vbpy_array_info.c - vtkAbstractArray / vtkDataArray: what an array says
 * about itself (VTK 9.7.1's API over the core's vb_array_info.c): the type's
 * range (GetDataTypeRange / Min / Max, also static with a type id;
 * GetDataTypeValueMin / Max), GetFiniteRange, GetMaxNorm, sizes and type
 * information, MaxDiscreteValues, NewInstance, ToAOSDataArray, FastDownCast,
 * VTK 9.7's snake_case properties and vtkAbstractArray's class constants.
 * The edits are vbpy_array_api.c's.
 */
#include "vbpy_types.h"

#include <limits.h>

#define ARR(op) VBPY_ARR(op)

static PyObject *done_none(int s) { VBPY_RETURN_NONE(s); }

/* ---- small things ---- */

PyObject *vbpy_array_set_max_discrete(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_index_arg("SetMaxDiscreteValues", arg, &n) < 0) return NULL;
  if (n < 0 || n > UINT_MAX) {
    PyErr_Format(PyExc_OverflowError, "SetMaxDiscreteValues(): %lld is out of range for unsigned int", (long long)n);
    return NULL;
  }
  return done_none(vb_array_set_max_discrete_values(ARR(op), (unsigned)n));
}
PyObject *vbpy_array_noop(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_NONE; }
PyObject *vbpy_array_memory_space(PyObject *op, PyObject *u) { (void)op; (void)u; return PyLong_FromLong(0); }
PyObject *vbpy_array_has_information(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_FALSE; }

/* FastDownCast(obj): obj if it is a data array (VTK: TypeError for other objects) */
PyObject *vbpy_array_fast_down_cast(PyObject *unused, PyObject *arg) {
  (void)unused;
  if (!PyObject_TypeCheck(arg, &VbArray_Type)) {
    PyErr_Format(PyExc_TypeError, "FastDownCast(): expected a vtkAbstractArray, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  return Py_NewRef(arg);
}

/* ToAOSDataArray(): the array itself when AOS (bit arrays too), else a new
 * AOS array of its type holding a deep copy */
PyObject *vbpy_array_to_aos(PyObject *op, PyObject *u) {
  (void)u;
  vb_array *a = ARR(op);
  if (vb_array_layout(a) == VB_LAYOUT_AOS) return Py_NewRef(op);
  PyObject *mod = PyImport_ImportModule("vtkbuf._templates");
  PyObject *r = mod ? PyObject_CallMethod(mod, "create_array", "i", vb_array_type(a)) : NULL;
  Py_XDECREF(mod);
  if (!r) return NULL;
  int s = vb_array_deep_copy(ARR(r), a);
  if (s < 0) { Py_DECREF(r); return vbpy_error(s); }
  return r;
}

/* ---- the type: instance calls use the array's type, static calls a type id ---- */

/* type id of a classmethod call: args[0] when given (static form), else cls._vb_type */
static int type_of_call(PyObject *cls, PyObject *const *args, Py_ssize_t nargs, Py_ssize_t instance_n, const char *fn,
                        int *type) {
  if (nargs > instance_n) return vbpy_int_arg(fn, args[0], type);
  *type = vbpy_class_int((PyTypeObject *)cls, "_vb_type", -1);
  if (*type < 0) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s() of an abstract class takes a VTK type id", fn);
    return -1;
  }
  return 0;
}

PyObject *vbpy_array_type_min(PyObject *cls, PyObject *const *args, Py_ssize_t nargs) {
  int t;
  if (vbpy_nargs("GetDataTypeMin", nargs, 0, 1) < 0 || type_of_call(cls, args, nargs, 0, "GetDataTypeMin", &t) < 0)
    return NULL;
  double r[2];
  vb_array_get_data_type_range(t, r);
  return PyFloat_FromDouble(r[0]);
}
PyObject *vbpy_array_type_max(PyObject *cls, PyObject *const *args, Py_ssize_t nargs) {
  int t;
  if (vbpy_nargs("GetDataTypeMax", nargs, 0, 1) < 0 || type_of_call(cls, args, nargs, 0, "GetDataTypeMax", &t) < 0)
    return NULL;
  double r[2];
  vb_array_get_data_type_range(t, r);
  return PyFloat_FromDouble(r[1]);
}

/* fill the mutable sequence out with n doubles */
static int fill_out(const char *fn, PyObject *out, const double *v, int n) {
  if (!PySequence_Check(out) || PyUnicode_Check(out) || PyTuple_Check(out) || PySequence_Size(out) != n) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): expected a mutable sequence of %d values, not %.100s", fn, n,
                 Py_TYPE(out)->tp_name);
    return -1;
  }
  for (int k = 0; k < n; k++) {
    PyObject *f = PyFloat_FromDouble(v[k]);
    if (!f || PySequence_SetItem(out, k, f) < 0) { Py_XDECREF(f); return -1; }
    Py_DECREF(f);
  }
  return 0;
}

/* GetDataTypeRange(out) (instance) | GetDataTypeRange(type, out) (static) */
PyObject *vbpy_array_type_range(PyObject *cls, PyObject *const *args, Py_ssize_t nargs) {
  int t;
  double r[2];
  if (vbpy_nargs("GetDataTypeRange", nargs, 1, 2) < 0 || type_of_call(cls, args, nargs, 1, "GetDataTypeRange", &t) < 0)
    return NULL;
  vb_array_get_data_type_range(t, r);
  if (fill_out("GetDataTypeRange", args[nargs - 1], r, 2) < 0) return NULL;
  Py_RETURN_NONE;
}

/* GetDataTypeValueMin/Max: the type's limits in the value type (core) */
static PyObject *value_limit(PyObject *op, int max) {
  vb_scalar r[2];
  int s = vb_array_get_data_type_value_range(ARR(op), r);
  return s < 0 ? vbpy_error(s) : vbpy_scalar_out(&r[max]);
}
PyObject *vbpy_array_value_min(PyObject *op, PyObject *u) { (void)u; return value_limit(op, 0); }
PyObject *vbpy_array_value_max(PyObject *op, PyObject *u) { (void)u; return value_limit(op, 1); }

/* ---- ranges ---- */

/* GetFiniteRange() | (comp) | (out) | (out, comp) */
PyObject *vbpy_array_finite_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "GetFiniteRange";
  int c = 0;
  PyObject *out = NULL;
  double r[2];
  if (vbpy_nargs(fn, nargs, 0, 2) < 0) return NULL;
  if (nargs >= 1 && !PyLong_Check(args[0])) out = args[0];
  if ((nargs == 1 && !out && vbpy_component_arg(fn, args[0], &c) < 0) ||
      (nargs == 2 && (!out || vbpy_component_arg(fn, args[1], &c) < 0))) {
    if (nargs == 2 && !out) PyErr_Format(PyExc_TypeError, "%s(): expected (range, comp)", fn);
    return NULL;
  }
  int s = vb_array_get_finite_range(ARR(op), c, r);
  if (s < 0) return vbpy_error(s);
  if (!out) return vbpy_tuple_d(r, 2);
  if (fill_out(fn, out, r, 2) < 0) return NULL;
  Py_RETURN_NONE;
}

PyObject *vbpy_array_max_norm(PyObject *op, PyObject *u) { (void)u; return PyFloat_FromDouble(vb_array_get_max_norm(ARR(op))); }

/* ---- information ---- */

PyObject *vbpy_array_elem_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromSize_t(vb_array_elem_size(ARR(op))); }
PyObject *vbpy_array_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_actual_memory_size(ARR(op))); }
PyObject *vbpy_array_data_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_data_size(ARR(op))); }
PyObject *vbpy_array_is_numeric(PyObject *op, PyObject *u) { (void)op; (void)u; return PyLong_FromLong(1); }
PyObject *vbpy_array_is_integral(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_array_is_integral(ARR(op))); }
PyObject *vbpy_array_array_type(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_array_get_array_type(ARR(op))); }
PyObject *vbpy_array_array_type_str(PyObject *op, PyObject *u) {
  (void)u;
  return PyUnicode_FromString(vb_array_get_array_type_as_string(ARR(op)));
}
PyObject *vbpy_array_standard_layout(PyObject *op, PyObject *u) {
  (void)u;
  return PyBool_FromLong(vb_array_has_standard_memory_layout(ARR(op)));
}
PyObject *vbpy_array_ncomp_min(PyObject *op, PyObject *u) { (void)op; (void)u; return PyLong_FromLong(1); }
PyObject *vbpy_array_ncomp_max(PyObject *op, PyObject *u) { (void)op; (void)u; return PyLong_FromLong(INT_MAX); }
PyObject *vbpy_array_max_discrete(PyObject *op, PyObject *u) { (void)u; return PyLong_FromUnsignedLong(vb_array_get_max_discrete_values(ARR(op))); }

/* ExtendedNew(): VTK's New variant, a new empty array of the class */
PyObject *vbpy_array_extended_new(PyObject *cls, PyObject *u) {
  (void)u;
  return PyObject_CallNoArgs(cls);
}

/* NewInstance(): a new empty array of the same class (its override if any) */
PyObject *vbpy_array_new_instance(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_new_instance(PyObject_CallNoArgs((PyObject *)Py_TYPE(op)));
}


/* VTK 9.7's snake_case properties (a NumPy mixin's own attributes, e.g.
 * `size`, come first in the MRO, as in VTK) */
#define RO(n, g) {n, VBPY_GET, NULL, VBPY_DOC(g "()"), g}
#define RW(n, g) {n, VBPY_GET, VBPY_SET, VBPY_DOC(g "() / S" g "()"), g}
vbpy_getset vbpy_array_info_getset[] = {
  RW("name", "GetName"), RW("number_of_components", "GetNumberOfComponents"),
  RW("number_of_tuples", "GetNumberOfTuples"), RW("number_of_values", "GetNumberOfValues"),
  RW("max_discrete_values", "GetMaxDiscreteValues"), RO("max_id", "GetMaxId"), RO("size", "GetSize"),
  RO("capacity", "GetCapacity"), RO("data_size", "GetDataSize"), RO("data_type", "GetDataType"),
  RO("data_type_size", "GetDataTypeSize"), RO("element_component_size", "GetElementComponentSize"),
  RO("actual_memory_size", "GetActualMemorySize"), RO("array_type", "GetArrayType"),
  RO("number_of_components_max_value", "GetNumberOfComponentsMaxValue"),
  RO("number_of_components_min_value", "GetNumberOfComponentsMinValue"),
  RO("data_type_max", "GetDataTypeMax"), RO("data_type_min", "GetDataTypeMin"),
  RO("data_type_value_max", "GetDataTypeValueMax"), RO("data_type_value_min", "GetDataTypeValueMin"),
  RO("finite_range", "GetFiniteRange"), RO("range", "GetRange"), RO("value_range", "GetValueRange"),
  RO("max_norm", "GetMaxNorm"), RO("memory_space", "GetMemorySpace"), RO("buffer", "GetBuffer"),
  RW("scale", "GetScale"),
  {"", NULL, NULL, NULL, ""},
};
#undef RO
#undef RW

/* vtkAbstractArray's class constants (VTK 9.7.1's values) */
int vbpy_array_info_add_constants(PyTypeObject *tp) {
  static const vbpy_int_constant k[] = {{"MAX_DISCRETE_VALUES", 32}};
  if (VBPY_ADD_INT_CONSTANTS(tp, k) < 0) return -1;
  /* the enum types, their values instances of them (as VTK's) */
  static const struct { const char *type, *name; long v; } e[] = {
    {"DeleteMethod", "VTK_DATA_ARRAY_FREE", 0}, {"DeleteMethod", "VTK_DATA_ARRAY_DELETE", 1},
    {"DeleteMethod", "VTK_DATA_ARRAY_ALIGNED_FREE", 2}, {"DeleteMethod", "VTK_DATA_ARRAY_USER_DEFINED", 3},
    {"MemorySpace", "HostMemory", 0}, {"MemorySpace", "CudaDeviceMemory", 1}, {"MemorySpace", "HipDeviceMemory", 2},
  };
  for (size_t i = 0; i < sizeof e / sizeof e[0]; i++) {
    PyObject *cls = PyDict_GetItemString(tp->tp_dict, e[i].type); /* borrowed */
    if (!cls) {
      cls = PyObject_CallFunction((PyObject *)&PyType_Type, "s(O){ss}", e[i].type, (PyObject *)&PyLong_Type,
                                  "__module__", "vtkbuf");
      if (!cls || PyDict_SetItemString(tp->tp_dict, e[i].type, cls) < 0) { Py_XDECREF(cls); return -1; }
      Py_DECREF(cls); /* the dict holds it */
    }
    PyObject *v = PyObject_CallFunction(cls, "l", e[i].v);
    if (!v || PyDict_SetItemString(tp->tp_dict, e[i].name, v) < 0) { Py_XDECREF(v); return -1; }
    Py_DECREF(v);
  }
  PyType_Modified(tp);
  return 0;
}

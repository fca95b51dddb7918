/* vbpy_dataobject.c - vtkDataObject (instantiable: field data only) and
 * vtkPointSet (abstract, the points of vtkPolyData): Python faces of
 * vb_data_object (src/vb_data_object.h).  vtkDataSet is vbpy_dataset.c;
 * the classes chain as VTK 9.7.1's: vtkPolyData -> vtkPointSet ->
 * vtkDataSet -> vtkDataObject -> vtkObject. */
#include "vbpy_types.h"

#define DO(op) vb_data_object_from_object(VBPY_OBJ(op))

PyTypeObject VbDataObject_Type, VbPointSet_Type;

vb_data_object *vbpy_data_object_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbDataObject_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected vtkDataObject, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return DO(o);
}

static PyObject *do_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_data_object_object(vb_data_object_new()), cls);
}

PyObject *vbpy_data_set_abstract_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args;
  (void)kwds;
  PyErr_Format(PyExc_TypeError, "this abstract class cannot be instantiated: %s is abstract, use vtkPolyData",
               cls->tp_name);
  return NULL;
}

static PyObject *wrap_fd(vb_field_data *fd) {
  vb_attributes *at = vb_attributes_from_object(vb_field_data_object(fd));
  return at ? vbpy_wrap(vb_attributes_object(at), NULL) : vbpy_wrap(vb_field_data_object(fd), NULL);
}

static PyObject *o_field(PyObject *op, PyObject *u) { (void)u; return wrap_fd(vb_data_object_get_field_data(DO(op))); }
static PyObject *o_type(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_data_object_get_data_object_type(DO(op))); }
static PyObject *o_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_data_object_get_actual_memory_size(DO(op))); }
static PyObject *o_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_data_object_initialize(DO(op))); }

static PyObject *o_set_field(PyObject *op, PyObject *arg) {
  vb_field_data *fd = vbpy_field_data_arg("SetFieldData", arg, 1);
  if (!fd && arg != Py_None) return NULL;
  VBPY_RETURN_NONE(vb_data_object_set_field_data(DO(op), fd));
}

static PyObject *o_attributes(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetAttributes", arg, &t) < 0) return NULL;
  return vbpy_wrap(vb_attributes_object(vb_data_object_get_attributes(DO(op), t)), NULL);
}

static PyObject *o_attributes_fd(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetAttributesAsFieldData", arg, &t) < 0) return NULL;
  vb_field_data *fd = vb_data_object_get_attributes_as_field_data(DO(op), t);
  return fd ? wrap_fd(fd) : Py_NewRef(Py_None);
}

static PyObject *o_elements(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetNumberOfElements", arg, &t) < 0) return NULL;
  return PyLong_FromLongLong(vb_data_object_get_number_of_elements(DO(op), t));
}

static PyObject *copy_op(PyObject *op, PyObject *arg, const char *fn,
                         int (*f)(vb_data_object *, const vb_data_object *)) {
  vb_data_object *src = vbpy_data_object_arg(fn, arg);
  if (!src) return NULL;
  VBPY_RETURN_NONE(f(DO(op), src));
}
static PyObject *o_deep(PyObject *op, PyObject *arg) { return copy_op(op, arg, "DeepCopy", vb_data_object_deep_copy); }
static PyObject *o_shallow(PyObject *op, PyObject *arg) { return copy_op(op, arg, "ShallowCopy", vb_data_object_shallow_copy); }

static const char *const assoc_names[] = {"vtkDataObject::FIELD_ASSOCIATION_POINTS", "vtkDataObject::FIELD_ASSOCIATION_CELLS",
                                          "vtkDataObject::FIELD_ASSOCIATION_NONE", "vtkDataObject::FIELD_ASSOCIATION_POINTS_THEN_CELLS",
                                          "vtkDataObject::FIELD_ASSOCIATION_VERTICES", "vtkDataObject::FIELD_ASSOCIATION_EDGES",
                                          "vtkDataObject::FIELD_ASSOCIATION_ROWS"};

static PyObject *o_assoc_str(PyObject *op, PyObject *arg) {
  int t;
  (void)op;
  if (vbpy_int_arg("GetAssociationTypeAsString", arg, &t) < 0) return NULL;
  if (t < 0 || t > 6) Py_RETURN_NONE;
  return PyUnicode_FromString(assoc_names[t]);
}

static PyObject *o_assoc_from(PyObject *op, PyObject *arg) {
  (void)op;
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "GetAssociationTypeFromString(): expected str, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  for (int t = 0; t <= 6; t++) {
    PyObject *s = PyUnicode_FromString(assoc_names[t]), *s2 = PyUnicode_FromString(assoc_names[t] + 15);
    int eq = s && s2 && (PyUnicode_Compare(arg, s) == 0 || PyUnicode_Compare(arg, s2) == 0);
    Py_XDECREF(s);
    Py_XDECREF(s2);
    if (eq) return PyLong_FromLong(t);
  }
  return PyLong_FromLong(-1);
}

static PyObject *o_type_for_array(PyObject *op, PyObject *arg) {
  vb_array *a = vbpy_array_arg("GetAttributeTypeForArray", arg, 0, NULL);
  return a ? PyLong_FromLong(vb_data_object_get_attribute_type_for_array(DO(op), a)) : NULL;
}

static vbpy_getset do_props[] = {
  {"field_data", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetFieldData"},
  {"data_object_type", VBPY_GET, NULL, VBPY_DOC(""), "GetDataObjectType"},
  {"actual_memory_size", VBPY_GET, NULL, VBPY_DOC(""), "GetActualMemorySize"},
  {"", NULL, NULL, NULL, ""},
};

static vbpy_method do_methods[] = {
  {"GetFieldData", o_field, METH_NOARGS, VBPY_DOC("vtkFieldData or None")},
  {"SetFieldData", o_set_field, METH_O, VBPY_DOC("SetFieldData(vtkFieldData | None)")},
  {"GetDataObjectType", o_type, METH_NOARGS, VBPY_DOC("VTK_POLY_DATA (0), VTK_DATA_OBJECT (7), ...")},
  {"GetActualMemorySize", o_memory, METH_NOARGS, VBPY_DOC("KiB")},
  {"GetAttributes", o_attributes, METH_O, VBPY_DOC("GetAttributes(type) -> point / cell data or None")},
  {"GetAttributesAsFieldData", o_attributes_fd, METH_O, VBPY_DOC("GetAttributesAsFieldData(type)")},
  {"GetNumberOfElements", o_elements, METH_O, VBPY_DOC("GetNumberOfElements(type)")},
  {"Initialize", o_initialize, METH_NOARGS, VBPY_DOC("")},
  {"GetAttributeTypeForArray", o_type_for_array, METH_O, VBPY_DOC("POINT, CELL or FIELD holding the array; -1")},
  {"DeepCopy", o_deep, METH_O, VBPY_DOC("DeepCopy(other)")},
  {"ShallowCopy", o_shallow, METH_O, VBPY_DOC("ShallowCopy(other)")},
  {"GetAssociationTypeAsString", o_assoc_str, METH_O | METH_STATIC, VBPY_DOC("")},
  {"GetAssociationTypeFromString", o_assoc_from, METH_O | METH_STATIC, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

/* ---- vtkPointSet ---- */
static PyObject *ps_get_points(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_points_object(vb_point_set_get_points(DO(op))), NULL);
}

static PyObject *ps_set_points(PyObject *op, PyObject *arg) {
  vb_points *p = NULL;
  if (arg != Py_None) {
    if (!PyObject_TypeCheck(arg, &VbPoints_Type)) {
      PyErr_Format(PyExc_TypeError, "SetPoints(): expected vtkPoints or None, not %.100s", Py_TYPE(arg)->tp_name);
      return NULL;
    }
    p = vb_points_from_object(VBPY_OBJ(arg));
  }
  VBPY_RETURN_NONE(vb_point_set_set_points(DO(op), p));
}

static vbpy_getset ps_props[] = {
  {"points", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetPoints"},
  {"", NULL, NULL, NULL, ""},
};

static vbpy_method ps_methods[] = {
  {"GetPoints", ps_get_points, METH_NOARGS, VBPY_DOC("vtkPoints or None")},
  {"SetPoints", ps_set_points, METH_O, VBPY_DOC("SetPoints(vtkPoints | None)")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbDataObject_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataObject",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkDataObject: the base of data sets; holds field data."),
  .tp_methods = VBPY_METHODS(do_methods),
  .tp_getset = VBPY_GETSETS(do_props),
  .tp_new = do_new,
};

PyTypeObject VbPointSet_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkPointSet",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkPointSet: a data set with explicit points (abstract)."),
  .tp_methods = VBPY_METHODS(ps_methods),
  .tp_getset = VBPY_GETSETS(ps_props),
  .tp_new = vbpy_data_set_abstract_new,
};

/* vtkDataObject's constants (FieldAssociations, AttributeTypes) */
static const vbpy_int_constant consts[] = {
  {"FIELD_ASSOCIATION_POINTS", 0}, {"FIELD_ASSOCIATION_CELLS", 1}, {"FIELD_ASSOCIATION_NONE", 2},
  {"FIELD_ASSOCIATION_POINTS_THEN_CELLS", 3}, {"FIELD_ASSOCIATION_VERTICES", 4}, {"FIELD_ASSOCIATION_EDGES", 5},
  {"FIELD_ASSOCIATION_ROWS", 6}, {"NUMBER_OF_ASSOCIATIONS", 7}, {"POINT", 0}, {"CELL", 1}, {"FIELD", 2},
  {"POINT_THEN_CELL", 3}, {"VERTEX", 4}, {"EDGE", 5}, {"ROW", 6}, {"NUMBER_OF_ATTRIBUTE_TYPES", 7},
  {"FIELD_OPERATION_PRESERVED", 0}, {"FIELD_OPERATION_REINTERPOLATED", 1}, {"FIELD_OPERATION_MODIFIED", 2},
  {"FIELD_OPERATION_REMOVED", 3},
};

int vbpy_data_object_add_constants(void) { return VBPY_ADD_INT_CONSTANTS(&VbDataObject_Type, consts); }

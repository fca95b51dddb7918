/* vbpy_cell.c - vtkCell and its classes: Python face of vb_cell (src/vb_cell.h).
 * One static type, vtkCell (abstract), holds every method; the classes of
 * the cell types (vtkTetra, ..., vtkGenericCell) are made from the core's
 * type table at import (vbpy_cell_add_types), each a thin subclass with its
 * _vb_type.  GetCell(id) / GetCell(id, cell) / GetDistinctCellTypes of the
 * data sets are here too (rows of vtkDataSet's table). */
#include "vbpy_types.h"

#define CELL(op) vb_cell_from_object(VBPY_OBJ(op))

static PyTypeObject *classes[VB_POLYHEDRON + 2]; /* by type; [VB_POLYHEDRON + 1]: generic */
#define GENERIC (VB_POLYHEDRON + 1)

PyTypeObject *vbpy_cell_class(vb_object *o) {
  vb_cell *c = vb_cell_from_object(o);
  return c ? classes[vb_cell_is_generic(c) ? GENERIC : vb_cell_get_cell_type(c)] : NULL;
}

static PyObject *cell_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  int t = vbpy_class_type(cls, "vtkTetra");
  if (t < 0) return NULL;
  return vbpy_wrap_new(vb_cell_object(vb_cell_new(t, vbpy_class_int(cls, "_vb_generic", 0))), cls);
}

/* the heap classes' instances hold their type (a Python subclass's
 * subtype_dealloc leaves it to us: the base is a heap type) */
static void cell_dealloc(PyObject *op) {
  PyTypeObject *tp = Py_TYPE(op);
  vbpy_object_dealloc(op);
  Py_DECREF(tp);
}

vb_cell *vbpy_cell_arg(const char *fn, PyObject *o) {
  vb_cell *c = PyObject_TypeCheck(o, &VbCell_Type) ? CELL(o) : NULL;
  if (!c) PyErr_Format(PyExc_TypeError, "%s argument: expected a vtkCell, got %.100s", fn, Py_TYPE(o)->tp_name);
  return c;
}

#define INT_GETTER(name, expr)                                                             \
  static PyObject *c_##name(PyObject *op, PyObject *u) {                                   \
    (void)op; (void)u;                                                                     \
    return PyLong_FromLongLong((long long)(expr));                                         \
  }
INT_GETTER(type, vb_cell_get_cell_type(CELL(op)))
INT_GETTER(dim, vb_cell_get_cell_dimension(CELL(op)))
INT_GETTER(npts, vb_cell_get_number_of_points(CELL(op)))
INT_GETTER(nedges, vb_cell_get_number_of_edges(CELL(op)))
INT_GETTER(nfaces, vb_cell_get_number_of_faces(CELL(op)))
INT_GETTER(linear, vb_cell_type_is_linear(vb_cell_get_cell_type(CELL(op))))
INT_GETTER(primary, vb_cell_is_primary(CELL(op)))
INT_GETTER(req_init, vb_cell_requires_initialization(CELL(op)))
INT_GETTER(req_faces, vb_cell_requires_explicit_faces(CELL(op)))
INT_GETTER(explicit, 0)

static PyObject *c_ids(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_id_list_object(vb_cell_get_point_ids(CELL(op))), NULL); }
static PyObject *c_points(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_points_object(vb_cell_get_points(CELL(op))), NULL); }

static PyObject *c_point_id(PyObject *op, PyObject *arg) {
  int64_t i;
  vb_id v;
  if (vbpy_index_arg("GetPointId", arg, &i) < 0) return NULL;
  int s = vb_cell_get_point_id(CELL(op), i, &v);
  return s < 0 ? vbpy_error(s) : PyLong_FromLongLong(v);
}

static PyObject *sub(PyObject *op, PyObject *arg, const char *fn, vb_cell *(*f)(vb_cell *, int)) {
  int i;
  if (vbpy_int_arg(fn, arg, &i) < 0) return NULL;
  vb_cell *s = f(CELL(op), i);
  return s ? vbpy_wrap(vb_cell_object(s), NULL) : vbpy_error(vb_last_status());
}
static PyObject *c_edge(PyObject *op, PyObject *arg) { return sub(op, arg, "GetEdge", vb_cell_get_edge); }
static PyObject *c_face(PyObject *op, PyObject *arg) { return sub(op, arg, "GetFace", vb_cell_get_face); }

static PyObject *c_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double b[6];
  if (vbpy_nargs("GetBounds", n, 0, 1) < 0) return NULL;
  int s = vb_cell_get_bounds(CELL(op), b);
  if (s < 0) return vbpy_error(s);
  if (n == 0) return vbpy_tuple_d(b, 6);
  return vbpy_fill_out("GetBounds", args[0], b, 6) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *c_length2(PyObject *op, PyObject *u) {
  double b[6], l = 0;
  (void)u;
  int s = vb_cell_get_bounds(CELL(op), b);
  if (s < 0) return vbpy_error(s);
  for (int k = 0; k < 3; k++) l += (b[2 * k + 1] - b[2 * k]) * (b[2 * k + 1] - b[2 * k]);
  return PyFloat_FromDouble(l);
}

static PyObject *c_deep_copy(PyObject *op, PyObject *arg) {
  vb_cell *src = vbpy_cell_arg("DeepCopy", arg);
  return src ? vbpy_status(vb_cell_deep_copy(CELL(op), src), Py_NewRef(Py_None)) : NULL;
}
static PyObject *c_shallow_copy(PyObject *op, PyObject *arg) {
  vb_cell *src = vbpy_cell_arg("ShallowCopy", arg);
  return src ? vbpy_status(vb_cell_shallow_copy(CELL(op), src), Py_NewRef(Py_None)) : NULL;
}

static PyObject *c_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_initialize(CELL(op))); }

/* GetCellFaces(cellarray): a polyhedron's faces (global point ids); others none */
static PyObject *c_cell_faces(PyObject *op, PyObject *arg) {
  if (!PyObject_TypeCheck(arg, &VbCellArray_Type)) {
    PyErr_Format(PyExc_TypeError, "GetCellFaces argument: expected a vtkCellArray, got %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  vb_cell_array *dst = vb_cell_array_from_object(VBPY_OBJ(arg)), *f = vb_cell_get_faces(CELL(op));
  VBPY_RETURN_NONE(f ? vb_cell_array_deep_copy(dst, f) : vb_cell_array_initialize(dst));
}

static PyObject *c_repr(PyObject *op) {
  return PyUnicode_FromFormat("<%s(%lld points) at %p>", vb_object_class_name(VBPY_OBJ(op)),
                              (long long)vb_cell_get_number_of_points(CELL(op)), op);
}

static vbpy_method cell_methods[] = {
  {"GetCellType", c_type, METH_NOARGS, VBPY_DOC("")},
  {"GetCellDimension", c_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfPoints", c_npts, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfEdges", c_nedges, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfFaces", c_nfaces, METH_NOARGS, VBPY_DOC("")},
  {"IsLinear", c_linear, METH_NOARGS, VBPY_DOC("")},
  {"IsPrimaryCell", c_primary, METH_NOARGS, VBPY_DOC("")},
  {"IsExplicitCell", c_explicit, METH_NOARGS, VBPY_DOC("0")},
  {"RequiresInitialization", c_req_init, METH_NOARGS, VBPY_DOC("")},
  {"RequiresExplicitFaceRepresentation", c_req_faces, METH_NOARGS, VBPY_DOC("")},
  {"GetPointIds", c_ids, METH_NOARGS, VBPY_DOC("vtkIdList (the cell's own)")},
  {"GetPoints", c_points, METH_NOARGS, VBPY_DOC("vtkPoints (the cell's own)")},
  {"GetPointId", c_point_id, METH_O, VBPY_DOC("GetPointId(i)")},
  {"GetEdge", c_edge, METH_O, VBPY_DOC("GetEdge(i) -> vtkLine (reused by the cell)")},
  {"GetFace", c_face, METH_O, VBPY_DOC("GetFace(i) -> cell (reused by the cell)")},
  {"GetBounds", VBPY_FC(c_bounds), VBPY_DOC("GetBounds() / GetBounds(out)")},
  {"GetLength2", c_length2, METH_NOARGS, VBPY_DOC("squared diagonal of the bounds")},
  {"DeepCopy", c_deep_copy, METH_O, VBPY_DOC("")},
  {"ShallowCopy", c_shallow_copy, METH_O, VBPY_DOC("shares the points; ids copied")},
  {"Initialize", c_initialize, METH_NOARGS, VBPY_DOC("")},
  {"GetCellFaces", c_cell_faces, METH_O, VBPY_DOC("GetCellFaces(cellarray)")},
  {"", NULL, 0, NULL},
};

static vbpy_getset cell_props[] = {
  {"bounds", VBPY_GET, NULL, VBPY_DOC(""), "GetBounds"},
  {"cell_dimension", VBPY_GET, NULL, VBPY_DOC(""), "GetCellDimension"},
  {"cell_type", VBPY_GET, NULL, VBPY_DOC(""), "GetCellType"},
  {"length2", VBPY_GET, NULL, VBPY_DOC(""), "GetLength2"},
  {"number_of_edges", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfEdges"},
  {"number_of_faces", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfFaces"},
  {"number_of_points", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfPoints"},
  {"point_ids", VBPY_GET, NULL, VBPY_DOC(""), "GetPointIds"},
  {"points", VBPY_GET, NULL, VBPY_DOC(""), "GetPoints"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbCell_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCell",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkCell: a cell's type, point ids and points (abstract)."),
  .tp_methods = VBPY_METHODS(cell_methods),
  .tp_getset = VBPY_GETSETS(cell_props),
  .tp_repr = c_repr,
  .tp_new = cell_new,
};

/* ---- vtkGenericCell's own ---- */
static PyObject *g_set_type(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("SetCellType", arg, &t) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_set_cell_type(CELL(op), t));
}

static PyMethodDef generic_methods[] = {
  {"SetCellType", g_set_type, METH_O, VBPY_DOC("SetCellType(type)")},
  {NULL, NULL, 0, NULL},
};

/* ---- the classes and the VTK_* constants (module exec) ---- */
static int set_int(PyObject *tp, const char *name, long v) {
  PyObject *o = PyLong_FromLong(v);
  int r = o ? PyObject_SetAttrString(tp, name, o) : -1;
  Py_XDECREF(o);
  return r;
}

static PyTypeObject *make_class(PyObject *m, const char *name, int type, int generic, PyTypeObject *base) {
  char full[64];
  PyOS_snprintf(full, sizeof full, "vtkbuf.%s", name);
  PyType_Slot slots[] = {
    {Py_tp_dealloc, (void *)cell_dealloc},
    {generic ? Py_tp_methods : 0, generic ? (void *)generic_methods : NULL},
    {0, NULL},
  };
  PyType_Spec spec = {full, (int)sizeof(VbObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slots};
  PyObject *tp = PyType_FromSpecWithBases(&spec, (PyObject *)base);
  if (!tp || (type >= 0 && set_int(tp, "_vb_type", type) < 0) || (generic && set_int(tp, "_vb_generic", 1) < 0) ||
      vbpy_hook_type((PyTypeObject *)tp) < 0 || PyModule_AddObjectRef(m, name, tp) < 0) {
    Py_XDECREF(tp);
    return NULL;
  }
  return (PyTypeObject *)tp; /* the module and classes[] hold it */
}

int vbpy_cell_add_types(PyObject *m) {
  /* vtkCell3D (abstract: no _vb_type), the base of the 3D cells as in VTK */
  PyTypeObject *cell3d = make_class(m, "vtkCell3D", -1, 0, &VbCell_Type);
  if (!cell3d) return -1;
  Py_DECREF(cell3d); /* the module holds it */
  for (int t = 0; t <= VB_POLYHEDRON; t++)
    if (vb_cell_type_is_supported(t) &&
        !(classes[t] = make_class(m, vb_cell_type_class_name(t), t, 0, vb_cell_type_dimension(t) == 3 ? cell3d : &VbCell_Type)))
      return -1;
  if (!(classes[GENERIC] = make_class(m, "vtkGenericCell", VB_EMPTY_CELL, 1, &VbCell_Type))) return -1;
  for (int i = 0, v; i < vb_cell_type_constant_count(); i++) {
    const char *name = vb_cell_type_constant(i, &v);
    if (PyModule_AddIntConstant(m, name, v) < 0) return -1;
  }
  return 0;
}

/* ---- data sets: GetCell, GetDistinctCellTypes ---- */
/* GetCell(id) -> a new cell of the cell's class; GetCell(id, cell) fills cell
 * (a vtkGenericCell, or a cell of the cell's type) and returns None */
PyObject *vbpy_data_set_get_cell(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  vb_data_object *d = vb_data_object_from_object(VBPY_OBJ(op));
  if (vbpy_nargs("GetCell", n, 1, 2) < 0 || vbpy_index_arg("GetCell", args[0], &id) < 0) return NULL;
  if (n == 2) {
    vb_cell *c = vbpy_cell_arg("GetCell", args[1]);
    return c ? vbpy_status(vb_data_set_get_cell(d, id, c), Py_NewRef(Py_None)) : NULL;
  }
  int t = vb_data_set_get_cell_type(d, id);
  if (t < 0) return vbpy_error(t);
  vb_cell *c = vb_cell_new(t, 0);
  if (!c) return vbpy_error(vb_last_status());
  int s = vb_data_set_get_cell(d, id, c);
  PyObject *r = s < 0 ? vbpy_error(s) : vbpy_wrap(vb_cell_object(c), NULL);
  vb_cell_release(c);
  return r;
}

PyObject *vbpy_data_set_distinct_cell_types(PyObject *op, PyObject *arg) {
  if (!PyObject_TypeCheck(arg, &VbCellTypes_Type)) {
    PyErr_Format(PyExc_TypeError, "GetDistinctCellTypes argument: expected a vtkCellTypes, got %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  VBPY_RETURN_NONE(vb_data_set_get_distinct_cell_types(vb_data_object_from_object(VBPY_OBJ(op)),
                                                        vb_cell_types_from_object(VBPY_OBJ(arg))));
}

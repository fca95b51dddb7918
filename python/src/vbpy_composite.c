/* vbpy_composite.c - vtkCompositeDataSet, vtkDataObjectTree (abstract),
 * vtkMultiBlockDataSet, vtkPartitionedDataSet and
 * vtkPartitionedDataSetCollection: Python faces of vb_composite
 * (src/vb_composite.h).  Indices and counts are VTK's unsigned int
 * (OverflowError outside [0, 2**32)).  `for block in mb`: the non-empty
 * leaves (a NewIterator(), itself a Python iterator); NAME() and the other
 * information keys: vtkbuf/_composite.py. */
#include "vbpy_types.h"

#define CD(op) vb_composite_from_object(VBPY_OBJ(op))

PyTypeObject VbCompositeDataSet_Type, VbDataObjectTree_Type, VbMultiBlockDataSet_Type,
    VbPartitionedDataSet_Type, VbPartitionedDataSetCollection_Type;

/* an unsigned int argument (VTK's wrapping: TypeError, OverflowError) */
int vbpy_uint_arg(const char *fn, PyObject *o, int64_t *out) {
  if (vbpy_id_arg(fn, o, out) < 0) return -1;
  if (*out < 0 || *out > (int64_t)UINT32_MAX) {
    PyErr_Format(PyExc_OverflowError, "%s argument: value is out of range for unsigned int", fn);
    return -1;
  }
  return 0;
}

/* a vtkDataObject or None (*out NULL) */
static int dobj_or_none(const char *fn, PyObject *o, vb_data_object **out) {
  *out = NULL;
  if (o == Py_None) return 0;
  return (*out = vbpy_data_object_arg(fn, o)) ? 0 : -1;
}

static PyObject *cd_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  int type = VB_MULTIBLOCK_DATA_SET;
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  for (PyTypeObject *t = cls; t; t = t->tp_base)
    if (t == &VbPartitionedDataSet_Type || t == &VbPartitionedDataSetCollection_Type) {
      type = t == &VbPartitionedDataSet_Type ? VB_PARTITIONED_DATA_SET : VB_PARTITIONED_DATA_SET_COLLECTION;
      break;
    }
  return vbpy_wrap_new(vb_composite_object(vb_composite_new(type)), cls);
}

static PyObject *cd_abstract_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)cls, (void)args, (void)kwds;
  PyErr_SetString(PyExc_TypeError, "this is an abstract class and cannot be instantiated");
  return NULL;
}

static PyObject *wrap_do(vb_data_object *d) { return vbpy_wrap(vb_data_object_object(d), NULL); }

/* ---- vtkCompositeDataSet ---- */
static PyObject *c_npoints(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_composite_get_number_of_points(CD(op))); }
static PyObject *c_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_composite_get_number_of_cells(CD(op))); }

/* GetBounds(out) as VTK; GetBounds() -> tuple too */
static PyObject *c_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double b[6];
  if (vbpy_nargs("GetBounds", n, 0, 1) < 0) return NULL;
  vb_composite_get_bounds(CD(op), b);
  if (n == 0) return vbpy_tuple_d(b, 6);
  return vbpy_fill_out("GetBounds", args[0], b, 6) < 0 ? NULL : Py_NewRef(Py_None);
}

static vb_composite *composite_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbCompositeDataSet_Type)) {
    PyErr_Format(PyExc_TypeError, "%s argument: method requires a vtkCompositeDataSet, a %.100s was provided", fn,
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  return CD(o);
}
static PyObject *c_structure(PyObject *op, PyObject *arg) {
  vb_composite *src = composite_arg("CopyStructure", arg);
  return src ? vbpy_status(vb_composite_copy_structure(CD(op), src), Py_NewRef(Py_None)) : NULL;
}
static PyObject *c_composite_shallow(PyObject *op, PyObject *arg) {
  vb_composite *src = composite_arg("CompositeShallowCopy", arg);
  return src ? vbpy_status(vb_composite_composite_shallow_copy(CD(op), src), Py_NewRef(Py_None)) : NULL;
}

static PyObject *c_new_iterator(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_new_instance(vbpy_wrap_new(vb_composite_iterator_object(vb_composite_new_iterator(CD(op))), NULL));
}

static PyObject *c_get_data_set(PyObject *op, PyObject *arg) {
  vb_composite_iterator *it = vbpy_composite_iterator_arg("GetDataSet", arg);
  (void)op;
  return it ? wrap_do(vb_composite_iterator_get_current_data_object(it)) : NULL;
}

static PyObject *c_set_data_set(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_composite_iterator *it;
  vb_data_object *d;
  if (vbpy_nargs("SetDataSet", n, 2, 2) < 0 || !(it = vbpy_composite_iterator_arg("SetDataSet", args[0])) ||
      dobj_or_none("SetDataSet", args[1], &d) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_composite_set_data_set(CD(op), it, d));
}

/* GetMetaData(i) / GetMetaData(iterator); HasMetaData alike */
static PyObject *meta(PyObject *op, PyObject *arg, int has) {
  const char *fn = has ? "HasMetaData" : "GetMetaData";
  int64_t i;
  if (PyObject_TypeCheck(arg, &VbCompositeIterator_Type)) {
    vb_composite_iterator *it = vbpy_composite_iterator_arg(fn, arg);
    if (has) return PyLong_FromLong(vb_composite_iterator_has_current_meta_data(it));
    return vbpy_wrap(vb_information_object(vb_composite_iterator_get_current_meta_data(it)), NULL);
  }
  if (vbpy_uint_arg(fn, arg, &i) < 0) return NULL;
  if (has) return PyLong_FromLong(vb_composite_has_child_meta_data(CD(op), i));
  return vbpy_wrap(vb_information_object(vb_composite_get_child_meta_data(CD(op), i)), NULL);
}
static PyObject *c_get_meta(PyObject *op, PyObject *arg) { return meta(op, arg, 0); }
static PyObject *c_has_meta(PyObject *op, PyObject *arg) { return meta(op, arg, 1); }

static vbpy_method cd_methods[] = {
  {"GetNumberOfPoints", c_npoints, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfCells", c_ncells, METH_NOARGS, VBPY_DOC("")},
  {"GetBounds", VBPY_FC(c_bounds), VBPY_DOC("")},
  {"CopyStructure", c_structure, METH_O, VBPY_DOC("")},
  {"CompositeShallowCopy", c_composite_shallow, METH_O, VBPY_DOC("")},
  {"NewIterator", c_new_iterator, METH_NOARGS, VBPY_DOC("")},
  {"GetDataSet", c_get_data_set, METH_O, VBPY_DOC("")},
  {"SetDataSet", VBPY_FC(c_set_data_set), VBPY_DOC("")},
  {"GetMetaData", c_get_meta, METH_O, VBPY_DOC("")},
  {"HasMetaData", c_has_meta, METH_O, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset cd_props[] = {
  {"number_of_points", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfPoints"},
  {"number_of_cells", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfCells"},
  {"", NULL, NULL, NULL, ""},
};

/* ---- vtkDataObjectTree (children) and the concrete classes ---- */
static PyObject *t_count(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_composite_get_number_of_children(CD(op))); }

static PyObject *set_count(PyObject *op, PyObject *arg, const char *fn) {
  int64_t n;
  if (vbpy_uint_arg(fn, arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_composite_set_number_of_children(CD(op), n));
}
static PyObject *t_set_count(PyObject *op, PyObject *a) { return set_count(op, a, "SetNumberOfChildren"); }
static PyObject *mb_set_count(PyObject *op, PyObject *a) { return set_count(op, a, "SetNumberOfBlocks"); }
static PyObject *p_set_count(PyObject *op, PyObject *a) { return set_count(op, a, "SetNumberOfPartitions"); }

static PyObject *get_child(PyObject *op, PyObject *arg, const char *fn, int data_set_only) {
  int64_t i;
  vb_data_object *d;
  if (vbpy_uint_arg(fn, arg, &i) < 0) return NULL;
  d = vb_composite_get_child(CD(op), i);
  if (data_set_only && d && !vb_data_object_is_data_set(d)) Py_RETURN_NONE; /* VTK returns vtkDataSet* */
  return wrap_do(d);
}
static PyObject *t_get(PyObject *op, PyObject *a) { return get_child(op, a, "GetChild", 0); }
static PyObject *mb_get(PyObject *op, PyObject *a) { return get_child(op, a, "GetBlock", 0); }
static PyObject *p_get(PyObject *op, PyObject *a) { return get_child(op, a, "GetPartition", 1); }
static PyObject *p_get_do(PyObject *op, PyObject *a) { return get_child(op, a, "GetPartitionAsDataObject", 0); }
static PyObject *c_get_pds(PyObject *op, PyObject *a) { return get_child(op, a, "GetPartitionedDataSet", 0); }

static PyObject *set_child(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn) {
  int64_t i;
  vb_data_object *d;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_uint_arg(fn, args[0], &i) < 0 || dobj_or_none(fn, args[1], &d) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_composite_set_child(CD(op), i, d));
}
static PyObject *mb_set(PyObject *op, PyObject *const *a, Py_ssize_t n) { return set_child(op, a, n, "SetBlock"); }
static PyObject *p_set(PyObject *op, PyObject *const *a, Py_ssize_t n) { return set_child(op, a, n, "SetPartition"); }
static PyObject *c_set_pds(PyObject *op, PyObject *const *a, Py_ssize_t n) { return set_child(op, a, n, "SetPartitionedDataSet"); }

static PyObject *remove_child(PyObject *op, PyObject *arg, const char *fn) {
  int64_t i;
  if (vbpy_uint_arg(fn, arg, &i) < 0) return NULL;
  VBPY_RETURN_NONE(vb_composite_remove_child(CD(op), i));
}
static PyObject *mb_remove(PyObject *op, PyObject *a) { return remove_child(op, a, "RemoveBlock"); }
static PyObject *c_remove(PyObject *op, PyObject *a) { return remove_child(op, a, "RemovePartitionedDataSet"); }

static PyObject *t_child_meta(PyObject *op, PyObject *arg) {
  int64_t i;
  if (vbpy_uint_arg("GetChildMetaData", arg, &i) < 0) return NULL;
  return vbpy_wrap(vb_information_object(vb_composite_get_child_meta_data(CD(op), i)), NULL);
}
static PyObject *t_has_child_meta(PyObject *op, PyObject *arg) {
  int64_t i;
  if (vbpy_uint_arg("HasChildMetaData", arg, &i) < 0) return NULL;
  return PyLong_FromLong(vb_composite_has_child_meta_data(CD(op), i));
}

static PyObject *p_remove_null(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_composite_remove_null_partitions(CD(op))); }

/* the collection's two-index forms: GetPartition(i, j), SetPartition(i, j, obj),
 * GetNumberOfPartitions(i), SetNumberOfPartitions(i, n) */
static vb_composite *pds_at(PyObject *op, PyObject *arg, const char *fn) {
  int64_t i;
  if (vbpy_uint_arg(fn, arg, &i) < 0) return NULL;
  return vb_composite_from_object(vb_data_object_object(vb_composite_get_child(CD(op), i)));
}
static PyObject *c_get_part(PyObject *op, PyObject *const *args, Py_ssize_t n, int data_set_only) {
  const char *fn = data_set_only ? "GetPartition" : "GetPartitionAsDataObject";
  vb_composite *p;
  int64_t j;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || (!(p = pds_at(op, args[0], fn)) && PyErr_Occurred()) ||
      vbpy_uint_arg(fn, args[1], &j) < 0)
    return NULL;
  vb_data_object *d = vb_composite_get_child(p, j);
  if (data_set_only && d && !vb_data_object_is_data_set(d)) Py_RETURN_NONE;
  return wrap_do(d);
}
static PyObject *c_get_part_ds(PyObject *op, PyObject *const *a, Py_ssize_t n) { return c_get_part(op, a, n, 1); }
static PyObject *c_get_part_do(PyObject *op, PyObject *const *a, Py_ssize_t n) { return c_get_part(op, a, n, 0); }
static PyObject *c_set_part(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i, j;
  vb_data_object *d;
  if (vbpy_nargs("SetPartition", n, 3, 3) < 0 || vbpy_uint_arg("SetPartition", args[0], &i) < 0 ||
      vbpy_uint_arg("SetPartition", args[1], &j) < 0 || dobj_or_none("SetPartition", args[2], &d) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_composite_set_partition(CD(op), i, j, d));
}
static PyObject *c_nparts(PyObject *op, PyObject *arg) {
  vb_composite *p = pds_at(op, arg, "GetNumberOfPartitions");
  return p || !PyErr_Occurred() ? PyLong_FromLongLong(vb_composite_get_number_of_children(p)) : NULL;
}
static PyObject *c_set_nparts(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i, k;
  if (vbpy_nargs("SetNumberOfPartitions", n, 2, 2) < 0 || vbpy_uint_arg("SetNumberOfPartitions", args[0], &i) < 0 ||
      vbpy_uint_arg("SetNumberOfPartitions", args[1], &k) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_composite_set_number_of_partitions(CD(op), i, k));
}

static vbpy_method tree_methods[] = {
  {"GetNumberOfChildren", t_count, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfChildren", t_set_count, METH_O, VBPY_DOC("")},
  {"GetChild", t_get, METH_O, VBPY_DOC("")},
  {"GetChildMetaData", t_child_meta, METH_O, VBPY_DOC("")},
  {"HasChildMetaData", t_has_child_meta, METH_O, VBPY_DOC("")},
  {"NewTreeIterator", c_new_iterator, METH_NOARGS, VBPY_DOC("")},
  {"SetDataSetFrom", VBPY_FC(c_set_data_set), VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_method mb_methods[] = {
  {"GetNumberOfBlocks", t_count, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfBlocks", mb_set_count, METH_O, VBPY_DOC("")},
  {"GetBlock", mb_get, METH_O, VBPY_DOC("")},
  {"SetBlock", VBPY_FC(mb_set), VBPY_DOC("")},
  {"RemoveBlock", mb_remove, METH_O, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_method pds_methods[] = {
  {"GetNumberOfPartitions", t_count, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfPartitions", p_set_count, METH_O, VBPY_DOC("")},
  {"GetPartition", p_get, METH_O, VBPY_DOC("")},
  {"GetPartitionAsDataObject", p_get_do, METH_O, VBPY_DOC("")},
  {"SetPartition", VBPY_FC(p_set), VBPY_DOC("")},
  {"RemoveNullPartitions", p_remove_null, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_method pdc_methods[] = {
  {"GetNumberOfPartitionedDataSets", t_count, METH_NOARGS, VBPY_DOC("")},
  {"SetNumberOfPartitionedDataSets", t_set_count, METH_O, VBPY_DOC("")},
  {"GetPartitionedDataSet", c_get_pds, METH_O, VBPY_DOC("")},
  {"SetPartitionedDataSet", VBPY_FC(c_set_pds), VBPY_DOC("")},
  {"RemovePartitionedDataSet", c_remove, METH_O, VBPY_DOC("")},
  {"GetNumberOfPartitions", c_nparts, METH_O, VBPY_DOC("")},
  {"SetNumberOfPartitions", VBPY_FC(c_set_nparts), VBPY_DOC("")},
  {"GetPartition", VBPY_FC(c_get_part_ds), VBPY_DOC("")},
  {"GetPartitionAsDataObject", VBPY_FC(c_get_part_do), VBPY_DOC("")},
  {"SetPartition", VBPY_FC(c_set_part), VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset tree_props[] = {
  {"number_of_children", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfChildren"},
  {"", NULL, NULL, NULL, ""},
};
static vbpy_getset mb_props[] = {
  {"number_of_blocks", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfBlocks"},
  {"", NULL, NULL, NULL, ""},
};
static vbpy_getset pds_props[] = {
  {"number_of_partitions", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfPartitions"},
  {"", NULL, NULL, NULL, ""},
};
static vbpy_getset pdc_props[] = {
  {"number_of_partitioned_data_sets", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfPartitionedDataSets"},
  {"", NULL, NULL, NULL, ""},
};

static PyObject *c_iter(PyObject *op) { return c_new_iterator(op, NULL); }

#define COMPOSITE_TYPE(var, name, doc, methods, props, new)                                   \
  PyTypeObject var = {                                                                        \
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "vtkbuf." name,                                  \
    .tp_basicsize = sizeof(VbObject),                                                         \
    .tp_dealloc = vbpy_object_dealloc,                                                        \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,                                     \
    .tp_doc = VBPY_DOC(doc),                                                                            \
    .tp_methods = VBPY_METHODS(methods),                                                      \
    .tp_getset = VBPY_GETSETS(props),                                                         \
    .tp_iter = c_iter,                                                                        \
    .tp_new = new,                                                                            \
  };
COMPOSITE_TYPE(VbCompositeDataSet_Type, "vtkCompositeDataSet", "vtkCompositeDataSet (abstract)", cd_methods,
               cd_props, cd_abstract_new)
COMPOSITE_TYPE(VbDataObjectTree_Type, "vtkDataObjectTree", "vtkDataObjectTree (abstract)", tree_methods, tree_props,
               cd_abstract_new)
COMPOSITE_TYPE(VbMultiBlockDataSet_Type, "vtkMultiBlockDataSet", "vtkMultiBlockDataSet: a tree of blocks",
               mb_methods, mb_props, cd_new)
COMPOSITE_TYPE(VbPartitionedDataSet_Type, "vtkPartitionedDataSet", "vtkPartitionedDataSet: partitions of one data set",
               pds_methods, pds_props, cd_new)
COMPOSITE_TYPE(VbPartitionedDataSetCollection_Type, "vtkPartitionedDataSetCollection",
               "vtkPartitionedDataSetCollection: a list of vtkPartitionedDataSet", pdc_methods, pdc_props, cd_new)

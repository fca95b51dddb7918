/* vbpy_module.c - the _vtkbuf module: its one table of functions (the core's
 * type table for vtkbuf/_templates.py and numpy_support, ABI self-check, leak
 * counters, the hooks of the pure-Python layer), the VTK_* constants, and the
 * type table: every type of the extension, readied and added in table order.
 * The top of the extension: nothing else calls into this file. */
#include "vbpy_types.h"

/* _type_table(): the core's type table (vb_type_at), one dict per row, in
 * table order.  Every Python-side type map is built from it. */
static PyObject *type_table(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  int n = vb_type_count();
  PyObject *t = PyTuple_New(n);
  for (int k = 0; t && k < n; k++) {
    const vb_type_info *r = vb_type_at(k);
    PyObject *row = Py_BuildValue(
        "{s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:n,s:O,s:O,s:O,s:d,s:d}", "id", r->id, "vtk_name",
        r->vtk_name, "c_name", r->c_name, "key", r->key, "dtype", r->dtype, "format", r->format,
        "aos_class", r->aos_class, "size", (Py_ssize_t)r->size, "is_integer",
        r->is_integer ? Py_True : Py_False, "is_signed", r->is_signed ? Py_True : Py_False,
        "dtype_default", r->dtype_default ? Py_True : Py_False, "min", r->min, "max", r->max);
    if (!row) Py_CLEAR(t);
    else PyTuple_SET_ITEM(t, k, row);
  }
  return t;
}

/* _type_from_key(str) -> type id, VTK_VOID (0) when the core knows no such key */
static PyObject *type_from_key(PyObject *self, PyObject *arg) {
  (void)self;
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "_type_from_key(): expected str, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *k = PyUnicode_AsUTF8(arg);
  return k ? PyLong_FromLong(vb_type_from_key(k)) : NULL;
}

/* Sizes the interpreter and this module must agree on (checked by the tests,
 * inside Pyodide too: catches a wrong wasm32 pyconfig.h). */
static PyObject *abi_sizes(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return Py_BuildValue("{s:n,s:n,s:n,s:n,s:n,s:n}", "PyObject", (Py_ssize_t)sizeof(PyObject),
                       "PyHeapTypeObject", (Py_ssize_t)sizeof(PyHeapTypeObject), "Py_buffer",
                       (Py_ssize_t)sizeof(Py_buffer), "long", (Py_ssize_t)sizeof(long), "void_p",
                       (Py_ssize_t)sizeof(void *), "size_t", (Py_ssize_t)sizeof(size_t));
}

static PyObject *live_blocks(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return PyLong_FromLong(vb_block_live_count());
}

static PyObject *live_objects(PyObject *self, PyObject *unused) {
  (void)self;
  (void)unused;
  return PyLong_FromLong(vb_object_live_count());
}

/* _set_type_attr(type, name, value): set an attribute of one of this module's
 * static types (they refuse setattr from Python); lets the pure-Python layer
 * add properties (point_data, ...) to the data object types. */
static PyObject *set_type_attr(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {
  (void)mod;
  if (vbpy_nargs("_set_type_attr", nargs, 3, 3) < 0) return NULL;
  if (!PyType_Check(args[0]) || !PyType_IsSubtype((PyTypeObject *)args[0], &VbObject_Type) ||
      (((PyTypeObject *)args[0])->tp_flags & Py_TPFLAGS_HEAPTYPE) || !PyUnicode_Check(args[1])) {
    PyErr_SetString(PyExc_TypeError, "_set_type_attr(static vtkbuf type, str, value)");
    return NULL;
  }
  PyTypeObject *tp = (PyTypeObject *)args[0];
  /* an extension's static type keeps its own tp_dict (not per-interpreter) */
  if (PyDict_SetItem(tp->tp_dict, args[1], args[2]) < 0) return NULL;
  PyType_Modified(tp);
  Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
  {"_type_table", type_table, METH_NOARGS, VBPY_DOC("the core's scalar type table: a tuple of dicts")},
  {"_type_from_key", type_from_key, METH_O, VBPY_DOC("type id of a template key (str); 0 if unknown")},
  {"_abi_sizes", abi_sizes, METH_NOARGS, VBPY_DOC("sizeof() of core CPython structs as compiled into this module")},
  {"_live_blocks", live_blocks, METH_NOARGS, VBPY_DOC("number of memory blocks alive in the C core")},
  {"_live_objects", live_objects, METH_NOARGS, VBPY_DOC("number of core objects (arrays, buffers, ...) alive")},
  {"_set_class_lookup", vbpy_set_class_lookup, METH_O, VBPY_DOC("internal: fn(kind, type, layout) -> class")},
  {"_set_type_attr", VBPY_FC(set_type_attr), VBPY_DOC("internal: add an attribute to a static vtkbuf type")},
  {"_event_name", vbpy_event_name_of, METH_O, VBPY_DOC("vtkCommand.GetStringFromEventId")},
  {"_event_id", vbpy_event_id_of, METH_O, VBPY_DOC("vtkCommand.GetEventIdFromString")},
  {"_span_convert", VBPY_FC(vbpy_span_convert),
   VBPY_DOC("_span_convert(out, src): src (a buffer or a list) converted into out under the core's "
   "bulk-assignment rule (vb_span.h); nothing written on refusal")},
  {"_legacy_read", VBPY_FC(vbpy_legacy_read), VBPY_DOC("_legacy_read(data, read_all) -> (obj, version, binary, header)")},
  {"_legacy_write", VBPY_FC(vbpy_legacy_write), VBPY_DOC("_legacy_write(obj, binary, version, header, field_name) -> bytes")},
  {"_xml_read", VBPY_FC(vbpy_xml_read), VBPY_DOC("_xml_read(data, inflate, load[, size]) -> (obj, type, compressor, header64, big_endian)")},
  {"_xml_write", VBPY_FC(vbpy_xml_write), VBPY_DOC("_xml_write(obj, mode, raw, header64, deflate[, sink]) -> bytes or sink(memoryview)")},
  {NULL, NULL, 0, NULL},
};

/* ---- the type table ---- */

/* wraps(o) of a row: o is a core object of this kind (vb_<kind>_from_object) */
#define VBPY_WRAPS(kind) \
  static int wraps_##kind(vb_object *o) { return vb_##kind##_from_object(o) != NULL; }
VBPY_WRAPS(points)
VBPY_WRAPS(cell_array)
VBPY_WRAPS(polydata)
/* the subclasses' rows come after their bases': a base's wraps leaves them out */
static int wraps_field_data(vb_object *o) { return vb_field_data_from_object(o) && !vb_attributes_from_object(o); }
static int wraps_association(vb_object *o, int association) {
  vb_attributes *at = vb_attributes_from_object(o);
  return at && vb_attributes_get_association(at) == association;
}
static int wraps_attributes(vb_object *o) { return wraps_association(o, VB_ASSOCIATION_NONE); }
static int wraps_point_data(vb_object *o) { return wraps_association(o, VB_ASSOCIATION_POINTS); }
static int wraps_cell_data(vb_object *o) { return wraps_association(o, VB_ASSOCIATION_CELLS); }
static int wraps_data_object(vb_object *o) {
  return vb_data_object_get_data_object_type(vb_data_object_from_object(o)) == VB_DATA_OBJECT;
}
static int wraps_composite_type(vb_object *o, int type) {
  return vb_composite_get_type(vb_composite_from_object(o)) == type;
}
static int wraps_multiblock(vb_object *o) { return wraps_composite_type(o, VB_MULTIBLOCK_DATA_SET); }
static int wraps_partitioned(vb_object *o) { return wraps_composite_type(o, VB_PARTITIONED_DATA_SET); }
static int wraps_collection_pdc(vb_object *o) { return wraps_composite_type(o, VB_PARTITIONED_DATA_SET_COLLECTION); }
VBPY_WRAPS(composite_iterator)
VBPY_WRAPS(information)
VBPY_WRAPS(sphere_source)
VBPY_WRAPS(image_data)
VBPY_WRAPS(rectilinear_grid)
VBPY_WRAPS(id_list)
VBPY_WRAPS(cell_types)
VBPY_WRAPS(unstructured_grid)
VBPY_WRAPS(structured_grid)
VBPY_WRAPS(table)
VBPY_WRAPS(lookup_table)
static int wraps_gf(vb_object *o) { return vb_surface_filter_from_object(o) && !strcmp(vb_object_class_name(o), "vtkGeometryFilter"); }
static int wraps_dssf(vb_object *o) { return vb_surface_filter_from_object(o) && !wraps_gf(o); }
/* a plain vtkObject (vb_object_new) */
static int wraps_string_array(vb_object *o) {
  return vb_value_array_type(vb_value_array_from_object(o)) == VB_STRING_ARRAY;
}
static int wraps_variant_array(vb_object *o) {
  return vb_value_array_type(vb_value_array_from_object(o)) == VB_VARIANT_ARRAY;
}
static int wraps_object(vb_object *o) { return strcmp(vb_object_class_name(o), "vtkObject") == 0; }
static int wraps_collection(vb_object *o) {
  vb_collection *c = vb_collection_from_object(o);
  return c && !vb_collection_is_data_array_collection(c);
}
static int wraps_data_array_collection(vb_object *o) {
  return vb_collection_is_data_array_collection(vb_collection_from_object(o));
}

/* Every type, a base before its subclasses: {type, base (NULL: vtkObject),
 * module attribute (NULL: none), wraps (NULL: vbpy_wrap never picks it by
 * itself; arrays and buffers get vtkbuf._templates' classes)}. */
static const vbpy_type_row types[] = {
  {&VbBlockRef_Type, &PyBaseObject_Type, NULL, NULL},
  {&VbObject_Type, &PyBaseObject_Type, "vtkObject", wraps_object},
  {&VbBuffer_Type, NULL, "vtkAbstractBuffer", NULL},
  {&VbAbstractArray_Type, NULL, "vtkAbstractArray", NULL},
  {&VbArray_Type, &VbAbstractArray_Type, "vtkDataArray", NULL},
  {&VbImplicitArray_Type, &VbArray_Type, "vtkImplicitArray", NULL},
  {&VbPoints_Type, NULL, "vtkPoints", wraps_points},
  {&VbCellArray_Type, NULL, "vtkCellArray", wraps_cell_array},
  {&VbFieldData_Type, NULL, "vtkFieldData", wraps_field_data},
  {&VbAttributes_Type, &VbFieldData_Type, "vtkDataSetAttributes", wraps_attributes},
  {&VbPointData_Type, &VbAttributes_Type, "vtkPointData", wraps_point_data},
  {&VbCellData_Type, &VbAttributes_Type, "vtkCellData", wraps_cell_data},
  {&VbDataObject_Type, NULL, "vtkDataObject", wraps_data_object},
  {&VbDataSet_Type, &VbDataObject_Type, "vtkDataSet", NULL},
  {&VbPointSet_Type, &VbDataSet_Type, "vtkPointSet", NULL},
  {&VbPolyData_Type, &VbPointSet_Type, "vtkPolyData", wraps_polydata},
  {&VbImageData_Type, &VbDataSet_Type, "vtkImageData", wraps_image_data},
  {&VbRectilinearGrid_Type, &VbDataSet_Type, "vtkRectilinearGrid", wraps_rectilinear_grid},
  {&VbSphere_Type, NULL, "vtkSphereSource", wraps_sphere_source},
  {&VbIdList_Type, NULL, "vtkIdList", wraps_id_list},
  {&VbCollection_Type, NULL, "vtkCollection", wraps_collection},
  {&VbDataArrayCollection_Type, &VbCollection_Type, "vtkDataArrayCollection",
   wraps_data_array_collection},
  {&VbVariant_Type, &PyBaseObject_Type, "vtkVariant", NULL},
  {&VbCompositeDataSet_Type, &VbDataObject_Type, "vtkCompositeDataSet", NULL},
  {&VbDataObjectTree_Type, &VbCompositeDataSet_Type, "vtkDataObjectTree", NULL},
  {&VbMultiBlockDataSet_Type, &VbDataObjectTree_Type, "vtkMultiBlockDataSet", wraps_multiblock},
  {&VbPartitionedDataSet_Type, &VbDataObjectTree_Type, "vtkPartitionedDataSet", wraps_partitioned},
  {&VbPartitionedDataSetCollection_Type, &VbDataObjectTree_Type, "vtkPartitionedDataSetCollection",
   wraps_collection_pdc},
  {&VbCompositeIterator_Type, NULL, "vtkCompositeDataIterator", NULL},
  {&VbDataObjectTreeIterator_Type, &VbCompositeIterator_Type, "vtkDataObjectTreeIterator", wraps_composite_iterator},
  {&VbInformation_Type, NULL, "vtkInformation", wraps_information},
  {&VbCell_Type, NULL, "vtkCell", NULL}, /* its classes: vbpy_cell_add_types */
  {&VbCellTypes_Type, NULL, "vtkCellTypes", wraps_cell_types},
  {&VbUnstructuredGridBase_Type, &VbPointSet_Type, "vtkUnstructuredGridBase", NULL},
  {&VbUnstructuredGrid_Type, &VbUnstructuredGridBase_Type, "vtkUnstructuredGrid", wraps_unstructured_grid},
  {&VbStringArray_Type, &VbAbstractArray_Type, "vtkStringArray", wraps_string_array},
  {&VbVariantArray_Type, &VbAbstractArray_Type, "vtkVariantArray", wraps_variant_array},
  {&VbStructuredGrid_Type, &VbPointSet_Type, "vtkStructuredGrid", wraps_structured_grid},
  {&VbTable_Type, &VbDataObject_Type, "vtkTable", wraps_table},
  {&VbScalarsToColors_Type, NULL, "vtkScalarsToColors", NULL},
  {&VbLookupTable_Type, &VbScalarsToColors_Type, "vtkLookupTable", wraps_lookup_table},
  {&VbGeometryFilter_Type, NULL, "vtkGeometryFilter", wraps_gf},
  {&VbDataSetSurfaceFilter_Type, NULL, "vtkDataSetSurfaceFilter", wraps_dssf},
  {NULL, NULL, NULL, NULL},
};

static int add_types(PyObject *m) {
  for (const vbpy_type_row *r = types; r->type; r++) {
    r->type->tp_base = r->base ? r->base : &VbObject_Type;
    if (vbpy_expand_tables(r->type) < 0 || PyType_Ready(r->type) < 0 ||
        (PyType_IsSubtype(r->type, &VbObject_Type) && vbpy_hook_type(r->type) < 0))
      return -1;
    if (r->name && PyModule_AddObjectRef(m, r->name, (PyObject *)r->type) < 0) return -1;
  }
  vbpy_wrap_set_types(types, &VbObject_Type);
  return 0;
}

static int exec_module(PyObject *m) {
  if (PyModule_AddIntConstant(m, "VTK_VOID", VB_VOID) < 0 ||
      PyModule_AddIntConstant(m, "VTK_BIT", VB_BIT) < 0) /* vtkBitArray: no table row */
    return -1;
  for (int k = 0; k < vb_type_count(); k++)
    if (PyModule_AddIntConstant(m, vb_type_at(k)->vtk_name, vb_type_at(k)->id) < 0) return -1;
  if (PyModule_AddIntConstant(m, "LAYOUT_AOS", VB_LAYOUT_AOS) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SOA", VB_LAYOUT_SOA) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_SCALED_SOA", VB_LAYOUT_SCALED_SOA) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_CONSTANT", VB_LAYOUT_CONSTANT) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_AFFINE", VB_LAYOUT_AFFINE) < 0 ||
      PyModule_AddIntConstant(m, "LAYOUT_STRUCTURED", VB_LAYOUT_STRUCTURED) < 0 ||
      PyModule_AddIntConstant(m, "SINGLE_PRECISION", VB_SINGLE_PRECISION) < 0 ||
      PyModule_AddIntConstant(m, "DOUBLE_PRECISION", VB_DOUBLE_PRECISION) < 0 ||
      PyModule_AddIntConstant(m, "DEFAULT_PRECISION", VB_DEFAULT_PRECISION) < 0)
    return -1;
  if (vbpy_error_init(m) < 0 || add_types(m) < 0 ||
      vbpy_array_info_add_constants(&VbAbstractArray_Type) < 0 || vbpy_id_list_add_constants() < 0 ||
      vbpy_variant_add_constants() < 0 ||
      vbpy_attributes_add_constants() < 0 ||
      vbpy_data_object_add_constants() < 0 || vbpy_cell_add_types(m) < 0)
    return -1;
#ifdef __EMSCRIPTEN__
  if (PyModule_AddFunctions(m, vbpy_js_methods) < 0) return -1;
#endif
  return 0;
}

static PyModuleDef_Slot slots[] = {
  {Py_mod_exec, (void *)exec_module},
  {0, NULL},
};

static struct PyModuleDef moduledef = {
  PyModuleDef_HEAD_INIT, "_vtkbuf", "vtkbuf C core bindings", 0, methods, slots, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__vtkbuf(void);
PyMODINIT_FUNC PyInit__vtkbuf(void) { return PyModuleDef_Init(&moduledef); }

/* vbpy_types.h - the classes of the _vtkbuf extension: their type objects (each
 * readied and added by one row of vbpy_module.c's type table), their instance
 * structs, and the functions a type's one method table takes from the files
 * that implement them.  Plumbing shared by every file: vbpy.h.
 */
#ifndef VBPY_TYPES_H
#define VBPY_TYPES_H
#include "vbpy.h"

/* ---- vtkObject (vbpy_object.c; VbObject and VbObject_Type: vbpy.h) ---- */
void vbpy_object_dealloc(PyObject *op);
/* GC slots of vtkObject (every wrapper type inherits them; vtkDataArray adds
 * its cached view) */
int vbpy_object_traverse(PyObject *op, visitproc visit, void *arg);
int vbpy_object_clear(PyObject *op);
/* tp_finalize: the observers' GC step, then the ghost (vbpy_ghost_keep) */
void vbpy_object_finalize(PyObject *op);
/* its observer methods (vbpy_observer.c): AddObserver, RemoveObserver,
 * RemoveObservers, RemoveAllObservers, HasObserver, GetCommand, InvokeEvent */
PyObject *vbpy_observer_add(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_observer_remove(PyObject *op, PyObject *arg);
PyObject *vbpy_observer_remove_event(PyObject *op, PyObject *const *args, Py_ssize_t n);
PyObject *vbpy_observer_remove_all(PyObject *op, PyObject *unused);
PyObject *vbpy_observer_has(PyObject *op, PyObject *const *args, Py_ssize_t n);
PyObject *vbpy_observer_get_command(PyObject *op, PyObject *arg);
PyObject *vbpy_observer_invoke(PyObject *op, PyObject *const *args, Py_ssize_t n);
/* cls.override(sub) (class method; vbpy_object_new.c) */
PyObject *vbpy_object_override(PyObject *cls, PyObject *sub);

/* ---- module functions of other files ---- */
/* _event_name(id) / _event_id(name): vtkCommand's GetStringFromEventId /
 * GetEventIdFromString (vbpy_observer.c, over src/vb_event.c) */
PyObject *vbpy_event_name_of(PyObject *mod, PyObject *arg);
PyObject *vbpy_event_id_of(PyObject *mod, PyObject *arg);
/* _span_convert(out, src) (vbpy_span.c): bulk assignment through vb_span.h */
PyObject *vbpy_span_convert(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
/* _legacy_read / _legacy_write (vbpy_io.c): the legacy .vtk format (vb_io.h) */
PyObject *vbpy_legacy_read(PyObject *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_legacy_write(PyObject *self, PyObject *const *args, Py_ssize_t nargs);

/* ---- vtkAbstractBuffer (vbpy_buffer.c) ---- */
typedef struct {
  VbObject base;
} VbBufferObject;
#define VBPY_BUF(op) vb_buffer_from_object(VBPY_OBJ(op))
extern PyTypeObject VbBuffer_Type;

/* ---- vtkAbstractArray, vtkDataArray (vbpy_array*.c) ---- */
typedef struct {
  VbObject base;
  /* the cached NumPy view(s) of vtkbuf._ndarray and the state they were made
   * for (vbpy_array_view.c) */
  PyObject *view;
  const void *view_data;
  int64_t view_nv;
  int view_nc;
  unsigned long view_obs; /* core BufferChangedEvent observer dropping `view`, 0: none */
  PyObject *export_ref;   /* the BlockRef of the last buffer export, reused while the
                             block and shape are the same; dropped with `view` */
} VbArrayObject;
#define VBPY_ARR(op) vb_array_from_object(VBPY_OBJ(op))
extern PyTypeObject VbArray_Type, VbAbstractArray_Type;
extern PyTypeObject VbImplicitArray_Type; /* vbpy_implicit.c */
/* vbpy_array_api.c (edits) and vbpy_array_info.c (what an array says about itself):
 * rows of vtkDataArray's method table */
PyObject *vbpy_array_component_pointer(PyObject *op, PyObject *arg);
PyObject *vbpy_array_copy_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_copy_component_names(PyObject *op, PyObject *arg);
PyObject *vbpy_array_element_changed(PyObject *op, PyObject *arg);
PyObject *vbpy_array_export(PyObject *op, PyObject *arg);
PyObject *vbpy_array_fill(PyObject *op, PyObject *arg);
PyObject *vbpy_array_fill_component(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_fill_typed_component(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_fill_value(PyObject *op, PyObject *arg);
PyObject *vbpy_array_get_component_name(PyObject *op, PyObject *arg);
PyObject *vbpy_array_get_data(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_get_int_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_get_pointer(PyObject *op, PyObject *arg);
PyObject *vbpy_array_get_tuples(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_get_uint_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_has_component_name(PyObject *op, PyObject *u);
PyObject *vbpy_array_insert_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_tuples(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_tuples_at(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_interpolate(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_remove_first(PyObject *op, PyObject *u);
PyObject *vbpy_array_remove_last(PyObject *op, PyObject *u);
PyObject *vbpy_array_remove_tuple(PyObject *op, PyObject *arg);
PyObject *vbpy_array_reset(PyObject *op, PyObject *u);
PyObject *vbpy_array_set_component_name(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_set_int_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_set_uint_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n);
PyObject *vbpy_array_write_pointer(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_array_type(PyObject *op, PyObject *u);
PyObject *vbpy_array_array_type_str(PyObject *op, PyObject *u);
PyObject *vbpy_array_data_size(PyObject *op, PyObject *u);
PyObject *vbpy_array_elem_size(PyObject *op, PyObject *u);
PyObject *vbpy_array_extended_new(PyObject *cls, PyObject *u);
PyObject *vbpy_array_fast_down_cast(PyObject *unused, PyObject *arg);
PyObject *vbpy_array_finite_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_has_information(PyObject *op, PyObject *u);
PyObject *vbpy_array_is_integral(PyObject *op, PyObject *u);
PyObject *vbpy_array_is_numeric(PyObject *op, PyObject *u);
PyObject *vbpy_array_max_discrete(PyObject *op, PyObject *u);
PyObject *vbpy_array_max_norm(PyObject *op, PyObject *u);
PyObject *vbpy_array_memory(PyObject *op, PyObject *u);
PyObject *vbpy_array_memory_space(PyObject *op, PyObject *u);
PyObject *vbpy_array_ncomp_max(PyObject *op, PyObject *u);
PyObject *vbpy_array_ncomp_min(PyObject *op, PyObject *u);
PyObject *vbpy_array_new_instance(PyObject *op, PyObject *u);
PyObject *vbpy_array_noop(PyObject *op, PyObject *u);
PyObject *vbpy_array_set_max_discrete(PyObject *op, PyObject *arg);
PyObject *vbpy_array_standard_layout(PyObject *op, PyObject *u);
PyObject *vbpy_array_to_aos(PyObject *op, PyObject *u);
PyObject *vbpy_array_type_max(PyObject *cls, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_type_min(PyObject *cls, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_type_range(PyObject *cls, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_value_max(PyObject *op, PyObject *u);
PyObject *vbpy_array_value_min(PyObject *op, PyObject *u);
extern PyGetSetDef vbpy_array_info_getset[]; /* VTK 9.7's snake_case properties */
/* vtkAbstractArray's class constants and enums (after PyType_Ready) */
int vbpy_array_info_add_constants(PyTypeObject *tp);

/* vbpy_array_view.c: the cached view, tp_dealloc and GC slots */
PyObject *vbpy_array_view(PyObject *op, PyObject *unused);
PyObject *vbpy_array_set_view(PyObject *op, PyObject *view);
void vbpy_array_dealloc(PyObject *op);          /* drops the cached view, then vbpy_object_dealloc */
int vbpy_array_traverse(PyObject *op, visitproc visit, void *arg); /* + the cached view */
int vbpy_array_clear(PyObject *op);
/* The slot caching an array wrapper's last BlockRef, with the observer that
 * empties it (and the cached view) when the array's storage moves; NULL with
 * MemoryError if the observer cannot be added. */
PyObject **vbpy_array_export_cache(PyObject *op);
/* vbpy_array_values.c */
PyObject *vbpy_array_get_value(PyObject *op, PyObject *arg);
PyObject *vbpy_array_set_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_next_value(PyObject *op, PyObject *arg);
PyObject *vbpy_array_get_tuple(PyObject *op, PyObject *arg);
PyObject *vbpy_array_set_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_insert_next_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
#define VBPY_TUPLE_N_DECL(N)                                                                \
  PyObject *vbpy_array_get_tuple##N(PyObject *op, PyObject *arg);                           \
  PyObject *vbpy_array_set_tuple##N(PyObject *op, PyObject *const *args, Py_ssize_t nargs); \
  PyObject *vbpy_array_insert_tuple##N(PyObject *op, PyObject *const *args, Py_ssize_t nargs); \
  PyObject *vbpy_array_insert_next_tuple##N(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
VBPY_TUPLE_N_DECL(1) VBPY_TUPLE_N_DECL(2) VBPY_TUPLE_N_DECL(3) VBPY_TUPLE_N_DECL(4)
VBPY_TUPLE_N_DECL(6) VBPY_TUPLE_N_DECL(9)
PyObject *vbpy_array_get_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_set_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_get_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
/* (t, c) -> value / (t, c, value) under `rules`, for Get/SetComponent
 * (VB_RULES_DOUBLE) and Get/SetTypedComponent (VB_RULES_VALUE) */
PyObject *vbpy_component_get(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules);
PyObject *vbpy_component_set(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules);
/* vbpy_array_typed.c */
PyObject *vbpy_array_typed_get_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_set_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_insert_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_get_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_set_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_insert_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_insert_next_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_reserve_values(PyObject *op, PyObject *arg);
PyObject *vbpy_array_typed_reserve_tuples(PyObject *op, PyObject *arg);
PyObject *vbpy_array_typed_capacity(PyObject *op, PyObject *unused);
PyObject *vbpy_array_typed_value_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs);
PyObject *vbpy_array_typed_lookup(PyObject *op, PyObject *arg);

/* ---- the data objects ---- */
extern PyTypeObject VbPoints_Type;                                     /* vbpy_points.c */
extern PyTypeObject VbCellArray_Type;                                  /* vbpy_cell_array.c */
extern PyTypeObject VbAttributes_Type, VbPointData_Type, VbCellData_Type; /* vbpy_attributes.c */
extern PyTypeObject VbImageData_Type, VbRectilinearGrid_Type; /* vbpy_image_data.c */
extern PyTypeObject VbPolyData_Type;                                   /* vbpy_polydata.c */
extern PyTypeObject VbSphere_Type;                                     /* vbpy_sphere.c */
extern PyTypeObject VbScalarsToColors_Type, VbLookupTable_Type; /* vbpy_lookup_table.c */
extern PyTypeObject VbGeometryFilter_Type, VbDataSetSurfaceFilter_Type; /* vbpy_surface.c */
extern PyTypeObject VbFieldData_Type;                                  /* vbpy_field_data.c */
extern PyTypeObject VbDataObject_Type, VbPointSet_Type;                /* vbpy_dataobject.c */
extern PyTypeObject VbDataSet_Type;                                    /* vbpy_dataset.c */
/* the core field data / data object behind a wrapper (NULL + TypeError) */
vb_field_data *vbpy_field_data_arg(const char *fn, PyObject *o, int allow_none);
vb_data_object *vbpy_data_object_arg(const char *fn, PyObject *o);
/* tp_new of vtkDataSet and vtkPointSet: TypeError (abstract) */
PyObject *vbpy_data_set_abstract_new(PyTypeObject *cls, PyObject *args, PyObject *kwds);
/* the class constants of vtkDataSetAttributes / vtkDataObject (after PyType_Ready) */
int vbpy_attributes_add_constants(void);
int vbpy_data_object_add_constants(void);

/* ---- vtkIdList (vbpy_id_list.c) ---- */
extern PyTypeObject VbIdList_Type;
/* an id (vtkIdType) argument as VTK's wrapping converts it: int only
 * (TypeError), OverflowError past 64 bits */
int vbpy_id_arg(const char *fn, PyObject *o, int64_t *out);
/* a vtkIdList argument; NULL + TypeError otherwise */
vb_id_list *vbpy_id_list_arg(const char *fn, PyObject *o);
/* vtkIdList's class constants (VTK_DATA_ARRAY_FREE, ...; after PyType_Ready) */
int vbpy_id_list_add_constants(void);

/* ---- vtkCell and its classes, vtkCellTypes (vbpy_cell.c, vbpy_cell_types.c) ---- */
extern PyTypeObject VbCell_Type, VbCellTypes_Type;
/* the class of a cell's new wrapper (borrowed), NULL if o is no cell */
PyTypeObject *vbpy_cell_class(vb_object *o);
/* the cell classes (vtkTetra, ..., vtkGenericCell) and VTK_* cell-type
 * constants into the module (after PyType_Ready of vtkCell) */
int vbpy_cell_add_types(PyObject *m);
/* a vtkCell argument (NULL + TypeError) / an unsigned char one (OverflowError) */
vb_cell *vbpy_cell_arg(const char *fn, PyObject *o);
int vbpy_uchar_arg(const char *fn, PyObject *o, int *out);
/* vtkDataSet's GetCell(id[, cell]) and GetDistinctCellTypes(types) */
PyObject *vbpy_data_set_get_cell(PyObject *op, PyObject *const *args, Py_ssize_t n);
PyObject *vbpy_data_set_distinct_cell_types(PyObject *op, PyObject *arg);

/* ---- vtkUnstructuredGridBase, vtkUnstructuredGrid (vbpy_unstructured_grid.c) ---- */
extern PyTypeObject VbUnstructuredGridBase_Type, VbUnstructuredGrid_Type;

/* ---- vtkCollection, vtkDataArrayCollection (vbpy_collection.c) ---- */
extern PyTypeObject VbCollection_Type, VbDataArrayCollection_Type;

/* ---- composite data sets (vbpy_composite.c), their iterator and vtkInformation
 * (vbpy_composite_iter.c) ---- */
extern PyTypeObject VbCompositeDataSet_Type, VbDataObjectTree_Type, VbMultiBlockDataSet_Type,
    VbPartitionedDataSet_Type, VbPartitionedDataSetCollection_Type;
extern PyTypeObject VbCompositeIterator_Type, VbDataObjectTreeIterator_Type, VbInformation_Type;
/* an unsigned int argument (TypeError, OverflowError outside [0, 2**32)) */
int vbpy_uint_arg(const char *fn, PyObject *o, int64_t *out);
/* a vtkCompositeDataIterator argument; NULL + TypeError otherwise */
vb_composite_iterator *vbpy_composite_iterator_arg(const char *fn, PyObject *o);

/* ---- vtkVariant (vbpy_variant.c): a value type, not a vtkObject ---- */
extern PyTypeObject VbVariant_Type;
/* its class constants (DEFAULT_FORMATTING, ...; after PyType_Ready) */
int vbpy_variant_add_constants(void);
/* a Python value into v (initialised, cleared first; 0 / -1 with an
 * exception) and a new vtkVariant holding a copy of v */
int vbpy_variant_arg(PyObject *o, vb_variant *v);
PyObject *vbpy_variant_new(const vb_variant *v);

/* ---- vtkStringArray, vtkVariantArray (vbpy_value_array.c) ---- */
extern PyTypeObject VbStringArray_Type, VbVariantArray_Type;
/* a new vtkVariant taking v's contents (v left invalid) */
PyObject *vbpy_variant_out(vb_variant *v);

/* ---- vtkStructuredGrid (vbpy_structured_grid.c), vtkTable (vbpy_table.c) ---- */
extern PyTypeObject VbStructuredGrid_Type, VbTable_Type;

/* ---- the module (vbpy_module.c) ---- */
#ifdef __EMSCRIPTEN__
/* _js_api / _js_target: JS safe views of objects in Pyodide's memory
 * (python/pyodide/vbpy_js.c; the Pyodide build only) */
extern PyMethodDef vbpy_js_methods[];
#endif
#endif

/* vbpy_cell_array.c - vtkCellArray: Python face of vb_cell_array
 * (src/vb_cell_array.h): cells as offsets + connectivity (VTK 9 layout). */
#include <stdlib.h>

#include "vbpy_types.h"

#define CA(op) vb_cell_array_from_object(VBPY_OBJ(op))

/* vtkCellArray(), vtkCellArray(offsets=..., connectivity=...): tp_init
 * (vtkbuf._mesh.init_cells) converts lists / NumPy arrays as VTK 9.7 does */
static PyObject *cells_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_cell_array_object(vb_cell_array_new()), cls);
}

static int cells_init(PyObject *self, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) == 0 && (!kwds || PyDict_GET_SIZE(kwds) == 0)) return 0;
  return vbpy_init_by(self, args, kwds, "init_cells");
}

static PyObject *cells_repr(PyObject *op) {
  return PyUnicode_FromFormat("vtkCellArray(%lld cells)",
                              (long long)vb_cell_array_get_number_of_cells(CA(op)));
}

static vbpy_getset cells_props[] = {
  {"offsets_array", VBPY_GET, NULL, VBPY_DOC("GetOffsetsArray()"), "GetOffsetsArray"},
  {"connectivity_array", VBPY_GET, NULL, VBPY_DOC("GetConnectivityArray()"), "GetConnectivityArray"},
  {"offsets", VBPY_GET, NULL, VBPY_DOC("GetOffsetsArray() (vtkbuf)"), "GetOffsetsArray"},
  {"connectivity", VBPY_GET, NULL, VBPY_DOC("GetConnectivityArray() (vtkbuf)"), "GetConnectivityArray"},
  {"number_of_cells", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfCells"},
  {"", NULL, NULL, NULL, ""},
};

static PyObject *c_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_cells(CA(op))); }
static PyObject *c_nconn(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_number_of_connectivity_ids(CA(op))); }
static PyObject *c_maxsize(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_max_cell_size(CA(op))); }
static PyObject *c_offsets(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_offsets_array(CA(op))), NULL); }
static PyObject *c_conn(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_array_get_connectivity_array(CA(op))), NULL); }
static PyObject *c_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_squeeze(CA(op))); }
static PyObject *c_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_reset(CA(op))); }
static PyObject *c_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_initialize(CA(op))); }

static PyObject *c_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (vbpy_nargs("InsertNextCell", n, 1, 2) < 0) return NULL;
  vb_id *ids = NULL;
  int64_t len = 0, npts;
  if (n == 1) {
    if (PyIndex_Check(args[0]) && !PyFloat_Check(args[0])) {
      /* VTK's incremental form: InsertNextCell(npts), then InsertCellPoint */
      if (vbpy_count_arg("InsertNextCell", args[0], &npts) < 0) return NULL;
      int64_t id = vb_cell_array_insert_next_cell_n(CA(op), npts);
      if (id < 0) return vbpy_error((int)id);
      return vbpy_done(PyLong_FromLongLong(id));
    }
    if (vbpy_ids_arg("InsertNextCell", args[0], &ids, &len) < 0) return NULL;
    npts = len;
  } else {
    if (vbpy_count_arg("InsertNextCell", args[0], &npts) < 0) return NULL;
    if (vbpy_ids_arg("InsertNextCell", args[1], &ids, &len) < 0) return NULL;
    if (len < npts) {
      PyMem_Free(ids);
      PyErr_Format(PyExc_ValueError, "InsertNextCell(): %lld point ids needed, %lld given",
                   (long long)npts, (long long)len);
      return NULL;
    }
  }
  int64_t id = vb_cell_array_insert_next_cell(CA(op), npts, ids);
  PyMem_Free(ids);
  if (id < 0) return vbpy_error((int)id);
  return vbpy_done(PyLong_FromLongLong(id));
}

static PyObject *c_insert_cell_point(PyObject *op, PyObject *arg) {
  int64_t id;
  if (vbpy_index_arg("InsertCellPoint", arg, &id) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_insert_cell_point(CA(op), (vb_id)id));
}

static PyObject *c_update_cell_count(PyObject *op, PyObject *arg) {
  int64_t npts;
  if (vbpy_count_arg("UpdateCellCount", arg, &npts) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_update_cell_count(CA(op), npts));
}

static PyObject *c_cell_size(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (vbpy_index_arg("GetCellSize", arg, &c) < 0) return NULL;
  int s = vb_cell_array_get_cell_size(CA(op), c, &n);
  if (s < 0) return vbpy_error(s);
  return PyLong_FromLongLong(n);
}

/* GetCell(i) -> tuple of point ids (VTK's GetCellAtId in Python form). */
static PyObject *c_get_cell(PyObject *op, PyObject *arg) {
  int64_t c, n;
  if (vbpy_index_arg("GetCell", arg, &c) < 0) return NULL;
  int s = vb_cell_array_get_cell_size(CA(op), c, &n);
  if (s < 0) return vbpy_error(s);
  vb_id *ids = malloc((size_t)(n ? n : 1) * sizeof *ids);
  if (!ids) return PyErr_NoMemory();
  s = vb_cell_array_get_cell(CA(op), c, ids, n, &n);
  if (s < 0) { free(ids); return vbpy_error(s); }
  PyObject *t = PyTuple_New((Py_ssize_t)n);
  for (int64_t i = 0; t && i < n; i++) {
    PyObject *v = PyLong_FromLongLong(ids[i]);
    if (!v) { Py_CLEAR(t); break; }
    PyTuple_SET_ITEM(t, (Py_ssize_t)i, v);
  }
  free(ids);
  return t;
}

/* SetData(offsets, connectivity) / SetData(cellSize, connectivity) -> True */
static PyObject *c_set_data(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  if (vbpy_nargs("SetData", n, 2, 2) < 0) return NULL;
  vb_array *conn = vbpy_array_arg("SetData", args[1], 0, NULL);
  if (!conn) return NULL;
  if (PyIndex_Check(args[0])) {
    int64_t k;
    if (vbpy_count_arg("SetData", args[0], &k) < 0) return NULL;
    return vbpy_status(vb_cell_array_set_data_fixed_size(CA(op), k, conn), Py_NewRef(Py_True));
  }
  vb_array *off = vbpy_array_arg("SetData", args[0], 0, NULL);
  if (!off) return NULL;
  return vbpy_status(vb_cell_array_set_data(CA(op), off, conn), Py_NewRef(Py_True));
}

/* GetData(): the cells in VTK's legacy layout (n, id0, ..., n, ...) as a new
 * vtkIdTypeArray, as VTK 9's vtkCellArray::GetData (ExportLegacyFormat). */
static PyObject *c_get_data(PyObject *op, PyObject *u) {
  (void)u;
  vb_cell_array *ca = CA(op);
  int64_t nc = vb_cell_array_get_number_of_cells(ca);
  int64_t nconn = vb_cell_array_get_number_of_connectivity_ids(ca);
  vb_array *off = vb_cell_array_get_offsets_array(ca);
  vb_array *conn = vb_cell_array_get_connectivity_array(ca);
  vb_array *out = vb_array_new(VB_ID_TYPE);
  if (!out) return vbpy_error(vb_last_status());
  int s = vb_array_set_number_of_values(out, nc + nconn);
  int64_t k = 0, prev = 0;
  if (s >= 0 && nc > 0) s = vb_array_get_value_i64(off, 0, &prev);
  for (int64_t c = 0; s >= 0 && c < nc; c++) {
    int64_t next;
    s = vb_array_get_value_i64(off, c + 1, &next);
    if (s >= 0) s = vb_array_set_value_i64(out, k++, next - prev);
    for (int64_t j = prev; s >= 0 && j < next; j++) {
      int64_t id;
      s = vb_array_get_value_i64(conn, j, &id);
      if (s >= 0) s = vb_array_set_value_i64(out, k++, id);
    }
    prev = next;
  }
  if (s < 0) { vb_array_release(out); return vbpy_error(s); }
  return vbpy_wrap_new(vb_array_object(out), NULL);
}

static PyObject *c_alloc_estimate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (vbpy_nargs("AllocateEstimate", n, 2, 2) < 0 || vbpy_index_arg("AllocateEstimate", args[0], &a) < 0 ||
      vbpy_index_arg("AllocateEstimate", args[1], &b) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_allocate_estimate(CA(op), a, b));
}

static PyObject *c_alloc_exact(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t a, b;
  if (vbpy_nargs("AllocateExact", n, 2, 2) < 0 || vbpy_index_arg("AllocateExact", args[0], &a) < 0 ||
      vbpy_index_arg("AllocateExact", args[1], &b) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_allocate_exact(CA(op), a, b));
}


static vb_cell_array *cells_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbCellArray_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected vtkCellArray, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  return CA(o);
}

static PyObject *c_init_traversal(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_init_traversal(CA(op))); }
static PyObject *c_get_traversal(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_traversal_cell_id(CA(op))); }
static PyObject *c_set_traversal(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_index_arg("SetTraversalCellId", arg, &c) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_set_traversal_cell_id(CA(op), c));
}

/* the ids of cell c (PyMem) */
static int cell_ids(vb_cell_array *ca, int64_t c, vb_id **ids, int64_t *n) {
  int s = vb_cell_array_get_cell_size(ca, c, n);
  if (s < 0) return vbpy_error(s), -1;
  if (!(*ids = PyMem_Malloc((size_t)(*n + 1) * sizeof **ids))) return PyErr_NoMemory(), -1;
  if ((s = vb_cell_array_get_cell(ca, c, *ids, *n, n)) < 0) {
    PyMem_Free(*ids);
    return vbpy_error(s), -1;
  }
  return 0;
}

/* ids out to an id list (2 args) or to npts/pts references (3 args) */
static int ids_to(const char *fn, PyObject *const *args, Py_ssize_t n, const vb_id *ids, int64_t np) {
  if (n == 1) return vbpy_ids_out(fn, args[0], ids, np);
  if (!vbpy_is_reference(args[0]) || !vbpy_is_reference(args[1])) {
    PyErr_Format(PyExc_TypeError, "%s(): npts and pts must be vtkmodules references", fn);
    return -1;
  }
  return vbpy_ref_set(args[0], PyLong_FromLongLong(np)) < 0 || vbpy_ref_set(args[1], vbpy_ids_tuple(ids, np)) < 0
             ? -1
             : 0;
}

/* GetNextCell(idlist) / GetNextCell(npts, pts) -> 1, or 0 at the end */
static PyObject *c_next_cell(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_cell_array *ca = CA(op);
  int64_t c = vb_cell_array_get_traversal_cell_id(ca), np = 0;
  vb_id *ids = NULL;
  if (vbpy_nargs("GetNextCell", n, 1, 2) < 0) return NULL;
  if (c < 0 || c >= vb_cell_array_get_number_of_cells(ca)) return PyLong_FromLong(0);
  if (cell_ids(ca, c, &ids, &np) < 0) return NULL;
  int r = ids_to("GetNextCell", args, n, ids, np);
  PyMem_Free(ids);
  if (r < 0) return NULL;
  vb_cell_array_set_traversal_cell_id(ca, c + 1);
  return PyLong_FromLong(1);
}

/* GetCellAtId(cellId, idlist) / GetCellAtId(cellId, npts, pts) */
static PyObject *c_cell_at(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, np;
  vb_id *ids;
  if (vbpy_nargs("GetCellAtId", n, 2, 3) < 0 || vbpy_index_arg("GetCellAtId", args[0], &c) < 0) return NULL;
  if (cell_ids(CA(op), c, &ids, &np) < 0) return NULL;
  int r = ids_to("GetCellAtId", args + 1, n - 1, ids, np);
  PyMem_Free(ids);
  return r < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *c_homogeneous(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_is_homogeneous(CA(op))); }
static PyObject *c_valid(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_cell_array_is_valid(CA(op))); }
static PyObject *c_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_array_get_actual_memory_size(CA(op))); }
static PyObject *c_noffsets(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_array_get_number_of_values(vb_cell_array_get_offsets_array(CA(op))));
}
static PyObject *c_nentries(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_cell_array_get_number_of_cells(CA(op)) + vb_cell_array_get_number_of_connectivity_ids(CA(op)));
}
static PyObject *c_offset(PyObject *op, PyObject *arg) {
  int64_t i;
  vb_scalar v;
  if (vbpy_index_arg("GetOffset", arg, &i) < 0) return NULL;
  int s = vb_array_get_value_s(vb_cell_array_get_offsets_array(CA(op)), i, &v);
  return s < 0 ? vbpy_error(s) : vbpy_scalar_out(&v);
}

static PyObject *copy_op(PyObject *op, PyObject *arg, const char *fn, int (*f)(vb_cell_array *, const vb_cell_array *)) {
  vb_cell_array *src = cells_arg(fn, arg);
  if (!src) return NULL;
  VBPY_RETURN_NONE(f(CA(op), src));
}
static PyObject *c_deep(PyObject *op, PyObject *arg) { return copy_op(op, arg, "DeepCopy", vb_cell_array_deep_copy); }
static PyObject *c_shallow(PyObject *op, PyObject *arg) { return copy_op(op, arg, "ShallowCopy", vb_cell_array_shallow_copy); }

static PyObject *c_append(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  vb_cell_array *src;
  int64_t off = 0;
  if (vbpy_nargs("Append", n, 1, 2) < 0 || !(src = cells_arg("Append", args[0])) ||
      (n == 2 && vbpy_index_arg("Append", args[1], &off) < 0))
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_append(CA(op), src, off));
}

/* ReplaceCellAtId(cellId, idlist | ids) / ReplaceCellAtId(cellId, npts, pts) */
static PyObject *c_replace(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, np = -1, len;
  vb_id *ids;
  if (vbpy_nargs("ReplaceCellAtId", n, 2, 3) < 0 || vbpy_index_arg("ReplaceCellAtId", args[0], &c) < 0 ||
      (n == 3 && vbpy_count_arg("ReplaceCellAtId", args[1], &np) < 0) || vbpy_ids_arg("ReplaceCellAtId", args[n - 1], &ids, &len) < 0)
    return NULL;
  int s = np > len ? VB_OK : vb_cell_array_replace_cell_at_id(CA(op), c, np < 0 ? len : np, ids);
  PyMem_Free(ids);
  if (np > len) return PyErr_Format(PyExc_ValueError, "ReplaceCellAtId(): %lld point ids needed", (long long)np);
  VBPY_RETURN_NONE(s);
}

static PyObject *c_reverse(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_index_arg("ReverseCellAtId", arg, &c) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_reverse_cell_at_id(CA(op), c));
}

static PyObject *c_replace_point(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, k, id;
  if (vbpy_nargs("ReplaceCellPointAtId", n, 3, 3) < 0 || vbpy_index_arg("ReplaceCellPointAtId", args[0], &c) < 0 ||
      vbpy_index_arg("ReplaceCellPointAtId", args[1], &k) < 0 || vbpy_index_arg("ReplaceCellPointAtId", args[2], &id) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_array_replace_cell_point_at_id(CA(op), c, k, id));
}

static PyObject *c_point_at(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, k;
  vb_id id;
  if (vbpy_nargs("GetCellPointAtId", n, 2, 2) < 0 || vbpy_index_arg("GetCellPointAtId", args[0], &c) < 0 ||
      vbpy_index_arg("GetCellPointAtId", args[1], &k) < 0)
    return NULL;
  int s = vb_cell_array_get_cell_point_at_id(CA(op), c, k, &id);
  return s < 0 ? vbpy_error(s) : PyLong_FromLongLong(id);
}

static PyObject *c_export(PyObject *op, PyObject *arg) {
  vb_array *a = vbpy_array_arg("ExportLegacyFormat", arg, 0, NULL);
  if (!a) return NULL;
  VBPY_RETURN_NONE(vb_cell_array_export_legacy_format(CA(op), a));
}

/* ImportLegacyFormat(array | ids[, len]) / AppendLegacyFormat(array | ids[, len], ptOffset=0) */
static PyObject *legacy_in(PyObject *op, PyObject *const *args, Py_ssize_t n, int append) {
  const char *fn = append ? "AppendLegacyFormat" : "ImportLegacyFormat";
  vb_id *ids = NULL;
  int64_t len, cut = -1, off = 0;
  PyObject *src = args[0];
  int s;
  if (vbpy_nargs(fn, n, 1, 3) < 0) return NULL;
  if (PyObject_TypeCheck(src, &VbArray_Type)) { /* an id array: its values */
    vb_array *a = vbpy_array_arg(fn, src, 0, NULL);
    len = vb_array_get_number_of_values(a);
    if (!(ids = PyMem_Malloc((size_t)(len + 1) * sizeof *ids))) return PyErr_NoMemory();
    for (int64_t i = 0; i < len; i++) {
      int64_t v = 0;
      vb_array_get_value_i64(a, i, &v);
      ids[i] = v;
    }
    if (n >= 2 && append && vbpy_index_arg(fn, args[1], &off) < 0) goto fail;
  } else {
    if (vbpy_ids_arg(fn, src, &ids, &len) < 0) return NULL;
    if (n >= 2 && vbpy_count_arg(fn, args[1], &cut) < 0) goto fail;
    if (n == 3 && append && vbpy_index_arg(fn, args[2], &off) < 0) goto fail;
    if (cut > len) {
      PyErr_Format(PyExc_ValueError, "%s(): len %lld but %lld values", fn, (long long)cut, (long long)len);
      goto fail;
    }
    if (cut >= 0) len = cut;
  }
  s = append ? vb_cell_array_append_legacy_format(CA(op), len, ids, off) : vb_cell_array_import_legacy_format(CA(op), len, ids);
  PyMem_Free(ids);
  VBPY_RETURN_NONE(s);
fail:
  PyMem_Free(ids);
  return NULL;
}
static PyObject *c_import(PyObject *op, PyObject *const *a, Py_ssize_t n) { return legacy_in(op, a, n, 0); }
static PyObject *c_append_legacy(PyObject *op, PyObject *const *a, Py_ssize_t n) { return legacy_in(op, a, n, 1); }

/* storage: VTK's StorageTypes (Int64 0, Int32 1, Generic 4) */
static PyObject *c_is64(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_cell_array_is_storage_64bit(CA(op))); }
static PyObject *c_is32(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_cell_array_is_storage_32bit(CA(op))); }
static PyObject *c_storage_type(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLong(vb_cell_array_is_storage_64bit(CA(op)) ? 0 : vb_cell_array_is_storage_32bit(CA(op)) ? 1 : 4);
}
static PyObject *c_use32(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_use_storage(CA(op), 32)); }
static PyObject *c_use64(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_array_use_storage(CA(op), 64)); }
static PyObject *c_can32(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_cell_array_can_convert_to_32bit(CA(op))); }
static PyObject *c_true(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_TRUE; }
static PyObject *convert(PyObject *op, int bits) {
  int r = vb_cell_array_convert_to_storage(CA(op), bits);
  return r < 0 ? vbpy_error(r) : vbpy_done(PyBool_FromLong(r));
}
static PyObject *c_conv32(PyObject *op, PyObject *u) { (void)u; return convert(op, 32); }
static PyObject *c_conv64(PyObject *op, PyObject *u) { (void)u; return convert(op, 64); }
static PyObject *c_conv_small(PyObject *op, PyObject *u) {
  (void)u;
  return convert(op, vb_cell_array_can_convert_to_32bit(CA(op)) ? 32 : 64);
}

/* GetOffsetsArray32/64, GetConnectivityArray32/64 (+ AOS forms): the array
 * when the storage has that width, else None (as VTK) */
static PyObject *width_array(PyObject *op, int bits, int offsets) {
  int ok = bits == 32 ? vb_cell_array_is_storage_32bit(CA(op)) : vb_cell_array_is_storage_64bit(CA(op));
  if (!ok) Py_RETURN_NONE;
  vb_array *a = offsets ? vb_cell_array_get_offsets_array(CA(op)) : vb_cell_array_get_connectivity_array(CA(op));
  return vbpy_wrap(vb_array_object(a), NULL);
}
static PyObject *c_off32(PyObject *op, PyObject *u) { (void)u; return width_array(op, 32, 1); }
static PyObject *c_off64(PyObject *op, PyObject *u) { (void)u; return width_array(op, 64, 1); }
static PyObject *c_conn32(PyObject *op, PyObject *u) { (void)u; return width_array(op, 32, 0); }
static PyObject *c_conn64(PyObject *op, PyObject *u) { (void)u; return width_array(op, 64, 0); }
static PyObject *c_default64(PyObject *op, PyObject *u) { (void)op; (void)u; Py_RETURN_TRUE; }

static vbpy_method cells_methods[] = {
  {"GetNumberOfCells", c_ncells, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfConnectivityIds", c_nconn, METH_NOARGS, VBPY_DOC("")},
  {"GetMaxCellSize", c_maxsize, METH_NOARGS, VBPY_DOC("")},
  {"GetOffsetsArray", c_offsets, METH_NOARGS, VBPY_DOC("offsets (number of cells + 1 values)")},
  {"GetConnectivityArray", c_conn, METH_NOARGS, VBPY_DOC("point ids of all cells")},
  {"InsertNextCell", VBPY_FC(c_insert_next),
   VBPY_DOC("InsertNextCell(npts, ids), InsertNextCell(ids) or InsertNextCell(npts) -> cell id;\n"
   "InsertNextCell(npts) only claims npts points: add them with InsertCellPoint")},
  {"InsertCellPoint", c_insert_cell_point, METH_O,
   VBPY_DOC("InsertCellPoint(id): append a point id to the cell opened by InsertNextCell(npts)")},
  {"UpdateCellCount", c_update_cell_count, METH_O,
   VBPY_DOC("UpdateCellCount(npts): set the number of points of the last cell")},
  {"GetCellSize", c_cell_size, METH_O, VBPY_DOC("GetCellSize(cell) -> number of points")},
  {"GetCell", c_get_cell, METH_O, VBPY_DOC("GetCell(cell) -> tuple of point ids")},
  {"SetData", VBPY_FC(c_set_data), VBPY_DOC("SetData(offsets, connectivity) / SetData(cellSize, connectivity) -> True")},
  {"GetData", c_get_data, METH_NOARGS, VBPY_DOC("legacy layout (n, ids..., n, ids...) as a new vtkIdTypeArray")},
  {"AllocateEstimate", VBPY_FC(c_alloc_estimate), VBPY_DOC("AllocateEstimate(ncells, maxCellSize)")},
  {"AllocateExact", VBPY_FC(c_alloc_exact), VBPY_DOC("AllocateExact(ncells, connectivitySize)")},
  {"Squeeze", c_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"Reset", c_reset, METH_NOARGS, VBPY_DOC("no cells, storage kept")},
  {"Initialize", c_initialize, METH_NOARGS, VBPY_DOC("no cells, storage released")},
  {"InitTraversal", c_init_traversal, METH_NOARGS, VBPY_DOC("")},
  {"GetNextCell", VBPY_FC(c_next_cell), VBPY_DOC("GetNextCell(idlist) / GetNextCell(npts, pts) -> 1, 0 at the end")},
  {"GetTraversalCellId", c_get_traversal, METH_NOARGS, VBPY_DOC("")},
  {"SetTraversalCellId", c_set_traversal, METH_O, VBPY_DOC("")},
  {"GetCellAtId", VBPY_FC(c_cell_at), VBPY_DOC("GetCellAtId(cellId, idlist) / (cellId, npts, pts)")},
  {"IsHomogeneous", c_homogeneous, METH_NOARGS, VBPY_DOC("the common cell size, 0 empty, -1 mixed")},
  {"IsValid", c_valid, METH_NOARGS, VBPY_DOC("")},
  {"GetActualMemorySize", c_memory, METH_NOARGS, VBPY_DOC("KiB")},
  {"GetNumberOfOffsets", c_noffsets, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfConnectivityEntries", c_nentries, METH_NOARGS, VBPY_DOC("legacy size: cells + ids")},
  {"GetOffset", c_offset, METH_O, VBPY_DOC("")},
  {"DeepCopy", c_deep, METH_O, VBPY_DOC("")},
  {"ShallowCopy", c_shallow, METH_O, VBPY_DOC("")},
  {"Append", VBPY_FC(c_append), VBPY_DOC("Append(cells, pointOffset=0)")},
  {"ReplaceCellAtId", VBPY_FC(c_replace), VBPY_DOC("ReplaceCellAtId(cellId, idlist) / (cellId, npts, pts)")},
  {"ReverseCellAtId", c_reverse, METH_O, VBPY_DOC("")},
  {"ReplaceCellPointAtId", VBPY_FC(c_replace_point), VBPY_DOC("ReplaceCellPointAtId(cellId, k, ptId)")},
  {"GetCellPointAtId", VBPY_FC(c_point_at), VBPY_DOC("GetCellPointAtId(cellId, k) -> point id")},
  {"ExportLegacyFormat", c_export, METH_O, VBPY_DOC("ExportLegacyFormat(idArray)")},
  {"ImportLegacyFormat", VBPY_FC(c_import), VBPY_DOC("ImportLegacyFormat(idArray) / (ids, len)")},
  {"AppendLegacyFormat", VBPY_FC(c_append_legacy), VBPY_DOC("AppendLegacyFormat(idArray, ptOffset=0) / (ids, len, ptOffset=0)")},
  {"IsStorage64Bit", c_is64, METH_NOARGS, VBPY_DOC("")},
  {"IsStorage32Bit", c_is32, METH_NOARGS, VBPY_DOC("")},
  {"GetStorageType", c_storage_type, METH_NOARGS, VBPY_DOC("Int64 0, Int32 1, Generic 4")},
  {"Use32BitStorage", c_use32, METH_NOARGS, VBPY_DOC("no cells, 32-bit arrays")},
  {"Use64BitStorage", c_use64, METH_NOARGS, VBPY_DOC("no cells, 64-bit arrays")},
  {"UseDefaultStorage", c_use64, METH_NOARGS, VBPY_DOC("no cells, 64-bit arrays")},
  {"CanConvertTo32BitStorage", c_can32, METH_NOARGS, VBPY_DOC("")},
  {"CanConvertTo64BitStorage", c_true, METH_NOARGS, VBPY_DOC("")},
  {"CanConvertToDefaultStorage", c_true, METH_NOARGS, VBPY_DOC("")},
  {"ConvertTo32BitStorage", c_conv32, METH_NOARGS, VBPY_DOC("-> bool")},
  {"ConvertTo64BitStorage", c_conv64, METH_NOARGS, VBPY_DOC("-> bool")},
  {"ConvertToDefaultStorage", c_conv64, METH_NOARGS, VBPY_DOC("-> bool")},
  {"ConvertToSmallestStorage", c_conv_small, METH_NOARGS, VBPY_DOC("-> bool")},
  {"GetDefaultStorageIs64Bit", c_default64, METH_NOARGS | METH_STATIC, VBPY_DOC("True")},
  {"GetOffsetsArray32", c_off32, METH_NOARGS, VBPY_DOC("None unless 32-bit storage")},
  {"GetOffsetsArray64", c_off64, METH_NOARGS, VBPY_DOC("None unless 64-bit storage")},
  {"GetConnectivityArray32", c_conn32, METH_NOARGS, VBPY_DOC("")},
  {"GetConnectivityArray64", c_conn64, METH_NOARGS, VBPY_DOC("")},
  {"GetOffsetsAOSArray32", c_off32, METH_NOARGS, VBPY_DOC("")},
  {"GetOffsetsAOSArray64", c_off64, METH_NOARGS, VBPY_DOC("")},
  {"GetConnectivityAOSArray32", c_conn32, METH_NOARGS, VBPY_DOC("")},
  {"GetConnectivityAOSArray64", c_conn64, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

PyTypeObject VbCellArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCellArray",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkCellArray: cells as an offsets array and a connectivity array (VTK 9 layout)."),
  .tp_methods = VBPY_METHODS(cells_methods),
  .tp_getset = VBPY_GETSETS(cells_props),
  .tp_repr = cells_repr,
  .tp_init = cells_init,
  .tp_new = cells_new,
};

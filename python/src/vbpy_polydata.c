/* vbpy_polydata.c - vtkPolyData: Python face of vb_polydata (src/vb_polydata.h).
 * What every data set has (points, attributes, bounds, cell queries) is on
 * its bases (vbpy_dataobject.c, vbpy_dataset.c); here the four cell arrays
 * and the cell edits of vtkPolyData. */
#include "vbpy_types.h"

#define CA(op) vb_cell_array_from_object(VBPY_OBJ(op))
#define PD(op) vb_polydata_from_object(VBPY_OBJ(op))

static PyObject *poly_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  /* keywords: vtkObject's tp_init sets them (VTK 9.7's properties) */
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_polydata_object(vb_polydata_new()), cls);
}

#define CELLS(NAME, fn)                                                                    \
  static PyObject *pd_get_##NAME(PyObject *op, PyObject *u) {                             \
    (void)u;                                                                              \
    return vbpy_wrap(vb_cell_array_object(vb_polydata_get_##fn(PD(op))), NULL);           \
  }                                                                                       \
  static PyObject *pd_set_##NAME(PyObject *op, PyObject *arg) {                           \
    vb_cell_array *c = NULL;                                                              \
    if (arg != Py_None) {                                                                 \
      if (!PyObject_TypeCheck(arg, &VbCellArray_Type)) {                                  \
        PyErr_Format(PyExc_TypeError, "Set" #NAME "(): expected vtkCellArray or None, not %.100s", \
                     Py_TYPE(arg)->tp_name);                                              \
        return NULL;                                                                      \
      }                                                                                   \
      c = CA(arg);                                                                        \
    }                                                                                     \
    VBPY_RETURN_NONE(vb_polydata_set_##fn(PD(op), c));                                            \
  }                                                                                       \
  static PyObject *pd_n_##NAME(PyObject *op, PyObject *u) {                               \
    (void)u;                                                                              \
    return PyLong_FromLongLong(vb_polydata_get_number_of_##fn(PD(op)));                   \
  }
CELLS(Verts, verts)
CELLS(Lines, lines)
CELLS(Polys, polys)
CELLS(Strips, strips)
#define CELL_DEFS(NAME)                                            \
  {"Get" #NAME, pd_get_##NAME, METH_NOARGS, VBPY_DOC("vtkCellArray")},        \
  {"Set" #NAME, pd_set_##NAME, METH_O, VBPY_DOC("Set" #NAME "(vtkCellArray | None)")}, \
  {"GetNumberOf" #NAME, pd_n_##NAME, METH_NOARGS, VBPY_DOC("")},

static PyObject *pd_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_initialize(PD(op))); }
static PyObject *pd_build_cells(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_build_cells(PD(op))); }
static PyObject *pd_delete_cells(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_build_cells(PD(op))); }
static PyObject *pd_remove_deleted(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_remove_deleted_cells(PD(op))); }
static PyObject *pd_reset(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_reset(PD(op))); }

static PyObject *pd_build_links(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  (void)args;
  if (vbpy_nargs("BuildLinks", n, 0, 1) < 0) return NULL;
  VBPY_RETURN_NONE(vb_polydata_build_links(PD(op)));
}

/* InsertNextCell(type, npts, pts) / InsertNextCell(type, idlist | ids) -> cell id */
static PyObject *pd_insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int type;
  int64_t npts = -1, len;
  vb_id *ids;
  if (vbpy_nargs("InsertNextCell", n, 2, 3) < 0 || vbpy_int_arg("InsertNextCell", args[0], &type) < 0) return NULL;
  if (n == 3 && vbpy_count_arg("InsertNextCell", args[1], &npts) < 0) return NULL;
  if (vbpy_ids_arg("InsertNextCell", args[n - 1], &ids, &len) < 0) return NULL;
  if (npts > len) {
    PyMem_Free(ids);
    return PyErr_Format(PyExc_ValueError, "InsertNextCell(): %lld point ids needed, %lld given", (long long)npts,
                        (long long)len);
  }
  int64_t id = vb_polydata_insert_next_cell(PD(op), type, npts < 0 ? len : npts, ids);
  PyMem_Free(ids);
  return vbpy_status(id < 0 ? (int)id : VB_OK, PyLong_FromLongLong(id));
}

/* Allocate(numCells=1000, ext=1000) (None, as VTK 9.7), AllocateExact /
 * AllocateEstimate(numCells, size) -> True */
static PyObject *alloc_op(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int exact) {
  int64_t a = 1000, b = 1000;
  if (vbpy_nargs(fn, n, exact < 0 ? 0 : 2, 2) < 0 || (n > 0 && vbpy_count_arg(fn, args[0], &a) < 0) ||
      (n > 1 && vbpy_count_arg(fn, args[1], &b) < 0))
    return NULL;
  int s = exact < 0 ? vb_polydata_allocate_exact(PD(op), a, a) : exact ? vb_polydata_allocate_exact(PD(op), a, b)
                                                                       : vb_polydata_allocate_estimate(PD(op), a, b);
  return vbpy_status(s, exact < 0 ? Py_NewRef(Py_None) : Py_NewRef(Py_True));
}
static PyObject *pd_allocate(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "Allocate", -1); }
static PyObject *pd_alloc_exact(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "AllocateExact", 1); }
static PyObject *pd_alloc_estimate(PyObject *op, PyObject *const *a, Py_ssize_t n) { return alloc_op(op, a, n, "AllocateEstimate", 0); }

static PyObject *cell_op(PyObject *op, PyObject *arg, const char *fn, int (*f)(vb_polydata *, int64_t)) {
  int64_t c;
  if (vbpy_index_arg(fn, arg, &c) < 0) return NULL;
  VBPY_RETURN_NONE(f(PD(op), c));
}
/* GetCellsBounds() -> tuple / GetCellsBounds(out); ComputeCellsBounds() */
static PyObject *pd_cells_bounds(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double b[6];
  if (vbpy_nargs("GetCellsBounds", n, 0, 1) < 0) return NULL;
  int s = vb_polydata_get_cells_bounds(PD(op), b);
  if (s < 0) return vbpy_error(s);
  if (n == 1) return vbpy_fill_out("GetCellsBounds", args[0], b, 6) < 0 ? NULL : Py_NewRef(Py_None);
  return vbpy_tuple_d(b, 6);
}
static PyObject *pd_compute_cells_bounds(PyObject *op, PyObject *u) {
  double b[6];
  (void)u;
  VBPY_RETURN_NONE(vb_polydata_get_cells_bounds(PD(op), b) < 0 ? vb_last_status() : VB_OK);
}

static PyObject *pd_point_used(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t p, c;
  if (vbpy_nargs("IsPointUsedByCell", n, 2, 2) < 0 || vbpy_index_arg("IsPointUsedByCell", args[0], &p) < 0 ||
      vbpy_index_arg("IsPointUsedByCell", args[1], &c) < 0)
    return NULL;
  int r = vb_polydata_is_point_used_by_cell(PD(op), p, c);
  return vbpy_status(r < 0 ? r : VB_OK, PyLong_FromLong(r));
}

static PyObject *pd_replace_point(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, a, b;
  if (vbpy_nargs("ReplaceCellPoint", n, 3, 3) < 0 || vbpy_index_arg("ReplaceCellPoint", args[0], &c) < 0 ||
      vbpy_index_arg("ReplaceCellPoint", args[1], &a) < 0 || vbpy_index_arg("ReplaceCellPoint", args[2], &b) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_polydata_replace_cell_point(PD(op), c, a, b));
}

static PyObject *pd_delete_cell(PyObject *op, PyObject *arg) { return cell_op(op, arg, "DeleteCell", vb_polydata_delete_cell); }
static PyObject *pd_reverse_cell(PyObject *op, PyObject *arg) { return cell_op(op, arg, "ReverseCell", vb_polydata_reverse_cell); }

/* ReplaceCell(cellId, npts, pts) / ReplaceCell(cellId, idlist | ids) */
static PyObject *pd_replace_cell(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t c, npts = -1, len;
  vb_id *ids;
  if (vbpy_nargs("ReplaceCell", n, 2, 3) < 0 || vbpy_index_arg("ReplaceCell", args[0], &c) < 0) return NULL;
  if (n == 3 && vbpy_count_arg("ReplaceCell", args[1], &npts) < 0) return NULL;
  if (vbpy_ids_arg("ReplaceCell", args[n - 1], &ids, &len) < 0) return NULL;
  int s = npts > len ? VB_OK : vb_polydata_replace_cell(PD(op), c, npts < 0 ? len : npts, ids);
  PyMem_Free(ids);
  if (npts > len) return PyErr_Format(PyExc_ValueError, "ReplaceCell(): %lld point ids needed", (long long)npts);
  VBPY_RETURN_NONE(s);
}

static vbpy_method poly_methods[] = {
  CELL_DEFS(Verts) CELL_DEFS(Lines) CELL_DEFS(Polys) CELL_DEFS(Strips)
  {"Initialize", pd_initialize, METH_NOARGS, VBPY_DOC("")},
  {"InsertNextCell", VBPY_FC(pd_insert_next), VBPY_DOC("InsertNextCell(type, npts, pts) / (type, idlist) -> cell id")},
  {"Allocate", VBPY_FC(pd_allocate), VBPY_DOC("Allocate(numCells=1000, ext=1000)")},
  {"AllocateExact", VBPY_FC(pd_alloc_exact), VBPY_DOC("AllocateExact(numCells, connectivitySize) -> True")},
  {"AllocateEstimate", VBPY_FC(pd_alloc_estimate), VBPY_DOC("AllocateEstimate(numCells, maxCellSize) -> True")},
  {"BuildCells", pd_build_cells, METH_NOARGS, VBPY_DOC("build the cell map (cell id -> cell array)")},
  {"BuildLinks", VBPY_FC(pd_build_links), VBPY_DOC("BuildLinks(initialSize=0)")},
  {"DeleteCells", pd_delete_cells, METH_NOARGS, VBPY_DOC("forget the cell map (rebuilt when needed)")},
  {"DeleteCell", pd_delete_cell, METH_O, VBPY_DOC("DeleteCell(cellId): marks it (VTK_EMPTY_CELL)")},
  {"RemoveDeletedCells", pd_remove_deleted, METH_NOARGS, VBPY_DOC("")},
  {"ReplaceCell", VBPY_FC(pd_replace_cell), VBPY_DOC("ReplaceCell(cellId, npts, pts) / (cellId, idlist)")},
  {"ReverseCell", pd_reverse_cell, METH_O, VBPY_DOC("ReverseCell(cellId)")},
  {"Reset", pd_reset, METH_NOARGS, VBPY_DOC("no cells, no points, storage kept")},
  {"GetCellsBounds", VBPY_FC(pd_cells_bounds), VBPY_DOC("bounds of the points the cells use; GetCellsBounds(out)")},
  {"IsPointUsedByCell", VBPY_FC(pd_point_used), VBPY_DOC("IsPointUsedByCell(ptId, cellId) -> 1 / 0")},
  {"ReplaceCellPoint", VBPY_FC(pd_replace_point), VBPY_DOC("ReplaceCellPoint(cellId, oldPtId, newPtId)")},
  {"ComputeCellsBounds", pd_compute_cells_bounds, METH_NOARGS, VBPY_DOC("computed when asked (never stale)")},
  {"", NULL, 0, NULL},
};

static vbpy_getset poly_props[] = {
  {"verts", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetVerts"},
  {"lines", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetLines"},
  {"polys", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetPolys"},
  {"strips", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetStrips"},
  {"number_of_verts", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfVerts"},
  {"number_of_lines", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfLines"},
  {"number_of_polys", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfPolys"},
  {"number_of_strips", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfStrips"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbPolyData_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkPolyData",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkPolyData: points, verts/lines/polys/strips cell arrays, point and cell data."),
  .tp_methods = VBPY_METHODS(poly_methods),
  .tp_getset = VBPY_GETSETS(poly_props),
  .tp_new = poly_new,
};

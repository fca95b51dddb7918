/* vbpy_polydata.c - vtkPolyData: Python face of vb_polydata (src/vb_polydata.h).
 * Its point and cell data are wrapped as vtkPointData / vtkCellData; a
 * polydata without points answers GetPoint with the core's VB_ESTATE
 * (RuntimeError). */
#include "vbpy_types.h"

#define PTS(op) vb_points_from_object(VBPY_OBJ(op))
#define CA(op) vb_cell_array_from_object(VBPY_OBJ(op))
#define PD(op) vb_polydata_from_object(VBPY_OBJ(op))

static PyObject *poly_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_polydata_object(vb_polydata_new()), cls);
}

static PyObject *pd_get_points(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_points_object(vb_polydata_get_points(PD(op))), NULL);
}

static PyObject *pd_set_points(PyObject *op, PyObject *arg) {
  vb_points *p = NULL;
  if (arg != Py_None) {
    if (!PyObject_TypeCheck(arg, &VbPoints_Type)) {
      PyErr_Format(PyExc_TypeError, "SetPoints(): expected vtkPoints or None, not %.100s",
                   Py_TYPE(arg)->tp_name);
      return NULL;
    }
    p = PTS(arg);
  }
  VBPY_RETURN_NONE(vb_polydata_set_points(PD(op), p));
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
  {"Get" #NAME, pd_get_##NAME, METH_NOARGS, "vtkCellArray"},        \
  {"Set" #NAME, pd_set_##NAME, METH_O, "Set" #NAME "(vtkCellArray | None)"}, \
  {"GetNumberOf" #NAME, pd_n_##NAME, METH_NOARGS, ""},

static PyObject *pd_point_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_attributes_object(vb_polydata_get_point_data(PD(op))), &VbPointData_Type);
}
static PyObject *pd_cell_data(PyObject *op, PyObject *u) {
  (void)u;
  return vbpy_wrap(vb_attributes_object(vb_polydata_get_cell_data(PD(op))), &VbCellData_Type);
}
static PyObject *pd_npoints(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_polydata_get_number_of_points(PD(op))); }
static PyObject *pd_ncells(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_polydata_get_number_of_cells(PD(op))); }
static PyObject *pd_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_polydata_initialize(PD(op))); }

static PyObject *pd_get_point(PyObject *op, PyObject *arg) {
  int64_t id;
  double x[3];
  if (vbpy_index_arg("GetPoint", arg, &id) < 0) return NULL;
  int s = vb_polydata_get_point(PD(op), id, x);
  if (s < 0) return vbpy_error(s);
  return vbpy_tuple_d(x, 3);
}

static PyObject *pd_bounds(PyObject *op, PyObject *u) {
  (void)u;
  double b[6];
  int s = vb_polydata_get_bounds(PD(op), b);
  if (s < 0) return vbpy_error(s);
  return vbpy_tuple_d(b, 6);
}

static PyMethodDef poly_methods[] = {
  {"GetPoints", pd_get_points, METH_NOARGS, "vtkPoints or None"},
  {"SetPoints", pd_set_points, METH_O, "SetPoints(vtkPoints | None)"},
  CELL_DEFS(Verts) CELL_DEFS(Lines) CELL_DEFS(Polys) CELL_DEFS(Strips)
  {"GetPointData", pd_point_data, METH_NOARGS, "point attributes (vtkPointData)"},
  {"GetCellData", pd_cell_data, METH_NOARGS, "cell attributes (vtkCellData)"},
  {"GetNumberOfPoints", pd_npoints, METH_NOARGS, ""},
  {"GetNumberOfCells", pd_ncells, METH_NOARGS, "verts + lines + polys + strips"},
  {"GetPoint", pd_get_point, METH_O, "GetPoint(id) -> (x, y, z)"},
  {"GetBounds", pd_bounds, METH_NOARGS, "(xmin, xmax, ymin, ymax, zmin, zmax)"},
  {"Initialize", pd_initialize, METH_NOARGS, ""},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbPolyData_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkPolyData",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "vtkPolyData: points, verts/lines/polys/strips cell arrays, point and cell data.",
  .tp_methods = poly_methods,
  .tp_new = poly_new,
};

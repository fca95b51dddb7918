"""VTK 9.7's mesh-building constructors: ``vtkPoints(data=...)`` and
``vtkCellArray(offsets=..., connectivity=...)`` (tp_init of the C types calls these).

As VTK 9.7.1: an array-like becomes float64 points (n x 3, or a flat length
multiple of 3), shared with a C-contiguous float64 NumPy array; a vtkDataArray is
used as is (SetData). Offsets/connectivity lists or arrays become int64 arrays
(shared when already C-contiguous int64); both must be given. Other keywords set
VTK 9.7's properties (``number_of_points=...`` -> ``SetNumberOfPoints``). Unlike
VTK, which prints an error and leaves 0 points or cells, bad data raises
(ValueError / TypeError). vtkbuf also takes the points data positionally.
"""
import numpy as np

from ._vtkbuf import vtkDataArray


def _set_properties(obj, kwargs):
    for key, value in kwargs.items():
        setter = getattr(obj, "Set" + "".join(p[:1].upper() + p[1:] for p in key.split("_")), None)
        if setter is None:
            raise TypeError(f"{type(obj).__name__}() got an unexpected keyword argument '{key}'")
        setter(value)


def _numpy_to_vtk(arr):
    from .numpy_support import numpy_to_vtk
    return numpy_to_vtk(arr)


def points_array(data):
    """The vtkDataArray vtkPoints(data=...) uses."""
    if isinstance(data, vtkDataArray):
        return data
    arr = np.ascontiguousarray(data, dtype=np.float64)  # ValueError for text, as VTK
    if arr.ndim == 1:
        if len(arr) % 3 != 0:
            raise ValueError("1-D array length must be a multiple of 3")
        arr = arr.reshape(-1, 3)
    if arr.ndim != 2 or arr.shape[1] != 3:
        raise ValueError(f"vtkPoints data must have shape (n, 3), got {arr.shape}")
    vtk_arr = _numpy_to_vtk(arr)
    vtk_arr.SetName("points")
    return vtk_arr


def init_points(self, args, kwargs):
    if len(args) > 1:
        raise TypeError(f"vtkPoints() takes at most 1 positional argument ({len(args)} given)")
    data = kwargs.pop("data", None)
    if args:
        if data is not None:
            raise TypeError("vtkPoints() got data both positionally and as a keyword")
        data = args[0]
    arr = points_array(data) if data is not None else None  # converted before any change
    _set_properties(self, kwargs)
    if arr is not None:
        self.SetData(arr)


def cell_array(x, what):
    if isinstance(x, vtkDataArray):
        return x
    arr = np.ascontiguousarray(x, dtype=np.int64)  # as VTK: 0.5 -> 0, text ValueError
    if arr.ndim != 1:
        raise ValueError(f"vtkCellArray {what} must be 1-D, got shape {arr.shape}")
    return _numpy_to_vtk(arr)


def init_cells(self, args, kwargs):
    if args:
        raise TypeError("vtkCellArray() takes only the keywords offsets= and connectivity=")
    offsets = kwargs.pop("offsets", None)
    connectivity = kwargs.pop("connectivity", None)
    if (offsets is None) != (connectivity is None):
        raise ValueError("offsets and connectivity must both be provided")
    if offsets is not None:
        offsets, connectivity = cell_array(offsets, "offsets"), cell_array(connectivity, "connectivity")
        if offsets.GetNumberOfValues() == 0 and connectivity.GetNumberOfValues() == 0:
            offsets = None  # no offsets at all: no cells, as VTK
    _set_properties(self, kwargs)
    if offsets is not None:
        self.SetData(offsets, connectivity)

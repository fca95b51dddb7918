"""VTK 9.7's data model conveniences (``vtkmodules.util.data_model``), written
for vtkbuf.

* Field data, point data, cell data and a table's row data are dict-like, as
  VTK's ``FieldData``/``PointData``/``CellData``/``DataSetAttributes``
  overrides: ``attrs['name']`` (or an index) gives the data array itself (a
  NumPy-compatible VTKAOSArray/VTKSOAArray) carrying ``dataset`` and
  ``association``; ``attrs['name'] = value`` adds a numpy array, a scalar or a
  list (sized to the data set's points/cells, as VTK) or a VTK array (a
  shallow copy under that name); ``keys()``/``values()``/``items()`` are
  tuples of the named arrays; ``to_pandas``/``from_pandas``/``to_xarray``/
  ``from_xarray`` as VTK's.
* Every data set has ``point_data``, ``cell_data`` and ``field_data``, each
  with a setter taking a dict ``{name: array}`` (the old arrays removed
  first), so the keyword constructor takes them too:
  ``vtkPolyData(points=pts, point_data={"t": t})``.  They are installed on
  vtkDataSet, so every data set class inherits them (a plain data object's
  or a table's ``field_data`` is the generated property, as in VTK).
  A point set's ``points`` annotates its coordinate array with the data set.

Names missing from an attributes object give ``dataset_adapter.NoneArray``
when NumPy is there (as VTK).
"""
import sys
import weakref

from . import _vtkbuf as _c

try:
    import numpy as _np
except ImportError:  # pragma: no cover - numpy missing
    _np = None

vtkDataObject = _c.vtkDataObject  # POINT, CELL, FIELD, ROW ... are its class constants
_SIZED = (vtkDataObject.POINT, vtkDataObject.CELL, vtkDataObject.ROW)


def _none_array():
    from .dataset_adapter import NoneArray
    return NoneArray


class FieldDataBase:
    """The dict-like interface of vtkFieldData and its subclasses."""

    association = None
    _dataset = None

    def _set_dataset(self, dataset):
        self._dataset = None if dataset is None else weakref.ref(dataset)

    @property
    def dataset(self):
        """The data object owning these arrays (a weak reference), or None."""
        return self._dataset() if self._dataset is not None else None

    @dataset.setter
    def dataset(self, value):
        self._set_dataset(value)

    def get_array(self, idx):
        """The array of a name or index, with ``dataset``/``association`` set."""
        if isinstance(idx, int) and idx >= self.GetNumberOfArrays():
            raise IndexError("array index out of range")
        a = self.GetArray(idx)
        if a is None:
            return a if _np is None else _none_array()
        if hasattr(a, "_set_dataset"):
            a._set_dataset(self.dataset)
            a._association = self.association
        return a

    __getitem__ = get_array

    def __setitem__(self, name, value):
        self.set_array(name, value)

    def _length(self, name, value):
        ds, assoc = self.dataset, self.association
        if ds is None and assoc in _SIZED:
            raise RuntimeError(f"Cannot size the array {name!r}: the owning data set is no longer alive; "
                               "bind the data set to a name first")
        if assoc == vtkDataObject.POINT:
            return ds.GetNumberOfPoints()
        if assoc == vtkDataObject.CELL:
            return ds.GetNumberOfCells()
        if assoc == vtkDataObject.ROW and ds.GetNumberOfColumns() > 0:
            return ds.GetNumberOfRows()
        return value.shape[0] if isinstance(value, _np.ndarray) and value.ndim > 0 else 1

    def set_array(self, name, value):
        """Adds an array under ``name``: a VTK array (a shallow copy), or a numpy
        array / scalar sized to the owner's points, cells or rows (as VTK)."""
        if isinstance(value, _c.vtkDataArray):
            arr = value.NewInstance()
            arr.ShallowCopy(value)
            arr.SetName(name)
            self.AddArray(arr)
            return
        if _np is None:
            raise TypeError("set_array: numpy is needed for anything but a vtkDataArray")
        if value is _none_array():
            return
        from .numpy_support import numpy_to_vtk
        n = self._length(name, value)
        if not isinstance(value, _np.ndarray) or value.ndim == 0:  # a scalar fills the array
            value = _np.full(n, value, dtype=value.dtype if isinstance(value, _np.ndarray) else type(value))
        elif value.shape[0] != n:  # repeated for every tuple, as VTK
            value = _np.tile(value.ravel(), (n, 1))
        if value.ndim == 3:  # matrices: VTK stores them transposed
            value = value.transpose(0, 2, 1).reshape(value.shape[0], -1)
        arr = numpy_to_vtk(_np.ascontiguousarray(value))
        arr.SetName(name)
        self.AddArray(arr)

    def __contains__(self, name):
        return self.HasArray(name)

    def _named(self):
        return [(self.GetArrayName(i), i) for i in range(self.GetNumberOfArrays()) if self.GetArrayName(i)]

    def keys(self):
        return tuple(n for n, _ in self._named())

    def values(self):
        return tuple(self.get_array(i) for _, i in self._named())

    def items(self):
        return tuple((n, self.get_array(i)) for n, i in self._named())

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return self.GetNumberOfArrays()

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return False
        if self is other:
            return True
        if _np is None or set(self.keys()) != set(other.keys()):
            return False
        return all(_np.array_equal(v, self[k]) for k, v in other.items())

    __hash__ = None  # as VTK's overrides (they define __eq__)

    def _columns(self):
        for name, arr in self.items():
            if isinstance(arr, _c.vtkDataArray):
                a = _np.asarray(arr)
                yield name, a, (a.ndim == 1 or arr.GetNumberOfComponents() == 1)

    def to_pandas(self):
        """A pandas.DataFrame: one column per 1-component array, name_0, name_1, ... otherwise."""
        pd = sys.modules.get("pandas")
        if pd is None:
            raise RuntimeError("You must import pandas before calling to_pandas().")
        data = {}
        for name, a, single in self._columns():
            if single:
                data[name] = a.ravel()
            else:
                data.update({f"{name}_{j}": a[:, j] for j in range(a.shape[1])})
        return pd.DataFrame(data)

    def from_pandas(self, df):
        if "pandas" not in sys.modules:
            raise RuntimeError("You must import pandas before calling from_pandas().")
        self.Initialize()
        for name in df.columns:
            self.set_array(str(name), df[name].to_numpy())

    def to_xarray(self):
        xr = sys.modules.get("xarray")
        if xr is None:
            raise RuntimeError("You must import xarray before calling to_xarray().")
        return xr.Dataset({name: ("index", a.ravel()) if single else (("index", "component"), a)
                           for name, a, single in self._columns()})

    def from_xarray(self, ds):
        if "xarray" not in sys.modules:
            raise RuntimeError("You must import xarray before calling from_xarray().")
        self.Initialize()
        for name in ds.data_vars:
            self.set_array(str(name), ds[name].values)


class FieldData(FieldDataBase, _c.vtkFieldData):
    pass


class DataSetAttributesBase(FieldDataBase):
    pass


class DataSetAttributes(DataSetAttributesBase, _c.vtkDataSetAttributes):
    pass


class PointData(DataSetAttributesBase, _c.vtkPointData):
    pass


class CellData(DataSetAttributesBase, _c.vtkCellData):
    pass


def _attrs_property(getter, association, doc):
    def get(self):
        a = getattr(self, getter)()
        # VTK: field data only when it has arrays (its truth value is its length)
        if a is not None and (association != vtkDataObject.FIELD or len(a)):
            a.dataset = self
            a.association = association
        return a

    def set_(self, arrays):
        a = get(self)
        a.Initialize()
        for name, value in arrays.items():
            a.set_array(name, value)

    return property(get, set_, doc=doc)


def _points(self):
    pts = self.GetPoints()
    d = pts.GetData() if pts is not None else None
    if d is not None and hasattr(d, "_set_dataset"):
        d._set_dataset(self)
        d._association = vtkDataObject.POINT
    return pts


def _coordinates(axis):
    def get(self):
        d = [0, 0, 0]
        self.GetDimensions(d)
        return _np.asarray(self.GetPoints().GetData())[:, axis].reshape(d, order="F")
    return property(get, doc="the points' coordinate along one axis, shaped as the grid (VTK 9.7)")


def _install():
    for base, sub in ((_c.vtkFieldData, FieldData), (_c.vtkDataSetAttributes, DataSetAttributes),
                      (_c.vtkPointData, PointData), (_c.vtkCellData, CellData)):
        base.override(sub)
    # a plain data object's field_data is VTK's generated property (vtkDataObject's getset)
    _c._set_type_attr(_c.vtkDataSet, "field_data", _attrs_property(
        "GetFieldData", vtkDataObject.FIELD, "field arrays by name; set from a dict {name: array}"))
    _c._set_type_attr(_c.vtkDataSet, "point_data", _attrs_property(
        "GetPointData", vtkDataObject.POINT, "point arrays by name; set from a dict {name: array}"))
    _c._set_type_attr(_c.vtkDataSet, "cell_data", _attrs_property(
        "GetCellData", vtkDataObject.CELL, "cell arrays by name; set from a dict {name: array}"))
    for k, axis in enumerate("xyz"):
        _c._set_type_attr(_c.vtkStructuredGrid, f"{axis}_coordinates", _coordinates(k))
    _c._set_type_attr(_c.vtkPointSet, "points", property(
        _points, lambda self, pts: self.SetPoints(pts), doc="vtkPoints or None (its data knows the data set)"))


_install()

"""NumPy-friendly wrappers of VTK arrays and data objects, VTK's
``vtkmodules.numpy_interface.dataset_adapter`` API.

``VTKArray`` is an ``ndarray`` subclass viewing a VTK array's memory. It holds
the VTK array and its buffer(s), and observes the array's BufferChangedEvent:
once the memory behind the array moved, every access through the VTKArray -
element access, slicing, assignment, arithmetic, ufuncs, reductions, numpy
functions, ``repr``/``str``, ``tolist``, iteration, copies - raises
``RuntimeError`` (VTK 9.7 only prints a message). Views and slices taken from
it share its state, so they become stale with it. The memory it points into
stays valid either way (vtkbuf exports hold their memory block): a raw
``np.asarray(va)`` keeps reading the old values.
"""
import weakref
from builtins import sum as builtins_sum

import numpy as np

from . import _vtkbuf as _c
from ._command import vtkCommand
from .numpy_support import numpy_to_vtk, vtk_to_numpy
from ._ndarray_assign import assign as _assign


class ArrayAssociation:
    """Association of an array with a data set (VTK's values)."""
    POINT = 0
    CELL = 1
    FIELD = 2
    ROW = 6


class _BufferState:
    """Shared by a VTKArray and every view derived from it: stale once the VTK
    array's memory changed. Observes BufferChangedEvent; removes its observer
    when the last VTKArray sharing it is gone."""

    __slots__ = ("stale", "_array", "_obs", "__weakref__")

    def __init__(self, array):
        self.stale = False
        wself = weakref.ref(self)

        def on_buffer_changed(caller, event, wself=wself):
            s = wself()
            if s is not None:
                s.stale = True

        self._array = weakref.ref(array)
        self._obs = array.AddObserver(vtkCommand.BufferChangedEvent, on_buffer_changed)

    def __del__(self):
        a = self._array()
        if a is not None:
            try:
                a.RemoveObserver(self._obs)
            except Exception:
                pass


_STALE_MSG = ("the VTK array's buffer changed (it was reallocated or replaced) after this "
              "VTKArray was made; its data is no longer the array's. Get a fresh one with "
              "vtkDataArrayToVTKArray(array)")


def _check(a):
    st = a.__dict__.get("_state")
    if st is not None and st.stale:
        raise RuntimeError(_STALE_MSG)


def _plain(x):
    if isinstance(x, VTKArray):
        _check(x)
        return x.view(np.ndarray)
    if isinstance(x, (list, tuple)):
        return type(x)(_plain(y) for y in x)
    return x


class VTKArray(np.ndarray):
    """An ndarray over a VTK array's memory that knows when it went stale."""

    def __new__(cls, input_array, array=None, dataset=None):
        obj = np.asarray(input_array).view(cls)
        d = obj.__dict__
        d["VTKObject"] = array
        d["Association"] = ArrayAssociation.FIELD
        d["_dataset"] = None if dataset is None else weakref.ref(dataset)
        d["_buffer"] = None
        d["_state"] = None
        if array is not None:
            layout = getattr(type(array), "_vb_layout", _c.LAYOUT_AOS)
            if layout == _c.LAYOUT_AOS:
                d["_buffer"] = array.GetBuffer()
            else:
                d["_buffer"] = tuple(array.GetComponentBuffer(c)
                                     for c in range(array.GetNumberOfComponents()))
            d["_state"] = _BufferState(array)
        return obj

    def __array_finalize__(self, obj):
        d = self.__dict__
        src = getattr(obj, "__dict__", None) if obj is not None else None
        src = src if isinstance(obj, VTKArray) else {}
        d["VTKObject"] = src.get("VTKObject")
        d["Association"] = src.get("Association", ArrayAssociation.FIELD)
        d["_dataset"] = src.get("_dataset")
        d["_buffer"] = src.get("_buffer")
        d["_state"] = src.get("_state")

    # -- metadata --
    @property
    def DataSet(self):
        ref = self.__dict__.get("_dataset")
        return ref() if ref is not None else None

    @DataSet.setter
    def DataSet(self, dataset):
        self.__dict__["_dataset"] = None if dataset is None else weakref.ref(dataset)

    @property
    def Buffer(self):
        """The vtkBuffer (tuple of them for SOA arrays) this VTKArray was made over."""
        return self.__dict__.get("_buffer")

    @property
    def stale(self):
        st = self.__dict__.get("_state")
        return bool(st is not None and st.stale)

    # -- numpy protocol hooks --
    def __array_ufunc__(self, ufunc, method, *inputs, out=None, **kwargs):
        for x in inputs:
            if isinstance(x, VTKNoneArray):
                return NoneArray
        args = [_plain(x) for x in inputs]
        if out is not None:
            kwargs["out"] = tuple(_plain(o) for o in out)
        if "where" in kwargs:
            kwargs["where"] = _plain(kwargs["where"])
        result = getattr(ufunc, method)(*args, **kwargs)
        if method == "at":
            return None
        if out is not None:
            return out[0] if len(out) == 1 else out
        return self._wrap(result)

    def _wrap(self, result):
        if isinstance(result, tuple):
            return tuple(self._wrap(r) for r in result)
        if isinstance(result, np.ndarray) and not isinstance(result, VTKArray):
            r = result.view(VTKArray)
            r.__dict__["Association"] = self.__dict__.get("Association")
            r.__dict__["_dataset"] = self.__dict__.get("_dataset")
            return r
        return result

    def __array_function__(self, func, types, args, kwargs):
        _check(self)
        for a in args:
            if isinstance(a, VTKArray):
                _check(a)
            elif isinstance(a, (list, tuple)):
                for b in a:
                    if isinstance(b, VTKArray):
                        _check(b)
        return super().__array_function__(func, types, args, kwargs)

    # -- guarded access paths --
    def __getitem__(self, index):
        _check(self)
        return super().__getitem__(index)

    def __setitem__(self, index, value):
        _check(self)
        if isinstance(value, VTKArray):
            _check(value)
        _assign(self.view(np.ndarray), index, value)  # NumPy's casting, never a wrap (_ndarray_assign.py)

    def __iter__(self):
        _check(self)
        return super().__iter__()

    def __repr__(self):
        _check(self)
        return super().__repr__()

    def __str__(self):
        _check(self)
        return super().__str__()

    def __format__(self, spec):
        _check(self)
        return super().__format__(spec)

    def __getattr__(self, name):
        """Unknown attributes are looked up on the VTK array (as VTK does)."""
        if name.startswith("__") or name in ("VTKObject", "_state", "_dataset", "_buffer"):
            raise AttributeError(name)
        o = self.__dict__.get("VTKObject")
        if o is None:
            raise AttributeError(f"'VTKArray' object has no attribute '{name}'")
        return getattr(o, name)

    @property
    def T(self):
        _check(self)
        return super().T

    @property
    def flat(self):
        _check(self)
        return super().flat


def _guard(name):
    base = getattr(np.ndarray, name)

    def method(self, *args, **kwargs):
        _check(self)
        return base(self, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = base.__doc__
    return method


for _name in ("tolist", "item", "copy", "astype", "tobytes", "tofile", "fill", 
              "reshape", "ravel", "flatten", "transpose", "swapaxes", "squeeze", "take", "put",
              "repeat", "sort", "argsort", "argmax", "argmin", "argpartition", "partition",
              "nonzero", "searchsorted", "diagonal", "trace", "dot", "choose", "compress",
              "clip", "round", "cumsum", "cumprod", "sum", "prod", "mean", "std", "var", "max",
              "min", "all", "any", "byteswap", "conj", "conjugate", "dump", "dumps",
              "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__", "__float__",
              "__int__", "__index__", "__complex__", "__bool__", "__len__", "__contains__",
              "__array__", "__dlpack__", "setfield", "getfield", "resize", "itemset"):
    if hasattr(np.ndarray, _name):
        setattr(VTKArray, _name, _guard(_name))


class VTKNoneArray:
    """Stands for a missing array: indexing and arithmetic give VTKNoneArray again."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __getitem__(self, index):
        return self

    def _op(self, *args, **kwargs):
        return self

    for _o in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
               "and", "xor", "or", "lt", "le", "eq", "ne", "ge", "gt", "neg", "pos", "abs"):
        locals()[f"__{_o}__"] = _op
        locals()[f"__r{_o}__"] = _op
    del _o
    __hash__ = object.__hash__

    def astype(self, dtype):
        return self

    def __repr__(self):
        return "VTKNoneArray()"

    def __bool__(self):
        return False

    @property
    def shape(self):
        return (0,)


NoneArray = VTKNoneArray()


def vtkDataArrayToVTKArray(array, dataset=None):
    """A VTKArray over a VTK data array (zero-copy; 9-component arrays as (n, 3, 3)
    matrices, transposed as VTK's)."""
    if array is None:
        return NoneArray
    if not isinstance(array, _c.vtkDataArray):
        raise TypeError(f"expected a VTK data array, got {type(array).__name__}")
    narray = vtk_to_numpy(array)
    if narray.ndim == 2 and narray.shape[1] == 9:  # VTK stores 3x3 tensors column-major
        narray = narray.reshape(narray.shape[0], 3, 3).transpose(0, 2, 1)
    return VTKArray(narray, array=array, dataset=dataset)


def numpyTovtkDataArray(array, name="numpy_array", array_type=None):
    """A VTK array sharing memory with a numpy array (see numpy_to_vtk), named."""
    if isinstance(array, VTKArray):
        _check(array)
    a = np.asarray(array)
    if a.ndim == 3 and a.shape[1:] == (3, 3):
        a = a.reshape(a.shape[0], 9)
    vtkarray = numpy_to_vtk(a, array_type=array_type)
    vtkarray.SetName(name)
    return vtkarray


# ---- data objects (duck-typed: anything with VTK's accessor methods) ----------

class VTKObjectWrapper:
    """Forwards unknown attributes to the wrapped VTK object."""

    def __init__(self, vtkobject):
        self.VTKObject = vtkobject

    def __getattr__(self, name):
        return getattr(self.VTKObject, name)


class DataSetAttributes(VTKObjectWrapper):
    """Point/cell/field data: ``attrs['name']`` or ``attrs[i]`` gives a VTKArray."""

    def __init__(self, vtkobject, dataset, association):
        super().__init__(vtkobject)
        self.DataSet = dataset
        self.Association = association

    def __getitem__(self, idx):
        return self.GetArray(idx)

    def GetArray(self, idx):
        """A VTKArray for an array name or index. As VTK's dataset_adapter: an
        unknown name gives NoneArray, an index past the end raises IndexError."""
        if isinstance(idx, int) and idx >= self.VTKObject.GetNumberOfArrays():
            raise IndexError("array index out of range")
        array = self.VTKObject.GetArray(idx)
        if array is None:
            return NoneArray
        va = vtkDataArrayToVTKArray(array, self.DataSet)
        va.Association = self.Association
        return va

    def keys(self):
        """Names of the (named) arrays, in order (unnamed arrays are left out, as VTK)."""
        n = self.VTKObject.GetNumberOfArrays()
        names = (self.VTKObject.GetArrayName(i) for i in range(n))
        return [k for k in names if k]

    def values(self):
        n = self.VTKObject.GetNumberOfArrays()
        return [self.GetArray(i) for i in range(n) if self.VTKObject.GetArrayName(i)]

    def append(self, narray, name):
        """Add narray as a new array `name`; a scalar, or an array whose length is
        not the number of points/cells, is repeated for each of them (as VTK's)."""
        if narray is NoneArray:
            return
        count = getattr(self.DataSet, "GetNumberOfElements", None)
        n = count(self.Association) if count and self.Association in (0, 1) else None
        if np.ndim(narray) == 0:
            narray = np.full(1 if n is None else n, narray)
        elif n is not None and np.shape(narray)[0] != n:
            narray = np.tile(np.asarray(narray).ravel(), (n, 1))
        self.VTKObject.AddArray(numpyTovtkDataArray(narray, name))


class DataObject(VTKObjectWrapper):
    """Wrapper of a VTK data object."""

    def GetAttributes(self, type):
        return self._attrs("GetFieldData", ArrayAssociation.FIELD) if type == ArrayAssociation.FIELD else NoneArray

    def HasAttributes(self, type):
        return type == ArrayAssociation.FIELD

    def _attrs(self, getter, assoc):
        fn = getattr(self.VTKObject, getter, None)
        if fn is None:
            raise AttributeError(f"{type(self.VTKObject).__name__} has no {getter}()")
        return DataSetAttributes(fn(), self, assoc)

    @property
    def FieldData(self):
        return self._attrs("GetFieldData", ArrayAssociation.FIELD)


class DataSet(DataObject):
    """Wrapper of a VTK data set: Points, PointData, CellData."""

    def GetAttributes(self, type):
        return self._attrs({0: "GetPointData", 1: "GetCellData"}.get(type, "GetFieldData"), type)

    def HasAttributes(self, type):
        return type in (ArrayAssociation.POINT, ArrayAssociation.CELL, ArrayAssociation.FIELD)

    @property
    def PointData(self):
        return self._attrs("GetPointData", ArrayAssociation.POINT)

    @property
    def CellData(self):
        return self._attrs("GetCellData", ArrayAssociation.CELL)

    @property
    def Points(self):
        """The point coordinates as a VTKArray of shape (N, 3); None when the
        data set has no points (as VTK). The VTKArray goes stale (RuntimeError on
        access) once the coordinate array's memory moves, e.g. when points are
        inserted past its capacity."""
        pts = self.VTKObject.GetPoints()
        if pts is None:
            return None
        data = pts.GetData() if hasattr(pts, "GetData") else pts
        va = vtkDataArrayToVTKArray(data, self)
        va.Association = ArrayAssociation.POINT
        return va


class PointSet(DataSet):
    """Wrapper of a VTK point set (a data set with explicit points)."""


class PolyData(PointSet):
    """Wrapper of a vtkPolyData: adds ``Polygons``."""

    @property
    def Polygons(self):
        """The polys as a VTKArray in VTK's legacy cell layout (n, id0, ..., n, ...),
        a copy made by vtkCellArray.GetData(), as VTK 9.7's dataset_adapter returns."""
        polys = self.VTKObject.GetPolys()
        if polys is None:
            return None
        return vtkDataArrayToVTKArray(polys.GetData(), self)


class CompositeDataSetAttributes:
    """The point/cell/field data of a composite data set's leaves: the union of
    their array names (in order of appearance); ``[name]`` is a
    VTKCompositeDataArray (NoneArray for a leaf without the array)."""

    def __init__(self, dataset, association):
        self.DataSet = dataset
        self.Association = association
        self.ArrayNames = list(dict.fromkeys(
            k for ds in dataset for k in ds.GetAttributes(association).keys()))

    def keys(self):
        return self.ArrayNames

    def values(self):
        return [self[k] for k in self.ArrayNames]

    def items(self):
        return [(k, self[k]) for k in self.ArrayNames]

    def __contains__(self, name):
        return name in self.ArrayNames

    def __iter__(self):
        return iter(self.ArrayNames)

    def __len__(self):
        return len(self.ArrayNames)

    def __setitem__(self, name, narray):
        self.append(narray, name)

    def __getitem__(self, idx):
        return self.GetArray(idx)

    def GetArray(self, idx):
        if idx not in self.ArrayNames:
            return NoneArray
        return VTKCompositeDataArray(dataset=self.DataSet, name=idx, association=self.Association)

    def append(self, narray, name):
        """a VTKCompositeDataArray chunk by chunk; anything else to every leaf"""
        if narray is NoneArray:
            return
        chunks = narray.Arrays if isinstance(narray, VTKCompositeDataArray) else None
        added = False
        for k, ds in enumerate(self.DataSet):
            a = narray if chunks is None else chunks[k] if k < len(chunks) else NoneArray
            if a is not NoneArray:
                ds.GetAttributes(self.Association).append(a, name)
                added = True
        if added and name not in self.ArrayNames:
            self.ArrayNames.append(name)


class CompositeDataSet(DataObject):
    """Wrapper of a composite data set: iterating gives the wrapped non-empty
    leaves; PointData/CellData/FieldData are CompositeDataSetAttributes,
    Points a VTKCompositeDataArray; GlobalData is the composite's own field data."""

    def __iter__(self):
        return (WrapDataObject(ds) for ds in self.VTKObject)

    def GetNumberOfElements(self, assoc):
        return int(builtins_sum(ds.GetNumberOfElements(assoc) for ds in self))

    def GetNumberOfPoints(self):
        return self.GetNumberOfElements(ArrayAssociation.POINT)

    def GetNumberOfCells(self):
        return self.GetNumberOfElements(ArrayAssociation.CELL)

    def GetAttributes(self, type):
        return CompositeDataSetAttributes(self, type)

    def HasAttributes(self, type):
        return all(ds.HasAttributes(type) for ds in self)

    PointData = property(lambda self: self.GetAttributes(ArrayAssociation.POINT))
    CellData = property(lambda self: self.GetAttributes(ArrayAssociation.CELL))
    FieldData = property(lambda self: self.GetAttributes(ArrayAssociation.FIELD))
    GlobalData = property(lambda self: DataSetAttributes(self.VTKObject.GetFieldData(), self,
                                                         ArrayAssociation.FIELD))

    @property
    def Points(self):
        pts = [getattr(ds, "Points", None) for ds in self]
        pts = [NoneArray if p is None else p for p in pts]
        if all(p is NoneArray for p in pts):
            return NoneArray
        return VTKCompositeDataArray(pts, dataset=self)


def WrapDataObject(ds):
    """Wrap a VTK data object: a DataSet wrapper for objects with points or
    point data, a DataObject wrapper otherwise; a data array becomes a VTKArray."""
    if ds is None:
        return None
    if isinstance(ds, _c.vtkDataArray):
        return vtkDataArrayToVTKArray(ds)
    if isinstance(ds, VTKObjectWrapper):
        return ds
    if isinstance(ds, _c.vtkCompositeDataSet):
        return CompositeDataSet(ds)
    if hasattr(ds, "GetPolys") and hasattr(ds, "GetPoints"):
        return PolyData(ds)
    if hasattr(ds, "GetPoints"):
        return PointSet(ds)
    if hasattr(ds, "GetPointData"):
        return DataSet(ds)
    return DataObject(ds)


from ._composite_array import VTKCompositeDataArray, _match_dims  # noqa: E402


def reshape_append_ones(a1, a2):
    """[a1, a2], the one with fewer dimensions (same length) given trailing axes of 1"""
    return list(_match_dims(a1, a2))


from . import algorithms as _algorithms  # noqa: E402,F401  (the NumPy functions of composite arrays)

__all__ = ["VTKArray", "VTKNoneArray", "NoneArray", "ArrayAssociation", "vtkDataArrayToVTKArray",
           "numpyTovtkDataArray", "WrapDataObject", "DataObject", "DataSet", "PointSet", "PolyData",
           "DataSetAttributes", "VTKObjectWrapper", "VTKCompositeDataArray", "CompositeDataSet",
           "CompositeDataSetAttributes", "reshape_append_ones"]

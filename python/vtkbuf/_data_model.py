"""The part of VTK 9.7's data model API (``vtkmodules.util.data_model``) that
carries arrays' ``dataset``/``association``: ``polydata.point_data[name]`` and
``polydata.cell_data[name]`` return the data array itself (a NumPy-compatible
VTKAOSArray/VTKSOAArray) with ``dataset`` set to the poly data and
``association`` to ``vtkDataObject.POINT``/``CELL``; results of arithmetic on it
carry both (vtkbuf._ndarray). (The association constants are vtkDataObject's own, in the C extension.)"""
from . import _vtkbuf as _c


vtkDataObject = _c.vtkDataObject  # POINT, CELL, FIELD, ... are its class constants


class _Attributes:
    """``point_data``/``cell_data`` of a data set: a mapping of array names to
    the data arrays, which get their dataset and association on the way out."""

    __slots__ = ("VTKObject", "_owner", "association")

    def __init__(self, attrs, owner, association):
        self.VTKObject = attrs
        self._owner = owner
        self.association = association

    @property
    def dataset(self):
        return self._owner

    def get_array(self, idx):
        a = self.VTKObject.GetArray(idx)
        if a is None:
            raise KeyError(idx)
        if hasattr(a, "_set_dataset"):
            a._set_dataset(self._owner)
            a._association = self.association
        return a

    __getitem__ = get_array

    def __contains__(self, name):
        return self.VTKObject.GetArray(name) is not None

    def keys(self):
        names = (self.VTKObject.GetArrayName(i) for i in range(self.VTKObject.GetNumberOfArrays()))
        return [n for n in names if n]

    def values(self):
        return [self.get_array(n) for n in self.keys()]

    def items(self):
        return [(n, self.get_array(n)) for n in self.keys()]

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def __getattr__(self, name):
        return getattr(self.VTKObject, name)

    def __repr__(self):
        return f"<{type(self.VTKObject).__name__} of {type(self._owner).__name__}: {self.keys()}>"


def _install():
    for cls in (_c.vtkPolyData, _c.vtkImageData, _c.vtkRectilinearGrid):
        _c._set_type_attr(cls, "point_data", property(
            lambda self: _Attributes(self.GetPointData(), self, vtkDataObject.POINT),
            doc="point arrays by name (VTK 9.7's data model)"))
        _c._set_type_attr(cls, "cell_data", property(
            lambda self: _Attributes(self.GetCellData(), self, vtkDataObject.CELL),
            doc="cell arrays by name (VTK 9.7's data model)"))


_install()

"""The part of VTK 9.7's data model API (``vtkmodules.util.data_model``) that
carries arrays' ``dataset``/``association``: ``polydata.point_data[name]`` and
``polydata.cell_data[name]`` return the data array itself (a NumPy-compatible
VTKAOSArray/VTKSOAArray) with ``dataset`` set to the poly data and
``association`` to ``vtkDataObject.POINT``/``CELL``; results of arithmetic on it
carry both (vtkbuf._ndarray). Also ``vtkDataSetAttributes.SetNumberOfTuples``
and the association constants of ``vtkDataObject``."""
from . import _vtkbuf as _c


class vtkDataObject:
    """VTK's vtkDataObject::AttributeTypes (association) values. A holder of
    constants: vtkbuf's data objects do not derive from it."""

    POINT = 0
    CELL = 1
    FIELD = 2
    POINT_THEN_CELL = 3
    VERTEX = 4
    EDGE = 5
    ROW = 6
    NUMBER_OF_ATTRIBUTE_TYPES = 7


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


def _set_number_of_tuples(self, n):
    """vtkFieldData::SetNumberOfTuples: every array gets n tuples."""
    for i in range(self.GetNumberOfArrays()):
        self.GetArray(i).SetNumberOfTuples(n)


def _install():
    _c._set_type_attr(_c.vtkPolyData, "point_data", property(
        lambda self: _Attributes(self.GetPointData(), self, vtkDataObject.POINT),
        doc="point arrays by name (VTK 9.7's data model)"))
    _c._set_type_attr(_c.vtkPolyData, "cell_data", property(
        lambda self: _Attributes(self.GetCellData(), self, vtkDataObject.CELL),
        doc="cell arrays by name (VTK 9.7's data model)"))
    for name in ("POINT", "CELL", "FIELD"):
        _c._set_type_attr(_c.vtkPolyData, name, getattr(vtkDataObject, name))
    _c._set_type_attr(_c.vtkDataSetAttributes, "SetNumberOfTuples", _set_number_of_tuples)


_install()

"""What VTK 9.7's Python adds to composite data sets, over the C extension's
classes: the information keys (``vtkCompositeDataSet.NAME()``, ...) and
``append``. (``for block in composite``, the non-empty leaves, is the C
extension's: a ``NewIterator()``, itself a Python iterator.)

vtkInformation is reduced to what composite metadata uses: string and integer
keys (see src/vb_information.h); the keys are the objects below, one per
(location, name), so ``NAME() is NAME()`` as in VTK."""
from . import _vtkbuf as _c


class vtkInformationKey:
    """A key of a vtkInformation: its name, its location (the class defining it)."""

    _vb_kind = "s"
    _keys = {}

    def __new__(cls, name, location):
        k = cls._keys.get((name, location))
        if k is None:
            k = super().__new__(cls)
            k._name, k._location = name, location
            k._vb_key = f"{location}::{name}"
            cls._keys[(name, location)] = k
        return k

    def GetName(self):
        return self._name

    def GetLocation(self):
        return self._location

    def GetClassName(self):
        return type(self).__name__

    def Set(self, info, value):
        info.Set(self, value)

    def Get(self, info):
        return info.Get(self)

    def Has(self, info):
        return info.Has(self)

    def Remove(self, info):
        info.Remove(self)

    def __repr__(self):
        return f"<{type(self).__name__} {self._location}::{self._name}>"


class vtkInformationStringKey(vtkInformationKey):
    _vb_kind = "s"


class vtkInformationIntegerKey(vtkInformationKey):
    _vb_kind = "i"


_KEYS = {
    "NAME": vtkInformationStringKey("NAME", "vtkCompositeDataSet"),
    "CURRENT_PROCESS_CAN_LOAD_BLOCK": vtkInformationIntegerKey("CURRENT_PROCESS_CAN_LOAD_BLOCK",
                                                               "vtkCompositeDataSet"),
}
for _name, _key in _KEYS.items():
    _c._set_type_attr(_c.vtkCompositeDataSet, _name, staticmethod(lambda _k=_key: _k))


def _options():
    """vtkDataObjectTreeIterator's Get/Set<Option>, <Option>On/Off over _option(k[, on])"""
    for k, name in enumerate(("SkipEmptyNodes", "VisitOnlyLeaves", "TraverseSubTree", "Reverse")):
        cls = _c.vtkCompositeDataIterator if k in (0, 3) else _c.vtkDataObjectTreeIterator
        _c._set_type_attr(cls, "Get" + name, lambda self, _k=k: self._option(_k))
        if k < 3:
            _c._set_type_attr(cls, "Set" + name, lambda self, on, _k=k: self._option(_k, on))
            _c._set_type_attr(cls, name + "On", lambda self, _k=k: self._option(_k, 1))
            _c._set_type_attr(cls, name + "Off", lambda self, _k=k: self._option(_k, 0))


_options()


def _leaf_data(assoc):
    """VTK 9.7's point_data / cell_data / field_data of a composite: the leaves'
    arrays by name (dataset_adapter's CompositeDataSetAttributes: VTKCompositeDataArray
    where VTK's data_model gives a VTKPartitionedArray). Setting a name gives every leaf
    the value as it is (a scalar: one value), a composite array its chunks, as VTK's."""
    def get(self):
        from . import dataset_adapter as dsa

        class LeafData(dsa.CompositeDataSetAttributes):
            def __setitem__(self, name, narray):
                if narray is dsa.NoneArray:
                    return
                leaves = list(self.DataSet)
                chunks = narray.Arrays if isinstance(narray, dsa.VTKCompositeDataArray) else \
                    [__import__("numpy").atleast_1d(narray)] * len(leaves)
                for ds, a in zip(leaves, chunks):
                    if a is not dsa.NoneArray:
                        ds.GetAttributes(self.Association).VTKObject.AddArray(dsa.numpyTovtkDataArray(a, name))
                if leaves and name not in self.ArrayNames:
                    self.ArrayNames.append(name)
        return LeafData(dsa.WrapDataObject(self), assoc)
    return property(get)


for _name, _assoc in (("point_data", 0), ("cell_data", 1), ("field_data", 2)):
    _c._set_type_attr(_c.vtkCompositeDataSet, _name, _leaf_data(_assoc))
_c._set_type_attr(_c.vtkCompositeDataSet, "get_attributes", lambda self, t: _leaf_data(t).fget(self))
_c._set_type_attr(_c.vtkCompositeDataSet, "points", property(
    lambda self: __import__("vtkbuf.dataset_adapter").dataset_adapter.WrapDataObject(self).Points))
_c._set_type_attr(_c.vtkPartitionedDataSet, "append",
                  lambda self, ds: self.SetPartition(self.GetNumberOfPartitions(), ds))
_c._set_type_attr(_c.vtkPartitionedDataSetCollection, "append",
                  lambda self, ds: self.SetPartitionedDataSet(self.GetNumberOfPartitionedDataSets(), ds))

__all__ = ["vtkInformationKey", "vtkInformationStringKey", "vtkInformationIntegerKey"]

"""vtkImageData's scalar helpers (VTK 9.7.1's names), over the point scalars and the
core's ComputePointId: GetScalarIndex, GetScalarComponentAsDouble/Float,
SetScalarComponentFromDouble/Float, GetScalarPointer, GetScalarSize,
GetIncrements, GetScalarTypeMin/Max. Outside the extent (or without scalars) VTK
prints an error and answers -1 / 0.0 / nothing: so does vtkbuf (without the print)."""
from . import _vtkbuf as _c


def _ijk(args, what):
    v = args[0] if len(args) == 1 else args
    v = [int(x) for x in v]
    if len(v) != 3:
        raise TypeError(f"{what}(): expected i, j, k or [i, j, k]")
    return v


def _index(img, ijk):
    """point id of ijk (extent coordinates), -1 outside or without scalars"""
    e = img.GetExtent()
    if img.GetPointData().GetScalars() is None or \
            any(not e[2 * c] <= ijk[c] <= e[2 * c + 1] for c in range(3)):
        return -1
    return img.ComputePointId(ijk)


def GetScalarIndex(self, *args):
    return _index(self, _ijk(args, "GetScalarIndex"))


def GetScalarComponentAsDouble(self, i, j, k, comp):
    s = self.GetPointData().GetScalars()
    pid = _index(self, [i, j, k])
    return 0.0 if pid < 0 or not 0 <= comp < s.GetNumberOfComponents() else s.GetComponent(pid, comp)


def SetScalarComponentFromDouble(self, i, j, k, comp, value):
    s = self.GetPointData().GetScalars()
    pid = _index(self, [i, j, k])
    if pid >= 0 and 0 <= comp < s.GetNumberOfComponents():
        s.SetComponent(pid, comp, value)


def GetScalarPointer(self, *args):
    s = self.GetPointData().GetScalars()
    if s is None:
        return None
    if not args:
        return s.GetVoidPointer(0)
    pid = _index(self, _ijk(args, "GetScalarPointer"))
    return None if pid < 0 else s.GetVoidPointer(pid * s.GetNumberOfComponents())


def GetScalarSize(self):
    s = self.GetPointData().GetScalars()
    return 8 if s is None else s.GetDataTypeSize()


def GetIncrements(self):
    s = self.GetPointData().GetScalars()
    nc = 1 if s is None else s.GetNumberOfComponents()
    d = self.GetDimensions()
    return (nc, nc * d[0], nc * d[0] * d[1])


def _type_range(self, k):
    s = self.GetPointData().GetScalars()
    if s is None:
        return (-1e299, 1e299)[k]
    return float(s.GetDataTypeMax() if k else s.GetDataTypeMin())


def _install():
    for name, fn in (("GetScalarIndex", GetScalarIndex), ("GetScalarComponentAsDouble", GetScalarComponentAsDouble),
                     ("GetScalarComponentAsFloat", GetScalarComponentAsDouble),
                     ("SetScalarComponentFromDouble", SetScalarComponentFromDouble),
                     ("SetScalarComponentFromFloat", SetScalarComponentFromDouble),
                     ("GetScalarPointer", GetScalarPointer), ("GetScalarSize", GetScalarSize),
                     ("GetIncrements", GetIncrements),
                     ("GetScalarTypeMin", lambda self: _type_range(self, 0)),
                     ("GetScalarTypeMax", lambda self: _type_range(self, 1))):
        _c._set_type_attr(_c.vtkImageData, name, fn)


_install()

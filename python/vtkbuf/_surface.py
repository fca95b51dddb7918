"""vtkGeometryFilter / vtkDataSetSurfaceFilter: PassThroughPointIds (0) and
PassThroughCellIds (1) over the core's _pass(which[, on])."""
from . import _vtkbuf as _c

for _cls in (_c.vtkGeometryFilter, _c.vtkDataSetSurfaceFilter):
    for _k, _n in enumerate(("PassThroughPointIds", "PassThroughCellIds")):
        _c._set_type_attr(_cls, "Set" + _n, lambda self, on, _k=_k: self._pass(_k, on))
        _c._set_type_attr(_cls, "Get" + _n, lambda self, _k=_k: self._pass(_k))
        _c._set_type_attr(_cls, _n + "On", lambda self, _k=_k: self._pass(_k, 1))
        _c._set_type_attr(_cls, _n + "Off", lambda self, _k=_k: self._pass(_k, 0))
    _c._set_type_attr(_cls, "GetOriginalPointIdsName", lambda self: "vtkOriginalPointIds")
    _c._set_type_attr(_cls, "GetOriginalCellIdsName", lambda self: "vtkOriginalCellIds")

"""What the view draws: a data set's surface as flat arrays (numpy), and its colours."""
import numpy as np

import vtkbuf

CELLS = ("verts", "lines", "polys", "strips")


def surface(obj):
    """The polydata the view draws: obj itself, or its outer surface (vtkGeometryFilter)."""
    if isinstance(obj, vtkbuf.vtkPolyData):
        return obj
    if not isinstance(obj, vtkbuf.vtkDataSet):
        raise TypeError(f"show: expected a vtkbuf data set, got {type(obj).__name__}")
    if not hasattr(vtkbuf, "vtkGeometryFilter"):
        raise TypeError(f"show: a {obj.GetClassName()} needs the surface filter (vtkGeometryFilter), not in this vtkbuf")
    f = vtkbuf.vtkGeometryFilter()
    f.SetInputData(obj)
    f.Update()
    return f.GetOutput()


def legacy(ca):
    """A cell array in VTK's legacy layout (n, id0, ..., n, ...) as uint32 (the core's export)."""
    out = vtkbuf.vtkTypeUInt32Array()
    if ca.GetNumberOfCells():
        ca.ExportLegacyFormat(out)
    return np.asarray(out).copy()


def pick(pd, scalars=None, association=None):
    """(values as float32 or None, name, 'point'|'cell', range): the named array or the
    active scalars (point data first, as VTK's mappers); vectors by their magnitude."""
    places = [("point", pd.GetPointData()), ("cell", pd.GetCellData())]
    if association is not None:
        if association not in ("point", "cell"):
            raise ValueError(f"show: association is 'point' or 'cell', got {association!r}")
        places = [p for p in places if p[0] == association]
    for where, fd in places:
        arr = fd.GetScalars() if scalars is None else fd.GetArray(scalars)
        if arr is None:
            continue
        v = np.asarray(arr, dtype=np.float64).reshape(arr.GetNumberOfTuples(), -1)
        v = v[:, 0] if v.shape[1] == 1 else np.sqrt((v * v).sum(axis=1))
        lo, hi = arr.GetRange(0 if arr.GetNumberOfComponents() == 1 else -1)
        return v.astype(np.float32), arr.GetName() or "", where, (float(lo), float(hi))
    if scalars is not None:
        raise ValueError(f"show: no {association or 'point or cell'} array named {scalars!r}")
    return None, "", "point", (0.0, 1.0)


def lookup_table(lo, hi, lut=None):
    """The vtkLookupTable the view colours with: lut, else VTK's default table over [lo, hi]."""
    if lut is None:
        lut = vtkbuf.vtkLookupTable()
        lut.SetTableRange(lo, hi)
    lut.Build()
    return lut


def table(lut):
    """A vtkLookupTable's colours as uint8 RGBA rows (the bytes VTK's table holds)."""
    rows = [lut.GetTableValue(i) for i in range(lut.GetNumberOfTableValues())]
    return np.floor(np.asarray(rows, dtype=np.float64) * 255 + 0.5).astype(np.uint8)


def colours(values, lo, hi, rows):
    """RGB rows for values through a table over [lo, hi] (VTK's linear index lookup)."""
    n = len(rows)
    scale = n / (hi - lo) if hi > lo else 0.0
    idx = np.clip(np.floor((np.asarray(values, dtype=np.float64) - lo) * scale), 0, n - 1).astype(int)
    return rows[idx, :3]

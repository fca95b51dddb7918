"""Cases of every kind for the I/O corpus, built the same way with VTK 9.7.1 (the
generator, gen_legacy.py) and with vtkbuf (tests/python/test_io_legacy.py):
``m`` is a module with VTK's class names (``vtk`` or ``vtkbuf``)."""
import math
import re

# VTK array classes and values that fit every type
TYPED = [
    ("vtkCharArray", [0, 1, -5, 127, -128]),
    ("vtkSignedCharArray", [0, -1, 100, -128, 127]),
    ("vtkUnsignedCharArray", [0, 1, 200, 255, 7]),
    ("vtkShortArray", [0, -32768, 32767, 12, -3]),
    ("vtkUnsignedShortArray", [0, 65535, 1, 300, 9]),
    ("vtkIntArray", [0, -2147483648, 2147483647, 5, -9]),
    ("vtkUnsignedIntArray", [0, 4294967295, 1, 70000, 3]),
    ("vtkLongArray", [0, -(2**31), 2**31 - 1, 5, -2]),  # long is 32-bit on wasm32
    ("vtkUnsignedLongArray", [0, 2**32 - 1, 1, 17, 8]),
    ("vtkLongLongArray", [0, -(2**63), 2**63 - 1, 4, -4]),
    ("vtkUnsignedLongLongArray", [0, 2**64 - 1, 1, 2**33, 6]),
    ("vtkIdTypeArray", [0, -7, 2**31 - 1, 4, 1]),
    ("vtkFloatArray", [0.0, 0.1, -1.5e-7, 3.4e38, 1e20]),
    ("vtkDoubleArray", [0.0, 1.0 / 3, -2.5e-300, 1.7e308, math.pi]),
]


def _points(m, n, dtype="Double"):
    p = m.vtkPoints()
    getattr(p, "SetDataTypeTo" + dtype)()
    for i in range(n):
        p.InsertNextPoint(i * 0.5, 1.0 / (i + 3), -i * 1.25)
    return p


def _cells(m, cells):
    ca = m.vtkCellArray()
    for c in cells:
        ca.InsertNextCell(len(c), c)
    return ca


def _arr(m, cls, name, ncomp, values, comp_names=()):
    a = getattr(m, cls)()
    if name is not None:
        a.SetName(name)
    a.SetNumberOfComponents(ncomp)
    a.SetNumberOfTuples(len(values) // ncomp)
    for i, v in enumerate(values):
        if cls == "vtkCharArray":  # its SetValue takes a character
            a.SetTuple1(i, v)
        else:
            a.SetValue(i, v)
    for k, cn in comp_names:
        a.SetComponentName(k, cn)
    return a


def empty(m):
    return m.vtkPolyData()


def points_only(m):
    pd = m.vtkPolyData()
    pd.SetPoints(_points(m, 5, "Float"))
    return pd


def all_cells(m):
    pd = m.vtkPolyData()
    pd.SetPoints(_points(m, 7))
    pd.SetVerts(_cells(m, [[0], [6, 5]]))
    pd.SetLines(_cells(m, [[0, 1], [1, 2, 3, 4]]))
    pd.SetPolys(_cells(m, [[0, 1, 2], [2, 3, 4, 5], [0, 2, 4, 6, 1]]))
    pd.SetStrips(_cells(m, [[0, 1, 2, 3, 4, 5]]))
    return pd


def attributes(m):
    """every attribute kind on points and cells, plus plain arrays"""
    pd = all_cells(m)
    n, nc = 7, 8
    pt, cd = pd.GetPointData(), pd.GetCellData()
    pt.SetScalars(_arr(m, "vtkFloatArray", "temperature", 1, [i * 1.1 for i in range(n)]))
    pt.SetVectors(_arr(m, "vtkDoubleArray", "velocity", 3, [i / 7.0 for i in range(3 * n)]))
    pt.SetNormals(_arr(m, "vtkFloatArray", "normals", 3, [(-1) ** i * 0.25 for i in range(3 * n)]))
    pt.SetTCoords(_arr(m, "vtkFloatArray", "uv", 2, [i / 13.0 for i in range(2 * n)]))
    pt.SetTensors(_arr(m, "vtkDoubleArray", "stress", 9, [i * 0.5 - 3 for i in range(9 * n)]))
    pt.SetGlobalIds(_arr(m, "vtkIdTypeArray", "gid", 1, list(range(100, 100 + n))))
    pt.AddArray(_arr(m, "vtkIntArray", "two comps", 2, list(range(2 * n)), [(0, "first"), (1, "second one")]))
    cd.SetScalars(_arr(m, "vtkDoubleArray", "pressure", 3, [i * 1e-3 for i in range(3 * nc)]))
    cd.SetVectors(_arr(m, "vtkFloatArray", None, 3, [float(i) for i in range(3 * nc)]))
    cd.SetTensors(_arr(m, "vtkFloatArray", "sym", 6, [float(i % 11) for i in range(6 * nc)]))
    cd.SetPedigreeIds(_arr(m, "vtkIntArray", "pid", 1, list(range(nc))))
    cd.AddArray(_arr(m, "vtkShortArray", "flags%x", 1, [i - 4 for i in range(nc)]))
    return pd


def colors(m):
    pd = all_cells(m)
    pd.GetPointData().SetScalars(_arr(m, "vtkUnsignedCharArray", "rgba", 4, [(i * 37) % 256 for i in range(28)]))
    pd.GetCellData().SetScalars(_arr(m, "vtkUnsignedCharArray", "grey", 1, [i * 30 for i in range(8)]))
    return pd


def typed_fields(m):
    """one field array per type, in the data set's field data and in point data"""
    pd = m.vtkPolyData()
    pd.SetPoints(_points(m, 5))
    pd.SetVerts(_cells(m, [[0], [1], [2], [3], [4]]))
    for cls, vals in TYPED:
        pd.GetFieldData().AddArray(_arr(m, cls, "f_" + cls, 1, vals))
        pd.GetPointData().AddArray(_arr(m, cls, "p_" + cls, 1, vals))
    bits = m.vtkBitArray()
    bits.SetName("bits")
    bits.SetNumberOfComponents(1)
    for i in range(5):
        bits.InsertNextValue(i % 2)
    pd.GetPointData().AddArray(bits)
    return pd


def empty_field(m):
    """a field array without tuples next to one with"""
    pd = points_only(m)
    pd.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "empty", 3, []))
    pd.GetFieldData().AddArray(_arr(m, "vtkIntArray", "one", 1, [7]))
    return pd


def typed_points(m, cls):
    pd = m.vtkPolyData()
    p = m.vtkPoints()
    p.SetData(_arr(m, cls, None, 3, [(v if i % 2 else 0) for i, v in enumerate(TYPED_BY[cls] * 3)][:15]))
    pd.SetPoints(p)
    pd.SetLines(_cells(m, [[0, 1, 2, 3, 4]]))
    return pd


TYPED_BY = dict(TYPED)


def many_values(m):
    """more than nine values a line, 300 points"""
    pd = m.vtkPolyData()
    pd.SetPoints(_points(m, 300, "Float"))
    pd.SetPolys(_cells(m, [[i, i + 1, i + 2] for i in range(0, 297, 3)]))
    # i / 7 is correctly rounded everywhere (math.sin is not: Pyodide's libm differs)
    pd.GetPointData().SetScalars(_arr(m, "vtkDoubleArray", "s", 1, [i / 7.0 - 20 for i in range(300)]))
    return pd


def special_values(m):
    pd = m.vtkPolyData()
    pd.SetPoints(_points(m, 4))
    pd.GetPointData().AddArray(_arr(m, "vtkDoubleArray", "d", 1, [float("inf"), float("-inf"), 1e-310, -0.0]))
    pd.GetPointData().AddArray(_arr(m, "vtkFloatArray", "f", 1, [float("inf"), -1e-40, 16777217.0, -0.0]))
    return pd


CASES = {
    "empty": empty, "points_only": points_only, "all_cells": all_cells, "attributes": attributes,
    "colors": colors, "typed_fields": typed_fields, "many_values": many_values,
    "special_values": special_values, "empty_field": empty_field,
}
for _cls in ("vtkFloatArray", "vtkDoubleArray", "vtkIntArray", "vtkShortArray", "vtkUnsignedCharArray",
             "vtkLongLongArray", "vtkIdTypeArray"):
    CASES["points_" + _cls[3:-5].lower()] = (lambda c: lambda m: typed_points(m, c))(_cls)

POLYDATA_CASES = tuple(CASES)  # the polydata ones (the XML writer corpus takes these)

# ---- the other kinds (vtkUnstructuredGrid, vtkImageData, vtkStructuredGrid,
# vtkRectilinearGrid, a FIELD-only vtkDataObject) ----
def _attach(m, ds, npts, ncells):
    """a point scalar, a cell vector and a field array on any data set"""
    if npts:
        ds.GetPointData().SetScalars(_arr(m, "vtkFloatArray", "ps", 1, [i * 0.75 - 1 for i in range(npts)]))
    if ncells:
        ds.GetCellData().SetVectors(_arr(m, "vtkDoubleArray", "cv", 3, [i / 3.0 for i in range(3 * ncells)]))
        ds.GetCellData().AddArray(_arr(m, "vtkIntArray", "cid", 1, list(range(ncells))))
    ds.GetFieldData().AddArray(_arr(m, "vtkShortArray", "tag", 2, [1, -2, 3, -4]))
    return ds


def ugrid_empty(m):
    return m.vtkUnstructuredGrid()


def ugrid_mixed(m):
    """linear cells of every dimension, 3-D and 2-D, in one grid"""
    g = m.vtkUnstructuredGrid()
    g.SetPoints(_points(m, 12))
    for t, ids in ((10, [0, 1, 2, 3]), (12, [0, 1, 2, 3, 4, 5, 6, 7]), (13, [0, 1, 2, 3, 4, 5]), (14, [0, 1, 2, 3, 4]),
                   (5, [8, 9, 10]), (9, [0, 2, 4, 6]), (3, [1, 11]), (1, [7]), (2, [3, 5, 9]), (7, [0, 1, 2, 3, 4])):
        g.InsertNextCell(t, len(ids), ids)
    return _attach(m, g, 12, 10)


def ugrid_polyhedra(m):
    """polyhedra (written as face streams) next to a tetrahedron"""
    g = m.vtkUnstructuredGrid()
    p = m.vtkPoints()
    for i in range(8):
        p.InsertNextPoint(i & 1, (i >> 1) & 1, i >> 2)
    g.SetPoints(p)
    for stream in ([4, 3, 0, 1, 2, 3, 0, 1, 4, 3, 0, 2, 4, 3, 1, 2, 4],
                   [6, 4, 0, 1, 3, 2, 4, 4, 5, 7, 6, 4, 0, 1, 5, 4, 4, 2, 3, 7, 6, 4, 0, 2, 6, 4, 4, 1, 3, 7, 5]):
        ids = m.vtkIdList()
        for v in stream:
            ids.InsertNextId(v)
        g.InsertNextCell(42, ids)
    g.InsertNextCell(10, 4, [0, 1, 2, 4])
    return _attach(m, g, 8, 3)


def image_empty(m):
    return m.vtkImageData()


def image_2d(m):
    im = m.vtkImageData()
    im.SetExtent(0, 3, 0, 2, 0, 0)
    im.SetSpacing(0.5, 0.25, 1)
    im.SetOrigin(1, 2, 3)
    return _attach(m, im, 12, 6)


def image_3d_extent(m):
    """a non-zero extent: VTK writes DIMENSIONS and moves the origin to its first point"""
    im = m.vtkImageData()
    im.SetExtent(2, 4, -1, 1, 3, 4)
    im.SetSpacing(1 / 3.0, 2, 0.1)
    im.SetOrigin(-1.5, 0.125, 7)
    return _attach(m, im, 18, 8)


def sgrid_empty(m):
    return m.vtkStructuredGrid()


def _sgrid(m, ext):
    g = m.vtkStructuredGrid()
    g.SetExtent(*ext)
    n = (ext[1] - ext[0] + 1) * (ext[3] - ext[2] + 1) * (ext[5] - ext[4] + 1)
    p = m.vtkPoints()
    for i in range(n):
        p.InsertNextPoint(i % 3 + 0.5, (i // 3) * 1.25, i * i / 16.0)
    g.SetPoints(p)
    return g


def sgrid_2d(m):
    g = _sgrid(m, (0, 2, 0, 1, 0, 0))
    return _attach(m, g, 6, 2)


def sgrid_3d_blank(m):
    """a non-zero extent and blanking (VTK writes its vtkGhostType arrays)"""
    g = _sgrid(m, (1, 2, 0, 2, 5, 6))
    g.BlankPoint(1)
    g.BlankCell(0)
    return g


def rgrid_empty(m):
    return m.vtkRectilinearGrid()


def rgrid_3d(m):
    """coordinates of three types"""
    g = m.vtkRectilinearGrid()
    g.SetDimensions(3, 2, 2)
    g.SetXCoordinates(_arr(m, "vtkDoubleArray", None, 1, [0.0, 0.5, 2.0]))
    g.SetYCoordinates(_arr(m, "vtkFloatArray", None, 1, [-1.0, 1.0]))
    g.SetZCoordinates(_arr(m, "vtkIntArray", None, 1, [3, 9]))
    return _attach(m, g, 12, 2)


def rgrid_2d_extent(m):
    g = m.vtkRectilinearGrid()
    g.SetExtent(4, 6, 1, 2, 0, 0)
    g.SetXCoordinates(_arr(m, "vtkDoubleArray", None, 1, [1.0, 1.5, 2.25]))
    g.SetYCoordinates(_arr(m, "vtkDoubleArray", None, 1, [0.0, 0.1]))
    g.SetZCoordinates(_arr(m, "vtkDoubleArray", None, 1, [0.0]))
    return _attach(m, g, 6, 2)


def field_only(m):
    d = m.vtkDataObject()
    for cls, vals in TYPED[::3]:
        d.GetFieldData().AddArray(_arr(m, cls, "f " + cls, 1, vals))
    d.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "xyz", 3, [0.5, 1, 2, 3, 4, 5.25], [(0, "x"), (2, "z")]))
    d.GetFieldData().AddArray(_strings(m, "words", 1, STRINGS[1:4]))
    return d


def _strings(m, name, ncomp, values, comp_names=()):
    a = m.vtkStringArray()
    a.SetName(name)
    a.SetNumberOfComponents(ncomp)
    for v in values:
        a.InsertNextValue(v)
    for k, cn in comp_names:
        a.SetComponentName(k, cn)
    return a


STRINGS = ["", "a b", "é\nx", "tab\there", '"q" 100%', "x" * 70, "∑ unicode ✓", "last"]


def strings(m):
    """string arrays: in the field data (two components, named), in point data;
    empty strings, %-encoded bytes, a 70-byte value (a 2-byte length in binary)"""
    pd = points_only(m)
    pd.GetFieldData().AddArray(_strings(m, "labels", 2, STRINGS, [(0, "key"), (1, "value")]))
    pd.GetPointData().AddArray(_strings(m, "names", 1, STRINGS[:5]))
    pd.GetPointData().SetScalars(_arr(m, "vtkFloatArray", "s", 1, [0.5, 1, 2, 3, 4]))
    return pd


def field_empty(m):
    return m.vtkDataObject()


for _f in (ugrid_empty, ugrid_mixed, ugrid_polyhedra, image_empty, image_2d, image_3d_extent, sgrid_empty, sgrid_2d,
           sgrid_3d_blank, rgrid_empty, rgrid_3d, rgrid_2d_extent, field_only, field_empty, strings):
    CASES[_f.__name__] = _f

def lookup_tables(m):
    """LOOKUP_TABLE sections (point and cell scalars with a vtkLookupTable): built
    with VTK only (vtkbuf has no vtkLookupTable: its reader parses them and drops them)"""
    pd = all_cells(m)
    for at, n in ((pd.GetPointData(), 7), (pd.GetCellData(), 8)):
        lut = m.vtkLookupTable()
        lut.SetNumberOfTableValues(n - 4)
        lut.Build()
        a = _arr(m, "vtkFloatArray", "lut%d" % n, 1, [i * 0.5 for i in range(n)])
        a.SetLookupTable(lut)
        at.SetScalars(a)
    return pd


# cases VTK writes that vtkbuf cannot build (read, not built, by the tests)
READ_ONLY = {"lookup_tables": lookup_tables}

# the legacy writer and reader of each class (VTK's names)
LEGACY = {"vtkPolyData": "PolyData", "vtkUnstructuredGrid": "UnstructuredGrid", "vtkImageData": "StructuredPoints",
          "vtkStructuredPoints": "StructuredPoints", "vtkStructuredGrid": "StructuredGrid",
          "vtkRectilinearGrid": "RectilinearGrid", "vtkDataObject": "DataObject"}


MODES = [(binary, version) for binary in (0, 1) for version in (42, 51)]


def modes(case):
    """vtkDataObjectWriter writes version 5.1 only (it has no SetFileVersion)"""
    return [md for md in MODES if md[1] == 51 or not case.startswith("field_")]


def file_name(case, binary, version):
    return "%s-%s-%d.vtk" % (case, "binary" if binary else "ascii", version)


def describe(pd):
    """structure and array bytes of a polydata, the same under VTK and vtkbuf"""
    import numpy as np

    def arr(a):
        if a is None:
            return None
        n = a.GetNumberOfTuples() * a.GetNumberOfComponents()
        if a.GetClassName() == "vtkStringArray":
            return {"class": "vtkStringArray", "name": a.GetName(), "ncomp": a.GetNumberOfComponents(),
                    "ntuples": a.GetNumberOfTuples(), "data": [a.GetValue(i) for i in range(n)],
                    "component_names": [a.GetComponentName(k) for k in range(a.GetNumberOfComponents())]
                    if a.HasAComponentName() else None}
        if a.GetClassName() == "vtkBitArray":
            vals = [a.GetValue(i) for i in range(n)]
            data = bytes(vals).hex()
        else:
            dt = {2: "i1", 15: "i1", 3: "u1", 4: "<i2", 5: "<u2", 6: "<i4", 7: "<u4", 8: "<i8", 9: "<u8",
                  16: "<i8", 17: "<u8", 12: "<i8", 10: "<f4", 11: "<f8"}[a.GetDataType()]
            big = dt[-2:] in ("i8", "u8")
            get = (lambda i: int(a.GetTuple1(i))) if a.GetDataType() == 2 else a.GetValue
            vals = [int(get(i)) if dt[-2] in "iu" else float(get(i)) for i in range(n)]
            data = np.array(vals, dtype=(object if big else dt)).astype(dt).tobytes().hex() if vals else ""
        cls = re.sub(r"^\d+(vtk[A-Za-z]+?)I.*E$", r"\1", a.GetClassName())  # VTK's implicit arrays: mangled
        return {"type": a.GetDataType(), "class": cls, "name": a.GetName(), "ncomp": a.GetNumberOfComponents(),
                "ntuples": a.GetNumberOfTuples(), "data": data,
                "component_names": [a.GetComponentName(k) for k in range(a.GetNumberOfComponents())]
                if a.HasAComponentName() else None}

    def attrs(at):
        return {"arrays": [arr(at.GetAbstractArray(i)) for i in range(at.GetNumberOfArrays())],
                "active": [at.IsArrayAnAttribute(i) for i in range(at.GetNumberOfArrays())]}

    def cells(ca):
        d = {"offsets": arr(ca.GetOffsetsArray()), "connectivity": arr(ca.GetConnectivityArray())}
        for v in d.values():
            del v["class"]  # VTK's is a template's mangled name
        return d

    d = {"class": pd.GetClassName().replace("vtkStructuredPoints", "vtkImageData"),
         "field_data": [arr(pd.GetFieldData().GetAbstractArray(i)) for i in range(pd.GetFieldData().GetNumberOfArrays())]}
    if d["class"] == "vtkDataObject":
        return d
    d.update({"point_data": attrs(pd.GetPointData()), "cell_data": attrs(pd.GetCellData()),
              "npoints": pd.GetNumberOfPoints(), "ncells": pd.GetNumberOfCells(),
              "cell_types": [pd.GetCellType(i) for i in range(pd.GetNumberOfCells())]})
    if hasattr(pd, "GetPoints"):
        pts = pd.GetPoints()
        d["points"] = arr(pts.GetData()) if pts is not None else None
    if d["class"] == "vtkPolyData":
        d.update({"verts": cells(pd.GetVerts()), "lines": cells(pd.GetLines()),
                  "polys": cells(pd.GetPolys()), "strips": cells(pd.GetStrips())})
    elif d["class"] == "vtkUnstructuredGrid":
        d["cells"] = cells(pd.GetCells()) if pd.GetCells() is not None else None
        f, fl = pd.GetPolyhedronFaces(), pd.GetPolyhedronFaceLocations()
        d["faces"] = [cells(f) if f is not None else None, cells(fl) if fl is not None else None]
    else:
        d["extent"] = list(pd.GetExtent())
    if d["class"] == "vtkImageData":
        d.update({"spacing": list(pd.GetSpacing()), "origin": list(pd.GetOrigin())})
    elif d["class"] == "vtkRectilinearGrid":
        d["coordinates"] = [arr(c) for c in (pd.GetXCoordinates(), pd.GetYCoordinates(), pd.GetZCoordinates())]
    return d

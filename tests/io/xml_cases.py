"""XML corpus cases (tests/io/gen_xml.py writes them with VTK 9.7.1; the tests read
them with vtkbuf): data set kinds x data modes, and describe(), the structure and
array bytes of what a reader made, the same under VTK and vtkbuf."""
import cases
from cases import _arr, _cells, _points


def ugrid(m):
    g = m.vtkUnstructuredGrid()
    g.SetPoints(_points(m, 9))
    g.InsertNextCell(10, 4, [0, 1, 2, 3])  # tetra
    g.InsertNextCell(5, 3, [4, 5, 6])  # triangle
    faces = m.vtkIdList()
    for v in [4, 3, 0, 1, 2, 3, 0, 1, 7, 3, 0, 2, 7, 3, 1, 2, 7]:
        faces.InsertNextId(v)
    g.InsertNextCell(42, faces)  # polyhedron (VTK_POLYHEDRON)
    g.InsertNextCell(3, 2, [7, 8])  # line
    g.GetPointData().SetScalars(_arr(m, "vtkFloatArray", "t", 1, [i * 0.75 for i in range(9)]))
    g.GetCellData().AddArray(_arr(m, "vtkIntArray", "id", 2, list(range(8)), [(1, "second")]))
    g.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "time", 1, [2.5]))
    return g


def ugrid_plain(m):
    g = m.vtkUnstructuredGrid()
    g.SetPoints(_points(m, 8, "Float"))
    g.InsertNextCell(12, 8, list(range(8)))  # hexahedron
    g.InsertNextCell(1, 1, [3])
    g.GetCellData().SetVectors(_arr(m, "vtkDoubleArray", "v", 3, [0.5, 1, 2, -3, 4, 5]))
    return g


def image(m):
    im = m.vtkImageData()
    im.SetExtent(1, 4, -1, 1, 0, 0)
    im.SetOrigin(0.5, -2, 3)
    im.SetSpacing(0.25, 1.5, 2)
    im.SetDirectionMatrix(0, -1, 0, 1, 0, 0, 0, 0, 1)
    im.GetPointData().SetScalars(_arr(m, "vtkUnsignedShortArray", "density", 1, [i * 97 % 65536 for i in range(12)]))
    im.GetCellData().AddArray(_arr(m, "vtkFloatArray", "c", 1, [i / 4.0 for i in range(6)]))
    return im


def rgrid(m):
    g = m.vtkRectilinearGrid()
    g.SetExtent(0, 2, 0, 1, 0, 2)
    g.SetXCoordinates(_arr(m, "vtkDoubleArray", "x", 1, [0, 0.5, 2]))
    g.SetYCoordinates(_arr(m, "vtkDoubleArray", "y", 1, [-1, 1]))
    g.SetZCoordinates(_arr(m, "vtkDoubleArray", "z", 1, [0, 1, 3]))
    g.GetPointData().AddArray(_arr(m, "vtkLongLongArray", "ll", 1, [i - 9 for i in range(18)]))
    return g


def sgrid(m):
    g = m.vtkStructuredGrid()
    g.SetExtent(0, 2, 0, 1, 0, 0)
    g.SetPoints(_points(m, 6))
    g.GetPointData().SetVectors(_arr(m, "vtkFloatArray", "w", 3, [i * 0.125 for i in range(18)]))
    return g


CASES = {
    "poly_attributes": cases.attributes, "poly_typed": cases.typed_fields, "poly_many": cases.many_values,
    "poly_empty": cases.empty, "ugrid": ugrid, "ugrid_plain": ugrid_plain, "image": image, "rgrid": rgrid,
    "sgrid": sgrid,
}
EXT = {"vtkPolyData": "vtp", "vtkUnstructuredGrid": "vtu", "vtkImageData": "vti", "vtkRectilinearGrid": "vtr",
       "vtkStructuredGrid": "vts"}
# (mode, compressor, header type, byte order); the zlib modes use 256-byte blocks
MODES = [("ascii", None, 32, "le"), ("binary", None, 32, "le"), ("binary", "zlib", 64, "le"),
         ("raw", None, 64, "le"), ("raw", "zlib", 32, "le"),
         ("appended", None, 32, "be"), ("appended", "zlib", 64, "le")]
# the big cases are written in fewer modes (the corpus stays small)
SMALL_MODES = [MODES[0], MODES[2], MODES[4]]


def modes_of(case):
    return SMALL_MODES if case in ("poly_many", "poly_typed", "poly_empty") else MODES


def file_name(case, mode, ext):
    data, comp, header, order = mode
    return "%s-%s-%s-%d-%s.%s" % (case, data, comp or "none", header, order, ext)


def describe(o):
    arr = cases_arr

    def attrs(at):
        return {"arrays": [arr(at.GetAbstractArray(i)) for i in range(at.GetNumberOfArrays())],
                "active": [at.IsArrayAnAttribute(i) for i in range(at.GetNumberOfArrays())]}

    def cells(ca):
        if ca is None:
            return None
        return {"offsets": arr(ca.GetOffsetsArray()), "connectivity": arr(ca.GetConnectivityArray())}

    fd = o.GetFieldData()
    d = {"class": o.GetClassName(), "npoints": o.GetNumberOfPoints(), "ncells": o.GetNumberOfCells(),
         "point_data": attrs(o.GetPointData()), "cell_data": attrs(o.GetCellData()),
         "field_data": [arr(fd.GetAbstractArray(i)) for i in range(fd.GetNumberOfArrays())]}
    if hasattr(o, "GetPoints") and not hasattr(o, "GetSpacing"):
        p = o.GetPoints()
        d["points"] = arr(p.GetData()) if p is not None else None
    if hasattr(o, "GetExtent"):
        d["extent"] = list(o.GetExtent())
    if d["class"] == "vtkPolyData":
        d.update(verts=cells(o.GetVerts()), lines=cells(o.GetLines()), polys=cells(o.GetPolys()),
                 strips=cells(o.GetStrips()))
    elif d["class"] == "vtkUnstructuredGrid":
        d.update(cells=cells(o.GetCells()), faces=cells(o.GetPolyhedronFaces()),
                 face_locations=cells(o.GetPolyhedronFaceLocations()),
                 types=[o.GetCellType(i) for i in range(o.GetNumberOfCells())])
    elif d["class"] == "vtkImageData":
        d.update(origin=list(o.GetOrigin()), spacing=list(o.GetSpacing()),
                 direction=_matrix(o.GetDirectionMatrix()))
    elif d["class"] == "vtkRectilinearGrid":
        d.update(coordinates=[arr(o.GetXCoordinates()), arr(o.GetYCoordinates()), arr(o.GetZCoordinates())])
    return d


def cases_arr(a):
    """an array's record (as cases.describe's, without the class: VTK's XML reader
    makes vtkTypeInt32Array, ...; the type id says the same)"""
    import numpy as np

    if a is None:
        return None
    n = a.GetNumberOfTuples() * a.GetNumberOfComponents()
    if a.GetDataType() == 1:
        data = bytes(a.GetValue(i) for i in range(n)).hex()
    else:
        dt = {2: "i1", 15: "i1", 3: "u1", 4: "<i2", 5: "<u2", 6: "<i4", 7: "<u4", 8: "<i8", 9: "<u8",
              16: "<i8", 17: "<u8", 12: "<i8", 10: "<f4", 11: "<f8"}[a.GetDataType()]
        get = (lambda i: int(a.GetTuple1(i))) if a.GetDataType() == 2 else a.GetValue
        vals = [int(get(i)) if dt[-2] in "iu" else float(get(i)) for i in range(n)]
        data = np.array(vals, dtype=(object if dt[-2:] in ("i8", "u8") else dt)).astype(dt).tobytes().hex() if vals else ""
    if len(data) > 256:
        import hashlib

        data = "sha256:" + hashlib.sha256(bytes.fromhex(data)).hexdigest()
    return {"type": a.GetDataType(), "name": a.GetName(), "ncomp": a.GetNumberOfComponents(),
            "ntuples": a.GetNumberOfTuples(), "data": data,
            "component_names": [a.GetComponentName(k) for k in range(a.GetNumberOfComponents())]
            if a.HasAComponentName() else None}


def _matrix(m):
    """vtkMatrix3x3 (VTK) or a 9-tuple (vtkbuf has no vtkMatrix3x3)"""
    return [float(v) for v in m] if isinstance(m, (tuple, list)) else [m.GetElement(i, j) for i in range(3) for j in range(3)]


def multiblock(m):
    mb = m.vtkMultiBlockDataSet()
    mb.SetBlock(0, ugrid(m))
    mb.GetMetaData(0).Set(m.vtkCompositeDataSet.NAME(), "grid & more")
    inner = m.vtkMultiBlockDataSet()
    inner.SetBlock(1, image(m))
    mb.SetBlock(1, inner)
    mb.SetBlock(2, None)
    mb.SetBlock(3, cases.all_cells(m))
    return mb


def collection(m):
    pc = m.vtkPartitionedDataSetCollection()
    p = m.vtkPartitionedDataSet()
    p.SetPartition(0, sgrid(m))
    p.SetPartition(1, rgrid(m))
    pc.SetPartitionedDataSet(0, p)
    pc.GetMetaData(0).Set(m.vtkCompositeDataSet.NAME(), "parts")
    return pc


COMPOSITES = {"multiblock": multiblock, "collection": collection}


def describe_composite(c):
    """the tree: names and, for leaves, class and counts"""
    if c is None:
        return None
    name = c.GetClassName()
    key = c.NAME() if hasattr(c, "NAME") else None

    def meta(i):
        return c.GetMetaData(i).Get(key) if c.HasMetaData(i) else None
    if name == "vtkMultiBlockDataSet":
        return {"class": name, "blocks": [[meta(i), describe_composite(c.GetBlock(i))] for i in range(c.GetNumberOfBlocks())]}
    if name == "vtkPartitionedDataSetCollection":
        return {"class": name, "blocks": [[meta(i), describe_composite(c.GetPartitionedDataSet(i))]
                                          for i in range(c.GetNumberOfPartitionedDataSets())]}
    if name == "vtkPartitionedDataSet":
        return {"class": name, "blocks": [[None, describe_composite(c.GetPartition(i))] for i in range(c.GetNumberOfPartitions())]}
    return {"class": name, "npoints": c.GetNumberOfPoints(), "ncells": c.GetNumberOfCells()}

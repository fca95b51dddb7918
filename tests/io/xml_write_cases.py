"""Cases for the XML writer corpus (xml_write_cases.py) (gen_xml_write.py, test_io_xml_write.py):
the polydata cases of cases.py and one or more of each other kind, built the
same way with VTK 9.7.1 and with vtkbuf (``m``: ``vtk`` or ``vtkbuf``)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import cases  # noqa: E402
from cases import _arr, _points  # noqa: E402


def ugrid(m):
    g = m.vtkUnstructuredGrid()
    g.SetPoints(_points(m, 9))
    g.InsertNextCell(10, 4, [0, 1, 2, 3])  # tetra
    g.InsertNextCell(5, 3, [4, 5, 6])  # triangle
    g.InsertNextCell(1, 1, [8])  # vertex
    g.GetPointData().SetScalars(_arr(m, "vtkFloatArray", "s", 1, [i * 0.75 for i in range(9)]))
    g.GetCellData().SetVectors(_arr(m, "vtkDoubleArray", "v", 3, [i / 3.0 for i in range(9)]))
    g.GetFieldData().AddArray(_arr(m, "vtkIntArray", "time", 1, [42]))
    return g


def ugrid_polyhedron(m):
    g = m.vtkUnstructuredGrid()
    g.SetPoints(_points(m, 8, "Float"))
    g.InsertNextCell(5, 3, [4, 5, 6])
    ids = m.vtkIdList()
    for v in [4, 3, 0, 1, 2, 3, 0, 1, 3, 3, 0, 2, 3, 3, 1, 2, 3]:
        ids.InsertNextId(v)
    g.InsertNextCell(42, ids)
    g.InsertNextCell(3, 2, [6, 7])
    return g


def ugrid_empty(m):
    return m.vtkUnstructuredGrid()


def image(m):
    im = m.vtkImageData()
    im.SetExtent(0, 2, 1, 3, 0, 1)
    im.SetSpacing(0.5, 1.0, 2.5)
    im.SetOrigin(0.1, 0.0, -1.0)
    im.GetPointData().SetScalars(_arr(m, "vtkFloatArray", "f", 1, [i * 0.1 for i in range(18)]))
    im.GetCellData().AddArray(_arr(m, "vtkUnsignedCharArray", "c", 3, [i * 10 for i in range(12)]))
    return im


def image_direction(m):
    im = m.vtkImageData()
    im.SetDimensions(3, 2, 1)
    im.SetDirectionMatrix(0, -1, 0, 1, 0, 0, 0, 0, 1)
    im.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "fd", 2, [1.5, -2.0]))
    return im


def rectilinear(m):
    g = m.vtkRectilinearGrid()
    g.SetDimensions(2, 3, 1)
    g.SetXCoordinates(_arr(m, "vtkDoubleArray", "x", 1, [0.0, 1.5]))
    g.SetYCoordinates(_arr(m, "vtkFloatArray", "y", 1, [0.0, 1.0, 3.0]))
    g.SetZCoordinates(_arr(m, "vtkDoubleArray", "z", 1, [0.0]))
    g.GetPointData().AddArray(_arr(m, "vtkIntArray", "i", 1, list(range(6))))
    return g


def structured(m):
    g = m.vtkStructuredGrid()
    g.SetDimensions(3, 2, 1)
    g.SetPoints(_points(m, 6))
    g.GetCellData().SetScalars(_arr(m, "vtkDoubleArray", "d", 1, [0.25, -0.5]))
    return g


def l2_wrap(m):
    """several components whose squares wrap past int64 (VTK: -nan, 11 and 12 digits)"""
    pd = m.vtkPolyData()
    pd.GetFieldData().AddArray(_arr(m, "vtkUnsignedIntArray", "u", 3, [4294967295, 1, 2, 3, 4, 5]))
    pd.GetFieldData().AddArray(_arr(m, "vtkLongLongArray", "l", 2, [3037000500, 0, -7, 1]))
    # VTK's ranges start at VTK_FLOAT_MAX (1e38) and VTK_DOUBLE_MAX (1e299), not infinity
    pd.GetFieldData().AddArray(_arr(m, "vtkFloatArray", "big", 1, [3.0e38, 2.0e38]))
    pd.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "huge", 1, [-1e300, -1.5e300]))
    return pd


def _ghosts(m, obj, point, cell):
    for at, n, on in ((obj.GetPointData(), obj.GetNumberOfPoints(), point),
                      (obj.GetCellData(), obj.GetNumberOfCells(), cell)):
        if on:
            at.AddArray(_arr(m, "vtkUnsignedCharArray", "vtkGhostType", 1, [i % 2 for i in range(n)]))
    return obj


CASES = {("vtp", k): cases.CASES[k] for k in cases.POLYDATA_CASES}
CASES.update({("vtu", "ugrid"): ugrid, ("vtu", "ugrid_polyhedron"): ugrid_polyhedron,
              ("vtu", "ugrid_empty"): ugrid_empty, ("vti", "image"): image,
              ("vti", "image_direction"): image_direction, ("vtr", "rectilinear"): rectilinear,
              ("vts", "structured"): structured,
              # ghost arrays: the file version (both for unstructured, either for structured)
              ("vtp", "ghosts_point"): lambda m: _ghosts(m, cases.all_cells(m), 1, 0),
              ("vtp", "ghosts_both"): lambda m: _ghosts(m, cases.all_cells(m), 1, 1),
              ("vtu", "ghosts_both"): lambda m: _ghosts(m, ugrid(m), 1, 1),
              ("vti", "ghosts_cell"): lambda m: _ghosts(m, image(m), 0, 1), ("vtp", "l2_wrap"): l2_wrap})
WRITERS = {"vtp": "vtkXMLPolyDataWriter", "vtu": "vtkXMLUnstructuredGridWriter", "vti": "vtkXMLImageDataWriter",
           "vtr": "vtkXMLRectilinearGridWriter", "vts": "vtkXMLStructuredGridWriter"}
# (data mode, encode appended, compressor, header type); ascii twice for the
# header line, appended twice for raw and base64
MODES = [(mode, enc, comp, hdr) for mode in ("Ascii", "Binary", "Appended") for enc in (1, 0)
         for comp in ("None", "ZLib") for hdr in (32, 64)
         if (mode == "Appended" or enc == 1) and (mode != "Ascii" or (comp == "None") == (hdr == 32))]


# cases written in a few modes only (the corpus stays small)
_FEW = {"many_values": (0, 4, 9), "l2_wrap": (0, 6), "ghosts_point": (0, 6), "ghosts_both": (0, 6), "ghosts_cell": (0, 6)}


def modes_of(name):
    return [MODES[i] for i in _FEW[name]] if name in _FEW else MODES


def mode_name(mode):
    m, enc, comp, hdr = mode
    return "%s%s-%s-%d" % (m.lower(), "" if enc or m != "Appended" else "raw", comp.lower(), hdr)


def configure(w, mode):
    m, enc, comp, hdr = mode
    getattr(w, "SetDataModeTo" + m)()
    w.SetEncodeAppendedData(enc)
    getattr(w, "SetCompressorTypeTo" + comp)()
    getattr(w, "SetHeaderTypeToUInt%d" % hdr)()


def random_polydata(m, seed):
    """a random polydata (points, lines, point and field arrays of every type and
    1-4 components, component names, scalars) and a random mode"""
    import random
    r = random.Random(seed)
    types = [c for c, _ in cases.TYPED] + ["vtkBitArray"]
    pd = m.vtkPolyData()
    n = r.randint(0, 6)
    p = m.vtkPoints()
    if r.random() < .5:
        p.SetDataTypeToDouble()
    for _ in range(n):
        p.InsertNextPoint(r.uniform(-1e3, 1e3), r.choice([0.0, 1e-7, 3.5, -2.25e10]), r.random())
    if n or r.random() < .5:
        pd.SetPoints(p)
    ca = m.vtkCellArray()
    for _ in range(r.randint(0, 3) if n else 0):
        ca.InsertNextCell(2, [r.randrange(n), r.randrange(n)])
    pd.SetLines(ca)
    for k in range(r.randint(0, 4)):
        cls = r.choice(types)
        nc = r.choice([1, 1, 2, 3, 4]) if cls != "vtkCharArray" else 1
        data = [r.choice(dict(cases.TYPED).get(cls, [0, 1])) for _ in range(n * nc)]
        if cls == "vtkBitArray":
            a = m.vtkBitArray()
            a.SetName("b%d" % k)
            a.SetNumberOfComponents(nc)
            for v in data:
                a.InsertNextValue(v)
        else:
            a = _arr(m, cls, "a%d" % k, nc, data)
        if r.random() < .3:
            a.SetComponentName(0, "c x")
        if k == 0 and r.random() < .5 and cls != "vtkBitArray":
            pd.GetPointData().SetScalars(a)
        else:
            pd.GetPointData().AddArray(a)
    if r.random() < .5:
        cls = r.choice(types[:-1])
        vals = [r.choice(dict(cases.TYPED)[cls]) for _ in range(r.randint(0, 3))]
        pd.GetFieldData().AddArray(_arr(m, cls, "f", 1, vals))
    return pd, r.choice(MODES)


RANDOM_SEEDS = 300


# ---- composite files (.vtm, .vtpc): the index plus one file per leaf ----
def _named(c, i, name):
    c.GetMetaData(i).Set(c.NAME(), name)


def multiblock(m):
    """nested blocks, names needing entities, null blocks, empty data sets (no file),
    an empty nested multiblock, a leaf of every kind, the root's field data"""
    mb = m.vtkMultiBlockDataSet()
    mb.SetBlock(0, cases.CASES["attributes"](m))
    _named(mb, 0, "first & <\"x\"> 'y' é")
    mb.SetBlock(1, None)
    inner = m.vtkMultiBlockDataSet()
    inner.SetBlock(0, ugrid(m))
    inner.SetBlock(1, m.vtkUnstructuredGrid())  # empty: no file
    inner.SetBlock(2, image(m))
    _named(inner, 2, "img")
    inner.SetBlock(3, m.vtkMultiBlockDataSet())  # an empty Block
    mb.SetBlock(2, inner)
    _named(mb, 2, "inner")
    mb.SetBlock(3, rectilinear(m))
    mb.SetBlock(4, structured(m))
    mb.SetBlock(5, field_only_polydata(m))  # no points nor cells: no file in a .vtm
    mb.GetFieldData().AddArray(_arr(m, "vtkIntArray", "time", 1, [42]))
    return mb


def multiblock_empty(m):
    return m.vtkMultiBlockDataSet()


def field_only_polydata(m):
    pd = m.vtkPolyData()
    pd.GetFieldData().AddArray(_arr(m, "vtkDoubleArray", "fd", 1, [1.5, 2.5]))
    return pd


def collection(m):
    """names (an empty named partitioned data set stays), an empty unnamed one is left
    out, null partitions keep their index, a field-only leaf gets a file"""
    c = m.vtkPartitionedDataSetCollection()
    p = m.vtkPartitionedDataSet()
    p.SetPartition(0, cases.CASES["all_cells"](m))
    p.SetPartition(1, field_only_polydata(m))
    c.SetPartitionedDataSet(0, p)
    _named(c, 0, "a&b")
    c.SetPartitionedDataSet(1, m.vtkPartitionedDataSet())
    c.SetPartitionedDataSet(2, m.vtkPartitionedDataSet())
    _named(c, 2, "empty but named")
    p = m.vtkPartitionedDataSet()
    p.SetPartition(0, image(m))
    p.SetPartition(1, None)
    p.SetPartition(2, ugrid(m))
    c.SetPartitionedDataSet(3, p)
    c.GetFieldData().AddArray(_arr(m, "vtkFloatArray", "f", 2, [0.5, -1.0]))
    return c


def collection_empty(m):
    c = m.vtkPartitionedDataSetCollection()
    c.SetPartitionedDataSet(0, m.vtkPartitionedDataSet())
    return c


COMPOSITE_CASES = {("vtm", "multiblock"): multiblock, ("vtm", "multiblock_empty"): multiblock_empty,
                   ("vtpc", "collection"): collection, ("vtpc", "collection_empty"): collection_empty}
COMPOSITE_WRITERS = {"vtm": "vtkXMLMultiBlockDataWriter", "vtpc": "vtkXMLPartitionedDataSetCollectionWriter"}
# ascii, binary zlib 64, appended base64 zlib, appended raw no compression
COMPOSITE_MODES = [MODES[i] for i in (0, 4, 9)] + [m for m in MODES if m[:3] == ("Appended", 0, "None")][:1]


def composite_files(root):
    """{path relative to root: bytes} of every file under root"""
    out = {}
    for d, _, fs in os.walk(root):
        for f in fs:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root).replace(os.sep, "/")] = fh.read()
    return out

"""Legacy .vtk files against VTK 9.7.1: the corpus tests/data/io/legacy (written and
read back by VTK, tests/io/gen_legacy.py) read by vtkbuf to the same structure and
array bytes; vtkbuf writes the same bytes as VTK; bad files raise ValueError naming
the position."""
import hashlib
import json
import os
import sys

import pytest

import vtkbuf

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(HERE, "..", "data", "io", "legacy")
sys.path.insert(0, os.path.join(HERE, "..", "io"))
import cases  # noqa: E402

with open(os.path.join(CORPUS, "expected.json")) as _f:
    EXPECTED = json.load(_f)
FILES = sorted(EXPECTED)


def _bytes(fn):
    with open(os.path.join(CORPUS, fn), "rb") as f:
        return f.read()


def _mode(fn):
    _, kind, ver = fn[:-4].rsplit("-", 2)
    return kind == "binary", int(ver)


def _vtkbuf_classes(d):
    """VTK's reader makes vtkTypeInt64Array / vtkTypeUInt64Array for vtktypeint64 /
    vtktypeuint64; vtkbuf's vtkTypeInt64Array is its vtkLongLongArray (same type id)"""
    names = {"vtkTypeInt64Array": "vtkLongLongArray", "vtkTypeUInt64Array": "vtkUnsignedLongLongArray"}
    if isinstance(d, dict):
        return {k: (names.get(v, v) if k == "class" else _vtkbuf_classes(v)) for k, v in d.items()}
    if isinstance(d, list):
        return [_vtkbuf_classes(v) for v in d]
    return d


def test_corpus_counts():
    assert len(FILES) == sum(len(cases.modes(c)) for c in list(cases.CASES) + list(cases.READ_ONLY))
    assert sorted(f for f in os.listdir(CORPUS) if f.endswith(".vtk")) == FILES


@pytest.mark.parametrize("fn", FILES)
def test_read_as_vtk(fn):
    kind = cases.LEGACY[EXPECTED[fn]["class"]]
    r = getattr(vtkbuf, "vtk%sReader" % kind)()
    r.SetFileName(os.path.join(CORPUS, fn))
    r.Update()
    got = cases.describe(r.GetOutput())
    exp = dict(EXPECTED[fn])
    del exp["rewrite_sha256"], exp["rewrite_same"]
    assert got == _vtkbuf_classes(exp)
    binary, version = _mode(fn)
    assert r.GetFileVersion() == version
    assert r.GetFileType() == (2 if binary else 1)
    assert r.GetHeader() == "vtk output"


@pytest.mark.parametrize("fn", FILES)
def test_read_then_write_gives_vtks_bytes(fn):
    binary, version = _mode(fn)
    data = _bytes(fn)
    obj = vtkbuf.read(data)
    out = vtkbuf.write(obj, None, binary=binary, version=version)
    assert hashlib.sha256(out).hexdigest() == EXPECTED[fn]["rewrite_sha256"]  # what VTK writes for what it read
    assert (out == data) == EXPECTED[fn]["rewrite_same"]  # see gen_legacy.py


@pytest.mark.parametrize("case,binary,version", [(c,) + md for c in sorted(cases.CASES) for md in cases.modes(c)])
def test_built_by_vtkbuf_writes_vtks_bytes(case, binary, version):
    """the same construction in vtkbuf, written by its kind's writer (vtkPolyDataWriter, ...),
    is byte for byte VTK's file"""
    pd = cases.CASES[case](vtkbuf)
    w = getattr(vtkbuf, "vtk%sWriter" % cases.LEGACY[pd.GetClassName()])()
    w.SetInputData(pd)
    w.SetFileVersion(version)
    if binary:
        w.SetFileTypeToBinary()
    w.WriteToOutputStringOn()
    assert w.Write() == 1
    out = w.GetOutputStdString()
    assert (out if isinstance(out, bytes) else out.encode()) == _bytes(cases.file_name(case, binary, version))


def test_reader_string_and_file_round_trip(tmp_path):
    pd = cases.attributes(vtkbuf)
    path = tmp_path / "a.vtk"
    vtkbuf.write(pd, path, binary=True)
    r = vtkbuf.vtkPolyDataReader()
    out = r.GetOutput()  # the same object before and after Update (VTK)
    r.SetFileName(str(path))
    r.Update()
    assert r.GetOutput() is out and out.GetNumberOfCells() == 8
    assert cases.describe(out) == cases.describe(vtkbuf.read(str(path)))
    r2 = vtkbuf.vtkPolyDataReader()
    r2.ReadFromInputStringOn()
    r2.SetBinaryInputString(path.read_bytes(), len(path.read_bytes()))
    r2.Update()
    assert cases.describe(r2.GetOutput()) == cases.describe(out)
    assert r2.GetFileType() == 2 and r2.GetFileVersion() == 51


def test_compat_module():
    import vtkmodules.vtkIOLegacy as m
    for kind in set(cases.LEGACY.values()) | {"DataSet"}:
        for end in ("Reader", "Writer"):
            assert getattr(m, "vtk" + kind + end) is getattr(vtkbuf, "vtk" + kind + end)
    from vtkmodules.vtkIOLegacy import vtkPolyDataReader, vtkPolyDataWriter
    assert vtkPolyDataReader is vtkbuf.vtkPolyDataReader and vtkPolyDataWriter is vtkbuf.vtkPolyDataWriter
    w = vtkPolyDataWriter()
    assert (w.GetFileVersion(), w.GetFileType(), w.GetHeader(), w.GetFieldDataName()) == (51, 1, "vtk output", "FieldData")


def test_read_all_scalars():
    text = (b"# vtk DataFile Version 5.1\nt\nASCII\nDATASET POLYDATA\nPOINTS 2 float\n0 0 0 1 1 1\n"
            b"POINT_DATA 2\nSCALARS a int\nLOOKUP_TABLE default\n1 2\nSCALARS b int\nLOOKUP_TABLE default\n3 4\n")
    r = vtkbuf.vtkPolyDataReader()
    r.ReadFromInputStringOn()
    r.SetInputString(text)
    r.Update()
    assert r.GetOutput().GetPointData().GetNumberOfArrays() == 1  # VTK drops the second
    r.ReadAllScalarsOn()
    r.Update()
    pd = r.GetOutput().GetPointData()
    assert pd.GetNumberOfArrays() == 2 and pd.GetScalars().GetName() == "a"


HEAD = b"# vtk DataFile Version 5.1\nt\n"
BAD = [
    (b"", "not a legacy VTK file"),
    (b"# vtk DataFile Version 5.1\n", "title"),
    (HEAD + b"TEXT\n", "ASCII or BINARY"),
    (HEAD + b"ASCII\nDATASET HYPERTREE_GRID\n", "unknown data set kind"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 3 float\n0 0 0 1 1 1\n", "line 5"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1000000000000 float\n0 0 0\n", "cannot fit"),
    (HEAD + b"BINARY\nDATASET POLYDATA\nPOINTS 2 double\n\0\0\0\0", "need 48 bytes"),
    (HEAD + b"BINARY\nDATASET POLYDATA\nPOINTS 4611686018427387904 double\n", "tuples"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 9223372036854775807 double\n", "tuples"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 x\n", "'x' is not a number"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 0\nPOINT_DATA 2\n", "POINT_DATA 2"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 0\nVERTICES 2 1\nOFFSETS vtktypeint64\n0 5\n"
     b"CONNECTIVITY vtktypeint64\n0\n", "bad cell offsets"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 0\nVERTICES 2 1\nOFFSETS vtktypeint64\n0 1\n"
     b"CONNECTIVITY vtktypeint64\n3\n", "point 3 of 1"),
    (b"# vtk DataFile Version 4.2\nt\nASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 0\nPOLYGONS 1 4\n7 0 0 0\n",
     "bad cell list"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 unsigned_char\n0 0 300\n", "300 does not fit"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 quaternion\n0 0 0\n", "unknown data type"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 0\nPOINT_DATA 1\nSCALARS s string\nLOOKUP_TABLE default\nabc\n",
     "string arrays are read in FIELD sections only"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nFIELD FieldData 1\ns 1 2 string\nabc\n", "the file ends in a string array"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nFIELD FieldData 1\ns 1 9 string\nabc\n", "9 strings cannot fit"),
    (HEAD + b"BINARY\nDATASET POLYDATA\nFIELD FieldData 1\ns 1 1 string\n\xc5abc\n", "string 0 does not fit"),
    (HEAD + b"BINARY\nDATASET POLYDATA\nFIELD FieldData 1\ns 1 2 string\n\x00\xff\xff\xff\xff\xff\xff\xff\n",
     "string 0 does not fit"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nFIELD FieldData 1\nv 1 1 variant\n6 1\n", "variant arrays are not read yet"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nGARBAGE\n", "unknown keyword 'GARBAGE'"),
    (HEAD + b"ASCII\nDATASET POLYDATA\nPOINTS " + b"9" * 300 + b"\n", "longer than 255"),
    # the other kinds
    (HEAD + b"ASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 2 1\nOFFSETS vtktypeint64\n0 1\n"
     b"CONNECTIVITY vtktypeint64\n0\nCELL_TYPES 1\n99\n", "type 99, which is no VTK cell type"),
    (HEAD + b"ASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 2 1\nOFFSETS vtktypeint64\n0 1\n"
     b"CONNECTIVITY vtktypeint64\n0\nCELL_TYPES 2\n1 1\n", "2 cell types for 1 cells"),
    (HEAD + b"ASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 2 1\nOFFSETS vtktypeint64\n0 1\n"
     b"CONNECTIVITY vtktypeint64\n0\n", "CELLS without CELL_TYPES"),
    (HEAD + b"ASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 2 1\nOFFSETS vtktypeint64\n0 1\n"
     b"CONNECTIVITY vtktypeint64\n5\nCELL_TYPES 1\n1\n", "point 5 of 1"),
    (b"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\n"
     b"CELLS 1 6\n5 1 3 0 1 7\nCELL_TYPES 1\n42\n", "point 7 of 3"),  # a polyhedron's face past the points
    (b"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\n"
     b"CELLS 1 6\n5 2 3 0 1 2\nCELL_TYPES 1\n42\n", "face stream does not fill"),  # a face stream past its cell
    # a polyhedron without faces, or with values after its faces (found by fuzz_legacy: written back, it
    # could not be read)
    (b"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\n"
     b"CELLS 1 5\n4 0 3 0 1\nCELL_TYPES 1\n42\n", "cell 0: a polyhedron whose face stream does not fill its cell"),
    (b"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 3 float\n0 0 0 1 0 0 0 1 0\n"
     b"CELLS 1 7\n6 1 3 0 1 2 2\nCELL_TYPES 1\n42\n", "face stream does not fill"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2147483647 2147483647 2147483647\n", "more than can be counted"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2 -2 1\n", "out of range"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nEXTENT -2147483648 2147483647 0 2147483647 0 3\n", "more than can be counted"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 1\nSPACING 1 x 1\n", "'x' is not a number"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 1\nPOINT_DATA 5\n", "POINT_DATA 5, but the data set has 4"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 2 2 1\nPOINTS 4 float\n", "unknown keyword 'POINTS'"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_GRID\nDIMENSIONS 2 2 1\nPOINTS 4 float\n0 0 0\n", "12 values cannot fit"),
    (HEAD + b"ASCII\nDATASET STRUCTURED_GRID\nDIMENSIONS 2 2 2\nCELL_DATA 2\n", "CELL_DATA 2, but the data set has 1"),
    (HEAD + b"BINARY\nDATASET RECTILINEAR_GRID\nDIMENSIONS 2 1 1\nX_COORDINATES 2 double\n\0\0", "need 16 bytes"),
    (HEAD + b"ASCII\nDATASET RECTILINEAR_GRID\nDIMENSIONS 2 1 1\nX_COORDINATES 1 bit\n1\n", "coordinates of type bit"),
    (HEAD + b"ASCII\nFIELD FieldData 1\nx 1 1 int\n3\nPOINTS 1 float\n", "'POINTS' after the field data"),
    (HEAD + b"ASCII\nFIELD FieldData 2\nx 1 1 int\n3\n", "the file ends"),
    (HEAD + b"ASCII\nPOINTS 1 float\n", "where DATASET or FIELD was expected"),
]


@pytest.mark.parametrize("data,message", BAD)
def test_bad_files(data, message):
    r = vtkbuf.vtkDataSetReader() if b"DATASET" in data else vtkbuf.vtkDataObjectReader()
    r.ReadFromInputStringOn()
    r.SetBinaryInputString(data, len(data))
    with pytest.raises(ValueError) as e:
        r.Update()
    assert message in str(e.value)
    if data.startswith(HEAD + b"A") or data.startswith(HEAD + b"B"):
        assert "line " in str(e.value) and "(byte " in str(e.value)


def test_truncated_corpus_files_never_crash():
    """every prefix of two files: an error or a (smaller) data set, nothing else"""
    for fn in ("attributes-binary-51.vtk", "attributes-ascii-42.vtk"):
        data = _bytes(fn)
        for n in range(0, len(data), 7):
            try:
                vtkbuf.read(data[:n])
            except ValueError as e:
                assert "line" in str(e) or "not a VTK file" in str(e)


def test_missing_file_is_oserror(tmp_path):
    with pytest.raises(OSError):
        vtkbuf.read(str(tmp_path / "nope.vtk"))
    r = vtkbuf.vtkPolyDataReader()
    r.SetFileName(str(tmp_path / "nope.vtk"))
    with pytest.raises(OSError):
        r.Update()


def test_write_errors():
    with pytest.raises(TypeError):
        vtkbuf.write(vtkbuf.vtkFloatArray(), None)
    with pytest.raises(ValueError):
        vtkbuf.write(vtkbuf.vtkPolyData(), None, version=50)
    with pytest.raises(ValueError):
        vtkbuf.write(vtkbuf.vtkPolyData(), "x.xyz")
    pd = cases.points_only(vtkbuf)
    short = vtkbuf.vtkFloatArray()
    short.SetName("short")
    short.SetNumberOfTuples(2)
    pd.GetPointData().SetScalars(short)
    with pytest.raises(ValueError, match="short"):
        vtkbuf.write(pd, None)


def test_long_values_and_the_platform_long():
    """a binary file's "long" values are 8 bytes (VTK on 64-bit Linux/macOS); a value
    past 32 bits reads where long has 64 bits and is an error where it has 32 (wasm32)"""
    big = (2**40).to_bytes(8, "big")
    data = (b"# vtk DataFile Version 5.1\nt\nBINARY\nDATASET POLYDATA\nPOINTS 1 float\n" + bytes(12) +
            b"\nPOINT_DATA 1\nFIELD FieldData 1\nL 1 1 long\n" + big + b"\n")
    if vtkbuf.vtkLongArray().GetDataTypeSize() == 8:
        pd = vtkbuf.read(data)
        assert pd.GetPointData().GetArray("L").GetValue(0) == 2**40
        assert vtkbuf.write(pd, None, binary=True) .endswith(big + b"\n")
    else:
        with pytest.raises(ValueError, match="does not fit this build's long"):
            vtkbuf.read(data)


@pytest.mark.parametrize("case", ["attributes", "ugrid_polyhedra", "image_3d_extent", "sgrid_3d_blank", "rgrid_3d"])
def test_data_set_reader_and_writer_every_kind(case):
    """vtkDataSetReader reads every kind, its Get<Kind>Output answers for the kind read
    only; vtkDataSetWriter writes each as the kind's own writer"""
    obj = cases.CASES[case](vtkbuf)
    kind = cases.LEGACY[obj.GetClassName()]
    data = vtkbuf.write(obj, None, binary=True)
    w = vtkbuf.vtkDataSetWriter()
    w.SetInputData(obj)
    w.SetFileTypeToBinary()
    w.WriteToOutputStringOn()
    w.Write()
    assert w.GetBinaryOutputString() == data
    r = vtkbuf.vtkDataSetReader()
    r.ReadFromInputStringOn()
    r.SetBinaryInputString(data, len(data))
    r.Update()
    assert r.GetOutput().GetClassName() == obj.GetClassName()
    for other in ("PolyData", "UnstructuredGrid", "StructuredPoints", "StructuredGrid", "RectilinearGrid"):
        assert (getattr(r, "Get%sOutput" % other)() is r.GetOutput()) == (other == kind)
    assert cases.describe(r.GetOutput()) == cases.describe(vtkbuf.read(data))


def test_readers_and_writers_keep_to_their_kind():
    field = vtkbuf.write(cases.field_only(vtkbuf), None)
    poly = vtkbuf.write(cases.all_cells(vtkbuf), None)
    r = vtkbuf.vtkDataObjectReader()
    r.ReadFromInputStringOn()
    r.SetInputString(field)
    r.Update()
    assert r.GetOutput().GetClassName() == "vtkDataObject" and r.GetOutput().GetFieldData().GetNumberOfArrays() == 7
    for reader, data in ((vtkbuf.vtkDataObjectReader(), poly), (vtkbuf.vtkDataSetReader(), field),
                         (vtkbuf.vtkUnstructuredGridReader(), poly)):
        reader.ReadFromInputStringOn()
        reader.SetInputString(data)
        with pytest.raises(ValueError, match="the file holds a"):
            reader.Update()
    for writer, obj in ((vtkbuf.vtkStructuredGridWriter(), vtkbuf.vtkImageData()),
                        (vtkbuf.vtkDataSetWriter(), vtkbuf.vtkDataObject())):
        writer.SetInputData(obj)
        writer.WriteToOutputStringOn()
        with pytest.raises(TypeError):
            writer.Write()


def test_long_strings_round_trip():
    """string lengths past 16383 bytes (a 4-byte length in binary files) and NULs"""
    pd = cases.points_only(vtkbuf)
    pd.GetFieldData().AddArray(cases._strings(vtkbuf, "long", 1, ["y" * 20000, "a\0b", "z" * 64]))
    for binary in (False, True):
        back = vtkbuf.read(vtkbuf.write(pd, None, binary=binary)).GetFieldData().GetAbstractArray(0)
        got = [back.GetValue(i) for i in range(3)]
        assert got == ["y" * 20000, "a\0b" if binary else "a", "z" * 64]  # ASCII: VTK writes up to the NUL


@pytest.mark.parametrize("case", ["image_3d_extent", "sgrid_3d_blank", "rgrid_2d_extent"])
def test_write_extent(case):
    """WriteExtentOn: EXTENT instead of DIMENSIONS (image data keep their origin); read back
    to the same extent, origin and bytes (VTK's output: tests/conformance io.legacy.*.write_extent)"""
    obj = cases.CASES[case](vtkbuf)
    w = getattr(vtkbuf, "vtk%sWriter" % cases.LEGACY[obj.GetClassName()])()
    w.SetInputData(obj)
    w.WriteExtentOn()
    w.WriteToOutputStringOn()
    w.Write()
    data = w.GetBinaryOutputString()
    assert b"\nEXTENT %d %d %d %d %d %d\n" % obj.GetExtent() in data and b"DIMENSIONS" not in data
    back = vtkbuf.read(data)
    assert back.GetExtent() == obj.GetExtent()
    if case.startswith("image"):  # SPACING is written with 6 digits (1/3 -> 0.333333), as VTK
        assert back.GetOrigin() == obj.GetOrigin() and back.GetSpacing()[0] == 0.333333
    else:
        assert vtkbuf.write(back, None) == vtkbuf.write(obj, None)

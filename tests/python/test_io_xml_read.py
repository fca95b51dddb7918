"""XML VTK files against VTK 9.7.1: the corpus tests/data/io/xml (written and read
back by VTK, tests/io/gen_xml.py) read by vtkbuf to the same structure and array
bytes; bad files raise ValueError naming the position."""
import json
import os
import sys
import zlib

import pytest

import vtkbuf

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(HERE, "..", "data", "io", "xml")
sys.path.insert(0, os.path.join(HERE, "..", "io"))
import xml_cases  # noqa: E402

with open(os.path.join(CORPUS, "expected.json")) as _f:
    EXPECTED = json.load(_f)
COMPOSITES = ["multiblock.vtm", "collection.vtpc"]
FILES = sorted(f for f in EXPECTED if f not in COMPOSITES)
READERS = {"vtp": vtkbuf.vtkXMLPolyDataReader, "vtu": vtkbuf.vtkXMLUnstructuredGridReader,
           "vti": vtkbuf.vtkXMLImageDataReader, "vtr": vtkbuf.vtkXMLRectilinearGridReader,
           "vts": vtkbuf.vtkXMLStructuredGridReader}


def _bytes(fn):
    with open(os.path.join(CORPUS, fn), "rb") as f:
        return f.read()


def test_corpus_counts():
    n = sum(len(xml_cases.modes_of(c)) for c in xml_cases.CASES)
    assert len(FILES) == n
    assert sorted(f for f in os.listdir(CORPUS) if "." in f and f != "expected.json") == sorted(FILES + COMPOSITES)


@pytest.mark.parametrize("fn", FILES)
def test_read_as_vtk(fn):
    r = READERS[fn.rsplit(".", 1)[1]]()
    r.SetFileName(os.path.join(CORPUS, fn))
    assert r.Update() == 1
    out = r.GetOutput()
    assert xml_cases.describe(out) == EXPECTED[fn]
    assert r.GetNumberOfPoints() == out.GetNumberOfPoints()
    assert r.GetNumberOfCells() == out.GetNumberOfCells()


@pytest.mark.parametrize("fn", [f for f in FILES if "-raw-none-" in f])
def test_arrays_outlive_reader_and_file(fn, tmp_path):
    """appended raw arrays may share the memory the file was read into: it stays theirs"""
    import gc
    p = tmp_path / fn
    p.write_bytes(_bytes(fn))
    r = READERS[fn.rsplit(".", 1)[1]]()
    r.SetFileName(str(p))
    r.Update()
    out = r.GetOutput()
    del r
    p.write_bytes(b"\0" * len(_bytes(fn)))
    p.unlink()
    gc.collect()
    assert xml_cases.describe(out) == EXPECTED[fn]


@pytest.mark.parametrize("fn", FILES[::5])
def test_generic_string_and_read(fn):
    data = _bytes(fn)
    r = vtkbuf.vtkXMLGenericDataObjectReader()
    r.ReadFromInputStringOn()
    r.SetInputString(data)
    r.Update()
    assert xml_cases.describe(r.GetOutput()) == EXPECTED[fn]
    assert xml_cases.describe(vtkbuf.read(data)) == EXPECTED[fn]
    assert xml_cases.describe(vtkbuf.read(os.path.join(CORPUS, fn))) == EXPECTED[fn]


def test_output_kept_across_updates():
    r = vtkbuf.vtkXMLPolyDataReader()
    r.SetFileName(os.path.join(CORPUS, "poly_attributes-ascii-none-32-le.vtp"))
    out = r.GetOutput()
    r.Update()
    assert r.GetOutput() is out and out.GetNumberOfPoints() == 7
    assert r.GetNumberOfPointArrays() == out.GetPointData().GetNumberOfArrays()
    assert r.GetPointArrayName(0) == "temperature"


def test_wrong_kind_and_missing_file():
    r = vtkbuf.vtkXMLImageDataReader()
    r.SetFileName(os.path.join(CORPUS, "ugrid-ascii-none-32-le.vtu"))
    with pytest.raises(ValueError, match="vtkUnstructuredGrid"):
        r.Update()
    r.SetFileName(os.path.join(CORPUS, "no such file.vti"))
    with pytest.raises(OSError):
        r.Update()


def _bad(data, match):
    with pytest.raises(ValueError, match=match):
        vtkbuf.read(data)


def test_bad_files_positioned():
    good = _bytes("ugrid-binary-none-32-le.vtu")
    _bad(good.replace(b'NumberOfPoints="9"', b'NumberOfPoints="90"'), r"line \d+ \(byte \d+\).*tuples")
    _bad(good.replace(b'type="UnstructuredGrid"', b'type="vtkHyperTreeGrid"', 1), "not read yet")
    z = _bytes("ugrid-binary-zlib-64-le.vtu")
    _bad(z.replace(b"vtkZLibDataCompressor", b"vtkLZ4DataCompressor"), "vtkLZ4DataCompressor")
    _bad(z.replace(b"vtkZLibDataCompressor", b"vtkLZMADataCompressor"), "vtkLZMADataCompressor")
    raw = _bytes("ugrid-raw-none-64-le.vtu")
    _bad(raw[:-40], r"line \d+ \(byte \d+\)")
    _bad(raw.replace(b'offset="0"', b'offset="99999999"', 1), "offset past the end")
    _bad(b"<VTKFile type='PolyData'>" + b"<a>" * 100, "nested deeper")
    # every prefix of a small file is an error or a data set, never a crash
    for k in range(0, len(raw), 7):
        try:
            vtkbuf.read(raw[:k])
        except ValueError:
            pass


def test_zlib_bomb_refused():
    """a block whose header claims more than it inflates to, or a stream inflating to more"""
    payload = zlib.compress(b"\0" * 1_000_000)
    hdr = (1).to_bytes(4, "little") + (1_000_000).to_bytes(4, "little") * 2 + len(payload).to_bytes(4, "little")
    doc = (b'<VTKFile type="PolyData" header_type="UInt32" compressor="vtkZLibDataCompressor">'
           b'<PolyData><FieldData><DataArray type="UInt8" Name="z" NumberOfTuples="1000" format="appended" offset="0"/>'
           b'</FieldData></PolyData><AppendedData encoding="raw">_' + hdr + payload + b"</AppendedData></VTKFile>")
    assert vtkbuf.read(doc).GetFieldData().GetArray(0).GetNumberOfTuples() == 1000  # an honest header
    huge = hdr[:4] + (10**9).to_bytes(4, "little") * 2 + hdr[12:]  # more than deflate can give: refused unallocated
    _bad(doc.replace(hdr, huge), "cannot inflate to 1000000000")
    small = hdr[:4] + (100).to_bytes(4, "little") * 2 + hdr[12:]  # the stream gives more: the callback refuses
    _bad(doc.replace(hdr, small), "zlib block 0 does not inflate to its 100 bytes")


@pytest.mark.parametrize("fn,cls", [("multiblock.vtm", "vtkXMLMultiBlockDataReader"),
                                    ("collection.vtpc", "vtkXMLPartitionedDataSetCollectionReader")])
def test_composite_files(fn, cls, tmp_path):
    r = getattr(vtkbuf, cls)()
    r.SetFileName(os.path.join(CORPUS, fn))
    r.Update()
    assert xml_cases.describe_composite(r.GetOutput()) == EXPECTED[fn]
    assert xml_cases.describe_composite(vtkbuf.read(os.path.join(CORPUS, fn))) == EXPECTED[fn]
    g = vtkbuf.vtkXMLGenericDataObjectReader()
    g.SetFileName(os.path.join(CORPUS, fn))
    g.Update()
    assert xml_cases.describe_composite(g.GetOutput()) == EXPECTED[fn]
    # a named file that is missing: OSError; a bad one: ValueError naming both positions
    (tmp_path / fn).write_bytes(_bytes(fn))
    with pytest.raises(OSError):
        vtkbuf.read(str(tmp_path / fn))
    sub = fn.split(".")[0]
    (tmp_path / sub).mkdir()
    for leaf in os.listdir(os.path.join(CORPUS, sub)):
        (tmp_path / sub / leaf).write_bytes(b"<VTKFile type='PolyData'><PolyData>")
    with pytest.raises(ValueError, match=r"DataSet file '.*': .*the file ends inside an element"):
        vtkbuf.read(str(tmp_path / fn))

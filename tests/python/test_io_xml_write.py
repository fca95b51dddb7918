"""The XML writers against VTK 9.7.1: every case of tests/io/xml_write_cases.py, built
in vtkbuf, written in every mode (tests/data/io/xml_write, written by VTK with
tests/io/gen_xml_write.py) gives VTK's bytes; the options and errors."""
import os
import sys
import zlib

import pytest

import vtkbuf

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(HERE, "..", "data", "io", "xml_write")
sys.path.insert(0, os.path.join(HERE, "..", "io"))
import xml_write_cases  # noqa: E402

FILES = sorted(f for f in os.listdir(CORPUS) if f not in ("skipped.txt", "random.json"))
BUILD = {"%s-%s.%s" % (name, xml_write_cases.mode_name(mode), ext): (ext, build, mode)
         for (ext, name), build in xml_write_cases.CASES.items() for mode in xml_write_cases.modes_of(name)}


def test_corpus_counts():
    with open(os.path.join(CORPUS, "skipped.txt")) as f:
        skipped = [line.split()[0] for line in f if line.strip()]
    assert sorted(FILES + skipped) == sorted(BUILD)
    assert len(FILES) >= 300


@pytest.mark.parametrize("fn", FILES)
def test_same_bytes_as_vtk(fn):
    ext, build, mode = BUILD[fn]
    w = getattr(vtkbuf, xml_write_cases.WRITERS[ext])()
    w.SetInputData(build(vtkbuf))
    xml_write_cases.configure(w, mode)
    w.WriteToOutputStringOn()
    assert w.Write() == 1
    with open(os.path.join(CORPUS, fn), "rb") as f:
        want = f.read()
    got = w.GetOutputString()  # str when the bytes are UTF-8 (as VTK), else bytes
    assert (got.encode("utf-8") if isinstance(got, str) else got) == want


@pytest.mark.parametrize("fn", FILES)
def test_same_bytes_through_a_file(fn, tmp_path):
    """written to a file (in pieces: uncompressed appended arrays straight from their memory)"""
    ext, build, mode = BUILD[fn]
    w = getattr(vtkbuf, xml_write_cases.WRITERS[ext])()
    w.SetInputData(build(vtkbuf))
    xml_write_cases.configure(w, mode)
    w.SetFileName(str(tmp_path / fn))
    assert w.Write() == 1
    with open(os.path.join(CORPUS, fn), "rb") as f:
        assert (tmp_path / fn).read_bytes() == f.read()


def test_random_polydata_as_vtk():
    """random arrays (every type, 1-4 components), cells and modes: VTK's sha256"""
    import hashlib
    import json
    with open(os.path.join(CORPUS, "random.json")) as f:
        want = json.load(f)
    assert len(want) == xml_write_cases.RANDOM_SEEDS
    bad = []
    for seed in range(xml_write_cases.RANDOM_SEEDS):
        pd, mode = xml_write_cases.random_polydata(vtkbuf, seed)
        w = vtkbuf.vtkXMLPolyDataWriter()
        w.SetInputData(pd)
        xml_write_cases.configure(w, mode)
        pieces = []
        w._bytes(lambda m: pieces.append(bytes(m)))
        if hashlib.sha256(w._bytes()).hexdigest() != want[str(seed)] or b"".join(pieces) != w._bytes():
            bad.append(seed)
    assert bad == []


def _poly():
    return xml_write_cases.CASES[("vtp", "attributes")](vtkbuf)


def test_write_file_and_short_form(tmp_path):
    p = tmp_path / "a.vtp"
    w = vtkbuf.vtkXMLPolyDataWriter()
    w.SetInputData(_poly())
    w.SetFileName(str(p))
    w.Write()
    data = p.read_bytes()
    assert data.startswith(b'<?xml version="1.0"?>\n<VTKFile type="PolyData"')
    assert b'compressor="vtkZLibDataCompressor"' in data and b'encoding="base64"' in data  # VTK's defaults
    assert vtkbuf.write(_poly(), str(tmp_path / "b.vtp")) is None
    assert (tmp_path / "b.vtp").read_bytes() == data
    raw = vtkbuf.write(_poly(), format="vtp", data_mode="appended", encode=False, compressor=None,
                       header_type=64)
    assert b'encoding="raw"' in raw and b'header_type="UInt64"' in raw and b"compressor" not in raw
    assert not raw.startswith(b"<?xml")  # VTK writes the declaration only when encoding


def test_compression_level_and_blocks():
    from vtkbuf import _vtkbuf as _c
    w = vtkbuf.vtkXMLPolyDataWriter()
    w.SetInputData(xml_write_cases.CASES[("vtp", "many_values")](vtkbuf))
    w.SetDataModeToBinary()
    w.WriteToOutputStringOn()
    w.Write()
    assert w.GetCompressionLevel() == 5
    seen = []
    _c._xml_write(w.GetInput(), 2, True, False, lambda b, lvl: seen.append((len(b), lvl)) or zlib.compress(b, lvl))
    assert seen and all(lvl == 5 for _, lvl in seen)


def test_errors():
    from vtkbuf import _vtkbuf as _c
    w = vtkbuf.vtkXMLPolyDataWriter()
    w.WriteToOutputStringOn()
    with pytest.raises(ValueError):
        w.Write()  # no input
    w.SetInputData(vtkbuf.vtkUnstructuredGrid())
    with pytest.raises(TypeError):
        w.Write()
    with pytest.raises(ValueError):
        w.SetDataMode(3)
    with pytest.raises(TypeError):
        _c._xml_write(vtkbuf.vtkTable(), 0, False, False, None)

    pd = _poly()
    s = vtkbuf.vtkStringArray()
    s.SetName("names")
    pd.GetPointData().AddArray(s)
    with pytest.raises(TypeError, match="string"):
        vtkbuf.write(pd, format="vtp")

    def boom(b, lvl):
        raise RuntimeError("deflate failed")
    with pytest.raises(RuntimeError, match="deflate failed"):
        _c._xml_write(_poly(), 1, False, False, boom)
    w = vtkbuf.vtkXMLPolyDataWriter()
    w.SetFileName(None)
    w.SetInputData(_poly())
    with pytest.raises(OSError):
        w.Write()


def test_compat_module():
    from vtkmodules.vtkIOXML import vtkXMLUnstructuredGridWriter
    assert vtkXMLUnstructuredGridWriter is vtkbuf.vtkXMLUnstructuredGridWriter
    from vtkmodules.vtkIOXML import vtkXMLMultiBlockDataWriter
    from vtkmodules.vtkIOParallelXML import vtkXMLPartitionedDataSetCollectionWriter
    assert vtkXMLMultiBlockDataWriter is vtkbuf.vtkXMLMultiBlockDataWriter
    assert vtkXMLPartitionedDataSetCollectionWriter is vtkbuf.vtkXMLPartitionedDataSetCollectionWriter


# ---- composite writers (.vtm, .vtpc): tests/data/io/xml_write_composite (gen_xml_write.py) ----
CCORPUS = os.path.join(HERE, "..", "data", "io", "xml_write_composite")
CBUILD = {"%s-%s.%s" % (name, xml_write_cases.mode_name(mode), ext): (ext, build, mode)
          for (ext, name), build in xml_write_cases.COMPOSITE_CASES.items() for mode in xml_write_cases.COMPOSITE_MODES}


def test_composite_corpus_counts():
    assert sorted(f for f in os.listdir(CCORPUS) if os.path.isfile(os.path.join(CCORPUS, f))) == sorted(CBUILD)


@pytest.mark.parametrize("fn", sorted(CBUILD))
def test_composite_same_files_as_vtk(fn, tmp_path):
    """the index and every leaf file, byte for byte, at the same relative paths"""
    ext, build, mode = CBUILD[fn]
    w = getattr(vtkbuf, xml_write_cases.COMPOSITE_WRITERS[ext])()
    w.SetInputData(build(vtkbuf))
    xml_write_cases.configure(w, mode)
    w.SetFileName(str(tmp_path / fn))
    assert w.Write() == 1
    want = {k: v for k, v in xml_write_cases.composite_files(CCORPUS).items() if k == fn or k.startswith(fn.rsplit(".", 1)[0] + "/")}
    got = xml_write_cases.composite_files(str(tmp_path))
    assert sorted(got) == sorted(want)
    for k in want:
        assert got[k] == want[k], k


def _leaves(obj):
    """(path of indices, class, points, cells, name) of every node, depth first"""
    out = []

    def walk(c, path):
        for i in range(c.GetNumberOfChildren()):
            d = c.GetChild(i) if hasattr(c, "GetChild") else None
            name = c.GetMetaData(i).Get(c.NAME()) if c.HasMetaData(i) else None
            if d is not None and hasattr(d, "GetNumberOfChildren"):
                out.append((path + (i,), d.GetClassName(), name))
                walk(d, path + (i,))
            else:
                out.append((path + (i,), d and d.GetClassName(), d and d.GetNumberOfPoints(), d and d.GetNumberOfCells(), name))
    walk(obj, ())
    return out


@pytest.mark.parametrize("key", sorted(xml_write_cases.COMPOSITE_CASES))
def test_composite_reads_back(key, tmp_path):
    """vtkbuf reads what it wrote: the same tree, names, leaves (empty data sets come back empty)"""
    ext, name = key
    obj = xml_write_cases.COMPOSITE_CASES[key](vtkbuf)
    assert vtkbuf.write(obj, tmp_path / ("%s.%s" % (name, ext))) is None
    back = vtkbuf.read(str(tmp_path / ("%s.%s" % (name, ext))))
    assert back.GetClassName() == obj.GetClassName()
    assert back.GetNumberOfPoints() == obj.GetNumberOfPoints() and back.GetNumberOfCells() == obj.GetNumberOfCells()
    assert back.GetFieldData().GetNumberOfArrays() == obj.GetFieldData().GetNumberOfArrays()
    def full(tree):
        return [a[:4] for a in _leaves(tree) if len(a) == 5 and (a[2] or a[3])]

    def names(tree):
        return {a[0]: a[-1] for a in _leaves(tree) if a[-1]}
    assert full(back) == full(obj) and (bool(full(obj)) == ("empty" not in name))  # every leaf with points or cells
    assert names(back).items() <= names(obj).items()
    assert len(names(back)) >= (2 if ext == "vtm" and name == "multiblock" else 0)


def test_composite_errors(tmp_path):
    mb = vtkbuf.vtkMultiBlockDataSet()
    mb.SetBlock(0, _poly())
    w = vtkbuf.vtkXMLMultiBlockDataWriter()
    w.SetFileName(str(tmp_path / "a.vtm"))
    w.SetInputData(_poly())
    with pytest.raises(TypeError, match="vtkMultiBlockDataSet"):
        w.Write()  # not a composite
    w = vtkbuf.vtkXMLPartitionedDataSetCollectionWriter()
    w.SetInputData(mb)
    w.SetFileName(str(tmp_path / "a.vtpc"))
    with pytest.raises(TypeError, match="vtkPartitionedDataSetCollection"):
        w.Write()
    from vtkbuf import _vtkbuf as _c
    with pytest.raises(TypeError, match="no vtkMultiBlockDataSet"):
        _c._xml_write(_poly(), 0, False, False, None, "x.vtm")
    with pytest.raises(TypeError, match="vb_xml_write_composite"):
        _c._xml_write(mb, 0, False, False, None)  # the serial entry refuses a composite
    with pytest.raises(ValueError, match="needs a path"):
        vtkbuf.write(mb, format="vtm")
    w = vtkbuf.vtkXMLMultiBlockDataWriter()
    w.SetInputData(mb)
    w.WriteToOutputStringOn()
    with pytest.raises(ValueError, match="files"):
        w.Write()
    # a leaf that cannot be written: nothing is written at all
    mb.SetBlock(1, vtkbuf.vtkTable())
    w = vtkbuf.vtkXMLMultiBlockDataWriter()
    w.SetInputData(mb)
    w.SetFileName(str(tmp_path / "t.vtm"))
    with pytest.raises(TypeError, match="vtkTable"):
        w.Write()
    assert not (tmp_path / "t.vtm").exists() and not (tmp_path / "t").exists()
    # no extension: VTK's "<name>_data" directory
    mb.SetBlock(1, None)
    assert vtkbuf.write(mb, tmp_path / "noext", format="vtm") is None
    assert (tmp_path / "noext_data" / "noext_data_0.vtp").exists()
    assert b'file="noext_data/noext_data_0.vtp"' in (tmp_path / "noext").read_bytes()

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

"""Generate the XML writer corpus with VTK 9.7.1 (run with the reference venv:
``$(tools/provision-vtk-bench | tail -1)/bin/python tests/io/gen_xml_write.py``).

For every case of xml_write_cases.py and every mode (data mode x encoding x
compressor x header type) writes tests/data/io/xml_write/<case>-<mode>.<ext> with
VTK's vtkXML*Writer, each from a freshly built data set (VTK caches ranges in
an array's information and writes that cache: a second write of the same
arrays differs). test_io_xml_write.py builds the same data sets in vtkbuf and
compares bytes; random.json holds the sha256 of VTK's file for each seed of
xml_write_cases.random_polydata. Files VTK cannot reproduce (an unnamed array is written as
"Array 0x<address>") are listed in skipped.txt with why."""
import hashlib
import json
import os
import shutil
import sys

import vtk

sys.path.insert(0, os.path.dirname(__file__))
import xml_write_cases  # noqa: E402

assert vtk.vtkVersion.GetVTKVersion() == "9.7.1", vtk.vtkVersion.GetVTKVersion()
out = os.path.join(os.path.dirname(__file__), "..", "data", "io", "xml_write")
os.makedirs(out, exist_ok=True)
for f in os.listdir(out):
    os.remove(os.path.join(out, f))
n, skipped = 0, []
for (ext, name), build in xml_write_cases.CASES.items():
    for mode in xml_write_cases.modes_of(name):
        fn = "%s-%s.%s" % (name, xml_write_cases.mode_name(mode), ext)
        w = getattr(vtk, xml_write_cases.WRITERS[ext])()
        w.SetInputData(build(vtk))
        xml_write_cases.configure(w, mode)
        w.SetFileName(os.path.join(out, fn))
        assert w.Write() == 1, fn
        with open(os.path.join(out, fn), "rb") as f:
            s = f.read()
        if b'Name="Array 0x' in s:
            skipped.append(fn + " unnamed array: VTK writes its address\n")
            os.remove(os.path.join(out, fn))
            continue
        n += 1
# random polydata: only the sha256 of VTK's file (xml_write_cases.random_polydata)
rnd = {}
for seed in range(xml_write_cases.RANDOM_SEEDS):
    pd, mode = xml_write_cases.random_polydata(vtk, seed)
    w = vtk.vtkXMLPolyDataWriter()
    w.SetInputData(pd)
    xml_write_cases.configure(w, mode)
    w.SetFileName(os.path.join(out, "random.tmp"))
    assert w.Write() == 1
    with open(os.path.join(out, "random.tmp"), "rb") as f:
        rnd[seed] = hashlib.sha256(f.read()).hexdigest()
os.remove(os.path.join(out, "random.tmp"))
with open(os.path.join(out, "random.json"), "w") as f:
    json.dump(rnd, f, indent=0)
with open(os.path.join(out, "skipped.txt"), "w") as f:
    f.writelines(skipped)
print(n, "files,", len(skipped), "skipped")

# composite files: tests/data/io/xml_write_composite/<case>-<mode>.<ext> and the
# directory of leaves VTK writes next to each; VTK's reader reads each back
cout = os.path.join(os.path.dirname(__file__), "..", "data", "io", "xml_write_composite")
shutil.rmtree(cout, ignore_errors=True)
os.makedirs(cout)
READERS = {"vtm": vtk.vtkXMLMultiBlockDataReader, "vtpc": vtk.vtkXMLPartitionedDataSetCollectionReader}
for (ext, name), build in xml_write_cases.COMPOSITE_CASES.items():
    for mode in xml_write_cases.COMPOSITE_MODES:
        fn = os.path.join(cout, "%s-%s.%s" % (name, xml_write_cases.mode_name(mode), ext))
        w = getattr(vtk, xml_write_cases.COMPOSITE_WRITERS[ext])()
        obj = build(vtk)
        w.SetInputData(obj)
        xml_write_cases.configure(w, mode)
        w.SetFileName(fn)
        assert w.Write() == 1, fn
        r = READERS[ext]()
        r.SetFileName(fn)
        r.Update()
        assert r.GetOutput().GetNumberOfCells() == obj.GetNumberOfCells(), fn
print(len(xml_write_cases.composite_files(cout)), "composite files")

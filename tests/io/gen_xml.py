"""Generate the XML corpus with VTK 9.7.1 (run with the reference venv:
``$(tools/provision-vtk-bench | tail -1)/bin/python tests/io/gen_xml.py``).

Writes tests/data/io/xml/<case>-<mode>.<ext> with VTK's XML writers
(tests/io/xml_cases.py: kinds x ascii / binary / appended raw / appended base64
x none / zlib x UInt32 / UInt64 x byte order) and expected.json: what VTK's
XML readers read back from each file (xml_cases.describe())."""
import json
import os
import sys

import vtk

sys.path.insert(0, os.path.dirname(__file__))
import xml_cases  # noqa: E402

assert vtk.vtkVersion.GetVTKVersion() == "9.7.1", vtk.vtkVersion.GetVTKVersion()
out = os.path.join(os.path.dirname(__file__), "..", "data", "io", "xml")
os.makedirs(out, exist_ok=True)
WRITERS = {"vtp": "PolyData", "vtu": "UnstructuredGrid", "vti": "ImageData", "vtr": "RectilinearGrid",
           "vts": "StructuredGrid"}
expected = {}
for case, build in xml_cases.CASES.items():
    obj = build(vtk)
    ext = xml_cases.EXT[obj.GetClassName()]
    for mode in xml_cases.modes_of(case):
        data, comp, header, order = mode
        fn = xml_cases.file_name(case, mode, ext)
        w = getattr(vtk, "vtkXML%sWriter" % WRITERS[ext])()
        w.SetInputData(obj)
        w.SetFileName(os.path.join(out, fn))
        {"ascii": w.SetDataModeToAscii, "binary": w.SetDataModeToBinary}.get(data, w.SetDataModeToAppended)()
        w.SetEncodeAppendedData(data == "appended")
        w.SetCompressorTypeToZLib() if comp else w.SetCompressorTypeToNone()
        w.SetBlockSize(256)
        w.SetHeaderTypeToUInt64() if header == 64 else w.SetHeaderTypeToUInt32()
        w.SetByteOrderToBigEndian() if order == "be" else w.SetByteOrderToLittleEndian()
        assert w.Write() == 1
        r = getattr(vtk, "vtkXML%sReader" % WRITERS[ext])()
        r.SetFileName(os.path.join(out, fn))
        r.Update()
        expected[fn] = xml_cases.describe(r.GetOutput())
for case, build in xml_cases.COMPOSITES.items():  # composite files and the files they name
    kind = "MultiBlockData" if case == "multiblock" else "PartitionedDataSetCollection"
    fn = "%s.%s" % (case, "vtm" if case == "multiblock" else "vtpc")
    w = getattr(vtk, "vtkXML%sWriter" % kind)()
    w.SetInputData(build(vtk))
    w.SetFileName(os.path.join(out, fn))
    w.SetDataModeToAppended()
    assert w.Write() == 1
    r = getattr(vtk, "vtkXML%sReader" % kind)()
    r.SetFileName(os.path.join(out, fn))
    r.Update()
    expected[fn] = xml_cases.describe_composite(r.GetOutput())
with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f, indent=0, sort_keys=True)
print(len(expected), "files,", sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs), "bytes")

"""Generate the legacy .vtk corpus with VTK 9.7.1 (run with the reference venv:
``$(tools/provision-vtk-bench | tail -1)/bin/python tests/io/gen_legacy.py``).

Writes tests/data/io/legacy/<case>-<ascii|binary>-<42|51>.vtk with VTK's
writer of the case's class (vtkPolyDataWriter, vtkUnstructuredGridWriter, ...,
cases.LEGACY) and expected.json: what VTK's reader of that kind reads back
from each file (tests/io/cases.py describe())."""
import hashlib
import json
import os
import sys

import vtk
from vtkmodules import vtkIOLegacy

sys.path.insert(0, os.path.dirname(__file__))
import cases  # noqa: E402

assert vtk.vtkVersion.GetVTKVersion() == "9.7.1", vtk.vtkVersion.GetVTKVersion()
out = os.path.join(os.path.dirname(__file__), "..", "data", "io", "legacy")
os.makedirs(out, exist_ok=True)
expected = {}
for name, build in list(cases.CASES.items()) + list(cases.READ_ONLY.items()):
    pd = build(vtk)
    kind = cases.LEGACY[pd.GetClassName()]
    writer, reader = getattr(vtkIOLegacy, "vtk%sWriter" % kind), getattr(vtkIOLegacy, "vtk%sReader" % kind)
    for binary, version in cases.modes(name):
        fn = cases.file_name(name, binary, version)
        w = writer()
        w.SetInputData(pd)
        w.SetFileName(os.path.join(out, fn))
        if version != 51:
            w.SetFileVersion(version)
        if binary:
            w.SetFileTypeToBinary()
        assert w.Write() == 1
        r = reader()
        r.SetFileName(os.path.join(out, fn))
        r.Update()
        expected[fn] = cases.describe(r.GetOutput())
        # what VTK writes for what it read, in the same mode (not always the file:
        # POINTS 0 in a binary file reads as empty points, written with their newline;
        # signed_char reads as char)
        w2 = writer()
        if name in cases.READ_ONLY:  # what vtkbuf keeps: the scalars without their lookup tables
            for at in (r.GetOutput().GetPointData(), r.GetOutput().GetCellData()):
                if at.GetScalars() is not None:
                    at.GetScalars().SetLookupTable(None)
        w2.SetInputData(r.GetOutput())
        if version != 51:
            w2.SetFileVersion(version)
        w2.SetFileType(2 if binary else 1)
        w2.WriteToOutputStringOn()
        w2.Write()
        s = w2.GetOutputStdString()
        s = s if isinstance(s, bytes) else s.encode()
        expected[fn]["rewrite_sha256"] = hashlib.sha256(s).hexdigest()
        with open(os.path.join(out, fn), "rb") as f:
            expected[fn]["rewrite_same"] = f.read() == s
with open(os.path.join(out, "expected.json"), "w") as f:
    json.dump(expected, f, indent=0, sort_keys=True)
print(len(expected), "files")

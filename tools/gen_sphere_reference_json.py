#!/usr/bin/env python3
"""Generate tests/js/data/sphere_ref.json from the real VTK (vtkSphereSource).

Same cases as tools/gen_sphere_reference.py (its CASES list), written as JSON for
the JavaScript tests. Run with the VTK reference venv (see tools/provision-vtk-ref):

    "$(tools/provision-vtk-ref)"/bin/python tools/gen_sphere_reference_json.py [OUT]

Each case sets the listed parameters on a fresh vtkSphereSource through its
setters (so VTK's clamping applies), calls Update() and records VTK's getters
(clamped values), the point type, the points, the "Normals" point array (null
when VTK made none) and the polys' offsets and connectivity. Doubles are written
with Python's repr (shortest round-trip), so JSON.parse gives VTK's exact values.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_sphere_reference import CASES, FIELDS  # noqa: E402

from vtkmodules.vtkCommonCore import vtkVersion  # noqa: E402
from vtkmodules.vtkFiltersSources import vtkSphereSource  # noqa: E402


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "js", "data", "sphere_ref.json")
    version = vtkVersion.GetVTKVersion()
    cases = []
    for name, params in CASES:
        s = vtkSphereSource()
        for k, v in params.items():
            if isinstance(v, tuple):
                getattr(s, "Set" + k)(*v)
            else:
                getattr(s, "Set" + k)(v)
        s.Update()
        o = s.GetOutput()
        pts = o.GetPoints()
        n = o.GetNumberOfPoints()
        nrm = o.GetPointData().GetNormals()
        polys = o.GetPolys()
        offs, conn = polys.GetOffsetsArray(), polys.GetConnectivityArray()
        assert o.GetVerts().GetNumberOfCells() == 0 and o.GetLines().GetNumberOfCells() == 0
        assert o.GetStrips().GetNumberOfCells() == 0
        if nrm is not None:
            assert nrm.GetName() == "Normals" and nrm.GetNumberOfComponents() == 3
        cases.append({
            "name": name,
            "params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items()},
            "got": {f: (list(getattr(s, "Get" + f)()) if f == "Center" else getattr(s, "Get" + f)())
                    for f in FIELDS},
            "pointsType": pts.GetDataType(),
            "numberOfPoints": n,
            "points": [float(c) for i in range(n) for c in pts.GetPoint(i)],
            "normals": None if nrm is None else [float(c) for i in range(n) for c in nrm.GetTuple3(i)],
            "numberOfPolys": polys.GetNumberOfCells(),
            "bounds": list(o.GetBounds()),
            "offsets": [int(offs.GetValue(i)) for i in range(offs.GetNumberOfValues())],
            "connectivity": [int(conn.GetValue(i)) for i in range(conn.GetNumberOfValues())],
        })
    doc = {
        "generatedBy": "tools/gen_sphere_reference_json.py with VTK %s (vtkSphereSource, PyPI wheel); "
                       "do not edit" % version,
        "vtkVersion": version,
        "cases": cases,
    }
    with open(out_path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d cases, VTK %s)" % (out_path, len(cases), version))


if __name__ == "__main__":
    main()

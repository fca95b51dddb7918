#!/usr/bin/env python3
"""Generate tests/c/data/sphere_ref.h from the real VTK (vtkSphereSource).

Run with the VTK reference venv (see tools/provision-vtk-ref):

    "$(tools/provision-vtk-ref)"/bin/python tools/gen_sphere_reference.py
    "$(tools/provision-vtk-ref)"/bin/python tools/gen_sphere_reference.py --json

--json writes tests/data/sphere_ref.json instead (same cases, plus what
VTK's own numpy_interface.dataset_adapter returns for the default sphere).

Each case sets the listed parameters on a fresh vtkSphereSource *through its
setters* (so VTK's clamping applies), calls Update() and dumps the output:
point coordinates, the "Normals" point array, and the polys cell array's
offsets and connectivity, exactly (repr of the doubles VTK returns).
"""
import os
import sys

from vtkmodules.vtkCommonCore import vtkVersion
from vtkmodules.vtkFiltersSources import vtkSphereSource

# name, parameters (setter name -> value, applied in this order)
CASES = [
    ("defaults", {}),
    ("res3x3", {"ThetaResolution": 3, "PhiResolution": 3}),
    ("res16x12_theta30_270", {"ThetaResolution": 16, "PhiResolution": 12,
                              "StartTheta": 30.0, "EndTheta": 270.0}),
    ("latlong_10x7", {"ThetaResolution": 10, "PhiResolution": 7, "LatLongTessellation": 1}),
    ("phi30_150_res9x6", {"ThetaResolution": 9, "PhiResolution": 6,
                          "StartPhi": 30.0, "EndPhi": 150.0}),
    ("phi0_100_latlong", {"ThetaResolution": 6, "PhiResolution": 5,
                          "EndPhi": 100.0, "LatLongTessellation": 1}),
    ("phi45_180", {"ThetaResolution": 5, "PhiResolution": 4, "StartPhi": 45.0}),
    ("center_radius", {"ThetaResolution": 5, "PhiResolution": 4, "Radius": 2.5,
                       "Center": (1.0, -2.0, 3.0)}),
    ("double_7x9", {"ThetaResolution": 7, "PhiResolution": 9, "Radius": 1.75,
                    "Center": (0.25, 0.5, -0.125), "OutputPointsPrecision": 1}),
    ("theta_wrap_300_60", {"ThetaResolution": 6, "PhiResolution": 4,
                           "StartTheta": 300.0, "EndTheta": 60.0}),
    ("no_normals", {"ThetaResolution": 4, "PhiResolution": 5, "GenerateNormals": 0}),
    ("clamped_neg_res", {"ThetaResolution": -5, "PhiResolution": 1, "Radius": -1.0,
                         "StartTheta": -10.0, "EndTheta": 400.0}),
    ("double_partial", {"ThetaResolution": 11, "PhiResolution": 7, "StartTheta": 301.7,
                        "EndTheta": 57.3, "StartPhi": 21.1, "EndPhi": 167.9, "Radius": 1.3,
                        "Center": (-0.7, 0.1, 2.9), "OutputPointsPrecision": 1}),
    ("endphi_200", {"ThetaResolution": 6, "PhiResolution": 6, "EndPhi": 200.0}),
    ("startphi_gt_endphi", {"ThetaResolution": 5, "PhiResolution": 5, "StartPhi": 120.0,
                            "EndPhi": 40.0}),
]

FIELDS = ["ThetaResolution", "PhiResolution", "StartTheta", "EndTheta", "StartPhi",
          "EndPhi", "Radius", "Center", "LatLongTessellation", "GenerateNormals",
          "OutputPointsPrecision"]


def r(x):
    return repr(float(x))


def run_case(params):
    s = vtkSphereSource()
    for k, v in params.items():
        if isinstance(v, tuple):
            getattr(s, "Set" + k)(*v)
        else:
            getattr(s, "Set" + k)(v)
    s.Update()
    return s


def main_json(out_path):
    import json

    import vtkmodules.numpy_interface.dataset_adapter as dsa

    version = vtkVersion.GetVTKVersion()
    cases = []
    for name, params in CASES:
        s = run_case(params)
        o = s.GetOutput()
        pts = o.GetPoints()
        n = o.GetNumberOfPoints()
        nrm = o.GetPointData().GetNormals()
        polys = o.GetPolys()
        oa, ca = polys.GetOffsetsArray(), polys.GetConnectivityArray()
        cases.append({
            "name": name,
            "params": {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()},
            "got": {f: (list(getattr(s, "Get" + f)()) if f == "Center" else getattr(s, "Get" + f)())
                    for f in FIELDS},
            "points_type": pts.GetDataType(),
            "npoints": n,
            "points": [list(pts.GetPoint(i)) for i in range(n)],
            "normals": None if nrm is None else [list(nrm.GetTuple3(i)) for i in range(n)],
            "point_data_arrays": [o.GetPointData().GetArrayName(i)
                                  for i in range(o.GetPointData().GetNumberOfArrays())],
            "ncells": o.GetNumberOfCells(),
            "npolys": polys.GetNumberOfCells(),
            "offsets": [int(oa.GetValue(i)) for i in range(oa.GetNumberOfValues())],
            "connectivity": [int(ca.GetValue(i)) for i in range(ca.GetNumberOfValues())],
            "bounds": list(o.GetBounds()),
        })
    # VTK's own dataset_adapter on the default sphere
    s = run_case({})
    w = dsa.WrapDataObject(s.GetOutput())
    P, N, G = w.Points, w.PointData["Normals"], w.Polygons
    dsa_ref = {
        "wrapper_class": type(w).__name__,
        "Points": {"shape": list(P.shape), "dtype": str(P.dtype), "values": P.tolist()},
        "Normals": {"shape": list(N.shape), "dtype": str(N.dtype), "values": N.tolist()},
        "Polygons": {"shape": list(G.shape), "dtype": str(G.dtype), "values": G.tolist()},
        "PointData_keys": w.PointData.keys(),
        "CellData_keys": w.CellData.keys(),
        "GetNumberOfPoints": w.GetNumberOfPoints(),
        "unknown_name_is_NoneArray": w.PointData["no such array"] is dsa.NoneArray,
    }
    doc = {
        "generated_by": "VTK %s via tools/gen_sphere_reference.py --json "
                        "(vtkSphereSource and vtkmodules.numpy_interface.dataset_adapter from "
                        "the vtk wheel on PyPI, venv from tools/provision-vtk-ref). Do not edit."
                        % version,
        "vtk_version": version,
        "cases": cases,
        "dataset_adapter_default": dsa_ref,
    }
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print("wrote %s (%d cases, VTK %s)" % (out_path, len(cases), version))


def main():
    if "--json" in sys.argv[1:]:
        rest = [a for a in sys.argv[1:] if a != "--json"]
        return main_json(rest[0] if rest else os.path.join(
            os.path.dirname(__file__), "..", "tests", "data", "sphere_ref.json"))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "tests", "c", "data", "sphere_ref.h")
    version = vtkVersion.GetVTKVersion()
    lines = [
        "/* sphere_ref.h - GENERATED reference output of the real VTK %s" % version,
        " * vtkSphereSource (Python wheel from PyPI), by tools/gen_sphere_reference.py:",
        ' *   "$(tools/provision-vtk-ref)"/bin/python tools/gen_sphere_reference.py',
        " * Do not edit.  Inputs are the values passed to the setters (VTK clamps",
        " * them); outputs are VTK's exact values after Update(). */",
        "#ifndef SPHERE_REF_H",
        "#define SPHERE_REF_H",
        "#define SPHERE_REF_VTK_VERSION \"%s\"" % version,
        "",
        "typedef struct {",
        "  const char *name;",
        "  /* inputs (before VTK's clamping) */",
        "  int theta_res, phi_res;",
        "  double start_theta, end_theta, start_phi, end_phi, radius, center[3];",
        "  int lat_long, generate_normals, precision;",
        "  /* VTK's getters after the setters (clamped values) */",
        "  int got_theta_res, got_phi_res;",
        "  double got_start_theta, got_end_theta, got_start_phi, got_end_phi, got_radius;",
        "  /* outputs */",
        "  int points_type; /* VTK_FLOAT 10 / VTK_DOUBLE 11 */",
        "  long long npoints;",
        "  const double *points;  /* npoints * 3 */",
        "  const double *normals; /* npoints * 3, NULL when VTK produced none */",
        "  long long ncells;      /* polys */",
        "  const long long *offsets; /* ncells + 1 */",
        "  long long nconn;",
        "  const long long *conn;",
        "} sphere_ref_case;",
        "",
    ]
    table = []
    for idx, (name, params) in enumerate(CASES):
        s = run_case(params)
        o = s.GetOutput()
        pts = o.GetPoints()
        n = o.GetNumberOfPoints()
        flat = [c for i in range(n) for c in pts.GetPoint(i)]
        nrm = o.GetPointData().GetNormals()
        if nrm is not None:
            assert nrm.GetName() == "Normals" and nrm.GetNumberOfComponents() == 3
            nflat = [c for i in range(n) for c in nrm.GetTuple3(i)]
        polys = o.GetPolys()
        offs = [int(polys.GetOffsetsArray().GetValue(i))
                for i in range(polys.GetOffsetsArray().GetNumberOfValues())]
        conn = [int(polys.GetConnectivityArray().GetValue(i))
                for i in range(polys.GetConnectivityArray().GetNumberOfValues())]
        assert o.GetVerts().GetNumberOfCells() == 0 and o.GetLines().GetNumberOfCells() == 0
        assert o.GetStrips().GetNumberOfCells() == 0
        p = "ref%d_" % idx
        lines.append("/* %s: %s */" % (name, params))
        lines.append("static const double %spoints[] = {%s};" % (p, ", ".join(r(x) for x in flat)))
        if nrm is not None:
            lines.append("static const double %snormals[] = {%s};" % (p, ", ".join(r(x) for x in nflat)))
        lines.append("static const long long %soffsets[] = {%s};" % (p, ", ".join(map(str, offs))))
        lines.append("static const long long %sconn[] = {%s};" % (p, ", ".join(map(str, conn))))
        lines.append("")
        d = vtkSphereSource()  # defaults for the inputs not given
        inp = {f: params.get(f, getattr(d, "Get" + f)()) for f in FIELDS}
        c = inp["Center"]
        table.append(
            '  {"%s", %d, %d, %s, %s, %s, %s, %s, {%s, %s, %s}, %d, %d, %d,\n'
            '   %d, %d, %s, %s, %s, %s, %s,\n'
            '   %d, %d, %spoints, %s, %d, %soffsets, %d, %sconn},'
            % (name, inp["ThetaResolution"], inp["PhiResolution"], r(inp["StartTheta"]),
               r(inp["EndTheta"]), r(inp["StartPhi"]), r(inp["EndPhi"]), r(inp["Radius"]),
               r(c[0]), r(c[1]), r(c[2]), inp["LatLongTessellation"], inp["GenerateNormals"],
               inp["OutputPointsPrecision"],
               s.GetThetaResolution(), s.GetPhiResolution(), r(s.GetStartTheta()),
               r(s.GetEndTheta()), r(s.GetStartPhi()), r(s.GetEndPhi()), r(s.GetRadius()),
               pts.GetDataType(), n, p, (p + "normals") if nrm is not None else "0",
               polys.GetNumberOfCells(), p, len(conn), p))
    lines.append("static const sphere_ref_case sphere_ref_cases[] = {")
    lines.extend(table)
    lines.append("};")
    lines.append("#define SPHERE_REF_NCASES (int)(sizeof sphere_ref_cases / sizeof sphere_ref_cases[0])")
    lines.append("")
    lines.append("#endif")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d cases, VTK %s)" % (out_path, len(CASES), version))


if __name__ == "__main__":
    main()

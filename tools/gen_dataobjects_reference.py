#!/usr/bin/env python3
"""Generate tests/data/dataobjects_ref.json from the real VTK 9.7.1: what the data
objects answer for one polydata built through VTK's API (cell types, cell points,
point cells, bounds, center, scalar range, deleted-cell removal, cell-array
traversal, legacy export, attribute copies and interpolation). The JS tests
(tests/js/dataobjects_api.test.mjs) build the same objects with vtkbuf and compare.

    "$(tools/provision-vtk-bench | tail -1)"/bin/python tools/gen_dataobjects_reference.py
"""
import json
import os

from vtkmodules.vtkCommonCore import (vtkDoubleArray, vtkFloatArray, vtkIdList, vtkIdTypeArray,
                                      vtkIntArray, vtkPoints, vtkVersion)
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPointData, vtkPolyData

CELLS = [(5, [0, 1, 2]), (1, [3]), (8, [0, 1, 2, 3]), (6, [0, 1, 2, 3]), (4, [3, 4, 5]), (7, [0, 2, 4, 5, 1])]


def ids(l):
    return [l.GetId(i) for i in range(l.GetNumberOfIds())]


def polydata():
    pd = vtkPolyData()
    p = vtkPoints()
    for i in range(6):
        p.InsertNextPoint(i, i * i, -i)
    pd.SetPoints(p)
    pd.AllocateExact(10, 30)
    for t, c in CELLS:
        pd.InsertNextCell(t, len(c), c)
    return pd


def main():
    out = {"vtk_version": vtkVersion.GetVTKVersion(), "generated_by": "tools/gen_dataobjects_reference.py",
           "points": [[i, i * i, -i] for i in range(6)], "cells": CELLS}
    pd = polydata()
    l = vtkIdList()
    n = pd.GetNumberOfCells()
    out["cell_types"] = [pd.GetCellType(i) for i in range(n)]
    out["cell_sizes"] = [pd.GetCellSize(i) for i in range(n)]
    out["cell_points"] = []
    for i in range(n):
        pd.GetCellPoints(i, l)
        out["cell_points"].append(ids(l))
    pd.BuildLinks()
    out["point_cells"] = []
    for p in range(6):
        pd.GetPointCells(p, l)
        out["point_cells"].append(sorted(ids(l)))
    out["bounds"] = list(pd.GetBounds())
    out["center"] = list(pd.GetCenter())
    out["length2"] = pd.GetLength2()
    b = [0.0] * 6
    out["cell_bounds"] = []
    for i in range(n):
        pd.GetCellBounds(i, b)
        out["cell_bounds"].append(list(b))
    out["spatial_dims"] = [pd.GetMinSpatialDimension(), pd.GetMaxSpatialDimension()]
    out["counts"] = [pd.GetNumberOfVerts(), pd.GetNumberOfLines(), pd.GetNumberOfPolys(), pd.GetNumberOfStrips(),
                     pd.GetMaxCellSize()]
    s = vtkFloatArray()
    s.SetName("s")
    for v in (1, 5, 3, -2, 0, 0):
        s.InsertNextValue(v)
    pd.GetPointData().SetScalars(s)
    out["scalar_range"] = list(pd.GetScalarRange())
    c = vtkIntArray()
    c.SetName("c")
    for v in range(n):
        c.InsertNextValue(10 * v)
    pd.GetCellData().SetScalars(c)
    pd.DeleteCell(1)
    pd.DeleteCell(4)
    out["deleted_types"] = [pd.GetCellType(i) for i in range(n)]
    pd.RemoveDeletedCells()
    m = pd.GetNumberOfCells()
    out["after_remove"] = {"types": [pd.GetCellType(i) for i in range(m)],
                           "cell_scalars": [pd.GetCellData().GetScalars().GetValue(i) for i in range(m)]}
    ca = vtkCellArray()
    for _, cc in CELLS:
        ca.InsertNextCell(len(cc), cc)
    ca.InitTraversal()
    trav = []
    while ca.GetNextCell(l):
        trav.append(ids(l))
    out["traversal"] = trav
    e = vtkIdTypeArray()
    ca.ExportLegacyFormat(e)
    out["legacy"] = [e.GetValue(i) for i in range(e.GetNumberOfValues())]
    out["homogeneous"] = ca.IsHomogeneous()
    src = vtkPointData()
    a = vtkDoubleArray()
    a.SetName("a")
    a.SetNumberOfComponents(2)
    for t in ((1, 2), (3, 5), (-4, 8)):
        a.InsertNextTuple(t)
    src.SetVectors(None)
    src.AddArray(a)
    iv = vtkIntArray()
    iv.SetName("i")
    for v in (10, 20, 31):
        iv.InsertNextValue(v)
    src.SetScalars(iv)
    dst = vtkPointData()
    dst.InterpolateAllocate(src)
    wl = vtkIdList()
    for k in (0, 2):
        wl.InsertNextId(k)
    dst.InterpolatePoint(src, 0, wl, (0.25, 0.75))
    out["interpolate"] = {"names": [dst.GetArrayName(k) for k in range(dst.GetNumberOfArrays())],
                          "a": list(dst.GetArray("a").GetTuple(0)), "i": dst.GetScalars().GetValue(0)}
    cp = vtkPointData()
    cp.CopyAllocate(src)
    cp.CopyData(src, 2, 0)
    cp.CopyData(src, 0, 1)
    out["copy"] = {"a": [list(cp.GetArray("a").GetTuple(k)) for k in range(2)],
                   "i": [cp.GetScalars().GetValue(k) for k in range(2)]}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "dataobjects_ref.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

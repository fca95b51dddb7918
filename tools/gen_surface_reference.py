#!/usr/bin/env python3
"""Generate tests/data/surface_ref.json from VTK 9.7.1 (vtkGeometryFilter and
vtkDataSetSurfaceFilter with PassThroughPointIds/CellIds on).

    "$(tools/provision-vtk-bench | tail -1)"/bin/python tools/gen_surface_reference.py

Each case is a recipe (kind, points, cells, polyhedron faces, dimensions or
extent, coordinates, blanked points and cells, point and cell arrays) that the
Python and JS tests build the same way in vtkbuf, and VTK's output: counts, the
point coordinates and type, the original point and cell ids, the cells (as
original point ids, by kind; as output point ids where there are no original
ids) and the passed arrays; then 40 seeded random structured grids with
vtkDataSetSurfaceFilter's output.
"""
import json
import os
import random

from vtkmodules.vtkCommonCore import (vtkIdList, vtkVersion, vtkPoints, vtkDoubleArray, vtkIntArray, vtkFloatArray,
                                      vtkIdTypeArray, vtkUnsignedCharArray)
from vtkmodules.vtkCommonDataModel import (vtkUnstructuredGrid, vtkImageData, vtkRectilinearGrid,
                                           vtkStructuredGrid, vtkPolyData, vtkCellArray)
from vtkmodules.vtkFiltersGeometry import vtkGeometryFilter, vtkDataSetSurfaceFilter

HEX, VOXEL, TETRA, WEDGE, PYRAMID, PENTA, HEXA, POLYH = 12, 11, 10, 13, 14, 15, 16, 42
VERTEX, POLYVERTEX, LINE, POLYLINE, TRI, STRIP, POLYGON, PIXEL, QUAD = 1, 2, 3, 4, 5, 6, 7, 8, 9


def lattice(nx, ny, nz, jitter=0.0):
    return [[i + jitter * ((i * 7 + j * 3 + k) % 5), j, k] for k in range(nz) for j in range(ny) for i in range(nx)]


def hexes(nx, ny, nz, skip=()):
    """the hexahedra of an nx*ny*nz point lattice (VTK's point order)"""
    cells = []
    p = lambda i, j, k: i + nx * (j + ny * k)
    for k in range(nz - 1):
        for j in range(ny - 1):
            for i in range(nx - 1):
                if (i, j, k) in skip:
                    continue
                cells.append([HEX, [p(i, j, k), p(i + 1, j, k), p(i + 1, j + 1, k), p(i, j + 1, k),
                                    p(i, j, k + 1), p(i + 1, j, k + 1), p(i + 1, j + 1, k + 1), p(i, j + 1, k + 1)]])
    return cells


def cube_faces(v):
    """the 6 outward faces of a cube with VTK hexahedron point order v"""
    return [[v[0], v[3], v[2], v[1]], [v[4], v[5], v[6], v[7]], [v[0], v[1], v[5], v[4]],
            [v[1], v[2], v[6], v[5]], [v[2], v[3], v[7], v[6]], [v[3], v[0], v[4], v[7]]]


def arrays(n, seed):
    return [{"name": "pd_double", "class": "vtkDoubleArray", "components": 1,
             "values": [seed + 0.5 * i for i in range(n)]},
            {"name": "pd_vec", "class": "vtkFloatArray", "components": 3,
             "values": [float((i * 3 + c) % 11) for i in range(n) for c in range(3)]}]


def carrays(n):
    return [{"name": "cd_int", "class": "vtkIntArray", "components": 1, "values": [100 + i for i in range(n)]}]


def active(n):
    """active scalars, normals and global ids (what the filters copy differs by attribute)"""
    return [{"name": "sc", "class": "vtkDoubleArray", "components": 1, "values": [0.25 * i for i in range(n)],
             "attribute": "Scalars"},
            {"name": "nrm", "class": "vtkFloatArray", "components": 3, "values": [0, 0, 1] * n, "attribute": "Normals"},
            {"name": "gid", "class": "vtkIdTypeArray", "components": 1, "values": [10 * i for i in range(n)],
             "attribute": "GlobalIds"}]


L333 = lattice(3, 3, 3)
CUBE = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]]
TWO = lattice(2, 2, 3)
CASES = [
    ("ug_hex", {"kind": "ug", "points": CUBE, "cells": [[HEX, list(range(8))]]}),
    ("ug_two_hex_unused", {"kind": "ug", "points": TWO + [[9, 9, 9]],
                           "cells": [[HEX, [0, 1, 3, 2, 4, 5, 7, 6]], [HEX, [4, 5, 7, 6, 8, 9, 11, 10]]]}),
    ("ug_hex_block", {"kind": "ug", "points": lattice(4, 3, 3, 0.1), "cells": hexes(4, 3, 3)}),
    ("ug_hex_hole", {"kind": "ug", "points": lattice(4, 4, 4), "cells": hexes(4, 4, 4, skip={(1, 1, 1)})}),
    ("ug_tetra_cube", {"kind": "ug", "points": CUBE,
                       "cells": [[TETRA, [0, 1, 3, 4]], [TETRA, [1, 2, 3, 6]], [TETRA, [1, 4, 5, 6]],
                                 [TETRA, [3, 4, 6, 7]], [TETRA, [1, 3, 4, 6]]]}),
    ("ug_voxels", {"kind": "ug", "points": lattice(3, 2, 2),
                   "cells": [[VOXEL, [0, 1, 3, 4, 6, 7, 9, 10]], [VOXEL, [1, 2, 4, 5, 7, 8, 10, 11]]]}),
    ("ug_wedge_hex", {"kind": "ug", "points": CUBE + [[0, 0, 2], [1, 0, 2]],
                      "cells": [[HEX, list(range(8))], [WEDGE, [4, 7, 8, 5, 6, 9]]]}),
    ("ug_pyramid_hex", {"kind": "ug", "points": CUBE + [[0.5, 0.5, 2]],
                        "cells": [[PYRAMID, [4, 5, 6, 7, 8]], [HEX, list(range(8))]]}),
    ("ug_pyramid_tetra", {"kind": "ug", "points": [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0.5, 0.5, 1], [2, 0.5, 0.5]],
                          "cells": [[PYRAMID, [0, 1, 2, 3, 4]], [TETRA, [1, 2, 4, 5]]]}),
    ("ug_prisms", {"kind": "ug",
                   "points": [[1, 0, 0], [0.3, 0.95, 0], [-0.8, 0.6, 0], [-0.8, -0.6, 0], [0.3, -0.95, 0],
                              [1, 0, 1], [0.3, 0.95, 1], [-0.8, 0.6, 1], [-0.8, -0.6, 1], [0.3, -0.95, 1],
                              [2, 0, 0], [2, 1, 0], [1.5, 1.5, 0], [2, 0, 1], [2, 1, 1], [1.5, 1.5, 1],
                              [3, 0, 0], [3, 0, 1], [1, 1.6, 0], [1, 1.6, 1]],
                   "cells": [[PENTA, list(range(10))],
                             [HEXA, [1, 0, 10, 11, 12, 18, 6, 5, 13, 14, 15, 19]],
                             [WEDGE, [10, 16, 11, 13, 17, 14]]]}),
    ("ug_polyhedron_cube", {"kind": "ug", "points": CUBE, "cells": [[POLYH, list(range(8)), cube_faces(list(range(8)))]]}),
    ("ug_polyhedra_hex", {"kind": "ug", "points": lattice(2, 2, 4),
                          "cells": [[POLYH, [0, 1, 3, 2, 4, 5, 7, 6], cube_faces([0, 1, 3, 2, 4, 5, 7, 6])],
                                    [POLYH, [4, 5, 7, 6, 8, 9, 11, 10], cube_faces([4, 5, 7, 6, 8, 9, 11, 10])],
                                    [HEX, [8, 9, 11, 10, 12, 13, 15, 14]]]}),
    ("ug_mixed_dims", {"kind": "ug", "points": TWO + [[5, 5, 5], [6, 5, 5], [7, 5, 5], [9, 9, 9]],
                       "cells": [[TRI, [0, 1, 13]], [LINE, [12, 13]], [HEX, [0, 1, 3, 2, 4, 5, 7, 6]],
                                 [VERTEX, [12]], [HEX, [4, 5, 7, 6, 8, 9, 11, 10]], [TRI, [0, 1, 12]],
                                 [QUAD, [8, 9, 11, 10]], [POLYVERTEX, [13, 14]], [POLYLINE, [12, 13, 14]],
                                 [PIXEL, [0, 1, 4, 5]], [STRIP, [0, 1, 2, 3]], [POLYGON, [12, 13, 14, 1, 0]]]}),
    ("ug_surface_only", {"kind": "ug", "points": lattice(3, 3, 1),
                         "cells": [[QUAD, [0, 1, 4, 3]], [TRI, [1, 2, 5]], [TRI, [1, 5, 4]], [PIXEL, [3, 4, 6, 7]],
                                   [POLYGON, [4, 5, 8, 7]]]}),
    ("ug_empty", {"kind": "ug", "points": CUBE, "cells": []}),
    ("ug_with_data", {"kind": "ug", "points": lattice(3, 2, 2), "cells": hexes(3, 2, 2) + [[VERTEX, [0]]],
                      "point_arrays": arrays(12, 1.0), "cell_arrays": carrays(3)}),
    ("image_3d", {"kind": "image", "dims": [3, 4, 5], "point_arrays": arrays(60, 0.0), "cell_arrays": carrays(24)}),
    ("image_3x3x3", {"kind": "image", "dims": [3, 3, 3]}),
    ("image_2d_xy", {"kind": "image", "dims": [4, 3, 1], "point_arrays": arrays(12, 2.0), "cell_arrays": carrays(6)}),
    ("image_2d_yz", {"kind": "image", "dims": [1, 3, 4]}),
    ("image_2d_xz", {"kind": "image", "dims": [3, 1, 2]}),
    ("image_1d", {"kind": "image", "dims": [5, 1, 1], "cell_arrays": carrays(4)}),
    ("image_1d_z", {"kind": "image", "dims": [1, 1, 4]}),
    ("image_0d", {"kind": "image", "dims": [1, 1, 1]}),
    ("rect_3d", {"kind": "rect", "coords": [[0, 1, 3], [0, 2], [0, 0.5, 1, 4]], "cell_arrays": carrays(6)}),
    ("rect_2d", {"kind": "rect", "coords": [[0, 1, 3], [5], [0, 0.5, 1]]}),
    ("sg_3d", {"kind": "sg", "dims": [3, 2, 3], "points": lattice(3, 2, 3, 0.2), "point_arrays": arrays(18, 3.0)}),
    ("sg_2d", {"kind": "sg", "dims": [3, 3, 1], "points": lattice(3, 3, 1, 0.1)}),
    ("sg_1d", {"kind": "sg", "dims": [1, 4, 1], "points": [[0, j, 0] for j in range(4)]}),
    # vtkDataSetSurfaceFilter's structured paths: extents off the origin, 1-D
    # and 0-D grids, blanking (a 3-D structured grid's "shrinking faces")
    ("image_ext_3d", {"kind": "image", "extent": [2, 4, -1, 0, 3, 5], "point_arrays": arrays(18, 5.0),
                      "cell_arrays": carrays(4)}),
    ("image_ext_2d", {"kind": "image", "extent": [1, 3, 2, 2, -2, 0], "cell_arrays": carrays(4)}),
    ("image_1d_y", {"kind": "image", "extent": [0, 0, 2, 5, 1, 1], "point_arrays": arrays(4, 1.0)}),
    ("image_active", {"kind": "image", "dims": [2, 3, 2], "point_arrays": active(12), "cell_arrays": active(2)}),
    ("sg_1d_active", {"kind": "sg", "dims": [3, 1, 1], "points": lattice(3, 1, 1), "point_arrays": active(3),
                      "cell_arrays": active(2)}),
    ("sg_blank_active", {"kind": "sg", "dims": [3, 2, 2], "points": lattice(3, 2, 2), "blank_cells": [0],
                         "point_arrays": active(12), "cell_arrays": active(2)}),
    ("rect_ext_3d", {"kind": "rect", "extent": [1, 2, 3, 5, 0, 1], "coords": [[0, 2], [1, 1.5, 3], [-1, 0]],
                     "coord_class": "vtkFloatArray", "cell_arrays": carrays(2)}),
    ("rect_1d_x", {"kind": "rect", "coords": [[0, 1, 3, 4], [2], [5]], "point_arrays": arrays(4, 0.0),
                   "cell_arrays": carrays(3)}),
    ("rect_1d_z", {"kind": "rect", "coords": [[1], [2], [0, 1, 3]], "cell_arrays": carrays(2)}),
    ("rect_1d_ext", {"kind": "rect", "extent": [2, 5, 0, 0, 0, 0], "coords": [[0, 1, 3, 4], [2], [5]],
                     "point_arrays": arrays(4, 0.0), "cell_arrays": carrays(3)}),
    ("rect_1d_neg", {"kind": "rect", "extent": [-2, 1, 0, 0, 0, 0], "coords": [[0, 1, 3, 4], [2], [5]],
                     "point_arrays": arrays(4, 0.0), "cell_arrays": carrays(3)}),
    # no cell data: VTK reads it one past the cells (docs/contract.md surf.dataset_surface_past)
    ("rect_1d_vertex", {"kind": "rect", "extent": [0, 0, 5, 8, 0, 0], "coords": [[1], [0, 1, 3, 4], [5]],
                        "point_arrays": arrays(4, 0.0)}),
    ("sg_1d_vertex", {"kind": "sg", "extent": [-3, 0, 0, 0, 0, 0], "points": lattice(4, 1, 1, 0.2),
                      "point_arrays": arrays(4, 0.0)}),
    ("rect_0d", {"kind": "rect", "coords": [[1], [2], [3]], "point_arrays": arrays(1, 0.0)}),
    ("sg_1d_x", {"kind": "sg", "dims": [4, 1, 1], "points": lattice(4, 1, 1, 0.3), "cell_arrays": carrays(3)}),
    ("sg_1d_z_ext", {"kind": "sg", "extent": [3, 3, -1, -1, 2, 5], "points": [[0, 0, k * 1.5] for k in range(4)],
                     "point_arrays": arrays(4, 2.0), "cell_arrays": carrays(3)}),
    ("sg_1d_blank", {"kind": "sg", "dims": [1, 5, 1], "points": [[0, j, 0] for j in range(5)], "blank_points": [2],
                     "cell_arrays": carrays(4)}),
    ("sg_0d", {"kind": "sg", "dims": [1, 1, 1], "points": [[1, 2, 3]]}),
    ("sg_2d_ext", {"kind": "sg", "extent": [0, 0, 1, 3, 4, 5], "points": lattice(3, 2, 1, 0.2),
                   "point_arrays": arrays(6, 1.0), "cell_arrays": carrays(2)}),
    ("sg_3d_ext", {"kind": "sg", "extent": [-1, 1, 0, 1, 1, 3], "points": lattice(3, 2, 3, 0.1),
                   "cell_arrays": carrays(4)}),
    ("sg_blank_cells", {"kind": "sg", "dims": [4, 3, 3], "points": lattice(4, 3, 3, 0.1), "blank_cells": [1, 4, 8],
                        "point_arrays": arrays(36, 0.0), "cell_arrays": carrays(12)}),
    # vtkGeometryFilter's "shrinking faces": runs that reopen along a column (inner faces),
    # duplicate cells (a run ends without a face), hidden points alone (not a cell ghost: all sides)
    ("sg_blank_middle", {"kind": "sg", "dims": [5, 3, 3], "points": lattice(5, 3, 3, 0.1), "blank_cells": [1, 6, 10],
                         "point_arrays": arrays(45, 0.0), "cell_arrays": carrays(16)}),
    ("sg_ghost_dup", {"kind": "sg", "extent": [2, 5, -1, 1, 0, 2], "points": lattice(4, 3, 3, 0.2),
                      "ghost_cells": {"0": 1, "2": 1, "5": 32, "9": 1, "10": 8}, "cell_arrays": carrays(12)}),
    ("sg_blank_point", {"kind": "sg", "extent": [1, 3, 0, 2, 2, 4], "points": lattice(3, 3, 3), "blank_points": [1],
                        "cell_arrays": carrays(8)}),
    ("poly_unused", {"kind": "poly", "points": [[i, i * i, 0] for i in range(6)],
                     "verts": [[5]], "lines": [[0, 1]], "polys": [[1, 2, 3], [0, 1, 3]], "strips": [[0, 1, 2, 3]],
                     "point_arrays": arrays(6, 4.0), "cell_arrays": carrays(5)}),
]


def fill(attrs, specs):
    for s in specs or ():
        a = {"vtkDoubleArray": vtkDoubleArray, "vtkFloatArray": vtkFloatArray, "vtkIntArray": vtkIntArray,
             "vtkIdTypeArray": vtkIdTypeArray}[s["class"]]()
        a.SetName(s["name"])
        a.SetNumberOfComponents(s["components"])
        for v in s["values"]:
            a.InsertNextValue(v)
        if s.get("attribute"):
            getattr(attrs, "Set" + s["attribute"])(a)
        else:
            attrs.AddArray(a)


def points(xyz):
    p = vtkPoints()
    for x in xyz:
        p.InsertNextPoint(*x)
    return p


def shape(d, r):
    """SetExtent when the recipe has one, else SetDimensions (of dims or of the coordinates)"""
    if "extent" in r:
        d.SetExtent(*r["extent"])
    else:
        d.SetDimensions(*(r["dims"] if "dims" in r else [len(c) for c in r["coords"]]))


def build(r):
    k = r["kind"]
    if k == "ug":
        d = vtkUnstructuredGrid()
        d.SetPoints(points(r["points"]))
        for c in r["cells"]:
            if c[0] == POLYH:
                stream = vtkIdList()
                for x in [len(c[2])] + [x for f in c[2] for x in [len(f)] + f]:
                    stream.InsertNextId(x)
                d.InsertNextCell(POLYH, stream)  # VTK's face stream (nfaces, n0, ids0, ...)
            else:
                d.InsertNextCell(c[0], len(c[1]), c[1])
    elif k == "image":
        d = vtkImageData()
        shape(d, r)
    elif k == "rect":
        d = vtkRectilinearGrid()
        shape(d, r)
        for setter, c in zip(("SetXCoordinates", "SetYCoordinates", "SetZCoordinates"), r["coords"]):
            a = {"vtkDoubleArray": vtkDoubleArray, "vtkFloatArray": vtkFloatArray}[r.get("coord_class", "vtkDoubleArray")]()
            for v in c:
                a.InsertNextValue(v)
            getattr(d, setter)(a)
    elif k == "sg":
        d = vtkStructuredGrid()
        shape(d, r)
        d.SetPoints(points(r["points"]))
        for i in r.get("blank_points", ()):
            d.BlankPoint(i)
        for i in r.get("blank_cells", ()):
            d.BlankCell(i)
        if "ghost_cells" in r:  # a vtkGhostType cell array: {cell id: ghost bits}
            g = vtkUnsignedCharArray()
            g.SetName("vtkGhostType")
            for i in range(d.GetNumberOfCells()):
                g.InsertNextValue(r["ghost_cells"].get(str(i), 0))
            d.GetCellData().AddArray(g)
    else:
        d = vtkPolyData()
        d.SetPoints(points(r["points"]))
        for name in ("verts", "lines", "polys", "strips"):
            ca = vtkCellArray()
            for c in r.get(name, ()):
                ca.InsertNextCell(len(c), c)
            getattr(d, "Set" + name.capitalize())(ca)
    fill(d.GetPointData(), r.get("point_arrays"))
    fill(d.GetCellData(), r.get("cell_arrays"))
    return d


def result(f, data):
    f.SetInputData(data)
    f.PassThroughPointIdsOn()
    f.PassThroughCellIdsOn()
    f.Update()
    o = f.GetOutput()
    pd, cd = o.GetPointData(), o.GetCellData()
    ids = lambda at, name, n: [int(at.GetArray(name).GetValue(i)) for i in range(n)] if at.GetArray(name) is not None else None
    pids = ids(pd, "vtkOriginalPointIds", o.GetNumberOfPoints())
    cids = ids(cd, "vtkOriginalCellIds", o.GetNumberOfCells())
    cells = {}
    for name in ("Verts", "Lines", "Polys", "Strips"):
        ca, out = getattr(o, "Get" + name)(), []
        for c in range(ca.GetNumberOfCells()):
            ids = vtkIdList()
            ca.GetCellAtId(c, ids)
            out.append([(range(o.GetNumberOfPoints()) if pids is None else pids)[ids.GetId(j)] for j in range(ids.GetNumberOfIds())])
        cells[name.lower()] = out
    arrays = {}
    for at, tag in ((pd, "point"), (cd, "cell")):
        for i in range(at.GetNumberOfArrays()):
            a = at.GetArray(i)
            arrays[f"{tag}/{a.GetName()}"] = [a.GetComponent(t, c) for t in range(a.GetNumberOfTuples())
                                               for c in range(a.GetNumberOfComponents())]
    pts = o.GetPoints()
    coords = [round(v, 6) for i in range(o.GetNumberOfPoints()) for v in pts.GetPoint(i)]
    act = {tag: [at.GetAttribute(k).GetName() if at.GetAttribute(k) is not None else None for k in (0, 2, 5)]
           for at, tag in ((pd, "point"), (cd, "cell"))}
    return {"points": o.GetNumberOfPoints(), "cells": o.GetNumberOfCells(), "coords": coords, "active": act,
            "point_ids": pids, "cell_ids": cids, "by_kind": cells, "arrays": arrays,
            "point_type": o.GetPoints().GetDataType() if o.GetPoints() else None}


def random_structured(n, seed=20):
    """n seeded random image, rectilinear and structured grids: extents of 0 to 3 cells
    along each axis starting anywhere in [-3, 3], blanked cells and points; for
    vtkDataSetSurfaceFilter only (no cell data where VTK's output is one vertex: VTK reads
    it past the cells, docs/contract.md surf.dataset_surface_past)"""
    rnd, out = random.Random(seed), []
    for k in range(n):
        kind, ext = rnd.choice(["image", "rect", "sg"]), []
        for _ in range(3):
            lo = rnd.randint(-3, 3)
            ext += [lo, lo + rnd.choice([0, 0, 1, 2, 3])]
        d = [ext[1] - ext[0] + 1, ext[3] - ext[2] + 1, ext[5] - ext[4] + 1]
        npts, ncells = d[0] * d[1] * d[2], max(d[0] - 1, 1) * max(d[1] - 1, 1) * max(d[2] - 1, 1)
        r = {"kind": kind, "extent": ext, "point_arrays": arrays(npts, 1.0)[:1], "cell_arrays": carrays(ncells)}
        if kind == "rect":
            r["coords"] = [[x * 1.5 + a for x in range(d[a])] for a in range(3)]
        if kind == "sg":
            r["points"] = lattice(*d, 0.1)
            if rnd.random() < 0.5:
                r["blank_cells"] = rnd.sample(range(ncells), rnd.randint(1, min(3, ncells)))
            if rnd.random() < 0.3:
                r["blank_points"] = [rnd.randrange(npts)]
        res = result(vtkDataSetSurfaceFilter(), build(r))
        if res["by_kind"]["verts"]:
            del r["cell_arrays"]
            res = result(vtkDataSetSurfaceFilter(), build(r))
        out.append({"name": f"random_{k}", "recipe": r, "dataset_surface": res})
    return out


def random_blanked(n, seed=21):
    """n seeded random 3-D structured grids (2 to 5 points along each axis) with hidden
    cells, hidden points and duplicate/refined cell ghosts: vtkGeometryFilter's structured
    path ("shrinking faces" when a cell ghost is set)"""
    rnd, out = random.Random(seed), []
    for k in range(n):
        d = [rnd.randint(2, 5) for _ in range(3)]
        lo = [rnd.randint(-2, 2) for _ in range(3)]
        npts, ncells = d[0] * d[1] * d[2], (d[0] - 1) * (d[1] - 1) * (d[2] - 1)
        r = {"kind": "sg", "extent": [x for a in range(3) for x in (lo[a], lo[a] + d[a] - 1)],
             "points": lattice(*d, 0.1), "point_arrays": arrays(npts, 1.0)[:1], "cell_arrays": carrays(ncells)}
        if rnd.random() < 0.7:
            r["blank_cells"] = rnd.sample(range(ncells), rnd.randint(1, max(1, ncells // 2)))
        if rnd.random() < 0.2:
            r["blank_points"] = [rnd.randrange(npts)]
        if rnd.random() < 0.4:
            r["ghost_cells"] = {str(c): rnd.choice([1, 1, 8, 32]) for c in rnd.sample(range(ncells), rnd.randint(1, ncells))}
        out.append({"name": f"blanked_{k}", "recipe": r, "geometry": result(vtkGeometryFilter(), build(r))})
    return out


def main():
    out = {"vtk": vtkVersion.GetVTKVersion(), "cases": []}
    for name, r in CASES:
        out["cases"].append({"name": name, "recipe": r, "geometry": result(vtkGeometryFilter(), build(r)),
                             "dataset_surface": result(vtkDataSetSurfaceFilter(), build(r))})
    out["random_structured"] = random_structured(40)
    out["random_blanked"] = random_blanked(40)
    path = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "surface_ref.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()

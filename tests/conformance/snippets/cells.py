# Cells (vtkCell's classes, vtkGenericCell, vtkCellTypes, the VTK_* cell types) and
# GetCell of the data sets (issue 18, item 2).
_I = (
    "from vtkmodules.vtkCommonDataModel import *\n"
    "def ids(c):\n"
    "    return [c.GetPointId(i) for i in range(c.GetNumberOfPoints())]\n"
    "def setup(c, n=None):\n"
    "    n = c.GetNumberOfPoints() if n is None else n\n"
    "    c.GetPointIds().SetNumberOfIds(n)\n"
    "    c.GetPoints().SetNumberOfPoints(n)\n"
    "    for j in range(n):\n"
    "        c.GetPointIds().SetId(j, 100 + 3 * j)\n"
    "        c.GetPoints().SetPoint(j, j, j * j - 2, 0.5 * j)\n"
    "    return c\n"
    "def edges(c):\n"
    "    return [(c.GetEdge(i).GetClassName(), ids(c.GetEdge(i)), c.GetEdge(i).GetPoints().GetPoint(1)) for i in range(c.GetNumberOfEdges())]\n"
    "def faces(c):\n"
    "    return [(c.GetFace(i).GetClassName(), ids(c.GetFace(i)), c.GetFace(i).GetBounds()) for i in range(c.GetNumberOfFaces())]\n"
)
_PD = _I + (
    "def mkpd():\n"
    "    pd = vtkPolyData()\n"
    "    p = vtkPoints()\n"
    "    for i in range(6):\n"
    "        p.InsertNextPoint(i, i * i, -i)\n"
    "    pd.SetPoints(p)\n"
    "    pd.AllocateExact(10, 30)\n"
    "    for t, c in ((5, (0, 1, 2)), (1, (3,)), (8, (0, 1, 2, 3)), (6, (0, 1, 2, 3)), (4, (3, 4, 5)), (7, (0, 2, 4, 5, 1)), (2, (5, 4))):\n"
    "        pd.InsertNextCell(t, len(c), c)\n"
    "    return pd\n"
)
_CLASSES = ["vtkEmptyCell", "vtkVertex", "vtkPolyVertex", "vtkLine", "vtkPolyLine", "vtkTriangle",
            "vtkTriangleStrip", "vtkPolygon", "vtkPixel", "vtkQuad", "vtkTetra", "vtkVoxel",
            "vtkHexahedron", "vtkWedge", "vtkPyramid", "vtkPentagonalPrism", "vtkHexagonalPrism",
            "vtkPolyhedron", "vtkGenericCell"]
_VARIABLE = ["vtkPolyVertex", "vtkPolyLine", "vtkTriangleStrip", "vtkPolygon"]

# vtkIdList has no buffer to share (vtkIdList's ShallowCopy copies too): the
# copy does not follow later changes of the source's ids
DIFFERENT = {"cells.shallow_copy_ids": "[100, 103, 106, 109]",
             "cells.edge_out_of_range": "!ValueError", "cells.face_out_of_range": "!ValueError",
             "cells.point_id_out_of_range": "!ValueError", "cells.pd_get_cell_out_of_range": "!ValueError"}
# VTK reads past the cell's tables / the data set's cells there (rule a)
NOT_IN_VTK = {"cells.edge_out_of_range", "cells.face_out_of_range", "cells.point_id_out_of_range",
              "cells.pd_get_cell_out_of_range"}

SNIPPETS = [
    ("cells.constants", _I + "(VTK_EMPTY_CELL, VTK_VERTEX, VTK_POLY_VERTEX, VTK_LINE, VTK_POLY_LINE, VTK_TRIANGLE, VTK_TRIANGLE_STRIP, VTK_POLYGON, VTK_PIXEL, VTK_QUAD, VTK_TETRA, VTK_VOXEL, VTK_HEXAHEDRON, VTK_WEDGE, VTK_PYRAMID, VTK_PENTAGONAL_PRISM, VTK_HEXAGONAL_PRISM, VTK_POLYHEDRON, VTK_QUADRATIC_TETRA, VTK_LAGRANGE_WEDGE, VTK_BEZIER_PYRAMID, VTK_NUMBER_OF_CELL_TYPES, VTK_HIGHER_ORDER_EDGE, VTK_CONVEX_POINT_SET)"),
    ("cells.constants_util", "import vtkmodules.util.vtkConstants as k\n(k.VTK_TETRA, k.VTK_EMPTY_CELL, k.VTK_POLYHEDRON, k.VTK_QUADRATIC_EDGE)"),
    ("cells.mro", _I + "[c.__name__ for c in vtkTetra.__mro__][:3]"),
    ("cells.abstract", _I + "vtkCell()"),
    ("cells.class_names", _I + "[vtkCellTypes.GetClassNameFromTypeId(t) for t in range(-1, 84)]"),
    ("cells.type_ids", _I + "[vtkCellTypes.GetTypeIdFromClassName(n) for n in ('vtkTetra', 'vtkPolyhedron', 'vtkBezierWedge', 'vtkGenericCell', 'vtkCell', 'nothing', '')]"),
    ("cells.is_linear", _I + "[vtkCellTypes.IsLinear(t) for t in range(256)]"),
    ("cells.dimension", _I + "[vtkCellTypes.GetDimension(t) for t in range(82)]"),
    ("cells.is_linear_overflow", _I + "vtkCellTypes.IsLinear(256)"),
    ("cells.dimension_negative", _I + "vtkCellTypes.GetDimension(-1)"),
    ("cells.class_name_float", _I + "vtkCellTypes.GetClassNameFromTypeId(1.5)"),
    # ---- vtkCellTypes, the instance ----
    ("cells.types_insert", _I + "t = vtkCellTypes()\nr = (t.InsertNextCell(10), t.InsertNextType(12), t.InsertNextCell(5))\nt.InsertCell(6, 42)\n(r, t.GetNumberOfTypes(), [t.GetCellType(i) for i in (0, 1, 2, 6)], t.IsType(42), t.IsType(9), t.InsertNextCell(1))"),
    ("cells.types_delete_reset", _I + "t = vtkCellTypes()\nfor x in (10, 12, 5): t.InsertNextCell(x)\nt.DeleteCell(1)\na = [t.GetCellType(i) for i in range(3)]\nt.Reset()\n(a, t.GetNumberOfTypes(), t.InsertNextCell(9), t.GetCellType(0))"),
    ("cells.types_allocate", _I + "t = vtkCellTypes()\nt.InsertNextCell(3)\n(t.Allocate(), t.GetNumberOfTypes(), t.GetCellTypesArray().GetNumberOfValues(), t.Allocate(7), t.GetCellTypesArray().GetSize(), t.GetCellTypesArray().GetClassName())"),
    ("cells.types_overflow", _I + "t = vtkCellTypes()\nt.InsertNextCell(300)"),
    ("cells.types_negative", _I + "t = vtkCellTypes()\nt.InsertNextCell(-1)"),
    ("cells.types_float", _I + "t = vtkCellTypes()\nt.InsertNextCell(2.0)"),
    ("cells.types_set", _I + "a = vtkUnsignedCharArray()\nfor x in (1, 3, 5, 7): a.InsertNextValue(x)\nt = vtkCellTypes()\nt.SetCellTypes(3, a)\nt.InsertNextCell(9)\n(t.GetNumberOfTypes(), [t.GetCellType(i) for i in range(4)], t.GetCellTypesArray() is a, a.GetValue(3))"),
    ("cells.types_deep_copy", _I + "t = vtkCellTypes()\nfor x in (10, 12): t.InsertNextCell(x)\nu = vtkCellTypes()\nu.DeepCopy(t)\nt.InsertNextCell(3)\n(u.GetNumberOfTypes(), u.GetCellType(1), u.GetCellTypesArray() is t.GetCellTypesArray())"),
    ("cells.types_squeeze_memory", _I + "t = vtkCellTypes()\nfor x in range(100): t.InsertNextCell(x % 10)\nt.Squeeze()\n(t.GetCellTypesArray().GetSize(), t.GetActualMemorySize())"),
    # ---- vtkGenericCell ----
    ("cells.generic_new", _I + "g = vtkGenericCell()\n(g.GetClassName(), g.GetCellType(), g.GetNumberOfPoints(), g.GetCellDimension(), g.GetBounds(), g.IsLinear(), g.GetNumberOfEdges())"),
    ("cells.generic_set_type", _I + "g = vtkGenericCell()\nout = []\nfor t in (12, 7, 10, 0, 42, 13):\n    g.SetCellType(t)\n    out.append((g.GetClassName(), g.GetCellType(), g.GetNumberOfPoints(), g.GetPoints().GetNumberOfPoints(), g.GetNumberOfEdges(), g.GetNumberOfFaces(), g.GetCellDimension(), g.IsPrimaryCell(), g.RequiresInitialization()))\nout"),
    ("cells.generic_deep_copy", _I + "t = setup(vtkTetra())\ng = vtkGenericCell()\ng.DeepCopy(t)\n(g.GetCellType(), ids(g), g.GetBounds(), edges(g)[:2])"),
    ("cells.shallow_copy_ids", _I + "c = setup(vtkTetra())\ne = vtkTetra()\ne.ShallowCopy(c)\nc.GetPointIds().SetId(0, 7)\nids(e)"),
    ("cells.deep_copy_other_type", _I + "c = setup(vtkHexahedron())\nt = vtkTetra()\nt.DeepCopy(c)\n(t.GetClassName(), t.GetCellType(), ids(t), t.GetNumberOfEdges())"),
    ("cells.edge_out_of_range", _I + "vtkTetra().GetEdge(6)"),
    ("cells.face_out_of_range", _I + "vtkHexahedron().GetFace(-1)"),
    ("cells.point_id_out_of_range", _I + "vtkTriangle().GetPointId(3)"),
    ("cells.pd_get_cell_out_of_range", _PD + "mkpd().GetCell(7)"),
    ("cells.generic_faces", _I + "g = vtkGenericCell()\ng.SetCellType(VTK_WEDGE)\nsetup(g)\n(faces(g), len(edges(g)))"),
    # ---- polydata GetCell ----
    ("cells.pd_get_cell", _PD + "pd = mkpd()\n[(c.GetClassName(), c.GetCellType(), ids(c), c.GetBounds(), c.GetNumberOfEdges()) for c in (pd.GetCell(i) for i in range(pd.GetNumberOfCells()))]"),
    ("cells.pd_get_cell_points", _PD + "pd = mkpd()\nc = pd.GetCell(5)\n[c.GetPoints().GetPoint(i) for i in range(c.GetNumberOfPoints())]"),
    ("cells.pd_get_cell_generic", _PD + "pd = mkpd()\ng = vtkGenericCell()\nout = []\nfor i in range(pd.GetNumberOfCells()):\n    r = pd.GetCell(i, g)\n    out.append((r, g.GetClassName(), g.GetCellType(), ids(g), g.GetBounds()))\nout"),
    ("cells.pd_get_cell_edges", _PD + "pd = mkpd()\n[edges(pd.GetCell(i)) for i in (0, 2, 3, 5)]"),
    ("cells.pd_get_cell_deleted", _PD + "pd = mkpd()\npd.BuildCells()\npd.DeleteCell(1)\nc = pd.GetCell(1)\n(c.GetClassName(), c.GetNumberOfPoints(), c.GetBounds())"),
    ("cells.pd_get_cell_bad_arg", _PD + "mkpd().GetCell(1.5)"),
    ("cells.pd_get_cell_bad_cell", _PD + "mkpd().GetCell(0, vtkIdList())"),
    ("cells.pd_distinct_types", _PD + "pd = mkpd()\nt = vtkCellTypes()\npd.GetDistinctCellTypes(t)\n[t.GetCellType(i) for i in range(t.GetNumberOfTypes())]"),
    ("cells.pd_cell_types", _PD + "pd = mkpd()\nt = vtkCellTypes()\nt.InsertNextCell(42)\npd.GetCellTypes(t)\n(t.GetNumberOfTypes(), [t.GetCellType(i) for i in range(t.GetNumberOfTypes())])"),
    ("cells.pd_distinct_empty", _I + "t = vtkCellTypes()\nt.InsertNextCell(42)\nvtkPolyData().GetDistinctCellTypes(t)\nt.GetNumberOfTypes()"),
    ("cells.pd_length2", _PD + "pd = mkpd()\n[pd.GetCell(i).GetLength2() for i in range(7)]"),
]

for _n in _CLASSES:
    SNIPPETS += [
        (f"cells.{_n}.new", _I + f"c = {_n}()\n(c.GetClassName(), c.GetCellType(), c.GetCellDimension(), c.GetNumberOfPoints(), c.GetPoints().GetNumberOfPoints(), c.GetPoints().GetDataType(), ids(c), c.IsLinear(), c.IsPrimaryCell(), c.RequiresInitialization(), c.RequiresExplicitFaceRepresentation(), c.IsExplicitCell(), c.GetNumberOfEdges(), c.GetNumberOfFaces(), c.GetBounds(), isinstance(c, vtkCell))"),
        (f"cells.{_n}.set_points", _I + f"c = setup({_n}())\n(ids(c), c.GetBounds(), c.GetLength2(), c.GetPoints().GetPoint(c.GetNumberOfPoints() - 1) if c.GetNumberOfPoints() else None)"),
        (f"cells.{_n}.copies", _I + f"c = setup({_n}())\nd = {_n}()\nd.DeepCopy(c)\ne = {_n}()\ne.ShallowCopy(c)\nr = (ids(d), ids(e), e.GetBounds())\nc.GetPoints().SetPoint(0, 9, 9, 9) if c.GetNumberOfPoints() else None\n(r, d.GetBounds(), e.GetBounds(), d.GetPointIds() is c.GetPointIds(), e.GetPoints() is c.GetPoints())"),
    ]
    if _n not in _VARIABLE and _n not in ("vtkEmptyCell", "vtkPolyhedron", "vtkGenericCell"):
        SNIPPETS += [
            (f"cells.{_n}.edges", _I + f"edges(setup({_n}()))"),
            (f"cells.{_n}.faces", _I + f"faces(setup({_n}()))"),
            (f"cells.{_n}.edge_reused", _I + f"c = setup({_n}())\n(c.GetEdge(0) is c.GetEdge(c.GetNumberOfEdges() - 1)) if c.GetNumberOfEdges() else None"),
        ]
for _n in _VARIABLE:
    for _k in (3, 4, 6):
        SNIPPETS.append((f"cells.{_n}.edges_{_k}", _I + f"c = setup({_n}(), {_k})\n(c.GetNumberOfPoints(), c.GetNumberOfEdges(), c.GetNumberOfFaces(), edges(c), c.GetBounds())"))

# vtkCellArray.InsertNextCell with a vtkIdList, both forms (VTK takes one)
SNIPPETS += [
    ("cells.insert_next_cell_idlist",
     "ca = vtkCellArray(); l = vtkIdList()\n"
     "for i in (3, 4, 5): l.InsertNextId(i)\n"
     "(ca.InsertNextCell(l), ca.InsertNextCell(2, l), ca.GetNumberOfCells(), ca.GetNumberOfConnectivityIds(),\n"
     " [ca.GetCellSize(i) for i in range(2)])"),
]

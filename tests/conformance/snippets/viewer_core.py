# vtkLookupTable and the surface filters (issue 20, items 1 and 2).
_LUT = (
    "def lut(**kw):\n"
    "    l = vtkLookupTable()\n"
    "    for k, v in kw.items():\n"
    "        getattr(l, 'Set' + k)(*v)\n"
    "    l.Build()\n"
    "    return l\n"
    "def rgba(l, vals):\n"
    "    out = []\n"
    "    for v in vals:\n"
    "        c = [0.0, 0.0, 0.0]\n"
    "        l.GetColor(v, c)\n"
    "        out.append((c, l.GetOpacity(v), l.GetIndex(v)))\n"
    "    return out\n"
)
_SURF = (
    "from vtkmodules.vtkFiltersGeometry import vtkGeometryFilter, vtkDataSetSurfaceFilter\n"
    "from vtkmodules.vtkCommonDataModel import vtkImageData, vtkUnstructuredGrid, vtkCellArray, VTK_TETRA, VTK_LINE\n"
    "def surf(d, cls=vtkGeometryFilter):\n"
    "    f = cls()\n"
    "    f.SetInputData(d)\n"
    "    f.PassThroughPointIdsOn()\n"
    "    f.PassThroughCellIdsOn()\n"
    "    f.Update()\n"
    "    o = f.GetOutput()\n"
    "    ids = lambda a: [int(a.GetValue(i)) for i in range(a.GetNumberOfTuples())] if a else None\n"
    "    return (o.GetNumberOfPoints(), o.GetNumberOfVerts(), o.GetNumberOfLines(), o.GetNumberOfPolys(),\n"
    "            ids(o.GetPointData().GetArray('vtkOriginalPointIds')), ids(o.GetCellData().GetArray('vtkOriginalCellIds')))\n"
    "def image(*d):\n"
    "    g = vtkImageData()\n"
    "    g.SetDimensions(*d)\n"
    "    return g\n"
)
_VALS = "[-1.0, 0.0, 0.3, 0.5, 1.0, 2.0, float('nan')]"

SNIPPETS = [
    ("lut.mro", "[c.__name__ for c in vtkLookupTable.__mro__ if c.__name__.startswith('vtk')][:2]"),
    ("lut.defaults", "l = vtkLookupTable()\n(l.GetNumberOfColors(), l.GetRange(), l.GetHueRange(), l.GetSaturationRange(), "
     "l.GetValueRange(), l.GetAlphaRange(), l.GetNanColor(), l.GetRamp(), l.GetScale(), l.GetVectorMode(), "
     "l.GetVectorComponent(), l.GetVectorSize(), l.GetAlpha(), l.GetUseBelowRangeColor())"),
    ("lut.default_colors", _LUT + f"rgba(lut(), {_VALS})"),
    ("lut.linear_16", _LUT + f"rgba(lut(NumberOfTableValues=[16], Range=[-1, 2], Ramp=[0]), {_VALS})"),
    ("lut.log10", _LUT + "l = lut(Scale=[1], Range=[1, 1000])\nrgba(l, [0.5, 1, 10, 100, 999, 5000])"),
    ("lut.log_bad_range", "l = vtkLookupTable()\nl.SetScaleToLog10()\nl.SetRange(-1, 1)\nl.GetRange()"),
    ("lut.log_adjust", "l = vtkLookupTable()\nl.SetRange(-1, 1)\nl.SetScaleToLog10()\nl.GetRange()"),
    ("lut.bad_range", "l = vtkLookupTable()\nl.SetRange(3, 1)\nl.GetRange()"),
    ("lut.alpha_clamp", "l = vtkLookupTable()\nl.SetAlpha(7)\nl.GetAlpha()"),
    ("lut.table_value", "l = vtkLookupTable()\nl.SetNumberOfTableValues(4)\nl.Build()\n"
     "l.SetTableValue(1, 0.5, 0.25, 1.0, 0.5)\nl.Build()\n(l.GetTableValue(1), l.GetTableValue(99), l.GetTableValue(-5))"),
    ("lut.special", _LUT + "l = lut(Range=[0, 1], NumberOfTableValues=[3], UseBelowRangeColor=[1], "
     "BelowRangeColor=[0.1, 0.2, 0.3, 0.4], NanColor=[0, 1, 0, 1])\n" + f"rgba(l, {_VALS})"),
    ("lut.map_scalars", "l = vtkLookupTable()\nl.SetRange(0, 4)\nl.Build()\na = make(vtkFloatArray, [0, 1, 2, 3, 4, 9])\n"
     "c = l.MapScalars(a, 0, 0)\n(c.GetClassName(), c.GetNumberOfComponents(), [c.GetValue(i) for i in range(24)])"),
    ("lut.map_magnitude", "l = vtkLookupTable()\nl.SetRange(0, 5)\nl.SetVectorModeToMagnitude()\nl.Build()\n"
     "a = make(vtkDoubleArray, [3, 4, 0, 1, 1, 1], 3)\nc = l.MapScalars(a, 1, -1)\n[c.GetValue(i) for i in range(8)]"),
    ("lut.map_direct", "l = vtkLookupTable()\nl.SetAlpha(0.5)\na = make(vtkUnsignedCharArray, [10, 20, 30, 40, 50, 60], 3)\n"
     "c = l.MapScalars(a, 0, -1)\n[c.GetValue(i) for i in range(8)]"),
    ("surf.image_3d", _SURF + "surf(image(3, 3, 3))"),
    ("surf.image_2d", _SURF + "surf(image(3, 1, 3))"),
    ("surf.image_1d", _SURF + "surf(image(1, 4, 1))"),
    ("surf.image_0d", _SURF + "surf(image(1, 1, 1))"),
    ("surf.ugrid_tetras", _SURF + "g = vtkUnstructuredGrid()\np = vtkPoints()\n"
     "for x in [(0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1)]:\n    p.InsertNextPoint(*x)\n"
     "g.SetPoints(p)\ng.InsertNextCell(VTK_TETRA, 4, [0, 1, 2, 3])\ng.InsertNextCell(VTK_TETRA, 4, [1, 2, 3, 4])\n"
     "g.InsertNextCell(VTK_LINE, 2, [0, 4])\nsurf(g)"),
    ("surf.polydata", _SURF + "d = vtkPolyData()\np = vtkPoints()\nfor i in range(4):\n    p.InsertNextPoint(i, 0, 0)\n"
     "d.SetPoints(p)\nc = vtkCellArray()\nc.InsertNextCell(2, [0, 3])\nd.SetLines(c)\nsurf(d)"),
    ("surf.dataset_surface_ugrid", _SURF + "g = vtkUnstructuredGrid()\np = vtkPoints()\n"
     "for x in [(0, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1)]:\n    p.InsertNextPoint(*x)\n"
     "g.SetPoints(p)\ng.InsertNextCell(VTK_TETRA, 4, [0, 1, 2, 3])\ns = surf(g, vtkDataSetSurfaceFilter)\n"
     "(s[:4], sorted(s[4]), sorted(s[5]))"),
    ("surf.no_input", _SURF + "f = vtkGeometryFilter()\nf.GetInput()"),
]
SNIPPETS += [
    ("surf.dataset_surface_image", _SURF + "surf(image(3, 3, 3), vtkDataSetSurfaceFilter)"),
    ("surf.dataset_surface_1d", _SURF + "surf(image(4, 1, 1), vtkDataSetSurfaceFilter)"),
    ("surf.dataset_surface_2d", _SURF + "g = image(3, 1, 3)\ng.SetExtent(2, 4, -1, -1, 5, 7)\n"
     "surf(g, vtkDataSetSurfaceFilter)"),
    ("surf.dataset_surface_sg_1d", _SURF + "from vtkmodules.vtkCommonDataModel import vtkStructuredGrid\n"
     "g = vtkStructuredGrid()\ng.SetExtent(0, 0, 1, 4, 0, 0)\np = vtkPoints()\nfor j in range(4):\n"
     "    p.InsertNextPoint(0, j, 0)\ng.SetPoints(p)\ng.BlankPoint(3)\nsurf(g, vtkDataSetSurfaceFilter)"),
    ("surf.dataset_surface_sg_blank", _SURF + "from vtkmodules.vtkCommonDataModel import vtkStructuredGrid\n"
     "g = vtkStructuredGrid()\ng.SetDimensions(3, 2, 2)\np = vtkPoints()\n"
     "for k in range(2):\n    for j in range(2):\n        for i in range(3):\n            p.InsertNextPoint(i, j, k)\n"
     "g.SetPoints(p)\ng.BlankCell(1)\ns = surf(g, vtkDataSetSurfaceFilter)\n"
     "o = vtkDataSetSurfaceFilter()\no.SetInputData(g)\no.Update()\n"
     "(s, o.GetOutput().GetPolys().GetCellSize(0), o.GetOutput().GetPoints().GetDataType())"),
    ("surf.dataset_surface_strip", _SURF + "from vtkmodules.vtkCommonDataModel import VTK_TRIANGLE_STRIP\n"
     "g = vtkUnstructuredGrid()\np = vtkPoints()\nfor x in [(0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 0)]:\n"
     "    p.InsertNextPoint(*x)\ng.SetPoints(p)\ng.InsertNextCell(VTK_TRIANGLE_STRIP, 4, [0, 1, 2, 3])\n"
     "s = surf(g, vtkDataSetSurfaceFilter)\n(s[:4], sorted(s[4]), sorted(s[5]))"),
]
DIFFERENT = {
    "surf.dataset_surface_strip": "((4, 0, 0, 0), [0, 1, 2, 3], [0])",
}

"""The notebook view (python/view: vtkbuf-view, `make view`), natively: what it hands the
widget (the surface as bytes, colours), its outputs (widget + static SVG), the IPython
display of data sets, and its wheel (not in the core wheel)."""
import glob
import os
import sys
import zipfile

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STAGED = os.path.join(ROOT, "build", "view")
if not os.path.exists(os.path.join(STAGED, "vtkbuf_view", "static", "widget.js")):
    raise RuntimeError("build/view missing: run make view")
sys.path.insert(0, STAGED)

import vtkbuf  # noqa: E402
import vtkbuf_view  # noqa: E402
from vtkbuf_view import _data, _widget  # noqa: E402


def squares(n=4, cell=False):
    """n unit squares side by side, own corners, point (or cell) scalar 'level' = index."""
    pd = vtkbuf.vtkPolyData()
    pts, quads, level = vtkbuf.vtkPoints(), vtkbuf.vtkCellArray(), vtkbuf.vtkFloatArray()
    level.SetName("level")
    for q in range(n):
        first = pts.GetNumberOfPoints()
        for x, y in ((q, 0), (q + 1, 0), (q + 1, 1), (q, 1)):
            pts.InsertNextPoint(x, y, 0)
            if not cell:
                level.InsertNextValue(q)
        quads.InsertNextCell(4, [first, first + 1, first + 2, first + 3])
        if cell:
            level.InsertNextValue(q)
    pd.SetPoints(pts)
    pd.SetPolys(quads)
    (pd.GetCellData() if cell else pd.GetPointData()).SetScalars(level)
    return pd


def test_arrays_are_the_surface_and_its_scalars():
    a = _widget.arrays(squares())
    assert a["points"].dtype == np.float32 and a["points"].shape == (16, 3)
    assert a["polys"].dtype == np.uint32
    assert a["polys"].tolist() == sum(([4, 4 * q, 4 * q + 1, 4 * q + 2, 4 * q + 3] for q in range(4)), [])
    assert [len(a[c]) for c in ("verts", "lines", "strips")] == [0, 0, 0]
    assert a["values"].tolist() == [q for q in range(4) for _ in range(4)]
    assert (a["name"], a["association"], a["range"]) == ("level", "point", (0.0, 3.0))


def test_scalars_by_name_association_and_magnitude():
    pd = squares(cell=True)
    assert _widget.arrays(pd)["association"] == "cell"
    v = vtkbuf.vtkDoubleArray()
    v.SetName("v")
    v.SetNumberOfComponents(3)
    for i in range(16):
        v.InsertNextTuple3(3, 4, i)
    pd.GetPointData().AddArray(v)
    a = _widget.arrays(pd, scalars="v")
    assert (a["name"], a["association"]) == ("v", "point")
    assert np.allclose(a["values"], np.sqrt(25 + np.arange(16) ** 2))
    assert a["range"] == pytest.approx((5.0, np.sqrt(25 + 225)))
    assert _widget.arrays(pd, scalars="v", range=(0, 10))["range"] == (0.0, 10.0)
    with pytest.raises(ValueError, match="no point array named 'w'"):
        _widget.arrays(pd, scalars="w", association="point")
    with pytest.raises(ValueError):
        _widget.arrays(pd, association="edge")
    with pytest.raises(TypeError, match="expected a vtkbuf data set"):
        _widget.arrays(object())


def test_other_data_sets_are_drawn_by_their_surface():
    ns = {}
    src = open(os.path.join(ROOT, "examples", "notebook_view.py")).read()
    exec(src[src.index("import vtkbuf"):src.index("\ngrid\n")], ns)  # the notebook's hexahedra
    a = _widget.arrays(ns["grid"])
    assert len(a["polys"]) == 32 * 5 and set(a["polys"][::5].tolist()) == {4}  # the 32 outer quads
    assert (a["name"], a["range"]) == ("T", (0.0, 5.0))
    img = vtkbuf.vtkImageData()
    img.SetDimensions(3, 3, 3)
    assert len(_widget.arrays(img)["polys"]) == 6 * 4 * 5  # six sides of 2 x 2 quads


def test_colours_are_vtks_lookup_table():
    lut = _data.lookup_table(0.0, 3.0)
    rows = _data.table(lut)
    assert rows.shape == (256, 4) and rows.dtype == np.uint8
    values = [0, 0.5, 1, 1.7, 2, 2.99, 3, -1, 9]
    want = [list(lut.MapValue(v))[:3] for v in values]  # the core's (VTK 9.7.1's) mapping
    assert _data.colours(values, 0.0, 3.0, rows).tolist() == want
    assert want[0] == [255, 0, 0] and want[6] == [0, 0, 255]  # VTK 9.7.1's default: red to blue
    mine = vtkbuf.vtkLookupTable()
    mine.SetHueRange(0, 0)
    mine.SetTableRange(0, 1)
    v = vtkbuf.show(squares(), lut=mine)
    assert np.frombuffer(v.table, np.uint8).reshape(-1, 4)[:, :3].tolist() == _data.table(mine)[:, :3].tolist()


def test_show_gives_a_widget_and_a_static_svg():
    v = vtkbuf.show(squares(), lighting=False, height=300, background=(1, 1, 1))
    assert isinstance(v, _widget.View)
    assert (v.height, v.lighting, v.background, v.name) == (300, False, [1, 1, 1], "level")
    assert np.frombuffer(v.points, np.float32).size == 48
    assert np.frombuffer(v.values, np.float32).tolist() == [q for q in range(4) for _ in range(4)]
    data = v._repr_mimebundle_()
    data = data[0] if isinstance(data, tuple) else data
    assert "application/vnd.jupyter.widget-view+json" in data
    svg = data["image/svg+xml"]
    assert svg.startswith("<svg") and svg.count("<polygon") == 4 and "level [0, 3]" in svg
    fills = {tuple(_data.colours([q], 0, 3, _widget.arrays(squares())["rows"])[0]) for q in range(4)}
    assert len(fills) == 4
    assert len(svg) < 4000
    assert vtkbuf_view.picture(squares()).count("<polygon") == 4


def test_the_static_picture_stays_small_for_big_meshes():
    s = vtkbuf.vtkSphereSource()
    s.SetThetaResolution(200)
    s.SetPhiResolution(200)
    s.Update()
    svg = vtkbuf_view.picture(s.GetOutput())
    assert 2500 < svg.count("<polygon") <= 3000
    assert len(svg) < 400_000


def test_data_sets_display_as_views_in_ipython():
    from IPython.core.interactiveshell import InteractiveShell
    shell = InteractiveShell.instance()
    try:
        assert vtkbuf_view.register() is True
        data, _ = shell.display_formatter.format(squares())
        assert "application/vnd.jupyter.widget-view+json" in data and "image/svg+xml" in data
        data, _ = shell.display_formatter.format(vtkbuf.vtkFloatArray())  # not a data set
        assert "application/vnd.jupyter.widget-view+json" not in data
    finally:
        InteractiveShell.clear_instance()


def test_the_wheel_holds_the_widget_and_the_core_wheel_does_not():
    (whl,) = glob.glob(os.path.join(ROOT, "dist", "vtkbuf_view-*-py3-none-any.whl"))
    with zipfile.ZipFile(whl) as z:
        names = z.namelist()
        meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "vtkbuf_view/static/widget.js" in names
    assert "Requires-Dist: anywidget" in meta and "Requires-Dist: vtkbuf==0.1.0" in meta
    print(f"vtkbuf-view wheel: {os.path.getsize(whl)} B")
    for core in glob.glob(os.path.join(ROOT, "dist", "vtkbuf-*.whl")):
        with zipfile.ZipFile(core) as z:
            assert not any("vtkbuf_view" in n or n.endswith("widget.js") for n in z.namelist())

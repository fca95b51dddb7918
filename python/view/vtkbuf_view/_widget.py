"""The interactive view: an anywidget whose front end (static/widget.js) is vtk.js."""
import pathlib

import anywidget
import numpy as np
import traitlets as t

from . import _data
from ._svg import svg

_ESM = pathlib.Path(__file__).parent / "static" / "widget.js"


def arrays(obj, scalars=None, association=None, lut=None, range=None):
    """The surface of obj as the widget's arrays (numpy) and its colouring."""
    pd = _data.surface(obj)
    pts = pd.GetPoints()
    points = np.zeros((0, 3), np.float32) if pts is None else np.asarray(pts.GetData(), dtype=np.float32).reshape(-1, 3)
    cells = {c: _data.legacy(getattr(pd, f"Get{c.capitalize()}")()) for c in _data.CELLS}
    values, name, where, rng = _data.pick(pd, scalars, association)
    if range is not None:
        rng = (float(range[0]), float(range[1]))
    lut = _data.lookup_table(*rng, lut=lut)
    rows = _data.table(lut)
    return {"points": points, **cells, "values": values, "name": name, "association": where, "range": rng,
            "table": rows, "rows": rows, "lut": lut,
            "ncells_before_polys": pd.GetNumberOfVerts() + pd.GetNumberOfLines()}


class View(anywidget.AnyWidget):
    """vtkbuf.show(obj, scalars=None, association=None, range=None, lut=None, height=400,
    color=(0.8, 0.8, 0.8), background=(0.1, 0.11, 0.14), lighting=True, edges=False)."""
    _esm = _ESM
    points = t.Bytes(b"").tag(sync=True)
    verts = t.Bytes(b"").tag(sync=True)
    lines = t.Bytes(b"").tag(sync=True)
    polys = t.Bytes(b"").tag(sync=True)
    strips = t.Bytes(b"").tag(sync=True)
    values = t.Bytes(b"").tag(sync=True)
    table = t.Bytes(b"").tag(sync=True)
    name = t.Unicode("").tag(sync=True)
    association = t.Unicode("point").tag(sync=True)
    range = t.List([0.0, 1.0]).tag(sync=True)
    height = t.Int(400).tag(sync=True)
    color = t.List([0.8, 0.8, 0.8]).tag(sync=True)
    background = t.List([0.1, 0.11, 0.14]).tag(sync=True)
    lighting = t.Bool(True).tag(sync=True)
    edges = t.Bool(False).tag(sync=True)

    def __init__(self, obj, scalars=None, association=None, range=None, lut=None, **options):
        a = arrays(obj, scalars, association, lut, range)
        self._arrays = a
        super().__init__(
            points=a["points"].tobytes(), **{c: a[c].tobytes() for c in _data.CELLS},
            values=b"" if a["values"] is None else a["values"].tobytes(),
            table=a["table"].tobytes(),
            name=a["name"], association=a["association"], range=list(a["range"]),
            **{k: list(v) if isinstance(v, tuple) else v for k, v in options.items()})

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        if data is not None:
            data["image/svg+xml"] = svg(self._arrays)
        return bundle

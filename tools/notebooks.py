#!/usr/bin/env python3
"""The example notebooks of the JupyterLite site, and their expected outputs.

  notebooks.py write DIR      write DIR/{seed_examples,sphere,pip_install,view,upload}.ipynb
                              (nbformat 4, no outputs) from examples/seed_*.py, the percent-format
                              examples/notebook_{sphere,view}.py and UPLOAD below
  notebooks.py expect NB...   run each notebook's code cells natively, in order, in one
                              namespace (this interpreter's vtkbuf), and print JSON
                              {notebook: [{"stdout": ..., "result": ..., "svg_polygons": ...}]}:
                              what the browser test compares JupyterLite's outputs with.
                              A cell starting with "%" (a magic) expects no error only.
"""
import ast
import contextlib
import glob
import io
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cell(kind, text):
    c = {"cell_type": kind, "metadata": {}, "source": text.strip("\n").splitlines(keepends=True)}
    if kind == "code":
        c.update(execution_count=None, outputs=[])
    return c


def notebook(cells):
    return {"nbformat": 4, "nbformat_minor": 5, "cells": cells, "metadata": {
        "kernelspec": {"name": "python", "display_name": "Python (Pyodide)", "language": "python"},
        "language_info": {"name": "python"}}}


def percent_cells(path):
    cells = []
    for chunk in re.split(r"^# %%", open(path).read(), flags=re.M)[1:]:
        head, _, body = chunk.partition("\n")
        if head.strip() == "[markdown]":
            cells.append(cell("markdown", re.sub(r"^# ?", "", body, flags=re.M)))
        else:
            cells.append(cell("code", body))
    return cells


# upload.ipynb: reads the .vtu files uploaded next to it (the browser test uploads one of
# tests/data/io/xml/ through the file browser and compares the printed JSON with expected.json)
UPLOAD = [("markdown", "# Reading an uploaded `.vtu`\n\nUpload `.vtu` files with the file browser "
           "(next to this notebook), then run the cells: each file is read with VTK's "
           "`vtkXMLUnstructuredGridReader`, and its arrays are NumPy views of vtkbuf's memory."),
          ("code", """import glob
from vtkmodules.vtkIOXML import vtkXMLUnstructuredGridReader

grids = {}
for path in sorted(glob.glob("*.vtu")):
    reader = vtkXMLUnstructuredGridReader()
    reader.SetFileName(path)
    reader.Update()
    grids[path] = grid = reader.GetOutput()
    print(path, grid.GetNumberOfPoints(), "points", grid.GetNumberOfCells(), "cells")"""),
          ("code", """import json
import numpy as np
from vtkmodules.util import numpy_support

def describe(arr):  # [tuples, components, VTK type, the values' bytes in hex]
    values = numpy_support.vtk_to_numpy(arr)
    return [arr.GetNumberOfTuples(), arr.GetNumberOfComponents(), arr.GetDataType(), values.tobytes().hex()]

def arrays(data):
    return {data.GetArrayName(i): describe(data.GetArray(i)) for i in range(data.GetNumberOfArrays())}

print(json.dumps({path: {"npoints": g.GetNumberOfPoints(), "ncells": g.GetNumberOfCells(),
                         "points": describe(g.GetPoints().GetData()),
                         "types": [g.GetCellType(i) for i in range(g.GetNumberOfCells())],
                         "connectivity": describe(g.GetCells().GetConnectivityArray()),
                         "offsets": describe(g.GetCells().GetOffsetsArray()),
                         "point_data": arrays(g.GetPointData()), "cell_data": arrays(g.GetCellData())}
                  for path, g in grids.items()}))"""),
          ("code", """# the NumPy arrays are views of the VTK arrays: a write through one is seen by the other
def is_view(arr):
    view, again = numpy_support.vtk_to_numpy(arr), np.asarray(arr)
    old = arr.GetValue(0)
    view.flat[0] = 42
    seen = arr.GetValue(0) == 42 and again.flat[0] == 42 and np.shares_memory(view, again)
    view.flat[0] = old
    return bool(seen) and arr.GetValue(0) == old

def all_arrays(g):
    datas = (g.GetPointData(), g.GetCellData())
    return [g.GetPoints().GetData()] + [d.GetArray(i) for d in datas for i in range(d.GetNumberOfArrays())]

print(json.dumps({path: {arr.GetName(): is_view(arr) for arr in all_arrays(g)} for path, g in grids.items()}))""")]


def write(out):
    os.makedirs(out, exist_ok=True)
    seed = [cell("markdown", "# The seed's examples\n\nEach cell is one of `examples/seed_*.py`, "
                 "run by Pyodide in this tab: `vtkbuf` and its `vtkmodules` names are preinstalled "
                 "(no install step).")]
    for path in sorted(glob.glob(os.path.join(ROOT, "examples/seed_*.py"))):
        seed.append(cell("markdown", f"### `{os.path.basename(path)}`"))
        seed.append(cell("code", open(path).read()))
    pip = [cell("markdown", "# Installing with `%pip`\n\nvtkbuf is preinstalled, and also in this "
                "site's piplite index, so `%pip install` works offline too."),
           cell("code", "%pip install vtkbuf vtkbuf-vtkmodules"),
           cell("code", "import vtkbuf, numpy as np\nb = vtkbuf.vtkBuffer['int16']()\nb.Allocate(5)\n"
                "np.asarray(b)[:] = np.arange(5)\nprint(vtkbuf.__version__, np.asarray(b).tolist())")]
    books = {"seed_examples.ipynb": seed, "sphere.ipynb": percent_cells(os.path.join(ROOT, "examples/notebook_sphere.py")),
             "pip_install.ipynb": pip, "view.ipynb": percent_cells(os.path.join(ROOT, "examples/notebook_view.py")),
             "upload.ipynb": [cell(k, t) for k, t in UPLOAD]}
    for name, cells in books.items():
        with open(os.path.join(out, name), "w") as f:
            json.dump(notebook(cells), f, indent=1)
    print(" ".join(books))


def expect(paths):
    result = {}
    for path in paths:
        ns = {"__name__": "__main__"}
        rows = []
        for c in json.load(open(path))["cells"]:
            if c["cell_type"] != "code":
                continue
            src = "".join(c["source"])
            if src.startswith("%"):
                rows.append({"magic": True})
                continue
            tree = ast.parse(src)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            out = io.StringIO()
            row = {}
            with contextlib.redirect_stdout(out):
                exec(compile(tree, path, "exec"), ns)
                value = eval(compile(ast.Expression(last.value), path, "eval"), ns) if last else None
            if value is not None and hasattr(value, "_repr_svg_"):
                row["svg_polygons"] = value._repr_svg_().count("<polygon")
            elif value is not None:
                row["result"] = repr(value)
            row["stdout"] = out.getvalue()
            rows.append(row)
        result[os.path.basename(path)] = rows
    print(json.dumps(result))


if __name__ == "__main__":
    if sys.argv[1:2] == ["write"]:
        write(sys.argv[2])
    elif sys.argv[1:2] == ["expect"]:
        expect(sys.argv[2:])
    else:
        sys.exit(__doc__)

"""The .vtu I/O benchmark operations (issue 19), written once against VTK's module names
so the same code runs over vtkbuf (vtkmodules compat package) and over VTK 9.7.1.

    python io_ops.py --make DIR   (VTK 9.7.1 only) write DIR/raw.vtu and DIR/zlib.vtu
    python io_ops.py DIR [--memcpy]  -> one JSON object of best-of-N seconds on stdout

The grid: 96^3 points (float64, jittered), 95^3 hexahedra, point data "pressure"
(float64) and "velocity" (float32 x 3): ~101 MB as an appended-raw .vtu.
raw.vtu is appended, unencoded, uncompressed; zlib.vtu is binary (base64 inline)
with zlib blocks at level 5. The writes go to DIR/out_*.vtu, removed at the end.
"""
import gc
import json
import os
import sys
import time

import numpy as np
from vtkmodules.vtkIOXML import vtkXMLUnstructuredGridReader, vtkXMLUnstructuredGridWriter

N = 96
LEVEL = 5  # VTK's default compression level, set explicitly on both sides


def best(fn, repeat):
    t = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        t.append(time.perf_counter() - t0)
    return min(t)


def make(d):
    from vtkmodules.util.numpy_support import numpy_to_vtk
    from vtkmodules.vtkCommonCore import vtkPoints
    from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkUnstructuredGrid, VTK_HEXAHEDRON
    rng = np.random.default_rng(19)
    c = np.linspace(0.0, 1.0, N)
    z, y, x = np.meshgrid(c, c, c, indexing="ij")  # point id = i + N*(j + N*k)
    pts = np.stack([x.ravel(), y.ravel(), z.ravel()], axis=1)
    pts += rng.normal(scale=1e-3, size=pts.shape)
    k, j, i = np.meshgrid(*(np.arange(N - 1),) * 3, indexing="ij")
    b = (i + N * (j + N * k)).ravel().astype(np.int64)
    s = N * N
    conn = np.stack([b, b + 1, b + 1 + N, b + N, b + s, b + 1 + s, b + 1 + N + s, b + N + s], axis=1).ravel()
    offs = np.arange(0, conn.size + 1, 8, dtype=np.int64)
    ug = vtkUnstructuredGrid()
    p = vtkPoints()
    p.SetData(numpy_to_vtk(pts, deep=1))
    ug.SetPoints(p)
    ca = vtkCellArray()
    ca.SetData(numpy_to_vtk(offs, deep=1), numpy_to_vtk(conn, deep=1))
    ug.SetCells(VTK_HEXAHEDRON, ca)
    r = np.sqrt(((pts - 0.5) ** 2).sum(axis=1))
    pd = ug.GetPointData()
    for name, a in (("pressure", np.cos(12.0 * r)),
                    ("velocity", (pts[:, ::-1] * np.sin(8.0 * r)[:, None]).astype(np.float32))):
        arr = numpy_to_vtk(a, deep=1)
        arr.SetName(name)
        pd.AddArray(arr)
    write(ug, os.path.join(d, "raw.vtu"), False)
    write(ug, os.path.join(d, "zlib.vtu"), True)


def read(path):
    r = vtkXMLUnstructuredGridReader()
    r.SetFileName(path)
    r.Update()
    return r.GetOutput()


def write(ug, path, zlib):
    w = vtkXMLUnstructuredGridWriter()
    w.SetInputData(ug)
    w.SetFileName(path)
    if zlib:
        w.SetDataModeToBinary()
        w.SetCompressorTypeToZLib()
        w.SetCompressionLevel(LEVEL)
    else:
        w.SetDataModeToAppended()
        w.EncodeAppendedDataOff()
        w.SetCompressorTypeToNone()
    w.Write()


def main():
    if sys.argv[1] == "--make":
        make(sys.argv[2])
        return
    d = sys.argv[1]
    raw, zl = os.path.join(d, "raw.vtu"), os.path.join(d, "zlib.vtu")
    out = {"raw_bytes": os.path.getsize(raw)}
    ug = read(raw)
    assert ug.GetNumberOfPoints() == N ** 3 and ug.GetNumberOfCells() == (N - 1) ** 3
    out["read_raw"] = best(lambda: read(raw), 5)
    out["read_zlib"] = best(lambda: read(zl), 2)
    wr, wz = os.path.join(d, "out_raw.vtu"), os.path.join(d, "out_zlib.vtu")
    out["write_raw"] = best(lambda: write(ug, wr, False), 3)
    out["write_zlib"] = best(lambda: write(ug, wz, True), 2)
    os.remove(wr)
    os.remove(wz)
    if "--memcpy" in sys.argv:
        # the baseline: NumPy copying the raw file's byte count between two
        # preallocated, touched buffers (memcpy)
        src = np.ones(out["raw_bytes"], dtype=np.uint8)
        dst = np.zeros_like(src)
        out["memcpy_raw"] = best(lambda: np.copyto(dst, src), 7)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

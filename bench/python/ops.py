"""The benchmarked operations, written once against VTK's module names so the same
code runs over vtkbuf (vtkmodules compat package) and over VTK 9.7.1 from PyPI.
Usage: python ops.py [--asarray] [--pyodide]  -> one JSON object on stdout."""
import json
import sys
import time

import numpy as np
from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy
from vtkmodules.vtkCommonCore import vtkFloatArray, vtkIntArray


def best(fn, repeat=7, number=1):
    t = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        t.append((time.perf_counter() - t0) / number)
    return min(t)


def main():
    out = {}
    a = np.arange(10**6, dtype=np.float32)
    out["numpy_to_vtk_1e6"] = best(lambda: numpy_to_vtk(a), number=200)
    v = numpy_to_vtk(a)
    out["vtk_to_numpy_1e6"] = best(lambda: vtk_to_numpy(v), number=200)

    def insert():
        arr = vtkFloatArray()
        arr.SetNumberOfComponents(3)
        ins = arr.InsertNextTuple
        t = (1.0, 2.0, 3.0)
        for _ in range(100000):
            ins(t)
    out["InsertNextTuple_1e5"] = best(insert, repeat=5)

    def insert_values():  # the value API: exact ints, range-checked by the core
        arr = vtkIntArray()
        ins = arr.InsertNextValue
        for i in range(100000):
            ins(i)
    out["InsertNextValue_1e5"] = best(insert_values, repeat=5)

    # VTK 9.7's NumPy-native arrays: a vtkFloatArray of 10^6 values used as an ndarray
    arr = vtkFloatArray()
    arr.SetNumberOfValues(10**6)
    np.asarray(arr)[:] = np.arange(10**6, dtype=np.float32)
    # (more repeats than the rows above: the ratios are close to 1 for the O(n) ones,
    # where both sides run the same NumPy loop, and the machine is shared)
    out["arr_len_1e6"] = best(lambda: len(arr), repeat=15, number=20000)
    out["arr_item_1e6"] = best(lambda: arr[123456], repeat=15, number=20000)
    out["arr_slice_1e6"] = best(lambda: arr[1000:2000], repeat=15, number=20000)
    out["arr_add1_1e6"] = best(lambda: arr + 1, repeat=25, number=10)
    out["arr_npsum_1e6"] = best(lambda: np.sum(arr), repeat=25, number=10)
    out["arr_asarray_1e6"] = best(lambda: np.asarray(arr), repeat=15, number=20000)

    # image data (issue 18): points computed, none stored (a vtkStructuredPointArray)
    from vtkmodules.vtkCommonDataModel import vtkImageData

    def image():
        img = vtkImageData()
        img.SetDimensions(100, 100, 100)
        img.SetSpacing(0.5, 0.5, 0.5)
        return img.GetPoints()
    out["image_new_100"] = best(image, repeat=15, number=200)
    img = vtkImageData()
    img.SetDimensions(100, 100, 100)
    gp = img.GetPoint
    out["image_getpoint_1e5"] = best(lambda: [gp(i) for i in range(0, 10**6, 10)], repeat=7)
    pts = img.GetPoints().GetData()
    out["image_points_sum_1e6"] = best(lambda: np.asarray(pts).sum(), repeat=7)
    if "--asarray" in sys.argv:
        # np.asarray(vtkBuffer) at N = 1e3..1e8: every buffer allocated first, then
        # rounds over all sizes in alternating order, best per size, so a slow spell
        # of a shared machine does not land on one size only
        from vtkmodules.vtkCommonCore import vtkBuffer
        bufs = {}
        for e in range(3, 9):
            bufs[e] = vtkBuffer["float64"]()
            bufs[e].Allocate(10**e)
        times = {e: [] for e in bufs}
        for r in range(6):
            for e in (sorted(bufs) if r % 2 == 0 else sorted(bufs, reverse=True)):
                buf = bufs[e]
                times[e].append(best(lambda: np.asarray(buf), repeat=3, number=2000))
        for e, t in times.items():
            out[f"asarray_1e{e}"] = min(t)
        del bufs
    if "--pyodide" in sys.argv:
        from vtkmodules.vtkCommonCore import vtkBuffer
        buf = vtkBuffer["float64"]()
        buf.Allocate(10**7)
        out["pyodide_asarray_1e7"] = best(lambda: np.asarray(buf), number=200)
        out["pyodide_copy_1e7"] = best(lambda: np.array(buf, copy=True), repeat=5)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

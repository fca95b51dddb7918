"""dataset_adapter: VTKArray, staleness on BufferChangedEvent, wrappers."""
import gc
import pickle

import numpy as np
import pytest

import vtkbuf.dataset_adapter as dsa
from vtkbuf import vtkCommand, vtkDoubleArray, vtkFloatArray


def _wrapped(n=10):
    arr = vtkFloatArray()
    arr.SetNumberOfValues(n)
    for i in range(n):
        arr.SetValue(i, i + 0.5)
    return arr, dsa.vtkDataArrayToVTKArray(arr)


def test_vtkarray_basics():
    arr, va = _wrapped()
    assert isinstance(va, np.ndarray) and isinstance(va, dsa.VTKArray)
    assert va[0] == 0.5 and va.shape == (10,) and va.VTKObject is arr
    assert va.Buffer is arr.GetBuffer()
    r = va * 2 + 1
    assert isinstance(r, dsa.VTKArray) and r[1] == 4.0
    assert isinstance(np.sqrt(va), dsa.VTKArray)
    assert float(va.sum()) == pytest.approx(sum(i + 0.5 for i in range(10)))
    va[3] = 7
    assert arr.GetValue(3) == 7.0        # zero-copy
    assert va.GetNumberOfTuples() == 10  # unknown attributes go to the VTK array


STALE_PATHS = {
    "getitem": lambda va, s: va[0],
    "slice": lambda va, s: va[1:3],
    "earlier slice getitem": lambda va, s: s[0],
    "earlier slice repr": lambda va, s: repr(s),
    "setitem": lambda va, s: va.__setitem__(0, 1.0),
    "slice assignment": lambda va, s: va.__setitem__(slice(0, 2), 0),
    "add": lambda va, s: va + 1,
    "radd": lambda va, s: 1 + va,
    "iadd": lambda va, s: va.__iadd__(1),
    "ufunc": lambda va, s: np.sin(va),
    "ufunc on slice": lambda va, s: np.exp(s),
    "sum": lambda va, s: va.sum(),
    "np.sum": lambda va, s: np.sum(va),
    "max": lambda va, s: va.max(),
    "mean": lambda va, s: np.mean(va),
    "argmax": lambda va, s: va.argmax(),
    "sort": lambda va, s: np.sort(va),
    "concatenate": lambda va, s: np.concatenate([va, va]),
    "repr": lambda va, s: repr(va),
    "str": lambda va, s: str(va),
    "tolist": lambda va, s: va.tolist(),
    "iter": lambda va, s: list(va),
    "copy": lambda va, s: va.copy(),
    "astype": lambda va, s: va.astype(np.float64),
    "tobytes": lambda va, s: va.tobytes(),
    "reshape": lambda va, s: va.reshape(2, 5),
    "T": lambda va, s: va.T,
    "item": lambda va, s: va.item(0),
    "float of element view": lambda va, s: float(s[:1]),
    "pickle": lambda va, s: pickle.dumps(va),
    "compare": lambda va, s: va == 0,
    "fill": lambda va, s: va.fill(0),
}


@pytest.mark.parametrize("path", sorted(STALE_PATHS))
def test_every_access_path_raises_after_buffer_changed(path):
    arr, va = _wrapped()
    s = va[2:6]
    raw = np.asarray(va)          # raw numpy view taken before: not guarded
    arr.SetNumberOfValues(1000)   # reallocates: BufferChangedEvent
    with pytest.raises(RuntimeError, match="buffer changed"):
        STALE_PATHS[path](va, s)
    assert raw[1] == 1.5 and raw.shape == (10,)       # keeps reading its old values
    fresh = dsa.vtkDataArrayToVTKArray(arr)
    assert fresh.shape == (1000,) and fresh[1] == 1.5


def test_not_stale_when_nothing_moved_and_results_made_before_stay_valid():
    arr, va = _wrapped()
    doubled = va * 2
    arr.SetValue(0, 3.0)
    arr.SetNumberOfValues(10)     # same size: nothing moved
    assert va[0] == 3.0 and not va.stale
    arr.Resize(500)
    assert va.stale and doubled[1] == 3.0     # an independent result, not a view


def test_vtkarray_keeps_array_alive_and_observer_removed_when_gone():
    arr, va = _wrapped()
    assert arr.HasObserver(vtkCommand.BufferChangedEvent)
    del va
    gc.collect()
    assert not arr.HasObserver(vtkCommand.BufferChangedEvent)
    _, va2 = _wrapped()
    gc.collect()
    assert va2.VTKObject.GetValue(2) == 2.5 and va2[2] == 2.5


def test_nine_components_become_matrices_and_back():
    a = vtkDoubleArray()
    a.SetNumberOfComponents(9)
    a.SetNumberOfTuples(2)
    a.SetTuple(1, range(9))
    va = dsa.vtkDataArrayToVTKArray(a)
    assert va.shape == (2, 3, 3) and va[1, 2, 2] == 8
    v = dsa.numpyTovtkDataArray(np.asarray(va), name="m")
    assert v.GetNumberOfComponents() == 9 and v.GetName() == "m"


def test_numpy_to_vtk_data_array_names_and_shares():
    a = np.arange(6.0).reshape(3, 2)
    v = dsa.numpyTovtkDataArray(a, "vel")
    assert v.GetName() == "vel" and v.GetTuple(2) == (4.0, 5.0)
    assert dsa.numpyTovtkDataArray(np.arange(3)).GetName() == "numpy_array"


def test_none_array():
    n = dsa.VTKNoneArray()
    assert n is dsa.NoneArray and (n + 1) is n and n[3] is n and (2 * n) is n
    assert dsa.vtkDataArrayToVTKArray(None) is dsa.NoneArray
    _, va = _wrapped()
    assert (va + n) is n


class _FakePoints:
    def __init__(self, data):
        self._d = data

    def GetData(self):
        return self._d


class _FakeAttrs:
    def __init__(self, arrays):
        self._a = arrays

    def GetArray(self, idx):
        if isinstance(idx, int):
            return self._a[idx] if idx < len(self._a) else None
        return next((a for a in self._a if a.GetName() == idx), None)

    def GetNumberOfArrays(self):
        return len(self._a)

    def GetArrayName(self, i):
        return self._a[i].GetName()

    def AddArray(self, a):
        self._a.append(a)


class _FakePolyData:
    """Duck-typed stand-in for a data set (the data objects come from another issue)."""

    def __init__(self):
        pts = vtkFloatArray()
        pts.SetNumberOfComponents(3)
        pts.SetNumberOfTuples(4)
        self._points = _FakePoints(pts)
        t = vtkDoubleArray()
        t.SetName("temp")
        t.SetNumberOfValues(4)
        self._pd = _FakeAttrs([t])
        self._cd = _FakeAttrs([])

    def GetPoints(self):
        return self._points

    def GetPointData(self):
        return self._pd

    def GetCellData(self):
        return self._cd


def test_wrap_data_object():
    pd = _FakePolyData()
    w = dsa.WrapDataObject(pd)
    pts = w.Points
    assert isinstance(pts, dsa.VTKArray) and pts.shape == (4, 3) and pts.DataSet is w
    assert pts.Association == dsa.ArrayAssociation.POINT
    assert w.PointData.keys() == ["temp"] and w.PointData["temp"].shape == (4,)
    assert w.PointData["missing"] is dsa.NoneArray
    w.CellData.append(np.arange(2.0), "ids")
    assert w.CellData["ids"].tolist() == [0.0, 1.0]
    assert w.GetPoints() is pd.GetPoints()
    assert isinstance(dsa.WrapDataObject(vtkFloatArray()), dsa.VTKArray)

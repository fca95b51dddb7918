"""Composite data sets (vtkMultiBlockDataSet, vtkPartitionedDataSet(Collection)), their
iterator, vtkInformation metadata, and dataset_adapter / algorithms over composites:
what vtkbuf adds to VTK's behaviour (lifetime, errors, no leaks, views that write
through). VTK 9.7.1's answers are compared by the conformance snippets
(tests/conformance/snippets/composite.py) and VTK's own TestComposite.py (vtk-upstream).
Runs natively and inside Pyodide."""
import gc
import weakref

import numpy as np
import pytest

import vtkbuf
from vtkbuf import (vtkCompositeDataSet, vtkDataObjectTreeIterator, vtkDoubleArray, vtkInformation,
                    vtkMultiBlockDataSet, vtkPartitionedDataSet, vtkPartitionedDataSetCollection, vtkPoints,
                    vtkPolyData)
import vtkmodules.numpy_interface.dataset_adapter as dsa
from vtkmodules.numpy_interface import algorithms as algs

NAME = vtkCompositeDataSet.NAME()


def poly(n, x0=0.0):
    pd, p = vtkPolyData(), vtkPoints()
    for k in range(n):
        p.InsertNextPoint(x0 + k, 2 * k, -k)
    pd.SetPoints(p)
    a = vtkDoubleArray()
    a.SetName("s")
    a.SetNumberOfValues(n)
    for k in range(n):
        a.SetValue(k, x0 + k)
    pd.GetPointData().AddArray(a)
    return pd


def live():
    gc.collect()
    return vtkbuf._vtkbuf._live_objects(), vtkbuf._vtkbuf._live_blocks()


def test_tree_holds_its_blocks():
    m = vtkMultiBlockDataSet()
    p = poly(3)
    ref = weakref.ref(p)
    m.SetBlock(1, p)
    del p
    gc.collect()
    assert m.GetBlock(1).GetNumberOfPoints() == 3  # the core object lives in the tree
    assert ref() is None or ref() is m.GetBlock(1)


def test_no_leaks():
    before = live()
    for _ in range(3):
        m = vtkMultiBlockDataSet()
        sub = vtkMultiBlockDataSet()
        sub.SetBlock(2, poly(2))
        m.SetBlock(0, sub)
        m.SetBlock(1, poly(1))
        m.GetMetaData(0).Set(NAME, "x")
        c = vtkMultiBlockDataSet()
        c.DeepCopy(m)
        c.ShallowCopy(m)
        c.CopyStructure(m)
        it = m.NewIterator()
        assert len(list(it)) == 2
        w = dsa.WrapDataObject(m)
        assert float(algs.sum(w.PointData["s"])) == 1.0
        del m, sub, c, it, w
    assert live() == before


def test_iterator_outlives_the_tree():
    m = vtkMultiBlockDataSet()
    m.SetBlock(0, poly(2))
    m.SetBlock(1, poly(3))
    it = m.NewIterator()
    del m
    gc.collect()
    assert [b.GetNumberOfPoints() for b in it] == [2, 3]
    assert isinstance(it, vtkDataObjectTreeIterator)


def test_tree_changed_during_traversal_is_safe():
    m = vtkMultiBlockDataSet()
    for k in range(4):
        m.SetBlock(k, poly(k + 1))
    out = []
    for b in m:
        m.SetNumberOfBlocks(0)  # the traversal took its nodes when it started
        out.append(b.GetNumberOfPoints())
    assert out == [1, 2, 3, 4] and m.GetNumberOfBlocks() == 0


@pytest.mark.parametrize("call, exc", [
    (lambda m: m.GetBlock(-1), OverflowError),
    (lambda m: m.SetNumberOfBlocks(2 ** 32), OverflowError),
    (lambda m: m.GetBlock("0"), TypeError),
    (lambda m: m.SetBlock(0, vtkPoints()), TypeError),
    (lambda m: m.SetBlock(0, vtkPartitionedDataSet()), TypeError),
    (lambda m: m.SetBlock(0, vtkPartitionedDataSetCollection()), TypeError),
    (lambda m: m.SetBlock(0, m), ValueError),
    (lambda m: m.GetBlock(0).SetBlock(0, m), ValueError),
    (lambda m: m.RemoveBlock(7), IndexError),
    (lambda m: m.GetMetaData(0).Set(NAME, 3), TypeError),
    (lambda m: m.GetMetaData(0).Set(object(), "x"), TypeError),
    (lambda m: m.CopyStructure(vtkPolyData()), TypeError),
])
def test_bad_input_leaves_the_tree_unchanged(call, exc):
    m = vtkMultiBlockDataSet()
    sub = vtkMultiBlockDataSet()
    m.SetBlock(0, sub)
    m.SetBlock(1, poly(2))
    with pytest.raises(exc):
        call(m)
    assert m.GetNumberOfBlocks() == 2 and m.GetBlock(0) is sub and m.GetNumberOfPoints() == 2
    assert not m.GetMetaData(0).Has(NAME)


def test_collection_refuses_what_vtk_refuses():
    c = vtkPartitionedDataSetCollection()
    with pytest.raises(ValueError):
        c.SetPartitionedDataSet(0, None)
    with pytest.raises(TypeError):
        c.SetPartitionedDataSet(0, poly(1))
    with pytest.raises(TypeError):
        c.SetPartition(0, 0, vtkMultiBlockDataSet())
    assert c.GetNumberOfPartitionedDataSets() in (0, 1)  # SetPartition grows first, as VTK


def test_reverse_flat_index_is_an_error():
    m = vtkMultiBlockDataSet()
    m.SetBlock(0, poly(1))
    it = m.NewIterator()
    it.InitReverseTraversal()
    with pytest.raises(Exception):
        it.GetCurrentFlatIndex()


def test_information_keys():
    i = vtkInformation()
    k = vtkCompositeDataSet.CURRENT_PROCESS_CAN_LOAD_BLOCK()
    assert isinstance(NAME, vtkbuf.vtkInformationStringKey) and isinstance(k, vtkbuf.vtkInformationIntegerKey)
    assert vtkbuf.vtkInformationStringKey("NAME", "vtkCompositeDataSet") is NAME
    i.Set(NAME, "ü")
    i.Set(k, 2)
    assert (i.Get(NAME), i.Get(k), i.GetNumberOfKeys()) == ("ü", 2, 2)
    i.Clear()
    assert i.GetNumberOfKeys() == 0 and i.Get(NAME) is None and i.Get(k) == 0


def test_composite_array_writes_through_and_stays_in_sync():
    m = vtkMultiBlockDataSet()
    m.SetBlock(0, poly(2))
    m.SetBlock(2, poly(3, 10))
    s = dsa.WrapDataObject(m).PointData["s"]
    s[1:4] = -5
    assert [m.GetBlock(0).GetPointData().GetArray("s").GetValue(k) for k in range(2)] == [0.0, -5.0]
    assert m.GetBlock(2).GetPointData().GetArray("s").GetValue(1) == -5.0 and s[-1] == 12.0
    assert np.array(s).tolist() == [0.0, -5.0, -5.0, -5.0, 12.0]


def test_composite_array_of_a_stale_chunk_raises():
    m = vtkMultiBlockDataSet()
    p = poly(2)
    m.SetBlock(0, p)
    s = dsa.WrapDataObject(m).PointData["s"]
    chunk = s.Arrays[0]
    a = p.GetPointData().GetArray("s")
    for k in range(1000):
        a.InsertNextValue(k)  # the array's memory moves
    with pytest.raises(RuntimeError):
        chunk.sum()
    with pytest.raises(RuntimeError):
        algs.sum(s)


def test_algorithms_over_plain_arrays_match_numpy():
    a = np.arange(12.0).reshape(4, 3) - 5
    for f, g in ((algs.sum, np.sum), (algs.max, np.max), (algs.min, np.min), (algs.mean, np.mean),
                 (algs.var, np.var), (algs.std, np.std)):
        for axis in (None, 0, 1):
            assert np.allclose(f(a, axis), g(a, axis))
    assert np.allclose(algs.norm(a), a / np.linalg.norm(a, axis=1)[:, None])
    assert np.allclose(algs.cross(a, a[::-1]), np.cross(a, a[::-1]))


def test_composite_reductions_match_the_concatenation():
    # (no chunk of 3 tuples: VTK's var/std subtract the mean through reshape_append_ones,
    # which takes a (3, 3) chunk minus a (3,) mean per tuple; vtkbuf does as VTK)
    chunks = [np.arange(6.0).reshape(2, 3), None, np.arange(12.0).reshape(4, 3) * -1]
    c = dsa.VTKCompositeDataArray([dsa.NoneArray if x is None else dsa.VTKArray(x) for x in chunks])
    whole = np.concatenate([x for x in chunks if x is not None])
    for f, g in ((algs.sum, np.sum), (algs.max, np.max), (algs.min, np.min), (algs.mean, np.mean),
                 (algs.var, np.var), (algs.std, np.std)):
        for axis in (None, 0):
            assert np.allclose(f(c, axis), g(whole, axis))
        assert np.allclose(np.array(f(c, 1)), g(whole, 1))
    assert algs.sum(dsa.VTKCompositeDataArray([dsa.NoneArray])) is dsa.NoneArray

"""Write tests/data/composite_ref.json: what VTK 9.7.1 answers for the composite data
set scenarios the JS tests (tests/js/composite.test.mjs) replay on vtkbuf. Run with
VTK's python: $(tools/provision-vtk-bench | tail -1)/bin/python tools/gen_composite_reference.py"""
import json
import pathlib

import vtkmodules
from vtkmodules.vtkCommonCore import vtkPoints
from vtkmodules.vtkCommonDataModel import (vtkCompositeDataSet, vtkMultiBlockDataSet,
                                           vtkPartitionedDataSetCollection, vtkPolyData)

NAME = vtkCompositeDataSet.NAME()


def poly(n, x0=0.0):
    pd, p = vtkPolyData(), vtkPoints()
    for k in range(n):
        p.InsertNextPoint(x0 + k, 2 * k, -k)
    pd.SetPoints(p)
    return pd


def tree():
    """[a, None, [b, None, [c]], d] with names on b and d"""
    mb, sub, subsub = vtkMultiBlockDataSet(), vtkMultiBlockDataSet(), vtkMultiBlockDataSet()
    mb.SetBlock(0, poly(1, 0)); mb.SetBlock(3, poly(4, 3)); mb.SetBlock(2, sub)
    sub.SetBlock(0, poly(2, 1)); sub.SetBlock(2, subsub); subsub.SetBlock(0, poly(3, 2))
    sub.GetMetaData(0).Set(NAME, "b")
    mb.GetMetaData(3).Set(NAME, "d")
    return mb


def walk(it, rev=False):
    out = []
    it.InitReverseTraversal() if rev else it.InitTraversal()
    while not it.IsDoneWithTraversal():
        o = it.GetCurrentDataObject()
        meta = it.GetCurrentMetaData().Get(NAME) if it.HasCurrentMetaData() else None
        out.append([-1 if rev else it.GetCurrentFlatIndex(), None if o is None else o.GetClassName(),
                    o.GetNumberOfPoints() if o is not None else -1, meta])
        it.GoToNextItem()
    return out


def names(c):
    return [c.GetMetaData(i).Get(NAME) if c.HasMetaData(i) else None for i in range(c.GetNumberOfBlocks())]


def main():
    ref = {"vtk_version": vtkmodules.__version__, "walks": {}}
    for opts in ("", "E", "EL", "ELS", "S"):  # E: keep empty nodes, L: not only leaves, S: no subtree
        it = tree().NewIterator()
        it.SetSkipEmptyNodes("E" not in opts)
        it.SetVisitOnlyLeaves("L" not in opts)
        it.SetTraverseSubTree("S" not in opts)
        ref["walks"][opts] = walk(it)
    ref["reverse"] = walk(tree().NewIterator(), True)
    m = tree()
    b = [0.0] * 6
    m.GetBounds(b)
    ref["tree"] = {"points": m.GetNumberOfPoints(), "blocks": m.GetNumberOfBlocks(), "bounds": b,
                   "names": names(m), "leaves": [x.GetNumberOfPoints() for x in m]}
    m.RemoveBlock(0)
    ref["after_remove"] = {"blocks": m.GetNumberOfBlocks(), "names": names(m), "points": m.GetNumberOfPoints()}
    m.SetNumberOfBlocks(2)
    ref["after_shrink"] = {"blocks": m.GetNumberOfBlocks(), "names": names(m), "points": m.GetNumberOfPoints()}
    d = vtkMultiBlockDataSet()
    d.DeepCopy(tree())
    ref["deep"] = {"points": d.GetNumberOfPoints(), "names": names(d), "sub": names(d.GetBlock(2))}
    s = vtkMultiBlockDataSet()
    s.CopyStructure(tree())
    ref["structure"] = {"points": s.GetNumberOfPoints(), "blocks": s.GetNumberOfBlocks(), "names": names(s),
                        "sub_blocks": s.GetBlock(2).GetNumberOfBlocks()}
    c = vtkPartitionedDataSetCollection()
    c.SetPartition(1, 2, poly(4))
    ref["pdc"] = {"n": c.GetNumberOfPartitionedDataSets(), "parts": [c.GetNumberOfPartitions(i) for i in range(3)],
                  "points": c.GetNumberOfPoints(), "types": [c.GetDataObjectType(), vtkMultiBlockDataSet().GetDataObjectType(),
                                                             c.GetPartitionedDataSet(0).GetDataObjectType()]}
    out = pathlib.Path(__file__).resolve().parents[1] / "tests" / "data" / "composite_ref.json"
    out.write_text(json.dumps(ref, indent=1) + "\n")


if __name__ == "__main__":
    main()

"""Pipelines (python/vtkbuf/_algorithm.py): what the conformance snippets (pipeline.py,
compared with VTK 9.7.1) cannot show: collection of the producer/port cycles, refusals
that leave the connections unchanged, subclasses' names."""
import gc
import weakref

import pytest

import vtkbuf
from vtkbuf import (vtkAlgorithmOutput, vtkDataSetWriter, vtkGeometryFilter, vtkImageData,
                    vtkSphereSource, vtkXMLPolyDataReader, vtkXMLPolyDataWriter)


def test_connected_algorithms_are_collected():
    gc.collect()
    live = vtkbuf._vtkbuf._live_objects()
    s, g = vtkSphereSource(), vtkGeometryFilter()
    w = vtkXMLPolyDataWriter()
    g.SetInputConnection(s.GetOutputPort())
    w.SetInputConnection(g.GetOutputPort())
    w.WriteToOutputStringOn()
    w.Write()
    refs = [weakref.ref(o) for o in (s, g, w, s.GetOutputPort(), g.GetOutputPort())]
    del s, g, w
    gc.collect()
    assert [r() for r in refs] == [None] * len(refs)
    assert vtkbuf._vtkbuf._live_objects() == live


def test_refused_connection_leaves_the_connections():
    s, g = vtkSphereSource(), vtkGeometryFilter()
    g.SetInputConnection(s.GetOutputPort())
    # vtkGeometryFilter's second port (faces to exclude) exists in VTK; vtkbuf refuses a connection there
    with pytest.raises(ValueError, match="input port 1"):
        g.SetInputConnection(1, s.GetOutputPort())
    with pytest.raises(TypeError, match="vtkAlgorithmOutput"):
        g.SetInputConnection(s)
    with pytest.raises(TypeError, match="vtkDataObject"):
        g.SetInputData(42)
    assert (g.GetNumberOfInputConnections(0), g.GetNumberOfInputConnections(1)) == (1, 0)
    assert g.GetInputAlgorithm() is s
    assert g.GetNumberOfInputPorts() == 2  # as VTK's


def test_subclass_names_and_isa():
    class MyReader(vtkXMLPolyDataReader):
        pass

    r = MyReader()
    assert r.GetClassName() == "vtkXMLPolyDataReader"  # VTK: the wrapped class's name
    assert r.IsA("vtkXMLReader") and r.IsA("vtkAlgorithm") and r.IsA("vtkObject")
    assert not r.IsA("vtkWriter")
    assert isinstance(r.GetOutputPort(), vtkAlgorithmOutput)


def test_update_runs_upstream_each_time():
    s = vtkSphereSource()
    g = vtkGeometryFilter()
    g.SetInputConnection(s.GetOutputPort())
    runs = []
    s.AddObserver("ModifiedEvent", lambda *a: runs.append(1))
    assert g.Update() is True
    n = g.GetOutput().GetNumberOfPoints()
    s.SetThetaResolution(s.GetThetaResolution() * 2)
    g.Update()
    assert g.GetOutput().GetNumberOfPoints() > n and runs


def test_writer_without_input_is_an_error():
    w = vtkDataSetWriter()
    w.WriteToOutputStringOn()
    with pytest.raises(ValueError, match="no input"):
        w.Write()
    img = vtkImageData()
    img.SetDimensions(2, 2, 2)
    w.SetInputData(img)
    assert w.Write() == 1 and w.GetInput() is img
    w.SetInputConnection(None)
    assert w.GetInput() is None

# Pipelines: output ports, input connections, Update() upstream first (python/vtkbuf/_algorithm.py)
_IMP = (
    "from vtkmodules.vtkFiltersSources import vtkSphereSource\n"
    "from vtkmodules.vtkFiltersGeometry import vtkGeometryFilter, vtkDataSetSurfaceFilter\n"
    "from vtkmodules.vtkCommonExecutionModel import vtkAlgorithm, vtkAlgorithmOutput, vtkTrivialProducer\n"
    "from vtkmodules.vtkIOXML import vtkXMLPolyDataWriter, vtkXMLPolyDataReader, vtkXMLUnstructuredGridReader\n"
    "from vtkmodules.vtkIOLegacy import vtkPolyDataWriter, vtkPolyDataReader, vtkDataSetWriter\n"
    "from vtkmodules.vtkCommonDataModel import vtkImageData, vtkPolyData\n"
)

SNIPPETS = [
    ("pipe.port", _IMP + "s = vtkSphereSource(); p = s.GetOutputPort()\n"
     "(p.GetClassName(), p.GetIndex(), p.GetProducer() is s, s.GetOutputPort() is p, s.GetOutputPort(0) is p,\n"
     " s.GetOutputPort(1), isinstance(p, vtkAlgorithmOutput))"),
    ("pipe.ports_counts", _IMP + "[(c().GetNumberOfInputPorts(), c().GetNumberOfOutputPorts()) for c in\n"
     " (vtkSphereSource, vtkGeometryFilter, vtkDataSetSurfaceFilter, vtkXMLPolyDataReader, vtkXMLPolyDataWriter,\n"
     "  vtkPolyDataReader, vtkPolyDataWriter, vtkTrivialProducer, vtkAlgorithm)]"),
    ("pipe.isa", _IMP + "[[n for n in ('vtkAlgorithm', 'vtkPolyDataAlgorithm', 'vtkDataReader', 'vtkWriter', 'vtkDataWriter',\n"
     "  'vtkXMLReader', 'vtkXMLWriterBase', 'vtkXMLWriter', 'vtkObject') if c().IsA(n)] for c in\n"
     " (vtkSphereSource, vtkGeometryFilter, vtkPolyDataReader, vtkPolyDataWriter, vtkXMLPolyDataReader,\n"
     "  vtkXMLPolyDataWriter, vtkTrivialProducer)]"),
    ("pipe.class_names", _IMP + "[c().GetClassName() for c in (vtkXMLPolyDataReader, vtkPolyDataWriter, vtkTrivialProducer,\n"
     " vtkAlgorithm, vtkAlgorithmOutput)]"),
    ("pipe.unconnected", _IMP + "g = vtkGeometryFilter(); o = g.GetOutput()\n"
     "(g.GetNumberOfInputConnections(0), g.GetInputConnection(0, 0), g.GetInputAlgorithm(), g.GetInput(),\n"
     " o.GetNumberOfPoints(), g.GetOutput() is o, g.GetTotalNumberOfInputConnections())"),
    ("pipe.connect_update", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter(); out = g.GetOutput()\n"
     "g.SetInputConnection(s.GetOutputPort())\n"
     "before = (g.GetNumberOfInputConnections(0), g.GetInputConnection(0, 0) is s.GetOutputPort(),\n"
     "          g.GetInputAlgorithm() is s, g.GetInput() is s.GetOutput(), g.GetOutput().GetNumberOfPoints())\n"
     "r = g.Update()\n"
     "(before, r, g.GetOutput() is out, out.GetNumberOfPoints(), out.GetNumberOfPolys(), s.GetOutput().GetNumberOfPoints())"),
    ("pipe.upstream_modified", _IMP + "s = vtkSphereSource(); g = vtkDataSetSurfaceFilter()\n"
     "g.SetInputConnection(0, s.GetOutputPort()); g.Update(); a = g.GetOutput().GetNumberOfPoints()\n"
     "s.SetThetaResolution(16); b = g.GetOutput().GetNumberOfPoints(); g.Update()\n"
     "(a, b, g.GetOutput().GetNumberOfPoints())"),
    ("pipe.disconnect", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter(); g.SetInputConnection(s.GetOutputPort())\n"
     "g.SetInputConnection(None); n0 = g.GetNumberOfInputConnections(0)\n"
     "g.SetInputConnection(0, s.GetOutputPort()); g.RemoveAllInputConnections(0); n1 = g.GetNumberOfInputConnections(0)\n"
     "g.AddInputConnection(s.GetOutputPort()); n2 = g.GetNumberOfInputConnections(0)\n"
     "g.RemoveInputConnection(0, s.GetOutputPort()); n3 = g.GetNumberOfInputConnections(0)\n"
     "g.SetInputConnection(s.GetOutputPort()); g.RemoveAllInputs()\n"
     "(n0, n1, n2, n3, g.GetNumberOfInputConnections(0))"),
    ("pipe.input_data_is_trivial_producer", _IMP + "g = vtkGeometryFilter(); img = vtkImageData(); img.SetDimensions(2, 3, 4)\n"
     "g.SetInputData(img); c = g.GetInputConnection(0, 0)\n"
     "(g.GetNumberOfInputConnections(0), c.GetClassName(), c.GetProducer().GetClassName(),\n"
     " g.GetInputAlgorithm().GetOutputDataObject(0) is img, g.GetInputDataObject(0, 0) is img, g.GetInput() is img,\n"
     " g.Update(), g.GetOutput().GetNumberOfPoints(), g.GetOutput().GetNumberOfPolys())"),
    ("pipe.input_data_replaces_connection", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter()\n"
     "g.SetInputConnection(s.GetOutputPort()); img = vtkImageData(); img.SetDimensions(2, 2, 2)\n"
     "g.SetInputData(img); g.Update()\n"
     "(g.GetNumberOfInputConnections(0), g.GetInputAlgorithm() is s, g.GetOutput().GetNumberOfPoints())"),
    ("pipe.port_out_of_range", _IMP + "s = vtkSphereSource(); g = vtkDataSetSurfaceFilter()\n"
     "g.SetInputConnection(1, s.GetOutputPort())\n"
     "(g.GetNumberOfInputConnections(0), g.GetNumberOfInputConnections(1), g.GetInputConnection(1, 0), g.GetInputConnection(0, 3))"),
    ("pipe.connection_type", _IMP + "g = vtkGeometryFilter(); g.SetInputConnection(vtkPolyData())"),
    ("pipe.connection_int", _IMP + "g = vtkGeometryFilter(); g.SetInputConnection(5)"),
    ("pipe.writer_reader_xml", _IMP + "s = vtkSphereSource(); s.SetPhiResolution(5)\n"
     "w = vtkXMLPolyDataWriter(); w.SetInputConnection(s.GetOutputPort()); w.SetDataModeToAscii()\n"
     "w.WriteToOutputStringOn(); ok = w.Write()\n"
     "r = vtkXMLPolyDataReader(); r.ReadFromInputStringOn(); r.SetInputString(w.GetOutputString())\n"
     "g = vtkGeometryFilter(); g.SetInputConnection(r.GetOutputPort()); g.Update()\n"
     "(bool(ok), w.GetInput() is s.GetOutput(), r.GetOutputPort().GetProducer() is r, g.GetOutput().GetNumberOfPoints(),\n"
     " g.GetOutput().GetNumberOfPolys(), r.GetOutput().GetNumberOfPoints())"),
    ("pipe.writer_legacy", _IMP + "s = vtkSphereSource(); s.SetThetaResolution(5); s.SetPhiResolution(4)\n"
     "g = vtkGeometryFilter(); g.SetInputConnection(s.GetOutputPort())\n"
     "w = vtkPolyDataWriter(); w.SetInputConnection(g.GetOutputPort()); w.WriteToOutputStringOn(); w.Write()\n"
     "r = vtkPolyDataReader(); r.ReadFromInputStringOn(); r.SetInputString(w.GetOutputString()); r.Update()\n"
     "(r.GetOutput().GetNumberOfPoints(), r.GetOutput().GetNumberOfPolys(), w.GetInput() is g.GetOutput())"),
    ("pipe.chain_rewrites", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter(); g.SetInputConnection(s.GetOutputPort())\n"
     "w = vtkDataSetWriter(); w.SetInputConnection(g.GetOutputPort()); w.WriteToOutputStringOn(); w.Write()\n"
     "a = len(w.GetOutputString()); s.SetThetaResolution(20); w.Write()\n"
     "(a < len(w.GetOutputString()), g.GetOutput().GetNumberOfPoints())"),
]

# VTK 9.4's Python forms: a >> b, update().output, alg(data), alg.output, pipeline["name"]
SNIPPETS += [
    ("pipe.py.output_property", _IMP + "s = vtkSphereSource(); (s.output.GetNumberOfPoints(), s.output is s.GetOutput(),\n"
     " s.update().output is s.GetOutput(), s.output.GetNumberOfPoints())"),
    ("pipe.py.call_on_data", _IMP + "g = vtkGeometryFilter(); img = vtkImageData(); img.SetDimensions(2, 3, 4)\n"
     "o = g(img); (o.GetNumberOfPoints(), o.GetNumberOfPolys(), o is g.GetOutput(), g.GetNumberOfInputConnections(0))"),
    ("pipe.py.call_keeps_connections", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter(); g.SetInputConnection(s.GetOutputPort())\n"
     "img = vtkImageData(); img.SetDimensions(2, 2, 2); o = g(img)\n"
     "(o.GetNumberOfPoints(), g.GetNumberOfInputConnections(0), g.GetInputAlgorithm() is s)"),
    ("pipe.py.rshift_chain", _IMP + "s = vtkSphereSource(); s.SetThetaResolution(6)\n"
     "p = s >> vtkGeometryFilter() >> vtkDataSetSurfaceFilter()\n"
     "(p.update().output.GetNumberOfPoints(), p().GetNumberOfPolys(), p.first is s, p.last.GetClassName())"),
    ("pipe.py.data_rshift", _IMP + "img = vtkImageData(); img.SetDimensions(3, 3, 3)\n"
     "p = img >> vtkGeometryFilter(); (p.update().output.GetNumberOfPoints(), p.first.GetClassName())"),
    ("pipe.py.source_call_with_input", _IMP + "s = vtkSphereSource(); s(vtkImageData())"),
    ("pipe.py.rshift_int", _IMP + "5 >> vtkGeometryFilter()"),
    ("pipe.py.rshift_to_int", _IMP + "vtkGeometryFilter() >> 5"),
    ("pipe.py.getitem", _IMP + "s = vtkSphereSource(); h = vtkGeometryFilter(); h.SetObjectName('skin')\n"
     "p = s >> h >> vtkDataSetSurfaceFilter()\n"
     "(p['skin'] is h, (lambda: p['nothing'])() if False else 1)"),
    ("pipe.py.getitem_missing", _IMP + "p = vtkSphereSource() >> vtkGeometryFilter(); p['nothing']"),
    ("pipe.py.none_disconnects", _IMP + "s = vtkSphereSource(); g = vtkGeometryFilter(); p = s >> g\n"
     "None >> p; g.GetNumberOfInputConnections(0)"),
    ("pipe.py.subclass_kind", _IMP + "class F(vtkDataSetSurfaceFilter): pass\n"
     "img = vtkImageData(); img.SetDimensions(3, 3, 3); f = F(); f.SetInputData(img); f.Update()\n"
     "(f.GetClassName(), f.GetOutput().GetNumberOfPoints() == vtkDataSetSurfaceFilter()(img).GetNumberOfPoints())"),
]

"""vtkAlgorithm: VTK's pipeline connections over vtkbuf's sources, readers, filters
and writers (docs/python.md, "Pipelines").

What pasted VTK code uses of VTK's demand-driven pipeline: output ports
(``GetOutputPort()`` -> vtkAlgorithmOutput), input connections
(``SetInputConnection``/``AddInputConnection``/``RemoveInputConnection``, or
``SetInputData``, which connects a vtkTrivialProducer as VTK does), and ``Update()``,
which brings every upstream algorithm up to date first and then runs this one on its
producers' outputs.  A writer's ``Write()`` updates its input the same way.

Differences from VTK: no executives, information objects or requests (pieces,
extents, time steps); every ``Update()`` executes again, where VTK skips an
algorithm whose parameters and inputs did not change (the outputs are the same
objects either way).  A port index past the algorithm's ports is ignored and gives
None, as in VTK (which logs an error).
"""
from . import _vtkbuf as _c


class vtkAlgorithmOutput(_c.vtkObject):
    """A producer's output port: what GetOutputPort() returns, SetInputConnection() takes."""

    def __init__(self, producer=None, index=0):
        self._producer = producer
        self._index = index

    def GetProducer(self):
        return self._producer

    def SetProducer(self, producer):
        self._producer = producer

    def GetIndex(self):
        return self._index

    def SetIndex(self, index):
        self._index = index

    def GetClassName(self):
        return "vtkAlgorithmOutput"


def _own_classes(obj):
    """obj's classes that vtkbuf defines, nearest first (VTK names a Python subclass by its wrapped class)"""
    return [c for c in type(obj).__mro__ if c.__module__.startswith("vtkbuf")]


def _port_and(args, what):
    """(port, value) of VTK's two forms f(value) and f(port, value)"""
    if len(args) == 1:
        return 0, args[0]
    if len(args) == 2:
        return args[0], args[1]
    raise TypeError(f"{what}() takes 1 or 2 arguments ({len(args)} given)")


def _output_arg(value, what):
    if value is not None and not isinstance(value, vtkAlgorithmOutput):
        raise TypeError(f"{what} argument: method requires a vtkAlgorithmOutput, "
                        f"a {type(value).__name__} was provided")
    return value


class _Pipeline:
    """The pipeline methods, installed on vtkbuf's algorithm classes (Python and C).

    A class says its ports (_vb_ports = (inputs, outputs)), how it runs (_vb_execute:
    the class's own Update or Write) and how it takes its input data
    (_vb_set_input(data)); state lives in the instance's dict."""

    _vb_ports = (0, 0)
    _vb_refused = {}  # input port -> what vtkbuf does not do with a connection there

    def _vb_conns(self):
        conns = getattr(self, "_vb_in", None)
        if conns is None:
            conns = self._vb_in = [[] for _ in range(self._vb_ports[0])]
        return conns

    def GetNumberOfInputPorts(self):
        return self._vb_ports[0]

    def GetNumberOfOutputPorts(self):
        return self._vb_ports[1]

    def GetOutputPort(self, port=0):
        if not 0 <= port < self._vb_ports[1]:
            return None
        outs = getattr(self, "_vb_out", None)
        if outs is None:
            outs = self._vb_out = {}
        if port not in outs:
            outs[port] = vtkAlgorithmOutput(self, port)
        return outs[port]

    def _vb_connect(self, port, output, add):
        conns = self._vb_conns()
        if not 0 <= port < len(conns):
            return
        if output is not None and port in self._vb_refused:
            raise ValueError(f"{self.GetClassName()}: input port {port} ({self._vb_refused[port]}) "
                             "is not supported by vtkbuf")
        if not add:
            conns[port].clear()
        if output is not None:
            conns[port].append(output)
        self._vb_take(port)
        self.Modified()

    def SetInputConnection(self, *args):
        port, output = _port_and(args, "SetInputConnection")
        self._vb_connect(port, _output_arg(output, "SetInputConnection"), False)

    def AddInputConnection(self, *args):
        port, output = _port_and(args, "AddInputConnection")
        if _output_arg(output, "AddInputConnection") is not None:
            self._vb_connect(port, output, True)

    def RemoveInputConnection(self, port, which):
        conns = self._vb_conns()
        if 0 <= port < len(conns):
            c = conns[port]
            i = which if isinstance(which, int) else next((k for k, o in enumerate(c) if o is which), -1)
            if 0 <= i < len(c):
                del c[i]
                self._vb_take(port)
                self.Modified()

    def RemoveAllInputConnections(self, port):
        self._vb_connect(port, None, False)

    def RemoveAllInputs(self):
        for port in range(self._vb_ports[0]):
            self._vb_connect(port, None, False)

    def GetNumberOfInputConnections(self, port):
        conns = self._vb_conns()
        return len(conns[port]) if 0 <= port < len(conns) else 0

    def GetTotalNumberOfInputConnections(self):
        return sum(len(c) for c in self._vb_conns())

    def GetInputConnection(self, port, index):
        conns = self._vb_conns()
        if 0 <= port < len(conns) and 0 <= index < len(conns[port]):
            return conns[port][index]
        return None

    def GetInputAlgorithm(self, port=0, index=0):
        out = self.GetInputConnection(port, index)
        return None if out is None else out.GetProducer()

    def GetInputDataObject(self, port, index):
        out = self.GetInputConnection(port, index)
        return None if out is None else out.GetProducer().GetOutputDataObject(out.GetIndex())

    def SetInputDataObject(self, *args):
        port, data = _port_and(args, "SetInputDataObject")
        self.SetInputConnection(port, None if data is None else _trivial(data))

    def AddInputDataObject(self, *args):
        port, data = _port_and(args, "AddInputDataObject")
        if data is not None:
            self.AddInputConnection(port, _trivial(data))

    SetInputData = SetInputDataObject
    AddInputData = AddInputDataObject

    def GetOutputDataObject(self, port=0):
        return self.GetOutput() if port == 0 and self._vb_ports[1] else None

    def IsA(self, name):
        return int(name in self._vb_isa or any(c.__name__ == name for c in _own_classes(self))
                   or _c.vtkObject.IsA(self, name))

    _vb_isa = ("vtkAlgorithm",)

    def _vb_take(self, port):
        """hand input port `port`'s first connection's data to the class"""
        if port == 0:
            self._vb_set_input(self.GetInputDataObject(0, 0))

    def _vb_set_input(self, data):
        pass

    def _vb_pull(self):
        """update every producer upstream, then take their outputs"""
        for port, conns in enumerate(self._vb_conns()):
            for out in conns:
                out.GetProducer().Update()
            self._vb_take(port)

    def Update(self, port=None):
        self._vb_pull()
        self._vb_execute()
        return True

    def _vb_execute(self):
        pass

    UpdateInformation = UpdateDataObject = UpdateWholeExtent = _vb_pull

    # VTK 9.4's Python forms (vtkmodules.util.execution_model): `a >> b`, update().output,
    # alg(data), alg.output
    def __rshift__(self, rhs):
        return _chain(self, rhs)

    def __rrshift__(self, lhs):
        return _chain(lhs, self)

    def update(self):
        """Update(), then an object whose .output is the output (a tuple for several)"""
        return Output(self)

    def __call__(self, inp=None):
        return _run(self, self, inp)

    @property
    def output(self):
        return self.GetOutputDataObject(0)


class Output:
    """what update() returns: .output, the algorithm's output(s) after Update()"""

    def __init__(self, algorithm):
        self.algorithm = algorithm
        algorithm.Update()

    @property
    def output(self):
        a = self.algorithm
        outs = tuple(a.GetOutputDataObject(i) for i in range(a.GetNumberOfOutputPorts()))
        return outs[0] if len(outs) == 1 else outs


class Pipeline:
    """what `a >> b` gives (VTK's execution_model.Pipeline): the first and last algorithms
    of a connected chain; >> extends it, update() and calling it run it"""

    def __init__(self, first, last):
        self.first, self.last = first, last

    def update(self):
        return self.last.update()

    def __call__(self, inp=None):
        return _run(self.first, self.last, inp)

    def __rshift__(self, rhs):
        return _chain(self, rhs)

    def __rrshift__(self, lhs):
        return _chain(lhs, self)

    def __getitem__(self, name):
        """the algorithm upstream of the last one whose GetObjectName() is name"""
        todo, seen = [self.last], set()
        while todo:
            a = todo.pop(0)
            if id(a) in seen:
                continue
            seen.add(id(a))
            if a.GetObjectName() == name:
                return a
            todo += [c.GetProducer() for conns in a._vb_conns() for c in conns]
        raise KeyError(name)


def _ends(x):
    """(first, last) of an algorithm or a chain; None for anything else"""
    if isinstance(x, Pipeline):
        return x.first, x.last
    return (x, x) if isinstance(x, _Pipeline) else None


def _chain(lhs, rhs):
    """lhs >> rhs: rhs's first algorithm takes lhs (an algorithm, a chain or a data object;
    a sequence of them adds each; None or an empty one disconnects); checked before any change"""
    many = isinstance(lhs, (list, tuple))
    items = list(lhs) if many else [] if lhs is None else [lhs]
    r = _ends(rhs)
    bad = [i for i in items if _ends(i) is None and not isinstance(i, _c.vtkDataObject)]
    if r is None or bad:
        raise TypeError(f"unsupported operand type(s) for >>: {type(bad[0] if bad else lhs).__name__} "
                        f"and {type(rhs).__name__}")
    first, last = r
    if not many or not items:
        first.RemoveAllInputConnections(0)
    if not items:
        return rhs
    for item in items:
        start, end = _ends(item) or (vtkTrivialProducer(item),) * 2
        first.AddInputConnection(end.GetOutputPort())
    return Pipeline(start, last)


def _run(first, last, inp):
    """first's input port 0 set to inp for one update of last; a shallow copy of the output"""
    if inp is not None and not first.GetNumberOfInputPorts():
        raise ValueError(f"{first.GetClassName()}: an input for an algorithm without input ports")
    saved = list(first._vb_conns()[0]) if inp is not None else None
    if inp is not None:
        first.RemoveAllInputConnections(0)
        for d in (inp if isinstance(inp, (list, tuple)) else (inp,)):
            first.AddInputDataObject(0, d)
    try:
        out = last.update().output
    finally:
        if saved is not None:  # the connections as they were
            first.RemoveAllInputConnections(0)
            for c in saved:
                first.AddInputConnection(0, c)
    outs = out if isinstance(out, tuple) else (out,)
    copies = []
    for o in outs:
        c = o.NewInstance()
        c.ShallowCopy(o)
        copies.append(c)
    return copies[0] if len(copies) == 1 else tuple(copies)


class vtkAlgorithm(_Pipeline, _c.vtkObject):
    """VTK's vtkAlgorithm: the pipeline base and its output-precision constants."""

    SINGLE_PRECISION = _c.SINGLE_PRECISION  # 0: float points
    DOUBLE_PRECISION = _c.DOUBLE_PRECISION  # 1: double points
    DEFAULT_PRECISION = _c.DEFAULT_PRECISION  # 2: like the input (a source: float)

    def GetClassName(self):
        """the name of the nearest vtkbuf class (VTK: the C++ class of a Python subclass)"""
        return _own_classes(self)[0].__name__


class vtkTrivialProducer(vtkAlgorithm):
    """The producer SetInputData connects: its output is the data object given."""

    _vb_ports = (0, 1)

    def __init__(self, output=None):
        self._output = output

    def SetOutput(self, output):
        self._output = output
        self.Modified()

    def GetOutput(self, port=0):
        return self._output if port == 0 else None


def _trivial(data):
    if not isinstance(data, _c.vtkDataObject):
        raise TypeError(f"SetInputData argument: method requires a vtkDataObject, "
                        f"a {type(data).__name__} was provided")
    return vtkTrivialProducer(data).GetOutputPort()


class vtkSphereSource(_Pipeline, _c.vtkSphereSource):
    __doc__ = _c.vtkSphereSource.__doc__
    _vb_ports = (0, 1)
    _vb_isa = ("vtkAlgorithm", "vtkPolyDataAlgorithm")
    _vb_execute = _c.vtkSphereSource.Update


class vtkGeometryFilter(_Pipeline, _c.vtkGeometryFilter):
    __doc__ = _c.vtkGeometryFilter.__doc__
    _vb_ports = (2, 1)
    _vb_isa = ("vtkAlgorithm", "vtkPolyDataAlgorithm")
    _vb_refused = {1: "the faces to exclude"}
    _vb_execute = _c.vtkGeometryFilter.Update
    _vb_set_input = _c.vtkGeometryFilter.SetInputData


class vtkDataSetSurfaceFilter(_Pipeline, _c.vtkDataSetSurfaceFilter):
    __doc__ = _c.vtkDataSetSurfaceFilter.__doc__
    _vb_ports = (1, 1)
    _vb_isa = ("vtkAlgorithm", "vtkPolyDataAlgorithm")
    _vb_execute = _c.vtkDataSetSurfaceFilter.Update
    _vb_set_input = _c.vtkDataSetSurfaceFilter.SetInputData

// Pipelines: VTK's connection API on the algorithms vtkbuf has (vtkSphereSource,
// vtkGeometryFilter, vtkDataSetSurfaceFilter), as in Python (python/vtkbuf/_algorithm.py;
// docs/python.md, "Pipelines"): GetOutputPort -> vtkAlgorithmOutput, SetInputConnection
// and the rest, SetInputData as a vtkTrivialProducer connection, Update() updating every
// producer upstream first (each Update runs again; the outputs stay the same objects).
// A port index past the algorithm's ports is ignored and gives null, as in VTK.
import { argc, describe } from './common.mjs';

export function definePipeline({ vtkObject }, classes) {
  const { vtkDataObject } = classes;

  class vtkAlgorithmOutput extends vtkObject {
    constructor(producer = null, index = 0) { super(); this._producer = producer; this._index = index; }
    GetClassName() { return 'vtkAlgorithmOutput'; }
    GetProducer() { return this._producer; }
    SetProducer(p) { this._producer = p; }
    GetIndex() { return this._index; }
    SetIndex(i) { this._index = i; }
  }

  const checkOutput = (o, what) => {
    if (o !== null && !(o instanceof vtkAlgorithmOutput)) throw new TypeError(`${what}: expected a vtkAlgorithmOutput or null, got ${describe(o)}`);
    return o;
  };
  const portAnd = (args, what) => {
    argc(args.length, 1, 2, what);
    return args.length === 1 ? [0, args[0]] : args;
  };
  // the methods every algorithm gets; a class says _vbPorts [inputs, outputs], _vbExecute,
  // _vbSetInput (its own Update and SetInputData) and _vbRefused {port: what}
  const methods = {
    _vbConns() { return (this._vbIn ??= Array.from({ length: this._vbPorts[0] }, () => [])); },
    GetNumberOfInputPorts() { return this._vbPorts[0]; },
    GetNumberOfOutputPorts() { return this._vbPorts[1]; },
    GetOutputPort(port = 0) {
      if (!(port >= 0 && port < this._vbPorts[1])) return null;
      return ((this._vbOut ??= [])[port] ??= new vtkAlgorithmOutput(this, port));
    },
    _vbConnect(port, output, add) {
      const conns = this._vbConns();
      if (!(port >= 0 && port < conns.length)) return;
      if (output !== null && this._vbRefused?.[port]) throw new RangeError(`${this.GetClassName()}: input port ${port} (${this._vbRefused[port]}) is not supported by vtkbuf`);
      if (!add) conns[port].length = 0;
      if (output !== null) conns[port].push(output);
      this._vbTake(port);
      this.Modified();
    },
    SetInputConnection(...a) { const [p, o] = portAnd(a, 'SetInputConnection'); this._vbConnect(p, checkOutput(o, 'SetInputConnection'), false); },
    AddInputConnection(...a) { const [p, o] = portAnd(a, 'AddInputConnection'); if (checkOutput(o, 'AddInputConnection')) this._vbConnect(p, o, true); },
    RemoveInputConnection(port, which) {
      const c = this._vbConns()[port];
      const i = c ? (typeof which === 'number' ? which : c.indexOf(which)) : -1;
      if (c && i >= 0 && i < c.length) { c.splice(i, 1); this._vbTake(port); this.Modified(); }
    },
    RemoveAllInputConnections(port) { this._vbConnect(port, null, false); },
    RemoveAllInputs() { for (let p = 0; p < this._vbPorts[0]; p++) this._vbConnect(p, null, false); },
    GetNumberOfInputConnections(port) { return this._vbConns()[port]?.length ?? 0; },
    GetTotalNumberOfInputConnections() { return this._vbConns().reduce((n, c) => n + c.length, 0); },
    GetInputConnection(port, index) { return this._vbConns()[port]?.[index] ?? null; },
    GetInputAlgorithm(port = 0, index = 0) { return this.GetInputConnection(port, index)?.GetProducer() ?? null; },
    GetInputDataObject(port, index) {
      const o = this.GetInputConnection(port, index);
      return o ? o.GetProducer().GetOutputDataObject(o.GetIndex()) : null;
    },
    SetInputDataObject(...a) { const [p, d] = portAnd(a, 'SetInputDataObject'); this.SetInputConnection(p, d === null ? null : trivial(d)); },
    AddInputDataObject(...a) { const [p, d] = portAnd(a, 'AddInputDataObject'); if (d !== null) this.AddInputConnection(p, trivial(d)); },
    GetOutputDataObject(port = 0) { return port === 0 && this._vbPorts[1] ? this.GetOutput() : null; },
    _vbTake(port) { if (port === 0) this._vbSetInput(this.GetInputDataObject(0, 0)); },
    _vbSetInput() {},
    _vbPull() {
      this._vbConns().forEach((conns, port) => { for (const o of conns) o.GetProducer().Update(); this._vbTake(port); });
    },
    Update() { this._vbPull(); this._vbExecute(); return true; },
    IsA(name) { return Number(name === 'vtkAlgorithm' || name === this._vbIsA || vtkObject.prototype.IsA.call(this, name)); },
  };
  methods.SetInputData = methods.SetInputDataObject;
  methods.AddInputData = methods.AddInputDataObject;

  const install = (C, ports, extra) => {
    const P = C.prototype;
    const own = { _vbExecute: P.Update, _vbSetInput: P.SetInputData ?? methods._vbSetInput };
    Object.assign(P, methods, own, { _vbPorts: ports, _vbIsA: 'vtkPolyDataAlgorithm' }, extra);
  };

  class vtkTrivialProducer extends vtkObject {
    constructor(output = null) { super(); this._output = output; }
    GetClassName() { return 'vtkTrivialProducer'; }
    SetOutput(o) { this._output = o; this.Modified(); }
    GetOutput() { return this._output; }
  }
  install(vtkTrivialProducer, [0, 1], { _vbExecute() {}, _vbIsA: null });
  const trivial = (d) => {
    if (!(d instanceof vtkDataObject)) throw new TypeError(`SetInputData: expected a vtkDataObject, got ${describe(d)}`);
    return new vtkTrivialProducer(d).GetOutputPort();
  };

  install(classes.vtkSphereSource, [0, 1]);
  install(classes.vtkGeometryFilter, [2, 1], { _vbRefused: { 1: 'the faces to exclude' } });
  install(classes.vtkDataSetSurfaceFilter, [1, 1]);
  return { vtkAlgorithmOutput, vtkTrivialProducer };
}

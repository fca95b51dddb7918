// Pipelines in JS (js/pipeline.mjs): the connection API as in Python (whose behaviour the
// conformance snippets tests/conformance/snippets/pipeline.py compare with VTK 9.7.1).
// Outputs through connections are checked against the same algorithms run directly.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const counts = (pd) => [pd.GetNumberOfPoints(), pd.GetNumberOfPolys()];
function direct(Filter, data) { // the filter run on data without connections
  const f = new Filter();
  f.SetInputData(data);
  f.Update();
  return counts(f.GetOutput());
}

describe('pipeline', () => {
  test('output ports: one object per port, its producer and index; no port past the last', () => {
    const s = new vb.vtkSphereSource();
    const p = s.GetOutputPort();
    expect([p.GetClassName(), p.GetIndex(), p.GetProducer() === s, s.GetOutputPort(0) === p, s.GetOutputPort(1)])
      .toEqual(['vtkAlgorithmOutput', 0, true, true, null]);
    expect([[0, 1], [2, 1], [1, 1], [0, 1]]).toEqual([vb.vtkSphereSource, vb.vtkGeometryFilter, vb.vtkDataSetSurfaceFilter,
      vb.vtkTrivialProducer].map((C) => { const a = new C(); return [a.GetNumberOfInputPorts(), a.GetNumberOfOutputPorts()]; }));
  });

  test('SetInputConnection then Update runs the producer first; a changed source is seen by the next Update', () => {
    const s = new vb.vtkSphereSource();
    const g = new vb.vtkGeometryFilter();
    expect([g.GetNumberOfInputConnections(0), g.GetInputConnection(0, 0), g.GetInputAlgorithm()]).toEqual([0, null, null]);
    g.SetInputConnection(s.GetOutputPort());
    expect([g.GetInputConnection(0, 0) === s.GetOutputPort(), g.GetInputAlgorithm() === s]).toEqual([true, true]);
    expect(g.Update()).toBe(true);
    s.Update();
    expect(counts(g.GetOutput())).toEqual(direct(vb.vtkGeometryFilter, s.GetOutput()));
    const before = g.GetOutput().GetNumberOfPoints();
    s.SetThetaResolution(16);
    expect(g.GetOutput().GetNumberOfPoints()).toBe(before); // not before Update
    g.Update();
    s.Update();
    expect(counts(g.GetOutput())).toEqual(direct(vb.vtkGeometryFilter, s.GetOutput()));
    expect(g.GetOutput().GetNumberOfPoints()).toBeGreaterThan(before);
  });

  test('SetInputData connects a vtkTrivialProducer and replaces the connection; chains update end to end', () => {
    const s = new vb.vtkSphereSource();
    const g = new vb.vtkGeometryFilter();
    g.SetInputConnection(s.GetOutputPort());
    const img = new vb.vtkImageData();
    img.SetDimensions(2, 3, 4);
    g.SetInputData(img);
    expect([g.GetNumberOfInputConnections(0), g.GetInputAlgorithm().GetClassName(), g.GetInput() === img])
      .toEqual([1, 'vtkTrivialProducer', true]);
    const d = new vb.vtkDataSetSurfaceFilter();
    d.SetInputConnection(0, g.GetOutputPort());
    d.Update();
    expect(counts(d.GetOutput())).toEqual(direct(vb.vtkDataSetSurfaceFilter, g.GetOutput()));
    expect(counts(g.GetOutput())).toEqual(direct(vb.vtkGeometryFilter, img));
  });

  test('disconnecting: null, RemoveAllInputConnections, RemoveInputConnection, RemoveAllInputs', () => {
    const s = new vb.vtkSphereSource();
    const g = new vb.vtkGeometryFilter();
    const n = () => g.GetNumberOfInputConnections(0);
    g.SetInputConnection(s.GetOutputPort()); g.SetInputConnection(null); const n0 = n();
    g.SetInputConnection(0, s.GetOutputPort()); g.RemoveAllInputConnections(0); const n1 = n();
    g.AddInputConnection(s.GetOutputPort()); const n2 = n();
    g.RemoveInputConnection(0, s.GetOutputPort()); const n3 = n();
    g.SetInputConnection(s.GetOutputPort()); g.RemoveAllInputs();
    expect([n0, n1, n2, n3, n(), g.GetInput()]).toEqual([0, 0, 1, 0, 0, null]);
  });

  test('bad connections are errors and leave the connections as they were', () => {
    const s = new vb.vtkSphereSource();
    const g = new vb.vtkGeometryFilter();
    g.SetInputConnection(s.GetOutputPort());
    expect(() => g.SetInputConnection(1, s.GetOutputPort())).toThrow(RangeError); // VTK's optional port: not supported
    expect(() => g.SetInputConnection(5)).toThrow(TypeError);
    expect(() => g.SetInputData({})).toThrow(TypeError);
    expect(() => g.SetInputConnection()).toThrow(TypeError);
    expect([g.GetNumberOfInputConnections(0), g.GetNumberOfInputConnections(1), g.GetInputAlgorithm() === s]).toEqual([1, 0, true]);
    const d = new vb.vtkDataSetSurfaceFilter();
    d.SetInputConnection(3, s.GetOutputPort()); // past the ports: ignored, as VTK (which logs an error)
    expect(d.GetNumberOfInputConnections(0)).toBe(0);
  });

  test('IsA: vtkAlgorithm, vtkPolyDataAlgorithm, vtkObject (every class but vtkObjectBase)', () => {
    const s = new vb.vtkSphereSource();
    expect(['vtkAlgorithm', 'vtkPolyDataAlgorithm', 'vtkObject', 'vtkDataSet'].map((n) => s.IsA(n))).toEqual([1, 1, 1, 0]);
    expect([new vb.vtkPolyData().IsA('vtkObject'), new vb.vtkFloatArray().IsA('vtkObject'),
      vb.vtkObjectBase.IsTypeOf('vtkObject')]).toEqual([1, 1, 0]);
    expect(new vb.vtkTrivialProducer().IsA('vtkPolyDataAlgorithm')).toBe(0);
  });
});

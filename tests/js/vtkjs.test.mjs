// vtkbuf/vtkjs: vtkbuf data sets handed to vtk.js (the peer dependency, a devDependency
// here) with zero copies, re-bound when the views go stale.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { toVtkJs, createBinding } from '../../js/vtkjs.mjs';
import { forceGrowth } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

/** n points on a line, a float32 point scalar "Elevation" (= x), one triangle per 3 points. */
function polydata(n) {
  const pd = new vb.vtkPolyData();
  const pts = new vb.vtkPoints();
  pts.SetDataTypeToFloat();
  pts.SetNumberOfPoints(n);
  const xyz = pts.GetData().data.array();
  for (let i = 0; i < n; i++) { xyz[3 * i] = i; xyz[3 * i + 1] = i % 7; xyz[3 * i + 2] = 0; }
  pd.SetPoints(pts);
  const m = Math.floor(n / 3);
  const offsets = new vb.vtkTypeInt64Array(), conn = new vb.vtkTypeInt64Array();
  offsets.SetNumberOfValues(m + 1);
  conn.SetNumberOfValues(3 * m);
  const o = offsets.data.array(), c = conn.data.array();
  for (let k = 0; k <= m; k++) o[k] = BigInt(3 * k);
  for (let k = 0; k < 3 * m; k++) c[k] = BigInt(k);
  const polys = new vb.vtkCellArray();
  polys.SetData(offsets, conn);
  pd.SetPolys(polys);
  const s = new vb.vtkFloatArray();
  s.SetName('Elevation');
  s.SetNumberOfValues(n);
  const sv = s.data.array();
  for (let i = 0; i < n; i++) sv[i] = i;
  pd.GetPointData().SetScalars(s);
  for (const x of [pts, offsets, conn, polys, s]) x.delete();
  return pd;
}

describe('vtkbuf/vtkjs', () => {
  test('a 10^6-point polydata: points, cells and scalars are views of WASM memory (0 bytes copied)', () => {
    const n = 1_000_000;
    const pd = polydata(n);
    const before = process.memoryUsage().arrayBuffers, wasmBefore = vb.memory.buffer.byteLength;
    const bridge = toVtkJs(vb, pd);
    const out = bridge.output;
    // JS heap (ArrayBuffers outside WASM memory) and WASM memory, before and after
    const heap = process.memoryUsage().arrayBuffers - before, wasm = vb.memory.buffer.byteLength - wasmBefore;
    const pts = out.getPoints().getData(), polys = out.getPolys().getData(), sc = out.getPointData().getScalars();
    expect(out.getNumberOfPoints()).toBe(n);
    expect(out.getNumberOfPolys()).toBe(Math.floor(n / 3));
    for (const a of [pts, polys, sc.getData()]) expect(a.buffer).toBe(vb.memory.buffer);
    expect(pts).toBeInstanceOf(Float32Array);
    expect(sc.getName()).toBe('Elevation');
    expect(sc.getRange()).toEqual([0, n - 1]);
    expect(Array.from(polys.subarray(0, 8))).toEqual([3, 0, 1, 2, 3, 3, 4, 5]);
    // a copy would be 12 MB of points, 4 MB of scalars and 5.3 MB of cells on the JS heap;
    // WASM memory grows by at most the cells in the legacy layout (the core's export)
    // (the process's ArrayBuffer count also moves with Node's own buffers: once 1.2 MB in a
    // loaded CI run; the bound is half the smallest copy, the 4 MB of scalars)
    expect(Math.abs(heap)).toBeLessThan(2 * 1024 * 1024);
    expect(wasm).toBeLessThanOrEqual(4 * polys.length + (1 << 20));
    console.log(`10^6 points to vtk.js: JS heap ${heap} B, WASM memory +${wasm} B (legacy cells ${4 * polys.length} B)`);
    // the points view is the vtkbuf array's own storage: a write in vtkbuf shows in vtk.js
    const p = pd.GetPoints();
    p.SetPoint(5, 42, 43, 44);
    expect(Array.from(out.getPoints().getData().subarray(15, 18))).toEqual([42, 43, 44]);
    p.delete();
    bridge.release();
    pd.delete();
  });

  test('after a reallocation the vtk.js arrays are re-bound and show the new values', () => {
    const pd = polydata(30);
    const bridge = toVtkJs(vb, pd);
    const renders = [];
    const frames = [];
    const rw = Object.freeze({ render: () => renders.push(bridge.output.getPoints().getData()[0]),
      getInteractor: () => ({ onStartAnimation: (f) => frames.push(f), onAnimation: (f) => frames.push(f) }) });
    bridge.attach(rw);
    expect(frames.length).toBe(2); // interactor frames refresh too
    const s = pd.GetPointData().GetScalars();
    const old = bridge.output.getPointData().getScalars().getData();
    s.Resize(1000); // reallocates: the old views are stale
    s.SetNumberOfValues(30);
    s.SetValue(0, -7);
    expect(bridge.stale).toBe(true);
    const p = pd.GetPoints();
    p.SetPoint(0, 99, 0, 0);
    bridge.render(); // refresh, then the attached window's render
    expect(renders).toEqual([99]);
    const now = bridge.output.getPointData().getScalars().getData();
    expect(now).not.toBe(old);
    expect(now.buffer).toBe(vb.memory.buffer);
    expect(now[0]).toBe(-7);
    expect(bridge.binds).toBe(2);
    expect(bridge.refresh()).toBe(false); // nothing changed since
    s.delete(); p.delete();
    bridge.release();
    pd.delete();
  });

  test('memory growth and replaced cells re-bind too', () => {
    const pd = polydata(9);
    const bridge = toVtkJs(vb, pd);
    const grown = forceGrowth(vb);
    expect(bridge.stale).toBe(true);
    expect(bridge.refresh()).toBe(true);
    expect(bridge.output.getPoints().getData().buffer).toBe(vb.memory.buffer);
    grown.delete();
    const polys = new vb.vtkCellArray();
    polys.InsertNextCell([0, 1, 2, 3]);
    pd.SetPolys(polys); // the data set changed (its MTime): re-bound
    expect(bridge.refresh()).toBe(true);
    expect(Array.from(bridge.output.getPolys().getData())).toEqual([4, 0, 1, 2, 3]);
    polys.delete();
    bridge.release();
    pd.delete();
  });

  test('image data: geometry and point scalars (zero copy)', () => {
    const img = new vb.vtkImageData();
    img.SetDimensions(4, 3, 2);
    img.SetOrigin(1, 2, 3);
    img.SetSpacing(0.5, 1, 2);
    img.AllocateScalars(vb.VTK_FLOAT, 1);
    const s = img.GetPointData().GetScalars();
    s.SetName('f');
    s.data.array().forEach((_, i, a) => { a[i] = i; });
    const bridge = toVtkJs(vb, img);
    const out = bridge.output;
    expect(out.getDimensions()).toEqual([4, 3, 2]);
    expect(Array.from(out.getOrigin())).toEqual([1, 2, 3]);
    expect(Array.from(out.getSpacing())).toEqual([0.5, 1, 2]);
    const v = out.getPointData().getScalars().getData();
    expect(v.buffer).toBe(vb.memory.buffer);
    expect(v[23]).toBe(23);
    s.delete();
    bridge.release();
    img.delete();
  });

  test('a named array becomes the active scalars; bad input is a TypeError', () => {
    const pd = polydata(6);
    const t = new vb.vtkDoubleArray();
    t.SetName('T');
    t.SetNumberOfValues(6);
    pd.GetPointData().AddArray(t);
    const bridge = toVtkJs(vb, pd, { scalars: 'T' });
    expect(bridge.output.getPointData().getScalars().getName()).toBe('T');
    expect(bridge.output.getPointData().getArrays().map((a) => a.getName()).sort()).toEqual(['Elevation', 'T']);
    bridge.release();
    t.delete();
    pd.delete();
    expect(() => toVtkJs(null, pd)).toThrow(TypeError);
    expect(() => toVtkJs(vb, {})).toThrow(TypeError);
  });

  test('an unstructured grid goes through the surface filter; a change of the grid re-extracts', () => {
    const ug = new vb.vtkUnstructuredGrid();
    const pts = new vb.vtkPoints();
    for (let i = 0; i < 8; i++) pts.InsertNextPoint(i & 1, (i >> 1) & 1, i >> 2);
    ug.SetPoints(pts);
    ug.InsertNextCell(vb.VTK_HEXAHEDRON, 8, [0, 1, 3, 2, 4, 5, 7, 6]);
    const t = new vb.vtkFloatArray();
    t.SetName('T');
    for (let i = 0; i < 8; i++) t.InsertNextValue(i);
    ug.GetPointData().SetScalars(t);
    const bridge = toVtkJs(vb, ug);
    const out = bridge.output;
    expect([out.getNumberOfPoints(), out.getNumberOfPolys()]).toEqual([8, 6]);
    expect(out.getPointData().getScalars().getName()).toBe('T');
    expect(out.getPointData().getScalars().getData().buffer).toBe(vb.memory.buffer);
    expect(bridge.refresh()).toBe(false); // nothing changed: the filter does not run again
    t.SetValue(0, 42);
    t.Modified(); // as in VTK, a changed array says so: the grid's MTime moves, extracted again
    expect(bridge.refresh()).toBe(true);
    expect(bridge.output.getPointData().getScalars().getData()[0]).toBe(42);
    bridge.release();
    for (const x of [t, pts, ug]) x.delete();
  });

  test('createBinding over other views (the demo page: Pyodide memory)', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfValues(9);
    let key = 1;
    const bridge = createBinding(() => ({ points: a.data, cells: { Polys: new Uint32Array([3, 0, 1, 2]) } }), { changed: () => key !== 1 });
    expect(bridge.output.getNumberOfPolys()).toBe(1);
    expect(bridge.refresh()).toBe(false);
    key = 2;
    expect(bridge.refresh()).toBe(true);
    a.delete();
  });
});


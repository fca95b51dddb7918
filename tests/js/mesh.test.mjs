// Mesh building from typed arrays: new vtkPoints(data | {data}) and
// new vtkCellArray({ offsets, connectivity }), the JS counterparts of VTK 9.7's
// vtkPoints(data=...) and vtkCellArray(offsets=..., connectivity=...) (errors as the
// Python binding's: partial arguments, wrong dtype, wrong length).
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe('vtkPoints from a typed array', () => {
  test.each([[Float32Array, 10], [Float64Array, 11]])('%p: points of that type, values copied', (A, type) => {
    const src = new A([0, 0, 0, 1, 2, 3, 4, 5, 6]);
    const objects = vb.liveObjects();
    const p = new vb.vtkPoints(src);
    expect([p.GetNumberOfPoints(), p.GetDataType()]).toEqual([3, type]);
    expect(p.GetPoint(1)).toEqual([1, 2, 3]);
    src[3] = 99; // a copy: WASM memory cannot alias a JS typed array
    expect(p.GetPoint(1)[0]).toBe(1);
    const q = new vb.vtkPoints({ data: src });
    expect(q.GetPoint(1)[0]).toBe(99);
    p.delete();
    q.delete();
    expect(vb.liveObjects()).toBe(objects); // the temporary array is released
  });

  test('Arrays of numbers or of triples: float64; a vtkDataArray is shared', () => {
    const p = new vb.vtkPoints([[0, 0, 0], [1, 2, 3]]);
    expect([p.GetNumberOfPoints(), p.GetDataType(), p.GetPoint(1)]).toEqual([2, 11, [1, 2, 3]]);
    const a = new vb.vtkFloatArray();
    a.SetNumberOfComponents(3);
    a.InsertNextTuple([7, 8, 9]);
    const q = new vb.vtkPoints(a);
    a.SetTuple(0, [1, 1, 1]);
    expect(q.GetPoint(0)).toEqual([1, 1, 1]);
    expect(new vb.vtkPoints({}).GetNumberOfPoints()).toBe(0);
    expect(new vb.vtkPoints('float64').GetDataType()).toBe(11);
    for (const o of [p, a, q]) o.delete();
  });

  test.each([
    ['a length not a multiple of 3', () => new Float32Array(4), RangeError],
    ['an integer typed array', () => new Int32Array(3), TypeError],
    ['text', () => 'abc', TypeError],
    ['text in an Array', () => [0, 'a', 2], TypeError],
    ['an unknown option', () => ({ points: new Float32Array(3) }), TypeError],
    ['a 2-component array', () => { const a = new vb.vtkFloatArray(); a.SetNumberOfComponents(2); return a; }, TypeError],
  ])('refuses %s', (_, make, E) => {
    const arg = make();
    expect(() => new vb.vtkPoints(arg)).toThrow(E);
    expect(() => new vb.vtkPoints({ data: arg })).toThrow(E);
    if (arg instanceof vb.vtkDataArray) arg.delete();
  });
});

describe('vtkCellArray from offsets and connectivity', () => {
  test.each([[Int32Array, 'vtkIntArray'], [BigInt64Array, 'vtkLongLongArray']])('%p', (A, cls) => {
    const big = A === BigInt64Array;
    const v = (xs) => A.from(xs, (x) => (big ? BigInt(x) : x));
    const c = new vb.vtkCellArray({ offsets: v([0, 3, 7]), connectivity: v([0, 1, 2, 2, 3, 4, 5]) });
    expect([c.GetNumberOfCells(), c.GetCell(0), c.GetCell(1)]).toEqual([2, [0, 1, 2], [2, 3, 4, 5]]);
    const o = c.GetOffsetsArray();
    expect(o.GetClassName()).toBe(cls);
    o.delete();
    c.delete();
  });

  test('Arrays become int64; vtkDataArrays are shared; empty: no cells', () => {
    const c = new vb.vtkCellArray({ offsets: [0, 2], connectivity: [5, 6] });
    expect(c.GetCell(0)).toEqual([5, 6]);
    const off = new vb.vtkIntArray(), conn = new vb.vtkIntArray();
    for (const x of [0, 1]) off.InsertNextValue(x);
    conn.InsertNextValue(9);
    const d = new vb.vtkCellArray({ offsets: off, connectivity: conn });
    conn.SetValue(0, 4);
    expect(d.GetCell(0)).toEqual([4]);
    const e = new vb.vtkCellArray({ offsets: [], connectivity: [] });
    expect(e.GetNumberOfCells()).toBe(0);
    for (const o of [c, off, conn, d, e]) o.delete();
  });

  test.each([
    ['offsets alone', { offsets: [0, 3] }],
    ['connectivity alone', { connectivity: [0, 1, 2] }],
    ['float offsets', { offsets: new Float64Array([0, 3]), connectivity: [0, 1, 2] }],
    ['float connectivity', { offsets: [0, 3], connectivity: [0, 1.5, 2] }],
    ['an unknown option', { offsets: [0, 1], connectivity: [0], cells: 1 }],
    ['a last offset past the connectivity', { offsets: [0, 3, 6], connectivity: [0, 1, 2] }],
    ['not an options object', [0, 3]],
  ])('refuses %s (TypeError)', (_, arg) => {
    expect(() => new vb.vtkCellArray(arg)).toThrow(TypeError);
  });
});

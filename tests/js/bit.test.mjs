// vtkBitArray in JS: the core's bit array (values measured on VTK 9.7.1 through its
// Python wrapping, the same core functions as the Python binding); bad input throws
// and leaves the array unchanged.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const bits = (values, ncomp = 1) => {
  const b = new vb.vtkBitArray();
  b.SetNumberOfComponents(ncomp);
  for (const v of values) b.InsertNextValue(v);
  return b;
};
const values = (b) => Array.from({ length: b.GetNumberOfValues() }, (_, i) => b.GetValue(i));

describe('vtkBitArray', () => {
  test('description and packing (MSB first)', () => {
    const b = bits([1, 0, 1, 1, 0, 0, 0, 1, 1, 1]);
    expect([b.GetClassName(), b.GetDataType(), b.GetDataTypeAsString(), b.GetDataTypeSize(), b.dtype])
      .toEqual(['vtkBitArray', 1, 'bit', 0, 'bit']);
    expect(b instanceof vb.vtkDataArray).toBe(true);
    expect(Array.from(b.view())).toEqual([0xb1, 0xc0]);
    expect(Array.from(b.toArray())).toEqual([0xb1, 0xc0]);
    expect(Array.from(b.toValues())).toEqual([1, 0, 1, 1, 0, 0, 0, 1, 1, 1]);
    expect([b.GetSize(), b.GetNumberOfValues()]).toEqual([14, 10]);
    const buf = b.GetBuffer();
    expect([buf.dtype, buf.GetNumberOfElements()]).toEqual(['uint8', 2]);
    buf.delete();
    b.delete();
  });

  test.each([[0, 0], [1, 1], [2, 1], [-1, 1], [256, 1], [true, 1], [false, 0], [2 ** 31 - 1, 1], [-(2 ** 31), 1], [3n, 1]])(
    'value API: %p stored as %p', (v, bit) => {
      const b = new vb.vtkBitArray();
      b.InsertNextValue(v);
      b.InsertValue(3, v);
      b.SetNumberOfValues(5);
      b.SetValue(4, v);
      expect(values(b)).toEqual([bit, 0, 0, bit, bit]);
      b.delete();
    });

  test.each([[1.5, TypeError], [NaN, TypeError], [2 ** 31, RangeError], [-(2 ** 31) - 1, RangeError],
    [2n ** 70n, RangeError], ['a', TypeError], [null, TypeError]])('value API refuses %p (%p), unchanged', (v, E) => {
    const b = bits([1, 0]);
    for (const call of [() => b.InsertNextValue(v), () => b.SetValue(0, v), () => b.InsertValue(5, v),
      () => b.SetTypedComponent(0, 0, v)]) {
      expect(call).toThrow(E);
      expect([values(b), b.GetSize()]).toEqual([[1, 0], 2]);
    }
    b.delete();
  });

  test.each([[0.5, 0], [-0.7, 0], [1.5, 1], [-1.2, 1], [1e300, 1], [Infinity, 1], [NaN, 0]])(
    'tuple API: %p stored as %p (VTK int cast; NaN 0)', (v, bit) => {
      const b = new vb.vtkBitArray();
      b.InsertNextTuple1(v);
      b.InsertNextTuple([v]);
      b.SetNumberOfValues(3);
      b.SetComponent(2, 0, v);
      expect(values(b)).toEqual([bit, bit, bit]);
      expect(b.GetTuple1(0)).toEqual([bit]);
      b.delete();
    });

  test('tuples, typed accessors, range, lookup', () => {
    const b = bits([1, 0, 1, 1, 0, 1], 2);
    expect(b.GetNumberOfTuples()).toBe(3);
    expect(b.GetTuple(1)).toEqual([1, 1]);
    expect(b.GetTypedTuple(2)).toEqual([0, 1]);
    b.SetTypedTuple(2, [1, 0]);
    expect(() => b.SetTypedTuple(2, [1, 0.5])).toThrow(TypeError);
    expect(b.GetTuple(2)).toEqual([1, 0]);
    expect(b.GetRange(1)).toEqual([0, 1]);
    expect([b.LookupValue(1), b.LookupValue(0), b.LookupValue(5)]).toEqual([0, 1, -1]);
    expect(() => b.GetValue(6)).toThrow(RangeError);
    expect(() => b.GetComponent(0, 2)).toThrow(RangeError);
    b.delete();
  });

  test('sizes and BufferChangedEvent as the core (VTK 9.7.1 sizes)', () => {
    const b = new vb.vtkBitArray();
    let events = 0;
    b.AddObserver('BufferChangedEvent', () => { events++; });
    const sizes = [];
    for (let i = 0; i < 15; i++) { b.InsertNextValue(1); sizes.push(b.GetSize()); }
    expect(sizes).toEqual([2, 2, 6, 6, 6, 6, 14, 14, 14, 14, 14, 14, 14, 14, 30]);
    expect(events).toBe(3); // 1, 2, 4 bytes: 2 -> 6 bits stays in one byte
    b.SetValue(0, 0);
    b.Squeeze();
    b.Squeeze();
    expect([b.GetSize(), events]).toEqual([15, 4]);
    b.delete();
  });

  test('a view is over the packed bytes and goes stale when they move', () => {
    const b = bits([1, 1, 1]);
    const d = b.getData();
    expect(d.length).toBe(1);
    d.set([0x40]);
    expect(values(b)).toEqual([0, 1, 0]);
    for (let i = 0; i < 20; i++) b.InsertNextValue(1);
    expect(() => d.get(0)).toThrow(vb.StaleViewError);
    d.release();
    b.delete();
  });

  test('copies to and from other arrays', () => {
    const d = new vb.vtkDoubleArray();
    for (const v of [0, 0.5, 1.5, -0.7, -1.2, 2]) d.InsertNextValue(v);
    const b = new vb.vtkBitArray();
    b.DeepCopy(d);
    expect(values(b)).toEqual([0, 0, 1, 0, 1, 1]);
    const i = new vb.vtkIntArray();
    i.DeepCopy(b);
    expect(values(i)).toEqual([0, 0, 1, 0, 1, 1]);
    const s = new vb.vtkBitArray();
    s.ShallowCopy(b);
    expect(values(s)).toEqual(values(b));
    for (const a of [d, b, i, s]) a.delete();
  });
});

// VTK 9.7's typed accessors, ReserveValues/ReserveTuples, GetValueRange, LookupValue and
// the SOA SetBuffer(c, buf) form: the same core functions (and the same value rules)
// as the Python binding; bad input throws and leaves the array unchanged.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { DTYPES } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const LAYOUTS = ['vtkAOSDataArrayTemplate', 'vtkSOADataArrayTemplate', 'vtkScaledSOADataArrayTemplate'];
const snapshot = (a) => [a.GetNumberOfTuples(), a.GetSize(),
  Array.from({ length: a.GetNumberOfTuples() }, (_, t) => a.GetTuple(t))];

describe('typed accessors', () => {
  test.each(Object.keys(DTYPES))('%s: round trip in the value type', (dtype) => {
    const a = new vb.vtkAOSDataArrayTemplate(dtype);
    a.SetNumberOfComponents(2);
    a.SetNumberOfTuples(3);
    const big = DTYPES[dtype][1] === BigInt64Array || DTYPES[dtype][1] === BigUint64Array;
    const v = dtype === 'char' ? 'A' : big ? 100n : 100;
    a.SetTypedComponent(1, 0, v);
    expect(a.GetTypedComponent(1, 0)).toBe(v);
    const tup = dtype === 'char' ? ['x', 'y'] : big ? [5n, 6n] : [5, 6];
    a.SetTypedTuple(2, tup);
    expect(a.GetTypedTuple(2)).toEqual(tup);
    const out = [null, null];
    expect(a.GetTypedTuple(2, out)).toBe(out);
    expect(out).toEqual(tup);
    expect(a.InsertNextTypedTuple(tup)).toBe(3);
    a.InsertTypedTuple(5, tup);
    expect(a.GetNumberOfTuples()).toBe(6);
    expect(a.LookupValue(tup[1])).toBe(5);
    a.delete();
  });

  test.each(LAYOUTS)('%s: components, insert, range, lookup', (cls) => {
    const a = new vb[cls]('float64');
    a.SetNumberOfComponents(2);
    expect(a.InsertNextTypedTuple([1, 2])).toBe(0);
    a.SetTypedComponent(0, 1, 7.5);
    expect(a.GetTuple(0)).toEqual([1, 7.5]);
    a.InsertTypedComponent(3, 1, 4);
    expect(a.GetNumberOfTuples()).toBe(4);
    expect(a.GetTypedComponent(3, 1)).toBe(4);
    expect(a.LookupValue(7.5)).toBe(1);
    expect(a.LookupValue(99)).toBe(-1);
    expect(a.GetValueRange(1)).toEqual([0, 7.5]);
    a.delete();
  });

  test('exact 64-bit values, char ranges, NaN lookup, empty ranges', () => {
    const l = new vb.vtkLongLongArray();
    l.InsertNextTypedTuple([2n ** 62n + 1n]);
    l.InsertNextTypedTuple([-5n]);
    expect(l.GetValueRange()).toEqual([-5n, 2n ** 62n + 1n]);
    expect(l.LookupValue(2n ** 62n + 1n)).toBe(0);
    expect(l.LookupValue(2n ** 62n)).toBe(-1);
    const c = new vb.vtkCharArray();
    c.InsertNextValue('z'); c.InsertNextValue('a');
    expect(c.GetValueRange()).toEqual(['a', 'z']);
    expect(c.LookupValue('z')).toBe(0);
    const d = new vb.vtkDoubleArray();
    expect(d.GetValueRange()).toEqual([1e299, -1e299]);
    d.InsertNextValue(NaN);
    expect(d.LookupValue(NaN)).toBe(0);
    const i = new vb.vtkIntArray();
    expect(i.GetValueRange()).toEqual([2 ** 31 - 1, -(2 ** 31)]);
    for (const x of [l, c, d, i]) x.delete();
  });

  test('ReserveValues / ReserveTuples as VTK 9.7.1 (Resize policy), GetCapacity', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfComponents(3);
    expect(a.ReserveTuples(10)).toBe(1);
    expect(a.GetSize()).toBe(30);
    a.ReserveTuples(20);
    expect(a.GetCapacity()).toBe(90);
    a.ReserveValues(100);
    expect(a.GetSize()).toBe(192);
    expect(a.GetNumberOfTuples()).toBe(0);
    a.delete();
  });

  const BAD = [
    ['GetTypedComponent', [0, 2], RangeError], ['GetTypedComponent', [3, 0], RangeError],
    ['SetTypedComponent', [0, 0, 1.5], TypeError], ['SetTypedComponent', [0, 0, 2 ** 40], RangeError],
    ['SetTypedComponent', [9, 0, 1], RangeError], ['SetTypedComponent', [0, 0, {}], TypeError],
    ['SetTypedTuple', [0, [1]], TypeError], ['SetTypedTuple', [0, [1.5, 2]], TypeError],
    ['SetTypedTuple', [0, [1, 2 ** 40]], RangeError], ['SetTypedTuple', [7, [1, 2]], RangeError],
    ['GetTypedTuple', [0, [0]], TypeError], ['GetTypedTuple', [7], RangeError],
    ['InsertTypedTuple', [-1, [1, 2]], RangeError], ['InsertNextTypedTuple', [[1, 2.5]], TypeError],
    ['InsertTypedComponent', [5, 2, 1], RangeError], ['InsertTypedComponent', [5, 0, 0.5], TypeError],
    ['ReserveValues', [-1], RangeError], ['GetValueRange', [2], RangeError],
    ['LookupValue', [{}], TypeError],
  ];
  test.each(LAYOUTS)('%s: bad input throws, array unchanged', (cls) => {
    for (const [m, args, E] of BAD) {
      const a = new vb[cls]('int32');
      a.SetNumberOfComponents(2);
      a.SetNumberOfTuples(3);
      for (let t = 0; t < 3; t++) a.SetTuple(t, [t, -t]);
      const before = snapshot(a);
      let err = null;
      try { a[m](...args); } catch (e) { err = e; }
      expect([m, args, err instanceof E]).toEqual([m, args, true]);
      expect(snapshot(a)).toEqual(before);
      a.delete();
    }
  });
});

describe('SOA SetBuffer(c, buf[, updateMaxId = false]) (VTK 9.7)', () => {
  test.each(LAYOUTS.slice(1))('%s', (cls) => {
    const s = new vb[cls]('float64');
    s.SetNumberOfComponents(2);
    s.SetNumberOfTuples(3);
    let n = 0;
    s.AddObserver('BufferChangedEvent', () => { n++; });
    const b0 = new vb.vtkBuffer('float64'), b1 = new vb.vtkBuffer('float64');
    b0.Allocate(4); b1.Allocate(4);
    b0.set([0, 1, 2, 3]); b1.set([10, 11, 12, 13]);
    s.SetBuffer(0, b0, true);
    s.SetBuffer(1, b1);
    expect(n).toBe(2);
    expect(s.GetNumberOfTuples()).toBe(4);
    expect(s.GetTuple(2)).toEqual([2, 12]);
    expect(() => s.SetBuffer(2, b0)).toThrow(RangeError);
    expect(() => s.SetBuffer(0, new vb.vtkBuffer('float32'))).toThrow(TypeError);
    expect(() => s.SetBuffer(b0)).toThrow(TypeError);
    expect(n).toBe(2);
    for (const x of [s, b0, b1]) x.delete();
  });
});

// The rest of VTK 9.7.1's array API in JS (js/array_api.mjs): the same core functions
// as the Python binding, whose results the conformance snippets
// tests/conformance/snippets/array_api.py (arrapi.*) compare with VTK 9.7.1; the
// expected values here are those snippets' VTK outputs. Bad input throws and leaves
// the array unchanged.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const make = (Cls, values, nc = 1) => {
  const a = new vb[Cls]();
  a.SetNumberOfComponents(nc);
  for (const v of values) a.InsertNextValue(v);
  return a;
};
const values = (a) => Array.from({ length: a.GetNumberOfValues() }, (_, i) => a.GetValue(i));
const state = (a) => [a.GetNumberOfValues(), a.GetCapacity(), values(a)];

describe('component names (arrapi.names.*)', () => {
  test('set, get, has, copy', () => {
    const a = make('vtkFloatArray', [1, 2, 3, 4], 2);
    expect(a.HasAComponentName()).toBe(false);
    a.SetComponentName(1, 'y');
    a.SetComponentName(4, 'w');
    a.SetComponentName(-1, 'x'); // ignored (VTK)
    a.SetComponentName(0, null); // ignored
    expect([a.GetComponentName(0), a.GetComponentName(1), a.GetComponentName(4), a.GetComponentName(5), a.GetComponentName(-1)])
      .toEqual([null, 'y', 'w', null, null]);
    expect(a.HasAComponentName()).toBe(true);
    const b = new vb.vtkDoubleArray();
    b.SetComponentName(0, 'q');
    expect(b.CopyComponentNames(a)).toBe(1);
    expect(b.GetComponentName(0)).toBe(null);
    expect(b.GetComponentName(1)).toBe('y');
    expect(b.CopyComponentNames(null)).toBe(0);
    expect(b.CopyComponentNames(new vb.vtkFloatArray())).toBe(0);
    expect(() => a.SetComponentName(0, 5)).toThrow(TypeError);
    // DeepCopy carries the name and the component names (arrapi.names.deepcopy)
    a.SetName('n');
    const c = new vb.vtkIntArray();
    c.SetName('m');
    c.DeepCopy(a);
    expect([c.GetName(), c.GetComponentName(4)]).toEqual(['n', 'w']);
    for (const x of [a, b, c]) x.delete();
  });
});

describe('fill (arrapi.fill.*)', () => {
  test('Fill, FillComponent, FillValue, FillTypedComponent', () => {
    const a = make('vtkFloatArray', [0, 1, 2, 3, 4, 5], 2);
    a.Fill(7);
    a.FillComponent(1, 3.5);
    expect([a.GetTuple(0), a.GetTuple(2)]).toEqual([[7, 3.5], [7, 3.5]]);
    const i = make('vtkIntArray', [0, 1, 2, 3, 4, 5], 3);
    i.FillValue(-4);
    i.FillTypedComponent(2, 9);
    expect(values(i)).toEqual([-4, -4, 9, -4, -4, 9]);
    const p = make('vtkFloatArray', [1, 2, 3], 2); // a partial last tuple: AOS fills it too
    p.Fill(9);
    expect(values(p)).toEqual([9, 9, 9]);
    for (const x of [a, i, p]) x.delete();
  });
  test('refused: array unchanged', () => {
    const a = make('vtkFloatArray', [0, 1, 2, 3], 2);
    const s = state(a);
    expect(() => a.FillComponent(2, 1)).toThrow(RangeError);
    expect(() => a.FillComponent(-1, 1)).toThrow(RangeError);
    expect(() => a.Fill({})).toThrow(TypeError);
    expect(state(a)).toEqual(s);
    const u = make('vtkUnsignedCharArray', [1, 2]);
    expect(() => u.FillValue(300)).toThrow(RangeError);
    expect(() => u.FillTypedComponent(0, 2.5)).toThrow(TypeError);
    expect(values(u)).toEqual([1, 2]);
    a.delete(); u.delete();
  });
});

describe('InsertComponent, CopyComponent (arrapi.insert_component, arrapi.copycomp.*)', () => {
  test('InsertComponent: Resize policy, MaxId to the component', () => {
    for (const Cls of ['vtkFloatArray', 'vtkBitArray', 'vtkIntArray', 'vtkIdTypeArray']) {
      const a = new vb[Cls]();
      a.SetNumberOfComponents(3);
      a.InsertComponent(3, 0, 1);
      const r = [a.GetMaxId(), a.GetNumberOfTuples(), a.GetCapacity()];
      a.InsertComponent(1, 2, 1);
      r.push(a.GetMaxId(), a.GetCapacity());
      a.InsertComponent(5, 1, 1);
      r.push(a.GetMaxId(), a.GetCapacity(), a.GetNumberOfTuples());
      expect(r).toEqual([9, 3, 12, 9, 12, 16, 30, 5]);
      expect(() => a.InsertComponent(0, 3, 1)).toThrow(RangeError);
      a.delete();
    }
  });
  test('CopyComponent', () => {
    const a = make('vtkDoubleArray', [0, 1, 2, 3, 4, 5], 2);
    const b = make('vtkIntArray', [7, 8, 9]);
    expect(a.CopyComponent(1, b, 0)).toBe(true);
    expect(values(a)).toEqual([0, 7, 2, 8, 4, 9]);
    const c = make('vtkIntArray', [7, 8]);
    expect(a.CopyComponent(1, c, 0)).toBe(false); // tuple counts differ
    expect(a.CopyComponent(5, a, 1)).toBe(false);
    expect(values(a)).toEqual([0, 7, 2, 8, 4, 9]);
    expect(() => a.CopyComponent(0, {}, 0)).toThrow(TypeError);
    for (const x of [a, b, c]) x.delete();
  });
});

describe('remove and reset (arrapi.remove.*, arrapi.reset)', () => {
  test('RemoveTuple keeps the capacity; RemoveLastTuple squeezes', () => {
    const a = make('vtkFloatArray', [0, 1, 2, 3, 4, 5, 6, 7], 2);
    const cap = a.GetCapacity();
    a.RemoveTuple(1);
    expect([a.GetNumberOfTuples(), values(a), a.GetCapacity()]).toEqual([3, [0, 1, 4, 5, 6, 7], cap]);
    a.RemoveFirstTuple();
    a.RemoveLastTuple();
    expect([values(a), a.GetCapacity()]).toEqual([[4, 5], 2]);
    expect(() => a.RemoveTuple(1)).toThrow(RangeError);
    a.RemoveLastTuple();
    a.RemoveLastTuple();
    expect([a.GetNumberOfTuples(), a.GetCapacity()]).toEqual([0, 0]);
    const r = make('vtkFloatArray', [0, 1, 2, 3, 4, 5], 2);
    const rc = r.GetCapacity();
    r.Reset();
    expect([r.GetMaxId(), r.GetCapacity()]).toEqual([-1, rc]);
    a.delete(); r.delete();
  });
});

describe('tuples from other arrays (arrapi.insert_tuples.*, arrapi.get_tuples.*)', () => {
  test('InsertTuples, InsertTuplesStartingAt, GetTuples, SetTuple(i, j, src)', () => {
    const s = make('vtkFloatArray', [0, 0, 1, -1, 2, -2], 2);
    const d = new vb.vtkFloatArray();
    d.SetNumberOfComponents(2);
    d.InsertTuples([5, 1], [0, 2], s);
    expect([d.GetNumberOfTuples(), d.GetTuple(5), d.GetTuple(1)]).toEqual([6, [0, 0], [2, -2]]);
    d.InsertTuples(0, 2, 1, s);
    expect([d.GetTuple(0), d.GetTuple(1)]).toEqual([[1, -1], [2, -2]]);
    d.InsertTuplesStartingAt(7, [2, 1], s);
    expect([d.GetNumberOfTuples(), d.GetTuple(7), d.GetTuple(8)]).toEqual([9, [2, -2], [1, -1]]);
    const before = state(d);
    expect(() => d.InsertTuples([0, 1], [0, 3], s)).toThrow(RangeError);
    expect(() => d.InsertTuples([0], [0, 1], s)).toThrow(TypeError);
    expect(state(d)).toEqual(before);
    const o = new vb.vtkDoubleArray();
    o.SetNumberOfComponents(2);
    o.SetNumberOfTuples(2);
    s.GetTuples([2, 0], o);
    expect(values(o)).toEqual([2, -2, 0, 0]);
    s.GetTuples(1, 2, o);
    expect(values(o)).toEqual([1, -1, 2, -2]);
    const t = make('vtkFloatArray', [0, 0, 0, 0], 2);
    t.SetTuple(1, 0, s);
    t.InsertTuple(2, 1, s);
    expect(t.InsertNextTuple(2, s)).toBe(3);
    expect(values(t)).toEqual([0, 0, 0, 0, 1, -1, 2, -2]);
    t.SetTuple(0, [5, 6]); // the other form still works
    expect(t.GetTuple(0)).toEqual([5, 6]);
    for (const x of [s, d, o, t]) x.delete();
  });
  test('InterpolateTuple', () => {
    const s = make('vtkFloatArray', [0, 0, 1, -1, 2, -2], 2);
    s.InterpolateTuple(3, [0, 2], s, [0.25, 0.75]);
    expect(s.GetTuple(3)).toEqual([1.5, -1.5]);
    const u = make('vtkUnsignedCharArray', [200, 250]);
    const d = new vb.vtkUnsignedCharArray();
    d.InterpolateTuple(0, [0, 1], u, [1, 1]);
    d.InterpolateTuple(1, [0, 1], u, [-1, 0]);
    d.InterpolateTuple(2, 0, u, 1, u, 0.5);
    expect(values(d)).toEqual([255, 0, 225]);
    const i = new vb.vtkIntArray();
    expect(() => i.InterpolateTuple(0, [0], s, [1])).toThrow(TypeError); // another type
    expect(i.GetNumberOfTuples()).toBe(0);
    for (const x of [s, u, d, i]) x.delete();
  });
});

describe('information (arrapi.info.*, arrapi.static_type_range)', () => {
  test('type, sizes, ranges', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfComponents(3);
    a.SetNumberOfTuples(100);
    expect([a.GetArrayType(), a.GetArrayTypeAsString(), a.HasStandardMemoryLayout(), a.GetElementComponentSize(),
      a.GetActualMemorySize(), a.IsIntegral(), a.IsNumeric(), a.GetDataSize(), a.GetNumberOfComponentsMinValue(),
      a.GetNumberOfComponentsMaxValue(), a.GetMaxDiscreteValues()])
      .toEqual([5, 'VTK_AOS_DATA_ARRAY', true, 4, 2, false, 1, 300, 1, 2147483647, 32]);
    const out = [0, 0];
    expect(a.GetDataTypeRange(out)).toEqual([-9.999999680285692e+37, 9.999999680285692e+37]);
    expect(out).toEqual([-9.999999680285692e+37, 9.999999680285692e+37]);
    expect([vb.vtkDataArray.GetDataTypeMin(3), vb.vtkDataArray.GetDataTypeMax(3), vb.vtkDataArray.GetDataTypeMax(99)])
      .toEqual([0, 255, 1]);
    const s = new vb.vtkSOADataArrayTemplate('float64');
    expect([s.GetArrayType(), s.GetArrayTypeAsString(), s.HasStandardMemoryLayout(), s.GetDataTypeMax()])
      .toEqual([6, 'VTK_SOA_DATA_ARRAY', false, 1e299]);
    const b = new vb.vtkBitArray();
    expect([b.GetArrayType(), b.IsIntegral(), b.GetElementComponentSize(), b.GetDataTypeRange()])
      .toEqual([4, true, 0, [0, 1]]);
    const f = make('vtkDoubleArray', [0, 0, Infinity, -1, 2, -2, NaN, 5], 2);
    expect([f.GetFiniteRange(0), f.GetFiniteRange(1), f.GetFiniteRange()]).toEqual([[0, 2], [-2, 5], [0, 2]]);
    expect(new vb.vtkFloatArray().GetFiniteRange()).toEqual([1e299, -1e299]);
    expect(make('vtkDoubleArray', [3, 4, 1, 1], 2).GetMaxNorm()).toBe(5);
    for (const x of [a, s, b, f]) x.delete();
  });
  test('NewInstance: a new empty array of the same class', () => {
    for (const a of [new vb.vtkIdTypeArray(), new vb.vtkBitArray(), new vb.vtkSOADataArrayTemplate('float32'),
      new vb.vtkAOSDataArrayTemplate('int16')]) {
      a.SetNumberOfComponents(3);
      a.SetNumberOfTuples(2);
      const b = a.NewInstance();
      expect([b.constructor, b.GetClassName(), b.GetNumberOfComponents(), b.GetNumberOfTuples(), b === a])
        .toEqual([a.constructor, a.GetClassName(), 1, 0, false]);
      a.delete(); b.delete();
    }
  });
});

describe('64-bit integer tuples, GetData and small things (arrapi.int_tuple.*, arrapi.get_data, ...)', () => {
  test('GetIntegerTuple / GetUnsignedTuple / SetIntegerTuple / SetUnsignedTuple', () => {
    const a = make('vtkIntArray', [0, 0, 1, -10], 2);
    const o = [0, 0];
    expect(a.GetIntegerTuple(1, o)).toBe(o);
    expect(o).toEqual([1n, -10n]);
    expect(a.GetUnsignedTuple(1)).toEqual([1n, 18446744073709551606n]);
    a.SetIntegerTuple(0, [5, -7n]);
    a.SetUnsignedTuple(1, [5n, 7]);
    expect(values(a)).toEqual([5, -7, 5, 7]);
    expect(() => a.SetIntegerTuple(0, [5, 2 ** 40])).toThrow(RangeError); // VTK wraps: refused
    expect(values(a)).toEqual([5, -7, 5, 7]);
    const f = make('vtkFloatArray', [2.7, -2.7, NaN]);
    expect(f.GetIntegerTuple(1)).toEqual([-2n]);
    expect(() => f.GetIntegerTuple(2)).toThrow(RangeError); // undefined in C++
    const u = make('vtkUnsignedLongLongArray', [2n ** 64n - 1n]);
    expect([u.GetIntegerTuple(0), u.GetUnsignedTuple(0)]).toEqual([[-1n], [2n ** 64n - 1n]]);
    for (const x of [a, f, u]) x.delete();
  });
  test('GetData', () => {
    const a = make('vtkIntArray', [5, 7, 1, -10, 2, -20], 2);
    const d = new vb.vtkDoubleArray();
    a.GetData(0, 1, 1, 1, d);
    expect([values(d), d.GetNumberOfComponents()]).toEqual([[7, -10], 1]);
    const e = new vb.vtkDoubleArray();
    e.SetNumberOfComponents(2);
    a.GetData(0, 2, 0, 1, e);
    expect([e.GetNumberOfTuples(), e.GetTuple(2)]).toEqual([3, [2, -20]]);
    const f = new vb.vtkFloatArray();
    expect(() => a.GetData(0, 0, 0, 1, f)).toThrow(TypeError);
    expect(() => a.GetData(0, 3, 0, 1, d)).toThrow(RangeError);
    for (const x of [a, d, e, f]) x.delete();
  });
  test('MaxDiscreteValues, memory space, FastDownCast, ToAOSDataArray', () => {
    const a = make('vtkIntArray', [1, 2]);
    expect(a.GetMaxDiscreteValues()).toBe(32);
    a.SetMaxDiscreteValues(5);
    expect(a.GetMaxDiscreteValues()).toBe(5);
    a.ClearLookup();
    a.DataChanged();
    expect([a.GetMemorySpace(), vb.vtkDataArray.HostMemory, a.HasInformation()]).toEqual([0, 0, false]);
    expect(vb.vtkDataArray.FastDownCast(a)).toBe(a);
    expect(a.ToAOSDataArray()).toBe(a);
    const s = new vb.vtkSOADataArrayTemplate('float64');
    s.SetNumberOfComponents(2);
    s.InsertNextTuple([1, 3]);
    s.InsertNextTuple([2, 4]);
    const t = s.ToAOSDataArray();
    expect([t.GetDataType(), t.GetArrayType(), t.GetTuple(1), t === s]).toEqual([11, 5, [2, 4], false]);
    for (const x of [a, s, t]) x.delete();
  });
});

describe('ExportToVoidPointer (arrapi.export*)', () => {
  test('values into a typed array; too small refused', () => {
    const a = make('vtkFloatArray', [0, 0, 1, -1, 2, -2], 2);
    const o = new Float32Array(8).fill(7);
    a.ExportToVoidPointer(o);
    expect(Array.from(o)).toEqual([0, 0, 1, -1, 2, -2, 7, 7]);
    expect(() => a.ExportToVoidPointer(new Float32Array(3))).toThrow(RangeError);
    const s = new vb.vtkSOADataArrayTemplate('float64');
    s.SetNumberOfComponents(2);
    s.InsertNextTuple([1, 3]);
    s.InsertNextTuple([2, 4]);
    const d = new Float64Array(4);
    s.ExportToVoidPointer(d);
    expect(Array.from(d)).toEqual([1, 3, 2, 4]);
    a.DataElementChanged(0);
    a.delete(); s.delete();
  });
});

describe('GetDataTypeValueMin / Max (arrapi.value_limits.*)', () => {
  test('in the value type', () => {
    const got = ['vtkIntArray', 'vtkUnsignedLongLongArray', 'vtkCharArray', 'vtkIdTypeArray', 'vtkUnsignedCharArray']
      .map((C) => { const a = new vb[C](); const r = [a.GetDataTypeValueMin(), a.GetDataTypeValueMax()]; a.delete(); return r; });
    expect(got).toEqual([[-2147483648, 2147483647], [0n, 18446744073709551615n], ['\x80', '\x7f'],
      [-9223372036854775808n, 9223372036854775807n], [0, 255]]);
    const f = new vb.vtkFloatArray();
    expect([f.GetDataTypeValueMin(), f.GetDataTypeValueMax()]).toEqual([-9.999999680285692e+37, 9.999999680285692e+37]);
    f.delete();
  });
});

describe('vtkAbstractArray (the hierarchy)', () => {
  test('every array is a vtkAbstractArray and a vtkDataArray; vtkAbstractArray is abstract', () => {
    for (const a of [new vb.vtkFloatArray(), new vb.vtkBitArray(), new vb.vtkSOADataArrayTemplate('int8'),
      new vb.vtkScaledSOADataArrayTemplate('float32')]) {
      expect(a instanceof vb.vtkAbstractArray && a instanceof vb.vtkDataArray && a instanceof vb.vtkObjectBase).toBe(true);
      expect(a.GetNumberOfTuples()).toBe(0);
      a.delete();
    }
    expect(Object.getPrototypeOf(vb.vtkDataArray)).toBe(vb.vtkAbstractArray);
    expect(() => new vb.vtkAbstractArray()).toThrow(TypeError);
    expect(() => new vb.vtkDataArray()).toThrow(TypeError);
  });
});

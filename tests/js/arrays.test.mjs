import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { DTYPES, isBig, tagOf } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const CONCRETE = {
  vtkFloatArray: 10, vtkDoubleArray: 11, vtkCharArray: 2, vtkSignedCharArray: 15,
  vtkUnsignedCharArray: 3, vtkShortArray: 4, vtkUnsignedShortArray: 5, vtkIntArray: 6,
  vtkUnsignedIntArray: 7, vtkLongArray: 8, vtkUnsignedLongArray: 9, vtkLongLongArray: 16,
  vtkUnsignedLongLongArray: 17, vtkIdTypeArray: 12,
};

describe('arrays: every dtype', () => {
  test.each(Object.keys(DTYPES))('%s AOS: shape, buffer, view type, values', (dtype) => {
    const [id, A] = DTYPES[dtype];
    const arr = new vb.vtkAOSDataArrayTemplate(dtype);
    arr.SetNumberOfComponents(3);
    arr.SetNumberOfTuples(100);
    expect(arr.GetNumberOfValues()).toBe(300);
    expect(arr.GetDataType()).toBe(id);
    expect(arr.GetDataTypeSize()).toBe(A.BYTES_PER_ELEMENT);
    const buf = arr.GetBuffer();
    expect(buf.GetNumberOfElements()).toBe(300);
    expect(buf.GetDataType()).toBe(id);
    const v = arr.view();
    expect(tagOf(v)).toBe(tagOf(new A(0)));
    expect(v.length).toBe(300);
    expect(buf.view().byteOffset).toBe(v.byteOffset);
    // raw views hold numbers (BigInt for 64-bit types); the value API takes and
    // returns BigInt for 64-bit types and 1-character strings for char
    const raw = (n) => (isBig(A) ? BigInt(n) : n);
    const val = (n) => (dtype === 'char' ? String.fromCharCode(n) : raw(n));
    arr.SetValue(7, val(5));
    expect(v[7]).toBe(raw(5));
    v[8] = raw(1);
    expect(arr.GetValue(8)).toBe(val(1));
    expect(arr.GetTuple(2)).toEqual([0, 5, 1]); // the tuple API reads Numbers (64-bit too, as VTK's doubles)
    const d = arr.data;
    expect(d.get(7)).toBe(raw(5));
    d.set(9, raw(3));
    expect(arr.GetValue(9)).toBe(val(3));
    d.release(); buf.delete(); arr.delete();
  });

  test.each(Object.keys(DTYPES))('%s SOA: component buffers and views', (dtype) => {
    const [, A] = DTYPES[dtype];
    const arr = new vb.vtkSOADataArrayTemplate(dtype);
    arr.SetNumberOfComponents(2);
    const big = isBig(A);
    for (let t = 0; t < 5; t++) arr.InsertNextTuple(big ? [BigInt(t), BigInt(10 + t)] : [t, 10 + t]);
    const c1 = arr.GetComponentBuffer(1);
    expect(tagOf(c1.view())).toBe(tagOf(new A(0)));
    expect(c1.view()[3]).toBe(big ? 13n : 13);
    expect(Array.from(arr.view(0))).toEqual(big ? [0n, 1n, 2n, 3n, 4n] : [0, 1, 2, 3, 4]);
    expect(arr.getData(1).get(4)).toBe(big ? 14n : 14);
    expect(() => arr.view()).toThrow(TypeError);     // two components: no single buffer
    expect(() => arr.GetBuffer()).toThrow(TypeError);
    expect(() => arr.GetComponentBuffer(2)).toThrow(RangeError);
    expect(() => arr.view(2)).toThrow(RangeError);
    c1.delete(); arr.delete();
  });

  test.each(Object.entries(CONCRETE))('%s has type %i and VTK class name', (name, id) => {
    const arr = new vb[name]();
    expect(arr.GetDataType()).toBe(id);
    expect(arr.GetClassName()).toBe(name);
    expect(arr.GetNumberOfComponents()).toBe(1);
    expect(arr.GetNumberOfTuples()).toBe(0);
    arr.delete();
  });
});

test('type ids, dtypes and class names come from the core\'s table', () => {
  expect(vb.VTK).toEqual({
    VTK_CHAR: 2, VTK_SIGNED_CHAR: 15, VTK_UNSIGNED_CHAR: 3, VTK_SHORT: 4, VTK_UNSIGNED_SHORT: 5,
    VTK_INT: 6, VTK_UNSIGNED_INT: 7, VTK_LONG: 8, VTK_UNSIGNED_LONG: 9, VTK_LONG_LONG: 16,
    VTK_UNSIGNED_LONG_LONG: 17, VTK_ID_TYPE: 12, VTK_FLOAT: 10, VTK_DOUBLE: 11,
  });
  expect(Object.isFrozen(vb.VTK)).toBe(true);
  expect([vb.VTK_FLOAT, vb.VTK_DOUBLE, vb.VTK_ID_TYPE]).toEqual([10, 11, 12]);
  expect([...vb.allDtypes].sort()).toEqual(Object.keys(DTYPES).sort());
  expect(vb.dtypes).toEqual(['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64']);
  for (const d of vb.allDtypes) {
    const b = new vb.vtkBuffer(d);
    expect([d, b.GetDataType(), b.dtype]).toEqual([d, DTYPES[d][0], d]);
    b.delete();
  }
  for (const n of ['Int8', 'UInt8', 'Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64', 'Float32', 'Float64']) {
    const a = new vb[`vtkType${n}Array`]();
    expect(a.dtype).toBe(n.toLowerCase());
    a.delete();
  }
  expect(new vb.vtkAOSDataArrayTemplate('ulong').GetClassName()).toBe('vtkUnsignedLongArray');
});

describe('arrays: API', () => {
  test('the seed: 100 tuples x 3 components -> a 300-element buffer', () => {
    const arr = new vb.vtkFloatArray();
    arr.SetNumberOfComponents(3);
    arr.SetNumberOfTuples(100);
    const buf = arr.GetBuffer();
    expect(buf.GetNumberOfElements()).toBe(300);
    expect(buf.view().length).toBe(300);
    buf.delete(); arr.delete();
  });

  test('InsertNextTuple / InsertNextTuple3 / GetTuple3 / InsertNextValue return indices', () => {
    const arr = new vb.vtkDoubleArray();
    arr.SetNumberOfComponents(3);
    expect(arr.InsertNextTuple([1, 2, 3])).toBe(0);
    expect(arr.InsertNextTuple3(4, 5, 6)).toBe(1);
    expect(arr.InsertNextTuple(new Float64Array([7, 8, 9]))).toBe(2);
    expect(arr.GetTuple3(1)).toEqual([4, 5, 6]);
    expect(Array.from(arr.view())).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(arr.InsertNextValue(10)).toBe(9);
    expect(arr.GetNumberOfTuples()).toBe(3);  // (MaxId + 1) / comps
    expect(arr.GetComponent(2, 1)).toBe(8);
    arr.SetComponent(2, 1, -8);
    arr.SetTuple(0, [0, 0, 1]);
    expect(arr.GetTuple(0)).toEqual([0, 0, 1]);
    arr.InsertTuple(5, [1, 1, 1]);
    expect(arr.GetNumberOfTuples()).toBe(6);
    expect(arr.GetTuple(5)).toEqual([1, 1, 1]);
    expect(() => arr.InsertNextTuple2(1, 2)).toThrow(TypeError);
    arr.delete();
  });

  test('64-bit integers are BigInt and exact at the limits', () => {
    const a = new vb.vtkLongLongArray();
    const lo = -(2n ** 63n), hi = 2n ** 63n - 1n;
    a.InsertNextValue(lo);
    a.InsertNextValue(hi);
    a.InsertNextValue(2 ** 53 - 1);            // a safe-integer number: an exact integer
    expect(() => a.InsertNextValue(2 ** 53 + 2)).toThrow(TypeError); // past 2^53: a float
    expect(a.GetValue(0)).toBe(lo);
    expect(a.GetValue(1)).toBe(hi);
    expect(a.GetValue(2)).toBe(2n ** 53n - 1n);
    expect(a.GetNumberOfValues()).toBe(3);
    expect(a.view()[1]).toBe(hi);
    expect(() => a.SetValue(0, 2n ** 63n)).toThrow(RangeError);
    expect(a.GetValue(0)).toBe(lo);
    const u = new vb.vtkUnsignedLongLongArray();
    u.InsertNextValue(2n ** 64n - 1n);
    expect(u.GetValue(0)).toBe(2n ** 64n - 1n);
    expect(() => u.InsertNextValue(-1n)).toThrow(RangeError);
    expect(u.GetNumberOfValues()).toBe(1);
    const ids = new vb.vtkIdTypeArray();
    ids.SetNumberOfComponents(2);
    ids.InsertNextTuple([hi - 1n, lo + 1n]);
    ids.InsertNextTuple2(3n, 4);
    expect(ids.GetTypedTuple(0)).toEqual([hi - 1n, lo + 1n]);
    expect(ids.GetTypedTuple(1)).toEqual([3n, 4n]);
    ids.SetTuple(1, [hi, 0n]);
    expect(ids.view()[2]).toBe(hi);
    for (const x of [a, u, ids]) x.delete();
  });

  test('64-bit tuples are exact at the limits in one core call (AOS and SOA)', () => {
    const lo = -(2n ** 63n), hi = 2n ** 63n - 1n, umax = 2n ** 64n - 1n;
    const odd = 2n ** 53n + 1n; // not a double
    for (const make of [() => new vb.vtkIdTypeArray(), () => new vb.vtkSOADataArrayTemplate('int64')]) {
      const a = make();
      a.SetNumberOfComponents(3);
      let seen = null; // what an observer sees when the tuple's growth fires the event
      a.AddObserver('BufferChangedEvent', () => { const n = a.GetNumberOfTuples(); seen = n ? a.GetTypedTuple(n - 1) : null; });
      expect(a.InsertNextTuple([lo, hi, -odd])).toBe(0);
      expect(seen).toEqual([lo, hi, -odd]); // already exact during the event (no patch-up afterwards)
      a.InsertTuple(2, [hi, odd, lo]);
      expect(a.GetTypedTuple(0)).toEqual([lo, hi, -odd]);
      expect(a.GetTypedTuple(1)).toEqual([0n, 0n, 0n]);
      expect(a.GetTypedTuple(2)).toEqual([hi, odd, lo]);
      a.SetTuple(1, [odd, lo, hi]);
      expect(a.GetTypedTuple(1)).toEqual([odd, lo, hi]);
      // non-integer numbers convert as the core's double API: truncate, saturate, NaN -> 0
      a.SetTuple(1, [2 ** 63, -Infinity, NaN]);
      expect(a.GetTypedTuple(1)).toEqual([hi, lo, 0n]);
      a.SetTuple3(1, -2.9, 2 ** 53, 7n);
      expect(a.GetTypedTuple(1)).toEqual([-2n, 2n ** 53n, 7n]);
      expect(() => a.SetTuple(1, [2n ** 63n, 0n, 0n])).toThrow(RangeError);
      expect(() => a.SetTuple(3, [0n, 0n, 0n])).toThrow(RangeError);
      expect(() => a.GetTypedTuple(3)).toThrow(RangeError);
      expect(a.GetTypedTuple(1)).toEqual([-2n, 2n ** 53n, 7n]); // failed calls changed nothing
      a.delete();
    }
    const u = new vb.vtkUnsignedLongLongArray();
    u.SetNumberOfComponents(2);
    u.InsertNextTuple([umax, umax - 1n]);
    u.InsertNextTuple2(2 ** 64, -0.5);         // floats saturate / truncate
    expect(u.GetTypedTuple(0)).toEqual([umax, umax - 1n]);
    expect(u.GetTypedTuple(1)).toEqual([umax, 0n]);
    expect(Array.from(u.view())).toEqual([umax, umax - 1n, umax, 0n]);
    expect(u.GetTuple(0)).toEqual([2 ** 64, 2 ** 64]); // the double interface: Numbers, as VTK's doubles
    expect(() => u.InsertNextTuple([-1n, 0n])).toThrow(RangeError);
    expect(() => u.InsertNextTuple2(0, -5)).toThrow(RangeError); // integers are exact: -5 does not fit
    expect(u.GetNumberOfTuples()).toBe(2);
    u.delete();
    // a scaled int64 array goes through the scale (double): its tuple API reads numbers
    const sc = new vb.vtkScaledSOADataArrayTemplate('int64');
    sc.SetScale(0.5);
    sc.InsertNextTuple([1.5]);
    const raw = sc.GetComponentBuffer(0);
    expect(raw.view()[0]).toBe(3n);
    expect(sc.GetTuple(0)).toEqual([1.5]);
    expect(sc.GetValue(0)).toBe(1n);          // the value API: an integer (truncated)
    raw.delete(); sc.delete();
  });

  test('the value API is exact, the tuple API saturates (the core decides)', () => {
    const a = new vb.vtkSignedCharArray();
    expect(() => a.InsertNextValue(300)).toThrow(RangeError);
    expect(() => a.InsertNextValue(2.9)).toThrow(TypeError);
    expect(() => a.InsertNextValue(NaN)).toThrow(TypeError);
    expect(a.GetNumberOfValues()).toBe(0);
    for (const x of [300, -300, NaN, 2.9, -2.9]) a.InsertNextTuple1(x);
    expect(Array.from(a.view())).toEqual([127, -128, 0, 2, -2]);
    const i = new vb.vtkIntArray();
    expect(() => i.InsertNextValue(2n ** 32n + 5n)).toThrow(RangeError); // BigInt: exact or refused
    i.InsertNextValue(-(2n ** 31n));
    expect(i.GetValue(0)).toBe(-(2 ** 31));
    const f = new vb.vtkFloatArray();
    f.InsertNextValue(1n);                    // float arrays take any integer (a C conversion)
    f.InsertNextValue(1e300);                 // 1e300 -> inf in float32
    expect(Array.from(f.view())).toEqual([1, Infinity]);
    a.delete(); i.delete(); f.delete();
  });

  test('scaled SOA: values scaled, component buffers raw', () => {
    const s = new vb.vtkScaledSOADataArrayTemplate('float64');
    expect(s.GetScale()).toBe(1);
    s.SetScale(2);
    s.InsertNextValue(10);
    expect(s.GetValue(0)).toBe(10);
    const b = s.GetComponentBuffer(0);
    expect(b.view()[0]).toBe(5);
    expect(s.view(0)[0]).toBe(5);             // component 0: the raw data
    // the array's own view would show raw values as its values: refused, as Python's
    // memoryview (src/vb_view.h decides for both)
    expect(() => s.view()).toThrow(TypeError);
    expect(() => s.getData()).toThrow(/scaled/);
    expect(() => s.SetScale(0)).toThrow(TypeError);
    expect(() => s.SetScale(NaN)).toThrow(TypeError);
    expect(s.GetScale()).toBe(2);
    b.delete(); s.delete();
  });

  test('GetRange, Resize, Squeeze, Initialize, Allocate, ReserveTuples', () => {
    const a = new vb.vtkDoubleArray();
    for (const x of [3, -1, 7, NaN]) a.InsertNextValue(x);
    expect(a.GetRange()).toEqual([-1, 7]);
    a.ReserveTuples(100);
    expect(a.GetSize()).toBe(107); // VTK 9.7.1: the capacity (7) + 100
    expect(a.GetNumberOfValues()).toBe(4);
    a.Squeeze();
    expect(a.GetSize()).toBe(4);
    a.Resize(2);
    expect(a.GetSize()).toBe(2);
    expect(Array.from(a.view())).toEqual([3, -1]);
    a.Allocate(50);
    expect(a.GetNumberOfValues()).toBe(0);
    expect(a.GetSize()).toBe(50);
    a.Initialize();
    expect(a.GetSize()).toBe(0);
    expect(a.view().length).toBe(0);
    a.delete();
  });

  test('DeepCopy copies, ShallowCopy shares memory, SetBuffer shares a buffer', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfComponents(2);
    a.InsertNextTuple([1, 2]);
    const deep = new vb.vtkDoubleArray();
    deep.DeepCopy(a);
    expect(deep.GetNumberOfComponents()).toBe(2);
    expect(Array.from(deep.view())).toEqual([1, 2]);
    const shallow = new vb.vtkFloatArray();
    shallow.ShallowCopy(a);
    a.view()[0] = 42;
    expect(shallow.GetValue(0)).toBe(42);
    expect(deep.GetValue(0)).toBe(1);
    const buf = new vb.vtkBuffer('float32');
    buf.Allocate(6);
    buf.set(new Float32Array([1, 2, 3, 4, 5, 6]));
    const c = new vb.vtkFloatArray();
    c.SetBuffer(buf);
    expect(c.GetNumberOfValues()).toBe(6);
    c.SetValue(5, 60);
    expect(buf.view()[5]).toBe(60);
    expect(() => c.SetBuffer(new vb.vtkBuffer('float64'))).toThrow(TypeError);
    expect(() => a.DeepCopy({})).toThrow(TypeError);
    for (const x of [a, deep, shallow, buf, c]) x.delete();
  });

  test('copy helpers: toArray copies out, set copies in with type and bounds checks', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfValues(4);
    a.set(new Float32Array([1, 2]), 2);
    a.set([7], 0);
    const out = a.toArray();
    expect(Array.from(out)).toEqual([7, 0, 1, 2]);
    out[0] = 99;                               // a copy: the array is unchanged
    expect(a.GetValue(0)).toBe(7);
    expect(out.buffer).not.toBe(vb.memory.buffer);
    expect(() => a.set(['1'])).toThrow(TypeError);
    expect(() => a.set([{}])).toThrow(TypeError);
    expect(() => a.set(new Float32Array(3), 2)).toThrow(RangeError);
    expect(() => a.set(new Float32Array(1), -1)).toThrow(RangeError);
    expect(() => a.set(5)).toThrow(TypeError);
    expect(Array.from(a.view())).toEqual([7, 0, 1, 2]);
    const b = new vb.vtkBuffer('int64');
    b.Allocate(2);
    b.set(new BigInt64Array([-1n, 2n]));
    expect(() => b.set([1.5, 2 ** 64])).toThrow(RangeError); // checked by the core: 2^64 does not fit
    expect(Array.from(b.toArray())).toEqual([-1n, 2n]);
    b.set([1.5, -3]);                                   // numbers into a BigInt buffer convert
    expect(Array.from(b.toArray())).toEqual([1n, -3n]);
    a.delete(); b.delete();
  });

  test('set never wraps: the core checked conversion (NumPy casting without wraps), all or nothing', () => {
    const u = new vb.vtkUnsignedCharArray();
    u.SetNumberOfValues(3);
    expect(() => u.set([256, 2.5])).toThrow(RangeError);           // JS would store 0, 2
    expect(() => u.data.set([300, -1])).toThrow(RangeError);       // JS would store 44, 255
    expect(() => u.data.set(1, 300)).toThrow(RangeError);
    expect(() => u.set([1, NaN])).toThrow(RangeError);             // NaN into an integer type
    expect(() => u.set(new Int32Array([1, 2, 999]))).toThrow(RangeError);
    expect(() => u.set(new Float64Array([Infinity]))).toThrow(RangeError);
    expect(Array.from(u.view())).toEqual([0, 0, 0]);               // unchanged
    u.set([255, 2.9, -0.5]);                                       // reals truncate toward zero
    expect(Array.from(u.view())).toEqual([255, 2, 0]);
    u.set(new Float64Array([7.7]), 2);                             // any typed array converts
    u.data.set(0, 9.99);
    expect(Array.from(u.view())).toEqual([9, 2, 7]);
    const v = u.view();                                            // a typed array the user holds:
    v[0] = 300;                                                    // JS semantics (wraps)
    expect(u.GetValue(0)).toBe(44);
    const l = new vb.vtkIdTypeArray();
    l.SetNumberOfValues(2);
    expect(() => l.set([1n, 2n ** 63n])).toThrow(RangeError);
    l.set([2n ** 63n - 1n, -5]);                                   // BigInts and Numbers
    expect(l.GetTypedTuple(0)).toEqual([2n ** 63n - 1n]);
    expect(l.GetValue(1)).toBe(-5n);
    const f = new vb.vtkFloatArray();
    f.SetNumberOfValues(2);
    f.set(new Float64Array([1e300, 0.5]));                         // float: C's conversion
    expect(Array.from(f.view())).toEqual([Infinity, 0.5]);
    f.set(new BigInt64Array([3n]), 1);                             // BigInts into a float view
    expect(f.GetValue(1)).toBe(3);
    const b = new vb.vtkBitArray();
    b.SetNumberOfValues(8);
    expect(() => b.data.set([256])).toThrow(RangeError);           // a bit array's bytes
    for (const x of [u, l, f, b]) x.delete();
  });
});

describe('copy out into a target', () => {
  test('toArray(target) copies into a same-type array, checks type and size', () => {
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfValues(3);
    a.set([1, 2, 3]);
    const out = new Float64Array(4);
    expect(a.toArray(undefined, out)).toBe(out);
    expect(Array.from(out)).toEqual([1, 2, 3, 0]);
    expect(() => a.toArray(undefined, new Float32Array(3))).toThrow(TypeError);
    expect(() => a.toArray(undefined, new Float64Array(2))).toThrow(RangeError);
    const d = a.data;
    const o2 = new Float64Array(3);
    expect(d.toArray(o2)).toBe(o2);
    expect(Array.from(o2)).toEqual([1, 2, 3]);
    const b = a.GetBuffer();
    expect(Array.from(b.toArray(new Float64Array(3)))).toEqual([1, 2, 3]);
    expect(() => b.toArray(new Float64Array(3), 1)).toThrow(TypeError);
    d.release(); b.delete(); a.delete();
  });
});

test('SetName / GetName (UTF-8), ModifiedEvent on change', () => {
  const a = new vb.vtkFloatArray();
  expect(a.GetName()).toBeNull();
  let modified = 0;
  a.AddObserver('ModifiedEvent', () => { modified++; });
  a.SetName('Normals – ü');
  expect(a.GetName()).toBe('Normals – ü');
  expect(modified).toBe(1);
  expect(() => a.SetName(3)).toThrow(TypeError);
  expect(() => a.SetName('a\0b')).toThrow(TypeError);
  expect(a.GetName()).toBe('Normals – ü');
  a.SetName(null);
  expect(a.GetName()).toBeNull();
  a.delete();
});

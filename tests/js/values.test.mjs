// vtkVariant, vtkStringArray, vtkVariantArray in JS: the same calls as
// tests/conformance/snippets/value_arrays.py, whose outputs are VTK 9.7.1's.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const values = (a) => Array.from({ length: a.GetNumberOfValues() }, (_, i) => a.GetValue(i));
function strings(...w) {
  const s = new vb.vtkStringArray();
  for (const x of w) s.InsertNextValue(x);
  return s;
}

describe('vtkVariant', () => {
  test('holds numbers, strings and objects, converts as the core', () => {
    const i = new vb.vtkVariant(5), d = new vb.vtkVariant(2.5), s = new vb.vtkVariant('0x10');
    expect([i.GetType(), i.GetTypeAsString(), i.ToDouble(), i.IsInt(), i.IsNumeric()]).toEqual([6, 'int', 5, true, true]);
    expect([d.GetType(), d.ToInt(), d.ToString()]).toEqual([11, 2, '2.5']);
    expect([s.IsString(), s.ToInt(), s.ToDouble()]).toEqual([true, 16, 0]);
    expect(new vb.vtkVariant().IsValid()).toBe(false);
    expect(new vb.vtkVariant(2n ** 63n).ToUnsignedLongLong()).toBe(2n ** 63n);
    expect(new vb.vtkVariant(300).ToUnsignedChar()).toBe(0); // out of range: 0 (VTK wraps to 44: the one rule, d)
    expect(new vb.vtkVariant(2.7, vb.VTK_INT).GetType()).toBe(6);
    expect(new vb.vtkVariant(65, 2).ToChar()).toBe('A');
    expect(i.IsEqual(new vb.vtkVariant(5.0))).toBe(true);
    const o = new vb.vtkObject(), v = new vb.vtkVariant(o);
    expect([v.IsVTKObject(), v.ToVTKObject().IsSame(o), v.GetTypeAsString()]).toEqual([true, true, 'vtkObject']);
    expect(() => new vb.vtkVariant({})).toThrow(TypeError);
    expect(() => new vb.vtkVariant(2n ** 64n)).toThrow(RangeError);
    for (const x of [i, d, s, v, o]) x.delete();
  });
  // VTK 9.7.1: vtk.vtkVariant(x).ToString() and vtk.vtkVariant(s).ToDouble()/ToInt()/ToLongLong()/
  // ToUnsignedLongLong(); the JS build takes the digits from the engine (src/vb_numtext.c), libc
  // rounds a tie to even: 2.015625 is 2.01562 (toPrecision(6) says 2.01563)
  test('number text as printf %g and strtod/strtoll (the JS build has neither)', () => {
    expect([2.015625, 0.125, 1e-5, 2.5e-7, 0.00001234565, 1e300, 1.5e-300].map((x) => new vb.vtkVariant(x).ToString()))
      .toEqual(['2.01562', '0.125', '1e-05', '2.5e-07', '1.23456e-05', '1e+300', '1.5e-300']);
    const parsed = ['  1.5e3x', '-0', 'inf', '-Infinity', 'nan', '1e400', '.5', '5.', '0x10', '1e', 'abc', '  -12.5e-1  ']
      .map((s) => { const v = new vb.vtkVariant(s); return [v.ToDouble(), v.ToInt(), v.ToLongLong(), v.ToUnsignedLongLong()]; });
    expect(parsed).toEqual([[1500, 1, 1, 1], [-0, 0, 0, 0], [Infinity, 0, 0, 0], [-Infinity, 0, 0, 0],
      [NaN, 0, 0, 0], [Infinity, 1, 1, 1], [0.5, 0, 0, 0], [5, 5, 5, 5], [0, 16, 16, 16],
      [1, 1, 1, 1], [0, 0, 0, 0], [-1.25, -12, -12, 0]]);
  });
});

describe('vtkStringArray', () => {
  test('values, growth and sizes as VTK', () => {
    const s = new vb.vtkStringArray();
    const sizes = [...'abcdefg'].map((w) => [s.InsertNextValue(w), s.GetSize()]);
    expect(sizes).toEqual([[0, 1], [1, 3], [2, 3], [3, 7], [4, 7], [5, 7], [6, 7]]);
    const t = strings('a', 'bb', 'ccc');
    expect([t.GetDataSize(), t.GetActualMemorySize(), t.LookupValue('bb'), t.LookupValue('zz')]).toEqual([9, 1, 1, -1]);
    expect([t.GetDataType(), t.GetDataTypeAsString(), t.GetArrayType(), t.IsNumeric()]).toEqual([13, 'string', 2, 0]);
    expect(t instanceof vb.vtkAbstractArray && !(t instanceof vb.vtkDataArray)).toBe(true);
    const r = new vb.vtkStringArray();
    expect([r.SetNumberOfValues(3), r.Resize(6), r.GetSize(), r.GetMaxId(), r.Allocate(10), r.GetSize(), r.GetMaxId()])
      .toEqual([true, 1, 9, 2, 1, 10, -1]);
    t.SetVariantValue(0, new vb.vtkVariant(2.5));
    t.InsertVariantValue(5, new vb.vtkVariant(7));
    expect(values(t)).toEqual(['2.5', 'bb', 'ccc', '', '', '7']);
    expect([t.GetMaxId(), t.GetSize()]).toEqual([5, 9]);
    const u = strings('héllo');
    u.InsertNextValue(new Uint8Array([0xff, 0x61]));
    expect(values(u)).toEqual(['héllo', '\ufffda']);
    for (const x of [s, t, r, u]) x.delete();
  });

  test('bad input is refused and changes nothing', () => {
    const s = strings('a', 'b');
    expect(() => s.SetValue(5, 'x')).toThrow(RangeError);
    expect(() => s.GetValue(-1)).toThrow(RangeError);
    expect(() => s.InsertNextValue(3)).toThrow(TypeError);
    expect(() => s.InsertNextTuple(0, new vb.vtkVariantArray())).toThrow(TypeError);
    const two = new vb.vtkStringArray();
    two.SetNumberOfComponents(2);
    expect(() => two.InsertNextTuple(0, s)).toThrow(TypeError);
    expect([values(s), two.GetNumberOfValues()]).toEqual([['a', 'b'], 0]);
    s.delete(); two.delete();
  });

  test('tuples, copies and interpolation', () => {
    const s = strings('a', 'bb', 'ccc');
    const t = new vb.vtkStringArray();
    t.InsertNextTuple(2, s); t.InsertTuple(3, 0, s); t.SetTuple(0, 1, s);
    expect(values(t)).toEqual(['bb', '', '', 'a']);
    const u = new vb.vtkStringArray();
    u.InsertTuples(1, 2, 0, s);
    const w = new vb.vtkStringArray();
    w.InsertTuplesStartingAt(1, [2, 0], s);
    expect([values(u), values(w)]).toEqual([['', 'a', 'bb'], ['', 'ccc', 'a']]);
    const x = new vb.vtkStringArray();
    x.InterpolateTuple(0, [0, 1, 2], s, [0.2, 0.5, 0.3]); x.InterpolateTuple(1, 0, s, 2, s, 0.7);
    expect(values(x)).toEqual(['bb', 'ccc']);
    const d = new vb.vtkStringArray(), sh = new vb.vtkStringArray();
    d.DeepCopy(s); sh.ShallowCopy(s); s.SetValue(0, 'z');
    expect([d.GetValue(0), sh.GetValue(0)]).toEqual(['a', 'z']);
    for (const a of [s, t, u, w, x, d, sh]) a.delete();
  });
});

describe('vtkVariantArray and field data', () => {
  test('variants in, variants out; field data holds both kinds', () => {
    const v = new vb.vtkVariantArray();
    for (const x of [1, 'x', 2.5]) v.InsertNextValue(new vb.vtkVariant(x));
    expect([v.GetValue(0).GetType(), v.GetValue(1).ToString(), v.GetValue(2).ToDouble()]).toEqual([6, 'x', 2.5]);
    expect([v.LookupValue(new vb.vtkVariant('x')), v.GetDataTypeSize(), v.GetArrayType()]).toEqual([1, 16, 3]);
    expect(() => v.GetValue(3)).toThrow(RangeError);
    const s = strings('a', 'bb', 'ccc');
    s.SetName('s'); v.SetName('v');
    const fd = new vb.vtkFieldData();
    expect([fd.AddArray(s), fd.AddArray(v), fd.GetNumberOfTuples(), fd.GetArray('s'), fd.HasArray('s')])
      .toEqual([0, 1, 3, null, true]);
    expect([fd.GetAbstractArray('s').GetValue(2), fd.GetAbstractArray(1).GetClassName()]).toEqual(['ccc', 'vtkVariantArray']);
    const g = new vb.vtkFieldData();
    g.DeepCopy(fd);
    expect(g.GetAbstractArray('s').GetValue(1)).toBe('bb');
    expect(fd.RemoveArray('s')).toBe(true);
    expect(fd.GetNumberOfArrays()).toBe(1);
    for (const x of [v, s, fd, g]) x.delete();
  });
});

describe('component names and CopyComponent', () => {
  test('as VTK (snippets va.comp_names, va.copy_component, va.discrete)', () => {
    const s = new vb.vtkStringArray(), t = new vb.vtkStringArray();
    s.SetComponentName(0, 'x'); s.SetComponentName(-1, 'ignored');
    expect([s.GetComponentName(0), s.GetComponentName(3), s.HasAComponentName(), t.HasAComponentName()]).toEqual(['x', null, true, false]);
    expect([t.CopyComponentNames(s), t.GetComponentName(0), t.CopyComponentNames(new vb.vtkStringArray())]).toEqual([1, 'x', 0]);
    const a = strings('a', 'bb', 'ccc'), b = strings('x', 'y', 'z');
    expect([a.CopyComponent(0, b, 0), values(a), a.CopyComponent(0, new vb.vtkIntArray(), 0), a.CopyComponent(1, b, 0)])
      .toEqual([true, ['x', 'y', 'z'], false, false]);
    expect([a.GetMaxDiscreteValues(), (a.SetMaxDiscreteValues(4), a.GetMaxDiscreteValues())]).toEqual([32, 4]);
    expect(vb.vtkStringArray.ExtendedNew().GetClassName()).toBe('vtkStringArray');
    for (const x of [s, t, a, b]) x.delete();
  });
});

test('a variant array takes tuples of a string array (VTK, snippet va.tuple_other_class)', () => {
  const s = strings('a', 'b'), v = new vb.vtkVariantArray();
  expect(v.InsertNextTuple(1, s)).toBe(0);
  expect(v.GetValue(0).ToString()).toBe('b');
  expect(() => s.InsertNextTuple(0, v)).toThrow(TypeError);
  s.delete(); v.delete();
});

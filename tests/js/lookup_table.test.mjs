// vtkLookupTable in JS against VTK 9.7.1: every case of tests/data/lookup_table_ref.json
// (tools/gen_lookup_table_reference.py) replayed by name, compared exactly.
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import createVtkBuf from '../../js/index.mjs';

const REF = JSON.parse(readFileSync(new URL('../data/lookup_table_ref.json', import.meta.url), 'utf8'));
const num = (x) => (typeof x === 'string' ? Number(x.replace('inf', 'Infinity').replace('nan', 'NaN')) : x);
const PROBES = REF.probes.map(num);
const ARRAYS = Object.fromEntries(REF.arrays.map((a) => [a.name, a]));

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function build(c) {
  const lut = new vb.vtkLookupTable();
  for (const [name, args] of c.calls) lut[name](...args);
  lut.Build();
  return lut;
}
function array(spec) {
  const a = new vb[spec.class]();
  a.SetNumberOfComponents(spec.components);
  for (const v of spec.values) a.InsertNextValue(num(v));
  return a;
}

describe('vtkLookupTable matches VTK 9.7.1', () => {
  test.each(REF.cases.map((c) => [c.name, c]))('%s', (_, c) => {
    const lut = build(c);
    expect(lut.GetNumberOfColors()).toBe(c.number_of_colors);
    expect(lut.GetRange()).toEqual(c.range);
    expect(lut.GetTableRange()).toEqual(c.table_range);
    expect(Array.from({ length: c.number_of_colors }, (_, i) => lut.GetTableValue(i))).toEqual(c.table);
    expect(PROBES.map((p) => lut.GetIndex(p))).toEqual(c.index);
    expect(PROBES.map((p) => lut.GetColor(p))).toEqual(c.color);
    expect(PROBES.map((p) => lut.GetOpacity(p))).toEqual(c.opacity);
    expect(PROBES.map((p) => lut.MapValue(p))).toEqual(
      c.color.map((rgb, k) => [...rgb.map((x) => Math.round(x * 255)), Math.round(c.opacity[k] * 255)]));
    for (const [key, expected] of Object.entries(c.map_scalars)) {
      const [name, mode, comp] = key.split('/');
      const a = array(ARRAYS[name]);
      const out = lut.MapScalars(a, Number(mode), Number(comp));
      expect(out.GetClassName()).toBe('vtkUnsignedCharArray');
      expect([out.GetNumberOfComponents(), ...Array.from({ length: out.GetNumberOfValues() }, (_, i) => Number(out.GetValue(i)))])
        .toEqual(expected);
      out.delete(); a.delete();
    }
    lut.delete();
  });
});

test('properties and bad input', () => {
  const lut = new vb.vtkLookupTable();
  expect(lut).toBeInstanceOf(vb.vtkScalarsToColors);
  expect(() => new vb.vtkScalarsToColors()).toThrow(TypeError);
  lut.SetHueRange([0.2, 0.4]);
  expect(lut.GetHueRange()).toEqual([0.2, 0.4]);
  lut.SetAlpha(3);
  expect(lut.GetAlpha()).toBe(1);
  lut.SetRange(5, 1); // ignored, as VTK
  expect(lut.GetRange()).toEqual([0, 1]);
  expect(() => lut.SetRamp(7)).toThrow(TypeError);
  expect(() => lut.SetNumberOfTableValues(-1)).toThrow(TypeError);
  expect(() => lut.SetTableValue(256, 1, 0, 0, 1)).toThrow(RangeError);
  expect(() => lut.SetHueRange(1, 2, 3)).toThrow(TypeError);
  expect(() => lut.MapScalars([1, 2], 1, 0)).toThrow(TypeError);
  lut.SetTableValue(3, [0.5, 0.5, 0.5, 1]);
  expect(lut.GetTableValue(3)).toEqual([128 / 255, 128 / 255, 128 / 255, 1]);
  expect(vb.VTK_RAMP_SQRT).toBe(2);
  expect(vb.vtkLookupTable.MAGNITUDE).toBe(0);
  const u = new vb.vtkUnsignedCharArray();
  u.SetNumberOfComponents(4);
  u.InsertNextTuple([1, 2, 3, 4]);
  const same = lut.MapScalars(u, 0, -1); // VTK hands back the array itself
  expect(same.GetValue(3)).toBe(4);
  u.SetValue(3, 9);
  expect(same.GetValue(3)).toBe(9);
  same.delete(); u.delete(); lut.delete();
});

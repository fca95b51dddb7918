// vtkLookupTable (a vtkScalarsToColors): the core's table and mapping (src/vb_lookup_table.h),
// VTK 9.7.1's numbers. Property methods are made from two tables of names over the
// core's generic accessors, as in Python (python/vtkbuf/_lookup_table.py).
import { argc, describe, heapView, int32 } from './common.mjs';

const DOUBLES = ['TableRange', 'HueRange', 'SaturationRange', 'ValueRange', 'AlphaRange',
  'NanColor', 'BelowRangeColor', 'AboveRangeColor', 'Alpha'];
const INTS = ['Ramp', 'Scale', 'VectorMode', 'VectorComponent', 'VectorSize',
  'UseBelowRangeColor', 'UseAboveRangeColor'];
const PRESETS = { Ramp: ['Linear', 'SCurve', 'SQRT'], Scale: ['Linear', 'Log10'],
  VectorMode: ['Magnitude', 'Component', 'RGBColors'] };
const INT_MIN = -0x80000000;

export function defineLookupTable(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withScratch, doublesOut, memory } = ctx;
  const num = (v, what) => {
    if (typeof v !== 'number') throw new TypeError(`${what}: expected a number, got ${describe(v)}`);
    return v;
  };

  /** The base of vtkLookupTable (not made by itself in vtkbuf: TypeError). */
  class vtkScalarsToColors extends vtkDataObjectBase {
    constructor(...a) {
      if (new.target === vtkScalarsToColors) throw new TypeError('vtkScalarsToColors: use vtkLookupTable');
      super(...a);
    }
  }
  Object.assign(vtkScalarsToColors, { MAGNITUDE: 0, COMPONENT: 1, RGBCOLORS: 2 });

  class vtkLookupTable extends vtkScalarsToColors {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkLookupTable');
      super([], () => M._vb_lookup_table_new());
    }
    SetNumberOfTableValues(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfTableValues');
      if (!Number.isInteger(n)) throw new TypeError(`SetNumberOfTableValues: expected an integer, got ${describe(n)}`);
      ctx.done(M._vb_lookup_table_set_number_of_table_values(this._ptr(), BigInt(n)), 'SetNumberOfTableValues');
    }
    GetNumberOfTableValues() { return Number(M._vb_lookup_table_get_number_of_colors(this._ptr())); }
    GetNumberOfColors() { return this.GetNumberOfTableValues(); }
    Build() { ctx.done(M._vb_lookup_table_build(this._ptr()), 'Build'); }
    ForceBuild() { ctx.done(M._vb_lookup_table_force_build(this._ptr()), 'ForceBuild'); }
    /** SetTableValue(i, r, g, b, a = 1) or SetTableValue(i, [r, g, b, a]). */
    SetTableValue(i, ...c) {
      argc(arguments.length, 2, 5, 'SetTableValue');
      if (c.length === 1 && c[0] && c[0].length === 4) c = Array.from(c[0]);
      else if (c.length < 3) throw new TypeError('SetTableValue: expected (i, r, g, b[, a]) or (i, rgba)');
      if (c.length === 3) c.push(1);
      const p = this._ptr(), v = c.map((x) => num(x, 'SetTableValue'));
      if (!Number.isInteger(i)) throw new TypeError(`SetTableValue: expected an integer index, got ${describe(i)}`);
      withScratch(32, (s) => { heapView(memory, Float64Array, s, 4).set(v); ctx.done(M._vb_lookup_table_set_table_value(p, BigInt(i), s), 'SetTableValue'); });
    }
    GetTableValue(i, out) {
      if (!Number.isInteger(i)) throw new TypeError(`GetTableValue: expected an integer index, got ${describe(i)}`);
      const p = this._ptr();
      return doublesOut(4, (s) => M._vb_lookup_table_get_table_value(p, BigInt(i), s), 'GetTableValue', out);
    }
    GetIndex(v) { return Number(M._vb_lookup_table_get_index(this._ptr(), num(v, 'GetIndex'))); }
    /** The RGBA bytes of v (an Array of 4 integers 0..255). */
    MapValue(v) {
      const p = this._ptr();
      return withScratch(4, (s) => { ctx.done(M._vb_lookup_table_map_value(p, num(v, 'MapValue'), s), 'MapValue'); return Array.from(heapView(memory, Uint8Array, s, 4)); });
    }
    GetColor(v, out) { const c = this.MapValue(v).slice(0, 3).map((x) => x / 255); return out === undefined ? c : ctx.fillOut(out, c, 'GetColor'); }
    GetOpacity(v) { return this.MapValue(v)[3] / 255; }
    UsingLogScale() { return this.GetScale() === 1 ? 1 : 0; }
    /** A new vtkUnsignedCharArray of RGBA colours (VTK's colour modes and vector modes). */
    MapScalars(a, colorMode, component) {
      argc(arguments.length, 3, 3, 'MapScalars');
      const p = this._ptr(), ap = ctx.arrayArg(a, 'MapScalars');
      const m = int32(colorMode, 'MapScalars', INT_MIN), c = int32(component, 'MapScalars', INT_MIN);
      const r = M._vb_lookup_table_map_scalars(p, ap, m, c);
      if (!r) ctx.fail(M._vb_last_status(), 'MapScalars');
      const w = ctx.wrapArray(r);
      M._vb_object_release(r);
      return w;
    }
  }
  const P = vtkLookupTable.prototype;
  DOUBLES.forEach((name, k) => {
    const n = M._vb_lookup_table_doubles_size(k);
    P['Set' + name] = function (...v) {
      if (v.length === 1 && v[0] && v[0].length !== undefined) v = Array.from(v[0]);
      if (v.length !== n) throw new TypeError(`Set${name}: expected ${n} numbers, got ${v.length}`);
      const p = this._ptr(), d = v.map((x) => num(x, 'Set' + name));
      withScratch(32, (s) => { heapView(memory, Float64Array, s, n).set(d); ctx.done(M._vb_lookup_table_set_doubles(p, k, s), 'Set' + name); });
    };
    P['Get' + name] = function (out) {
      const p = this._ptr(), r = doublesOut(n, (s) => M._vb_lookup_table_get_doubles(p, k, s), 'Get' + name, out);
      return n === 1 && out === undefined ? r[0] : r;
    };
  });
  P.SetRange = P.SetTableRange;
  P.GetRange = P.GetTableRange;
  INTS.forEach((name, k) => {
    P['Set' + name] = function (v) {
      argc(arguments.length, 1, 1, 'Set' + name);
      const x = typeof v === 'boolean' ? +v : int32(v, 'Set' + name, INT_MIN);
      ctx.done(M._vb_lookup_table_set_int(this._ptr(), k, x), 'Set' + name);
    };
    P['Get' + name] = function () { return M._vb_lookup_table_get_int(this._ptr(), k); };
    if (name.startsWith('Use')) {
      P[name + 'On'] = function () { this['Set' + name](1); };
      P[name + 'Off'] = function () { this['Set' + name](0); };
    }
    (PRESETS[name] || []).forEach((preset, v) => { P[`Set${name}To${preset}`] = function () { this['Set' + name](v); }; });
  });
  return { vtkScalarsToColors, vtkLookupTable };
}

/** VTK's constants of vtkLookupTable.h / vtkSystemIncludes.h. */
export const LUT_CONSTANTS = { VTK_RAMP_LINEAR: 0, VTK_RAMP_SCURVE: 1, VTK_RAMP_SQRT: 2,
  VTK_SCALE_LINEAR: 0, VTK_SCALE_LOG10: 1, VTK_COLOR_MODE_DEFAULT: 0,
  VTK_COLOR_MODE_MAP_SCALARS: 1, VTK_COLOR_MODE_DIRECT_SCALARS: 2 };

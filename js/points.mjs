// vtkPoints: the coordinates of a data set, a 3-component data array (dataobject.mjs).
import { argc, describe, int64 } from './common.mjs';

export function definePoints(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withScratch, f64, triple, arrayArg, doublesOut, withIds } = ctx;
  const { VTK_FLOAT, VTK_DOUBLE } = ctx.types.VTK;
  function pointsType(t, what) {
    if (typeof t === 'string') return ctx.types.typeId(t, what);
    if (typeof t === 'number' && Number.isInteger(t)) return t;
    throw new TypeError(`${what}: expected a dtype ("float32", "float64", ...) or a VTK type id (VTK_FLOAT, VTK_DOUBLE, ...), got ${describe(t)}`);
  }
  // new vtkPoints(data | {data}) (index.d.ts): [dtype, values] or a vtkDataArray
  function pointsData(d) {
    if (d instanceof ctx.vtkDataArray) return d;
    if (Array.isArray(d) && (d = d.flat()).every((x) => typeof x === 'number')) d = Float64Array.from(d);
    const dt = { '[object Float32Array]': 'float32', '[object Float64Array]': 'float64' }[Object.prototype.toString.call(d)];
    if (!dt) throw new TypeError(`vtkPoints: data must be a Float32Array, Float64Array, Array of numbers or vtkDataArray`);
    if (d.length % 3) throw new RangeError('vtkPoints: data is not x, y, z per point');
    return [dt, d];
  }
  /** x, y, z (or [x, y, z]) into scratch memory, then call(address). */
  const withXYZ = (args, what, call) => {
    const x = triple(args, what);
    return withScratch(24, (s) => { f64(s, 3).set(x); return call(s); });
  };

  const pointsArg = (o, what) => {
    if (!(o instanceof vtkPoints)) throw new TypeError(`${what}: expected a vtkPoints, got ${describe(o)}`);
    return o._ptr();
  };

  class vtkPoints extends vtkDataObjectBase {
    constructor(arg) {
      if (arg === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 1, 'vtkPoints');
      const o = ctx.options(arg, ['data'], 'vtkPoints'), data = o ? o.data : arg;
      const d = data === undefined || (!o && (typeof data === 'string' || typeof data === 'number')) ? null : pointsData(data);
      const t = d ? (d[0] === 'float64' ? VTK_DOUBLE : VTK_FLOAT) : o || arg === undefined ? VTK_FLOAT : pointsType(arg, 'vtkPoints');
      const a = Array.isArray(d) ? ctx.arrayOf(d[0], d[1], 3) : d; // a copy (index.d.ts)
      try {
        super([], () => M._vb_points_new(t));
        if (a) this.SetData(a);
      } finally { if (a !== d) a.delete(); }
    }
    /** The coordinate array (3 components, named "Points"). */
    GetData() { argc(arguments.length, 0, 0, 'GetData'); return ctx.wrapArray(M._vb_points_get_data(this._ptr())); }
    /** Use arr (3 components; shared, not copied) as the coordinates. */
    SetData(arr) {
      argc(arguments.length, 1, 1, 'SetData');
      const p = this._ptr();
      ctx.done(M._vb_points_set_data(p, arrayArg(arr, 'SetData')), 'SetData');
    }
    GetDataType() { return M._vb_points_get_data_type(this._ptr()); }
    /** A dtype string or VTK type id; a different type replaces the coordinates by an empty array. */
    SetDataType(t) {
      argc(arguments.length, 1, 1, 'SetDataType');
      const p = this._ptr();
      ctx.done(M._vb_points_set_data_type(p, pointsType(t, 'SetDataType')), 'SetDataType');
    }
    SetDataTypeToFloat() { this.SetDataType(VTK_FLOAT); }
    SetDataTypeToDouble() { this.SetDataType(VTK_DOUBLE); }
    SetDataTypeToBit() { this.SetDataType(1); }
    SetDataTypeToChar() { this.SetDataType(2); }
    SetDataTypeToUnsignedChar() { this.SetDataType(3); }
    SetDataTypeToShort() { this.SetDataType(4); }
    SetDataTypeToUnsignedShort() { this.SetDataType(5); }
    SetDataTypeToInt() { this.SetDataType(6); }
    SetDataTypeToUnsignedInt() { this.SetDataType(7); }
    SetDataTypeToLong() { this.SetDataType(8); }
    SetDataTypeToUnsignedLong() { this.SetDataType(9); }
    GetNumberOfPoints() { return Number(M._vb_points_get_number_of_points(this._ptr())); }
    SetNumberOfPoints(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfPoints');
      const p = this._ptr();
      ctx.done(M._vb_points_set_number_of_points(p, int64(n, 'SetNumberOfPoints')), 'SetNumberOfPoints');
    }
    Allocate(n) {
      argc(arguments.length, 1, 1, 'Allocate');
      const p = this._ptr();
      ctx.done(M._vb_points_allocate(p, int64(n, 'Allocate')), 'Allocate');
      return 1;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_points_squeeze(this._ptr()), 'Squeeze'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_points_initialize(this._ptr()), 'Initialize'); }
    /** [x, y, z] of point i (RangeError outside [0, GetNumberOfPoints())); GetPoint(i, out) fills out. */
    GetPoint(i, out) {
      argc(arguments.length, 1, 2, 'GetPoint');
      const p = this._ptr();
      const id = int64(i, 'GetPoint');
      return doublesOut(3, (s) => M._vb_points_get_point(p, id, s), 'GetPoint', out);
    }
    /** SetPoint(i, x, y, z) or SetPoint(i, [x, y, z]). */
    SetPoint(i, ...xyz) {
      const p = this._ptr();
      const id = int64(i, 'SetPoint');
      withXYZ(xyz, 'SetPoint', (s) => ctx.done(M._vb_points_set_point(p, id, s), 'SetPoint'));
    }
    /** InsertPoint(i, x, y, z | [x, y, z]): grows as needed. */
    InsertPoint(i, ...xyz) {
      const p = this._ptr();
      const id = int64(i, 'InsertPoint');
      withXYZ(xyz, 'InsertPoint', (s) => ctx.done(M._vb_points_insert_point(p, id, s), 'InsertPoint'));
    }
    /** InsertNextPoint(x, y, z | [x, y, z]); returns the new point id. */
    InsertNextPoint(...xyz) {
      const p = this._ptr();
      return withXYZ(xyz, 'InsertNextPoint', (s) => {
        const r = M._vb_points_insert_next_point(p, s);
        ctx.done(ctx.status64(r), 'InsertNextPoint');
        return Number(r);
      });
    }
    /** [xmin, xmax, ymin, ymax, zmin, zmax]; (1, -1, 1, -1, 1, -1) without points; GetBounds(out) fills out. */
    GetBounds(out) {
      argc(arguments.length, 0, 1, 'GetBounds');
      const p = this._ptr();
      return doublesOut(6, (s) => M._vb_points_get_bounds(p, s), 'GetBounds', out);
    }
    ComputeBounds() { this.GetBounds(); }
    /** Their coordinates, converted to this data type. */
    DeepCopy(o) { ctx.done(M._vb_points_deep_copy(this._ptr(), pointsArg(o, 'DeepCopy')), 'DeepCopy'); }
    /** Share their data array (and so its type). */
    ShallowCopy(o) { ctx.done(M._vb_points_shallow_copy(this._ptr(), pointsArg(o, 'ShallowCopy')), 'ShallowCopy'); }
    /** InsertPoints(dstIds, srcIds, source) or InsertPoints(dstStart, n, srcStart, source). */
    InsertPoints(a, b, c, d) {
      argc(arguments.length, 3, 4, 'InsertPoints');
      const p = this._ptr();
      if (arguments.length === 4) {
        ctx.done(M._vb_points_insert_points_range(p, int64(a, 'InsertPoints'), int64(b, 'InsertPoints'), int64(c, 'InsertPoints'), pointsArg(d, 'InsertPoints')), 'InsertPoints');
        return;
      }
      const src = pointsArg(c, 'InsertPoints'), di = ctx.idArray(a, 'InsertPoints');
      withIds(b, 'InsertPoints', (s, n) => {
        if (n !== di.length) throw new TypeError(`InsertPoints: ${di.length} target ids for ${n} source ids`);
        withIds(di, 'InsertPoints', (d2) => ctx.done(M._vb_points_insert_points_ids(p, BigInt(n), d2, s, src), 'InsertPoints'));
      });
    }
    /** GetPoints(ids, out): out gets the points ids[k]. */
    GetPoints(ids, out) {
      argc(arguments.length, 2, 2, 'GetPoints');
      const p = this._ptr(), o = pointsArg(out, 'GetPoints');
      withIds(ids, 'GetPoints', (s, n) => ctx.done(M._vb_points_get_points_ids(p, BigInt(n), s, o), 'GetPoints'));
    }
    Resize(n) { argc(arguments.length, 1, 1, 'Resize'); ctx.done(M._vb_points_resize(this._ptr(), int64(n, 'Resize')), 'Resize'); return 1; }
    Reserve(n) { argc(arguments.length, 1, 1, 'Reserve'); ctx.done(M._vb_points_reserve(this._ptr(), int64(n, 'Reserve')), 'Reserve'); return 1; }
    Reset() { ctx.done(M._vb_points_reset(this._ptr()), 'Reset'); }
    GetActualMemorySize() { return Number(M._vb_points_get_actual_memory_size(this._ptr())); }
  }
  return { vtkPoints };
}

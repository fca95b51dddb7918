// vtkCellArray: cells as offsets + connectivity (two int64 data arrays).
import { argc, describe, int64, INT64_MAX } from './common.mjs';

export function defineCellArray(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withScratch, i64, arrayArg, status64 } = ctx;

  /** Point ids: an Array of integers or an integer typed array -> BigInt64Array. */
  function idList(ids, what) {
    if (!(Array.isArray(ids) || ArrayBuffer.isView(ids))) {
      throw new TypeError(`${what}: expected an array of point ids, got ${describe(ids)}`);
    }
    if (Object.prototype.toString.call(ids).includes('Float')) {
      throw new TypeError(`${what}: point ids must be integers, got a ${describe(ids)}`);
    }
    const out = new BigInt64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const v = ids[k];
      // only the int64 C parameter is checked here; the core refuses negative ids
      if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) {
        if (v < -INT64_MAX - 1n || v > INT64_MAX) throw new RangeError(`${what}: point id ${v} does not fit int64`);
        out[k] = BigInt(v);
      } else {
        throw new TypeError(`${what}: point ids must be integers, got ${describe(v)}`);
      }
    }
    return out;
  }

  // new vtkCellArray({ offsets, connectivity }) (index.d.ts)
  const cellData = (x, what) => {
    if (x instanceof ctx.vtkDataArray) return x;
    const dt = Array.isArray(x) ? 'int64' : { '[object Int32Array]': 'int32', '[object BigInt64Array]': 'int64' }[Object.prototype.toString.call(x)];
    if (!dt) throw new TypeError(`${what}: expected an Int32Array, BigInt64Array, Array or vtkDataArray`);
    return ctx.arrayOf(dt, Array.isArray(x) ? idList(x, what) : x);
  };

  class vtkCellArray extends vtkDataObjectBase {
    constructor(arg) {
      if (arg === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 1, 'vtkCellArray');
      const o = arg === undefined ? {} : ctx.options(arg, ['offsets', 'connectivity'], 'vtkCellArray');
      if (!o || (o.offsets === undefined) !== (o.connectivity === undefined)) {
        throw new TypeError('vtkCellArray: expected { offsets, connectivity }, both or neither');
      }
      const made = [];
      try {
        if (o.offsets !== undefined) {
          made.push(cellData(o.offsets, 'offsets'));
          made.push(cellData(o.connectivity, 'connectivity'));
        }
        super([], () => M._vb_cell_array_new());
        if (made.length && made[0].GetNumberOfValues() + made[1].GetNumberOfValues()) this.SetData(made[0], made[1]);
      } finally { for (const a of made) if (a !== o.offsets && a !== o.connectivity) a.delete(); }
    }
    GetNumberOfCells() { return Number(M._vb_cell_array_get_number_of_cells(this._ptr())); }
    GetNumberOfConnectivityIds() { return Number(M._vb_cell_array_get_number_of_connectivity_ids(this._ptr())); }
    GetMaxCellSize() { return Number(M._vb_cell_array_get_max_cell_size(this._ptr())); }
    /** The offsets array (NumberOfCells + 1 int64 values starting at 0). */
    GetOffsetsArray() { return ctx.wrapArray(M._vb_cell_array_get_offsets_array(this._ptr())); }
    /** The connectivity array (int64 point ids). */
    GetConnectivityArray() { return ctx.wrapArray(M._vb_cell_array_get_connectivity_array(this._ptr())); }
    /** Use these arrays (shared): 1-component integer arrays, offsets valid (TypeError otherwise). */
    SetData(offsets, connectivity) {
      argc(arguments.length, 2, 2, 'SetData');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_set_data(p, arrayArg(offsets, 'SetData(offsets)'),
        arrayArg(connectivity, 'SetData(connectivity)')), 'SetData');
    }
    /**
     * InsertNextCell(ids), InsertNextCell(npts, ids) (the first npts ids), or VTK's
     * incremental form: InsertNextCell(npts) appends an offset claiming npts points
     * (connectivity size + npts), then InsertCellPoint(id) appends each id, and
     * UpdateCellCount(n) fixes the size of the last cell. Returns the new cell id.
     */
    InsertNextCell(a, b) {
      argc(arguments.length, 1, 2, 'InsertNextCell');
      const p = this._ptr();
      if (arguments.length === 1 && (typeof a === 'number' || typeof a === 'bigint')) {
        const r = M._vb_cell_array_insert_next_cell_n(p, int64(a, 'InsertNextCell(npts)'));
        ctx.done(status64(r), 'InsertNextCell');
        return Number(r);
      }
      let ids;
      if (arguments.length === 2) {
        const n = Number(int64(a, 'InsertNextCell(npts)'));
        ids = idList(b, 'InsertNextCell');
        if (n > ids.length) throw new RangeError(`InsertNextCell: npts ${n} but only ${ids.length} ids`);
        ids = ids.subarray(0, n);
      } else {
        ids = idList(a, 'InsertNextCell');
      }
      return withScratch(8 * Math.max(ids.length, 1), (s) => {
        i64(s, ids.length).set(ids);
        const r = M._vb_cell_array_insert_next_cell(p, BigInt(ids.length), s);
        ctx.done(status64(r), 'InsertNextCell');
        return Number(r);
      });
    }
    /** Append a point id to the connectivity (after InsertNextCell(npts); Error if there is no cell). */
    InsertCellPoint(id) {
      argc(arguments.length, 1, 1, 'InsertCellPoint');
      const p = this._ptr();
      const v = idList([id], 'InsertCellPoint')[0];
      ctx.done(M._vb_cell_array_insert_cell_point(p, v), 'InsertCellPoint');
    }
    /** Set the number of points of the last cell (Error if there is no cell). */
    UpdateCellCount(npts) {
      argc(arguments.length, 1, 1, 'UpdateCellCount');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_update_cell_count(p, int64(npts, 'UpdateCellCount')), 'UpdateCellCount');
    }
    /** Number of points of cell i (RangeError for a bad id). */
    GetCellSize(i) {
      argc(arguments.length, 1, 1, 'GetCellSize');
      const p = this._ptr();
      const c = int64(i, 'GetCellSize');
      return withScratch(8, (s) => { ctx.done(M._vb_cell_array_get_cell_size(p, c, s), 'GetCellSize'); return Number(i64(s, 1)[0]); });
    }
    /** The point ids of cell i, as numbers (RangeError for a bad id). */
    GetCell(i) {
      argc(arguments.length, 1, 1, 'GetCell');
      const p = this._ptr();
      const c = int64(i, 'GetCell');
      const n = this.GetCellSize(i);
      return withScratch(8 * (n + 1), (s) => {
        ctx.done(M._vb_cell_array_get_cell(p, c, s + 8, BigInt(n), s), 'GetCell');
        return Array.from(i64(s + 8, n), Number);
      });
    }
    AllocateEstimate(ncells, maxCellSize) {
      argc(arguments.length, 2, 2, 'AllocateEstimate');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_allocate_estimate(p, int64(ncells, 'AllocateEstimate'), int64(maxCellSize, 'AllocateEstimate')), 'AllocateEstimate');
      return true;
    }
    AllocateExact(ncells, connSize) {
      argc(arguments.length, 2, 2, 'AllocateExact');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_allocate_exact(p, int64(ncells, 'AllocateExact'), int64(connSize, 'AllocateExact')), 'AllocateExact');
      return true;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_cell_array_squeeze(this._ptr()), 'Squeeze'); }
    Reset() { argc(arguments.length, 0, 0, 'Reset'); ctx.done(M._vb_cell_array_reset(this._ptr()), 'Reset'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_cell_array_initialize(this._ptr()), 'Initialize'); }
  }
  return { vtkCellArray };
}

// vtkCellArray: cells as offsets + connectivity (two int64 data arrays).
import { argc, describe, int64, INT64_MAX } from './common.mjs';

export function defineCellArray(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withScratch, i64, arrayArg, status64, withIds, idsOut } = ctx;

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

  const cellsArg = (o, what) => {
    if (!(o instanceof vtkCellArray)) throw new TypeError(`${what}: expected a vtkCellArray, got ${describe(o)}`);
    return o._ptr();
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
    /**
     * SetData(offsets, connectivity): use these arrays (shared; 1-component integer
     * arrays, offsets valid: TypeError otherwise); SetData(cellSize, connectivity):
     * cells of cellSize points each. Returns true.
     */
    SetData(offsets, connectivity) {
      argc(arguments.length, 2, 2, 'SetData');
      const p = this._ptr();
      if (typeof offsets === 'number' || typeof offsets === 'bigint') {
        ctx.done(M._vb_cell_array_set_data_fixed_size(p, int64(offsets, 'SetData(cellSize)'), arrayArg(connectivity, 'SetData(connectivity)')), 'SetData');
        return true;
      }
      ctx.done(M._vb_cell_array_set_data(p, arrayArg(offsets, 'SetData(offsets)'),
        arrayArg(connectivity, 'SetData(connectivity)')), 'SetData');
      return true;
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
    InitTraversal() { this.SetTraversalCellId(0); }
    /** GetNextCell(idlist): fills it with the next cell's ids, 1; 0 at the end. GetNextCell(): the ids or null. */
    GetNextCell(out) {
      argc(arguments.length, 0, 1, 'GetNextCell');
      const c = this.GetTraversalCellId();
      if (c >= this.GetNumberOfCells()) return out === undefined ? null : 0;
      const ids = this.GetCell(c);
      ctx.done(M._vb_cell_array_set_traversal_cell_id(this._ptr(), BigInt(c + 1)), 'GetNextCell');
      if (out === undefined) return ids;
      idsOut(out, ids, 'GetNextCell');
      return 1;
    }
    GetTraversalCellId() { return Number(M._vb_cell_array_get_traversal_cell_id(this._ptr())); }
    SetTraversalCellId(c) { argc(arguments.length, 1, 1, 'SetTraversalCellId'); ctx.done(M._vb_cell_array_set_traversal_cell_id(this._ptr(), int64(c, 'SetTraversalCellId')), 'SetTraversalCellId'); }
    /** The ids of cell i; GetCellAtId(i, idlist) fills a vtkIdList or Array. */
    GetCellAtId(i, out) {
      argc(arguments.length, 1, 2, 'GetCellAtId');
      const ids = this.GetCell(i);
      return out === undefined ? ids : idsOut(out, ids, 'GetCellAtId');
    }
    /** The common cell size, 0 without cells, -1 when sizes differ. */
    IsHomogeneous() { return Number(M._vb_cell_array_is_homogeneous(this._ptr())); }
    IsValid() { return M._vb_cell_array_is_valid(this._ptr()) === 1; }
    GetActualMemorySize() { return Number(M._vb_cell_array_get_actual_memory_size(this._ptr())); }
    GetNumberOfOffsets() { return this.GetOffsetsArray().GetNumberOfValues(); }
    GetOffset(i) { return Number(this.GetOffsetsArray().GetValue(i)); }
    DeepCopy(o) { ctx.done(M._vb_cell_array_deep_copy(this._ptr(), cellsArg(o, 'DeepCopy')), 'DeepCopy'); }
    ShallowCopy(o) { ctx.done(M._vb_cell_array_shallow_copy(this._ptr(), cellsArg(o, 'ShallowCopy')), 'ShallowCopy'); }
    /** Append(cells, pointOffset = 0): their cells after these, ids + pointOffset. */
    Append(o, pointOffset = 0) {
      argc(arguments.length, 1, 2, 'Append');
      ctx.done(M._vb_cell_array_append(this._ptr(), cellsArg(o, 'Append'), BigInt(int64(pointOffset, 'Append'))), 'Append');
    }
    /** ReplaceCellAtId(i, ids | idlist) or (i, npts, ids): the same number of points. */
    ReplaceCellAtId(i, a, b) {
      argc(arguments.length, 2, 3, 'ReplaceCellAtId');
      const p = this._ptr(), c = int64(i, 'ReplaceCellAtId');
      const npts = arguments.length === 3 ? Number(int64(a, 'ReplaceCellAtId')) : -1;
      withIds(arguments.length === 3 ? b : a, 'ReplaceCellAtId', (s, n) => {
        if (npts > n) throw new RangeError(`ReplaceCellAtId: npts ${npts} but only ${n} ids`);
        ctx.done(M._vb_cell_array_replace_cell_at_id(p, c, BigInt(npts < 0 ? n : npts), s), 'ReplaceCellAtId');
      });
    }
    ReverseCellAtId(i) { argc(arguments.length, 1, 1, 'ReverseCellAtId'); ctx.done(M._vb_cell_array_reverse_cell_at_id(this._ptr(), int64(i, 'ReverseCellAtId')), 'ReverseCellAtId'); }
    ReplaceCellPointAtId(i, k, id) {
      argc(arguments.length, 3, 3, 'ReplaceCellPointAtId');
      ctx.done(M._vb_cell_array_replace_cell_point_at_id(this._ptr(), int64(i, 'ReplaceCellPointAtId'), int64(k, 'ReplaceCellPointAtId'), idList([id], 'ReplaceCellPointAtId')[0]), 'ReplaceCellPointAtId');
    }
    GetCellPointAtId(i, k) {
      argc(arguments.length, 2, 2, 'GetCellPointAtId');
      const p = this._ptr(), c = int64(i, 'GetCellPointAtId'), kk = int64(k, 'GetCellPointAtId');
      return withScratch(8, (s) => { ctx.done(M._vb_cell_array_get_cell_point_at_id(p, c, kk, s), 'GetCellPointAtId'); return Number(i64(s, 1)[0]); });
    }
    /** The legacy layout (n, ids..., n, ...) into an integer array. */
    ExportLegacyFormat(arr) { argc(arguments.length, 1, 1, 'ExportLegacyFormat'); ctx.done(M._vb_cell_array_export_legacy_format(this._ptr(), arrayArg(arr, 'ExportLegacyFormat')), 'ExportLegacyFormat'); }
    /** ImportLegacyFormat(idArray | ids[, len]): these cells replace the current ones. */
    ImportLegacyFormat(data, len) { this._legacy(data, len, 0n, false, 'ImportLegacyFormat', arguments.length); }
    /** AppendLegacyFormat(idArray | ids, ptOffset = 0). */
    AppendLegacyFormat(data, ptOffset = 0) { this._legacy(data, undefined, BigInt(int64(ptOffset, 'AppendLegacyFormat')), true, 'AppendLegacyFormat', arguments.length); }
    _legacy(data, len, off, append, what, n) {
      argc(n, 1, 2, what);
      const p = this._ptr();
      const ids = data instanceof ctx.vtkDataArray ? Array.from({ length: data.GetNumberOfValues() }, (_, k) => data.GetValue(k)) : data;
      withIds(ids, what, (s, k) => {
        const m = len === undefined ? k : Number(int64(len, what));
        if (m > k) throw new RangeError(`${what}: len ${m} but ${k} values`);
        ctx.done(append ? M._vb_cell_array_append_legacy_format(p, BigInt(m), s, off) : M._vb_cell_array_import_legacy_format(p, BigInt(m), s), what);
      });
    }
    IsStorage64Bit() { return M._vb_cell_array_is_storage_64bit(this._ptr()) === 1; }
    IsStorage32Bit() { return M._vb_cell_array_is_storage_32bit(this._ptr()) === 1; }
    /** VTK's StorageTypes: Int64 0, Int32 1, Generic 4 (other integer arrays given to SetData). */
    GetStorageType() { return this.IsStorage64Bit() ? 0 : this.IsStorage32Bit() ? 1 : 4; }
    Use32BitStorage() { ctx.done(M._vb_cell_array_use_storage(this._ptr(), 32), 'Use32BitStorage'); }
    Use64BitStorage() { ctx.done(M._vb_cell_array_use_storage(this._ptr(), 64), 'Use64BitStorage'); }
    CanConvertTo32BitStorage() { return M._vb_cell_array_can_convert_to_32bit(this._ptr()) === 1; }
    /** false (nothing changed) when an id or offset does not fit 32 bits. */
    _convert(bits) { const r = M._vb_cell_array_convert_to_storage(this._ptr(), bits); ctx.done(r, 'ConvertStorage'); return r === 1; }
    static GetDefaultStorageIs64Bit() { return true; }
  }
  // the storage aliases and the width-checked array getters (null unless the storage has that width, as VTK)
  const P = vtkCellArray.prototype, def = (n, f) => Object.defineProperty(P, n, { configurable: true, writable: true, value: f });
  def('UseDefaultStorage', function () { this.Use64BitStorage(); });
  for (const n of ['CanConvertTo64BitStorage', 'CanConvertToDefaultStorage']) def(n, () => true);
  for (const [n, bits] of [['ConvertTo32BitStorage', 32], ['ConvertTo64BitStorage', 64], ['ConvertToDefaultStorage', 64]]) def(n, function () { return this._convert(bits); });
  def('ConvertToSmallestStorage', function () { return this._convert(this.CanConvertTo32BitStorage() ? 32 : 64); });
  for (const w of [32, 64]) {
    for (const [what, get] of [['Offsets', 'GetOffsetsArray'], ['Connectivity', 'GetConnectivityArray']]) {
      const f = function () { return (w === 32 ? this.IsStorage32Bit() : this.IsStorage64Bit()) ? this[get]() : null; };
      def(`Get${what}Array${w}`, f);
      def(`Get${what}AOSArray${w}`, f);
    }
  }
  return { vtkCellArray };
}

// vtkStructuredGrid (a point set on an extent, with blanking) and vtkTable (columns in
// its row data), over src/vb_structured_grid.h and src/vb_table.h; what every data
// set / data object has is on their bases (dataset.mjs). GetDimensions(out) and
// GetCellDims(out) also return the values without out; GetPoint(i, j, k, out,
// adjustForExtent = true) is the ijk form of GetPoint. vtkTable's values are numbers
// (null: no such row or column), or arrays of numbers for multi-component columns (JS
// has no vtkVariant: SetValue writes through double, as SetComponent / SetTuple).
import { argc, describe, heapView, int32, int64 } from './common.mjs';

const INT_MIN = -0x80000000;

export function defineGrids(ctx, { vtkPointSet, vtkDataObject, vtkDataSetAttributes }) {
  const { M } = ctx;
  const int = (v, what) => int32(v, what, INT_MIN);
  const ints = (args, k, what) => {
    const a = args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ? Array.from(args[0]) : Array.from(args);
    if (a.length !== k) throw new TypeError(`${what}: expected ${k} integers or an array of ${k}, got ${a.length}`);
    return a.map((v) => int(v, what));
  };
  const intsIO = (k, call, what, out) => {
    const v = ctx.withScratch(4 * k, (s) => { call(s); return Array.from(heapView(ctx.memory, Int32Array, s, k)); });
    return out === undefined ? v : ctx.fillOut(out, v, what);
  };

  // VTK Initialize(): the structure, points and attributes dropped (the generic core call)
  const initialize = (o) => ctx.done(M._vb_data_object_initialize(o._ptr()), 'Initialize');

  class vtkStructuredGrid extends vtkPointSet {
    static _make() { return M._vb_structured_grid_new(); }
    Initialize() { initialize(this); }
    SetExtent(...e) {
      const v = ints(e, 6, 'SetExtent'), p = this._ptr();
      ctx.withScratch(24, (s) => { heapView(ctx.memory, Int32Array, s, 6).set(v); ctx.done(M._vb_structured_grid_set_extent(p, s), 'SetExtent'); });
    }
    GetExtent() { const p = this._ptr(); return intsIO(6, (s) => M._vb_structured_grid_get_extent(p, s), 'GetExtent'); }
    SetDimensions(...d) { this.SetExtent(...ints(d, 3, 'SetDimensions').flatMap((n) => [0, n === INT_MIN ? n : n - 1])); }
    GetDimensions(out) { const p = this._ptr(); return intsIO(3, (s) => M._vb_structured_grid_get_dimensions(p, s), 'GetDimensions', out); }
    GetCellDims(out) { const c = this.GetDimensions().map((n) => (n - 1 < 1 ? 1 : n - 1)); return out === undefined ? c : ctx.fillOut(out, c, 'GetCellDims'); }
    GetDataDimension() { return M._vb_structured_grid_get_data_dimension(this._ptr()); }
    GetDataDescription() { return M._vb_structured_grid_get_data_description(this._ptr()); }
    GetMaxSpatialDimension() { return this.GetDataDimension(); }
    GetMinSpatialDimension() { return this.GetDataDimension(); }
    /** GetPoint(id[, out]) as every data set, or GetPoint(i, j, k, out[, adjustForExtent]):
     *  out untouched (and returned) when (i, j, k) is outside the extent, as VTK. */
    GetPoint(...a) {
      if (a.length < 4) return super.GetPoint(...a);
      argc(a.length, 4, 5, 'GetPoint');
      const ijk = ints(a.slice(0, 3), 3, 'GetPoint'), p = this._ptr(), adj = a.length === 5 ? (a[4] ? 1 : 0) : 1;
      return ctx.withScratch(40, (s) => {
        heapView(ctx.memory, Int32Array, s, 3).set(ijk);
        const r = M._vb_structured_grid_get_point_ijk(p, s, adj, s + 16);
        ctx.done(r, 'GetPoint');
        return r === 0 ? a[3] : ctx.fillOut(a[3], Array.from(heapView(ctx.memory, Float64Array, s + 16, 3)), 'GetPoint');
      });
    }
    _blank(type, id, on, what) { ctx.done(M._vb_structured_grid_set_blank(this._ptr(), type, int64(id, what), on), what); }
    BlankPoint(id) { this._blank(0, id, 1, 'BlankPoint'); }
    UnBlankPoint(id) { this._blank(0, id, 0, 'UnBlankPoint'); }
    BlankCell(id) { this._blank(1, id, 1, 'BlankCell'); }
    UnBlankCell(id) { this._blank(1, id, 0, 'UnBlankCell'); }
    _visible(type, id, what) { const r = M._vb_structured_grid_is_visible(this._ptr(), type, int64(id, what)); ctx.done(r, what); return r; }
    IsPointVisible(id) { return this._visible(0, id, 'IsPointVisible'); }
    IsCellVisible(id) { return this._visible(1, id, 'IsCellVisible'); }
    HasAnyBlankPoints() { return M._vb_structured_grid_has_any_blank(this._ptr(), 0) === 1; }
    HasAnyBlankCells() { return M._vb_structured_grid_has_any_blank(this._ptr(), 1) === 1; }
  }

  class vtkTable extends vtkDataObject {
    static _make() { return M._vb_table_new(); }
    Initialize() { initialize(this); }
    GetRowData() { return this.GetAttributes(vtkDataObject.ROW); }
    SetRowData(rd) {
      argc(arguments.length, 1, 1, 'SetRowData');
      if (!(rd instanceof vtkDataSetAttributes)) throw new TypeError(`SetRowData: expected a vtkDataSetAttributes, got ${describe(rd)}`);
      ctx.done(M._vb_table_set_row_data(this._ptr(), rd._ptr()), 'SetRowData');
    }
    GetNumberOfRows() { return Number(M._vb_table_get_number_of_rows(this._ptr())); }
    SetNumberOfRows(n) { argc(arguments.length, 1, 1, 'SetNumberOfRows'); ctx.done(M._vb_table_set_number_of_rows(this._ptr(), int64(n, 'SetNumberOfRows')), 'SetNumberOfRows'); }
    SqueezeRows() { this.GetRowData().Squeeze(); }
    GetNumberOfColumns() { return M._vb_table_get_number_of_columns(this._ptr()); }
    /** Not added (as VTK) when its tuples differ from the rows of a table with columns. */
    AddColumn(a) { this.InsertColumn(a, this.GetNumberOfColumns()); }
    InsertColumn(a, index) {
      argc(arguments.length, 2, 2, 'InsertColumn');
      if (!Number.isInteger(index)) throw new TypeError(`InsertColumn: expected an integer index, got ${describe(index)}`);
      ctx.done(M._vb_table_insert_column(this._ptr(), ctx.arrayArg(a, 'InsertColumn'), BigInt(Math.max(0, index))), 'InsertColumn'); // VTK clamps
    }
    RemoveColumn(c) { ctx.done(M._vb_table_remove_column(this._ptr(), int64(c, 'RemoveColumn')), 'RemoveColumn'); }
    RemoveColumnByName(name) { this.GetRowData().RemoveArray(name); }
    RemoveAllColumns() { while (this.GetNumberOfColumns() > 0) this.RemoveColumn(0); }
    GetColumn(c) { return ctx.wrapArray(M._vb_table_get_column(this._ptr(), int64(c, 'GetColumn'))); }
    GetColumnByName(name) { return this.GetRowData().GetArray(name); }
    GetColumnName(c) { const a = this.GetColumn(c); return a ? a.GetName() : null; }
    GetColumnIndex(name) {
      for (let i = 0; i < this.GetNumberOfColumns(); i++) if (this.GetColumnName(i) === name) return i;
      return -1;
    }
    _rows(f, row, n, what) {
      if (!Number.isInteger(row) || !Number.isInteger(n)) throw new TypeError(`${what}: expected integers, got ${describe(row)}, ${describe(n)}`);
      ctx.done(f(this._ptr(), BigInt(row), BigInt(n)), what);
    }
    /** VTK InsertRows: row clamped to [0, rows], later rows move down (the new rows keep old values). */
    InsertRow(row) { argc(arguments.length, 1, 1, 'InsertRow'); this._rows(M._vb_table_insert_rows, row, 1, 'InsertRow'); }
    InsertRows(row, n) { argc(arguments.length, 2, 2, 'InsertRows'); this._rows(M._vb_table_insert_rows, row, n, 'InsertRows'); }
    RemoveRow(row) { argc(arguments.length, 1, 1, 'RemoveRow'); this._rows(M._vb_table_remove_rows, row, 1, 'RemoveRow'); }
    RemoveRows(row, n) { argc(arguments.length, 2, 2, 'RemoveRows'); this._rows(M._vb_table_remove_rows, row, n, 'RemoveRows'); }
    RemoveAllRows() { ctx.done(M._vb_table_remove_all_rows(this._ptr()), 'RemoveAllRows'); }
    /** A row of `def` (through double) appended to every column; its index. */
    InsertNextBlankRow(def = 0) {
      if (typeof def !== 'number') throw new TypeError(`InsertNextBlankRow: expected a number, got ${describe(def)}`);
      const r = M._vb_table_insert_next_blank_row(this._ptr(), def);
      ctx.done(Number(r < 0 ? r : 0), 'InsertNextBlankRow');
      return Number(r);
    }
    /** A number (1-component column), a tuple (wider column), or null for a row or
     *  column not found (RangeError for a negative row), as vtkTable::GetValue. */
    GetValue(row, col) {
      argc(arguments.length, 2, 2, 'GetValue');
      const a = this.GetColumn(col), r = int64(row, 'GetValue');
      if (!a || r >= BigInt(a.GetNumberOfTuples())) return null;
      return a.GetNumberOfComponents() === 1 ? a.GetValue(Number(r)) : a.GetTuple(Number(r));
    }
    GetValueByName(row, name) { const c = this.GetColumnIndex(name); return c < 0 ? null : this.GetValue(row, c); }
    /** A number into a 1-component column, a tuple (an Array) into a wider one, through
     *  double as SetComponent / SetTuple (JS has no vtkVariant); a column not found: nothing. */
    SetValue(row, col, value) {
      argc(arguments.length, 3, 3, 'SetValue');
      const a = this.GetColumn(col), r = Number(int64(row, 'SetValue'));
      if (!a) return;
      if (a.GetNumberOfComponents() === 1 && typeof value === 'number') a.SetComponent(r, 0, value);
      else if (Array.isArray(value) && value.length === a.GetNumberOfComponents()) a.SetTuple(r, value);
      else throw new TypeError(`SetValue: expected ${a.GetNumberOfComponents() === 1 ? 'a number' : `an Array of ${a.GetNumberOfComponents()} numbers`}, got ${describe(value)}`);
    }
    SetValueByName(row, name, value) { const c = this.GetColumnIndex(name); if (c >= 0) this.SetValue(row, c, value); }
  }
  return { vtkStructuredGrid, vtkTable };
}

// vtkDataObject (field data only), vtkDataSet and vtkPointSet (abstract): the bases
// of every data set, over src/vb_data_object.h and src/vb_data_set.h, chained as VTK
// 9.7.1's classes. VTK's output-argument forms are taken too: GetBounds(out),
// GetCenter(out), GetScalarRange(out), GetPoint(id, out) fill and return out;
// GetCellPoints(id, idlist) / GetPointCells(id, idlist) fill a vtkIdList or an
// Array (and return it), GetCellPoints(id) returns the ids.
import { argc, describe, heapView, int32, int64 } from './common.mjs';

const INT_MIN = -0x80000000;

export function defineDataSet(ctx, { vtkPoints, vtkFieldData }) {
  const { M, INTERNAL, vtkDataObjectBase, doublesOut, idsOut, wrap } = ctx;
  const wrapFD = (p) => ctx.wrapFieldData(p, ctx.attributeClasses);
  const int = (v, what) => int32(v, what, INT_MIN);

  class vtkDataObject extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, new.target.name);
      if (new.target === vtkDataSet || new.target === vtkPointSet) throw new TypeError(`${new.target.name} is abstract: use vtkPolyData`);
      super([], () => new.target._make());
    }
    static _make() { return M._vb_data_object_new(); }
    /** The field data (null after SetFieldData(null), as VTK). */
    GetFieldData() { return wrapFD(M._vb_data_object_get_field_data(this._ptr())); }
    SetFieldData(fd) {
      argc(arguments.length, 1, 1, 'SetFieldData');
      if (fd !== null && !(fd instanceof vtkFieldData)) throw new TypeError(`SetFieldData: expected a vtkFieldData or null, got ${describe(fd)}`);
      ctx.done(M._vb_data_object_set_field_data(this._ptr(), fd === null ? 0 : fd._ptr()), 'SetFieldData');
    }
    /** VTK_POLY_DATA (0), VTK_DATA_OBJECT (7). */
    GetDataObjectType() { return M._vb_data_object_get_data_object_type(this._ptr()); }
    GetActualMemorySize() { return Number(M._vb_data_object_get_actual_memory_size(this._ptr())); }
    /** Point (0) or cell (1) data of a data set, else null. */
    GetAttributes(t) { argc(arguments.length, 1, 1, 'GetAttributes'); return wrapFD(M._vb_data_object_get_attributes(this._ptr(), int(t, 'GetAttributes'))); }
    GetAttributesAsFieldData(t) { argc(arguments.length, 1, 1, 'GetAttributesAsFieldData'); return wrapFD(M._vb_data_object_get_attributes_as_field_data(this._ptr(), int(t, 'GetAttributesAsFieldData'))); }
    GetNumberOfElements(t) { argc(arguments.length, 1, 1, 'GetNumberOfElements'); return Number(M._vb_data_object_get_number_of_elements(this._ptr(), int(t, 'GetNumberOfElements'))); }
    /** Empty the field data (vtkPolyData: also no points, no cells). */
    Initialize() { const f = M._vb_data_object_get_field_data(this._ptr()); if (f) ctx.done(M._vb_field_data_initialize(f), 'Initialize'); }
    DeepCopy(o) { this._copy(o, 'DeepCopy', (d, s) => M._vb_data_object_deep_copy(d, s)); }
    ShallowCopy(o) { this._copy(o, 'ShallowCopy', (d, s) => M._vb_data_object_shallow_copy(d, s)); }
    _copy(o, what, f) {
      if (!(o instanceof vtkDataObject)) throw new TypeError(`${what}: expected a vtkDataObject, got ${describe(o)}`);
      ctx.done(f(this._ptr(), o._ptr()), what);
    }
  }
  Object.assign(vtkDataObject, {
    POINT: 0, CELL: 1, FIELD: 2, POINT_THEN_CELL: 3, VERTEX: 4, EDGE: 5, ROW: 6, NUMBER_OF_ATTRIBUTE_TYPES: 7,
    FIELD_ASSOCIATION_POINTS: 0, FIELD_ASSOCIATION_CELLS: 1, FIELD_ASSOCIATION_NONE: 2,
    FIELD_ASSOCIATION_POINTS_THEN_CELLS: 3, FIELD_ASSOCIATION_VERTICES: 4, FIELD_ASSOCIATION_EDGES: 5,
    FIELD_ASSOCIATION_ROWS: 6, NUMBER_OF_ASSOCIATIONS: 7,
  });

  class vtkDataSet extends vtkDataObject {
    GetPointData() { return wrapFD(M._vb_data_set_get_point_data(this._ptr())); }
    GetCellData() { return wrapFD(M._vb_data_set_get_cell_data(this._ptr())); }
    GetNumberOfPoints() { return Number(M._vb_data_set_get_number_of_points(this._ptr())); }
    GetNumberOfCells() { return Number(M._vb_data_set_get_number_of_cells(this._ptr())); }
    /** [x, y, z] of point i (RangeError for a bad id); GetPoint(i, out) fills out. */
    GetPoint(i, out) {
      argc(arguments.length, 1, 2, 'GetPoint');
      const p = this._ptr(), id = int64(i, 'GetPoint');
      return doublesOut(3, (s) => M._vb_data_set_get_point(p, id, s), 'GetPoint', out);
    }
    GetBounds(out) { const p = this._ptr(); return doublesOut(6, (s) => M._vb_data_object_get_bounds(p, s), 'GetBounds', out); }
    ComputeBounds() { this.GetBounds(); }
    /** The middle of the bounds (VTK GetCenter). */
    GetCenter(out) {
      const b = this.GetBounds(), c = [0, 1, 2].map((i) => (b[2 * i + 1] + b[2 * i]) / 2);
      return out === undefined ? c : ctx.fillOut(out, c, 'GetCenter');
    }
    GetScalarRange(out) { const p = this._ptr(); return doublesOut(2, (s) => M._vb_data_object_get_scalar_range(p, s), 'GetScalarRange', out); }
    GetLength2() { const p = this._ptr(); return doublesOut(1, (s) => M._vb_data_object_get_length2(p, s), 'GetLength2')[0]; }
    GetLength() { return Math.sqrt(this.GetLength2()); }
    /** VTK cell type of cell i (VTK_EMPTY_CELL 0 once deleted; RangeError for a bad id). */
    GetCellType(i) {
      argc(arguments.length, 1, 1, 'GetCellType');
      const r = M._vb_data_set_get_cell_type(this._ptr(), int64(i, 'GetCellType'));
      ctx.done(r, 'GetCellType');
      return r;
    }
    GetCellSize(i) {
      argc(arguments.length, 1, 1, 'GetCellSize');
      const n = Number(M._vb_data_set_get_cell_size(this._ptr(), int64(i, 'GetCellSize')));
      ctx.done(n < 0 ? n : 0, 'GetCellSize');
      return n;
    }
    /** The point ids of cell i; GetCellPoints(i, idlist) fills a vtkIdList or Array. */
    GetCellPoints(i, out) {
      argc(arguments.length, 1, 2, 'GetCellPoints');
      const p = this._ptr(), c = int64(i, 'GetCellPoints'), l = M._vb_id_list_new();
      if (!l) ctx.fail(M._vb_last_status(), 'GetCellPoints');
      let ids;
      try {
        ctx.done(Math.min(M._vb_data_set_get_cell_points(p, c, l), 0), 'GetCellPoints');
        const n = Number(M._vb_id_list_get_number_of_ids(l));
        ids = n ? Array.from(heapView(ctx.memory, BigInt64Array, M._vb_id_list_data(l), n), Number) : [];
      } finally {
        M._vb_object_release(l);
      }
      return out === undefined ? ids : idsOut(out, ids, 'GetCellPoints');
    }
    /** The cells using point i (numbered as VTK's links); GetPointCells(i, idlist) fills it. */
    GetPointCells(i, out) {
      argc(arguments.length, 1, 2, 'GetPointCells');
      const p = this._ptr(), pt = int64(i, 'GetPointCells');
      const n = ctx.withScratch(8, (s) => { ctx.done(M._vb_polydata_get_point_cells(p, pt, 0, 0n, s), 'GetPointCells'); return Number(ctx.i64(s, 1)[0]); });
      const ids = ctx.withScratch(8 * (n + 1), (s) => {
        ctx.done(M._vb_polydata_get_point_cells(p, pt, s + 8, BigInt(n), s), 'GetPointCells');
        return Array.from(ctx.i64(s + 8, n), Number);
      });
      return out === undefined ? ids : idsOut(out, ids, 'GetPointCells');
    }
    GetMaxCellSize() { return Number(M._vb_data_set_get_max_cell_size(this._ptr())); }
    /** Share the other's structure (points, cells, ...); same class. */
    CopyStructure(o) {
      argc(arguments.length, 1, 1, 'CopyStructure');
      if (!(o instanceof vtkDataSet)) throw new TypeError(`CopyStructure: expected a vtkDataSet, got ${describe(o)}`);
      ctx.done(M._vb_data_set_copy_structure(this._ptr(), o._ptr()), 'CopyStructure');
    }
    Squeeze() { ctx.done(M._vb_polydata_squeeze(this._ptr()), 'Squeeze'); }
    // DUPLICATEPOINT / DUPLICATECELL (1) set in the point / cell ghost array
    HasAnyGhostPoints() { return this.GetPointData().HasAnyGhostBitSet(1); }
    HasAnyGhostCells() { return this.GetCellData().HasAnyGhostBitSet(1); }
    HasAnyBlankPoints() { return false; } // only structured data sets blank (VTK)
    HasAnyBlankCells() { return false; }
    GetPointGhostArray() { return this.GetPointData().GetGhostArray(); }
    GetCellGhostArray() { return this.GetCellData().GetGhostArray(); }
    /** GetCellBounds(i, out): fills out with the bounds of cell i's points (returns it). */
    GetCellBounds(i, out) {
      argc(arguments.length, 1, 2, 'GetCellBounds');
      const p = this._ptr(), c = int64(i, 'GetCellBounds');
      return doublesOut(6, (s) => M._vb_polydata_get_cell_bounds(p, c, s), 'GetCellBounds', out);
    }
    GetMaxSpatialDimension() { return this._dims()[1]; }
    GetMinSpatialDimension() { return this._dims()[0]; }
    _dims() {
      const p = this._ptr();
      return ctx.withScratch(8, (s) => { ctx.done(M._vb_polydata_get_spatial_dimensions(p, s, s + 4), 'GetSpatialDimension'); return Array.from(heapView(ctx.memory, Int32Array, s, 2)); });
    }
    AllocatePointGhostArray() { ctx.done(M._vb_data_object_allocate_ghost_array(this._ptr(), 0), 'AllocatePointGhostArray'); }
    AllocateCellGhostArray() { ctx.done(M._vb_data_object_allocate_ghost_array(this._ptr(), 1), 'AllocateCellGhostArray'); }
    GetPoints() { return wrap(vtkPoints, M._vb_point_set_get_points(this._ptr())); }
    GetGhostArray(t) { const a = this.GetAttributes(t); return a ? a.GetGhostArray() : null; }
  }

  class vtkPointSet extends vtkDataSet {
    /** The points (null until set, as VTK's None). */
    GetPoints() { return wrap(vtkPoints, M._vb_point_set_get_points(this._ptr())); }
    /** Use pts (shared); null removes the points. */
    SetPoints(pts) {
      argc(arguments.length, 1, 1, 'SetPoints');
      if (pts !== null && !(pts instanceof vtkPoints)) throw new TypeError(`SetPoints: expected a vtkPoints or null, got ${describe(pts)}`);
      ctx.done(M._vb_point_set_set_points(this._ptr(), pts === null ? 0 : pts._ptr()), 'SetPoints');
    }
  }
  return { vtkDataObject, vtkDataSet, vtkPointSet };
}

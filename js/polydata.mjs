// vtkPolyData: points, four cell arrays (verts, lines, polys, strips) and point/cell
// attributes; what every data set has is on its bases (dataset.mjs).
import { argc, describe, int32, int64 } from './common.mjs';

export function definePolyData(ctx, { vtkCellArray, vtkPointSet }) {
  const { M, withIds, wrap, status64 } = ctx;

  class vtkPolyData extends vtkPointSet {
    static _make() { return M._vb_polydata_new(); }
    GetNumberOfVerts() { return Number(M._vb_polydata_get_number_of_verts(this._ptr())); }
    GetNumberOfLines() { return Number(M._vb_polydata_get_number_of_lines(this._ptr())); }
    GetNumberOfPolys() { return Number(M._vb_polydata_get_number_of_polys(this._ptr())); }
    GetNumberOfStrips() { return Number(M._vb_polydata_get_number_of_strips(this._ptr())); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_polydata_initialize(this._ptr()), 'Initialize'); }
    /** InsertNextCell(type, npts, ids) or InsertNextCell(type, ids | idlist) -> the new cell id. */
    InsertNextCell(type, a, b) {
      argc(arguments.length, 2, 3, 'InsertNextCell');
      const p = this._ptr(), t = int32(type, 'InsertNextCell');
      const npts = arguments.length === 3 ? Number(int64(a, 'InsertNextCell(npts)')) : -1;
      return withIds(arguments.length === 3 ? b : a, 'InsertNextCell', (s, n) => {
        if (npts > n) throw new RangeError(`InsertNextCell: npts ${npts} but only ${n} ids`);
        const r = M._vb_polydata_insert_next_cell(p, t, BigInt(npts < 0 ? n : npts), s);
        ctx.done(status64(r), 'InsertNextCell');
        return Number(r);
      });
    }
    /** Allocate(numCells = 1000): four empty cell arrays with that room. */
    Allocate(ncells = 1000) { const n = int64(ncells, 'Allocate'); ctx.done(M._vb_polydata_allocate_exact(this._ptr(), n, n), 'Allocate'); }
    AllocateExact(ncells, connSize) {
      argc(arguments.length, 2, 2, 'AllocateExact');
      ctx.done(M._vb_polydata_allocate_exact(this._ptr(), int64(ncells, 'AllocateExact'), int64(connSize, 'AllocateExact')), 'AllocateExact');
      return true;
    }
    AllocateEstimate(ncells, maxCellSize) {
      argc(arguments.length, 2, 2, 'AllocateEstimate');
      ctx.done(M._vb_polydata_allocate_estimate(this._ptr(), int64(ncells, 'AllocateEstimate'), int64(maxCellSize, 'AllocateEstimate')), 'AllocateEstimate');
      return true;
    }
    BuildCells() { ctx.done(M._vb_polydata_build_cells(this._ptr()), 'BuildCells'); }
    BuildLinks() { ctx.done(M._vb_polydata_build_links(this._ptr()), 'BuildLinks'); }
    DeleteCells() { ctx.done(M._vb_polydata_build_cells(this._ptr()), 'DeleteCells'); }
    /** Mark cell i deleted (GetCellType: VTK_EMPTY_CELL) until RemoveDeletedCells. */
    DeleteCell(i) { argc(arguments.length, 1, 1, 'DeleteCell'); ctx.done(M._vb_polydata_delete_cell(this._ptr(), int64(i, 'DeleteCell')), 'DeleteCell'); }
    RemoveDeletedCells() { ctx.done(M._vb_polydata_remove_deleted_cells(this._ptr()), 'RemoveDeletedCells'); }
    /** ReplaceCell(i, npts, ids) or ReplaceCell(i, ids | idlist): same number of points. */
    ReplaceCell(i, a, b) {
      argc(arguments.length, 2, 3, 'ReplaceCell');
      const p = this._ptr(), c = int64(i, 'ReplaceCell');
      const npts = arguments.length === 3 ? Number(int64(a, 'ReplaceCell(npts)')) : -1;
      withIds(arguments.length === 3 ? b : a, 'ReplaceCell', (s, n) => {
        if (npts > n) throw new RangeError(`ReplaceCell: npts ${npts} but only ${n} ids`);
        ctx.done(M._vb_polydata_replace_cell(p, c, BigInt(npts < 0 ? n : npts), s), 'ReplaceCell');
      });
    }
    ReverseCell(i) { argc(arguments.length, 1, 1, 'ReverseCell'); ctx.done(M._vb_polydata_reverse_cell(this._ptr(), int64(i, 'ReverseCell')), 'ReverseCell'); }
    /** 1 when cell c uses point p, else 0 (RangeError for a bad cell). */
    IsPointUsedByCell(p, c) {
      argc(arguments.length, 2, 2, 'IsPointUsedByCell');
      const r = M._vb_polydata_is_point_used_by_cell(this._ptr(), int64(p, 'IsPointUsedByCell'), int64(c, 'IsPointUsedByCell'));
      ctx.done(r < 0 ? r : 0, 'IsPointUsedByCell');
      return r;
    }
    /** The first oldId of cell c becomes newId. */
    ReplaceCellPoint(c, oldId, newId) {
      argc(arguments.length, 3, 3, 'ReplaceCellPoint');
      ctx.done(M._vb_polydata_replace_cell_point(this._ptr(), int64(c, 'ReplaceCellPoint'), int64(oldId, 'ReplaceCellPoint'), int64(newId, 'ReplaceCellPoint')), 'ReplaceCellPoint');
    }
    /** Bounds of the points the cells use; GetCellsBounds(out) fills out. */
    GetCellsBounds(out) { const p = this._ptr(); return ctx.doublesOut(6, (s) => M._vb_polydata_get_cells_bounds(p, s), 'GetCellsBounds', out); }
    ComputeCellsBounds() { this.GetCellsBounds(); }
    /** No cells, no points, storage kept. */
    Reset() { ctx.done(M._vb_polydata_reset(this._ptr()), 'Reset'); }
  }
  // GetVerts/SetVerts, Lines, Polys, Strips (getters never return null; setting null
  // installs an empty one). Core functions named literally (tests/js/exports.test.mjs).
  const cells = {
    Verts: [(p) => M._vb_polydata_get_verts(p), (p, c) => M._vb_polydata_set_verts(p, c)],
    Lines: [(p) => M._vb_polydata_get_lines(p), (p, c) => M._vb_polydata_set_lines(p, c)],
    Polys: [(p) => M._vb_polydata_get_polys(p), (p, c) => M._vb_polydata_set_polys(p, c)],
    Strips: [(p) => M._vb_polydata_get_strips(p), (p, c) => M._vb_polydata_set_strips(p, c)],
  };
  for (const [name, [getter, setter]] of Object.entries(cells)) {
    Object.defineProperties(vtkPolyData.prototype, {
      [`Get${name}`]: { configurable: true, writable: true, value: function () {
        argc(arguments.length, 0, 0, `Get${name}`);
        return wrap(vtkCellArray, getter(this._ptr()));
      } },
      [`Set${name}`]: { configurable: true, writable: true, value: function (ca) {
        argc(arguments.length, 1, 1, `Set${name}`);
        const p = this._ptr();
        if (ca !== null && !(ca instanceof vtkCellArray)) throw new TypeError(`Set${name}: expected a vtkCellArray or null, got ${describe(ca)}`);
        ctx.done(setter(p, ca === null ? 0 : ca._ptr()), `Set${name}`);
      } },
    });
  }
  return { vtkPolyData };
}

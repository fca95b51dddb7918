// vtkPolyData: points, four cell arrays (verts, lines, polys, strips) and point/cell
// attributes.
import { argc, describe, int64 } from './common.mjs';

export function definePolyData(ctx, { vtkPoints, vtkCellArray, vtkDataSetAttributes }) {
  const { M, INTERNAL, vtkDataObjectBase, withScratch, f64, wrap } = ctx;

  class vtkPolyData extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkPolyData');
      super([], () => M._vb_polydata_new());
    }
    /** The points (null until set, as VTK's None). */
    GetPoints() { argc(arguments.length, 0, 0, 'GetPoints'); return wrap(vtkPoints, M._vb_polydata_get_points(this._ptr())); }
    /** Use pts (shared); null removes the points. */
    SetPoints(pts) {
      argc(arguments.length, 1, 1, 'SetPoints');
      const p = this._ptr();
      if (pts !== null && !(pts instanceof vtkPoints)) throw new TypeError(`SetPoints: expected a vtkPoints or null, got ${describe(pts)}`);
      ctx.done(M._vb_polydata_set_points(p, pts === null ? 0 : pts._ptr()), 'SetPoints');
    }
    GetPointData() { return wrap(vtkDataSetAttributes, M._vb_polydata_get_point_data(this._ptr())); }
    GetCellData() { return wrap(vtkDataSetAttributes, M._vb_polydata_get_cell_data(this._ptr())); }
    GetNumberOfPoints() { return Number(M._vb_polydata_get_number_of_points(this._ptr())); }
    GetNumberOfCells() { return Number(M._vb_polydata_get_number_of_cells(this._ptr())); }
    GetNumberOfVerts() { return Number(M._vb_polydata_get_number_of_verts(this._ptr())); }
    GetNumberOfLines() { return Number(M._vb_polydata_get_number_of_lines(this._ptr())); }
    GetNumberOfPolys() { return Number(M._vb_polydata_get_number_of_polys(this._ptr())); }
    GetNumberOfStrips() { return Number(M._vb_polydata_get_number_of_strips(this._ptr())); }
    /** [x, y, z] of point i (Error without points, RangeError for a bad id). */
    GetPoint(i) {
      argc(arguments.length, 1, 1, 'GetPoint');
      const p = this._ptr();
      const id = int64(i, 'GetPoint');
      return withScratch(24, (s) => { ctx.done(M._vb_polydata_get_point(p, id, s), 'GetPoint'); return Array.from(f64(s, 3)); });
    }
    GetBounds() {
      argc(arguments.length, 0, 0, 'GetBounds');
      const p = this._ptr();
      return withScratch(48, (s) => { ctx.done(M._vb_polydata_get_bounds(p, s), 'GetBounds'); return Array.from(f64(s, 6)); });
    }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_polydata_initialize(this._ptr()), 'Initialize'); }
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

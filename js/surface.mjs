// vtkGeometryFilter / vtkDataSetSurfaceFilter: the outer surface of a data set,
// computed by the core (src/vb_surface.h). No pipeline: SetInputData, Update, GetOutput.
import { argc, describe } from './common.mjs';

export function defineSurfaceFilters(ctx, { vtkPolyData, vtkDataObject }) {
  const { M, INTERNAL, vtkDataObjectBase, wrap } = ctx;
  const make = (name, kind) => {
    const C = class extends vtkDataObjectBase {
      constructor() {
        if (arguments[0] === INTERNAL) { super(arguments, null); return; }
        argc(arguments.length, 0, 0, name);
        super([], () => M._vb_surface_filter_new(kind));
      }
      /** The data set whose surface Update() extracts (null: none). */
      SetInputData(d) {
        argc(arguments.length, 1, 1, 'SetInputData');
        if (d !== null && !(d instanceof vtkDataObject)) throw new TypeError(`SetInputData: expected a data object, got ${describe(d)}`);
        ctx.done(M._vb_surface_filter_set_input(this._ptr(), d === null ? 0 : d._ptr()), 'SetInputData');
        this._input = d; // the wrapper, returned by GetInput
      }
      GetInput() { return this._input ?? null; }
      Update() { ctx.done(M._vb_surface_filter_update(this._ptr()), 'Update'); }
      /** The output polydata (the same object across updates). */
      GetOutput() { return wrap(vtkPolyData, M._vb_surface_filter_get_output(this._ptr())); }
      GetOriginalPointIdsName() { return 'vtkOriginalPointIds'; }
      GetOriginalCellIdsName() { return 'vtkOriginalCellIds'; }
    };
    Object.defineProperty(C, 'name', { value: name });
    ['PassThroughPointIds', 'PassThroughCellIds'].forEach((n, k) => {
      const P = C.prototype;
      P['Set' + n] = function (on) { argc(arguments.length, 1, 1, 'Set' + n); ctx.done(M._vb_surface_filter_set_pass_ids(this._ptr(), k, on ? 1 : 0), 'Set' + n); };
      P['Get' + n] = function () { return M._vb_surface_filter_get_pass_ids(this._ptr(), k); };
      P[n + 'On'] = function () { this['Set' + n](1); };
      P[n + 'Off'] = function () { this['Set' + n](0); };
    });
    return C;
  };
  return { vtkGeometryFilter: make('vtkGeometryFilter', 0), vtkDataSetSurfaceFilter: make('vtkDataSetSurfaceFilter', 1) };
}

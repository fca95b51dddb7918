// vtkImageData and vtkRectilinearGrid (src/vb_image_data.h, vb_rectilinear_grid.h):
// structured data sets whose points are computed; what every data set has is on
// vtkDataSet (dataset.mjs). GetPoints() is a vtkPoints over a vtkStructuredPointArray.
import { argc, describe, heapView, int32 } from './common.mjs';

const INT_MIN = -0x80000000;

export function defineImageData(ctx, { vtkDataSet, vtkPoints }) {
  const { M, withScratch, doublesOut, wrap, triple } = ctx;
  const ints = (args, n, what) => {
    const v = args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ? Array.from(args[0]) : args;
    if (v.length !== n) throw new TypeError(`${what}: expected ${n} integers, got ${v.length}`);
    return v.map((x) => int32(x, what, INT_MIN));
  };
  const withInts = (v, fn) => withScratch(4 * v.length, (s) => { heapView(ctx.memory, Int32Array, s, v.length).set(v); return fn(s); });
  const withDoubles = (v, what, fn) => {
    for (const x of v) if (typeof x !== 'number') throw new TypeError(`${what}: expected numbers, got ${describe(x)}`);
    return withScratch(8 * v.length, (s) => { heapView(ctx.memory, Float64Array, s, v.length).set(v); return fn(s); });
  };
  const intsOut = (n, call, what) => withScratch(4 * n, (s) => { ctx.done(call(s), what); return Array.from(heapView(ctx.memory, Int32Array, s, n)); });
  const numsArg = (args, n, what) => {
    const v = args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ? Array.from(args[0]) : args;
    if (v.length !== n) throw new TypeError(`${what}: expected ${n} numbers, got ${v.length}`);
    return v;
  };

  // the structured part both classes share, over their C functions (f)
  const structured = (f) => ({
    SetExtent(...e) { const p = this._ptr(); const v = ints(e, 6, 'SetExtent'); withInts(v, (s) => ctx.done(f.setExtent(p, s), 'SetExtent')); },
    GetExtent() { const p = this._ptr(); return intsOut(6, (s) => f.getExtent(p, s), 'GetExtent'); },
    SetDimensions(...d) { const [i, j, k] = ints(d, 3, 'SetDimensions'); ctx.done(f.setDimensions(this._ptr(), i, j, k), 'SetDimensions'); },
    GetDimensions() { const p = this._ptr(); return intsOut(3, (s) => f.getDimensions(p, s), 'GetDimensions'); },
    GetDataDimension() { return f.getDataDimension(this._ptr()); },
    ComputePointId(ijk) { argc(arguments.length, 1, 1, 'ComputePointId'); const p = this._ptr(); return Number(withInts(ints([ijk], 3, 'ComputePointId'), (s) => f.computePointId(p, s))); },
    ComputeCellId(ijk) { argc(arguments.length, 1, 1, 'ComputeCellId'); const p = this._ptr(); return Number(withInts(ints([ijk], 3, 'ComputeCellId'), (s) => f.computeCellId(p, s))); },
    GetPoints() {
      const pts = f.getPoints(this._ptr());
      if (!pts) ctx.fail(M._vb_last_status(), 'GetPoints');
      return wrap(vtkPoints, pts);
    },
  });

  class vtkImageData extends vtkDataSet {
    static _make() { return M._vb_image_data_new(); }
    SetSpacing(...v) { const p = this._ptr(); withDoubles(triple(v, 'SetSpacing'), 'SetSpacing', (s) => ctx.done(M._vb_image_data_set_spacing(p, s), 'SetSpacing')); }
    GetSpacing() { const p = this._ptr(); return doublesOut(3, (s) => M._vb_image_data_get_spacing(p, s), 'GetSpacing'); }
    SetOrigin(...v) { const p = this._ptr(); withDoubles(triple(v, 'SetOrigin'), 'SetOrigin', (s) => ctx.done(M._vb_image_data_set_origin(p, s), 'SetOrigin')); }
    GetOrigin() { const p = this._ptr(); return doublesOut(3, (s) => M._vb_image_data_get_origin(p, s), 'GetOrigin'); }
    /** 9 numbers, row-major (or one array of them). */
    SetDirectionMatrix(...m) {
      const p = this._ptr();
      withDoubles(numsArg(m, 9, 'SetDirectionMatrix'), 'SetDirectionMatrix', (s) => ctx.done(M._vb_image_data_set_direction_matrix(p, s), 'SetDirectionMatrix'));
    }
    /** The 9 elements, row-major (VTK: a vtkMatrix3x3). */
    GetDirectionMatrix() { const p = this._ptr(); return doublesOut(9, (s) => M._vb_image_data_get_direction_matrix(p, s), 'GetDirectionMatrix'); }
    FindPoint(...x) { const p = this._ptr(); return Number(withDoubles(triple(x, 'FindPoint'), 'FindPoint', (s) => M._vb_image_data_find_point(p, s))); }
    /** ComputeStructuredCoordinates(x, ijkOut, pcoordsOut) -> 1 inside, 0 outside. */
    ComputeStructuredCoordinates(x, ijk, pcoords) {
      argc(arguments.length, 3, 3, 'ComputeStructuredCoordinates');
      const p = this._ptr();
      return withScratch(24 + 24 + 12, (s) => {
        heapView(ctx.memory, Float64Array, s, 3).set(triple([x], 'ComputeStructuredCoordinates'));
        const r = M._vb_image_data_compute_structured_coordinates(p, s, s + 48, s + 24);
        ctx.done(r < 0 ? r : 0, 'ComputeStructuredCoordinates');
        ctx.fillOut(ijk, Array.from(heapView(ctx.memory, Int32Array, s + 48, 3)), 'ComputeStructuredCoordinates');
        ctx.fillOut(pcoords, Array.from(heapView(ctx.memory, Float64Array, s + 24, 3)), 'ComputeStructuredCoordinates');
        return r;
      });
    }
    TransformContinuousIndexToPhysicalPoint(...a) { return this.#transform(a, 'TransformContinuousIndexToPhysicalPoint', M._vb_image_data_transform_continuous_index_to_physical_point); }
    TransformIndexToPhysicalPoint(...a) { return this.#transform(a, 'TransformIndexToPhysicalPoint', M._vb_image_data_transform_continuous_index_to_physical_point); }
    TransformPhysicalPointToContinuousIndex(...a) { return this.#transform(a, 'TransformPhysicalPointToContinuousIndex', M._vb_image_data_transform_physical_point_to_continuous_index); }
    // (i, j, k[, out]) / ([i, j, k][, out]) -> the result (out filled when given)
    #transform(a, what, fn) {
      const out = a.length === 4 || (a.length === 2 && typeof a[1] === 'object') ? a.pop() : undefined;
      const v = triple(a, what), p = this._ptr();
      return withDoubles(v, what, (s) => doublesOut(3, (o) => fn(p, s, o), what, out));
    }
    // VTK's scalar helpers over the point scalars (outside the extent or without
    // scalars: -1 / 0 / nothing, as VTK answers after its error message)
    #scalarIndex(ijk) {
      const e = this.GetExtent(), s = this.GetPointData().GetScalars();
      const inside = s !== null && [0, 1, 2].every((c) => e[2 * c] <= ijk[c] && ijk[c] <= e[2 * c + 1]);
      const id = inside ? this.ComputePointId(ijk) : -1;
      return [id, s];
    }
    GetScalarIndex(...a) { const [id, s] = this.#scalarIndex(ints(a, 3, 'GetScalarIndex')); s?.delete(); return id; }
    GetScalarComponentAsDouble(i, j, k, c) {
      argc(arguments.length, 4, 4, 'GetScalarComponentAsDouble');
      const [id, s] = this.#scalarIndex(ints([i, j, k], 3, 'GetScalarComponentAsDouble'));
      try { return id < 0 || c < 0 || c >= s.GetNumberOfComponents() ? 0 : s.GetComponent(id, c); } finally { s?.delete(); }
    }
    SetScalarComponentFromDouble(i, j, k, c, v) {
      argc(arguments.length, 5, 5, 'SetScalarComponentFromDouble');
      const [id, s] = this.#scalarIndex(ints([i, j, k], 3, 'SetScalarComponentFromDouble'));
      try { if (id >= 0 && c >= 0 && c < s.GetNumberOfComponents()) s.SetComponent(id, c, v); } finally { s?.delete(); }
    }
    GetScalarComponentAsFloat(i, j, k, c) { return this.GetScalarComponentAsDouble(i, j, k, c); }
    SetScalarComponentFromFloat(i, j, k, c, v) { this.SetScalarComponentFromDouble(i, j, k, c, v); }
    GetIncrements() {
      const s = this.GetPointData().GetScalars(), d = this.GetDimensions();
      const nc = s === null ? 1 : s.GetNumberOfComponents();
      s?.delete();
      return [nc, nc * d[0], nc * d[0] * d[1]];
    }
    GetScalarSize() { const s = this.GetPointData().GetScalars(); try { return s === null ? 8 : s.GetDataTypeSize(); } finally { s?.delete(); } }
    /** AllocateScalars(type, ncomp): point scalars "ImageScalars", zeroed. */
    AllocateScalars(type, ncomp) {
      argc(arguments.length, 2, 2, 'AllocateScalars');
      ctx.done(M._vb_image_data_allocate_scalars(this._ptr(), int32(type, 'AllocateScalars', INT_MIN), int32(ncomp, 'AllocateScalars', INT_MIN)), 'AllocateScalars');
    }
  }
  Object.assign(vtkImageData.prototype, structured({
    setExtent: M._vb_image_data_set_extent, getExtent: M._vb_image_data_get_extent,
    setDimensions: M._vb_image_data_set_dimensions, getDimensions: M._vb_image_data_get_dimensions,
    getDataDimension: M._vb_image_data_get_data_dimension, computePointId: M._vb_image_data_compute_point_id,
    computeCellId: M._vb_image_data_compute_cell_id, getPoints: M._vb_image_data_get_points,
  }));

  class vtkRectilinearGrid extends vtkDataSet {
    static _make() { return M._vb_rectilinear_grid_new(); }
  }
  Object.assign(vtkRectilinearGrid.prototype, structured({
    setExtent: M._vb_rectilinear_grid_set_extent, getExtent: M._vb_rectilinear_grid_get_extent,
    setDimensions: M._vb_rectilinear_grid_set_dimensions, getDimensions: M._vb_rectilinear_grid_get_dimensions,
    getDataDimension: M._vb_rectilinear_grid_get_data_dimension, computePointId: M._vb_rectilinear_grid_compute_point_id,
    computeCellId: M._vb_rectilinear_grid_compute_cell_id, getPoints: M._vb_rectilinear_grid_get_points,
  }));
  ['X', 'Y', 'Z'].forEach((X, axis) => {
    vtkRectilinearGrid.prototype[`Get${X}Coordinates`] = function () {
      return ctx.wrapArray(M._vb_rectilinear_grid_get_coordinates(this._ptr(), axis));
    };
    vtkRectilinearGrid.prototype[`Set${X}Coordinates`] = function (a) {
      argc(arguments.length, 1, 1, `Set${X}Coordinates`);
      if (!(a instanceof ctx.vtkDataArray)) throw new TypeError(`Set${X}Coordinates: expected a vtkDataArray, got ${describe(a)}`);
      ctx.done(M._vb_rectilinear_grid_set_coordinates(this._ptr(), axis, a._ptr()), `Set${X}Coordinates`);
    };
  });
  return { vtkImageData, vtkRectilinearGrid };
}

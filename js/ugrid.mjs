// vtkUnstructuredGridBase (abstract) and vtkUnstructuredGrid over
// src/vb_unstructured_grid.h: a cell type per cell + a vtkCellArray, polyhedra with
// VTK 9.4+'s faces. What every data set has is on the bases (dataset.mjs).
// new vtkUnstructuredGrid({ points, offsets, connectivity, types }) builds one from
// typed arrays, each copied once into WebAssembly memory (index.d.ts).
import { argc, describe, heapView, int32, int64 } from './common.mjs';

export function defineUnstructuredGrid(ctx, { vtkPoints, vtkCellArray, vtkPointSet, vtkCellTypes }) {
  const { M, withIds, idsOut, status64 } = ctx;
  const caArg = (o, what, nullable) => {
    if (o === null && nullable) return 0;
    if (!(o instanceof vtkCellArray)) throw new TypeError(`${what}: expected a vtkCellArray, got ${describe(o)}`);
    return o._ptr();
  };
  const wrapCA = (p) => ctx.wrap(vtkCellArray, p);
  const id64 = (r, what) => { ctx.done(status64(r), what); return Number(r); };

  class vtkUnstructuredGridBase extends vtkPointSet {
    constructor() {
      if (new.target === vtkUnstructuredGridBase) throw new TypeError('vtkUnstructuredGridBase is abstract: use vtkUnstructuredGrid');
      super(...arguments);
    }
  }

  class vtkUnstructuredGrid extends vtkUnstructuredGridBase {
    constructor(arg) {
      if (arg === ctx.INTERNAL) { super(...arguments); return; }
      argc(arguments.length, 0, 1, 'vtkUnstructuredGrid');
      const o = arg === undefined ? null : ctx.options(arg, ['points', 'offsets', 'connectivity', 'types'], 'vtkUnstructuredGrid');
      if (arg !== undefined && !o) throw new TypeError('vtkUnstructuredGrid: expected { points, offsets, connectivity, types }');
      super();
      if (!o) return;
      const made = [];
      try {
        if (o.points !== undefined) made.push(o.points instanceof vtkPoints ? o.points : new vtkPoints(o.points));
        if (o.points !== undefined) this.SetPoints(made[made.length - 1]);
        if ((o.offsets === undefined) !== (o.types === undefined) || (o.offsets === undefined) !== (o.connectivity === undefined)) {
          throw new TypeError('vtkUnstructuredGrid: offsets, connectivity and types go together');
        }
        if (o.types !== undefined) {
          const cells = new vtkCellArray({ offsets: o.offsets, connectivity: o.connectivity });
          made.push(cells);
          const t = o.types instanceof ctx.vtkDataArray ? o.types : ctx.arrayOf('uint8', o.types instanceof Uint8Array ? o.types : Uint8Array.from(o.types));
          if (t !== o.types) made.push(t);
          this.SetCells(t, cells);
        }
      } catch (e) { this.delete(); throw e; } finally { for (const m of made) if (m !== o.points) m.delete(); }
    }
    static _make() { return M._vb_unstructured_grid_new(); }
    Allocate(n = 1000) { const k = int64(n, 'Allocate'); ctx.done(M._vb_unstructured_grid_allocate_exact(this._ptr(), k, k), 'Allocate'); }
    AllocateExact(n, size) {
      argc(arguments.length, 2, 2, 'AllocateExact');
      ctx.done(M._vb_unstructured_grid_allocate_exact(this._ptr(), int64(n, 'AllocateExact'), int64(size, 'AllocateExact')), 'AllocateExact');
      return true;
    }
    AllocateEstimate(n, max) {
      argc(arguments.length, 2, 2, 'AllocateEstimate');
      ctx.done(M._vb_unstructured_grid_allocate_estimate(this._ptr(), int64(n, 'AllocateEstimate'), int64(max, 'AllocateEstimate')), 'AllocateEstimate');
      return true;
    }
    /**
     * InsertNextCell(type, idlist) / (type, npts, ids) / (type, npts, ids, nfaces, faces) /
     * (type, npts, ids, vtkCellArray faces) -> the cell id. A polyhedron's ids without
     * faces are VTK's face stream (npts = number of faces; nFace0Pts, ids, ...).
     */
    InsertNextCell(type, a, b, c, d) {
      const n = arguments.length, what = 'InsertNextCell';
      argc(n, 2, 5, what);
      const p = this._ptr(), t = int32(type, what, -0x80000000);
      if (n === 2) {
        if (!(a instanceof ctx.vtkIdList)) throw new TypeError(`${what}(type, ptIds): expected a vtkIdList, got ${describe(a)}`);
        return withIds(a, what, (s, k) => id64(t === 42 ? M._vb_unstructured_grid_insert_next_cell(p, t, k ? heapView(ctx.memory, BigInt64Array, s, 1)[0] : 0n, s + 8, BigInt(Math.max(k - 1, 0)))
          : M._vb_unstructured_grid_insert_next_cell(p, t, BigInt(k), s, BigInt(k)), what));
      }
      const npts = Number(int64(a, what));
      return withIds(b, what, (s, k) => {
        if (npts > k && !(t === 42 && n === 3)) throw new TypeError(`${what}: ${npts} point ids needed, ${k} given`);
        if (n === 3) return id64(M._vb_unstructured_grid_insert_next_cell(p, t, BigInt(npts), s, BigInt(k)), what);
        if (n === 4) return id64(M._vb_unstructured_grid_insert_next_cell_ca(p, t, BigInt(npts), s, caArg(c, what)), what);
        const nf = int64(c, what), ids = ctx.idArray(d, what);
        // the point ids are in scratch; the face stream goes after them
        return ctx.withScratch(8 * Math.max(ids.length, 1), (f) => {
          heapView(ctx.memory, BigInt64Array, f, ids.length).set(ids);
          return id64(M._vb_unstructured_grid_insert_next_cell_faces(p, t, BigInt(npts), s, nf, f, BigInt(ids.length)), what);
        });
      });
    }
    /** SetCells(type | types (vtkDataArray, Array, typed array), cells): shared. */
    SetCells(types, cells) {
      argc(arguments.length, 2, 2, 'SetCells');
      const p = this._ptr(), ca = caArg(cells, 'SetCells');
      if (typeof types === 'number') { ctx.done(M._vb_unstructured_grid_set_cells_type(p, int32(types, 'SetCells', -0x80000000), ca), 'SetCells'); return; }
      if (types instanceof ctx.vtkDataArray) { ctx.done(M._vb_unstructured_grid_set_cells(p, types._ptr(), ca), 'SetCells'); return; }
      if (!Array.isArray(types) && !ArrayBuffer.isView(types)) throw new TypeError(`SetCells: expected a type, an array of types or a vtkDataArray, got ${describe(types)}`);
      const a = ctx.arrayOf('uint8', Uint8Array.from(types, (x) => Number(x) & 255));
      try { ctx.done(M._vb_unstructured_grid_set_cells(p, a._ptr(), ca), 'SetCells'); } finally { a.delete(); }
    }
    SetPolyhedralCells(types, cells, faceLocations, faces) {
      argc(arguments.length, 4, 4, 'SetPolyhedralCells');
      const w = 'SetPolyhedralCells';
      ctx.done(M._vb_unstructured_grid_set_polyhedral_cells(this._ptr(), ctx.arrayArg(types, w), caArg(cells, w), caArg(faceLocations, w, true), caArg(faces, w, true)), w);
    }
    GetCells() { return wrapCA(M._vb_unstructured_grid_get_cells(this._ptr())); }
    /** GetCellTypes() -> the types array (null after Initialize); GetCellTypes(vtkCellTypes): the distinct types. */
    GetCellTypes(types) {
      if (arguments.length) { super.GetCellTypes(types); return undefined; }
      return ctx.wrapArray(M._vb_unstructured_grid_get_cell_types(this._ptr()));
    }
    GetCellTypesArray() {
      const a = this.GetCellTypes();
      if (a && a.GetDataType() !== ctx.types.VTK.VTK_UNSIGNED_CHAR) { a.delete(); return null; }
      return a;
    }
    GetDistinctCellTypesArray() {
      const r = M._vb_unstructured_grid_get_distinct_cell_types_array(this._ptr());
      if (!r) ctx.fail(M._vb_last_status(), 'GetDistinctCellTypesArray');
      return ctx.wrapArray(r);
    }
    IsHomogeneous() { return M._vb_unstructured_grid_is_homogeneous(this._ptr()); }
    /** GetPolyhedronFaces() -> vtkCellArray | null; GetPolyhedronFaces(cellId, faces) fills faces. */
    GetPolyhedronFaces(i, faces) {
      if (!arguments.length) return wrapCA(M._vb_unstructured_grid_get_polyhedron_faces(this._ptr()));
      argc(arguments.length, 2, 2, 'GetPolyhedronFaces');
      ctx.done(M._vb_unstructured_grid_get_cell_faces(this._ptr(), int64(i, 'GetPolyhedronFaces'), caArg(faces, 'GetPolyhedronFaces')), 'GetPolyhedronFaces');
      return undefined;
    }
    GetPolyhedronFaceLocations() { return wrapCA(M._vb_unstructured_grid_get_polyhedron_face_locations(this._ptr())); }
    GetFaceStream(i, out) { return this.#list(M._vb_unstructured_grid_get_face_stream, i, out, 'GetFaceStream', arguments.length); }
    GetPointCells(i, out) { return this.#list(M._vb_unstructured_grid_get_point_cells, i, out, 'GetPointCells', arguments.length); }
    #list(f, i, out, what, n) {
      argc(n, 1, 2, what);
      const l = new ctx.vtkIdList();
      try {
        ctx.done(f(this._ptr(), int64(i, what), l._ptr()), what);
        const ids = Array.from({ length: l.GetNumberOfIds() }, (_, k) => l.GetId(k));
        return out === undefined ? ids : idsOut(out, ids, what);
      } finally { l.delete(); }
    }
    GetIdsOfCellsOfType(type, out) {
      argc(arguments.length, 2, 2, 'GetIdsOfCellsOfType');
      ctx.done(M._vb_unstructured_grid_get_ids_of_cells_of_type(this._ptr(), int32(type, 'GetIdsOfCellsOfType', -0x80000000), ctx.arrayArg(out, 'GetIdsOfCellsOfType')), 'GetIdsOfCellsOfType');
    }
    GetCellBounds(i, out) {
      argc(arguments.length, 1, 2, 'GetCellBounds');
      const c = new ctx.vtkGenericCell();
      try { this.GetCell(i, c); return out === undefined ? c.GetBounds() : c.GetBounds(out); } finally { c.delete(); }
    }
    GetMaxSpatialDimension() { return this.#dims().reduce((m, d) => Math.max(m, d), 0); }
    GetMinSpatialDimension() { return this.#dims().reduce((m, d) => Math.min(m, d), 3); }
    #dims() {
      const a = this.GetDistinctCellTypesArray();
      try { return Array.from({ length: a.GetNumberOfValues() }, (_, k) => vtkCellTypes.GetDimension(Number(a.GetValue(k)))); } finally { a.delete(); }
    }
    BuildLinks() {}
    Reset() { ctx.done(M._vb_unstructured_grid_reset(this._ptr()), 'Reset'); }
    Squeeze() { ctx.done(M._vb_unstructured_grid_squeeze(this._ptr()), 'Squeeze'); }
  }
  return { vtkUnstructuredGridBase, vtkUnstructuredGrid };
}

// Data objects: vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData and
// vtkSphereSource over the C core's data-object layer (docs/data-objects.md), with
// VTK's method names.
//
// Borrowed pointers: every getter that returns an object (GetPoints, GetData,
// GetPolys, GetPointData, GetArray, GetOutput, ...) returns a new wrapper that takes
// its own reference to the C object (retain on wrap; released by delete() or the
// FinalizationRegistry), exactly as GetBuffer() does for arrays. So the object
// stays valid after its container drops or replaces it, and deleting one wrapper
// never breaks another. Two getter calls give two wrappers of the same C object
// (compare with IsSame()); observers live on the wrapper they were added through.
//
// Errors: TypeError for wrong argument types or counts, RangeError for bad indices
// and values the core refuses (NaN radius, ...), objects unchanged on failure.
import { VTK, argc, describe, typeId, INT64_MAX, index64 } from './common.mjs';

const ATTRIBUTES = ['Scalars', 'Vectors', 'Normals', 'TCoords', 'Tensors']; // vtkDataSetAttributes::AttributeTypes
const VB_EINVAL = -2;

export function defineDataObjects(ctx, arrays) {
  const { M, memory, INTERNAL, vtkObjectBase } = ctx;
  const { vtkDataArray } = arrays;

  const { withScratch } = ctx;
  const f64 = (p, n) => new Float64Array(memory.buffer, p, n);
  const i64 = (p, n) => new BigInt64Array(memory.buffer, p, n);

  function withCString(str, what, fn) {
    if (typeof str !== 'string') throw new TypeError(`${what}: expected a string, got ${describe(str)}`);
    if (str.includes('\0')) throw new TypeError(`${what}: the name contains a NUL character`);
    const bytes = new TextEncoder().encode(str);
    return withScratch(bytes.length + 1, (s) => {
      const heap = new Uint8Array(memory.buffer, s, bytes.length + 1);
      heap.set(bytes);
      heap[bytes.length] = 0;
      return fn(s);
    });
  }

  function index32(i, what) {
    if (typeof i !== 'number' || !Number.isInteger(i)) {
      throw new TypeError(`${what}: index must be an integer, got ${describe(i)}`);
    }
    if (i < 0 || i > 0x7fffffff) throw new RangeError(`${what}: index ${i} out of range`);
    return i;
  }
  /** x, y, z or [x, y, z] (numbers) -> [x, y, z]. */
  function triple(args, what) {
    let v = args;
    if (args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))) v = args[0];
    else if (args.length !== 3) throw new TypeError(`${what}: expected (x, y, z) or ([x, y, z]), got ${args.length} arguments`);
    if (v.length !== 3) throw new TypeError(`${what}: expected 3 coordinates, got ${v.length}`);
    const out = Array.from(v);
    for (const x of out) {
      if (typeof x !== 'number') throw new TypeError(`${what}: coordinates must be numbers, got ${describe(x)}`);
    }
    return out;
  }
  /** Point ids: an Array of integers or an integer typed array -> BigInt64Array. */
  function idList(ids, what) {
    if (!(Array.isArray(ids) || ArrayBuffer.isView(ids))) {
      throw new TypeError(`${what}: expected an array of point ids, got ${describe(ids)}`);
    }
    if (ids instanceof Float32Array || ids instanceof Float64Array
        || Object.prototype.toString.call(ids).includes('Float')) {
      throw new TypeError(`${what}: point ids must be integers, got a ${describe(ids)}`);
    }
    const out = new BigInt64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const v = ids[k];
      if (typeof v === 'bigint') {
        if (v < 0n || v > INT64_MAX) throw new RangeError(`${what}: point id ${v} out of range`);
        out[k] = v;
      } else if (typeof v === 'number' && Number.isInteger(v)) {
        if (v < 0) throw new RangeError(`${what}: point id ${v} is negative`);
        out[k] = BigInt(v);
      } else {
        throw new TypeError(`${what}: point ids must be integers, got ${describe(v)}`);
      }
    }
    return out;
  }
  const status64 = (r) => (r < 0n ? Number(r) : 0);
  /** A new wrapper of class Cls holding a new reference to ptr (null for NULL). */
  function wrap(Cls, ptr) {
    if (!ptr) return null;
    M._vb_object_retain(ptr);
    return new Cls(INTERNAL, ptr);
  }
  function arrayArg(a, what, nullable = false) {
    if (a === null && nullable) return 0;
    if (!(a instanceof vtkDataArray)) {
      throw new TypeError(`${what}: expected a vtkDataArray of this vtkbuf instance${nullable ? ' or null' : ''}, got ${describe(a)}`);
    }
    return a._ptr();
  }
  /** Clear a "not found" error the core set (the binding reports null / -1 instead). */
  const clearError = () => M._vb_clear_error();

  // Common to the data-object classes: construct a new C object or adopt a reference.
  class vtkDataObjectBase extends vtkObjectBase {
    constructor(args, make) {
      super();
      let ptr;
      if (args[0] === INTERNAL) {
        ptr = args[1];
      } else {
        ptr = make();
        if (!ptr) ctx.fail(M._vb_last_status(), new.target.name);
      }
      this._init(ptr);
    }
  }

  function pointsType(t, what) {
    if (typeof t === 'string') return typeId(t, what);
    if (typeof t === 'number' && Number.isInteger(t)) return t;
    throw new TypeError(`${what}: expected a dtype ("float32", "float64", ...) or a VTK type id (VTK_FLOAT, VTK_DOUBLE, ...), got ${describe(t)}`);
  }

  class vtkPoints extends vtkDataObjectBase {
    /** new vtkPoints(dataType = 'float32'): dataType a dtype string or VTK type id. */
    constructor(dataType) {
      if (dataType === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 1, 'vtkPoints');
      const t = dataType === undefined ? VTK.VTK_FLOAT : pointsType(dataType, 'vtkPoints');
      super([], () => M._vb_points_new(t));
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
    SetDataTypeToFloat() { this.SetDataType(VTK.VTK_FLOAT); }
    SetDataTypeToDouble() { this.SetDataType(VTK.VTK_DOUBLE); }
    GetNumberOfPoints() { return Number(M._vb_points_get_number_of_points(this._ptr())); }
    SetNumberOfPoints(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfPoints');
      const p = this._ptr();
      ctx.done(M._vb_points_set_number_of_points(p, index64(n, 'SetNumberOfPoints')), 'SetNumberOfPoints');
    }
    Allocate(n) {
      argc(arguments.length, 1, 1, 'Allocate');
      const p = this._ptr();
      ctx.done(M._vb_points_allocate(p, index64(n, 'Allocate')), 'Allocate');
      return true;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_points_squeeze(this._ptr()), 'Squeeze'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_points_initialize(this._ptr()), 'Initialize'); }
    /** [x, y, z] of point i (RangeError outside [0, GetNumberOfPoints())). */
    GetPoint(i) {
      argc(arguments.length, 1, 1, 'GetPoint');
      const p = this._ptr();
      const id = index64(i, 'GetPoint');
      return withScratch(24, (s) => {
        ctx.done(M._vb_points_get_point(p, id, s), 'GetPoint');
        return Array.from(f64(s, 3));
      });
    }
    /** SetPoint(i, x, y, z) or SetPoint(i, [x, y, z]). */
    SetPoint(i, ...xyz) {
      const p = this._ptr();
      const id = index64(i, 'SetPoint');
      const x = triple(xyz, 'SetPoint');
      withScratch(24, (s) => { f64(s, 3).set(x); ctx.done(M._vb_points_set_point(p, id, s), 'SetPoint'); });
    }
    /** InsertPoint(i, x, y, z | [x, y, z]): grows as needed. */
    InsertPoint(i, ...xyz) {
      const p = this._ptr();
      const id = index64(i, 'InsertPoint');
      const x = triple(xyz, 'InsertPoint');
      withScratch(24, (s) => { f64(s, 3).set(x); ctx.done(M._vb_points_insert_point(p, id, s), 'InsertPoint'); });
    }
    /** InsertNextPoint(x, y, z | [x, y, z]); returns the new point id. */
    InsertNextPoint(...xyz) {
      const p = this._ptr();
      const x = triple(xyz, 'InsertNextPoint');
      return withScratch(24, (s) => {
        f64(s, 3).set(x);
        const r = M._vb_points_insert_next_point(p, s);
        ctx.done(status64(r), 'InsertNextPoint');
        return Number(r);
      });
    }
    /** [xmin, xmax, ymin, ymax, zmin, zmax]; (1, -1, 1, -1, 1, -1) without points. */
    GetBounds() {
      argc(arguments.length, 0, 0, 'GetBounds');
      const p = this._ptr();
      return withScratch(48, (s) => { ctx.done(M._vb_points_get_bounds(p, s), 'GetBounds'); return Array.from(f64(s, 6)); });
    }
  }

  class vtkCellArray extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkCellArray');
      super([], () => M._vb_cell_array_new());
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
        const r = M._vb_cell_array_insert_next_cell_n(p, index64(a, 'InsertNextCell(npts)'));
        ctx.done(status64(r), 'InsertNextCell');
        return Number(r);
      }
      let ids;
      if (arguments.length === 2) {
        const n = Number(index64(a, 'InsertNextCell(npts)'));
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
      ctx.done(M._vb_cell_array_update_cell_count(p, index64(npts, 'UpdateCellCount')), 'UpdateCellCount');
    }
    /** Number of points of cell i (RangeError for a bad id). */
    GetCellSize(i) {
      argc(arguments.length, 1, 1, 'GetCellSize');
      const p = this._ptr();
      const c = index64(i, 'GetCellSize');
      return withScratch(8, (s) => { ctx.done(M._vb_cell_array_get_cell_size(p, c, s), 'GetCellSize'); return Number(i64(s, 1)[0]); });
    }
    /** The point ids of cell i, as numbers (RangeError for a bad id). */
    GetCell(i) {
      argc(arguments.length, 1, 1, 'GetCell');
      const p = this._ptr();
      const c = index64(i, 'GetCell');
      const n = this.GetCellSize(i);
      return withScratch(8 * (n + 1), (s) => {
        ctx.done(M._vb_cell_array_get_cell(p, c, s + 8, BigInt(n), s), 'GetCell');
        return Array.from(i64(s + 8, n), Number);
      });
    }
    AllocateEstimate(ncells, maxCellSize) {
      argc(arguments.length, 2, 2, 'AllocateEstimate');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_allocate_estimate(p, index64(ncells, 'AllocateEstimate'), index64(maxCellSize, 'AllocateEstimate')), 'AllocateEstimate');
      return true;
    }
    AllocateExact(ncells, connSize) {
      argc(arguments.length, 2, 2, 'AllocateExact');
      const p = this._ptr();
      ctx.done(M._vb_cell_array_allocate_exact(p, index64(ncells, 'AllocateExact'), index64(connSize, 'AllocateExact')), 'AllocateExact');
      return true;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_cell_array_squeeze(this._ptr()), 'Squeeze'); }
    Reset() { argc(arguments.length, 0, 0, 'Reset'); ctx.done(M._vb_cell_array_reset(this._ptr()), 'Reset'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_cell_array_initialize(this._ptr()), 'Initialize'); }
  }

  class vtkDataSetAttributes extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkDataSetAttributes');
      super([], () => M._vb_attributes_new());
    }
    GetNumberOfArrays() { return M._vb_attributes_get_number_of_arrays(this._ptr()); }
    /** Append arr, or replace the array of the same name; returns its index. */
    AddArray(arr) {
      argc(arguments.length, 1, 1, 'AddArray');
      const p = this._ptr();
      const r = M._vb_attributes_add_array(p, arrayArg(arr, 'AddArray'));
      ctx.done(r, 'AddArray');
      return r;
    }
    #find(key, what) {
      const p = this._ptr();
      if (typeof key === 'string') {
        return withCString(key, what, (s) => {
          const a = M._vb_attributes_get_array_by_name(p, s, 0);
          if (!a) clearError();
          return a;
        });
      }
      const i = index32(key, what);
      const n = M._vb_attributes_get_number_of_arrays(p);
      if (i >= n) throw new RangeError(`${what}: index ${i} not in [0, ${n})`);
      return M._vb_attributes_get_array(p, i);
    }
    /** The array of this name (null when there is none, as VTK) or index (RangeError if bad). */
    GetArray(key) {
      argc(arguments.length, 1, 1, 'GetArray');
      return ctx.wrapArray(this.#find(key, 'GetArray'));
    }
    HasArray(name) {
      argc(arguments.length, 1, 1, 'HasArray');
      const p = this._ptr();
      return withCString(name, 'HasArray', (s) => M._vb_attributes_has_array(p, s) === 1);
    }
    /** Name of array i (null for an unnamed array; RangeError for a bad index). */
    GetArrayName(i) {
      argc(arguments.length, 1, 1, 'GetArrayName');
      const p = this._ptr();
      const k = index32(i, 'GetArrayName');
      const n = M._vb_attributes_get_number_of_arrays(p);
      if (k >= n) throw new RangeError(`GetArrayName: index ${k} not in [0, ${n})`);
      const s = M._vb_attributes_get_array_name(p, k);
      return s ? M.UTF8ToString(s) : null;
    }
    /**
     * Remove by name (an unknown name is a no-op, as in VTK; returns false) or by
     * index (RangeError for a bad one). Later indices shift down. Returns true.
     */
    RemoveArray(key) {
      argc(arguments.length, 1, 1, 'RemoveArray');
      const p = this._ptr();
      if (typeof key === 'string') {
        return withCString(key, 'RemoveArray', (s) => {
          if (M._vb_attributes_has_array(p, s) !== 1) return false;
          ctx.done(M._vb_attributes_remove_array(p, s), 'RemoveArray');
          return true;
        });
      }
      const i = index32(key, 'RemoveArray');
      ctx.done(M._vb_attributes_remove_array_by_index(p, i), 'RemoveArray');
      return true;
    }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_attributes_initialize(this._ptr()), 'Initialize'); }
    /** The active array of attribute type t (0..4) or null. */
    GetAttribute(t) {
      argc(arguments.length, 1, 1, 'GetAttribute');
      return ctx.wrapArray(M._vb_attributes_get_attribute(this._ptr(), this.#type(t, 'GetAttribute')));
    }
    /** Make arr (added if needed; null unsets) the active attribute t; returns its index (-1 for null). */
    SetAttribute(arr, t) {
      argc(arguments.length, 2, 2, 'SetAttribute');
      return this.#setAttr(arr, this.#type(t, 'SetAttribute'), 'SetAttribute');
    }
    /** Make the array of this name (or index) the active attribute t; -1 for an unknown name (VTK). */
    SetActiveAttribute(key, t) {
      argc(arguments.length, 2, 2, 'SetActiveAttribute');
      return this.#setActive(key, this.#type(t, 'SetActiveAttribute'), 'SetActiveAttribute');
    }
    GetActiveAttributeIndex(t) {
      argc(arguments.length, 1, 1, 'GetActiveAttributeIndex');
      return M._vb_attributes_get_active_attribute_index(this._ptr(), this.#type(t, 'GetActiveAttributeIndex'));
    }
    #type(t, what) {
      if (typeof t !== 'number' || !Number.isInteger(t)) throw new TypeError(`${what}: attribute type must be an integer 0..4, got ${describe(t)}`);
      if (t < 0 || t >= ATTRIBUTES.length) throw new RangeError(`${what}: attribute type ${t} not in [0, ${ATTRIBUTES.length})`);
      return t;
    }
    #setAttr(arr, t, what) {
      const p = this._ptr();
      const r = M._vb_attributes_set_attribute(p, arrayArg(arr, what, true), t);
      ctx.done(r, what);
      return arr === null ? -1 : r;
    }
    #setActive(key, t, what) {
      const p = this._ptr();
      if (typeof key === 'string') {
        return withCString(key, what, (s) => {
          if (M._vb_attributes_has_array(p, s) !== 1) return -1;
          const r = M._vb_attributes_set_active_attribute_by_name(p, s, t);
          ctx.done(r, what);
          return r;
        });
      }
      const i = index32(key, what);
      ctx.done(M._vb_attributes_set_active_attribute(p, i, t), what);
      return i;
    }
  }
  // GetScalars/SetScalars/SetActiveScalars, ... Vectors, Normals, TCoords, Tensors.
  ATTRIBUTES.forEach((name, t) => {
    Object.defineProperties(vtkDataSetAttributes.prototype, {
      [`Get${name}`]: { configurable: true, writable: true, value: function () {
        argc(arguments.length, 0, 0, `Get${name}`);
        return ctx.wrapArray(M._vb_attributes_get_attribute(this._ptr(), t));
      } },
      [`Set${name}`]: { configurable: true, writable: true, value: function (arr) {
        argc(arguments.length, 1, 1, `Set${name}`);
        return this.SetAttribute(arr, t);
      } },
      [`SetActive${name}`]: { configurable: true, writable: true, value: function (key) {
        argc(arguments.length, 1, 1, `SetActive${name}`);
        return this.SetActiveAttribute(key, t);
      } },
    });
  });
  Object.assign(vtkDataSetAttributes, {
    SCALARS: 0, VECTORS: 1, NORMALS: 2, TCOORDS: 3, TENSORS: 4, NUM_ATTRIBUTES: 5,
  });

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
      const id = index64(i, 'GetPoint');
      if (!M._vb_polydata_get_points(p)) throw new Error('GetPoint: the polydata has no points');
      return withScratch(24, (s) => { ctx.done(M._vb_polydata_get_point(p, id, s), 'GetPoint'); return Array.from(f64(s, 3)); });
    }
    GetBounds() {
      argc(arguments.length, 0, 0, 'GetBounds');
      const p = this._ptr();
      return withScratch(48, (s) => { ctx.done(M._vb_polydata_get_bounds(p, s), 'GetBounds'); return Array.from(f64(s, 6)); });
    }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_polydata_initialize(this._ptr()), 'Initialize'); }
  }
  // GetVerts/SetVerts, Lines, Polys, Strips (getters never return null; setting null installs an empty one).
  for (const name of ['Verts', 'Lines', 'Polys', 'Strips']) {
    const lc = name.toLowerCase();
    Object.defineProperties(vtkPolyData.prototype, {
      [`Get${name}`]: { configurable: true, writable: true, value: function () {
        argc(arguments.length, 0, 0, `Get${name}`);
        return wrap(vtkCellArray, M[`_vb_polydata_get_${lc}`](this._ptr()));
      } },
      [`Set${name}`]: { configurable: true, writable: true, value: function (ca) {
        argc(arguments.length, 1, 1, `Set${name}`);
        const p = this._ptr();
        if (ca !== null && !(ca instanceof vtkCellArray)) throw new TypeError(`Set${name}: expected a vtkCellArray or null, got ${describe(ca)}`);
        ctx.done(M[`_vb_polydata_set_${lc}`](p, ca === null ? 0 : ca._ptr()), `Set${name}`);
      } },
    });
  }

  class vtkSphereSource extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkSphereSource');
      super([], () => M._vb_sphere_source_new());
    }
    // A value the core refuses (NaN, an infinite radius/center) is a RangeError; the
    // parameter is unchanged (docs/data-objects.md: refused at the setter).
    #call(status, what) {
      if (status === VB_EINVAL) {
        const msg = M.UTF8ToString(M._vb_last_error());
        M._vb_clear_error();
        ctx.take();
        throw new RangeError(`${what}: ${msg}`);
      }
      ctx.done(status, what);
    }
    #num(v, what) {
      if (typeof v !== 'number') throw new TypeError(`${what}: expected a number, got ${describe(v)}`);
      return v;
    }
    #int(v, what) {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new TypeError(`${what}: expected an integer, got ${describe(v)}`);
      if (v < -0x80000000 || v > 0x7fffffff) throw new RangeError(`${what}: ${v} does not fit in a C int`);
      return v;
    }
    #flag(v, what) {
      if (typeof v === 'boolean') return v ? 1 : 0;
      return this.#int(v, what);
    }
    /** Radius (clamped to [0, 1e299] as VTK; NaN/infinite: RangeError, unchanged). */
    SetRadius(r) { argc(arguments.length, 1, 1, 'SetRadius'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_radius(p, this.#num(r, 'SetRadius')), 'SetRadius'); }
    GetRadius() { return M._vb_sphere_source_get_radius(this._ptr()); }
    /** SetCenter(x, y, z) or SetCenter([x, y, z]); non-finite: RangeError, unchanged. */
    SetCenter(...xyz) {
      const p = this._ptr();
      const [x, y, z] = triple(xyz, 'SetCenter');
      this.#call(M._vb_sphere_source_set_center(p, x, y, z), 'SetCenter');
    }
    GetCenter() {
      const p = this._ptr();
      return withScratch(24, (s) => { ctx.done(M._vb_sphere_source_get_center(p, s), 'GetCenter'); return Array.from(f64(s, 3)); });
    }
    /** Resolutions are clamped to [3, 2147483647] as VTK (negative: 3). */
    SetThetaResolution(n) { argc(arguments.length, 1, 1, 'SetThetaResolution'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_theta_resolution(p, this.#int(n, 'SetThetaResolution')), 'SetThetaResolution'); }
    GetThetaResolution() { return M._vb_sphere_source_get_theta_resolution(this._ptr()); }
    SetPhiResolution(n) { argc(arguments.length, 1, 1, 'SetPhiResolution'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_phi_resolution(p, this.#int(n, 'SetPhiResolution')), 'SetPhiResolution'); }
    GetPhiResolution() { return M._vb_sphere_source_get_phi_resolution(this._ptr()); }
    SetLatLongTessellation(on) { argc(arguments.length, 1, 1, 'SetLatLongTessellation'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_lat_long_tessellation(p, this.#flag(on, 'SetLatLongTessellation')), 'SetLatLongTessellation'); }
    GetLatLongTessellation() { return M._vb_sphere_source_get_lat_long_tessellation(this._ptr()); }
    LatLongTessellationOn() { this.SetLatLongTessellation(1); }
    LatLongTessellationOff() { this.SetLatLongTessellation(0); }
    SetGenerateNormals(on) { argc(arguments.length, 1, 1, 'SetGenerateNormals'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_generate_normals(p, this.#flag(on, 'SetGenerateNormals')), 'SetGenerateNormals'); }
    GetGenerateNormals() { return M._vb_sphere_source_get_generate_normals(this._ptr()); }
    GenerateNormalsOn() { this.SetGenerateNormals(1); }
    GenerateNormalsOff() { this.SetGenerateNormals(0); }
    /** 0 single (float points, the default), 1 double; any other value gives float points, as VTK. */
    SetOutputPointsPrecision(v) { argc(arguments.length, 1, 1, 'SetOutputPointsPrecision'); const p = this._ptr(); this.#call(M._vb_sphere_source_set_output_points_precision(p, this.#int(v, 'SetOutputPointsPrecision')), 'SetOutputPointsPrecision'); }
    GetOutputPointsPrecision() { return M._vb_sphere_source_get_output_points_precision(this._ptr()); }
    /** Generate the output if a parameter changed since the last update. */
    Update() { argc(arguments.length, 0, 0, 'Update'); ctx.done(M._vb_sphere_source_update(this._ptr()), 'Update'); }
    /** The output polydata (the same C object across updates; empty before Update()). */
    GetOutput() { argc(arguments.length, 0, 0, 'GetOutput'); return wrap(vtkPolyData, M._vb_sphere_source_get_output(this._ptr())); }
  }
  // Angles in degrees, clamped to [0, 360] as VTK; NaN: RangeError, unchanged.
  for (const name of ['StartTheta', 'EndTheta', 'StartPhi', 'EndPhi']) {
    const c = name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    Object.defineProperties(vtkSphereSource.prototype, {
      [`Set${name}`]: { configurable: true, writable: true, value: function (deg) {
        argc(arguments.length, 1, 1, `Set${name}`);
        const p = this._ptr();
        if (typeof deg !== 'number') throw new TypeError(`Set${name}: expected a number, got ${describe(deg)}`);
        const s = M[`_vb_sphere_source_set_${c}`](p, deg);
        if (s === VB_EINVAL) {
          const msg = M.UTF8ToString(M._vb_last_error());
          M._vb_clear_error();
          throw new RangeError(`Set${name}: ${msg}`);
        }
        ctx.done(s, `Set${name}`);
      } },
      [`Get${name}`]: { configurable: true, writable: true, value: function () {
        return M[`_vb_sphere_source_get_${c}`](this._ptr());
      } },
    });
  }
  Object.assign(vtkSphereSource, { SINGLE_PRECISION: 0, DOUBLE_PRECISION: 1, DEFAULT_PRECISION: 2 });

  return { vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData, vtkSphereSource };
}

// Cells over src/vb_cell.h: vtkCell (abstract), vtkCell3D, a class per linear cell
// type made from the core's table (vtkEmptyCell ... vtkPolyhedron, vtkGenericCell),
// vtkCellTypes (src/vb_cell_types.h), the VTK_* cell-type constants, and
// vtkDataSet's GetCell(id[, cell]) / GetDistinctCellTypes / GetCellTypes.
// A cell's GetPointIds / GetPoints / GetEdge / GetFace are objects the cell owns
// (the edge / face cells are reused, as VTK's); each call returns a new wrapper.
import { argc, describe, heapView, int32, int64 } from './common.mjs';

export function defineCells(ctx, { vtkPoints, vtkCellArray, vtkDataSet }) {
  const { M, INTERNAL, vtkDataObjectBase, doublesOut, wrap, withScratch, i64 } = ctx;
  const str = (p) => M.UTF8ToString(p);
  const byType = {}; // cell classes by cell type
  let vtkGenericCell;
  /** The wrapper class of a cell: its type's, or vtkGenericCell. */
  const wrapCell = (p) => (p ? wrap(M._vb_cell_is_generic(p) ? vtkGenericCell : byType[M._vb_cell_get_cell_type(p)], p) : null);
  const cellArg = (c, what) => {
    if (!(c instanceof vtkCell)) throw new TypeError(`${what}: expected a vtkCell, got ${describe(c)}`);
    return c._ptr();
  };
  const uchar = (v, what) => {
    const t = int32(v, what, -0x80000000);
    if (t < 0 || t > 255) throw new RangeError(`${what}: ${t} is out of range for unsigned char`);
    return t;
  };

  class vtkCell extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, new.target.name);
      if (new.target._type === undefined) throw new TypeError(`${new.target.name} is abstract: use a concrete class, e.g. vtkTetra`);
      super([], () => M._vb_cell_new(new.target._type, new.target === vtkGenericCell ? 1 : 0));
    }
    GetCellType() { return M._vb_cell_get_cell_type(this._ptr()); }
    GetCellDimension() { return M._vb_cell_get_cell_dimension(this._ptr()); }
    GetNumberOfPoints() { return Number(M._vb_cell_get_number_of_points(this._ptr())); }
    GetNumberOfEdges() { return M._vb_cell_get_number_of_edges(this._ptr()); }
    GetNumberOfFaces() { return M._vb_cell_get_number_of_faces(this._ptr()); }
    IsLinear() { return M._vb_cell_type_is_linear(this.GetCellType()); }
    IsPrimaryCell() { return M._vb_cell_is_primary(this._ptr()); }
    IsExplicitCell() { return 0; }
    RequiresInitialization() { return M._vb_cell_requires_initialization(this._ptr()); }
    RequiresExplicitFaceRepresentation() { return M._vb_cell_requires_explicit_faces(this._ptr()); }
    /** The cell's own vtkIdList / vtkPoints (new wrappers of the same objects). */
    GetPointIds() { return wrap(ctx.vtkIdList, M._vb_cell_get_point_ids(this._ptr())); }
    GetPoints() { return wrap(vtkPoints, M._vb_cell_get_points(this._ptr())); }
    GetPointId(i) {
      argc(arguments.length, 1, 1, 'GetPointId');
      const p = this._ptr(), k = int64(i, 'GetPointId');
      return withScratch(8, (s) => { ctx.done(M._vb_cell_get_point_id(p, k, s), 'GetPointId'); return Number(i64(s, 1)[0]); });
    }
    /** Edge / face i as a cell the cell owns and reuses (RangeError outside the count). */
    GetEdge(i) { return this.#sub(M._vb_cell_get_edge, i, 'GetEdge', arguments.length); }
    GetFace(i) { return this.#sub(M._vb_cell_get_face, i, 'GetFace', arguments.length); }
    #sub(f, i, what, n) {
      argc(n, 1, 1, what);
      const r = f(this._ptr(), int32(i, what, -0x80000000));
      if (!r) ctx.fail(M._vb_last_status(), what);
      return wrapCell(r);
    }
    GetBounds(out) { const p = this._ptr(); return doublesOut(6, (s) => M._vb_cell_get_bounds(p, s), 'GetBounds', out); }
    GetLength2() { const b = this.GetBounds(); return [0, 1, 2].reduce((l, k) => l + (b[2 * k + 1] - b[2 * k]) ** 2, 0); }
    DeepCopy(c) { argc(arguments.length, 1, 1, 'DeepCopy'); ctx.done(M._vb_cell_deep_copy(this._ptr(), cellArg(c, 'DeepCopy')), 'DeepCopy'); }
    /** Shares the points; the ids are copied. */
    ShallowCopy(c) { argc(arguments.length, 1, 1, 'ShallowCopy'); ctx.done(M._vb_cell_shallow_copy(this._ptr(), cellArg(c, 'ShallowCopy')), 'ShallowCopy'); }
    Initialize() { ctx.done(M._vb_cell_initialize(this._ptr()), 'Initialize'); }
    /** A polyhedron's faces (global point ids) into a vtkCellArray; none for other cells. */
    GetCellFaces(ca) {
      argc(arguments.length, 1, 1, 'GetCellFaces');
      if (!(ca instanceof vtkCellArray)) throw new TypeError(`GetCellFaces: expected a vtkCellArray, got ${describe(ca)}`);
      const f = M._vb_cell_get_faces(this._ptr());
      ctx.done(f ? M._vb_cell_array_deep_copy(ca._ptr(), f) : M._vb_cell_array_initialize(ca._ptr()), 'GetCellFaces');
    }
  }
  class vtkCell3D extends vtkCell {}

  const classes = { vtkCell, vtkCell3D };
  const named = (name, Base, type) => ({ [name]: class extends Base { static _type = type; } })[name];
  for (let t = 0; t <= 42; t++) {
    if (!M._vb_cell_type_is_supported(t)) continue;
    const name = str(M._vb_cell_type_class_name(t));
    classes[name] = byType[t] = named(name, M._vb_cell_type_dimension(t) === 3 ? vtkCell3D : vtkCell, t);
  }
  vtkGenericCell = classes.vtkGenericCell = named('vtkGenericCell', vtkCell, 0);
  for (const [t, C] of Object.entries(byType)) { // SetCellTypeToTetra(), ... (the linear types)
    vtkGenericCell.prototype[`SetCellTypeTo${C.name.slice(3)}`] = function () { this.SetCellType(Number(t)); };
  }
  /** SetCellType(type): a linear cell type (TypeError otherwise). */
  vtkGenericCell.prototype.SetCellType = function SetCellType(t) {
    argc(arguments.length, 1, 1, 'SetCellType');
    ctx.done(M._vb_cell_set_cell_type(this._ptr(), int32(t, 'SetCellType', -0x80000000)), 'SetCellType');
  };

  class vtkCellTypes extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, 'vtkCellTypes');
      super([], () => M._vb_cell_types_new());
    }
    Allocate(sz = 512) { ctx.done(M._vb_cell_types_allocate(this._ptr(), int64(sz, 'Allocate')), 'Allocate'); return 1; }
    InsertCell(id, type) {
      argc(arguments.length, 2, 3, 'InsertCell');
      ctx.done(M._vb_cell_types_insert_cell(this._ptr(), int64(id, 'InsertCell'), uchar(type, 'InsertCell')), 'InsertCell');
    }
    InsertNextCell(type) {
      argc(arguments.length, 1, 2, 'InsertNextCell');
      const r = M._vb_cell_types_insert_next_cell(this._ptr(), uchar(type, 'InsertNextCell'));
      ctx.done(ctx.status64(r), 'InsertNextCell');
      return Number(r);
    }
    InsertNextType(type) { argc(arguments.length, 1, 1, 'InsertNextType'); return this.InsertNextCell(type); }
    /** SetCellTypes(ncells, vtkUnsignedCharArray): shared. */
    SetCellTypes(n, a) {
      argc(arguments.length, 2, 2, 'SetCellTypes');
      ctx.done(M._vb_cell_types_set_cell_types(this._ptr(), int64(n, 'SetCellTypes'), ctx.arrayArg(a, 'SetCellTypes')), 'SetCellTypes');
    }
    DeleteCell(id) { argc(arguments.length, 1, 1, 'DeleteCell'); ctx.done(M._vb_cell_types_delete_cell(this._ptr(), int64(id, 'DeleteCell')), 'DeleteCell'); }
    GetNumberOfTypes() { return Number(M._vb_cell_types_get_number_of_types(this._ptr())); }
    IsType(type) { argc(arguments.length, 1, 1, 'IsType'); return M._vb_cell_types_is_type(this._ptr(), uchar(type, 'IsType')); }
    GetCellType(id) {
      argc(arguments.length, 1, 1, 'GetCellType');
      const r = M._vb_cell_types_get_cell_type(this._ptr(), int64(id, 'GetCellType'));
      ctx.done(r < 0 ? r : 0, 'GetCellType');
      return r;
    }
    Squeeze() { ctx.done(M._vb_cell_types_squeeze(this._ptr()), 'Squeeze'); }
    Reset() { M._vb_cell_types_reset(this._ptr()); }
    GetActualMemorySize() { return Number(M._vb_cell_types_get_actual_memory_size(this._ptr())); }
    DeepCopy(o) {
      argc(arguments.length, 1, 1, 'DeepCopy');
      if (!(o instanceof vtkCellTypes)) throw new TypeError(`DeepCopy: expected a vtkCellTypes, got ${describe(o)}`);
      ctx.done(M._vb_cell_types_deep_copy(this._ptr(), o._ptr()), 'DeepCopy');
    }
    GetCellTypesArray() { return ctx.wrapArray(M._vb_cell_types_get_array(this._ptr())); }
    static GetClassNameFromTypeId(t) { return str(M._vb_cell_type_class_name(int32(t, 'GetClassNameFromTypeId', -0x80000000))); }
    static GetTypeIdFromClassName(name) {
      return ctx.withCString(name, 'GetTypeIdFromClassName', (s) => M._vb_cell_type_from_class_name(s));
    }
    static IsLinear(t) { return M._vb_cell_type_is_linear(uchar(t, 'IsLinear')); }
    static GetDimension(t) { return M._vb_cell_type_dimension(uchar(t, 'GetDimension')); }
  }
  classes.vtkCellTypes = vtkCellTypes;

  // vtkDataSet: GetCell(id) -> a new cell of the cell's class; GetCell(id, cell) fills cell
  Object.assign(vtkDataSet.prototype, {
    GetCell(i, cell) {
      argc(arguments.length, 1, 2, 'GetCell');
      const p = this._ptr(), id = int64(i, 'GetCell');
      if (cell !== undefined) { ctx.done(M._vb_data_set_get_cell(p, id, cellArg(cell, 'GetCell')), 'GetCell'); return undefined; }
      const t = M._vb_data_set_get_cell_type(p, id);
      ctx.done(t < 0 ? t : 0, 'GetCell');
      const c = new byType[t]();
      try { ctx.done(M._vb_data_set_get_cell(p, id, c._ptr()), 'GetCell'); } catch (e) { c.delete(); throw e; }
      return c;
    },
    /** GetDistinctCellTypes(vtkCellTypes): the distinct types, ascending. */
    GetDistinctCellTypes(types) {
      argc(arguments.length, 1, 1, 'GetDistinctCellTypes');
      if (!(types instanceof vtkCellTypes)) throw new TypeError(`GetDistinctCellTypes: expected a vtkCellTypes, got ${describe(types)}`);
      ctx.done(M._vb_data_set_get_distinct_cell_types(this._ptr(), types._ptr()), 'GetDistinctCellTypes');
    },
    GetCellTypes(types) { argc(arguments.length, 1, 1, 'GetCellTypes'); this.GetDistinctCellTypes(types); },
  });

  // the VTK_* cell-type constants (vtkCellType.h), from the core
  const constants = {};
  withScratch(4, (s) => {
    for (let i = 0, n = M._vb_cell_type_constant_count(); i < n; i++) constants[str(M._vb_cell_type_constant(i, s))] = heapView(ctx.memory, Int32Array, s, 1)[0];
  });
  Object.assign(ctx, { wrapCell, vtkGenericCell, cellTypeConstants: constants });
  return classes;
}

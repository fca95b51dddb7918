// vtkFieldData: named data arrays, copy flags, ranges and the ghost array, over the
// core's vb_field_data (src/vb_field_data.h); the base of vtkDataSetAttributes.
// Not-found lookups are the core's (no error): GetArray(name or index) null,
// RemoveArray false, GetRange(name, range) false with range [NaN, NaN], as VTK.
import { argc, describe, heapView, int32, int64 } from './common.mjs';

const INT_MIN = -0x80000000; // int32(): any C int

export function defineFieldData(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withCString, arrayArg, fillOut } = ctx;

  /** A name (string) or index (C int; an index no int holds is no array: -1). */
  function key(k, what, fnName, fnIndex) {
    if (typeof k === 'string') return withCString(k, what, (s) => fnName(s));
    if (typeof k !== 'number' || !Number.isInteger(k)) throw new TypeError(`${what}: expected an array name or index, got ${describe(k)}`);
    return fnIndex(k >= INT_MIN && k <= 0x7fffffff ? k : -1);
  }

  class vtkFieldData extends vtkDataObjectBase {
    constructor() {
      if (arguments[0] === INTERNAL) { super(arguments, null); return; }
      argc(arguments.length, 0, 0, new.target.name);
      super([], () => new.target._make());
    }
    static _make() { return M._vb_field_data_new(); }
    static GhostArrayName() { return 'vtkGhostType'; }
    GetNumberOfArrays() { return M._vb_field_data_get_number_of_arrays(this._ptr()); }
    /** Append, or replace the array of the same name; returns its index. */
    AddArray(arr) {
      argc(arguments.length, 1, 1, 'AddArray');
      const r = M._vb_field_data_add_abstract_array(this._ptr(), arr instanceof ctx.vtkValueArray ? arr._ptr() : arrayArg(arr, 'AddArray'));
      ctx.done(r, 'AddArray');
      return r;
    }
    /** The array of this name or index (null when there is none, as VTK). */
    GetArray(k) {
      argc(arguments.length, 1, 1, 'GetArray');
      const p = this._ptr();
      return ctx.wrapArray(key(k, 'GetArray', (s) => M._vb_field_data_get_array_by_name(p, s, 0), (i) => M._vb_field_data_get_array(p, i)));
    }
    /** Any array of this name or index: a data array, vtkStringArray or vtkVariantArray (null: none). */
    GetAbstractArray(k) {
      argc(arguments.length, 1, 1, 'GetAbstractArray');
      const p = this._ptr();
      const o = key(k, 'GetAbstractArray', (s) => M._vb_field_data_get_abstract_array_by_name(p, s, 0), (i) => M._vb_field_data_get_abstract_array(p, i));
      return !o ? null : M._vb_value_array_from_object(o) ? ctx.wrapValueArray(o) : ctx.wrapArray(o);
    }
    HasArray(name) {
      argc(arguments.length, 1, 1, 'HasArray');
      const p = this._ptr();
      return withCString(name, 'HasArray', (s) => M._vb_field_data_get_abstract_array_by_name(p, s, 0) !== 0);
    }
    /** Name of array i (null for an unnamed array or a bad index, as VTK). */
    GetArrayName(i) {
      argc(arguments.length, 1, 1, 'GetArrayName');
      const s = M._vb_field_data_get_array_name(this._ptr(), int32(i, 'GetArrayName', INT_MIN));
      return s ? M.UTF8ToString(s) : null;
    }
    /** Remove by name or index; unknown: a no-op returning false (VTK). Later indices shift down. */
    RemoveArray(k) {
      argc(arguments.length, 1, 1, 'RemoveArray');
      const p = this._ptr();
      const r = key(k, 'RemoveArray', (s) => M._vb_field_data_remove_array(p, s), (i) => M._vb_field_data_remove_array_by_index(p, i));
      ctx.done(r, 'RemoveArray');
      return r === 1;
    }
    GetNumberOfTuples() { return Number(M._vb_field_data_get_number_of_tuples(this._ptr())); }
    SetNumberOfTuples(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfTuples');
      ctx.done(M._vb_field_data_set_number_of_tuples(this._ptr(), int64(n, 'SetNumberOfTuples')), 'SetNumberOfTuples');
    }
    GetNumberOfComponents() { return M._vb_field_data_get_number_of_components(this._ptr()); }
    /** [array index, component in it] of component i of the whole field ([-1, -1] past the end). */
    GetArrayContainingComponent(i) {
      argc(arguments.length, 1, 1, 'GetArrayContainingComponent');
      const p = this._ptr();
      return ctx.withScratch(4, (s) => {
        const r = M._vb_field_data_get_array_containing_component(p, int32(i, 'GetArrayContainingComponent', INT_MIN), s);
        return [r, r < 0 ? -1 : heapView(ctx.memory, Int32Array, s, 1)[0]];
      });
    }
    AllocateArrays(n) { argc(arguments.length, 1, 1, 'AllocateArrays'); ctx.done(M._vb_field_data_allocate_arrays(this._ptr(), Math.max(0, int32(n, 'AllocateArrays', INT_MIN))), 'AllocateArrays'); }
    Initialize() { ctx.done(M._vb_field_data_initialize(this._ptr()), 'Initialize'); }
    Squeeze() { ctx.done(M._vb_field_data_squeeze(this._ptr()), 'Squeeze'); }
    Reset() { ctx.done(M._vb_field_data_reset(this._ptr()), 'Reset'); }
    GetActualMemorySize() { return Number(M._vb_field_data_get_actual_memory_size(this._ptr())); }
    DeepCopy(o) { this._copy(o, 'DeepCopy', (d, s) => M._vb_field_data_deep_copy(d, s)); }
    ShallowCopy(o) { this._copy(o, 'ShallowCopy', (d, s) => M._vb_field_data_shallow_copy(d, s)); }
    CopyStructure(o) { this._copy(o, 'CopyStructure', (d, s) => M._vb_field_data_copy_structure(d, s)); }
    /** Add the other's arrays the copy flags let through (shared). */
    PassData(o) { this._copy(o, 'PassData', (d, s) => M._vb_field_data_pass_data(d, s)); }
    _copy(o, what, f) {
      argc(1, 1, 1, what);
      if (!(o instanceof vtkFieldData)) throw new TypeError(`${what}: expected a vtkFieldData, got ${describe(o)}`);
      ctx.done(f(this._ptr(), o._ptr()), what);
    }
    /** GetRange(name | index, range, comp = 0): fills range (NaN, NaN when there is no such array), returns a boolean. */
    GetRange(k, range, comp = 0) { return this._range(k, range, comp, 'GetRange', false); }
    GetFiniteRange(k, range, comp = 0) { return this._range(k, range, comp, 'GetFiniteRange', true); }
    _range(k, range, comp, what, finite) {
      const p = this._ptr(), c = int32(comp, what, INT_MIN);
      fillOut(range, [0, 0], what); // shape check before the call
      // a name is looked up first (-1: no such array), then the index form
      const i = key(k, what, (n) => ctx.withScratch(4, (ip) => { M._vb_field_data_get_array_by_name(p, n, ip); return heapView(ctx.memory, Int32Array, ip, 1)[0]; }), (x) => x);
      return ctx.withScratch(16, (s) => {
        const r = finite ? M._vb_field_data_get_finite_range_at(p, i, c, s) : M._vb_field_data_get_range_at(p, i, c, s);
        fillOut(range, Array.from(heapView(ctx.memory, Float64Array, s, 2)), what);
        return r === 1;
      });
    }
    /** The vtkGhostType array (unsigned char, 1 component) or null. */
    GetGhostArray() { return ctx.wrapArray(M._vb_field_data_get_ghost_array(this._ptr())); }
    HasAnyGhostBitSet(bits) { argc(arguments.length, 1, 1, 'HasAnyGhostBitSet'); return M._vb_field_data_has_any_ghost_bit_set(this._ptr(), int32(bits, 'HasAnyGhostBitSet', INT_MIN)) === 1; }
    GetGhostsToSkip() { return M._vb_field_data_get_ghosts_to_skip(this._ptr()); }
    SetGhostsToSkip(b) { argc(arguments.length, 1, 1, 'SetGhostsToSkip'); ctx.done(M._vb_field_data_set_ghosts_to_skip(this._ptr(), int32(b, 'SetGhostsToSkip', INT_MIN)), 'SetGhostsToSkip'); }
    CopyFieldOn(name) { this._field(name, 1, 'CopyFieldOn'); }
    CopyFieldOff(name) { this._field(name, 0, 'CopyFieldOff'); }
    _field(name, on, what) {
      const p = this._ptr();
      withCString(name, what, (s) => ctx.done(M._vb_field_data_copy_field(p, s, on), what));
    }
    CopyAllOn() { ctx.done(M._vb_field_data_copy_all(this._ptr(), 1), 'CopyAllOn'); }
    CopyAllOff() { ctx.done(M._vb_field_data_copy_all(this._ptr(), 0), 'CopyAllOff'); }
  }

  /** The wrapper of a core field data: vtkFieldData, or the attributes class of its association. */
  ctx.wrapFieldData = (ptr, classes) => {
    if (!ptr) return null;
    M._vb_object_retain(ptr);
    const Cls = M._vb_attributes_from_object(ptr) ? classes[M._vb_attributes_get_association(ptr) + 1] : vtkFieldData;
    return new Cls(INTERNAL, ptr);
  };
  return { vtkFieldData };
}

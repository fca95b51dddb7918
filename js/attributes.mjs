// vtkDataSetAttributes (vtkPointData / vtkCellData): named data arrays and the
// active attributes. Not-found lookups are the core's (no error): GetArray(name
// or index) null, RemoveArray(name or index) false, SetActiveAttribute(name) -1,
// as VTK.
import { argc, describe, int32 } from './common.mjs';

const ATTRIBUTES = ['Scalars', 'Vectors', 'Normals', 'TCoords', 'Tensors']; // vtkDataSetAttributes::AttributeTypes

const INT_MIN = -0x80000000; // int32(): any C int

export function defineAttributes(ctx) {
  const { M, INTERNAL, vtkDataObjectBase, withCString, arrayArg } = ctx;

  /** Call a core getter that returns NULL both for "nothing" and on failure: a
   *  failure is a recorded status (cleared before the call). */
  function lookup(call, what) {
    M._vb_clear_error();
    const r = call();
    if (!r && M._vb_last_status() < 0) ctx.fail(M._vb_last_status(), what);
    return r;
  }
  function attrType(t, what) {
    if (typeof t !== 'number' || !Number.isInteger(t)) throw new TypeError(`${what}: attribute type must be an integer 0..4, got ${describe(t)}`);
    return int32(t, what, INT_MIN);
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
    /** The array of this name or index (null when there is none, as VTK). */
    GetArray(key) {
      argc(arguments.length, 1, 1, 'GetArray');
      const p = this._ptr();
      if (typeof key === 'string') {
        return ctx.wrapArray(withCString(key, 'GetArray', (s) => lookup(() => M._vb_attributes_get_array_by_name(p, s, 0), 'GetArray')));
      }
      const i = int32(key, 'GetArray', INT_MIN);
      return ctx.wrapArray(lookup(() => M._vb_attributes_get_array(p, i), 'GetArray'));
    }
    HasArray(name) {
      argc(arguments.length, 1, 1, 'HasArray');
      const p = this._ptr();
      return withCString(name, 'HasArray', (s) => M._vb_attributes_has_array(p, s) === 1);
    }
    /** Name of array i (null for an unnamed array or a bad index, as VTK). */
    GetArrayName(i) {
      argc(arguments.length, 1, 1, 'GetArrayName');
      const p = this._ptr();
      const k = int32(i, 'GetArrayName', INT_MIN);
      const s = lookup(() => M._vb_attributes_get_array_name(p, k), 'GetArrayName');
      return s ? M.UTF8ToString(s) : null;
    }
    /**
     * Remove by name or index; an unknown name or index is a no-op (as VTK) and
     * returns false. Later indices shift down. Returns true when removed.
     */
    RemoveArray(key) {
      argc(arguments.length, 1, 1, 'RemoveArray');
      const p = this._ptr();
      if (typeof key === 'string') {
        return withCString(key, 'RemoveArray', (s) => {
          const r = M._vb_attributes_remove_array(p, s);
          ctx.done(r, 'RemoveArray');
          return r === 1;
        });
      }
      const r = M._vb_attributes_remove_array_by_index(p, int32(key, 'RemoveArray', INT_MIN));
      ctx.done(r, 'RemoveArray');
      return r === 1;
    }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_attributes_initialize(this._ptr()), 'Initialize'); }
    /** The active array of attribute type t (0..4) or null. */
    GetAttribute(t) {
      argc(arguments.length, 1, 1, 'GetAttribute');
      const p = this._ptr();
      const tt = attrType(t, 'GetAttribute');
      return ctx.wrapArray(lookup(() => M._vb_attributes_get_attribute(p, tt), 'GetAttribute'));
    }
    /** Make arr (added if needed; null unsets) the active attribute t; returns its index (-1 for null). */
    SetAttribute(arr, t) {
      argc(arguments.length, 2, 2, 'SetAttribute');
      const p = this._ptr();
      const r = M._vb_attributes_set_attribute(p, arrayArg(arr, 'SetAttribute', true), attrType(t, 'SetAttribute'));
      ctx.done(r, 'SetAttribute');
      return arr === null ? -1 : r;
    }
    /** Make the array of this name (or index) the active attribute t; -1 for an unknown name (VTK). */
    SetActiveAttribute(key, t) {
      argc(arguments.length, 2, 2, 'SetActiveAttribute');
      const p = this._ptr();
      const tt = attrType(t, 'SetActiveAttribute');
      if (typeof key === 'string') {
        return withCString(key, 'SetActiveAttribute', (s) => {
          const r = M._vb_attributes_set_active_attribute_by_name(p, s, tt);
          if (r !== -1) ctx.done(r, 'SetActiveAttribute'); // -1: no such name (never VB_ENOMEM here)
          return r;
        });
      }
      const i = int32(key, 'SetActiveAttribute', INT_MIN);
      ctx.done(M._vb_attributes_set_active_attribute(p, i, tt), 'SetActiveAttribute');
      return i;
    }
    GetActiveAttributeIndex(t) {
      argc(arguments.length, 1, 1, 'GetActiveAttributeIndex');
      return M._vb_attributes_get_active_attribute_index(this._ptr(), attrType(t, 'GetActiveAttributeIndex'));
    }
  }
  // GetScalars/SetScalars/SetActiveScalars, ... Vectors, Normals, TCoords, Tensors.
  ATTRIBUTES.forEach((name, t) => {
    Object.defineProperties(vtkDataSetAttributes.prototype, {
      [`Get${name}`]: { configurable: true, writable: true, value: function () {
        argc(arguments.length, 0, 0, `Get${name}`);
        return this.GetAttribute(t);
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
  return { vtkDataSetAttributes };
}

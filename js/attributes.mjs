// vtkDataSetAttributes (vtkPointData / vtkCellData): a vtkFieldData (fielddata.mjs)
// with the active attributes and the copies that follow VTK's copy flags. Not-found
// lookups are the core's (no error): GetScalars(name) null, SetActiveAttribute(name)
// -1, as VTK.
import { argc, describe, heapView, int32, int64 } from './common.mjs';

// vtkDataSetAttributes::AttributeTypes with a Get/Set/SetActive/Copy*On/Off each (EdgeFlag has none)
const ATTRIBUTES = { Scalars: 0, Vectors: 1, Normals: 2, TCoords: 3, Tensors: 4, GlobalIds: 5, PedigreeIds: 6,
  Tangents: 8, RationalWeights: 9, HigherOrderDegrees: 10, ProcessIds: 11 };
const ALLCOPY = 3;
const INT_MIN = -0x80000000; // int32(): any C int

export function defineAttributes(ctx, { vtkFieldData }) {
  const { M, withCString, arrayArg, withIds, memory } = ctx;

  function attrType(t, what) {
    if (typeof t !== 'number' || !Number.isInteger(t)) throw new TypeError(`${what}: attribute type must be an integer 0..11, got ${describe(t)}`);
    return int32(t, what, INT_MIN);
  }
  function attrs(o, what) {
    if (!(o instanceof vtkDataSetAttributes)) throw new TypeError(`${what}: expected a vtkDataSetAttributes, got ${describe(o)}`);
    return o._ptr();
  }

  class vtkDataSetAttributes extends vtkFieldData {
    static _make() { return M._vb_attributes_new_association(-1); }
    static GetAttributeTypeAsString(t) { const s = M._vb_attributes_attribute_type_name(attrType(t, 'GetAttributeTypeAsString')); return s ? M.UTF8ToString(s) : null; }
    static GetLongAttributeTypeAsString(t) { const s = this.GetAttributeTypeAsString(t); return s && `vtkDataSetAttributes::${s.toUpperCase()}`; }
    /** The active array of attribute type t (0..11) or null. */
    GetAttribute(t) {
      argc(arguments.length, 1, 1, 'GetAttribute');
      const tt = attrType(t, 'GetAttribute');
      return tt < 0 || tt > 11 ? null : ctx.wrapArray(M._vb_attributes_get_attribute(this._ptr(), tt));
    }
    GetAbstractAttribute(t) { argc(arguments.length, 1, 1, 'GetAbstractAttribute'); return this.GetAttribute(t); }
    /** Make arr (added if needed; null unsets) the active attribute t; returns its index (-1 for null). */
    SetAttribute(arr, t) {
      argc(arguments.length, 2, 2, 'SetAttribute');
      const p = this._ptr();
      const r = M._vb_attributes_set_attribute(p, arrayArg(arr, 'SetAttribute', true), attrType(t, 'SetAttribute'));
      ctx.done(r, 'SetAttribute');
      return arr === null ? -1 : r;
    }
    /** Make the array of this name (or index) the active attribute t; -1 for an unknown name (VTK). */
    SetActiveAttribute(k, t) {
      argc(arguments.length, 2, 2, 'SetActiveAttribute');
      const p = this._ptr();
      const tt = attrType(t, 'SetActiveAttribute');
      if (typeof k === 'string') {
        return withCString(k, 'SetActiveAttribute', (s) => {
          const r = M._vb_attributes_set_active_attribute_by_name(p, s, tt);
          if (r !== -1) ctx.done(r, 'SetActiveAttribute'); // -1: no such name (never VB_ENOMEM here)
          return r;
        });
      }
      const i = int32(k, 'SetActiveAttribute', INT_MIN);
      ctx.done(M._vb_attributes_set_active_attribute(p, i, tt), 'SetActiveAttribute');
      return i;
    }
    GetActiveAttributeIndex(t) {
      argc(arguments.length, 1, 1, 'GetActiveAttributeIndex');
      return M._vb_attributes_get_active_attribute_index(this._ptr(), attrType(t, 'GetActiveAttributeIndex'));
    }
    /** The attribute type array i is, or -1. */
    IsArrayAnAttribute(i) { argc(arguments.length, 1, 1, 'IsArrayAnAttribute'); return M._vb_attributes_is_array_an_attribute(this._ptr(), int32(i, 'IsArrayAnAttribute', INT_MIN)); }
    /** The active index of each of the 12 attribute types (-1: none); fills out when given. */
    GetAttributeIndices(out) {
      const v = Array.from({ length: 12 }, (_, t) => M._vb_attributes_get_active_attribute_index(this._ptr(), t));
      return out === undefined ? v : ctx.fillOut(out, v, 'GetAttributeIndices');
    }
    SetCopyAttribute(t, value, ctype = ALLCOPY) {
      argc(arguments.length, 2, 3, 'SetCopyAttribute');
      ctx.done(M._vb_attributes_set_copy_attribute(this._ptr(), attrType(t, 'SetCopyAttribute'), int32(value, 'SetCopyAttribute', INT_MIN), int32(ctype, 'SetCopyAttribute', INT_MIN)), 'SetCopyAttribute');
    }
    GetCopyAttribute(t, ctype) {
      argc(arguments.length, 2, 2, 'GetCopyAttribute');
      return M._vb_attributes_get_copy_attribute(this._ptr(), attrType(t, 'GetCopyAttribute'), int32(ctype, 'GetCopyAttribute', INT_MIN));
    }
    CopyAllOn(ctype = ALLCOPY) { ctx.done(M._vb_attributes_copy_all(this._ptr(), 1, int32(ctype, 'CopyAllOn', INT_MIN)), 'CopyAllOn'); }
    CopyAllOff(ctype = ALLCOPY) { ctx.done(M._vb_attributes_copy_all(this._ptr(), 0, int32(ctype, 'CopyAllOff', INT_MIN)), 'CopyAllOff'); }
    /** Add the other's arrays the copy flags let through (shared), with their attributes. */
    PassData(o) {
      argc(arguments.length, 1, 1, 'PassData');
      if (!(o instanceof vtkFieldData)) throw new TypeError(`PassData: expected a vtkFieldData, got ${describe(o)}`);
      ctx.done(M._vb_attributes_pass_data(this._ptr(), o._ptr()), 'PassData');
    }
    /** New empty arrays like the ones of src the copy flags select, for CopyData. */
    CopyAllocate(src, sze = 0, ext = 1000, shallow = 0) { return this._alloc(src, sze, shallow, 0, 'CopyAllocate', arguments.length); }
    /** The same for InterpolatePoint (id-type arrays are left out). */
    InterpolateAllocate(src, sze = 0, ext = 1000, shallow = 0) { return this._alloc(src, sze, shallow, 1, 'InterpolateAllocate', arguments.length); }
    SetupForCopy(src) { return this._alloc(src, 0, 1, 0, 'SetupForCopy', 1); }
    _alloc(src, sze, shallow, ctype, what, n) {
      argc(n, 1, 4, what);
      ctx.done(M._vb_attributes_copy_allocate(this._ptr(), attrs(src, what), int64(sze, what), shallow ? 1 : 0, ctype), what);
    }
    /** CopyData(src, fromId, toId) or CopyData(src, fromIds, toIds). */
    CopyData(src, from, to) {
      argc(arguments.length, 3, 3, 'CopyData');
      const p = this._ptr(), sp = attrs(src, 'CopyData');
      if (typeof from === 'number' || typeof from === 'bigint') {
        ctx.done(M._vb_attributes_copy_data(p, sp, int64(from, 'CopyData'), int64(to, 'CopyData')), 'CopyData');
        return;
      }
      const f = ctx.idArray(from, 'CopyData'), t = ctx.idArray(to, 'CopyData');
      if (f.length !== t.length) throw new TypeError('CopyData: fromIds and toIds differ in length');
      for (let k = 0; k < f.length; k++) ctx.done(M._vb_attributes_copy_data(p, sp, f[k], t[k]), 'CopyData');
    }
    /** InterpolatePoint(src, toId, ids, weights): weights[k] * tuple ids[k], summed. */
    InterpolatePoint(src, toId, ids, weights) {
      argc(arguments.length, 4, 4, 'InterpolatePoint');
      const p = this._ptr(), sp = attrs(src, 'InterpolatePoint'), to = int64(toId, 'InterpolatePoint');
      withIds(ids, 'InterpolatePoint', (s, n) => {
        if (!(Array.isArray(weights) || ArrayBuffer.isView(weights)) || weights.length < n) throw new TypeError('InterpolatePoint: expected at least one weight per id');
        ctx.withScratch(8 * Math.max(n, 1), (w) => {
          const wv = heapView(memory, Float64Array, w, n);
          for (let k = 0; k < n; k++) {
            if (typeof weights[k] !== 'number') throw new TypeError(`InterpolatePoint: weights must be numbers, got ${describe(weights[k])}`);
            wv[k] = weights[k];
          }
          ctx.done(M._vb_attributes_interpolate_point(p, sp, to, BigInt(n), s, w), 'InterpolatePoint');
        });
      });
    }
    /** InterpolateEdge(src, toId, p1, p2, t): (1 - t) * tuple p1 + t * tuple p2. */
    InterpolateEdge(src, toId, p1, p2, t) {
      argc(arguments.length, 5, 5, 'InterpolateEdge');
      if (typeof t !== 'number') throw new TypeError(`InterpolateEdge: t must be a number, got ${describe(t)}`);
      ctx.done(M._vb_attributes_interpolate_edge(this._ptr(), attrs(src, 'InterpolateEdge'), int64(toId, 'InterpolateEdge'),
        int64(p1, 'InterpolateEdge'), int64(p2, 'InterpolateEdge'), t), 'InterpolateEdge');
    }
    /** InterpolateTime(from1, from2, id, t): each attribute active in both, into this one's. */
    InterpolateTime(from1, from2, id, t) {
      argc(arguments.length, 4, 4, 'InterpolateTime');
      if (typeof t !== 'number') throw new TypeError(`InterpolateTime: t must be a number, got ${describe(t)}`);
      ctx.done(M._vb_attributes_interpolate_time(this._ptr(), attrs(from1, 'InterpolateTime'), attrs(from2, 'InterpolateTime'),
        int64(id, 'InterpolateTime'), t), 'InterpolateTime');
    }
  }
  // Get<Attr>() / Get<Attr>(name), Set<Attr>, SetActive<Attr>, Copy<Attr>On/Off(ctype),
  // SetCopy<Attr>(on, ctype), GetCopy<Attr>(ctype) for each attribute type.
  for (const [name, t] of Object.entries(ATTRIBUTES)) {
    const def = (m, f) => Object.defineProperty(vtkDataSetAttributes.prototype, m, { configurable: true, writable: true, value: f });
    def(`Get${name}`, function (arrayName) {
      argc(arguments.length, 0, 1, `Get${name}`);
      if (arrayName === undefined) return this.GetAttribute(t);
      const p = this._ptr();
      return ctx.wrapArray(withCString(arrayName, `Get${name}`, (s) => M._vb_attributes_get_attribute_by_name(p, s, t)));
    });
    def(`Set${name}`, function (arr) { argc(arguments.length, 1, 1, `Set${name}`); return this.SetAttribute(arr, t); });
    def(`SetActive${name}`, function (k) { argc(arguments.length, 1, 1, `SetActive${name}`); return k === null ? (this.SetActiveAttribute(-1, t), -1) : this.SetActiveAttribute(k, t); });
    def(`Copy${name}On`, function (ctype = ALLCOPY) { this.SetCopyAttribute(t, 1, ctype); });
    def(`Copy${name}Off`, function (ctype = ALLCOPY) { this.SetCopyAttribute(t, 0, ctype); });
    def(`SetCopy${name}`, function (on, ctype = ALLCOPY) { this.SetCopyAttribute(t, on ? 1 : 0, ctype); });
    def(`GetCopy${name}`, function (ctype = ALLCOPY) { return this.GetCopyAttribute(t, ctype); });
  }
  Object.assign(vtkDataSetAttributes, {
    SCALARS: 0, VECTORS: 1, NORMALS: 2, TCOORDS: 3, TENSORS: 4, GLOBALIDS: 5, PEDIGREEIDS: 6, EDGEFLAG: 7,
    TANGENTS: 8, RATIONALWEIGHTS: 9, HIGHERORDERDEGREES: 10, PROCESSIDS: 11, NUM_ATTRIBUTES: 12,
    COPYTUPLE: 0, INTERPOLATE: 1, PASSDATA: 2, ALLCOPY: 3,
    DUPLICATEPOINT: 1, HIDDENPOINT: 2, DUPLICATECELL: 1, HIGHCONNECTIVITYCELL: 2, LOWCONNECTIVITYCELL: 4,
    REFINEDCELL: 8, EXTERIORCELL: 16, HIDDENCELL: 32,
  });
  class vtkPointData extends vtkDataSetAttributes { static _make() { return M._vb_attributes_new_association(0); } }
  class vtkCellData extends vtkDataSetAttributes { static _make() { return M._vb_attributes_new_association(1); } }
  ctx.attributeClasses = [vtkDataSetAttributes, vtkPointData, vtkCellData];
  return { vtkDataSetAttributes, vtkPointData, vtkCellData };
}

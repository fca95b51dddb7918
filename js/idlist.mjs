// vtkIdList: a growable list of ids (vtkIdType), over the core's vb_id_list
// (src/vb_id_list.h): VTK 9.7.1's semantics, capacity growth included.
// Ids are numbers (or BigInt) in int64; results are numbers.
import { argc, describe, INT64_MAX } from './common.mjs';

/** An id (number or BigInt) -> BigInt for an int64 C parameter (TypeError / RangeError). */
export function id64(v, what) {
  if (typeof v !== 'bigint' && !Number.isInteger(v)) {
    throw new TypeError(`${what}: expected an integer, got ${describe(v)}`);
  }
  if (v < -INT64_MAX - 1n || v > INT64_MAX) throw new RangeError(`${what}: ${v} not in int64`);
  return BigInt(v);
}

export function defineIdList(ctx) {
  const { M, memory, vtkObject } = ctx;
  const status64 = (r) => (r < 0n ? Number(r) : 0);

  class vtkIdList extends vtkObject {
    constructor(arg) {
      if (arg === ctx.INTERNAL) { super(ctx.INTERNAL, arguments[1]); return; }
      argc(arguments.length, 0, 0, 'vtkIdList');
      super(ctx.INTERNAL, M._vb_id_list_new());
    }
    GetNumberOfIds() { return Number(M._vb_id_list_get_number_of_ids(this._ptr())); }
    GetCapacity() { return Number(M._vb_id_list_get_capacity(this._ptr())); }
    /** GetId(i), 0 <= i < GetNumberOfIds() (RangeError otherwise). */
    GetId(i) {
      argc(arguments.length, 1, 1, 'GetId');
      const p = this._ptr();
      return ctx.withScratch(8, (s) => {
        ctx.done(M._vb_id_list_get_id(p, id64(i, 'GetId'), s), 'GetId');
        return Number(new BigInt64Array(memory.buffer, s >>> 0, 1)[0]);
      });
    }
    SetId(i, id) {
      argc(arguments.length, 2, 2, 'SetId');
      ctx.done(M._vb_id_list_set_id(this._ptr(), id64(i, 'SetId'), id64(id, 'SetId')), 'SetId');
    }
    /** InsertId(i, id): grows to i + 1 ids (new ones 0). */
    InsertId(i, id) {
      argc(arguments.length, 2, 2, 'InsertId');
      ctx.done(M._vb_id_list_insert_id(this._ptr(), id64(i, 'InsertId'), id64(id, 'InsertId')), 'InsertId');
    }
    InsertNextId(id) { return this.#index(M._vb_id_list_insert_next_id, id, 'InsertNextId', arguments.length); }
    InsertUniqueId(id) { return this.#index(M._vb_id_list_insert_unique_id, id, 'InsertUniqueId', arguments.length); }
    #index(fn, id, what, n) {
      argc(n, 1, 1, what);
      const r = fn(this._ptr(), id64(id, what));
      ctx.done(status64(r), what);
      return Number(r);
    }
    /** Index of id, -1 if absent. */
    IsId(id) { argc(arguments.length, 1, 1, 'IsId'); return Number(M._vb_id_list_is_id(this._ptr(), id64(id, 'IsId'))); }
    FindIdLocation(id) { argc(arguments.length, 1, 1, 'FindIdLocation'); return this.IsId(id); }
    /** Remove every occurrence of id (the last id moves into each hole, as VTK). */
    DeleteId(id) { argc(arguments.length, 1, 1, 'DeleteId'); ctx.done(M._vb_id_list_delete_id(this._ptr(), id64(id, 'DeleteId')), 'DeleteId'); }
    Fill(id) { argc(arguments.length, 1, 1, 'Fill'); M._vb_id_list_fill(this._ptr(), id64(id, 'Fill')); }
    SetNumberOfIds(n) { this.#sized(M._vb_id_list_set_number_of_ids, n, 'SetNumberOfIds', arguments.length); }
    Reserve(n) { this.#sized(M._vb_id_list_reserve, n, 'Reserve', arguments.length); return 1; }
    Allocate(n) { this.#sized(M._vb_id_list_allocate, n, 'Allocate', Math.min(arguments.length, 1)); return 1; }
    Resize(n) { this.#sized(M._vb_id_list_resize, n, 'Resize', arguments.length); }
    #sized(fn, n, what, count) {
      argc(count, 1, 1, what);
      ctx.done(fn(this._ptr(), id64(n, what)), what);
    }
    Reset() { M._vb_id_list_reset(this._ptr()); }
    Initialize() { M._vb_id_list_initialize(this._ptr()); }
    Squeeze() { ctx.done(M._vb_id_list_squeeze(this._ptr()), 'Squeeze'); }
    Sort() { M._vb_id_list_sort(this._ptr()); }
    DeepCopy(other) { this.#copy(M._vb_id_list_deep_copy, other, 'DeepCopy', arguments.length); }
    /** A copy (VTK shares the storage; the ids read the same). */
    ShallowCopy(other) { this.#copy(M._vb_id_list_deep_copy, other, 'ShallowCopy', arguments.length); }
    /** Keep the ids that are also in other (this list's order). */
    IntersectWith(other) { this.#copy(M._vb_id_list_intersect_with, other, 'IntersectWith', arguments.length); }
    #copy(fn, other, what, n) {
      argc(n, 1, 1, what);
      if (!(other instanceof vtkIdList)) throw new TypeError(`${what}: expected a vtkIdList, got ${describe(other)}`);
      ctx.done(fn(this._ptr(), other._ptr()), what);
    }
    /** SetList(ids[, size]): replace the ids by a copy of the first size ids. */
    SetList(ids, size = ids?.length) {
      argc(arguments.length, 1, 4, 'SetList');
      if (!Array.isArray(ids) && !ArrayBuffer.isView(ids)) throw new TypeError(`SetList: expected an Array or typed array of ids, got ${describe(ids)}`);
      if (!Number.isInteger(size) || size < 0 || size > ids.length) throw new RangeError(`SetList: size ${size} but ${ids.length} ids given`);
      const big = BigInt64Array.from(Array.prototype.slice.call(ids, 0, size), (v) => id64(v, 'SetList'));
      const p = this._ptr();
      ctx.withScratch(Math.max(8, big.length * 8), (s) => {
        new BigInt64Array(memory.buffer, s >>> 0, big.length).set(big);
        ctx.done(M._vb_id_list_set_list(p, s, BigInt(big.length)), 'SetList');
      });
    }
    /** A copy of the ids (a new BigInt64Array). */
    toArray() {
      const p = this._ptr(), n = this.GetNumberOfIds();
      return n ? new BigInt64Array(memory.buffer, M._vb_id_list_data(p) >>> 0, n).slice() : new BigInt64Array(0);
    }
  }
  return { vtkIdList };
}

// What the data-object modules (points, cellarray, attributes, polydata, sphere)
// share: the base class and argument helpers, over the C core's data-object layer
// (docs/data-objects.md), with VTK's method names.
//
// Getters that return an object return a new wrapper holding its own reference
// (docs/js.md, "Borrowed objects"); compare wrappers with IsSame().
//
// Errors: the core's status, mapped once (index.mjs: ctx.fail); argument types and
// counts are checked here (TypeError). Objects are unchanged on failure.
import { describe, heapView, INT64_MAX } from './common.mjs';

export function defineDataObjectBase(ctx, arrays) {
  const { M, memory, INTERNAL, vtkObjectBase, withScratch } = ctx;
  const { vtkDataArray } = arrays;

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

  /** Point or cell ids: an Array of integers, an integer typed array or a vtkIdList -> BigInt64Array. */
  function idArray(ids, what) {
    if (ctx.vtkIdList && ids instanceof ctx.vtkIdList) {
      const p = ids._ptr(), n = Number(M._vb_id_list_get_number_of_ids(p));
      return n ? heapView(memory, BigInt64Array, M._vb_id_list_data(p), n).slice() : new BigInt64Array(0);
    }
    if (!(Array.isArray(ids) || ArrayBuffer.isView(ids))) {
      throw new TypeError(`${what}: expected an array of ids or a vtkIdList, got ${describe(ids)}`);
    }
    if (Object.prototype.toString.call(ids).includes('Float')) {
      throw new TypeError(`${what}: ids must be integers, got a ${describe(ids)}`);
    }
    const out = new BigInt64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const v = ids[k];
      // only the int64 C parameter is checked here; the core refuses negative ids
      if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) {
        if (v < -INT64_MAX - 1n || v > INT64_MAX) throw new RangeError(`${what}: id ${v} does not fit int64`);
        out[k] = BigInt(v);
      } else {
        throw new TypeError(`${what}: ids must be integers, got ${describe(v)}`);
      }
    }
    return out;
  }
  /** fn(address, n) with the ids in scratch memory. */
  function withIds(ids, what, fn) {
    const v = idArray(ids, what);
    return withScratch(8 * Math.max(v.length, 1), (s) => {
      heapView(memory, BigInt64Array, s, v.length).set(v);
      return fn(s, v.length);
    });
  }
  /** ids (numbers) into out: a vtkIdList (replaced) or an Array (contents replaced); out returned. */
  function idsOut(out, ids, what) {
    if (ctx.vtkIdList && out instanceof ctx.vtkIdList) {
      const p = out._ptr();
      withScratch(8 * Math.max(ids.length, 1), (s) => {
        heapView(memory, BigInt64Array, s, ids.length).set(ids.map(BigInt));
        ctx.done(M._vb_id_list_set_list(p, s, BigInt(ids.length)), what);
      });
      return out;
    }
    if (!Array.isArray(out)) throw new TypeError(`${what}: expected a vtkIdList or an Array for the ids, got ${describe(out)}`);
    out.length = 0;
    out.push(...ids);
    return out;
  }
  /** VTK's output arrays: fill out (an Array or typed array of exactly values.length) and return it. */
  function fillOut(out, values, what) {
    if (!(Array.isArray(out) || ArrayBuffer.isView(out)) || out.length !== values.length) {
      throw new TypeError(`${what}: expected an array of ${values.length} numbers to fill, got ${describe(out)}`);
    }
    for (let k = 0; k < values.length; k++) out[k] = values[k];
    return out;
  }
  /** f64 results of a core call writing n doubles: an Array, or filled into out when given. */
  function doublesOut(n, call, what, out) {
    const v = withScratch(8 * n, (s) => { ctx.done(call(s), what); return Array.from(heapView(memory, Float64Array, s, n)); });
    return out === undefined ? v : fillOut(out, v, what);
  }

  return {
    vtkDataObjectBase,
    vtkDataArray,
    idArray, withIds, idsOut, fillOut, doublesOut,
    f64: (p, n) => heapView(memory, Float64Array, p, n),
    i64: (p, n) => heapView(memory, BigInt64Array, p, n),
    /** fn(address of str as a NUL-terminated UTF-8 string in scratch memory). */
    withCString(str, what, fn) {
      if (typeof str !== 'string') throw new TypeError(`${what}: expected a string, got ${describe(str)}`);
      if (str.includes('\0')) throw new TypeError(`${what}: the name contains a NUL character`);
      const bytes = new TextEncoder().encode(str);
      return withScratch(bytes.length + 1, (s) => {
        const heap = heapView(memory, Uint8Array, s, bytes.length + 1);
        heap.set(bytes);
        heap[bytes.length] = 0;
        return fn(s);
      });
    },
    /** x, y, z or [x, y, z] (numbers) -> [x, y, z]. */
    triple(args, what) {
      let v = args;
      if (args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))) v = args[0];
      else if (args.length !== 3) throw new TypeError(`${what}: expected (x, y, z) or ([x, y, z]), got ${args.length} arguments`);
      if (v.length !== 3) throw new TypeError(`${what}: expected 3 coordinates, got ${v.length}`);
      const out = Array.from(v);
      for (const x of out) {
        if (typeof x !== 'number') throw new TypeError(`${what}: coordinates must be numbers, got ${describe(x)}`);
      }
      return out;
    },
    /** A status returned as int64 (an id, or a negative status) -> the status. */
    status64: (r) => (r < 0n ? Number(r) : 0),
    /** A new wrapper of class Cls holding a new reference to ptr (null for NULL). */
    wrap(Cls, ptr) {
      if (!ptr) return null;
      M._vb_object_retain(ptr);
      return new Cls(INTERNAL, ptr);
    },
    /** A new AOS array of dtype holding a copy of values, in ncomp components. */
    arrayOf(dtype, values, ncomp = 1) {
      const a = new arrays.vtkAOSDataArrayTemplate(dtype);
      a.SetNumberOfComponents(ncomp);
      a.SetNumberOfValues(values.length);
      a.set(values);
      return a;
    },
    /** o if a plain options object (TypeError for a key not in keys), else null. */
    options(o, keys, what) {
      if (o === null || typeof o !== 'object' || Array.isArray(o) || ArrayBuffer.isView(o) || o instanceof vtkDataArray) return null;
      for (const k in o) if (!keys.includes(k)) throw new TypeError(`${what}: unknown option ${k}`);
      return o;
    },
    /** A vtkDataArray argument -> its pointer (0 for null when nullable). */
    arrayArg(a, what, nullable = false) {
      if (a === null && nullable) return 0;
      if (!(a instanceof vtkDataArray)) {
        throw new TypeError(`${what}: expected a vtkDataArray of this vtkbuf instance${nullable ? ' or null' : ''}, got ${describe(a)}`);
      }
      return a._ptr();
    },
  };
}

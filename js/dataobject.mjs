// What the data-object modules (points, cellarray, attributes, polydata, sphere)
// share: the base class and argument helpers, over the C core's data-object layer
// (docs/data-objects.md), with VTK's method names.
//
// Getters that return an object return a new wrapper holding its own reference
// (docs/js.md, "Borrowed objects"); compare wrappers with IsSame().
//
// Errors: the core's status, mapped once (index.mjs: ctx.fail); argument types and
// counts are checked here (TypeError). Objects are unchanged on failure.
import { describe, heapView } from './common.mjs';

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

  return {
    vtkDataObjectBase,
    vtkDataArray,
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

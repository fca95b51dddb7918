// Safe views: zero-copy typed-array access that can never silently go stale.
//
// A SafeView retains the memory block it points into (so the memory stays valid
// however the buffer is reallocated) and checks, once per call, that
//  - it was not released and its owner was not deleted,
//  - the block is still its owner's current storage (no reallocation),
//  - WASM memory has not grown (its ArrayBuffer is still memory.buffer).
// Any failure throws StaleViewError; a fresh view is one call (`owner.data`).
// Cost: one check per call, never per element (chunks() and array() give
// element loops at raw typed-array speed).
import { StaleViewError, addr, argc, describe, heapView, isTypedArrayOf } from './common.mjs';
import { SCALAR_BYTES } from './scalars.mjs';

export function defineSafeView(ctx) {
  const { M, memory } = ctx;
  /** The VTK type of a typed array's elements (its seed dtype), or null. */
  const typeOfArray = (src) => {
    const A = src instanceof Uint8ClampedArray ? Uint8Array : src.constructor;
    return ctx.types.rows.find((r) => r.seed && r.Array === A)?.id ?? null;
  };
  /**
   * Write `src` (an Array of numbers / BigInts, or a typed array of another type) at
   * element address `dst` of type `type` through the core's checked span conversion
   * (src/vb_span.h: NumPy's casting without wraps; nothing written on refusal).
   */
  function convertInto(type, dst, src, what) {
    const n = src.length;
    if (n === 0) return;
    let bytes, stype = null;
    if (Array.isArray(src)) {
      bytes = n * SCALAR_BYTES;
    } else {
      stype = typeOfArray(src);
      if (stype === null) throw new TypeError(`${what}: cannot convert from a ${describe(src)}`);
      if (src.buffer === memory.buffer) src = src.slice(); // the allocation below may detach it
      bytes = src.byteLength;
    }
    const small = bytes <= 4096; // scratch memory of this nesting level, else a fresh block
    const p = addr(small ? ctx.scratch(bytes) : M._malloc(bytes));
    if (!p) throw new RangeError(`${what}: out of WASM memory (${bytes} bytes)`);
    try {
      if (stype === null) {
        for (let k = 0; k < n; k++) ctx.scalars.put(p + k * SCALAR_BYTES, src[k], what);
        ctx.done(M._vb_span_convert_scalars(type, dst, p, BigInt(n)), what);
      } else {
        new Uint8Array(memory.buffer, p, bytes).set(new Uint8Array(src.buffer, src.byteOffset, bytes));
        ctx.done(M._vb_span_convert(type, dst, stype, p, BigInt(n)), what);
      }
    } finally {
      if (small) ctx.unscratch();
      else M._free(p);
    }
  }
  // The FinalizationRegistry releases the block of a view dropped without release().
  const blocks = new FinalizationRegistry((block) => M._vb_block_release(block));

  class SafeView {
    #owner; #block; #array; #blockOf; #hint; #info; #released = false;

    /** @internal Use `buf.data`, `buf.getData()`, `arr.data`, `arr.getData()`. */
    constructor(token, owner, info, blockOf, dataPtr, length, hint) {
      if (token !== ctx.INTERNAL) throw new TypeError('SafeView: use buf.data / arr.getData()');
      this.#owner = owner;
      this.#info = info;
      this.#blockOf = blockOf;
      this.#hint = hint;
      this.#block = blockOf();
      if (this.#block) {
        M._vb_block_retain(this.#block);
        blocks.register(this, this.#block, this);
      }
      this.#array = heapView(memory, info.Array, dataPtr, length);
    }

    #check() {
      if (this.#released) throw new StaleViewError('stale view: this view was released');
      if (!this.#owner._alive()) {
        throw new StaleViewError(`stale view: its ${this.#owner.constructor.name} was deleted`);
      }
      if (this.#blockOf() !== this.#block) {
        throw new StaleViewError(`stale view: the buffer was reallocated since this view was made; get a fresh one with ${this.#hint}`);
      }
      const a = this.#array;
      if (a.buffer !== memory.buffer) {
        throw new StaleViewError(`stale view: WebAssembly memory grew since this view was made; get a fresh one with ${this.#hint}`);
      }
      return a;
    }

    #index(i, n, what) {
      if (typeof i !== 'number' || !Number.isInteger(i)) {
        throw new TypeError(`${what}: index must be an integer, got ${describe(i)}`);
      }
      if (i < 0 || i >= n) throw new RangeError(`${what}: index ${i} out of range [0, ${n})`);
    }

    /** True once this view would throw StaleViewError. */
    get stale() {
      try { this.#check(); return false; } catch (e) { if (e instanceof StaleViewError) return true; throw e; }
    }
    get length() { return this.#check().length; }
    get dtype() { return this.#info.dtype; }
    /** The typed-array constructor of this view (Float64Array, BigInt64Array, ...). */
    get arrayType() { return this.#info.Array; }

    get(i) {
      argc(arguments.length, 1, 1, 'SafeView.get');
      const a = this.#check();
      this.#index(i, a.length, 'SafeView.get');
      return a[i];
    }

    /**
     * set(i, value): write one element (a number or a BigInt, for any dtype).
     * set(source, offset = 0): copy a typed array or an Array of numbers / BigInts in at
     * offset. A typed array of the view's type is copied as is; anything else goes
     * through the core's checked conversion
     * (src/vb_span.h): reals truncate into integer types, a value the type cannot hold
     * (300 into uint8, NaN into an integer type) is a RangeError and nothing is written.
     */
    set(i, v) {
      if (typeof i === 'number') {
        argc(arguments.length, 2, 2, 'SafeView.set(index, value)');
        const a = this.#check();
        this.#index(i, a.length, 'SafeView.set');
        // a float view takes every Number as C converts it (the core's rule has no refusal
        // there): store it directly; anything else goes through the core's check
        if (typeof v === 'number' && (a instanceof Float64Array || a instanceof Float32Array)) a[i] = v;
        else this.#convert(a, i, [v], 'SafeView.set');
        return;
      }
      argc(arguments.length, 1, 2, 'SafeView.set(source, offset)');
      const src = i, offset = v === undefined ? 0 : v;
      const a = this.#check();
      if (typeof offset !== 'number' || !Number.isInteger(offset)) {
        throw new TypeError(`SafeView.set: offset must be an integer, got ${describe(offset)}`);
      }
      if (!ArrayBuffer.isView(src) && !Array.isArray(src)) {
        throw new TypeError(`SafeView.set: expected (index, value) or (typed array, offset), got ${describe(src)}`);
      }
      if (offset < 0 || offset + src.length > a.length) {
        throw new RangeError(`SafeView.set: ${src.length} elements at offset ${offset} do not fit in ${a.length}`);
      }
      if (isTypedArrayOf(src, this.#info)) a.set(src, offset); // same type: exact
      else this.#convert(a, offset, src, 'SafeView.set');
    }

    // src converted into the checked view `a` at element `at` (the core's rule)
    #convert(a, at, src, what) {
      // views of Pyodide's memory (vtkbuf/pyodide) have no core of their own to convert with
      if (!ctx.types) {
        throw new TypeError(`${what}: a view of Pyodide's memory takes a typed array of its own type ` +
          `(${this.#info.Array.name}) or, for float views, numbers; convert other values in Python`);
      }
      const type = this.#info.dtype === 'bit' ? ctx.types.byKey.get('uint8').id : this.#info.id; // a bit array's bytes
      convertInto(type, a.byteOffset + at * a.BYTES_PER_ELEMENT, src, what);
    }

    /** The checked typed array itself: valid until the next allocation (do not keep it). */
    array() { return this.#check(); }

    /**
     * Copy out into `target` (a typed array of the same type with at least `length`
     * elements; returns it) or into a new typed array not backed by WASM memory.
     */
    toArray(target) {
      argc(arguments.length, 0, 1, 'SafeView.toArray');
      const a = this.#check();
      if (target === undefined) {
        const out = new this.#info.Array(a.length); // faster than slice() on Node 20
        out.set(a);
        return out;
      }
      if (!isTypedArrayOf(target, this.#info)) {
        throw new TypeError(`SafeView.toArray: target is a ${describe(target)}, this view is a ${this.#info.Array.name}`);
      }
      if (target.length < a.length) throw new RangeError(`SafeView.toArray: target has ${target.length} elements, need ${a.length}`);
      target.set(a);
      return target;
    }

    /**
     * Iterate in zero-copy chunks (subarrays of at most `size` elements), checking
     * once per chunk: memory growth or reallocation during the loop throws at the
     * next chunk instead of reading a detached array.
     */
    *chunks(size = 65536) {
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
        throw new RangeError(`SafeView.chunks: size must be a positive integer, got ${describe(size)}`);
      }
      const n = this.#check().length;
      for (let off = 0; off < n; off += size) yield this.#check().subarray(off, Math.min(n, off + size));
    }

    /** Release the memory block held by this view (idempotent). Later use throws StaleViewError. */
    release() {
      if (this.#released) return;
      this.#released = true;
      if (this.#block) {
        blocks.unregister(this);
        M._vb_block_release(this.#block);
      }
      this.#array = null;
    }
    [Symbol.dispose]() { this.release(); }
  }
  return SafeView;
}

// vtkbuf for JavaScript: VTK-style typed buffers over a WebAssembly C core.
//
//   import createVtkBuf from 'vtkbuf';
//   const vb = await createVtkBuf();
//   const buf = new vb.vtkBuffer('float64');
//   buf.Allocate(100);
//   const d = buf.data;          // safe view: checked once per call
//   d.set(0, 42); d.get(0);      // 42
//   buf.view();                  // raw Float64Array, valid until the next allocation
//
// Views never silently go stale: WASM memory growth detaches every ArrayBuffer
// over the old memory (reads give undefined, writes are dropped), and a
// reallocation moves a buffer to a new memory block. A safe view detects both
// and throws StaleViewError; `buf.data` again gives a fresh one.
import createVtkBufModule from './dist/vtkbuf.mjs';

export class StaleViewError extends Error {
  constructor(message) { super(message); this.name = 'StaleViewError'; }
}

// VTK type ids and the typed array for each dtype.
export const VTK = Object.freeze({
  VTK_CHAR: 2, VTK_UNSIGNED_CHAR: 3, VTK_SHORT: 4, VTK_UNSIGNED_SHORT: 5, VTK_INT: 6,
  VTK_UNSIGNED_INT: 7, VTK_LONG: 8, VTK_UNSIGNED_LONG: 9, VTK_FLOAT: 10, VTK_DOUBLE: 11,
  VTK_ID_TYPE: 12, VTK_SIGNED_CHAR: 15, VTK_LONG_LONG: 16, VTK_UNSIGNED_LONG_LONG: 17,
});
const DTYPES = {
  int8: [VTK.VTK_SIGNED_CHAR, Int8Array], uint8: [VTK.VTK_UNSIGNED_CHAR, Uint8Array],
  int16: [VTK.VTK_SHORT, Int16Array], uint16: [VTK.VTK_UNSIGNED_SHORT, Uint16Array],
  int32: [VTK.VTK_INT, Int32Array], uint32: [VTK.VTK_UNSIGNED_INT, Uint32Array],
  int64: [VTK.VTK_LONG_LONG, BigInt64Array], uint64: [VTK.VTK_UNSIGNED_LONG_LONG, BigUint64Array],
  float32: [VTK.VTK_FLOAT, Float32Array], float64: [VTK.VTK_DOUBLE, Float64Array],
};
const ARRAY_OF_TYPE = new Map(Object.values(DTYPES).map(([id, A]) => [id, A]));
const VB_EINVAL = -2, VB_ETYPE = -5, VB_ESTATE = -6; // core status codes (src/vb_error.h)

export default async function createVtkBuf(options = {}) {
  const moduleArg = {};
  if (options.wasmBinary) moduleArg.wasmBinary = options.wasmBinary;
  if (options.wasmURL) moduleArg.locateFile = () => String(options.wasmURL);
  const M = await createVtkBufModule(moduleArg);
  const memory = M.wasmMemory;

  function fail(status, what) {
    const msg = `${what}: ${M.UTF8ToString(M._vb_last_error()) || M.UTF8ToString(M._vb_strerror(status))}`;
    if (status === VB_EINVAL || status === VB_ETYPE) throw new TypeError(msg);
    if (status === VB_ESTATE) throw new Error(msg);
    throw new RangeError(msg); // VB_ENOMEM, VB_ERANGE, VB_EOVERFLOW
  }
  function count(n, what) {
    if (typeof n === 'bigint') n = Number(n);
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new TypeError(`${what}: expected an integer count, got ${typeof n === 'number' ? n : typeof n}`);
    if (n < 0) throw new RangeError(`${what}: count must be >= 0, got ${n}`);
    return BigInt(n);
  }

  // Releases the core objects of instances dropped without delete().
  const finalizer = new FinalizationRegistry(({ release, ptr }) => release(ptr));

  // Safe view: holds the memory block it points into (so the memory stays valid)
  // and checks, once per call, that it still is the buffer's current storage and
  // that WASM memory has not grown since it was made.
  class SafeView {
    #owner; #block; #array; #ptr;
    constructor(owner) {
      this.#owner = owner;
      this.#ptr = owner._ptr();
      this.#block = M._vb_buffer_block(this.#ptr);
      if (this.#block) M._vb_block_retain(this.#block);
      const A = ARRAY_OF_TYPE.get(M._vb_buffer_type(this.#ptr));
      this.#array = new A(memory.buffer, M._vb_buffer_data(this.#ptr), Number(M._vb_buffer_count(this.#ptr)));
      finalizer.register(this, { release: (b) => M._vb_block_release(b), ptr: this.#block }, this);
    }
    #check() {
      if (this.#block === -1) throw new StaleViewError('view was released');
      if (this.#owner._deleted() || M._vb_buffer_block(this.#ptr) !== this.#block) {
        throw new StaleViewError('stale view: the buffer was reallocated since this view was made; get a fresh one with buf.data');
      }
      if (this.#array.buffer !== memory.buffer) {
        throw new StaleViewError('stale view: WebAssembly memory grew since this view was made; get a fresh one with buf.data');
      }
      return this.#array;
    }
    get length() { return this.#check().length; }
    get(i) {
      const a = this.#check();
      if (!Number.isInteger(i) || i < 0 || i >= a.length) throw new RangeError(`index ${i} out of range [0, ${a.length})`);
      return a[i];
    }
    set(i, v) {
      const a = this.#check();
      if (!Number.isInteger(i) || i < 0 || i >= a.length) throw new RangeError(`index ${i} out of range [0, ${a.length})`);
      a[i] = v;
    }
    /** The typed array itself, valid until the next allocation. */
    array() { return this.#check(); }
    /** Copy out. */
    toArray() { return this.#check().slice(); }
    release() {
      if (this.#block === -1) return;
      finalizer.unregister(this);
      if (this.#block) M._vb_block_release(this.#block);
      this.#block = -1;
    }
    [Symbol.dispose]() { this.release(); }
  }

  class vtkBuffer {
    #ptr;
    constructor(dtype) {
      if (typeof dtype !== 'string') throw new TypeError('vtkBuffer(dtype): dtype must be a string such as "float64"');
      const entry = DTYPES[dtype];
      if (!entry) throw new TypeError(`vtkBuffer: unknown dtype "${dtype}" (known: ${Object.keys(DTYPES).join(', ')})`);
      const ptr = M._vb_buffer_new(entry[0]);
      if (!ptr) fail(M._vb_last_status(), 'vtkBuffer');
      this.#ptr = ptr;
      finalizer.register(this, { release: (p) => M._vb_buffer_release(p), ptr }, this);
    }
    _ptr() {
      if (!this.#ptr) throw new Error('vtkBuffer: object was deleted');
      return this.#ptr;
    }
    _deleted() { return !this.#ptr; }
    Allocate(n) {
      const s = M._vb_buffer_allocate(this._ptr(), count(n, 'Allocate'));
      if (s < 0) fail(s, 'Allocate');
      return true;
    }
    Reallocate(n) {
      const s = M._vb_buffer_reallocate(this._ptr(), count(n, 'Reallocate'));
      if (s < 0) fail(s, 'Reallocate');
      return true;
    }
    GetNumberOfElements() { return Number(M._vb_buffer_count(this._ptr())); }
    GetSize() { return this.GetNumberOfElements(); }
    GetDataType() { return M._vb_buffer_type(this._ptr()); }
    GetDataTypeSize() { return M._vb_buffer_elem_size(this._ptr()); }
    GetVoidBuffer() { return M._vb_buffer_data(this._ptr()); }
    /** Raw zero-copy typed array; valid only until the next allocation anywhere in the module. */
    view() {
      const p = this._ptr();
      const A = ARRAY_OF_TYPE.get(M._vb_buffer_type(p));
      return new A(memory.buffer, M._vb_buffer_data(p), Number(M._vb_buffer_count(p)));
    }
    /** Safe view (SafeView): throws StaleViewError once stale instead of misreading. */
    get data() { return new SafeView(this); }
    delete() {
      if (!this.#ptr) return;
      finalizer.unregister(this);
      M._vb_buffer_release(this.#ptr);
      this.#ptr = 0;
    }
    [Symbol.dispose]() { this.delete(); }
  }

  return {
    vtkBuffer, StaleViewError, SafeView, ...VTK,
    dtypes: Object.keys(DTYPES),
    liveBlocks: () => M._vb_block_live_count(),
    module: M,
  };
}

export { createVtkBuf };

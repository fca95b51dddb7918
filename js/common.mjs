// Shared constants and argument checks of the JS layer (no WASM state here; the
// type table is the core's, read at start-up by types.mjs).

/** Thrown by a safe view used after WASM memory growth, a reallocation, or release(). */
export class StaleViewError extends Error {
  constructor(message) { super(message); this.name = 'StaleViewError'; }
}

// vtkCommand event ids (VTK 9.7.1's, src/vb_object.h); every other VTK event name is
// known to the core's table (src/vb_event.c) and accepted by AddObserver/InvokeEvent.
export const vtkCommand = Object.freeze({
  NoEvent: 0, AnyEvent: 1, DeleteEvent: 2, ModifiedEvent: 33, BufferChangedEvent: 137, UserEvent: 1000,
});

export function describe(v) {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v) + (typeof v === 'bigint' ? 'n' : '');
  if (typeof v === 'string') return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) return Object.prototype.toString.call(v).slice(8, -1);
  return typeof v === 'object' ? (v.constructor?.name ?? 'object') : typeof v;
}

/** Argument count check: TypeError unless min <= n <= max. */
export function argc(n, min, max, what) {
  if (n < min || n > max) {
    const want = min === max ? `${min}` : `${min} to ${max}`;
    throw new TypeError(`${what}: expected ${want} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

export const INT64_MAX = 2n ** 63n - 1n;

/** A count or index (number or BigInt) -> BigInt for an int64 C parameter;
 *  TypeError unless an integer, RangeError if negative or past int64. */
export function int64(n, what) {
  if (typeof n !== 'bigint' && !Number.isInteger(n)) {
    throw new TypeError(`${what}: expected an integer, got ${describe(n)}`);
  }
  if (n < 0 || n > INT64_MAX) throw new RangeError(`${what}: ${n} not in [0, 2^63)`);
  return BigInt(n);
}

/** An int32 C parameter (component counts and indices; min -2^31: any C int). */
export function int32(n, what, min = 0) {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new TypeError(`${what}: expected an integer, got ${describe(n)}`);
  }
  if (n < min || n > 0x7fffffff) throw new RangeError(`${what}: ${n} not in [${min}, 2147483647]`);
  return n;
}

export function isTypedArrayOf(v, info) {
  return ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === info.tag;
}


/** An address from the core as an unsigned Number: wasm32 exports return int32
 *  (negative past 2 GiB), the memory64 build Numbers (wasm/signatures.py). New code
 *  reads every pointer it gets from M._vb_* through addr() (or heapView). */
export const addr = (p) => (typeof p === 'bigint' ? Number(p) : p < 0 ? p + 4294967296 : p); // EM_JS hands memory64 pointers as BigInt

/**
 * A typed array A of n elements at address p of the WASM memory (a raw view).
 * When the engine cannot make one that large (its largest typed array; reachable
 * with memory64), a RangeError naming that limit instead of a wrong view.
 */
export function heapView(memory, A, p, n) {
  const buf = memory.buffer, at = addr(p);
  try {
    return new A(buf, at, n);
  } catch (e) {
    const bytes = n * A.BYTES_PER_ELEMENT;
    if (!(e instanceof RangeError) || at + bytes > buf.byteLength) throw e;
    throw new RangeError(`cannot view ${n} elements (${bytes} bytes) as one ${A.name}: larger than the largest typed array this JavaScript engine allows (${e.message}); use copies or smaller ranges`, { cause: e });
  }
}

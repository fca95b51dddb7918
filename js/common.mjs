// Shared constants and argument checks of the JS layer (no WASM state here; the
// type table is the core's, read at start-up by types.mjs).

/** Thrown by a safe view used after WASM memory growth, a reallocation, or release(). */
export class StaleViewError extends Error {
  constructor(message) { super(message); this.name = 'StaleViewError'; }
}

// vtkCommand event ids (src/vb_object.h).
export const vtkCommand = Object.freeze({
  AnyEvent: 0, DeleteEvent: 1, ModifiedEvent: 33, BufferChangedEvent: 137,
});
export const EVENT_NAMES = new Map(Object.entries(vtkCommand).map(([k, v]) => [v, k]));

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

/** A non-negative integer (number or BigInt) -> BigInt for int64 C params. */
export function count(n, what) {
  if (typeof n === 'bigint') {
    if (n < 0n) throw new RangeError(`${what}: must be >= 0, got ${n}`);
    if (n > 0x7fffffffffffffffn) throw new RangeError(`${what}: ${n} is too large`);
    return n;
  }
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new TypeError(`${what}: expected an integer, got ${describe(n)}`);
  }
  if (n < 0) throw new RangeError(`${what}: must be >= 0, got ${n}`);
  return BigInt(n);
}

export const INT64_MAX = 2n ** 63n - 1n;

/** An index argument (number or BigInt) -> BigInt; RangeError if negative or past int64. */
export function index64(i, what) {
  if (typeof i === 'bigint') {
    if (i < 0n || i > INT64_MAX) throw new RangeError(`${what}: index ${i} out of range`);
    return i;
  }
  if (typeof i !== 'number' || !Number.isInteger(i)) {
    throw new TypeError(`${what}: index must be an integer, got ${describe(i)}`);
  }
  if (i < 0) throw new RangeError(`${what}: index ${i} out of range`);
  return BigInt(i);
}

/** An int32 C parameter (component counts and indices). */
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

/** Check a value for an element of a typed array of this type (no silent coercion). */
export function checkElement(v, info, what) {
  if (info.big) {
    if (typeof v !== 'bigint') throw new TypeError(`${what}: ${info.dtype} values are BigInt, got ${describe(v)}`);
  } else if (typeof v !== 'number') {
    throw new TypeError(`${what}: ${info.dtype} values are numbers, got ${describe(v)}`);
  }
}

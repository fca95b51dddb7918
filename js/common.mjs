// Shared constants and argument checks of the JS layer (no WASM state here).

/** Thrown by a safe view used after WASM memory growth, a reallocation, or release(). */
export class StaleViewError extends Error {
  constructor(message) { super(message); this.name = 'StaleViewError'; }
}

// VTK scalar type ids (vtkType.h; src/vb_types.h).
export const VTK = Object.freeze({
  VTK_CHAR: 2, VTK_UNSIGNED_CHAR: 3, VTK_SHORT: 4, VTK_UNSIGNED_SHORT: 5, VTK_INT: 6,
  VTK_UNSIGNED_INT: 7, VTK_LONG: 8, VTK_UNSIGNED_LONG: 9, VTK_FLOAT: 10, VTK_DOUBLE: 11,
  VTK_ID_TYPE: 12, VTK_SIGNED_CHAR: 15, VTK_LONG_LONG: 16, VTK_UNSIGNED_LONG_LONG: 17,
});

// vtkCommand event ids (src/vb_object.h).
export const vtkCommand = Object.freeze({
  AnyEvent: 0, DeleteEvent: 1, ModifiedEvent: 33, BufferChangedEvent: 137,
});
export const EVENT_NAMES = new Map(Object.entries(vtkCommand).map(([k, v]) => [v, k]));

// The ten dtypes of the seed, plus the C types VTK also instantiates. On wasm32
// char is signed and long is 32-bit; vtkIdType is 64-bit.
export const DTYPES = Object.freeze({
  int8: VTK.VTK_SIGNED_CHAR, uint8: VTK.VTK_UNSIGNED_CHAR, int16: VTK.VTK_SHORT,
  uint16: VTK.VTK_UNSIGNED_SHORT, int32: VTK.VTK_INT, uint32: VTK.VTK_UNSIGNED_INT,
  int64: VTK.VTK_LONG_LONG, uint64: VTK.VTK_UNSIGNED_LONG_LONG,
  float32: VTK.VTK_FLOAT, float64: VTK.VTK_DOUBLE,
  char: VTK.VTK_CHAR, long: VTK.VTK_LONG, ulong: VTK.VTK_UNSIGNED_LONG, idtype: VTK.VTK_ID_TYPE,
});
export const SEED_DTYPES = Object.freeze(Object.keys(DTYPES).slice(0, 10));

// Per type id: the typed array, its [object X] tag, whether values are BigInt, signedness.
export const TYPE_INFO = new Map([
  [VTK.VTK_CHAR, Int8Array], [VTK.VTK_SIGNED_CHAR, Int8Array], [VTK.VTK_UNSIGNED_CHAR, Uint8Array],
  [VTK.VTK_SHORT, Int16Array], [VTK.VTK_UNSIGNED_SHORT, Uint16Array],
  [VTK.VTK_INT, Int32Array], [VTK.VTK_UNSIGNED_INT, Uint32Array],
  [VTK.VTK_LONG, Int32Array], [VTK.VTK_UNSIGNED_LONG, Uint32Array],
  [VTK.VTK_FLOAT, Float32Array], [VTK.VTK_DOUBLE, Float64Array],
  [VTK.VTK_ID_TYPE, BigInt64Array], [VTK.VTK_LONG_LONG, BigInt64Array],
  [VTK.VTK_UNSIGNED_LONG_LONG, BigUint64Array],
].map(([id, A]) => [id, Object.freeze({
  id, Array: A, tag: `[object ${A.name}]`,
  big: A === BigInt64Array || A === BigUint64Array,
  unsigned: A.name.startsWith('Uint') || A === BigUint64Array,
  dtype: Object.keys(DTYPES).find((k) => DTYPES[k] === id),
})]));

/** dtype string -> type id; TypeError for anything else. */
export function typeId(dtype, what) {
  if (typeof dtype !== 'string') {
    throw new TypeError(`${what}: dtype must be a string such as "float64", got ${describe(dtype)}`);
  }
  const id = DTYPES[dtype];
  if (id === undefined) {
    throw new TypeError(`${what}: unknown dtype "${dtype}" (known: ${Object.keys(DTYPES).join(', ')})`);
  }
  return id;
}

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

export const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, UINT64_MAX = 2n ** 64n - 1n;

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

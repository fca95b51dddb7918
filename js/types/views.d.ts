// Types of vtkbuf's views and dtypes (part of js/index.d.ts, which re-exports them):
// dtypes, typed arrays and element types, StaleViewError, SafeView, VTK type ids.

export {}; // only the declarations marked export are exported

// `[Symbol.dispose]()` below: Symbol.dispose is declared here too, so that these types
// compile with the default lib of `target: es2022` (which predates it: TS2550) as well
// as with `esnext` (the same declaration, merged).
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
  }
}

/** The element dtypes accepted by `new vtkBuffer(dtype)` and the array templates. */
export type SeedDType =
  | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32'
  | 'int64' | 'uint64' | 'float32' | 'float64';
/** Also the C types VTK instantiates: on wasm32 `char` is signed 8-bit, `long`/`ulong`
 * are 32-bit and `idtype` (vtkIdType) is 64-bit (vtkbuf/memory64: `long`/`ulong` are
 * 64-bit, its types say BigInt64Array/BigUint64Array). */
export type DType = SeedDType | 'char' | 'long' | 'ulong' | 'idtype';

/** dtype -> typed array of its views. */
export interface TypedArrayOf {
  int8: Int8Array; uint8: Uint8Array; int16: Int16Array; uint16: Uint16Array;
  int32: Int32Array; uint32: Uint32Array; int64: BigInt64Array; uint64: BigUint64Array;
  float32: Float32Array; float64: Float64Array;
  char: Int8Array; long: Int32Array; ulong: Uint32Array; idtype: BigInt64Array;
}
/** dtype -> element type of its views, and of the tuple/component API (BigInt for
 * the 64-bit integer types). */
export type ElementOf<D extends DType> = TypedArrayOf[D] extends BigInt64Array | BigUint64Array ? bigint : number;
/** What the value API (GetValue) returns: a 1-character string for char arrays,
 * else as {@link ElementOf}. */
export type ValueOf<D extends DType> = D extends 'char' ? string : ElementOf<D>;
/**
 * What the value API (SetValue, InsertValue, InsertNextValue) takes: a 1-character
 * string for char arrays; numbers or BigInts otherwise. The core decides (VTK's
 * rules): integers are stored exactly (RangeError when they do not fit the type),
 * a non-integer Number given to an integer array is a TypeError, float arrays take
 * any number or BigInt.
 */
export type ValueIn<D extends DType> = D extends 'char' ? string : number | bigint | boolean;
/** What the tuple/component API (SetTuple*, InsertTuple*, InsertNextTuple*,
 * SetComponent) takes: numbers or BigInts, saturating into integer types (NaN -> 0);
 * 64-bit integer arrays take integers exactly. */
export type TupleValueIn = number | bigint;

export type AnyTypedArray =
  | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array
  | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

/**
 * Thrown by a {@link SafeView} used after WebAssembly memory grew, after its buffer was
 * reallocated, after its owner was deleted, or after release(). Get a fresh view
 * (`buf.data`, `arr.getData()`) to continue.
 */
export class StaleViewError extends Error {
  constructor(message: string);
  name: 'StaleViewError';
}

/** VTK scalar type ids (VTK_FLOAT = 10, VTK_DOUBLE = 11, ...), read from the core's
 * type table: `vb.VTK` of a loaded instance. */
export type VtkTypeIds = Readonly<{
  VTK_CHAR: 2; VTK_UNSIGNED_CHAR: 3; VTK_SHORT: 4; VTK_UNSIGNED_SHORT: 5; VTK_INT: 6;
  VTK_UNSIGNED_INT: 7; VTK_LONG: 8; VTK_UNSIGNED_LONG: 9; VTK_FLOAT: 10; VTK_DOUBLE: 11;
  VTK_ID_TYPE: 12; VTK_SIGNED_CHAR: 15; VTK_LONG_LONG: 16; VTK_UNSIGNED_LONG_LONG: 17;
}>;
/**
 * A zero-copy view that can never silently go stale. It holds the memory block it
 * points into (the memory stays valid until release()) and checks once per call that
 * the block is still its owner's storage and that WASM memory has not grown; if not,
 * it throws {@link StaleViewError}. Its length is fixed when it is made.
 */
export interface SafeView<D extends DType = DType> {
  /** Number of elements (checked). */
  readonly length: number;
  readonly dtype: D;
  /** The typed-array constructor of this view. */
  readonly arrayType: { new (...args: any[]): TypedArrayOf[D] };
  /** True if a call would throw StaleViewError. */
  readonly stale: boolean;
  /** Element i; RangeError out of [0, length). */
  get(i: number): ElementOf<D>;
  /** Write element i (a number or a BigInt, any dtype), converted by the core's
   * rule (src/vb_span.h): reals truncate into integer types; a value the type cannot
   * hold (300 into uint8, NaN into an integer type) is a RangeError, nothing written. */
  set(i: number, value: number | bigint): void;
  /** Copy in at offset: a typed array of any type (converted as set(i, v)) or an Array
   * of numbers/BigInts; all checked first. */
  set(source: TypedArrayOf[D] | ArrayLike<ElementOf<D>>, offset?: number): void;
  /** The checked typed array itself: valid only until the next allocation; do not keep it. */
  array(): TypedArrayOf[D];
  /** Copy out into a new typed array not backed by WASM memory, or into `target`
   * (same type, at least `length` elements; returned). */
  toArray(target?: TypedArrayOf[D]): TypedArrayOf[D];
  /** Zero-copy chunks of at most `size` elements, checked once per chunk. */
  chunks(size?: number): Generator<TypedArrayOf[D], void, unknown>;
  /** Release the held memory block (idempotent); the view is stale afterwards. */
  release(): void;
  [Symbol.dispose](): void;
}

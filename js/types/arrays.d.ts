// Types of vtkbuf's buffers and data arrays (part of js/index.d.ts, which re-exports them):
// vtkBuffer, vtkDataArray and its AOS/SOA/scaled SOA/bit array classes, their statics.

import type { DType, ElementOf, SafeView, TupleValueIn, TypedArrayOf, ValueIn, ValueOf } from './views.js';
import type { IdList, vtkObjectBase } from './objects.js';
export {}; // only the declarations marked export are exported

/** vtkBuffer<T>: typed storage, the element count is its capacity. */
export interface vtkBuffer<D extends DType = DType> extends vtkObjectBase {
  readonly dtype: D;
  /** Drop old contents; n zeroed elements. RangeError (buffer unchanged) when n is
   * negative or the memory is not available. Returns true. */
  Allocate(n: number | bigint): true;
  /** Keep min(old, n) elements, zero the new tail. */
  Reallocate(n: number | bigint): true;
  GetNumberOfElements(): number;
  GetSize(): number;
  GetDataType(): number;
  GetDataTypeSize(): number;
  GetDataTypeAsString(): string;
  /** Address of element 0 in WASM memory (0 when empty). */
  GetVoidBuffer(): number;
  /** Raw zero-copy typed array over all elements: valid only until the next
   * allocation anywhere in the module (growth detaches it; a reallocation leaves it
   * pointing at the old block, which may be freed). Prefer {@link getData}. */
  view(): TypedArrayOf[D];
  /** A new safe view over all elements. */
  getData(): SafeView<D>;
  /** Same as getData(). */
  readonly data: SafeView<D>;
  /** Copy out (into target if given). */
  toArray(target?: TypedArrayOf[D]): TypedArrayOf[D];
  /** Copy in (type- and bounds-checked). */
  set(source: TypedArrayOf[D] | ArrayLike<ElementOf<D>>, offset?: number): void;
}

/** Common API of the data arrays (VTK names). */
/** VTK's vtkAbstractArray: the base of every array class (abstract). */
export interface vtkAbstractArray extends vtkObjectBase {}

export interface vtkDataArray<D extends DType = DType> extends vtkAbstractArray {
  readonly dtype: D;
  GetDataType(): number;
  GetDataTypeSize(): number;
  GetDataTypeAsString(): string;
  /** The array's name (null when it has none). */
  GetName(): string | null;
  /** Set (string) or clear (null) the name; fires ModifiedEvent when it changes. */
  SetName(name: string | null): void;
  SetNumberOfComponents(n: number): void;
  GetNumberOfComponents(): number;
  SetNumberOfTuples(n: number | bigint): true;
  GetNumberOfTuples(): number;
  SetNumberOfValues(n: number | bigint): true;
  GetNumberOfValues(): number;
  GetMaxId(): number;
  /** Allocated values. */
  GetSize(): number;
  Resize(ntuples: number | bigint): true;
  /** VTK 9.7: grow (Resize policy) when ntuples exceed the capacity; returns 1. */
  ReserveTuples(ntuples: number | bigint): 1;
  /** ReserveTuples(ceil(nvalues / components)); returns 1. */
  ReserveValues(nvalues: number | bigint): 1;
  /** Allocated values (VTK 9.7's name for GetSize). */
  GetCapacity(): number;
  Allocate(size: number | bigint, ext?: number | bigint): true;
  Squeeze(): void;
  Initialize(): void;
  /** Value i (VB_RULES_VALUE): a BigInt for 64-bit integer types, a 1-character
   * string for char, else a number. */
  GetValue(i: number | bigint): ValueOf<D>;
  /** RangeError for an integer that does not fit, TypeError for a non-integer number
   * given to an integer array (or a non-string to a char array); the array unchanged. */
  SetValue(i: number | bigint, v: ValueIn<D>): void;
  InsertValue(i: number | bigint, v: ValueIn<D>): void;
  /** Append a value; returns its index. */
  InsertNextValue(v: ValueIn<D>): number;
  /** Tuple t (the double interface, VB_RULES_DOUBLE): numbers for every type, 64-bit
   * included (VTK 9.7.1's doubles); exact values: GetTypedTuple. */
  GetTuple(t: number | bigint): number[];
  SetTuple(t: number | bigint, tuple: ArrayLike<TupleValueIn>): void;
  InsertTuple(t: number | bigint, tuple: ArrayLike<TupleValueIn>): void;
  /** Append a tuple of GetNumberOfComponents() values; returns its index. */
  InsertNextTuple(tuple: ArrayLike<TupleValueIn>): number;
  GetTuple1(t: number): number[]; GetTuple2(t: number): number[];
  GetTuple3(t: number): number[]; GetTuple4(t: number): number[];
  GetTuple9(t: number): number[];
  InsertNextTuple1(x: TupleValueIn): number;
  InsertNextTuple2(x: TupleValueIn, y: TupleValueIn): number;
  InsertNextTuple3(x: TupleValueIn, y: TupleValueIn, z: TupleValueIn): number;
  InsertNextTuple4(x: TupleValueIn, y: TupleValueIn, z: TupleValueIn, w: TupleValueIn): number;
  SetTuple1(t: number, x: TupleValueIn): void;
  SetTuple2(t: number, x: TupleValueIn, y: TupleValueIn): void;
  SetTuple3(t: number, x: TupleValueIn, y: TupleValueIn, z: TupleValueIn): void;
  /** As GetTuple, one component (a number). */
  GetComponent(t: number | bigint, c: number): number;
  SetComponent(t: number | bigint, c: number, v: TupleValueIn): void;
  /** [min, max] of component comp (default 0; -1: L2 magnitude of tuples). */
  GetRange(comp?: number): [number, number];
  /** VTK 9.7's typed accessors: the value rules of SetValue (exact; RangeError /
   * TypeError), values as GetValue returns them. */
  GetTypedComponent(t: number | bigint, c: number): ValueOf<D>;
  SetTypedComponent(t: number | bigint, c: number, v: ValueIn<D>): void;
  /** Set component c of tuple t; a t past the end first grows the array to t + 1 tuples. */
  InsertTypedComponent(t: number | bigint, c: number, v: ValueIn<D>): void;
  /** Tuple t in the value type; fills and returns `out` when given. */
  GetTypedTuple(t: number | bigint, out?: ValueOf<D>[]): ValueOf<D>[];
  SetTypedTuple(t: number | bigint, tuple: ArrayLike<ValueIn<D>>): void;
  InsertTypedTuple(t: number | bigint, tuple: ArrayLike<ValueIn<D>>): void;
  /** Append a tuple (value rules); returns its index. */
  InsertNextTypedTuple(tuple: ArrayLike<ValueIn<D>>): number;
  /** [min, max] of component comp (default 0; -1: magnitudes) in the value type. */
  GetValueRange(comp?: number): [ValueOf<D>, ValueOf<D>];
  /** First value index equal to v (exact in the array's type; NaN finds NaN), or -1. */
  LookupValue(v: ValueIn<D>): number;
  DeepCopy(src: vtkDataArray): void;
  ShallowCopy(src: vtkDataArray): void;
  // --- the rest of VTK 9.7.1's array API (js/array_api.mjs)
  /** Name of component c (any c >= 0); a negative c or a null name is ignored (VTK). */
  SetComponentName(c: number | bigint, name: string | null): void;
  GetComponentName(c: number | bigint): string | null;
  HasAComponentName(): boolean;
  /** Copy src's component names when it has any: 1, else 0. */
  CopyComponentNames(src: vtkDataArray | null): 0 | 1;
  /** Every value (the tuple API's rules). */
  Fill(v: TupleValueIn): void;
  /** Every value (the value rules of SetValue). */
  FillValue(v: ValueIn<D>): void;
  FillComponent(c: number, v: TupleValueIn): void;
  FillTypedComponent(c: number, v: ValueIn<D>): void;
  /** Component c of tuple t; grows to t + 1 tuples, MaxId to the component (VTK). */
  InsertComponent(t: number | bigint, c: number, v: TupleValueIn): void;
  /** false when tuple counts or components do not match (VTK). */
  CopyComponent(dstComponent: number, src: vtkDataArray, srcComponent: number): boolean;
  /** Later tuples move down; the capacity is kept (the last tuple: RemoveLastTuple). */
  RemoveTuple(t: number | bigint): void;
  RemoveFirstTuple(): void;
  /** Drop the last tuple, then Squeeze (VTK). */
  RemoveLastTuple(): void;
  /** MaxId = -1; storage kept. */
  Reset(): void;
  /** VTK's source form: tuple j of src into tuple t. */
  SetTuple(t: number | bigint, j: number | bigint, src: vtkDataArray): void;
  InsertTuple(t: number | bigint, j: number | bigint, src: vtkDataArray): void;
  InsertNextTuple(j: number | bigint, src: vtkDataArray): number;
  /** dst[dstIds[k]] = src[srcIds[k]] (grows); or n tuples from srcStart to dstStart. */
  InsertTuples(dstIds: IdList, srcIds: IdList, src: vtkDataArray): void;
  InsertTuples(dstStart: number | bigint, n: number | bigint, srcStart: number | bigint, src: vtkDataArray): void;
  InsertTuplesStartingAt(dstStart: number | bigint, srcIds: IdList, src: vtkDataArray): void;
  /** Tuples ids (or p1..p2) into out's tuples 0, 1, ... (out is not grown). */
  GetTuples(ids: IdList, out: vtkDataArray): void;
  GetTuples(p1: number | bigint, p2: number | bigint, out: vtkDataArray): void;
  /** Tuple t = sum weights[k] x src[ids[k]] (inserted; src of this type). */
  InterpolateTuple(t: number | bigint, ids: IdList, src: vtkDataArray, weights: ArrayLike<number>): void;
  InterpolateTuple(t: number | bigint, id1: number | bigint, src1: vtkDataArray, id2: number | bigint, src2: vtkDataArray, w: number): void;
  /** [min, max] of the type (VTK_FLOAT_MIN ...); fills out when given. */
  GetDataTypeRange(out?: number[]): [number, number];
  GetDataTypeMin(): number;
  GetDataTypeMax(): number;
  /** The type's limits as GetValue reads them (BigInt for 64-bit integer types, strings for char). */
  GetDataTypeValueMin(): ValueOf<D>;
  GetDataTypeValueMax(): ValueOf<D>;
  /** [min, max] of the finite values of component comp (default 0; -1: magnitudes). */
  GetFiniteRange(comp?: number): [number, number];
  GetMaxNorm(): number;
  GetElementComponentSize(): number;
  /** KiB of the allocated values, rounded up. */
  GetActualMemorySize(): number;
  GetDataSize(): number;
  IsNumeric(): 1;
  IsIntegral(): boolean;
  /** 4 bit, 5 AOS, 6 SOA, 7 scaled SOA (VTK's array type ids). */
  GetArrayType(): number;
  GetArrayTypeAsString(): string;
  HasStandardMemoryLayout(): boolean;
  GetNumberOfComponentsMinValue(): 1;
  GetNumberOfComponentsMaxValue(): number;
  GetMaxDiscreteValues(): number;
  SetMaxDiscreteValues(n: number): void;
  /** Tuple t as BigInts (reals truncated; RangeError where C++ leaves it undefined); fills out when given. */
  GetIntegerTuple(t: number | bigint, out?: bigint[]): bigint[];
  /** As GetIntegerTuple, modulo 2^64 into unsigned. */
  GetUnsignedTuple(t: number | bigint, out?: bigint[]): bigint[];
  /** The value rules: RangeError for a value the type does not hold. */
  SetIntegerTuple(t: number | bigint, tuple: ArrayLike<number | bigint>): void;
  SetUnsignedTuple(t: number | bigint, tuple: ArrayLike<number | bigint>): void;
  /** Tuples [t0, t1] x components [c0, c1] as doubles into out (a vtkDoubleArray keeping its components). */
  GetData(t0: number | bigint, t1: number | bigint, c0: number, c1: number, out: vtkDataArray<'float64'>): void;
  /** Copy the values (tuple-interleaved; bit arrays: the packed bytes) into target (RangeError when too small). */
  ExportToVoidPointer(target: ArrayBufferView | ArrayBuffer): void;
  DataElementChanged(i: number | bigint): void;
  ClearLookup(): void;
  DataChanged(): void;
  /** HostMemory (0). */
  GetMemorySpace(): number;
  HasInformation(): false;
  /** The array itself when AOS, else a new AOS array holding a copy. */
  ToAOSDataArray(): vtkDataArray<D>;
  /** A new empty array of the same class. */
  NewInstance(): this;
  /** Raw zero-copy typed array over the NumberOfValues values (AOS, or an SOA array
   * with one component); `view(c)`: component c of an SOA array. Valid only until the
   * next allocation anywhere in the module. */
  view(component?: number): TypedArrayOf[D];
  /** A new safe view over the same values as view(component). */
  getData(component?: number): SafeView<D>;
  readonly data: SafeView<D>;
  /** Copy out the values (or component c of an SOA array), into target if given. */
  toArray(component?: number, target?: TypedArrayOf[D]): TypedArrayOf[D];
  set(source: TypedArrayOf[D] | ArrayLike<ElementOf<D>>, offset?: number): void;
}

export interface vtkAOSDataArrayTemplate<D extends DType = DType> extends vtkDataArray<D> {
  /** The array's own buffer (a new wrapper holding a reference). */
  GetBuffer(): vtkBuffer<D>;
  /** Use buf (same dtype) as storage, shared. updateMaxId (default true): NumberOfValues = its elements. */
  SetBuffer(buf: vtkBuffer<D>, updateMaxId?: boolean): void;
}
export interface vtkSOADataArrayTemplate<D extends DType = DType> extends vtkDataArray<D> {
  /** Buffer of component c (RangeError for a bad c). */
  GetComponentBuffer(c: number): vtkBuffer<D>;
  SetComponentBuffer(c: number, buf: vtkBuffer<D>, updateMaxId?: boolean): void;
  /** VTK 9.7's SOA form: the buffer of component c (updateMaxId default false). */
  SetBuffer(c: number, buf: vtkBuffer<D>, updateMaxId?: boolean): void;
}
export interface vtkScaledSOADataArrayTemplate<D extends DType = DType> extends vtkSOADataArrayTemplate<D> {
  GetScale(): number;
  /** TypeError for 0, NaN or an infinite scale. */
  SetScale(scale: number): void;
}

/**
 * vtkBitArray (VTK's): values 0/1, 8 per byte, most significant bit first
 * (GetDataType() 1, GetDataTypeAsString() 'bit', GetDataTypeSize() 0). The value API
 * takes integers or booleans in int32's range (RangeError past it, TypeError for a
 * fraction), non-zero stored as 1; the tuple API any number (1 when its truncation is
 * non-zero; NaN 0). view()/getData()/toArray()/set() are over the packed bytes
 * (ceil(GetNumberOfValues() / 8)); GetBuffer() is the uint8 byte buffer.
 */
export interface vtkBitArray extends Omit<vtkDataArray<'uint8'>, 'dtype'> {
  readonly dtype: 'bit';
  /** The uint8 buffer of the packed bytes (ceil(GetSize() / 8) elements). */
  GetBuffer(): vtkBuffer<'uint8'>;
  /** The values unpacked into a new Uint8Array (0 or 1 each). */
  toValues(): Uint8Array;
}

/** vtkDataArray's static members (VTK's static methods and vtkAbstractArray's constants). */
export interface vtkDataArrayStatics {
  /** [min, max] of a VTK type id ({0, 1} for an unknown id, as VTK); fills out when given. */
  GetDataTypeRange(type: number, out?: number[]): [number, number];
  GetDataTypeMin(type: number): number;
  GetDataTypeMax(type: number): number;
  /** The array itself (VTK's cast to vtkDataArray). */
  FastDownCast<A extends vtkDataArray>(a: A): A;
  readonly HostMemory: number;
  readonly CudaDeviceMemory: number;
  readonly HipDeviceMemory: number;
  readonly MAX_DISCRETE_VALUES: number;
  readonly VTK_DATA_ARRAY_FREE: number;
  readonly VTK_DATA_ARRAY_DELETE: number;
  readonly VTK_DATA_ARRAY_ALIGNED_FREE: number;
  readonly VTK_DATA_ARRAY_USER_DEFINED: number;
}

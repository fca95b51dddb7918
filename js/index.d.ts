// Type declarations of the `vtkbuf` package (ESM entry js/index.mjs, CommonJS js/index.cjs).
//
//   import createVtkBuf, { StaleViewError } from 'vtkbuf';
//   const vb = await createVtkBuf();
//   const arr = new vb.vtkFloatArray();

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

/** Event names (or numeric vtkCommand ids) for AddObserver/HasObserver/InvokeEvent. */
export type EventName = 'AnyEvent' | 'DeleteEvent' | 'ModifiedEvent' | 'BufferChangedEvent' | 'UserEvent' | 'NoEvent';
/** Observer callback: the wrapper the observer was added through and the event name
 * (a decimal string for events without a name). */
export type ObserverCallback<T> = (caller: T, event: EventName | string, calldata?: unknown) => void;

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
/** vtkCommand event ids. */
export declare const vtkCommand: Readonly<{
  NoEvent: 0; AnyEvent: 1; DeleteEvent: 2; ModifiedEvent: 33; BufferChangedEvent: 137; UserEvent: 1000;
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

/** Common base: lifetime and observers. */
export interface vtkObjectBase {
  GetClassName(): string;
  GetReferenceCount(): number;
  GetMTime(): number;
  Modified(): void;
  /** Add an observer; returns its id (> 0). The callback runs synchronously inside the
   * operation; if it throws, the operation completes and the error is thrown after. */
  AddObserver(event: EventName | string | number, callback: ObserverCallback<this>, priority?: number): number;
  /** Remove an observer added through this wrapper (RangeError for an unknown id). */
  RemoveObserver(id: number): void;
  /** Remove every observer of event (with callback: that one's). */
  RemoveObservers(event: EventName | string | number, callback?: ObserverCallback<any>): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  RemoveAllObservers(): void;
  HasObserver(event: EventName | string | number, callback?: ObserverCallback<any>): boolean; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The callback of observer id (added through this wrapper), or null. */
  GetCommand(id: number): ObserverCallback<any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** True if other wraps the same C object (getters return a new wrapper per call). */
  IsSame(other: vtkObjectBase): boolean;
  /** Call the observers; calldata (if given) is their third argument. Returns 0. */
  InvokeEvent(event: EventName | string | number, calldata?: unknown): 0;
  /** 1 if this object is the named class or derives from it, else 0. */
  IsA(name: string): 0 | 1;
  /** A new empty object of the same class. */
  NewInstance(): this;
  GetAddressAsString(className: string): string;
  GetObjectDescription(): string;
  /** Take a core reference; UnRegister drops one taken this way (an Error otherwise). */
  Register(owner?: unknown): void;
  UnRegister(owner?: unknown): void;
  GetDebug(): boolean;
  SetDebug(on: boolean | number): void;
  DebugOn(): void;
  DebugOff(): void;
  GetObjectName(): string;
  SetObjectName(name: string | null): void;
  /** Drop this wrapper's reference (idempotent). Any later use throws an Error. A
   * FinalizationRegistry does the same for wrappers collected without delete(). */
  delete(): void;
  [Symbol.dispose](): void;
}

/** A plain vtkObject (new vtkObject()), base of the object-layer classes. */
export interface vtkObject extends vtkObjectBase {}

/** vtkIdList: a growable list of ids (int64; results are numbers). Index checks as
 * VTK's (RangeError), capacity growth as VTK 9.7.1's. */
export interface vtkIdList extends vtkObject {
  GetNumberOfIds(): number;
  GetCapacity(): number;
  GetId(i: number | bigint): number;
  SetId(i: number | bigint, id: number | bigint): void;
  InsertId(i: number | bigint, id: number | bigint): void;
  InsertNextId(id: number | bigint): number;
  InsertUniqueId(id: number | bigint): number;
  IsId(id: number | bigint): number;
  FindIdLocation(id: number | bigint): number;
  DeleteId(id: number | bigint): void;
  Fill(id: number | bigint): void;
  SetNumberOfIds(n: number | bigint): void;
  Reserve(n: number | bigint): 1;
  Allocate(n: number | bigint, strategy?: number): 1;
  Resize(n: number | bigint): void;
  Reset(): void;
  Initialize(): void;
  Squeeze(): void;
  Sort(): void;
  DeepCopy(other: vtkIdList): void;
  ShallowCopy(other: vtkIdList): void;
  IntersectWith(other: vtkIdList): void;
  /** Replace the ids by a copy of the first size ids (default: all). */
  SetList(ids: IdList, size?: number): void;
  /** A copy of the ids. */
  toArray(): BigInt64Array;
}

/** vtkCollection: an ordered list of objects, each held by the collection (VTK 9.7.1's
 * semantics). Items come back as new wrappers (compare with IsSame). Iterable. */
export interface vtkCollection extends vtkObject, Iterable<vtkObjectBase> {
  readonly length: number;
  GetNumberOfItems(): number;
  AddItem(item: vtkObjectBase): void;
  /** Insert after item i (i < 0: at the front; past the end: nothing). */
  InsertItem(i: number | bigint, item: vtkObjectBase): void;
  ReplaceItem(i: number | bigint, item: vtkObjectBase): void;
  RemoveItem(indexOrItem: number | bigint | vtkObjectBase): void;
  RemoveAllItems(): void;
  GetItemAsObject(i: number | bigint): vtkObjectBase | null;
  InitTraversal(): void;
  GetNextItemAsObject(): vtkObjectBase | null;
  /** 1-based position, 0 if absent. */
  IsItemPresent(item: vtkObjectBase): number;
  IndexOfFirstOccurrence(item: vtkObjectBase): number;
}
/** vtkDataArrayCollection: a vtkCollection of data arrays (TypeError for others). */
export interface vtkDataArrayCollection extends vtkCollection {
  GetItem(i: number | bigint): vtkDataArray | null;
  GetNextItem(): vtkDataArray | null;
}

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

/** Three coordinates, as separate arguments or one array. */
export type XYZ = [x: number, y: number, z: number] | [xyz: ArrayLike<number>];
/** Bounds: [xmin, xmax, ymin, ymax, zmin, zmax] ((1,-1,1,-1,1,-1) when empty). */
export type Bounds = [number, number, number, number, number, number];
/** Point ids: numbers, BigInts or an integer typed array. */
export type IdList = ArrayLike<number | bigint> | Int32Array | Uint32Array | BigInt64Array;
/** Coordinates for new vtkPoints(data): x, y, z per point (Float32Array: float32
 * points, Float64Array or numbers: float64; copied into WASM memory once), or a
 * 3-component vtkDataArray (shared). */
export type PointsData = Float32Array | Float64Array | ArrayLike<number> | ArrayLike<ArrayLike<number>> | vtkDataArray;
/** new vtkCellArray({ offsets, connectivity }) (VTK 9.7's keyword constructor): both or
 * neither. Int32Array -> int32 arrays, BigInt64Array or numbers -> int64 (copied);
 * a vtkDataArray is shared. */
export interface CellArrayData {
  offsets?: Int32Array | BigInt64Array | ArrayLike<number | bigint> | vtkDataArray;
  connectivity?: Int32Array | BigInt64Array | ArrayLike<number | bigint> | vtkDataArray;
}

/**
 * Data objects. Getters that return objects (GetPoints, GetData, GetPolys,
 * GetPointData, GetArray, GetOutput, ...) return a new wrapper per call that holds its
 * own reference to the C object (compare with IsSame); delete() it when done or let
 * the FinalizationRegistry do it.
 */
export interface vtkPoints extends vtkObjectBase {
  /** The coordinate array (3 components, named "Points"; float32 unless set otherwise). */
  GetData(): vtkAOSDataArrayTemplate;
  /** Use arr (3 components, shared) as the coordinates (TypeError otherwise, unchanged). */
  SetData(arr: vtkDataArray): void;
  /** VTK type id (VTK_FLOAT 10, VTK_DOUBLE 11, ...). */
  GetDataType(): number;
  /** A dtype or VTK type id; another type replaces the coordinates by an empty array. */
  SetDataType(type: DType | number): void;
  SetDataTypeToFloat(): void;
  SetDataTypeToDouble(): void;
  SetDataTypeToBit(): void; SetDataTypeToChar(): void; SetDataTypeToUnsignedChar(): void;
  SetDataTypeToShort(): void; SetDataTypeToUnsignedShort(): void; SetDataTypeToInt(): void;
  SetDataTypeToUnsignedInt(): void; SetDataTypeToLong(): void; SetDataTypeToUnsignedLong(): void;
  GetNumberOfPoints(): number;
  SetNumberOfPoints(n: number | bigint): void;
  /** Room for n points, none in use; 1 (as VTK). */
  Allocate(n: number | bigint): 1;
  /** Storage for n points (0: released); points past n dropped. 1. */
  Resize(n: number | bigint): 1;
  /** Storage for at least n points, points kept. 1. */
  Reserve(n: number | bigint): 1;
  /** No points, storage kept. */
  Reset(): void;
  GetActualMemorySize(): number;
  /** Their coordinates, converted to this data type. */
  DeepCopy(other: vtkPoints): void;
  /** Share their data array (and its type). */
  ShallowCopy(other: vtkPoints): void;
  /** InsertPoints(dstIds, srcIds, source) or InsertPoints(dstStart, n, srcStart, source). */
  InsertPoints(dstIds: IdsArg, srcIds: IdsArg, source: vtkPoints): void;
  InsertPoints(dstStart: number | bigint, n: number | bigint, srcStart: number | bigint, source: vtkPoints): void;
  /** out gets the points ids[k]. */
  GetPoints(ids: IdsArg, out: vtkPoints): void;
  ComputeBounds(): void;
  Squeeze(): void;
  Initialize(): void;
  /** RangeError outside [0, GetNumberOfPoints()); GetPoint(i, out) fills and returns out. */
  GetPoint(i: number | bigint): [number, number, number];
  GetPoint<T extends number[] | Float64Array>(i: number | bigint, out: T): T;
  SetPoint(i: number | bigint, ...xyz: XYZ): void;
  InsertPoint(i: number | bigint, ...xyz: XYZ): void;
  /** Returns the new point id. */
  InsertNextPoint(...xyz: XYZ): number;
  GetBounds(): Bounds;
  GetBounds<T extends number[] | Float64Array>(out: T): T;
}
export interface vtkCellArray extends vtkObjectBase {
  GetNumberOfCells(): number;
  GetNumberOfConnectivityIds(): number;
  GetMaxCellSize(): number;
  /** NumberOfCells + 1 int64 offsets starting at 0. */
  GetOffsetsArray(): vtkAOSDataArrayTemplate<'int64'>;
  GetConnectivityArray(): vtkAOSDataArrayTemplate<'int64'>;
  /** Use these 1-component integer arrays (shared); TypeError for invalid offsets.
   * SetData(cellSize, connectivity): cells of cellSize points each. */
  SetData(offsets: vtkDataArray | number | bigint, connectivity: vtkDataArray): true;
  /** InsertNextCell(ids), InsertNextCell(npts, ids), or VTK's incremental form:
   * InsertNextCell(npts), then InsertCellPoint(id) per point, and UpdateCellCount(n)
   * to fix the last cell's size. Returns the new cell id. */
  InsertNextCell(ids: IdList): number;
  InsertNextCell(npts: number | bigint, ids?: IdList): number;
  InsertCellPoint(id: number | bigint): void;
  UpdateCellCount(npts: number | bigint): void;
  /** RangeError for a bad cell id. */
  GetCellSize(i: number | bigint): number;
  GetCell(i: number | bigint): number[];
  AllocateEstimate(ncells: number | bigint, maxCellSize: number | bigint): true;
  AllocateExact(ncells: number | bigint, connSize: number | bigint): true;
  Squeeze(): void;
  Reset(): void;
  Initialize(): void;
  InitTraversal(): void;
  /** Fills ids with the next cell and returns 1; 0 at the end. Without an argument: the ids or null. */
  GetNextCell(ids: vtkIdList | number[]): 0 | 1;
  GetNextCell(): number[] | null;
  GetTraversalCellId(): number;
  SetTraversalCellId(cell: number | bigint): void;
  /** The ids of cell i; with ids (a vtkIdList or Array) fills and returns it. */
  GetCellAtId(i: number | bigint): number[];
  GetCellAtId<T extends vtkIdList | number[]>(i: number | bigint, ids: T): T;
  /** The common cell size, 0 without cells, -1 when sizes differ. */
  IsHomogeneous(): number;
  IsValid(): boolean;
  GetActualMemorySize(): number;
  GetNumberOfOffsets(): number;
  GetOffset(i: number): number;
  DeepCopy(other: vtkCellArray): void;
  ShallowCopy(other: vtkCellArray): void;
  Append(other: vtkCellArray, pointOffset?: number | bigint): void;
  /** The same number of points (TypeError otherwise). */
  ReplaceCellAtId(i: number | bigint, ids: IdsArg): void;
  ReplaceCellAtId(i: number | bigint, npts: number | bigint, ids: IdsArg): void;
  ReverseCellAtId(i: number | bigint): void;
  ReplaceCellPointAtId(i: number | bigint, k: number | bigint, id: number | bigint): void;
  GetCellPointAtId(i: number | bigint, k: number | bigint): number;
  /** (n, ids..., n, ...) into an integer array. */
  ExportLegacyFormat(out: vtkDataArray): void;
  ImportLegacyFormat(data: vtkDataArray | IdsArg, len?: number | bigint): void;
  AppendLegacyFormat(data: vtkDataArray | IdsArg, ptOffset?: number | bigint): void;
  IsStorage64Bit(): boolean;
  IsStorage32Bit(): boolean;
  /** Int64 0, Int32 1, Generic 4. */
  GetStorageType(): 0 | 1 | 4;
  Use32BitStorage(): void; Use64BitStorage(): void; UseDefaultStorage(): void;
  CanConvertTo32BitStorage(): boolean; CanConvertTo64BitStorage(): true; CanConvertToDefaultStorage(): true;
  /** false (unchanged) when an id does not fit 32 bits. */
  ConvertTo32BitStorage(): boolean; ConvertTo64BitStorage(): boolean;
  ConvertToDefaultStorage(): boolean; ConvertToSmallestStorage(): boolean;
  /** The arrays when the storage has that width, else null. */
  GetOffsetsArray32(): vtkDataArray | null; GetOffsetsArray64(): vtkDataArray | null;
  GetConnectivityArray32(): vtkDataArray | null; GetConnectivityArray64(): vtkDataArray | null;
  GetOffsetsAOSArray32(): vtkDataArray | null; GetOffsetsAOSArray64(): vtkDataArray | null;
  GetConnectivityAOSArray32(): vtkDataArray | null; GetConnectivityAOSArray64(): vtkDataArray | null;
}
/** vtkDataSetAttributes::AttributeTypes: 0 scalars ... 11 process ids. */
export type AttributeType = number;
/** Point or cell ids: an Array of integers, an integer typed array or a vtkIdList. */
export type IdsArg = IdList | vtkIdList;
/** Named data arrays, copy flags, ranges and the ghost array. */
export interface vtkFieldData extends vtkObjectBase {
  GetNumberOfArrays(): number;
  /** Append, or replace the array of the same name; returns its index. */
  AddArray(arr: vtkDataArray): number;
  /** null when there is no such array (as VTK). */
  GetArray(nameOrIndex: string | number): vtkDataArray | null;
  GetAbstractArray(nameOrIndex: string | number): vtkDataArray | null;
  HasArray(name: string): boolean;
  /** null for an unnamed array or a bad index (not found, as VTK). */
  GetArrayName(i: number): string | null;
  /** false (no-op, as VTK) when unknown; later indices shift down. */
  RemoveArray(nameOrIndex: string | number): boolean;
  GetNumberOfTuples(): number;
  SetNumberOfTuples(n: number | bigint): void;
  GetNumberOfComponents(): number;
  /** [array index, component in it] ([-1, -1] past the end). */
  GetArrayContainingComponent(i: number): [number, number];
  AllocateArrays(n: number): void;
  Initialize(): void;
  Squeeze(): void;
  Reset(): void;
  GetActualMemorySize(): number;
  DeepCopy(other: vtkFieldData): void;
  ShallowCopy(other: vtkFieldData): void;
  CopyStructure(other: vtkFieldData): void;
  PassData(other: vtkFieldData): void;
  /** Fills range ([NaN, NaN] without such an array or component); comp -1: magnitude. */
  GetRange(nameOrIndex: string | number, range: number[] | Float64Array, comp?: number): boolean;
  GetFiniteRange(nameOrIndex: string | number, range: number[] | Float64Array, comp?: number): boolean;
  /** The "vtkGhostType" array (unsigned char, 1 component) or null. */
  GetGhostArray(): vtkDataArray | null;
  HasAnyGhostBitSet(bits: number): boolean;
  GetGhostsToSkip(): number;
  SetGhostsToSkip(bits: number): void;
  CopyFieldOn(name: string): void;
  CopyFieldOff(name: string): void;
  CopyAllOn(ctype?: number): void;
  CopyAllOff(ctype?: number): void;
}
type AttrMethods<N extends string> = {
  [K in `Get${N}`]: (name?: string) => vtkDataArray | null } & {
  [K in `Set${N}`]: (arr: vtkDataArray | null) => number } & {
  [K in `SetActive${N}`]: (name: string | number | null) => number } & {
  [K in `Copy${N}On` | `Copy${N}Off`]: (ctype?: number) => void } & {
  [K in `SetCopy${N}`]: (on: boolean | number, ctype?: number) => void } & {
  [K in `GetCopy${N}`]: (ctype?: number) => number };
/** A vtkFieldData with the active attributes (vtkPointData, vtkCellData). */
export type vtkDataSetAttributes = vtkFieldData & vtkDataSetAttributesBase &
  AttrMethods<'Scalars' | 'Vectors' | 'Normals' | 'TCoords' | 'Tensors' | 'GlobalIds' | 'PedigreeIds' |
    'Tangents' | 'RationalWeights' | 'HigherOrderDegrees' | 'ProcessIds'>;
export interface vtkDataSetAttributesBase {
  /** null for none or an unknown type. */
  GetAttribute(type: AttributeType): vtkDataArray | null;
  GetAbstractAttribute(type: AttributeType): vtkDataArray | null;
  /** Returns the array's index (-1 for null, which unsets); TypeError for a wrong component count. */
  SetAttribute(arr: vtkDataArray | null, type: AttributeType): number;
  /** Returns the index, -1 for an unknown name (as VTK). */
  SetActiveAttribute(nameOrIndex: string | number, type: AttributeType): number;
  GetActiveAttributeIndex(type: AttributeType): number;
  IsArrayAnAttribute(i: number): number;
  GetAttributeIndices(out?: number[]): number[];
  SetCopyAttribute(type: AttributeType, value: number, ctype?: number): void;
  GetCopyAttribute(type: AttributeType, ctype: number): number;
  CopyAllocate(src: vtkDataSetAttributes, sze?: number | bigint, ext?: number, shallow?: boolean | number): void;
  InterpolateAllocate(src: vtkDataSetAttributes, sze?: number | bigint, ext?: number, shallow?: boolean | number): void;
  SetupForCopy(src: vtkDataSetAttributes): void;
  CopyData(src: vtkDataSetAttributes, fromId: number | bigint, toId: number | bigint): void;
  CopyData(src: vtkDataSetAttributes, fromIds: IdsArg, toIds: IdsArg): void;
  InterpolatePoint(src: vtkDataSetAttributes, toId: number | bigint, ids: IdsArg, weights: number[] | Float64Array): void;
  InterpolateEdge(src: vtkDataSetAttributes, toId: number | bigint, p1: number | bigint, p2: number | bigint, t: number): void;
  InterpolateTime(from1: vtkDataSetAttributes, from2: vtkDataSetAttributes, id: number | bigint, t: number): void;
}
export type vtkPointData = vtkDataSetAttributes;
export type vtkCellData = vtkDataSetAttributes;
/** Field data; the base of the data sets. */
export interface vtkDataObject extends vtkObjectBase {
  /** null after SetFieldData(null), as VTK. */
  GetFieldData(): vtkFieldData | null;
  SetFieldData(fd: vtkFieldData | null): void;
  /** VTK_POLY_DATA 0, VTK_DATA_OBJECT 7. */
  GetDataObjectType(): number;
  GetActualMemorySize(): number;
  GetAttributes(type: number): vtkDataSetAttributes | null;
  GetAttributesAsFieldData(type: number): vtkFieldData | null;
  GetNumberOfElements(type: number): number;
  Initialize(): void;
  DeepCopy(other: vtkDataObject): void;
  ShallowCopy(other: vtkDataObject): void;
}
export interface vtkDataSet extends vtkDataObject {
  GetPointData(): vtkPointData;
  GetCellData(): vtkCellData;
  GetNumberOfPoints(): number;
  GetNumberOfCells(): number;
  /** Error without points, RangeError for a bad id; GetPoint(i, out) fills and returns out. */
  GetPoint(i: number | bigint): [number, number, number];
  GetPoint<T extends number[] | Float64Array>(i: number | bigint, out: T): T;
  GetBounds(): Bounds; GetBounds<T extends number[] | Float64Array>(out: T): T;
  ComputeBounds(): void;
  GetCenter(): [number, number, number]; GetCenter<T extends number[] | Float64Array>(out: T): T;
  GetScalarRange(): [number, number]; GetScalarRange<T extends number[] | Float64Array>(out: T): T;
  GetLength(): number;
  GetLength2(): number;
  /** VTK cell type (VTK_EMPTY_CELL 0 once deleted); RangeError for a bad id. */
  GetCellType(i: number | bigint): number;
  GetCellSize(i: number | bigint): number;
  GetCellPoints(i: number | bigint): number[];
  GetCellPoints<T extends vtkIdList | number[]>(i: number | bigint, ids: T): T;
  /** Cells using point i, numbered as VTK's links (verts, lines, polys, strips). */
  GetPointCells(i: number | bigint): number[];
  GetPointCells<T extends vtkIdList | number[]>(i: number | bigint, ids: T): T;
  GetMaxCellSize(): number;
  CopyStructure(other: vtkDataSet): void;
  Squeeze(): void;
  HasAnyGhostPoints(): boolean; HasAnyGhostCells(): boolean;
  HasAnyBlankPoints(): false; HasAnyBlankCells(): false;
  GetPointGhostArray(): vtkDataArray | null; GetCellGhostArray(): vtkDataArray | null;
  GetGhostArray(type: number): vtkDataArray | null;
  GetCellBounds(i: number | bigint): Bounds; GetCellBounds<T extends number[] | Float64Array>(i: number | bigint, out: T): T;
  GetMaxSpatialDimension(): number; GetMinSpatialDimension(): number;
  AllocatePointGhostArray(): void; AllocateCellGhostArray(): void;
  GetPoints(): vtkPoints | null;
}
export interface vtkPointSet extends vtkDataSet {
  /** null until set (as VTK's None). */
  GetPoints(): vtkPoints | null;
  SetPoints(points: vtkPoints | null): void;
}
export interface vtkPolyData extends vtkPointSet {
  GetVerts(): vtkCellArray; SetVerts(cells: vtkCellArray | null): void;
  GetLines(): vtkCellArray; SetLines(cells: vtkCellArray | null): void;
  GetPolys(): vtkCellArray; SetPolys(cells: vtkCellArray | null): void;
  GetStrips(): vtkCellArray; SetStrips(cells: vtkCellArray | null): void;
  GetNumberOfVerts(): number;
  GetNumberOfLines(): number;
  GetNumberOfPolys(): number;
  GetNumberOfStrips(): number;
  /** VTK_VERTEX ... VTK_TRIANGLE_STRIP (VTK_PIXEL becomes a quad); the new cell id. */
  InsertNextCell(type: number, ids: IdsArg): number;
  InsertNextCell(type: number, npts: number | bigint, ids: IdsArg): number;
  Allocate(ncells?: number | bigint): void;
  AllocateExact(ncells: number | bigint, connSize: number | bigint): true;
  AllocateEstimate(ncells: number | bigint, maxCellSize: number | bigint): true;
  BuildCells(): void;
  BuildLinks(): void;
  DeleteCells(): void;
  DeleteCell(i: number | bigint): void;
  RemoveDeletedCells(): void;
  ReplaceCell(i: number | bigint, ids: IdsArg): void;
  ReplaceCell(i: number | bigint, npts: number | bigint, ids: IdsArg): void;
  ReverseCell(i: number | bigint): void;
  Reset(): void;
  IsPointUsedByCell(p: number | bigint, c: number | bigint): 0 | 1;
  ReplaceCellPoint(c: number | bigint, oldId: number | bigint, newId: number | bigint): void;
  GetCellsBounds(): Bounds; GetCellsBounds<T extends number[] | Float64Array>(out: T): T;
  ComputeCellsBounds(): void;
}
/** VTK 9.7 parameters, defaults and clamps. A NaN value (also an infinite radius or
 * center) is a RangeError (the core's VB_EDOMAIN) and leaves the parameter unchanged. */
export interface vtkSphereSource extends vtkObjectBase {
  SetRadius(r: number): void; GetRadius(): number;
  SetCenter(...xyz: XYZ): void; GetCenter(): [number, number, number];
  /** Clamped to [3, 2147483647]. */
  SetThetaResolution(n: number): void; GetThetaResolution(): number;
  SetPhiResolution(n: number): void; GetPhiResolution(): number;
  /** Degrees, clamped to [0, 360]. */
  SetStartTheta(deg: number): void; GetStartTheta(): number;
  SetEndTheta(deg: number): void; GetEndTheta(): number;
  SetStartPhi(deg: number): void; GetStartPhi(): number;
  SetEndPhi(deg: number): void; GetEndPhi(): number;
  SetLatLongTessellation(on: number | boolean): void; GetLatLongTessellation(): number;
  LatLongTessellationOn(): void; LatLongTessellationOff(): void;
  SetGenerateNormals(on: number | boolean): void; GetGenerateNormals(): number;
  GenerateNormalsOn(): void; GenerateNormalsOff(): void;
  /** 0 single (float points, default), 1 double. */
  SetOutputPointsPrecision(p: number): void; GetOutputPointsPrecision(): number;
  /** Regenerates the output when a parameter changed. */
  Update(): void;
  /** The output (same C object across updates; empty before Update()). */
  GetOutput(): vtkPolyData;
}

type Ctor0<T> = new () => T;

/** The static methods of every class (vtkObject.SafeDownCast(o), ...). */
export interface ObjectStatics {
  IsTypeOf(name: string): 0 | 1;
  SafeDownCast<T>(this: abstract new (...args: never[]) => T, obj: vtkObjectBase | null): T | null;
  GetGlobalWarningDisplay(): number;
  SetGlobalWarningDisplay(on: boolean | number): void;
  GlobalWarningDisplayOn(): void;
  GlobalWarningDisplayOff(): void;
}

/** A loaded module: classes bound to one WebAssembly instance (objects of different
 * instances do not mix). */
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

export interface VtkBuf {
  vtkObjectBase: ObjectStatics & (abstract new () => vtkObjectBase);
  vtkObject: ObjectStatics & (new () => vtkObject);
  vtkIdList: ObjectStatics & (new () => vtkIdList);
  vtkCollection: ObjectStatics & (new () => vtkCollection);
  vtkDataArrayCollection: ObjectStatics & (new () => vtkDataArrayCollection);
  vtkBuffer: new <D extends DType>(dtype: D) => vtkBuffer<D>;
  vtkAbstractArray: abstract new () => vtkAbstractArray;
  vtkDataArray: (abstract new () => vtkDataArray) & vtkDataArrayStatics;
  vtkAOSDataArrayTemplate: new <D extends DType>(dtype: D) => vtkAOSDataArrayTemplate<D>;
  vtkSOADataArrayTemplate: new <D extends DType>(dtype: D) => vtkSOADataArrayTemplate<D>;
  vtkScaledSOADataArrayTemplate: new <D extends DType>(dtype: D) => vtkScaledSOADataArrayTemplate<D>;
  vtkFloatArray: Ctor0<vtkAOSDataArrayTemplate<'float32'>>;
  vtkDoubleArray: Ctor0<vtkAOSDataArrayTemplate<'float64'>>;
  vtkCharArray: Ctor0<vtkAOSDataArrayTemplate<'char'>>;
  vtkSignedCharArray: Ctor0<vtkAOSDataArrayTemplate<'int8'>>;
  vtkUnsignedCharArray: Ctor0<vtkAOSDataArrayTemplate<'uint8'>>;
  vtkShortArray: Ctor0<vtkAOSDataArrayTemplate<'int16'>>;
  vtkUnsignedShortArray: Ctor0<vtkAOSDataArrayTemplate<'uint16'>>;
  vtkIntArray: Ctor0<vtkAOSDataArrayTemplate<'int32'>>;
  vtkUnsignedIntArray: Ctor0<vtkAOSDataArrayTemplate<'uint32'>>;
  vtkLongArray: Ctor0<vtkAOSDataArrayTemplate<'long'>>;
  vtkUnsignedLongArray: Ctor0<vtkAOSDataArrayTemplate<'ulong'>>;
  vtkLongLongArray: Ctor0<vtkAOSDataArrayTemplate<'int64'>>;
  vtkUnsignedLongLongArray: Ctor0<vtkAOSDataArrayTemplate<'uint64'>>;
  vtkIdTypeArray: Ctor0<vtkAOSDataArrayTemplate<'idtype'>>;
  vtkTypeInt8Array: Ctor0<vtkAOSDataArrayTemplate<'int8'>>;
  vtkTypeUInt8Array: Ctor0<vtkAOSDataArrayTemplate<'uint8'>>;
  vtkTypeInt16Array: Ctor0<vtkAOSDataArrayTemplate<'int16'>>;
  vtkTypeUInt16Array: Ctor0<vtkAOSDataArrayTemplate<'uint16'>>;
  vtkTypeInt32Array: Ctor0<vtkAOSDataArrayTemplate<'int32'>>;
  vtkTypeUInt32Array: Ctor0<vtkAOSDataArrayTemplate<'uint32'>>;
  vtkTypeInt64Array: Ctor0<vtkAOSDataArrayTemplate<'int64'>>;
  vtkTypeUInt64Array: Ctor0<vtkAOSDataArrayTemplate<'uint64'>>;
  vtkTypeFloat32Array: Ctor0<vtkAOSDataArrayTemplate<'float32'>>;
  vtkTypeFloat64Array: Ctor0<vtkAOSDataArrayTemplate<'float64'>>;
  vtkBitArray: Ctor0<vtkBitArray>;
  /** new vtkPoints(dataType?) or new vtkPoints(data | { data }) (RangeError unless x, y, z per point). */
  vtkPoints: new (dataTypeOrData?: DType | number | PointsData | { data?: PointsData }) => vtkPoints;
  /** new vtkCellArray() or new vtkCellArray({ offsets, connectivity }) (TypeError for one without the other). */
  vtkCellArray: new (data?: CellArrayData) => vtkCellArray;
  vtkFieldData: Ctor0<vtkFieldData> & { GhostArrayName(): 'vtkGhostType' };
  vtkDataSetAttributes: Ctor0<vtkDataSetAttributes> & AttributesStatics;
  vtkPointData: Ctor0<vtkPointData> & AttributesStatics;
  vtkCellData: Ctor0<vtkCellData> & AttributesStatics;
  vtkDataObject: Ctor0<vtkDataObject> & DataObjectStatics;
  /** Abstract (TypeError on new): for instanceof. */
  vtkDataSet: (abstract new () => vtkDataSet) & DataObjectStatics;
  vtkPointSet: (abstract new () => vtkPointSet) & DataObjectStatics;
  vtkPolyData: Ctor0<vtkPolyData> & DataObjectStatics;
  vtkSphereSource: Ctor0<vtkSphereSource> & {
    readonly SINGLE_PRECISION: 0; readonly DOUBLE_PRECISION: 1; readonly DEFAULT_PRECISION: 2;
  };
  /** Not constructible by users (TypeError); exported for instanceof checks. */
  SafeView: abstract new () => SafeView;
  StaleViewError: typeof StaleViewError;
  vtkCommand: typeof vtkCommand;
  /** VTK type ids from the core's type table (also spread: `vb.VTK_FLOAT`, ...). */
  VTK: VtkTypeIds;
  /** The ten dtypes of the seed. */
  dtypes: readonly SeedDType[];
  allDtypes: readonly DType[];
  /** Memory blocks alive in the C core (for leak checks). */
  liveBlocks(): number;
  /** Core objects (buffers, arrays, data objects) alive in the C core (for leak checks). */
  liveObjects(): number;
  /** This instance's WebAssembly memory (its buffer is replaced on growth). */
  readonly memory: WebAssembly.Memory;
  /** True for the vtkbuf/memory64 build (memory up to 16 GiB), false for wasm32 (4 GiB). */
  readonly memory64: boolean;
  /** The Emscripten module (low level, unstable). */
  readonly module: unknown;
  readonly VTK_FLOAT: 10; readonly VTK_DOUBLE: 11; readonly VTK_INT: 6; readonly VTK_ID_TYPE: 12;
  readonly [name: `VTK_${string}`]: number;
}

export interface AttributesStatics {
  readonly SCALARS: 0; readonly VECTORS: 1; readonly NORMALS: 2; readonly TCOORDS: 3; readonly TENSORS: 4;
  readonly GLOBALIDS: 5; readonly PEDIGREEIDS: 6; readonly EDGEFLAG: 7; readonly TANGENTS: 8;
  readonly RATIONALWEIGHTS: 9; readonly HIGHERORDERDEGREES: 10; readonly PROCESSIDS: 11; readonly NUM_ATTRIBUTES: 12;
  readonly COPYTUPLE: 0; readonly INTERPOLATE: 1; readonly PASSDATA: 2; readonly ALLCOPY: 3;
  readonly [name: string]: unknown;
  GetAttributeTypeAsString(type: number): string | null;
  GetLongAttributeTypeAsString(type: number): string | null;
}
export interface DataObjectStatics {
  readonly POINT: 0; readonly CELL: 1; readonly FIELD: 2;
  readonly [name: string]: unknown;
}

export interface CreateOptions {
  /** Where to fetch/read the .wasm (default: next to js/dist/vtkbuf.mjs). */
  wasmURL?: string | URL;
  /** The .wasm bytes (bundlers, offline use); takes precedence over wasmURL. */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
}

/** Load the WebAssembly module and return a vtkbuf instance. */
export default function createVtkBuf(options?: CreateOptions): Promise<VtkBuf>;
export { createVtkBuf };

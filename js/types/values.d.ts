// vtkVariant, vtkStringArray, vtkVariantArray (js/values.mjs).
import type { vtkAbstractArray } from './arrays.js';
import type { vtkIdList, vtkObjectBase } from './objects.js';

/** What a vtkVariant takes: a boolean (char), an integer Number (int, past int32 long long),
 * another Number (double), a BigInt (long long / unsigned long long), a string or bytes,
 * a vtkbuf object, another variant; null/undefined make it invalid. */
export type VariantValue = boolean | number | bigint | string | Uint8Array | vtkObjectBase | vtkVariant | null | undefined;
type Ids = ArrayLike<number | bigint> | vtkIdList;
type Integer = number | bigint;

export interface vtkVariant {
  IsValid(): boolean;
  GetType(): number;
  GetTypeAsString(): string;
  IsNumeric(): boolean;
  IsString(): boolean;
  IsVTKObject(): boolean;
  IsArray(): false;
  ToArray(): null;
  ToString(): string;
  toString(): string;
  ToVTKObject(): vtkObjectBase | null;
  IsEqual(other: vtkVariant): boolean;
  Compare(other: vtkVariant): number;
  IsChar(): boolean; IsSignedChar(): boolean; IsUnsignedChar(): boolean; IsShort(): boolean;
  IsUnsignedShort(): boolean; IsInt(): boolean; IsUnsignedInt(): boolean; IsLong(): boolean;
  IsUnsignedLong(): boolean; IsLongLong(): boolean; IsUnsignedLongLong(): boolean; IsFloat(): boolean;
  IsDouble(): boolean;
  /** the first character (VTK's char) */
  ToChar(): string;
  ToSignedChar(): number; ToUnsignedChar(): number; ToShort(): number; ToUnsignedShort(): number;
  ToInt(): number; ToUnsignedInt(): number; ToFloat(): number; ToDouble(): number;
  /** 64-bit: a Number when safe, else a BigInt */
  ToLong(): number | bigint; ToUnsignedLong(): number | bigint;
  ToLongLong(): number | bigint; ToUnsignedLongLong(): number | bigint;
  ToTypeInt64(): number | bigint; ToTypeUInt64(): number | bigint;
  delete(): void;
  [Symbol.dispose](): void;
}

/** vtkStringArray / vtkVariantArray: vtkAbstractArray, not vtkDataArray. */
export interface vtkValueArray<V> extends vtkAbstractArray {
  GetDataType(): number;
  GetDataTypeAsString(): string;
  GetDataTypeSize(): number;
  GetElementComponentSize(): number;
  GetNumberOfComponents(): number;
  SetNumberOfComponents(n: number): void;
  GetNumberOfTuples(): number;
  GetNumberOfValues(): number;
  GetMaxId(): number;
  GetSize(): number;
  GetCapacity(): number;
  SetNumberOfTuples(n: Integer): void;
  SetNumberOfValues(n: Integer): true;
  Resize(n: Integer): 1;
  ReserveTuples(n: Integer): 1;
  ReserveValues(n: Integer): 1;
  Allocate(size: Integer, ext?: Integer): 1;
  Squeeze(): void;
  Initialize(): void;
  Reset(): void;
  GetName(): string | null;
  SetName(name: string | null): void;
  GetValue(i: Integer): V;
  SetValue(i: Integer, v: V | (V extends string ? Uint8Array : VariantValue)): void;
  InsertValue(i: Integer, v: V | (V extends string ? Uint8Array : VariantValue)): void;
  InsertNextValue(v: V | (V extends string ? Uint8Array : VariantValue)): number;
  GetVariantValue(i: Integer): vtkVariant;
  SetVariantValue(i: Integer, v: VariantValue): void;
  InsertVariantValue(i: Integer, v: VariantValue): void;
  LookupValue(v: VariantValue): number;
  GetTypedComponent(t: Integer, c: number): V;
  SetTypedComponent(t: Integer, c: number, v: V): void;
  SetTuple(i: Integer, j: Integer, src: this): void;
  InsertTuple(i: Integer, j: Integer, src: this): void;
  InsertNextTuple(j: Integer, src: this): number;
  InsertTuples(dstIds: Ids, srcIds: Ids, src: this): void;
  InsertTuples(dstStart: Integer, n: Integer, srcStart: Integer, src: this): void;
  InsertTuplesStartingAt(dstStart: Integer, srcIds: Ids, src: this): void;
  GetTuples(ids: Ids, out: this): void;
  GetTuples(p1: Integer, p2: Integer, out: this): void;
  InterpolateTuple(i: Integer, ids: Ids, src: this, weights: ArrayLike<number>): void;
  InterpolateTuple(i: Integer, id1: Integer, src1: this, id2: Integer, src2: this, t: number): void;
  DeepCopy(src: this | null): void;
  ShallowCopy(src: this | null): void;
  GetDataSize(): number;
  GetActualMemorySize(): number;
  IsNumeric(): 0;
  IsIntegral(): false;
  GetArrayType(): number;
  GetArrayTypeAsString(): string;
  HasStandardMemoryLayout(): true;
  HasInformation(): false;
  HasAComponentName(): boolean;
  SetComponentName(c: Integer, name: string | null): void;
  GetComponentName(c: Integer): string | null;
  CopyComponentNames(src: this | null): 0 | 1;
  CopyComponent(dstComp: number, src: vtkAbstractArray, srcComp: number): boolean;
  GetMaxDiscreteValues(): number;
  SetMaxDiscreteValues(n: number): void;
  GetNumberOfComponentsMinValue(): number;
  GetNumberOfComponentsMaxValue(): number;
  ClearLookup(): void;
  DataChanged(): void;
  DataElementChanged(i?: Integer): void;
  NewInstance(): this;
}
export interface vtkStringArray extends vtkValueArray<string> {
  GetNumberOfElementComponents(): 1;
}
export interface vtkVariantArray extends vtkValueArray<vtkVariant> {}

export interface VariantStatics {
  readonly DEFAULT_FORMATTING: 0;
  readonly FIXED_FORMATTING: 1;
  readonly SCIENTIFIC_FORMATTING: 2;
}
export interface ValueArrayStatics<A> {
  /** The array if it is one of this class, else null. */
  FastDownCast(a: unknown): A | null;
  ExtendedNew(): A;
  readonly MAX_DISCRETE_VALUES: 32;
  readonly VTK_DATA_ARRAY_FREE: 0;
  readonly VTK_DATA_ARRAY_DELETE: 1;
  readonly VTK_DATA_ARRAY_ALIGNED_FREE: 2;
  readonly VTK_DATA_ARRAY_USER_DEFINED: 3;
}

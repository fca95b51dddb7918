// Types of vtkPoints and vtkCellArray (part of js/index.d.ts, which re-exports them).

import type { DType } from './views.js';
import type { IdList, IdsArg, vtkIdList, vtkObjectBase } from './objects.js';
import type { vtkAOSDataArrayTemplate, vtkDataArray } from './arrays.js';
export {}; // only the declarations marked export are exported

/** Three coordinates, as separate arguments or one array. */
export type XYZ = [x: number, y: number, z: number] | [xyz: ArrayLike<number>];
/** Bounds: [xmin, xmax, ymin, ymax, zmin, zmax] ((1,-1,1,-1,1,-1) when empty). */
export type Bounds = [number, number, number, number, number, number];
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

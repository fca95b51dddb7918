// Types of vtkbuf's data objects (part of js/index.d.ts, which re-exports them): vtkFieldData,
// vtkDataSetAttributes, vtkDataObject/vtkDataSet/vtkPointSet/vtkPolyData, vtkSphereSource.

import type { vtkStringArray, vtkVariantArray } from './values.js';
import type { IdsArg, vtkIdList, vtkObjectBase } from './objects.js';
import type { vtkAlgorithm } from './pipeline.js';
import type { vtkDataArray } from './arrays.js';
import type { Bounds, XYZ, vtkCellArray, vtkPoints } from './points.js';
export {}; // only the declarations marked export are exported

/** vtkDataSetAttributes::AttributeTypes: 0 scalars ... 11 process ids. */
export type AttributeType = number;
/** Named data arrays, copy flags, ranges and the ghost array. */
export interface vtkFieldData extends vtkObjectBase {
  GetNumberOfArrays(): number;
  /** Append, or replace the array of the same name; returns its index. */
  AddArray(arr: vtkDataArray | vtkStringArray | vtkVariantArray): number;
  /** null when there is no such array (as VTK). */
  GetArray(nameOrIndex: string | number): vtkDataArray | null;
  GetAbstractArray(nameOrIndex: string | number): vtkDataArray | vtkStringArray | vtkVariantArray | null;
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
  HasAnyBlankPoints(): boolean; HasAnyBlankCells(): boolean;
  GetPointGhostArray(): vtkDataArray | null; GetCellGhostArray(): vtkDataArray | null;
  GetGhostArray(type: number): vtkDataArray | null;
  GetCellBounds(i: number | bigint): Bounds; GetCellBounds<T extends number[] | Float64Array>(i: number | bigint, out: T): T;
  GetMaxSpatialDimension(): number; GetMinSpatialDimension(): number;
  AllocatePointGhostArray(): void; AllocateCellGhostArray(): void;
  GetPoints(): vtkPoints | null;
  /** A new cell of the cell's class; GetCell(i, cell) fills cell (a vtkGenericCell or one of the type). */
  GetCell(i: number | bigint): import('./cells.js').vtkCell;
  GetCell(i: number | bigint, cell: import('./cells.js').vtkCell): undefined;
  GetDistinctCellTypes(types: import('./cells.js').vtkCellTypes): void;
  GetCellTypes(types: import('./cells.js').vtkCellTypes): void;
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
export interface vtkSphereSource extends vtkObjectBase, vtkAlgorithm {
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
  /** Regenerates the output (vtkAlgorithm's Update). */
  Update(): true;
  /** The output (same C object across updates; empty before Update()). */
  GetOutput(): vtkPolyData;
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

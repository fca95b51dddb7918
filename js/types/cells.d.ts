// Cells (vtkCell, a class per linear cell type, vtkGenericCell), vtkCellTypes and
// vtkUnstructuredGrid (js/cells.mjs, js/ugrid.mjs).
import type { vtkDataArray } from './arrays.js';
import type { IdsArg, vtkIdList, vtkObjectBase } from './objects.js';
import type { Bounds, CellArrayData, PointsData, vtkCellArray, vtkPoints } from './points.js';
import type { vtkPointSet } from './dataobjects.js';

/** A cell: its type, point ids and points (the cell's own objects). */
export interface vtkCell extends vtkObjectBase {
  GetCellType(): number;
  GetCellDimension(): number;
  GetNumberOfPoints(): number;
  GetNumberOfEdges(): number;
  GetNumberOfFaces(): number;
  IsLinear(): number; IsPrimaryCell(): number; IsExplicitCell(): 0;
  RequiresInitialization(): number; RequiresExplicitFaceRepresentation(): number;
  GetPointIds(): vtkIdList;
  GetPoints(): vtkPoints;
  /** RangeError outside [0, GetNumberOfPoints()). */
  GetPointId(i: number | bigint): number;
  /** A cell the cell owns and reuses (VTK's order of points); RangeError outside the count. */
  GetEdge(i: number): vtkCell;
  GetFace(i: number): vtkCell;
  GetBounds(): Bounds; GetBounds<T extends number[] | Float64Array>(out: T): T;
  GetLength2(): number;
  DeepCopy(other: vtkCell): void;
  /** Shares the points; the ids are copied. */
  ShallowCopy(other: vtkCell): void;
  Initialize(): void;
  /** A polyhedron's faces (global point ids); empty for other cells. */
  GetCellFaces(faces: vtkCellArray): void;
}
export interface vtkGenericCell extends vtkCell {
  /** A linear cell type (TypeError otherwise). */
  SetCellType(type: number): void;
  /** SetCellType of that linear type. */
  SetCellTypeToEmptyCell(): void;
  SetCellTypeToVertex(): void;
  SetCellTypeToPolyVertex(): void;
  SetCellTypeToLine(): void;
  SetCellTypeToPolyLine(): void;
  SetCellTypeToTriangle(): void;
  SetCellTypeToTriangleStrip(): void;
  SetCellTypeToPolygon(): void;
  SetCellTypeToPixel(): void;
  SetCellTypeToQuad(): void;
  SetCellTypeToTetra(): void;
  SetCellTypeToVoxel(): void;
  SetCellTypeToHexahedron(): void;
  SetCellTypeToWedge(): void;
  SetCellTypeToPyramid(): void;
  SetCellTypeToPentagonalPrism(): void;
  SetCellTypeToHexagonalPrism(): void;
  SetCellTypeToPolyhedron(): void;
}
export interface vtkCellTypes extends vtkObjectBase {
  Allocate(size?: number | bigint): 1;
  InsertCell(id: number | bigint, type: number): void;
  InsertNextCell(type: number): number;
  InsertNextType(type: number): number;
  /** Shares the array (1-component unsigned char). */
  SetCellTypes(ncells: number | bigint, types: vtkDataArray): void;
  DeleteCell(id: number | bigint): void;
  GetNumberOfTypes(): number;
  IsType(type: number): 0 | 1;
  GetCellType(id: number | bigint): number;
  Squeeze(): void; Reset(): void;
  GetActualMemorySize(): number;
  DeepCopy(other: vtkCellTypes): void;
  GetCellTypesArray(): vtkDataArray;
}
export interface CellTypesStatics {
  GetClassNameFromTypeId(type: number): string;
  GetTypeIdFromClassName(name: string): number;
  IsLinear(type: number): number;
  GetDimension(type: number): number;
}
/** new vtkUnstructuredGrid({ points, offsets, connectivity, types }): each copied once into WebAssembly memory. */
export interface UnstructuredGridData {
  points?: PointsData | vtkPoints;
  offsets?: CellArrayData['offsets'];
  connectivity?: CellArrayData['connectivity'];
  types?: Uint8Array | number[] | vtkDataArray;
}
export interface vtkUnstructuredGrid extends vtkPointSet {
  Allocate(ncells?: number | bigint): void;
  AllocateExact(ncells: number | bigint, connSize: number | bigint): true;
  AllocateEstimate(ncells: number | bigint, maxCellSize: number | bigint): true;
  /** (type, idlist) / (type, npts, ids) / (type, npts, ids, nfaces, faceStream) / (type, npts, ids, faces);
   * a polyhedron's ids without faces are VTK's face stream. The new cell id. */
  InsertNextCell(type: number, ids: vtkIdList): number;
  InsertNextCell(type: number, npts: number | bigint, ids: IdsArg): number;
  InsertNextCell(type: number, npts: number | bigint, ids: IdsArg, faces: vtkCellArray): number;
  InsertNextCell(type: number, npts: number | bigint, ids: IdsArg, nfaces: number | bigint, faces: IdsArg): number;
  SetCells(types: number | number[] | Uint8Array | vtkDataArray, cells: vtkCellArray): void;
  SetPolyhedralCells(types: vtkDataArray, cells: vtkCellArray, faceLocations: vtkCellArray | null, faces: vtkCellArray | null): void;
  GetCells(): vtkCellArray | null;
  GetCellTypes(): vtkDataArray | null;
  GetCellTypes(types: vtkCellTypes): void;
  GetCellTypesArray(): vtkDataArray | null;
  GetDistinctCellTypesArray(): vtkDataArray;
  IsHomogeneous(): 0 | 1;
  GetPolyhedronFaces(): vtkCellArray | null;
  GetPolyhedronFaces(cellId: number | bigint, faces: vtkCellArray): void;
  GetPolyhedronFaceLocations(): vtkCellArray | null;
  GetFaceStream(cellId: number | bigint): number[];
  GetFaceStream<T extends vtkIdList | number[]>(cellId: number | bigint, ids: T): T;
  GetIdsOfCellsOfType(type: number, out: vtkDataArray): void;
  BuildLinks(): void;
  Reset(): void;
}

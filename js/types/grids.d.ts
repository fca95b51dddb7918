// vtkStructuredGrid and vtkTable (js/grids.mjs).
export {}; // only the declarations marked export are exported
import type { vtkDataArray } from './arrays.js';
import type { vtkDataObject, vtkDataSetAttributes, vtkPointSet } from './dataobjects.js';

type Int = number | bigint;
type Ints3 = [number, number, number];
type Extent = [number, number, number, number, number, number];

export interface vtkStructuredGrid extends vtkPointSet {
  SetExtent(i0: number, i1: number, j0: number, j1: number, k0: number, k1: number): void;
  SetExtent(extent: ArrayLike<number>): void;
  GetExtent(): Extent;
  SetDimensions(i: number, j: number, k: number): void;
  SetDimensions(dims: ArrayLike<number>): void;
  /** i1 - i0 + 1, ...; GetDimensions(out) fills and returns out. */
  GetDimensions(): Ints3; GetDimensions<T extends number[] | Int32Array>(out: T): T;
  GetCellDims(): Ints3; GetCellDims<T extends number[] | Int32Array>(out: T): T;
  GetDataDimension(): number;
  GetDataDescription(): number;
  GetPoint(i: Int): [number, number, number];
  GetPoint<T extends number[] | Float64Array>(i: Int, out: T): T;
  /** Point (i, j, k) into out (returned; untouched outside the extent, as VTK);
   * adjustForExtent false: (i, j, k) taken literally (RangeError past the points). */
  GetPoint<T extends number[] | Float64Array>(i: number, j: number, k: number, out: T, adjustForExtent?: boolean): T;
  /** RangeError for an id past the points / cells. */
  BlankPoint(id: Int): void; UnBlankPoint(id: Int): void;
  BlankCell(id: Int): void; UnBlankCell(id: Int): void;
  IsPointVisible(id: Int): number; IsCellVisible(id: Int): number;
}

export interface vtkTable extends vtkDataObject {
  GetRowData(): vtkDataSetAttributes;
  SetRowData(rowData: vtkDataSetAttributes): void;
  GetNumberOfRows(): number;
  SetNumberOfRows(n: Int): void;
  SqueezeRows(): void;
  GetNumberOfColumns(): number;
  /** Not added (as VTK) when its tuples differ from the rows of a table with columns. */
  AddColumn(column: vtkDataArray): void;
  InsertColumn(column: vtkDataArray, index: number): void;
  RemoveColumn(col: Int): void;
  RemoveColumnByName(name: string): void;
  RemoveAllColumns(): void;
  GetColumn(col: Int): vtkDataArray | null;
  GetColumnByName(name: string): vtkDataArray | null;
  GetColumnName(col: Int): string | null;
  GetColumnIndex(name: string): number;
  InsertNextBlankRow(defaultValue?: number): number;
  /** VTK's: row clamped to [0, rows]; later rows move down (the new rows keep the old values). */
  InsertRow(row: number): void; InsertRows(row: number, n: number): void;
  RemoveRow(row: number): void; RemoveRows(row: number, n: number): void;
  RemoveAllRows(): void;
  /** A number, a tuple (multi-component column) or null (no such row / column). */
  GetValue(row: Int, col: Int): number | number[] | null;
  GetValueByName(row: Int, name: string): number | number[] | null;
  /** A number into a 1-component column, an Array (one tuple) into a wider one,
   * through double as SetComponent / SetTuple; a column not found: nothing. */
  SetValue(row: Int, col: Int, value: number | number[]): void;
  SetValueByName(row: Int, name: string, value: number | number[]): void;
}

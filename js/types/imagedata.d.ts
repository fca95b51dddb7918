// Types of vtkImageData and vtkRectilinearGrid (part of js/index.d.ts).

import type { vtkDataArray } from './arrays.js';
import type { vtkPoints } from './points.js';
import type { vtkDataSet } from './dataobjects.js';

type Ints3 = [number, number, number] | ArrayLike<number>;

interface StructuredGrid extends vtkDataSet {
  SetExtent(i0: number, i1: number, j0: number, j1: number, k0: number, k1: number): void;
  SetExtent(extent: ArrayLike<number>): void;
  GetExtent(): number[];
  SetDimensions(i: number, j: number, k: number): void;
  SetDimensions(dims: Ints3): void;
  GetDimensions(): number[];
  GetDataDimension(): number;
  ComputePointId(ijk: Ints3): number;
  ComputeCellId(ijk: Ints3): number;
  /** A vtkPoints over a vtkStructuredPointArray: nothing stored, follows the geometry. */
  GetPoints(): vtkPoints;
}

export interface vtkImageData extends StructuredGrid {
  SetSpacing(x: number, y: number, z: number): void;
  SetSpacing(s: ArrayLike<number>): void;
  GetSpacing(): number[];
  SetOrigin(x: number, y: number, z: number): void;
  SetOrigin(o: ArrayLike<number>): void;
  GetOrigin(): number[];
  SetDirectionMatrix(m: ArrayLike<number>): void;
  SetDirectionMatrix(...m: number[]): void;
  /** The 9 elements, row-major (VTK: a vtkMatrix3x3). */
  GetDirectionMatrix(): number[];
  FindPoint(x: number, y: number, z: number): number;
  FindPoint(x: ArrayLike<number>): number;
  ComputeStructuredCoordinates(x: ArrayLike<number>, ijk: number[], pcoords: number[]): number;
  TransformContinuousIndexToPhysicalPoint(i: number, j: number, k: number, out?: number[]): number[];
  TransformContinuousIndexToPhysicalPoint(ijk: ArrayLike<number>, out?: number[]): number[];
  TransformIndexToPhysicalPoint(i: number, j: number, k: number, out?: number[]): number[];
  TransformIndexToPhysicalPoint(ijk: ArrayLike<number>, out?: number[]): number[];
  TransformPhysicalPointToContinuousIndex(x: number, y: number, z: number, out?: number[]): number[];
  TransformPhysicalPointToContinuousIndex(xyz: ArrayLike<number>, out?: number[]): number[];
  AllocateScalars(type: number, ncomp: number): void;
  GetScalarIndex(i: number, j: number, k: number): number;
  GetScalarIndex(ijk: ArrayLike<number>): number;
  GetScalarComponentAsDouble(i: number, j: number, k: number, comp: number): number;
  GetScalarComponentAsFloat(i: number, j: number, k: number, comp: number): number;
  SetScalarComponentFromDouble(i: number, j: number, k: number, comp: number, v: number): void;
  SetScalarComponentFromFloat(i: number, j: number, k: number, comp: number, v: number): void;
  GetIncrements(): number[];
  GetScalarSize(): number;
}

export interface vtkRectilinearGrid extends StructuredGrid {
  GetXCoordinates(): vtkDataArray | null;
  GetYCoordinates(): vtkDataArray | null;
  GetZCoordinates(): vtkDataArray | null;
  SetXCoordinates(a: vtkDataArray): void;
  SetYCoordinates(a: vtkDataArray): void;
  SetZCoordinates(a: vtkDataArray): void;
}

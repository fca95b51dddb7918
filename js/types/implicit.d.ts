// Types of the implicit arrays (part of js/index.d.ts): no storage, values computed
// by the core; writes throw TypeError, view()/getData() throw, toArray() copies.

import type { DType } from './views.js';
import type { vtkDataArray } from './arrays.js';

export interface vtkConstantArray<D extends DType = DType> extends vtkDataArray<D> {
  ConstructBackend(value: number): void;
  GetConstantValue(): number;
}
export interface vtkAffineArray<D extends DType = DType> extends vtkDataArray<D> {
  ConstructBackend(slope: number, intercept: number): void;
  GetSlope(): number;
  GetIntercept(): number;
}
export interface vtkStructuredPointArray<D extends DType = DType> extends vtkDataArray<D> {
  ConstructBackend(x: vtkDataArray | null, y: vtkDataArray | null, z: vtkDataArray | null,
    extent: ArrayLike<number>, dataDescription: number, dirMatrix?: ArrayLike<number>): void;
  GetXCoordinates(): vtkDataArray | null;
  GetYCoordinates(): vtkDataArray | null;
  GetZCoordinates(): vtkDataArray | null;
  GetUsesDirectionMatrix(): boolean;
}

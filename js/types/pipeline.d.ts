// Pipelines (js/pipeline.mjs): VTK's connection API on vtkSphereSource, vtkGeometryFilter
// and vtkDataSetSurfaceFilter; docs/python.md "Pipelines" (the same in Python).
import type { vtkObject } from './objects.js';
import type { vtkDataObject } from './dataobjects.js';

/** What GetOutputPort() returns (one object per port) and SetInputConnection() takes. */
export interface vtkAlgorithmOutput extends vtkObject {
  GetProducer(): vtkAlgorithm | null; SetProducer(p: vtkAlgorithm | null): void;
  GetIndex(): number; SetIndex(i: number): void;
}
/** The connection methods of the algorithms. A port past the algorithm's ports is
 * ignored and gives null (VTK logs an error). */
export interface vtkAlgorithm {
  GetNumberOfInputPorts(): number; GetNumberOfOutputPorts(): number;
  /** null for a port the algorithm does not have. */
  GetOutputPort(port?: number): vtkAlgorithmOutput | null;
  /** null disconnects. vtkGeometryFilter's port 1 (VTK's faces to exclude): RangeError. */
  SetInputConnection(output: vtkAlgorithmOutput | null): void;
  SetInputConnection(port: number, output: vtkAlgorithmOutput | null): void;
  AddInputConnection(output: vtkAlgorithmOutput): void;
  AddInputConnection(port: number, output: vtkAlgorithmOutput): void;
  RemoveInputConnection(port: number, which: number | vtkAlgorithmOutput): void;
  RemoveAllInputConnections(port: number): void; RemoveAllInputs(): void;
  GetNumberOfInputConnections(port: number): number; GetTotalNumberOfInputConnections(): number;
  GetInputConnection(port: number, index: number): vtkAlgorithmOutput | null;
  GetInputAlgorithm(port?: number, index?: number): vtkAlgorithm | null;
  GetInputDataObject(port: number, index: number): vtkDataObject | null;
  /** A vtkTrivialProducer connection holding d, replacing any other (as VTK). */
  SetInputData(d: vtkDataObject | null): void; SetInputData(port: number, d: vtkDataObject | null): void;
  SetInputDataObject(d: vtkDataObject | null): void; SetInputDataObject(port: number, d: vtkDataObject | null): void;
  AddInputData(d: vtkDataObject): void; AddInputData(port: number, d: vtkDataObject): void;
  AddInputDataObject(d: vtkDataObject): void; AddInputDataObject(port: number, d: vtkDataObject): void;
  GetOutputDataObject(port?: number): vtkDataObject | null;
  /** Updates every producer upstream first, then runs (every time: VTK skips an
   * algorithm whose parameters and inputs did not change). */
  Update(): true;
}
/** The producer SetInputData connects: its output is the data object it holds. */
export interface vtkTrivialProducer extends vtkObject, vtkAlgorithm {
  SetOutput(d: vtkDataObject | null): void; GetOutput(): vtkDataObject | null;
}

// CommonJS entry (js/index.cjs): `const createVtkBuf = require('vtkbuf');`
// The WASM loader is ESM with top-level await, so the factory imports it lazily.
import type {
  CreateOptions, VtkBuf, vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData, vtkSphereSource, vtkBitArray,
  vtkFieldData, vtkDataObject, vtkDataSet, vtkPointSet,
} from './index.js' with { 'resolution-mode': 'import' };

declare function createVtkBuf(options?: CreateOptions): Promise<VtkBuf>;
declare namespace createVtkBuf {
  export { createVtkBuf as default, createVtkBuf };
  export type {
    CreateOptions, VtkBuf, vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData, vtkSphereSource, vtkBitArray,
    vtkFieldData, vtkDataObject, vtkDataSet, vtkPointSet,
  };
}
export = createVtkBuf;

// Type declarations of the `vtkbuf` package (ESM entry js/index.mjs, CommonJS js/index.cjs).
//
//   import createVtkBuf, { StaleViewError } from 'vtkbuf';
//   const vb = await createVtkBuf();
//   const arr = new vb.vtkFloatArray();

// The declarations live in js/types/ by concern; this file re-exports them all and
// declares the module itself (VtkBuf, createVtkBuf). js/dist/memory64.d.ts is generated
// from this file and js/types/ by make js.
export * from './types/views.js';
export * from './types/objects.js';
export * from './types/arrays.js';
export * from './types/points.js';
export * from './types/dataobjects.js';
export * from './types/implicit.js';
export * from './types/imagedata.js';
export * from './types/composite.js';
export * from './types/cells.js';
export * from './types/values.js';
export * from './types/grids.js';
export * from './types/io.js';
export * from './types/lookup_table.js';
export * from './types/pipeline.js';

import type { DType, SafeView, SeedDType, StaleViewError, VtkTypeIds } from './types/views.js';
import type {
  ObjectStatics, vtkCollection, vtkCommand, vtkDataArrayCollection, vtkIdList, vtkObject,
  vtkObjectBase,
} from './types/objects.js';
import type {
  vtkAOSDataArrayTemplate, vtkAbstractArray, vtkBitArray, vtkBuffer, vtkDataArray,
  vtkDataArrayStatics, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate,
} from './types/arrays.js';
import type { CellArrayData, PointsData, vtkCellArray, vtkPoints } from './types/points.js';
import type { vtkAffineArray, vtkConstantArray, vtkStructuredPointArray } from './types/implicit.js';
import type { vtkImageData, vtkRectilinearGrid } from './types/imagedata.js';
import type {
  ValueArrayStatics, VariantStatics, VariantValue, vtkStringArray, vtkVariant, vtkVariantArray,
} from './types/values.js';
import type {
  AttributesStatics, DataObjectStatics, vtkCellData, vtkDataObject, vtkDataSet,
  vtkDataSetAttributes, vtkFieldData, vtkPointData, vtkPointSet, vtkPolyData, vtkSphereSource,
} from './types/dataobjects.js';
import type {
  CompositeStatics, vtkCompositeDataIterator, vtkCompositeDataSet, vtkDataObjectTree, vtkDataObjectTreeIterator, vtkInformation, vtkInformationKey, vtkMultiBlockDataSet,
  vtkPartitionedDataSet, vtkPartitionedDataSetCollection,
} from './types/composite.js';
import type { vtkAlgorithm, vtkAlgorithmOutput, vtkTrivialProducer } from './types/pipeline.js';
import type { ScalarsToColorsStatics, vtkDataSetSurfaceFilter, vtkGeometryFilter, vtkLookupTable, vtkScalarsToColors } from './types/lookup_table.js';
import type { CellTypesStatics, UnstructuredGridData, vtkCell, vtkCellTypes, vtkGenericCell, vtkUnstructuredGrid } from './types/cells.js';
import type { vtkStructuredGrid, vtkTable } from './types/grids.js';
import type { ReadFunction } from './types/io.js';
import type { WriteFunction } from './types/io.js';

type Ctor0<T> = new () => T;

/** A loaded module: classes bound to one WebAssembly instance (objects of different
 * instances do not mix). */
export interface VtkBuf {
  vtkObjectBase: ObjectStatics & (abstract new () => vtkObjectBase);
  vtkObject: ObjectStatics & (new () => vtkObject);
  vtkIdList: ObjectStatics & (new () => vtkIdList);
  vtkCollection: ObjectStatics & (new () => vtkCollection);
  vtkDataArrayCollection: ObjectStatics & (new () => vtkDataArrayCollection);
  vtkVariant: VariantStatics & (new (value?: VariantValue, type?: number) => vtkVariant);
  vtkStringArray: ObjectStatics & ValueArrayStatics<vtkStringArray> & (new () => vtkStringArray);
  vtkVariantArray: ObjectStatics & ValueArrayStatics<vtkVariantArray> & (new () => vtkVariantArray);
  vtkBuffer: new <D extends DType>(dtype: D) => vtkBuffer<D>;
  vtkAbstractArray: abstract new () => vtkAbstractArray;
  vtkDataArray: (abstract new () => vtkDataArray) & vtkDataArrayStatics;
  vtkAOSDataArrayTemplate: new <D extends DType>(dtype: D) => vtkAOSDataArrayTemplate<D>;
  vtkSOADataArrayTemplate: new <D extends DType>(dtype: D) => vtkSOADataArrayTemplate<D>;
  vtkScaledSOADataArrayTemplate: new <D extends DType>(dtype: D) => vtkScaledSOADataArrayTemplate<D>;
  vtkConstantArray: new <D extends DType>(dtype: D) => vtkConstantArray<D>;
  vtkAffineArray: new <D extends DType>(dtype: D) => vtkAffineArray<D>;
  vtkStructuredPointArray: new <D extends DType>(dtype: D) => vtkStructuredPointArray<D>;
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
  vtkImageData: Ctor0<vtkImageData> & DataObjectStatics;
  vtkRectilinearGrid: Ctor0<vtkRectilinearGrid> & DataObjectStatics;
  /** Abstract (TypeError on new): for instanceof. */
  vtkCompositeDataSet: (abstract new () => vtkCompositeDataSet) & CompositeStatics;
  vtkDataObjectTree: (abstract new () => vtkDataObjectTree) & CompositeStatics;
  vtkMultiBlockDataSet: Ctor0<vtkMultiBlockDataSet> & CompositeStatics;
  vtkPartitionedDataSet: Ctor0<vtkPartitionedDataSet> & CompositeStatics;
  vtkPartitionedDataSetCollection: Ctor0<vtkPartitionedDataSetCollection> & CompositeStatics;
  vtkCompositeDataIterator: abstract new () => vtkCompositeDataIterator;
  vtkDataObjectTreeIterator: Ctor0<vtkDataObjectTreeIterator>;
  vtkInformation: Ctor0<vtkInformation>;
  vtkInformationKey: new (name: string, location: string, kind: 's' | 'i') => vtkInformationKey;
  vtkInformationStringKey: new (name: string, location: string) => vtkInformationKey;
  vtkInformationIntegerKey: new (name: string, location: string) => vtkInformationKey;
  vtkStructuredGrid: Ctor0<vtkStructuredGrid> & DataObjectStatics;
  vtkTable: Ctor0<vtkTable> & DataObjectStatics;
  vtkSphereSource: Ctor0<vtkSphereSource> & {
    readonly SINGLE_PRECISION: 0; readonly DOUBLE_PRECISION: 1; readonly DEFAULT_PRECISION: 2;
  };
  /** Abstract (TypeError on new): for instanceof. */
  vtkScalarsToColors: (abstract new () => vtkScalarsToColors) & ScalarsToColorsStatics;
  vtkLookupTable: Ctor0<vtkLookupTable> & ScalarsToColorsStatics;
  vtkGeometryFilter: Ctor0<vtkGeometryFilter>;
  vtkDataSetSurfaceFilter: Ctor0<vtkDataSetSurfaceFilter>;
  vtkAlgorithmOutput: new (producer?: vtkAlgorithm | null, index?: number) => vtkAlgorithmOutput;
  vtkTrivialProducer: new (output?: vtkDataObject | null) => vtkTrivialProducer;
  /** Abstract (TypeError on new): for instanceof. */
  vtkCell: abstract new () => vtkCell;
  vtkCell3D: abstract new () => vtkCell;
  vtkEmptyCell: Ctor0<vtkCell>; vtkVertex: Ctor0<vtkCell>; vtkPolyVertex: Ctor0<vtkCell>;
  vtkLine: Ctor0<vtkCell>; vtkPolyLine: Ctor0<vtkCell>; vtkTriangle: Ctor0<vtkCell>;
  vtkTriangleStrip: Ctor0<vtkCell>; vtkPolygon: Ctor0<vtkCell>; vtkPixel: Ctor0<vtkCell>;
  vtkQuad: Ctor0<vtkCell>; vtkTetra: Ctor0<vtkCell>; vtkVoxel: Ctor0<vtkCell>;
  vtkHexahedron: Ctor0<vtkCell>; vtkWedge: Ctor0<vtkCell>; vtkPyramid: Ctor0<vtkCell>;
  vtkPentagonalPrism: Ctor0<vtkCell>; vtkHexagonalPrism: Ctor0<vtkCell>; vtkPolyhedron: Ctor0<vtkCell>;
  vtkGenericCell: Ctor0<vtkGenericCell>;
  vtkCellTypes: Ctor0<vtkCellTypes> & CellTypesStatics;
  vtkUnstructuredGridBase: (abstract new () => vtkUnstructuredGrid) & DataObjectStatics;
  vtkUnstructuredGrid: (new (data?: UnstructuredGridData) => vtkUnstructuredGrid) & DataObjectStatics;
  /** A VTK file's bytes to a data object (legacy .vtk, XML .vtp/.vtu/.vti/.vtr/.vts). */
  read: ReadFunction;
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
  /** A data object as the bytes of a VTK file (legacy or XML). */
  write: WriteFunction;
  readonly VTK_FLOAT: 10; readonly VTK_DOUBLE: 11; readonly VTK_INT: 6; readonly VTK_ID_TYPE: 12;
  readonly [name: `VTK_${string}`]: number;
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

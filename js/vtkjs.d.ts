// Types of vtkbuf/vtkjs (js/vtkjs.mjs): vtkbuf data sets handed to vtk.js (a peer
// dependency) as zero-copy views of WASM memory, re-bound when they go stale.
import type { SafeView } from './types/views';

/** What a binding's acquire() returns: the views (or plain typed arrays for cells) to bind. */
export interface BoundArrays {
  points: SafeView | null;
  cells?: { Verts?: SafeView | Uint32Array; Lines?: SafeView | Uint32Array; Polys?: SafeView | Uint32Array; Strips?: SafeView | Uint32Array };
  pointData?: { name: string; view: SafeView; components: number; scalars?: boolean; normals?: boolean }[];
  cellData?: { name: string; view: SafeView; components: number; scalars?: boolean; normals?: boolean }[];
  image?: { dimensions: number[]; origin: number[]; spacing: number[]; direction?: number[] };
  release?(): void;
}

export interface VtkJsBridge {
  /** The vtk.js vtkPolyData or vtkImageData (the same object for the bridge's life). */
  readonly output: any;
  /** How many times the arrays were bound (1 after creation). */
  readonly binds: number;
  /** True when a view went stale or the source changed. */
  readonly stale: boolean;
  /** Re-bind if stale; true when it did. */
  refresh(): boolean;
  /** Render this vtk.js render window through render(); its interactor frames refresh() first. */
  attach(renderWindow: { render(): any; getInteractor?(): any }): VtkJsBridge;
  /** refresh(), then render the attached render window. */
  render(): void;
  /** The current typed arrays (do not keep them across allocations). */
  arrays(): { points?: ArrayBufferView; cells: Record<string, ArrayBufferView>; pointData: ArrayBufferView[]; cellData: ArrayBufferView[] };
  /** Drop the views and what the bridge owns. */
  release(): void;
}

/** A vtkbuf vtkPolyData / vtkImageData of instance `vb` as a vtk.js data object. */
export function toVtkJs(vb: any, dataset: any, options?: { scalars?: string }): VtkJsBridge;
/** A binding over any source of SafeViews (e.g. Pyodide's memory through vtkbuf/pyodide). */
export function createBinding(acquire: () => BoundArrays, options?: { changed?: () => boolean; image?: boolean }): VtkJsBridge;

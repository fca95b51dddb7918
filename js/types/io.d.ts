// read() (js/io_read.mjs): a VTK file's bytes to a data object (docs/io.md).
import type { vtkDataObject } from './dataobjects.js';

export interface ReadOptions {
  /** Default: sniffed from the bytes ('# vtk DataFile': legacy, '<': XML). */
  format?: 'legacy' | 'xml';
  /** A composite file (.vtm, .vtpc): the bytes of a file it names (as written in it). */
  files?: (name: string) => ReadSource | Promise<ReadSource>;
}

/** The file's bytes, from a file input (Blob), fetch (Response), Node's fs (Uint8Array). */
export type ReadSource = Uint8Array | ArrayBufferView | ArrayBuffer | Blob | Response;

export interface ReadFunction {
  /** The data object in a legacy .vtk or serial XML (.vtp .vtu .vti .vtr .vts) file.
   *  Bad files reject with a TypeError naming line and byte. */
  (source: ReadSource, options?: ReadOptions): Promise<vtkDataObject>;
}

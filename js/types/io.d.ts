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

// write(): data objects as VTK files (js/io_write.mjs; docs/io.md).

export interface WriteOptions {
  /** 'vtk' (legacy) or an XML format; default: the XML format of the object's class. */
  format?: 'vtk' | 'legacy' | 'vtp' | 'vtu' | 'vti' | 'vtr' | 'vts' | 'vtm' | 'vtpc';
  /** .vtm / .vtpc (required): the index file's name; the leaves go to a directory named after it. */
  name?: string;
  /** XML (VTK's defaults): 'appended', 'zlib', 32, true (appended data in base64). */
  dataMode?: 'ascii' | 'binary' | 'appended';
  compressor?: 'zlib' | 'none' | null;
  headerType?: 32 | 64;
  encode?: boolean;
  /** Legacy: BINARY (default ASCII), file version 51 (default) or 42. */
  binary?: boolean;
  version?: 51 | 42;
}

export interface WriteFunction {
  /** A composite (.vtm, .vtpc): its files by path relative to the index file
   * ({ 'case.vtm': index, 'case/case_0.vtp': leaf, ... }). */
  (obj: vtkDataObject, options: WriteOptions & { format: 'vtm' | 'vtpc'; name: string }):
    Record<string, Uint8Array> | Promise<Record<string, Uint8Array>>;
  /** The file's bytes, as VTK 9.7.1 writes them; a Promise when zlib blocks are
   * compressed by the browser's CompressionStream (no node:zlib), and on the first call
   * where the core's file I/O code (<build>.io.wasm) must be fetched (a browser). */
  (obj: vtkDataObject, options?: WriteOptions): Uint8Array | Promise<Uint8Array>;
}

// write(): data objects as VTK files (js/io_write.mjs; docs/io.md).
import type { vtkDataObject } from './dataobjects.js';

export interface WriteOptions {
  /** 'vtk' (legacy) or an XML format; default: the XML format of the object's class. */
  format?: 'vtk' | 'legacy' | 'vtp' | 'vtu' | 'vti' | 'vtr' | 'vts';
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
  /** The file's bytes, as VTK 9.7.1 writes them; a Promise when zlib blocks are
   * compressed by the browser's CompressionStream (no node:zlib). */
  (obj: vtkDataObject, options?: WriteOptions): Uint8Array | Promise<Uint8Array>;
}

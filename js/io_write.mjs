// write(obj, options): a data object as the bytes of a VTK file (docs/io.md),
// written by the core: legacy .vtk (vb_legacy_write) or XML .vtp/.vtu/.vti/.vtr/.vts
// (vb_xml_write), byte for byte as VTK 9.7.1; composite .vtm/.vtpc (vb_xml_write_composite)
// as an object of files: { 'name.vtm': index, 'name/name_0.vtp': leaf, ... }. zlib blocks are compressed by the
// host: node:zlib at VTK's level 5 (synchronous), else the browser's
// CompressionStream (asynchronous: write returns a Promise; its deflate level is
// the browser's, so the blocks are valid zlib but not VTK's bytes). The first call in a
// browser also returns a Promise: it fetches the core's file I/O code (io_load.mjs).
import { addr, describe, heapView } from './common.mjs';

const XML = { vtp: 'vtkPolyData', vtu: 'vtkUnstructuredGrid', vti: 'vtkImageData', vtr: 'vtkRectilinearGrid', vts: 'vtkStructuredGrid',
  vtm: 'vtkMultiBlockDataSet', vtpc: 'vtkPartitionedDataSetCollection' };
const MODES = { ascii: 0, binary: 1, appended: 2 };

const nodeZlib = () => {
  try { return globalThis.process?.getBuiltinModule?.('node:zlib') ?? null; } catch { return null; }
};

export function defineWrite(ctx) {
  const { M, memory } = ctx;

  // one core call: the file (or, zlib without blocks, the raw blocks to compress)
  const call = (obj, args, blocks, name = '') => {
    const nb = new TextEncoder().encode(name);
    let bp = 0;
    if (blocks) {
      bp = addr(M._malloc(Math.max(blocks.length, 1)));
      if (!bp) throw new RangeError(`write: out of WASM memory (${blocks.length} bytes)`);
      heapView(memory, Uint8Array, bp, blocks.length).set(blocks);
    }
    try {
      return ctx.withScratch(9 + nb.length, (s) => {
        heapView(memory, Uint32Array, s, 2).fill(0);
        heapView(memory, Uint8Array, s + 8, nb.length + 1).set([...nb, 0]);
        const p = addr(M._vb_js_write(obj._ptr(), ...args, bp, blocks ? blocks.length : 0, s + 8, s));
        if (!p) ctx.done(M._vb_last_status() || -1, 'write');
        const [lo, hi] = heapView(memory, Uint32Array, s, 2);
        const out = heapView(memory, Uint8Array, p, lo + hi * 4294967296).slice();
        M._free(p);
        return out;
      });
    } finally {
      if (bp) M._free(bp);
    }
  };

  const split = (raw) => {
    const out = [], dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    for (let i = 0; i < raw.length;) { const n = dv.getUint32(i, true); out.push(raw.subarray(i + 4, i + 4 + n)); i += 4 + n; }
    return out;
  };
  const frame = (blocks) => {
    const out = new Uint8Array(blocks.reduce((s, b) => s + 4 + b.length, 0)), dv = new DataView(out.buffer);
    let i = 0;
    for (const b of blocks) { dv.setUint32(i, b.length, true); out.set(b, i + 4); i += 4 + b.length; }
    return out;
  };
  // the framed files of a composite: { path: bytes }, the index (path "") under its own name
  const files = (raw, index) => {
    const out = {}, dec = new TextDecoder();
    for (let i = 0; i < raw.length;) {
      const j = raw.indexOf(0, i), dv = new DataView(raw.buffer, raw.byteOffset + j + 1, 8);
      const n = dv.getUint32(0, true) + dv.getUint32(4, true) * 4294967296;
      out[dec.decode(raw.subarray(i, j)) || index] = raw.slice(j + 9, j + 9 + n);
      i = j + 9 + n;
    }
    return out;
  };
  const deflateAsync = async (b) => new Uint8Array(await new Response(new Blob([b]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());

  /**
   * write(obj, { format, dataMode, compressor, headerType, encode, binary, version })
   * → Uint8Array (a Promise when zlib needs the browser's CompressionStream).
   * format: 'vtk' (legacy; binary, version 51 or 42) or 'vtp'/'vtu'/'vti'/'vtr'/'vts'
   * (default: the XML format of obj's class); 'vtm'/'vtpc' (a vtkMultiBlockDataSet /
   * vtkPartitionedDataSetCollection) need name (the index file's, e.g. 'case.vtm') and
   * return { [name]: index, 'case/case_0.vtp': leaf, ... } (paths relative to the index).
   * XML options default to VTK's:
   * dataMode 'appended', compressor 'zlib', headerType 32, encode true (base64).
   */
  function write(obj, options = {}) {
    // the core's file I/O code (io_load.mjs): loaded synchronously in Node, else first fetched
    if (ctx.io.ready() || ctx.io.loadSync()) return writeLoaded(obj, options);
    return ctx.io.load().then(() => writeLoaded(obj, options));
  }

  function writeLoaded(obj, options) {
    if (!obj || typeof obj._ptr !== 'function') throw new TypeError(`write: expected a vtkbuf data object, got ${describe(obj)}`);
    const o = { dataMode: 'appended', compressor: 'zlib', headerType: 32, encode: true, binary: false, version: 51, ...options };
    let format = o.format ?? Object.keys(XML).find((k) => obj.GetClassName() === XML[k]);
    if (format === 'legacy') format = 'vtk';
    if (format === 'vtk') {
      if (o.version !== 51 && o.version !== 42) throw new RangeError(`write: version ${o.version} (51 or 42)`);
      return call(obj, [0, o.binary ? 1 : 0, 0, o.version === 42 ? 1 : 0, 0], null);
    }
    if (!(format in XML)) throw new TypeError(`write: format ${describe(format)} (vtk, ${Object.keys(XML).join(', ')})`);
    if (obj.GetClassName() !== XML[format]) throw new TypeError(`write: .${format} takes a ${XML[format]}, not a ${obj.GetClassName()}`);
    if (!(o.dataMode in MODES)) throw new TypeError(`write: dataMode ${describe(o.dataMode)} (ascii, binary, appended)`);
    if (o.headerType !== 32 && o.headerType !== 64) throw new RangeError(`write: headerType ${o.headerType} (32 or 64)`);
    const zlib = o.compressor === 'zlib';
    if (!zlib && o.compressor !== 'none' && o.compressor !== null) throw new TypeError(`write: compressor ${describe(o.compressor)} ('zlib' or 'none')`);
    const composite = format === 'vtm' || format === 'vtpc';
    if (composite && (typeof o.name !== 'string' || !o.name)) throw new TypeError(`write: .${format} needs options.name (the index file's name; the leaves go to a directory named after it), got ${describe(o.name)}`);
    const args = [composite ? 2 : 1, MODES[o.dataMode], o.encode ? 0 : 1, o.headerType === 64 ? 1 : 0, zlib ? 1 : 0];
    const name = composite ? o.name : '', index = name.replace(/^.*[/\\]/, '');
    const done = (raw) => (composite ? files(raw, index) : raw);
    if (!zlib) return done(call(obj, args, null, name));
    const blocks = split(call(obj, args, null, name));
    const z = nodeZlib();
    if (z) return done(call(obj, args, frame(blocks.map((b) => z.deflateSync(b, { level: 5 }))), name));
    return Promise.all(blocks.map(deflateAsync)).then((c) => done(call(obj, args, frame(c), name)));
  }
  return { write };
}

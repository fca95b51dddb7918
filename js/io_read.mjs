// read(): a VTK file's bytes to a data object (docs/io.md). The format is sniffed
// ('# vtk DataFile' legacy, '<' XML) unless { format: 'legacy' | 'xml' }; the C core
// parses. zlib blocks of XML files are inflated by node:zlib when present (in the
// core's callback), else by DecompressionStream('deflate'): a first pass collects
// the blocks (asked for in the same order by every pass), they are inflated
// asynchronously, a second pass reads with them.
import { addr, describe } from './common.mjs';

/** node:zlib in Node (the import is cached by the engine), else null (a browser). */
async function zlibOf() {
  if (typeof process !== 'object' || !process.versions?.node) return null;
  try { return await import('node:zlib'); } catch { return null; }
}

/** Inflate one zlib stream to exactly `expected` bytes, or null (bad, or more: a bomb). */
async function inflateStream(block, expected) {
  const out = new Uint8Array(expected);
  let n = 0;
  try {
    const reader = new Blob([block]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (n + value.length > expected) { await reader.cancel(); return null; }
      out.set(value, n);
      n += value.length;
    }
  } catch { return null; }
  return n === expected ? out : null;
}

async function bytesOf(src) {
  if (src instanceof Uint8Array) return src;
  if (ArrayBuffer.isView(src)) return new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  if (typeof Blob !== 'undefined' && src instanceof Blob) return new Uint8Array(await src.arrayBuffer());
  if (typeof Response !== 'undefined' && src instanceof Response) return new Uint8Array(await src.arrayBuffer());
  throw new TypeError(`read: expected a Uint8Array, ArrayBuffer, Blob or Response, got ${describe(src)}`);
}

function sniff(b) {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3; // a UTF-8 byte order mark
  while (i < b.length && (b[i] === 0x20 || (b[i] >= 9 && b[i] <= 13))) i++;
  if (b[i] === 0x3c) return 'xml';
  if (new TextDecoder().decode(b.subarray(i, i + 14)) === '# vtk DataFile') return 'legacy';
  throw new TypeError("read: not a VTK file (neither '# vtk DataFile' nor XML at its start)");
}

export function defineRead(ctx) {
  const { M, memory } = ctx;

  /** The data object in a VTK file (legacy .vtk, XML .vtp/.vtu/.vti/.vtr/.vts; .vtm/.vtpc with
   *  options.files(name), which gives the bytes of a file the composite file names). */
  async function read(source, options = {}) {
    const files = options?.files;
    if (files !== undefined && typeof files !== 'function') throw new TypeError(`read: files must be a function (name) => bytes, got ${describe(files)}`);
    const bytes = await bytesOf(source);
    const format = options?.format ?? sniff(bytes);
    if (format !== 'xml' && format !== 'legacy') throw new TypeError(`read: format ${describe(format)} ('legacy' or 'xml')`);
    const zlib = format === 'xml' ? await zlibOf() : null;
    await ctx.io.load(); // the core's file I/O code (io_load.mjs), on first use
    const p = M._malloc(bytes.length || 1);
    if (!p) throw new RangeError(`read: out of WASM memory (${bytes.length} bytes)`);
    const heap = () => new Uint8Array(memory.buffer);
    const blocks = []; // the inflated blocks in the order the core asks for them (the same in every pass)
    const loaded = new Map(); // a composite file's named files, read
    let missing = [], names = [];
    let call = 0;
    try {
      heap().set(bytes, addr(p));
      const inflate = (src, n, dst, expected) => {
        const block = heap().subarray(src, src + n);
        const i = call++;
        let out = blocks[i];
        if (!out && zlib) {
          try { out = zlib.inflateSync(block, { maxOutputLength: Math.max(expected, 1) }); } catch { return -2; }
        }
        if (!out) { missing.push([i, block.slice(), expected]); return 0; } // a first pass
        if (out.length !== expected) return -2;
        heap().set(out, dst);
        return 0;
      };
      const load = (namePtr) => {
        const name = M.UTF8ToString(namePtr);
        const o = loaded.get(name);
        if (!o) { names.push(name); return 0; } // a first pass
        M._vb_object_retain(o._ptr());
        return o._ptr();
      };
      for (;;) {
        // set before each (synchronous) core call: reads may interleave at the awaits
        M.vbInflate = inflate;
        M.vbLoad = load;
        call = 0;
        const o = format === 'xml' ? M._vb_js_xml_read(p, bytes.length, files ? 1 : 0) : M._vb_legacy_read(p, bytes.length, 0, 0);
        if (names.length) { // a composite file: read the files it names, read it again
          if (o) M._vb_object_release(o);
          M._vb_clear_error();
          const todo = names;
          names = [];
          for (const name of todo) if (!loaded.has(name)) loaded.set(name, await read(await files(name)));
          continue;
        }
        if (missing.length) { // a pass without the blocks' bytes: inflate them, read again
          if (o) M._vb_object_release(o);
          M._vb_clear_error();
          const todo = missing;
          missing = [];
          for (const [i, block, expected] of todo) blocks[i] = (await inflateStream(block, expected)) ?? new Uint8Array(0);
          continue;
        }
        if (!o) ctx.fail(M._vb_last_status(), 'read');
        const w = ctx.wrapObject(o);
        M._vb_object_release(o);
        return w;
      }
    } finally {
      M._free(p);
    }
  }
  return { read };
}

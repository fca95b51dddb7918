// vtkbuf for JavaScript: VTK-style typed buffers and data arrays over a WebAssembly
// C core. The loader, the one status -> error mapping and the scratch memory of core
// calls; the classes are in the other modules. Usage, views, number rules, errors:
// README.md and docs/js.md.
import { StaleViewError, vtkCommand, describe } from './common.mjs';
import { readTypes } from './types.mjs';
import { defineScalars } from './scalars.mjs';
import { defineSafeView } from './views.mjs';
import { defineObjects } from './objects.mjs';
import { defineArrays } from './arrays.mjs';
import { defineImplicitArrays } from './implicit.mjs';
import { defineDataObjectBase } from './dataobject.mjs';
import { definePoints } from './points.mjs';
import { defineCellArray } from './cellarray.mjs';
import { defineFieldData } from './fielddata.mjs';
import { defineAttributes } from './attributes.mjs';
import { defineDataSet } from './dataset.mjs';
import { definePolyData } from './polydata.mjs';
import { defineImageData } from './imagedata.mjs';
import { defineSphereSource } from './sphere.mjs';
import { defineIdList } from './idlist.mjs';
import { defineCollection } from './collection.mjs';
import { defineComposite } from './composite.mjs';
import { defineCells } from './cells.mjs';
import { defineUnstructuredGrid } from './ugrid.mjs';
import { defineValues } from './values.mjs';
import { defineGrids } from './grids.mjs';
import { defineWrite } from './io_write.mjs';
import { defineLookupTable, LUT_CONSTANTS } from './lookup_table.mjs';
import { defineSurfaceFilters } from './surface.mjs';
import { definePipeline } from './pipeline.mjs';
import { ioLoader } from './io_load.mjs';

export { StaleViewError, vtkCommand };

// The wasm32 glue, imported on first use: vtkbuf/memory64 (memory64.mjs) shares
// this module, not the glue.
const createVtkBufModule = async (arg) => (await import('./dist/vtkbuf.mjs')).default(arg);

// The one mapping of core statuses (src/vb_error.h) to JS errors.
const ERRORS = new Map([
  [-1, RangeError], // VB_ENOMEM
  [-2, TypeError],  // VB_EINVAL
  [-3, RangeError], // VB_ERANGE
  [-4, RangeError], // VB_EOVERFLOW
  [-5, TypeError],  // VB_ETYPE
  [-6, Error],      // VB_ESTATE
  [-7, RangeError], // VB_EDOMAIN
  [-8, RangeError], // VB_ENOFIT
]);

/**
 * Load the WASM module and return a vtkbuf instance (classes bound to it).
 * The .wasm is found next to js/dist/vtkbuf.mjs (file path in Node, URL in browsers)
 * unless options.wasmURL (string or URL) or options.wasmBinary (bytes) is given.
 */
export default function createVtkBuf(options = {}) {
  return createVtkBufFrom(createVtkBufModule, 'vtkbuf', options);
}

/** @internal createVtkBuf over one build's Emscripten factory (memory64.mjs: 'vtkbuf64'). */
export async function createVtkBufFrom(createModule, build, options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`createVtkBuf: options must be an object, got ${describe(options)}`);
  }
  const moduleArg = {};
  if (options.wasmBinary !== undefined) {
    const b = options.wasmBinary;
    if (!(ArrayBuffer.isView(b) || Object.prototype.toString.call(b) === '[object ArrayBuffer]')) {
      throw new TypeError('createVtkBuf: wasmBinary must be an ArrayBuffer or a typed array');
    }
    moduleArg.wasmBinary = ArrayBuffer.isView(b) ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : new Uint8Array(b);
  }
  if (options.wasmURL !== undefined) {
    const url = String(options.wasmURL);
    // the file I/O module (io_load.mjs): <name>.io.wasm for <name>.wasm, else next to the glue
    const io = /\.wasm$/.test(url) ? url.replace(/\.wasm$/, '.io.wasm') : null;
    moduleArg.locateFile = (path, dir) => (path.endsWith('.io.wasm') ? io ?? dir + path : path.endsWith('.wasm') ? url : path);
  }
  // Loader diagnostics go into the error thrown on failure, not to the console.
  const log = [];
  let loading = true;
  moduleArg.printErr = (msg) => {
    if (!loading) console.warn(`vtkbuf: ${msg}`);
    else if (log.length < 20) log.push(String(msg));
  };
  let M;
  try {
    M = await createModule(moduleArg);
  } catch (e) {
    const where = options.wasmBinary !== undefined ? 'the given wasmBinary'
      : options.wasmURL !== undefined ? String(options.wasmURL) : `${build}.wasm next to js/dist/${build}.mjs`;
    const need = build === 'vtkbuf64' ? ' (vtkbuf/memory64 needs WebAssembly memory64: Node 24+, Chromium 133+, Firefox 134+)' : '';
    throw new Error(`createVtkBuf: could not load the WebAssembly module from ${where}: ${log.join('; ') || e.message}${need}`, { cause: e });
  }
  loading = false;
  const ctx = { M, memory: M.wasmMemory, INTERNAL: Symbol('vtkbuf.internal'), pending: null, io: ioLoader(M) };

  /** Throw the JS error for a failed core call: "<what>: <detail>", the call
   *  named once (the core's message names the C API call it failed in, which
   *  may be one the JS method made on its behalf: JS names the method called). */
  ctx.fail = (status, what) => {
    const detail = M.UTF8ToString(M._vb_last_error()).replace(/^[A-Z][A-Za-z0-9]*: /, '');
    const msg = `${what}: ${detail || M.UTF8ToString(M._vb_strerror(status))}`;
    M._vb_clear_error();
    throw new (ERRORS.get(status) ?? Error)(msg);
  };
  /** The first error thrown by an observer during the last C call (and forget it). */
  ctx.take = () => { const p = ctx.pending; ctx.pending = null; return p; };
  /** After a C call: throw for a failed status, else rethrow an observer's error. */
  ctx.done = (status, what) => {
    const p = ctx.take();
    if (status < 0) ctx.fail(status, what);
    if (p) throw p.error;
  };
  ctx.checkSource = (source, what) => {
    if (!ArrayBuffer.isView(source) && !Array.isArray(source)) {
      throw new TypeError(`${what}: expected a typed array or an Array, got ${describe(source)}`);
    }
  };

  /** Copy out through a temporary safe view, released afterwards. */
  ctx.copyOut = (view, target) => {
    try { return target === undefined ? view.toArray() : view.toArray(target); } finally { view.release(); }
  };
  // Scratch memory for in/out parameters of core calls, one region per nesting
  // level: an observer may call back into the API while a C call is under way,
  // and must not overwrite memory the outer call still reads or writes.
  const scratchPool = [];
  let scratchDepth = 0;
  /** Scratch memory of at least `bytes` for this nesting level; pair with unscratch(). */
  ctx.scratch = (bytes) => {
    const d = scratchDepth;
    let s = scratchPool[d];
    if (!s || s.bytes < bytes) {
      const want = Math.max(bytes, 256);
      const p = M._malloc(want);
      if (!p) throw new RangeError(`out of WASM memory (scratch of ${want} bytes)`);
      if (s) M._free(s.ptr);
      s = scratchPool[d] = { ptr: p, bytes: want };
    }
    scratchDepth++;
    return s.ptr;
  };
  ctx.unscratch = () => { scratchDepth--; };
  ctx.withScratch = (bytes, fn) => {
    const s = ctx.scratch(bytes);
    try { return fn(s); } finally { scratchDepth--; }
  };
  ctx.types = readTypes(M);
  ctx.scalars = defineScalars(ctx.memory);
  ctx.SafeView = defineSafeView(ctx);
  Object.assign(ctx, defineObjects(ctx));
  const arrays = defineArrays(ctx);
  Object.assign(arrays, defineImplicitArrays(ctx, arrays));
  Object.assign(ctx, defineDataObjectBase(ctx, arrays));
  const objectLayer = { vtkObject: ctx.vtkObject, ...defineIdList(ctx), ...defineValues(ctx, arrays.vtkAbstractArray) };
  ctx.vtkIdList = objectLayer.vtkIdList; // id-list arguments of the data objects
  const dataObjects = {};
  for (const define of [definePoints, defineCellArray, defineFieldData, defineAttributes, defineDataSet,
    definePolyData, defineImageData, defineSphereSource, defineCells, defineUnstructuredGrid, defineGrids,
    defineLookupTable, defineSurfaceFilters]) {
    Object.assign(dataObjects, define(ctx, dataObjects));
  }
  Object.assign(dataObjects, definePipeline(ctx, dataObjects)); // connections on the algorithms

  // classes by the core's class name, for items of collections (collection.mjs)
  const known = { ...objectLayer, ...dataObjects };
  Object.assign(objectLayer, defineCollection(ctx, known));
  Object.assign(dataObjects, defineComposite(ctx, known));

  // read() (io_read.mjs) is imported on its first call, with the file I/O module
  let reader = null;
  /** The data object in a VTK file (io_read.mjs). */
  async function read(source, options) {
    reader ??= (await import('./io_read.mjs')).defineRead(ctx).read;
    return reader(source, options);
  }

  return Object.freeze({
    vtkObjectBase: ctx.vtkObjectBase,
    ...objectLayer,
    vtkBuffer: ctx.vtkBuffer,
    ...arrays,
    ...dataObjects,
    read,
    SafeView: ctx.SafeView,
    StaleViewError,
    vtkCommand,
    /** VTK scalar type ids from the core's table (VTK_FLOAT: 10, ...), also spread below. */
    VTK: ctx.types.VTK,
    ...ctx.types.VTK,
    /** The VTK_* cell types (vtkCellType.h: VTK_TETRA 10, ...), from the core. */
    ...ctx.cellTypeConstants,
    ...LUT_CONSTANTS,
    /** The ten dtypes of the seed; allDtypes also has char, long, ulong, idtype. */
    dtypes: ctx.types.seed,
    allDtypes: ctx.types.all,
    /** Memory blocks alive in the core (leak checks). */
    liveBlocks: () => M._vb_block_live_count(),
    liveObjects: () => M._vb_object_live_count(),
    /** The WebAssembly.Memory of this instance. */
    memory: M.wasmMemory,
    /** True for the memory64 build (vtkbuf/memory64: up to 16 GiB), false for wasm32 (4 GiB). */
    memory64: build === 'vtkbuf64',
    ...defineWrite(ctx),
    /** The Emscripten module (low level). */
    module: M,
  });
}

export { createVtkBuf };

// vtkbuf/pyodide: install the Pyodide wheels this npm package ships (vtkbuf and the
// vtkmodules compat package, cp314-cp314-pyemscripten_2026_0_wasm32) into a user's
// Pyodide 314, from the package's own files: next to this module (a file path in
// Node, a URL relative to the module in browsers) unless `baseURL` says otherwise.
//
//   import { loadPyodide } from 'pyodide';
//   import { loadVtkbuf } from 'vtkbuf/pyodide';
//   const pyodide = await loadPyodide();
//   await loadVtkbuf(pyodide);            // then: pyodide.runPython('import vtkbuf')
//
// numpy (vtkbuf's Requires-Dist) comes from the Pyodide distribution itself
// (`pyodide.loadPackage('numpy')`: its lock file and packages, the CDN by default).

import { defineSafeView } from './views.mjs';
import { StaleViewError } from './common.mjs';
import VERSIONS from '../versions.json' with { type: 'json' }; // the pins (bundled in)

export const PYODIDE_VERSION = VERSIONS.PYODIDE_VERSION;
export const VTKBUF_VERSION = VERSIONS.VTKBUF_VERSION;
const PY_TAG = `${VERSIONS.CPYTHON_TAG}-${VERSIONS.CPYTHON_TAG}-${VERSIONS.PY_ABI_TAG}`;
export const WHEELS = {
  vtkbuf: `vtkbuf-${VTKBUF_VERSION}-${PY_TAG}.whl`,
  'vtkbuf-vtkmodules': `vtkbuf_vtkmodules-${VTKBUF_VERSION}-py3-none-any.whl`,
};

const isNode = typeof process !== 'undefined' && !!process.versions?.node;
// The wheels sit in js/dist/: next to this module once bundled there (make js
// defines VB_BUNDLED), one level down from the source.
const WHEEL_DIR = typeof VB_BUNDLED !== 'undefined' ? './' : './dist/';

/** Where a shipped wheel lives: an absolute path in Node (for file: URLs), else a URL. */
export async function wheelLocation(name, baseURL = new URL(WHEEL_DIR, import.meta.url)) {
  if (!(name in WHEELS)) throw new TypeError(`loadVtkbuf: unknown package ${name} (known: ${Object.keys(WHEELS).join(', ')})`);
  const base = new URL(String(baseURL).endsWith('/') ? String(baseURL) : `${baseURL}/`, isNode ? 'file:///' : globalThis.location?.href);
  const url = new URL(WHEELS[name], base);
  if (isNode && url.protocol === 'file:') {
    const { fileURLToPath } = await import('node:url');
    return fileURLToPath(url);
  }
  return url.href;
}

/**
 * Install vtkbuf (and by default vtkbuf-vtkmodules) into `pyodide`.
 * options:
 *   baseURL   directory URL/path holding the wheels (default: this package's js/dist/)
 *   packages  which of WHEELS to install (default: both)
 *   numpy     true (default): load numpy from the Pyodide distribution first and fail
 *             if it cannot; false: skip it (np.asarray & co. then unavailable)
 *   messageCallback, errorCallback: passed to pyodide.loadPackage
 * Resolves to the names installed; rejects with an Error naming what failed (Pyodide's
 * loadPackage itself only reports a failed download and resolves with fewer packages).
 */
export async function loadVtkbuf(pyodide, options = {}) {
  if (!pyodide || typeof pyodide.loadPackage !== 'function' || typeof pyodide.runPython !== 'function') {
    throw new TypeError('loadVtkbuf: pass the object loadPyodide() resolved to');
  }
  if (pyodide.version && pyodide.version.split('.')[0] !== PYODIDE_VERSION.split('.')[0]) {
    throw new Error(`loadVtkbuf: these wheels are for Pyodide ${PYODIDE_VERSION.split('.')[0]}.x (ABI ${VERSIONS.PY_ABI_TAG}), this Pyodide is ${pyodide.version}`);
  }
  const { packages = Object.keys(WHEELS), numpy = true, baseURL } = options;
  const messages = [];
  const cb = {
    messageCallback: (m) => { messages.push(m); options.messageCallback?.(m); },
    errorCallback: (m) => { messages.push(m); options.errorCallback?.(m); },
  };
  const loaded = (n) => !!(pyodide.loadedPackages?.[n] || pyodide.loadedPackages?.[n.replace(/-/g, '_')]);
  const installed = [];
  if (numpy && !loaded('numpy')) {
    const got = await pyodide.loadPackage('numpy', cb);
    if (!Array.isArray(got) || !got.some((p) => p.name === 'numpy')) {
      throw new Error(`loadVtkbuf: numpy could not be loaded from this Pyodide's packages (${messages.join('; ') || 'no message'}); `
        + 'serve numpy with Pyodide (its lock file / packages), or pass { numpy: false }');
    }
    installed.push('numpy');
  }
  const wanted = packages.filter((p) => !loaded(p));
  const where = await Promise.all(wanted.map((p) => wheelLocation(p, baseURL)));
  if (where.length) {
    const got = await pyodide.loadPackage(where, cb);
    if (!Array.isArray(got) || got.length !== where.length) {
      throw new Error(`loadVtkbuf: installed ${got?.length ?? 0} of ${where.length} wheels from ${where.join(', ')}: ${messages.join('; ')}`);
    }
    installed.push(...wanted);
  }
  return installed;
}

// ---- JS <-> Python zero-copy in one Pyodide ----------------------------------------
export { StaleViewError };

const TYPED_ARRAYS = {
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array, int32: Int32Array,
  uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, float32: Float32Array, float64: Float64Array,
};

/**
 * Safe JS views of vtkbuf objects that live in Pyodide's memory (made by Python, or by JS
 * through Pyodide's vtkbuf), with the JS API's rules (docs/js.md "Views"): zero-copy,
 * checked once per call, StaleViewError after the object's storage was reallocated or
 * Pyodide's WASM memory grew, the memory block held until release().
 *
 *   const pv = vtkbufViews(pyodide);          // after loadVtkbuf(pyodide)
 *   const pts = pyodide.runPython('import vtkbuf; a = vtkbuf.vtkFloatArray(); ...; a');
 *   const v = pv.view(pts);                   // SafeView over a Float32Array
 *   v.get(0); v.array(); v.release(); pts.destroy();
 *
 * The checks call two C accessors of the side module through Pyodide's function table
 * (python/pyodide/vbpy_js.c), never Python.
 */
export function vtkbufViews(pyodide) {
  const M = pyodide._module;
  const core = pyodide.pyimport('vtkbuf._vtkbuf');
  const api = Object.fromEntries(core._js_api().toJs({ dict_converter: (e) => [...e] }));
  const fn = (k) => M.getWasmTableEntry(Number(api[k]));
  const blockOf = fn('block'), dataOf = fn('data');
  const retainObject = fn('object_retain'), releaseObject = fn('object_release');
  // Emscripten refreshes HEAPU8 when the memory grows: its buffer is always the current one
  const memory = { get buffer() { return M.HEAPU8.buffer; } };
  const ctx = { M: { _vb_block_retain: fn('block_retain'), _vb_block_release: fn('block_release') }, memory,
    INTERNAL: Symbol('vtkbuf.pyodide') };
  const SafeView = defineSafeView(ctx);
  const infos = new Map();
  for (const r of pyodide.pyimport('vtkbuf').TYPE_TABLE.toJs({ dict_converter: Object.fromEntries })) {
    const A = TYPED_ARRAYS[r.dtype];
    infos.set(r.id, Object.freeze({ id: r.id, dtype: r.key, Array: A, tag: `[object ${A.name}]`,
      big: A === BigInt64Array || A === BigUint64Array }));
  }
  // a view keeps its C object alive (one core reference) until release or collection
  const objects = new FinalizationRegistry((ptr) => releaseObject(ptr));

  class PyodideSafeView extends SafeView {
    #ptr;
    constructor(ptr, info, c, length) {
      retainObject(ptr);
      super(ctx.INTERNAL, { _alive: () => true }, info, () => blockOf(ptr, c), dataOf(ptr, c) >>> 0, length,
        'vtkbufViews(pyodide).view(obj)');
      this.#ptr = ptr;
      objects.register(this, ptr, this);
    }

    release() {
      super.release();
      if (this.#ptr !== null) {
        objects.unregister(this);
        releaseObject(this.#ptr);
        this.#ptr = null;
      }
    }
  }

  return {
    StaleViewError,
    /** A SafeView of a vtkBuffer or data array PyProxy (component c of an SOA array). */
    view(obj, component = -1) {
      if (!obj || typeof obj.type !== 'string') {
        throw new TypeError('vtkbufViews.view: pass a PyProxy of a vtkbuf vtkBuffer or data array');
      }
      const t = core._js_target(obj, component);
      const [ptr, type, n] = t.toJs();
      t.destroy();
      return new PyodideSafeView(Number(ptr), infos.get(type), component, Number(n));
    },
    /** Memory blocks alive in Pyodide's vtkbuf core (vtkbuf._vtkbuf._live_blocks()). */
    liveBlocks: () => core._live_blocks(),
  };
}

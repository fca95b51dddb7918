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

export const PYODIDE_VERSION = '314.0.7';
export const VTKBUF_VERSION = '0.1.0';
export const WHEELS = {
  vtkbuf: `vtkbuf-${VTKBUF_VERSION}-cp314-cp314-pyemscripten_2026_0_wasm32.whl`,
  'vtkbuf-vtkmodules': `vtkbuf_vtkmodules-${VTKBUF_VERSION}-py3-none-any.whl`,
};

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

/** Where a shipped wheel lives: an absolute path in Node (for file: URLs), else a URL. */
export async function wheelLocation(name, baseURL = new URL('./dist/', import.meta.url)) {
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
    throw new Error(`loadVtkbuf: these wheels are for Pyodide ${PYODIDE_VERSION.split('.')[0]}.x (ABI pyemscripten_2026_0), this Pyodide is ${pyodide.version}`);
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

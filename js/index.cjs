// CommonJS entry: the WASM loader is ESM (top-level await), so CommonJS callers get
// an async factory that imports the ESM entry on first use.
//   const createVtkBuf = require('vtkbuf');
//   const vb = await createVtkBuf();
'use strict';
async function createVtkBuf(options) {
  const mod = await import('./dist/index.mjs'); // the bundled entry
  return mod.default(options);
}
module.exports = createVtkBuf;
module.exports.default = createVtkBuf;
module.exports.createVtkBuf = createVtkBuf;

// CommonJS entry: the module is ESM (top-level await in the Emscripten loader),
// so CommonJS callers get an async factory.
'use strict';
module.exports = async function createVtkBuf(options) {
  const mod = await import('./index.mjs');
  return mod.default(options);
};
module.exports.default = module.exports;

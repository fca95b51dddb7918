// vtkbuf/memory64: the same API as 'vtkbuf' over the memory64 build of the C core
// (wasm/CMakeLists.txt, vtkbuf64.wasm: 64-bit addresses, memory up to 16 GiB).
// Needs an engine with WebAssembly memory64 (Chromium 133+, Firefox 134+, Node 24+).
// Addresses, sizes and ids cross as Numbers in both builds (Emscripten's signature
// conversions, wasm/signatures.py; common.mjs addr/heapView), so code written for
// one build runs unchanged on the other. See docs/js.md, "memory64".
import createVtkBuf64Module from './dist/vtkbuf64.mjs';
import { createVtkBufFrom } from './index.mjs';

export { StaleViewError, vtkCommand } from './common.mjs';

/** Load the memory64 module (vtkbuf64.wasm next to js/dist/vtkbuf64.mjs unless
 *  options.wasmURL / options.wasmBinary); same options and result as 'vtkbuf'. */
export default function createVtkBuf(options = {}) {
  return createVtkBufFrom(createVtkBuf64Module, 'vtkbuf64', options);
}

export { createVtkBuf };

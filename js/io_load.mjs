// The C core's file I/O code is a second WebAssembly module, <build>.io.wasm next to
// <build>.wasm (wasm/split.py): not part of what `import 'vtkbuf'` downloads, it is
// fetched and instantiated on the first read() or write(), once per vtkbuf instance,
// against that instance's memory, table and functions (Module.vbIO: the primary's raw
// exports and the file's location, set by the glue). Until then a call into it reaches
// a placeholder that throws an Error naming the file (never a wrong result).

const isNode = typeof process === 'object' && !!process.versions?.node;
const isFile = (url) => url.startsWith('file:') || !/^[a-z][a-z0-9+.-]+:/i.test(url); // file: URL or a path

/** ready(): loaded; loadSync(): load now if that can be synchronous (Node, a file), else
 *  false; load(): a Promise (concurrent calls share one; a failure is retried next time). */
export function ioLoader(M) {
  let loaded = false, pending = null;
  const where = () => String(M.vbIO.file());
  const failed = (url, e) => new Error(`vtkbuf: could not load the file I/O code (read/write) from ${url}: ${e?.message ?? e}`, { cause: e });
  const imports = () => ({ primary: M.vbIO.exports });
  function loadSync() {
    if (loaded) return true;
    const url = where();
    const fs = isNode && isFile(url) ? process.getBuiltinModule?.('node:fs') : null; // Node 20.16+
    if (!fs) return false;
    try {
      new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(url.startsWith('file:') ? new URL(url) : url)), imports());
    } catch (e) { throw failed(url, e); }
    loaded = true;
    return true;
  }
  async function fetchAndInstantiate() {
    const url = where();
    try {
      let bytes;
      if (isNode && isFile(url)) {
        const fs = await import('node:fs/promises');
        bytes = await fs.readFile(url.startsWith('file:') ? new URL(url) : url);
      } else {
        const r = await fetch(url, { credentials: 'same-origin' });
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        bytes = await r.arrayBuffer();
      }
      const mod = await WebAssembly.compile(bytes);
      if (!loaded) new WebAssembly.Instance(mod, imports()); // a synchronous load may have come first
    } catch (e) { throw failed(url, e); }
    loaded = true;
  }
  return {
    ready: () => loaded,
    loadSync,
    load: () => (loaded ? Promise.resolve() : (pending ??= fetchAndInstantiate().finally(() => { pending = null; }))),
  };
}

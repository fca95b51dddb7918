// The file I/O code of the core is a second module (<build>.io.wasm, wasm/split.py,
// js/io_load.mjs): the rest of the API runs without it; read()/write() load it on first
// use, once per instance (concurrent first calls share one fetch); a missing file is a
// clear error from read()/write(), and retried by the next call; a call into it before
// it is loaded throws an Error naming it (the placeholders), never a wrong result.
import { describe, test, expect, afterEach } from '@jest/globals';
import { readFileSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import createVtkBuf from '../../js/index.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../js/dist');
const LEGACY = new TextEncoder().encode(
  '# vtk DataFile Version 5.1\nx\nASCII\nDATASET POLYDATA\nPOINTS 2 float\n0 0 0 1 2 3\n');
const dirs = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** An instance whose .wasm is a copy in a temporary directory (no .io.wasm next to it). */
async function alone() {
  const probe = await createVtkBuf();
  const name = probe.memory64 ? 'vtkbuf64' : 'vtkbuf';
  const dir = mkdtempSync(path.join(tmpdir(), 'vtkbuf-split-'));
  dirs.push(dir);
  copyFileSync(path.join(DIST, `${name}.wasm`), path.join(dir, `${name}.wasm`));
  const vb = await createVtkBuf({ wasmURL: pathToFileURL(path.join(dir, `${name}.wasm`)) });
  return { vb, name, dir };
}

function sphere(vb) {
  const s = new vb.vtkSphereSource();
  s.Update();
  const pd = s.GetOutput();
  s.delete();
  return pd;
}

describe('the file I/O module (<build>.io.wasm)', () => {
  test('the primary module alone runs the rest of the API; read()/write() say what is missing', async () => {
    const { vb, name, dir } = await alone();
    const pd = sphere(vb);
    expect(pd.GetNumberOfPoints()).toBe(50);
    const a = new vb.vtkFloatArray();
    a.InsertNextValue(2.5);
    expect(a.GetValue(0)).toBe(2.5);
    const missing = new RegExp(`could not load the file I/O code \\(read/write\\) from .*${name}\\.io\\.wasm.*ENOENT`);
    await expect(vb.read(LEGACY)).rejects.toThrow(missing);
    expect(() => vb.write(pd)).toThrow(missing); // Node: loaded synchronously, so it throws
    // the next call tries again
    copyFileSync(path.join(DIST, `${name}.io.wasm`), path.join(dir, `${name}.io.wasm`));
    const back = await vb.read(vb.write(pd, { format: 'vtk' }));
    expect(back.GetNumberOfPoints()).toBe(50);
    for (const o of [back, pd, a]) o.delete();
    expect(vb.liveObjects()).toBe(0);
  });

  test('a call into the I/O code before it is loaded throws an Error naming the file', async () => {
    const { vb, name } = await alone();
    const M = vb.module;
    expect(() => M._vb_legacy_read(0, 0, 0, 0))
      .toThrow(new RegExp(`file I/O code \\(${name}\\.io\\.wasm\\) is not loaded`));
    const ids = new vb.vtkIdList(); // the module still works
    ids.InsertNextId(7);
    expect(ids.GetId(0)).toBe(7);
    ids.delete();
  });

  test('fetched once by concurrent first calls (a URL: fetch), write() synchronous afterwards', async () => {
    const probe = await createVtkBuf();
    const name = probe.memory64 ? 'vtkbuf64' : 'vtkbuf';
    const io = readFileSync(path.join(DIST, `${name}.io.wasm`));
    const saved = globalThis.fetch;
    const urls = [];
    globalThis.fetch = async (url) => { urls.push(String(url)); return new Response(io); };
    try {
      const vb = await createVtkBuf({ wasmBinary: readFileSync(path.join(DIST, `${name}.wasm`)),
                                      wasmURL: `https://vtkbuf.test/lib/${name}.wasm` });
      expect(urls).toEqual([]);
      const pd = sphere(vb);
      const first = vb.write(pd, { format: 'vtk' }); // a URL: not synchronous
      expect(first).toBeInstanceOf(Promise);
      const got = await Promise.all([first, vb.read(LEGACY), vb.read(LEGACY)]);
      expect(urls).toEqual([`https://vtkbuf.test/lib/${name}.io.wasm`]);
      expect(got[1].GetNumberOfPoints()).toBe(2);
      const again = vb.write(pd, { format: 'vtk' });
      expect(again).toBeInstanceOf(Uint8Array);
      expect(again).toEqual(got[0]);
      expect(urls.length).toBe(1);
      for (const o of [got[1], got[2], pd]) o.delete();
    } finally {
      globalThis.fetch = saved;
    }
  });

  test('an HTTP error fetching it is a clear error from read() (browsers; the network error is not cached)', async () => {
    const probe = await createVtkBuf();
    const name = probe.memory64 ? 'vtkbuf64' : 'vtkbuf';
    const saved = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = async () => { calls++; return new Response('', { status: 404 }); };
    try {
      const vb = await createVtkBuf({ wasmBinary: readFileSync(path.join(DIST, `${name}.wasm`)),
                                      wasmURL: `https://vtkbuf.test/${name}.wasm` });
      const msg = new RegExp(`could not load the file I/O code \\(read/write\\) from https://vtkbuf\\.test/${name}\\.io\\.wasm: HTTP 404`);
      await expect(vb.read(LEGACY)).rejects.toThrow(msg);
      const pd = sphere(vb);
      await expect(vb.write(pd)).rejects.toThrow(msg);
      expect(calls).toBe(2);
      pd.delete();
    } finally {
      globalThis.fetch = saved;
    }
  });
});

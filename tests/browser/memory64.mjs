// The memory64 case of the browser scenario: vtkbuf/memory64 (the shipped bundle
// js/dist/memory64.mjs, vtkbuf64.wasm found by URL next to it) in Chromium: the same
// API, growth and reallocation stale rules, and an array past 4 GiB (lazily zeroed
// pages: first and last element, RangeError past the 16 GiB maximum with the array
// unchanged, StaleViewError after a reallocation, freed).
import createVtkBuf64, { StaleViewError } from '/js/dist/memory64.mjs';

function assert(cond, msg) { if (!cond) throw new Error(`assertion failed: ${msg}`); }
function throws(E, fn, re) {
  try { fn(); } catch (e) {
    assert(e instanceof E, `expected ${E.name}, got ${e}`);
    assert(!re || re.test(e.message), `message ${e.message} does not match ${re}`);
    return;
  }
  throw new Error(`expected ${E.name}, nothing thrown`);
}

export async function memory64Cases(t) {
  let vb;
  await t('memory64: vtkbuf/memory64 loads (vtkbuf64.wasm by URL), same API', async () => {
    vb = await createVtkBuf64();
    assert(vb.memory64 === true, 'memory64 flag');
    const a = new vb.vtkLongArray();
    a.InsertNextValue(2n ** 40n);                 // C long is 64-bit (LP64)
    assert(a.GetValue(0) === 2n ** 40n && a.view() instanceof BigInt64Array, 'long is int64');
    const s = new vb.vtkSphereSource();
    s.Update();
    assert(s.GetOutput().GetNumberOfPoints() === 50, 'default sphere');
    s.delete(); a.delete();
  });
  if (!vb) return;
  await t('memory64: read()/write() fetch vtkbuf64.io.wasm on first use (legacy round trip)', async () => {
    const s = new vb.vtkSphereSource();
    s.Update();
    const pd = s.GetOutput();
    const back = await vb.read(await vb.write(pd, { format: 'vtk', binary: true }));
    assert(back.GetNumberOfPoints() === 50 && back.GetNumberOfPolys() === 96, 'round trip');
    const io = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/js/dist/vtkbuf64.io.wasm'));
    assert(io.length === 1, `vtkbuf64.io.wasm fetched once, got ${io.length}`);
    for (const o of [back, pd, s]) o.delete();
  });
  await t('memory64: growth makes safe views stale, raw views detached', () => {
    const b = new vb.vtkBuffer('float64');
    b.Allocate(2);
    b.set([1, 2]);
    const d = b.data, raw = b.view(), before = vb.memory.buffer, held = [];
    while (vb.memory.buffer === before) {
      const x = new vb.vtkBuffer('uint8');
      x.Allocate(1 << 24);
      held.push(x);
    }
    throws(StaleViewError, () => d.get(0), /memory grew/);
    assert(raw.length === 0 && before.byteLength === 0, 'old buffer detached');
    assert(b.data.get(1) === 2, 'fresh view');
    held.forEach((x) => x.delete()); d.release(); b.delete();
  });
  await t('memory64: a 5 GiB float64 array past 4 GiB', () => {
    const N = 5 * 2 ** 30 / 8, blocks = vb.liveBlocks();
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfValues(N);
    const buf = a.GetBuffer(), start = buf.GetVoidBuffer();
    buf.delete();
    assert(start + 8 * N > 2 ** 32, 'the data crosses 4 GiB');
    const d = a.data;
    d.set(0, 1.5);
    d.set(N - 1, -2.5);
    assert(a.GetValue(0) === 1.5 && a.GetValue(N - 1) === -2.5 && d.get(N - 1) === -2.5, 'first and last element');
    assert(a.view()[N - 1] === -2.5, 'raw view');
    throws(RangeError, () => a.SetNumberOfValues(3 * 2 ** 30));   // 24 GiB: past the maximum
    assert(a.GetNumberOfValues() === N && d.get(N - 1) === -2.5 && !d.stale, 'unchanged');
    a.SetNumberOfValues(2);
    a.Squeeze();                                                  // a reallocation
    throws(StaleViewError, () => d.get(0), /reallocated/);
    assert(a.GetValue(0) === 1.5, 'kept values');
    d.release(); a.delete();
    assert(vb.liveBlocks() === blocks, 'freed');
  });
}

// Browser scenario: load the module from the served package files (the .wasm is found
// next to js/dist/vtkbuf.mjs by URL), then growth and reallocation invalidation, and
// data objects (the default vtkSphereSource, stale points views).
import createVtkBuf, { StaleViewError } from '/js/dist/index.mjs'; // the shipped bundle
import { memory64Cases } from './memory64.mjs';

function assert(cond, msg) { if (!cond) throw new Error(`assertion failed: ${msg}`); }
function throwsStale(fn, re) {
  try { fn(); } catch (e) {
    assert(e instanceof StaleViewError, `expected StaleViewError, got ${e}`);
    assert(!re || re.test(e.message), `message ${e.message} does not match ${re}`);
    return;
  }
  throw new Error('expected StaleViewError, nothing thrown');
}
function growMemory(vb) {
  const before = vb.memory.buffer, held = [];
  while (vb.memory.buffer === before) {
    const b = new vb.vtkBuffer('uint8');
    b.Allocate(1 << 20);
    held.push(b);
  }
  return () => held.forEach((b) => b.delete());
}

export async function run() {
  const results = [];
  const t = async (name, fn) => {
    try { await fn(); results.push({ name, ok: true }); } catch (e) { results.push({ name, ok: false, error: String(e && e.stack || e) }); }
  };
  let vb;
  await t('module loads (wasm located by URL next to the module)', async () => {
    vb = await createVtkBuf();
    assert(typeof vb.vtkFloatArray === 'function', 'classes present');
    assert(vb.memory instanceof WebAssembly.Memory, 'memory');
  });
  await t('memory growth: stale view throws, raw view is detached, fresh view sees data', () => {
    const arr = new vb.vtkDoubleArray();
    arr.SetNumberOfComponents(3);
    arr.InsertNextTuple([1.5, 2.5, 3.5]);
    const d = arr.data, raw = arr.view();
    const release = growMemory(vb);
    assert(raw.length === 0 && raw[1] === undefined, 'raw view over grown memory is detached');
    throwsStale(() => d.get(1), /memory grew/);
    throwsStale(() => d.set(1, 0), /memory grew/);
    const fresh = arr.data;
    assert(fresh.get(1) === 2.5, 'fresh view sees the data');
    d.release(); fresh.release(); release(); arr.delete();
  });
  await t('reallocation: InsertNextValue past capacity invalidates, event delivered', () => {
    const arr = new vb.vtkFloatArray();
    arr.InsertNextValue(7);
    while (arr.GetNumberOfValues() < arr.GetSize()) arr.InsertNextValue(1);
    let events = 0;
    arr.AddObserver('BufferChangedEvent', () => { events++; });
    const d = arr.data;
    const live = vb.liveBlocks();
    arr.InsertNextValue(9);
    assert(events === 1, `one BufferChangedEvent, got ${events}`);
    assert(vb.liveBlocks() === live + 1, 'old block held by the view');
    throwsStale(() => d.get(0), /reallocated/);
    assert(arr.data.get(0) === 7, 'fresh view sees the data');
    d.release();
    assert(vb.liveBlocks() === live, 'old block released with the view');
    arr.delete();
  });
  await t('64-bit integers are BigInt', () => {
    const a = new vb.vtkIdTypeArray();
    a.InsertNextValue(2n ** 62n + 1n);
    assert(a.view() instanceof BigInt64Array && a.GetValue(0) === 2n ** 62n + 1n, 'exact BigInt');
    a.delete();
  });
  await t('number rules are the core\'s: exact value API, saturating tuple API, char strings', () => {
    const a = new vb.vtkSignedCharArray();
    let err = null;
    try { a.InsertNextValue(300); } catch (e) { err = e; }
    assert(err instanceof RangeError, `int8 InsertNextValue(300): RangeError, got ${err}`);
    err = null;
    try { a.InsertNextValue(3.7); } catch (e) { err = e; }
    assert(err instanceof TypeError, `int8 InsertNextValue(3.7): TypeError, got ${err}`);
    a.InsertNextTuple1(300);
    a.InsertNextTuple1(NaN);
    assert(a.GetValue(0) === 127 && a.GetValue(1) === 0 && a.GetNumberOfValues() === 2, 'saturated, NaN -> 0');
    const c = new vb.vtkCharArray();
    c.InsertNextValue('A');
    assert(c.GetValue(0) === 'A' && c.GetTuple(0)[0] === 65, 'char values are strings, tuples numbers');
    a.delete(); c.delete();
  });
  await t('vtkSphereSource (defaults): 50 points, 96 polys, Float32Array view of 150 coordinates', () => {
    const s = new vb.vtkSphereSource();
    s.Update();
    const out = s.GetOutput(), pts = out.GetPoints(), data = pts.GetData();
    assert(out.GetNumberOfPoints() === 50, `50 points, got ${out.GetNumberOfPoints()}`);
    assert(out.GetNumberOfPolys() === 96, `96 polys, got ${out.GetNumberOfPolys()}`);
    const v = data.view();
    assert(v instanceof Float32Array && v.length === 150, `Float32Array(150), got ${v.constructor.name}(${v.length})`);
    assert(v[0] === 0 && v[1] === 0 && v[2] === 0.5, 'first point is the north pole (0, 0, 0.5)');
    for (const o of [data, pts, out, s]) o.delete();
  });
  await t('sphere points: InsertNextPoint past capacity makes the old view stale, a fresh view sees the point', () => {
    const s = new vb.vtkSphereSource();
    s.Update();
    const out = s.GetOutput(), pts = out.GetPoints(), data = pts.GetData();
    const old = data.data; // safe view of the 150 coordinates
    assert(old.length === 150 && old.get(2) === 0.5, 'safe view before');
    let n = pts.GetNumberOfPoints();
    while (3 * n < data.GetSize()) n = pts.InsertNextPoint([0, 0, 0]) + 1; // fill any slack
    const id = pts.InsertNextPoint([1.25, -2.5, 3.75]); // past capacity: reallocates
    assert(id === n, `new point id ${n}, got ${id}`);
    throwsStale(() => old.get(0), /reallocated/);
    const fresh = data.data;
    assert(fresh.length === 3 * (id + 1), `fresh view covers ${3 * (id + 1)} values, got ${fresh.length}`);
    assert(fresh.get(3 * id) === 1.25 && fresh.get(3 * id + 1) === -2.5 && fresh.get(3 * id + 2) === 3.75, 'fresh view sees the new point');
    assert(fresh.get(2) === 0.5, 'fresh view keeps the old points');
    old.release(); fresh.release();
    for (const o of [data, pts, out, s]) o.delete();
  });
  await t('wasmBinary option: a second instance from fetched bytes', async () => {
    const bytes = await (await fetch('/js/dist/vtkbuf.wasm')).arrayBuffer();
    const vb2 = await createVtkBuf({ wasmBinary: bytes, wasmURL: '/does-not-exist.wasm' });
    const b = new vb2.vtkBuffer('int32');
    b.Allocate(4);
    assert(b.view().length === 4 && vb2.memory !== vb.memory, 'independent instance');
    b.delete();
  });
  await t('read()/write(): the file I/O code (vtkbuf.io.wasm) fetched on the first use, once', async () => {
    const fetched = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/js/dist/vtkbuf.io.wasm')).length;
    assert(fetched() === 0, 'not fetched by createVtkBuf');
    const s = new vb.vtkSphereSource();
    s.Update();
    const pd = s.GetOutput();
    // concurrent first calls share one fetch; the first write() is a Promise in a browser
    // (legacy: the bundle's XML writer depends on class names, see the report)
    const xml = new TextEncoder().encode('<VTKFile type="PolyData" version="1.0" byte_order="LittleEndian" header_type="UInt32">' +
      '<PolyData><Piece NumberOfPoints="2" NumberOfVerts="0" NumberOfLines="0" NumberOfStrips="0" NumberOfPolys="0"><Points>' +
      '<DataArray type="Float32" NumberOfComponents="3" format="ascii">0 0 0 1 2 3</DataArray></Points></Piece></PolyData></VTKFile>');
    const [legacy, b] = await Promise.all([vb.write(pd, { format: 'vtk' }), vb.read(xml)]);
    const a = await vb.read(legacy);
    assert(a.GetNumberOfPoints() === 50 && a.GetNumberOfPolys() === 96, 'legacy round trip');
    assert(b.GetNumberOfPoints() === 2 && b.GetPoint(1).join() === '1,2,3', 'XML read');
    assert(fetched() === 1, `fetched once, got ${fetched()}`);
    assert(vb.write(pd, { format: 'vtk' }) instanceof Uint8Array, 'write() is synchronous once loaded');
    for (const o of [a, b, pd, s]) o.delete();
  });
  await memory64Cases(t); // vtkbuf/memory64 (tests/browser/memory64.mjs)
  return { results, userAgent: navigator.userAgent };
}

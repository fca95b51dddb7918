// JS <-> Python zero-copy in one Pyodide (js/pyodide.mjs vtkbufViews), the same
// scenario under Node (tests/pyodide/interop.mjs) and in Chromium (tests/browser/interop.mjs).
// run(pyodide, vtkbufViews) -> [{ name, ok, error? }]; vtkbuf, vtkmodules and numpy
// must be installed in `pyodide`.
function assert(c, msg) { if (!c) throw new Error(`assertion failed: ${msg}`); }
function throwsStale(fn, re, StaleViewError) {
  try { fn(); } catch (e) {
    assert(e instanceof StaleViewError, `expected StaleViewError, got ${e}`);
    assert(re.test(e.message), `message "${e.message}" does not match ${re}`);
    return;
  }
  throw new Error('expected StaleViewError, nothing thrown');
}

export async function run(pyodide, vtkbufViews) {
  const results = [];
  const t = async (name, fn) => {
    try { await fn(); results.push({ name, ok: true }); } catch (e) { results.push({ name, ok: false, error: String(e?.stack || e) }); }
  };
  const py = (code) => pyodide.runPython(code);
  const pv = vtkbufViews(pyodide);
  const { StaleViewError } = pv;
  const M = pyodide._module;
  py(`import gc, numpy as np, vtkbuf
import vtkmodules.numpy_interface.dataset_adapter as dsa`);
  const base = pv.liveBlocks();

  await t('a Python array seen from JS: zero-copy both ways, typed by its VTK type', () => {
    const a = py(`a = vtkbuf.vtkFloatArray(); a.SetNumberOfComponents(3)
for i in range(4): a.InsertNextTuple((i, 10 * i, 100 * i))
a`);
    const v = pv.view(a);
    assert(v.arrayType === Float32Array && v.dtype === 'float32' && v.length === 12, `${v.arrayType?.name} ${v.length}`);
    assert(v.get(4) === 10 && v.get(11) === 300, 'values written by Python');
    v.set(0, 7.5);
    assert(py('float(np.asarray(a)[0, 0])') === 7.5, 'a JS write is seen by NumPy');
    py('np.asarray(a)[3, 2] = -1');
    assert(v.get(11) === -1, 'a NumPy write is seen by JS');
    const big = py('b = vtkbuf.vtkIdTypeArray(); b.InsertNextValue(2**62 + 1); b');
    const bv = pv.view(big);
    assert(bv.arrayType === BigInt64Array && bv.get(0) === 2n ** 62n + 1n, 'int64 ids are BigInt');
    bv.release(); v.release(); big.destroy(); a.destroy();
    py('del b');
  });

  await t('a view of Pyodide memory never wraps: set() of values needing conversion is a TypeError, array unchanged', () => {
    const u = py('u = vtkbuf.vtkUnsignedCharArray(); u.InsertNextValue(7); u.InsertNextValue(8); u');
    const v = pv.view(u);
    for (const src of [[300, -1], new Float64Array([1.5, 2])]) {
      let err = null;
      try { v.set(src); } catch (e) { err = e; }
      assert(err instanceof TypeError && /convert other values in Python/.test(err.message), `expected TypeError, got ${err}`);
    }
    assert(py('list(np.asarray(u))').toJs().join() === '7,8', 'array unchanged');
    v.set(new Uint8Array([9, 10]));
    assert(py('list(np.asarray(u))').toJs().join() === '9,10', 'its own type is copied exactly');
    v.release(); u.destroy();
    py('del u; gc.collect()');
  });

  await t('reallocation from Python: the JS view throws StaleViewError, its block held until release', () => {
    const a = py('a = vtkbuf.vtkDoubleArray(); a.InsertNextValue(1.5); a');
    const v = pv.view(a);
    const live = pv.liveBlocks();
    py('cap = a.GetSize()\nwhile a.GetNumberOfValues() <= cap: a.InsertNextValue(2.0)');
    throwsStale(() => v.get(0), /reallocated/, StaleViewError);
    assert(v.stale, 'stale');
    assert(pv.liveBlocks() === live + 1, `old block held by the JS view (${pv.liveBlocks()} vs ${live} + 1)`);
    v.release();
    assert(pv.liveBlocks() === live, 'released with the view');
    const fresh = pv.view(a);
    assert(fresh.get(0) === 1.5 && fresh.length === py('a.GetNumberOfValues()'), 'a fresh view sees the data');
    fresh.release(); a.destroy();
  });

  await t('WASM memory growth triggered from Python (NumPy): the JS view throws StaleViewError', () => {
    const a = py('a = vtkbuf.vtkIntArray(); a.InsertNextValue(42); a');
    const v = pv.view(a), raw = v.array(), before = M.HEAPU8.buffer;
    pyodide.globals.set('grown', () => M.HEAPU8.buffer !== before);
    py('held = []\nwhile not grown() and len(held) < 256:\n    held.append(np.ones(1 << 21))');  // 16 MiB each
    assert(M.HEAPU8.buffer !== before, 'memory grew');
    assert(raw.length === 0, 'a raw typed array over the old memory is detached');
    throwsStale(() => v.get(0), /memory grew/, StaleViewError);
    const fresh = pv.view(a);
    assert(fresh.get(0) === 42, 'a fresh view reads the array');
    py('del held; gc.collect()');
    v.release(); fresh.release(); a.destroy();
  });

  await t('an array made by JS through Pyodide\'s vtkbuf: Python views it zero-copy; JS reallocates -> VTKArray raises', () => {
    const vb = pyodide.pyimport('vtkbuf');
    const arr = vb.vtkDoubleArray();
    arr.SetNumberOfComponents(2);
    arr.SetNumberOfTuples(3);
    const v = pv.view(arr);
    v.set(new Float64Array([1, 2, 3, 4, 5, 6]));
    pyodide.globals.set('jsarr', arr);
    assert(py('va = dsa.vtkDataArrayToVTKArray(jsarr); n = np.asarray(jsarr); float(va.sum())') === 21, 'Python sees what JS wrote');
    v.set(5, 60);
    assert(py('float(n[2, 1])') === 60, 'a later JS write is seen by the NumPy view');
    for (let i = 0; i < 100; i++) arr.InsertNextTuple(pyodide.toPy([i, -i]));   // reallocates (JS)
    throwsStale(() => v.get(0), /reallocated/, StaleViewError);
    const r = py(`r = []
try:
    va[0]
    r.append("no error")
except RuntimeError as e:
    r.append("RuntimeError")
r.append(float(n[2, 1]))    # the old NumPy view holds the old block: still readable
r.append(float(np.asarray(jsarr)[2, 1]))
r`).toJs();
    assert(r[0] === 'RuntimeError', `the stale VTKArray raises (${r[0]})`);
    assert(r[1] === 60 && r[2] === 60, 'old and fresh NumPy views read the data');
    v.release(); arr.destroy(); vb.destroy();
    py('del va, n, jsarr; gc.collect()');
  });

  await t('WASM memory growth triggered from JS: Python\'s views stay valid, the JS view goes stale', () => {
    const vb = pyodide.pyimport('vtkbuf');
    const a = py('a = vtkbuf.vtkFloatArray(); a.InsertNextValue(3.25); keep = np.asarray(a); a');
    const v = pv.view(a), before = M.HEAPU8.buffer;
    const bufs = [];
    while (M.HEAPU8.buffer === before) {          // allocate from JS until memory grows
      const b = vb.vtkBuffer.get('uint8')();
      b.Allocate(32 << 20);
      bufs.push(b);
    }
    throwsStale(() => v.get(0), /memory grew/, StaleViewError);
    assert(py('float(keep[0]) == 3.25 and float(a.GetValue(0)) == 3.25'), 'Python\'s NumPy view and the array are intact');
    bufs.forEach((b) => b.destroy());
    v.release(); a.destroy(); vb.destroy();
    py('del keep; gc.collect()');
  });

  await t('the block is held until release: Python drops its array, the JS view still reads it', () => {
    const a = py('a = vtkbuf.vtkShortArray(); [a.InsertNextValue(i) for i in range(5)]; a');
    const v = pv.view(a);
    a.destroy();
    py('del a; gc.collect()');
    assert(v.toArray().join() === '0,1,2,3,4', 'the JS view keeps array and block alive');
    v.release();
    py('gc.collect()');
    assert(pv.liveBlocks() === base, `every block released (${pv.liveBlocks()} live, ${base} at start)`);
  });

  await t('views of SOA components; misuse is a TypeError', () => {
    const s = py('s = vtkbuf.vtkSOADataArrayTemplate["float32"](); s.SetNumberOfComponents(2)\nfor i in range(3): s.InsertNextTuple((i, -i))\ns');
    const c1 = pv.view(s, 1);
    assert(c1.toArray().join() === '0,-1,-2', `component 1: ${c1.toArray()}`);
    let err = null;
    try { pv.view(s); } catch (e) { err = e; }
    assert(err && /one buffer per component/.test(err.message), `SOA without component: ${err}`);
    err = null;
    try { pv.view(42); } catch (e) { err = e; }
    assert(err instanceof TypeError, `not a PyProxy: ${err}`);
    // a scaled array as a whole has no view (its storage is raw); component 0 is the raw data
    const sc = py('sc = vtkbuf.vtkScaledSOADataArrayTemplate["float64"](); sc.SetScale(2.0); sc.InsertNextValue(10.0)\nsc');
    err = null;
    try { pv.view(sc); } catch (e) { err = e; }
    assert(err && /scaled/.test(err.message), `scaled without component: ${err}`);
    const raw = pv.view(sc, 0);
    assert(raw.toArray().join() === '5', `scaled component 0 (raw): ${raw.toArray()}`);
    raw.release(); sc.destroy();
    c1.release(); s.destroy();
  });
  return results;
}

#!/usr/bin/env node
// memory64 vs wasm32: the JS bench rows against both builds of the module in one
// engine (Node 24: tools/sid-run node bench/js/memory64.mjs [N]; make bench-js runs it),
// median of REPS interleaved runs, ratio memory64 / wasm32 per row (> 1: memory64
// slower; SpiderMonkey measured 10-100% for wasm64 code, the bounds checks it cannot
// elide). Rows: the view rows of views.mjs (JS loops over zero-copy views, where the
// build should not matter) and rows that run the C core (where it does).
import createVtkBuf32 from '../../js/index.mjs';
import createVtkBuf64 from '../../js/memory64.mjs';

const N = Number(process.argv[2] ?? 1e7);
const REPS = 9;
const now = () => process.hrtime.bigint();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function rows(vb) {
  const buf = new vb.vtkBuffer('float64');
  buf.Allocate(N);
  { const v = buf.view(); for (let i = 0; i < N; i++) v[i] = (i % 1000) * 0.5; }
  const src = new Float64Array(N).fill(1.25), dst = new Float64Array(N);
  const arr = new vb.vtkDoubleArray();
  arr.SetNumberOfComponents(3);
  arr.SetNumberOfTuples(N / 3 | 0);
  arr.set(buf.view().subarray(0, 3 * (N / 3 | 0)));
  // a fresh safe view per call: the core rows below grow memory, which makes older views stale
  const safe = (f) => { const d = buf.data; try { return f(d); } finally { d.release(); } };
  const sum = (a) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; };
  return {
    // JS over views
    'sum raw view (N)': () => sum(buf.view()),
    'sum SafeView.array() (N)': () => safe((d) => sum(d.array())),
    'SafeView.set(src) copy in (N)': () => safe((d) => d.set(src, 0)),
    'SafeView.toArray(dst) copy out (N)': () => safe((d) => d.toArray(dst)),
    'buf.data + release() x 1e5': () => { for (let i = 0; i < 1e5; i++) buf.data.release(); },
    // the C core
    'GetRange(0) (N/3 tuples)': () => arr.GetRange(0),
    'DeepCopy (N values)': () => { const c = new vb.vtkDoubleArray(); c.DeepCopy(arr); c.delete(); },
    'InsertNextTuple3 x 1e5': () => {
      const a = new vb.vtkFloatArray(); a.SetNumberOfComponents(3);
      for (let i = 0; i < 1e5; i++) a.InsertNextTuple3(i, i, i);
      a.delete();
    },
    'GetValue/SetValue x 1e5': () => { for (let i = 0; i < 1e5; i++) arr.SetValue(i, arr.GetValue(i) + 1); },
    'vtkSphereSource 400x400 Update': () => {
      const s = new vb.vtkSphereSource(); s.SetThetaResolution(400); s.SetPhiResolution(400); s.Update(); s.delete();
    },
  };
}

const builds = { wasm32: rows(await createVtkBuf32()), memory64: rows(await createVtkBuf64()) };
const names = Object.keys(builds.wasm32);
const times = { wasm32: {}, memory64: {} };
for (const b of Object.keys(times)) for (const k of names) times[b][k] = [];
for (let r = 0; r < REPS; r++) {
  for (const k of names) {
    for (const b of Object.keys(builds)) {
      const t0 = now(); builds[b][k](); times[b][k].push(Number(now() - t0) / 1e6);
    }
  }
}
console.log(`vtkbuf JS: memory64 vs wasm32 (Node ${process.versions.node}), N = ${N} float64, median of ${REPS}`);
console.log(`   ${'row'.padEnd(36)} ${'wasm32 ms'.padStart(10)} ${'memory64 ms'.padStart(12)}  ratio`);
const ratios = [];
for (const k of names) {
  const a = median(times.wasm32[k]), b = median(times.memory64[k]);
  ratios.push(b / a);
  console.log(`   ${k.padEnd(36)} ${a.toFixed(2).padStart(10)} ${b.toFixed(2).padStart(12)}  ${(b / a).toFixed(2)}`);
}
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
console.log(`   geometric mean of the ratios (memory64 / wasm32): ${geo.toFixed(2)}`);

#!/usr/bin/env node
// JS view benchmarks (one run, Node): safe API vs raw typed arrays.
//   node bench/js/views.mjs [N]        (default N = 1e7 float64 values)
// 1. Summing N float64: raw Float64Array loop vs the safe API (SafeView.array(): one
//    check per call; SafeView.chunks(): one check per 64Ki chunk; SafeView.get(i): one
//    check per element, shown for scale). Target: safe/raw <= 1.05.
// 2. View creation cost: new Float64Array over WASM memory, buf.view(), buf.data + release().
// 3. Copy-in / copy-out bandwidth: SafeView.set(typedArray) and SafeView.toArray() vs
//    TypedArray.set on the same bytes.
import createVtkBuf from '../../js/index.mjs';

const N = Number(process.argv[2] ?? 1e7);
const REPS = 15;
const vb = await createVtkBuf();
const buf = new vb.vtkBuffer('float64');
buf.Allocate(N);
{ const v = buf.view(); for (let i = 0; i < N; i++) v[i] = (i % 1000) * 0.5; }
const expected = (() => { let s = 0; const v = buf.view(); for (let i = 0; i < N; i++) s += v[i]; return s; })();

const now = () => process.hrtime.bigint();
const ms = (t) => Number(t) / 1e6;
function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; }

// --- 1. sums (interleaved repetitions, median of each)
function sumRaw(v) { let s = 0; for (let i = 0; i < v.length; i++) s += v[i]; return s; }
function sumSafeArray(d) { const a = d.array(); let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function sumSafeChunks(d) {
  let s = 0;
  for (const c of d.chunks(65536)) for (let i = 0; i < c.length; i++) s += c[i];
  return s;
}
function sumSafeGet(d) { let s = 0; const n = d.length; for (let i = 0; i < n; i++) s += d.get(i); return s; }

const raw = buf.view();
const d = buf.data;
const cases = { raw: () => sumRaw(raw), 'safe array()': () => sumSafeArray(d), 'safe chunks()': () => sumSafeChunks(d) };
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < REPS; r++) {
  for (const [k, f] of Object.entries(cases)) {
    const t0 = now(); const s = f(); const t = ms(now() - t0);
    if (s !== expected) throw new Error(`${k}: wrong sum ${s} != ${expected}`);
    times[k].push(t);
  }
}
const tGet = [];
for (let r = 0; r < 3; r++) { const t0 = now(); if (sumSafeGet(d) !== expected) throw new Error('get: wrong sum'); tGet.push(ms(now() - t0)); }

const mib = (N * 8) / 2 ** 20;
console.log(`vtkbuf JS benchmarks (Node ${process.versions.node}), N = ${N} float64 (${mib.toFixed(1)} MiB), median of ${REPS}`);
console.log('\n1. sum of N float64');
const base = median(times.raw);
for (const k of Object.keys(cases)) {
  const m = median(times[k]);
  console.log(`   ${k.padEnd(22)} ${m.toFixed(2).padStart(8)} ms   ratio ${(m / base).toFixed(3)}${k === 'raw' ? '' : (m / base <= 1.05 ? '  (target <= 1.05: ok)' : '  (target <= 1.05: OVER)')}`);
}
console.log(`   ${'safe get(i) per elem'.padEnd(22)} ${median(tGet).toFixed(2).padStart(8)} ms   ratio ${(median(tGet) / base).toFixed(3)}  (one check per element: for scale only)`);

// --- 2. view creation
function perCall(f, n = 200000) {
  for (let i = 0; i < 1000; i++) f();
  const t0 = now(); for (let i = 0; i < n; i++) f(); return Number(now() - t0) / n;
}
const mem = vb.memory, off = buf.GetVoidBuffer();
console.log('\n2. view creation (ns per view)');
console.log(`   new Float64Array(memory.buffer, off, N) ${perCall(() => new Float64Array(mem.buffer, off, N)).toFixed(0).padStart(6)} ns`);
console.log(`   buf.view()                              ${perCall(() => buf.view()).toFixed(0).padStart(6)} ns`);
console.log(`   buf.data + release()                    ${perCall(() => buf.data.release(), 100000).toFixed(0).padStart(6)} ns`);
console.log(`   view.get(0) (one checked call)          ${perCall(() => d.get(0), 1000000).toFixed(0).padStart(6)} ns`);

// --- 3. copy bandwidth
const src = new Float64Array(N).fill(1.25);
const dstJs = new Float64Array(N);
function gibps(f) {
  const t = [];
  for (let r = 0; r < 7; r++) { const t0 = now(); f(); t.push(ms(now() - t0)); }
  const m = median(t);
  return `${m.toFixed(2).padStart(7)} ms  ${((N * 8) / 2 ** 30 / (m / 1e3)).toFixed(1).padStart(5)} GiB/s`;
}
console.log('\n3. copy bandwidth (N float64)');
console.log(`   TypedArray.set into WASM memory     ${gibps(() => buf.view().set(src))}`);
console.log(`   SafeView.set(src) (copy in)         ${gibps(() => d.set(src, 0))}`);
console.log(`   TypedArray.set out of WASM memory   ${gibps(() => dstJs.set(buf.view()))}`);
console.log(`   SafeView.toArray(target) (copy out) ${gibps(() => d.toArray(dstJs))}`);
console.log(`   SafeView.toArray() (new array)      ${gibps(() => d.toArray())}   (includes allocating N*8 bytes)`);
console.log(`   new Float64Array(N) alone           ${gibps(() => new Float64Array(N))}   (lazily zeroed: its pages are faulted in by the first copy)`);
console.log(`   buf.toArray() (copy out)            ${gibps(() => buf.toArray())}`);
d.release();
buf.delete();

// Stateful property tests (issue 13, item 3): fast-check drives a pool of arrays of
// every layout (AOS, SOA, scaled SOA) and several dtypes through resizes, inserts,
// SetNumberOfTuples, Squeeze, Initialize, DeepCopy, WASM memory growth (a big
// vtkBuffer.Allocate), safe views (arr.data / getData(c)), raw views (arr.view()),
// release, delete/dispose and observers that call back into the API (one of them
// grows the array during dispatch), against a plain-JS model.
//
// After every command, for every array and view taken so far:
// - the values read back equal the model;
// - BufferChangedEvent fired on an array exactly when its storage moved (buffer
//   addresses and sizes compared before and after);
// - a safe view is stale (every call throws StaleViewError) exactly when memory grew,
//   its array moved, was deleted or the view was released; otherwise it reads the
//   model's values;
// - a raw view reads the model while neither memory grew nor its array moved, and is
//   detached (length 0) once memory grew;
// - a deleted array throws on use.
// At the end of each run everything is deleted/released: vb.liveBlocks() and
// vb.liveObjects() are back at their start. Fixed seed, modest runs.
import { describe, test, expect, beforeAll } from '@jest/globals';
import fc from 'fast-check';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';

const SEED = 1313;
const NUM_RUNS = 40;
const MAX_COMMANDS = 25;
const MAX_POOL = 5;
const MAX_TUPLES = 40;
const DTYPES = ['float32', 'float64', 'int8', 'uint8', 'int16', 'int32', 'int64', 'uint64'];
const SCALED_DTYPES = ['float32', 'float64'];
const SCALE = 2;
let growthBudget = 12;
const stats = { moves: 0, staleChecked: 0, freshChecked: 0, rawChecked: 0, rawDetached: 0, deletedChecked: 0 };   // memory never shrinks: a few growths over the whole test

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const num = (x) => Number(x);
const value = fc.integer({ min: 0, max: 100 });
const tupleOf = (nc) => fc.array(value, { minLength: nc, maxLength: nc });

function signature(rec) {
  // [address, size] of each buffer; empty buffers left out (nothing to move)
  const out = [];
  if (rec.kind === 'aos') {
    const b = rec.arr.GetBuffer();
    out.push([b.GetVoidBuffer(), b.GetSize()]);
    b.delete();
  } else {
    for (let c = 0; c < rec.arr.GetNumberOfComponents(); c++) {
      const b = rec.arr.GetComponentBuffer(c);
      out.push([b.GetVoidBuffer(), b.GetSize()]);
      b.delete();
    }
  }
  return out.every(([p, s]) => p === 0 && s === 0) ? '' : JSON.stringify(out);
}

function newArray(kind, dtype, nc) {
  const cls = { aos: 'vtkAOSDataArrayTemplate', soa: 'vtkSOADataArrayTemplate', scaled: 'vtkScaledSOADataArrayTemplate' }[kind];
  const arr = new vb[cls](dtype);
  arr.SetNumberOfComponents(nc);
  if (kind === 'scaled') arr.SetScale(SCALE);
  const rec = { arr, kind, dtype, nc, vals: [], events: 0, deleted: false };
  // the counter references rec, not arr: callbacks live on the wrapper anyway
  arr.AddObserver('BufferChangedEvent', () => { rec.events++; });
  rec.sig = signature(rec);
  return rec;
}

/** Run op on the real pool; check events fired exactly where storage moved. */
function step(real, op) {
  const live = real.pool.filter((r) => !r.deleted);
  for (const r of live) r.events = 0;
  const memBefore = vb.memory.buffer;
  op();
  for (const r of live) {
    const sig = signature(r);
    const moved = sig !== r.sig;
    if ((r.events > 0) !== moved) {
      throw new Error(`${r.kind} ${r.dtype}: ${r.events} BufferChangedEvent(s) but storage ${moved ? 'moved' : 'did not move'} (${r.sig} -> ${sig})`);
    }
    if (moved) stats.moves++;
    r.sig = sig;
  }
  if (vb.memory.buffer !== memBefore) real.growths++;
}

function readAll(rec) {
  const out = [];
  const n = rec.arr.GetNumberOfTuples();
  for (let t = 0; t < n; t++) out.push(Array.from(rec.arr.GetTuple(t), num));
  return out;
}

/** The value a view of component c (SOA) or of the flat values (AOS) holds at i: raw data. */
function rawAt(rec, c, i) {
  if (rec.kind === 'aos') return rec.vals[Math.floor(i / rec.nc)][i % rec.nc];
  const v = rec.vals[i][c];
  return rec.kind === 'scaled' ? v / rec.scale : v;
}

function checkAll(real) {
  for (const r of real.pool) {
    if (r.deleted) {
      expect(() => r.arr.GetNumberOfTuples()).toThrow(/deleted/);
      stats.deletedChecked++;
      continue;
    }
    expect(r.arr.GetNumberOfTuples()).toBe(r.vals.length);
    expect(r.arr.GetNumberOfComponents()).toBe(r.nc);
    expect(readAll(r)).toEqual(r.vals);
    expect(signature(r)).toBe(r.sig);
  }
  for (const v of real.safe) {
    const r = v.rec;
    const stale = v.released || r.deleted || vb.memory.buffer !== v.memory || r.sig !== v.sig;
    expect(v.view.stale).toBe(stale);
    if (stale) {
      expect(() => v.view.get(0)).toThrow(StaleViewError);
      expect(() => v.view.toArray()).toThrow(StaleViewError);
      stats.staleChecked++;
      continue;
    }
    const count = Math.min(v.view.length, r.kind === 'aos' ? r.vals.length * r.nc : r.vals.length);
    const a = v.view.array();
    for (let i = 0; i < count; i++) expect(num(a[i])).toBe(rawAt(r, v.c, i));
    if (count) expect(num(v.view.get(count - 1))).toBe(rawAt(r, v.c, count - 1));
    stats.freshChecked += count;
  }
  for (const v of real.raw) {
    const r = v.rec;
    if (vb.memory.buffer !== v.memory) {
      expect(v.view.length).toBe(0);   // detached by growth: the platform hazard
      stats.rawDetached++;
      continue;
    }
    if (r.deleted || r.sig !== v.sig) continue;  // old memory: no promise (that's why safe views exist)
    const count = Math.min(v.view.length, r.kind === 'aos' ? r.vals.length * r.nc : r.vals.length);
    for (let i = 0; i < count; i++) expect(num(v.view[i])).toBe(rawAt(r, v.c, i));
    stats.rawChecked += count;
  }
}

const pickArr = (real, i) => {
  const live = real.pool.filter((r) => !r.deleted);
  return live.length ? live[i % live.length] : null;
};

// ---- commands -------------------------------------------------------------------
class AddArray {
  constructor(kind, dtype, nc, tuples) { Object.assign(this, { kind, dtype, nc, tuples }); }
  check(m) { return m.live < MAX_POOL; }
  run(m, real) {
    const dtype = this.kind === 'scaled' ? SCALED_DTYPES[this.dtype % 2] : DTYPES[this.dtype];
    const rec = newArray(this.kind, dtype, this.nc);
    rec.scale = this.kind === 'scaled' ? SCALE : 1;
    real.pool.push(rec);
    m.live++;
    const tuples = this.tuples.map((t) => t.slice(0, this.nc).concat(Array(Math.max(0, this.nc - t.length)).fill(0)));
    step(real, () => rec.arr.SetNumberOfTuples(tuples.length));
    tuples.forEach((t, i) => rec.arr.SetTuple(i, t));
    rec.vals = tuples;
    checkAll(real);
  }
  toString() { return `AddArray(${this.kind}, ${this.dtype}, ${this.nc}, ${this.tuples.length})`; }
}

class SetNumberOfTuples {
  constructor(i, n, fill) { Object.assign(this, { i, n, fill }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    step(real, () => r.arr.SetNumberOfTuples(this.n));
    r.vals = r.vals.slice(0, this.n);
    while (r.vals.length < this.n) {
      const t = Array.from({ length: r.nc }, (_, c) => (this.fill + r.vals.length + c) % 101);
      r.arr.SetTuple(r.vals.length, t);
      r.vals.push(t);
    }
    checkAll(real);
  }
  toString() { return `SetNumberOfTuples(${this.i}, ${this.n})`; }
}

class Resize {
  constructor(i, n) { Object.assign(this, { i, n }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    step(real, () => r.arr.Resize(this.n));
    r.vals = r.vals.slice(0, this.n);
    checkAll(real);
  }
  toString() { return `Resize(${this.i}, ${this.n})`; }
}

class InsertNextTuple {
  constructor(i, t) { Object.assign(this, { i, t }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    const t = Array.from({ length: r.nc }, (_, c) => this.t[c % this.t.length]);
    step(real, () => r.arr.InsertNextTuple(t));
    r.vals.push(t);
    checkAll(real);
  }
  toString() { return `InsertNextTuple(${this.i}, [${this.t}])`; }
}

class Simple {
  constructor(i, what) { Object.assign(this, { i, what }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    step(real, () => r.arr[this.what]());
    if (this.what === 'Initialize') r.vals = [];
    checkAll(real);
  }
  toString() { return `${this.what}(${this.i})`; }
}

class DeepCopy {
  constructor(i, j) { Object.assign(this, { i, j }); }
  check() { return true; }
  run(m, real) {
    const dst = pickArr(real, this.i), src = pickArr(real, this.j);
    if (!dst || dst === src) return;
    step(real, () => dst.arr.DeepCopy(src.arr));
    dst.vals = src.vals.map((t) => t.slice());
    dst.nc = src.nc;
    if (dst.kind === 'scaled') dst.scale = src.kind === 'scaled' && src.dtype === dst.dtype ? src.scale : 1;
    expect(dst.arr.GetNumberOfComponents()).toBe(src.nc);
    checkAll(real);
  }
  toString() { return `DeepCopy(${this.i} <- ${this.j})`; }
}

class Grow {
  check(m) { return growthBudget > 0 && m.views > 0; }  // spent where views can see it
  run(m, real) {
    growthBudget--;
    const before = vb.memory.buffer;
    step(real, () => {
      // one big block past the free space grows memory; then freed (memory stays)
      const b = new vb.vtkBuffer('uint8');
      b.Allocate(Math.max(1 << 20, before.byteLength >> 2));
      const more = [];
      while (vb.memory.buffer === before) {
        const c = new vb.vtkBuffer('uint8');
        c.Allocate(1 << 22);
        more.push(c);
      }
      b.delete();
      for (const c of more) c.delete();
    });
    expect(vb.memory.buffer).not.toBe(before);
    checkAll(real);
  }
  toString() { return 'Grow'; }
}

class TakeSafe {
  constructor(i, c) { Object.assign(this, { i, c }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    const c = r.kind === 'aos' ? 0 : this.c % r.nc;
    const view = r.kind === 'aos' ? r.arr.data : r.arr.getData(c);
    expect(view.stale).toBe(false);
    real.safe.push({ rec: r, c, view, memory: vb.memory.buffer, sig: r.sig, released: false });
    m.views++;
    checkAll(real);
  }
  toString() { return `TakeSafe(${this.i}, ${this.c})`; }
}

class TakeRaw {
  constructor(i, c) { Object.assign(this, { i, c }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    const c = r.kind === 'aos' ? 0 : this.c % r.nc;
    const view = r.kind === 'aos' ? r.arr.view() : r.arr.view(c);
    expect(ArrayBuffer.isView(view)).toBe(true);
    real.raw.push({ rec: r, c, view, memory: vb.memory.buffer, sig: r.sig });
    m.views++;
    checkAll(real);
  }
  toString() { return `TakeRaw(${this.i}, ${this.c})`; }
}

class ReleaseSafe {
  constructor(i, dispose) { Object.assign(this, { i, dispose }); }
  check() { return true; }
  run(m, real) {
    if (!real.safe.length) return;
    const v = real.safe[this.i % real.safe.length];
    if (this.dispose) v.view[Symbol.dispose](); else v.view.release();
    v.released = true;
    checkAll(real);
  }
  toString() { return `ReleaseSafe(${this.i}, ${this.dispose ? 'dispose' : 'release'})`; }
}

class DeleteArray {
  constructor(i, dispose) { Object.assign(this, { i, dispose }); }
  check(m) { return m.live > 1; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    const blocks = vb.liveBlocks();
    const held = real.safe.some((v) => v.rec === r && !v.released);
    if (this.dispose) r.arr[Symbol.dispose](); else r.arr.delete();
    r.deleted = true;
    m.live--;
    if (!held && r.vals.length) expect(vb.liveBlocks()).toBeLessThan(blocks);
    r.arr.delete();   // a second delete is harmless
    checkAll(real);
  }
  toString() { return `DeleteArray(${this.i}, ${this.dispose ? 'dispose' : 'delete'})`; }
}

class AddObserver {
  // calls back into the API during dispatch: reads, takes and releases a safe view,
  // and (grow > 0) grows the array's capacity once per dispatch (a nested move)
  constructor(i, grow) { Object.assign(this, { i, grow }); }
  check() { return true; }
  run(m, real) {
    const r = pickArr(real, this.i);
    if (!r) return;
    let depth = 0;
    const grow = this.grow;
    r.arr.AddObserver('BufferChangedEvent', (caller) => {
      if (depth) return;
      depth++;
      try {
        const n = caller.GetNumberOfTuples();
        if (n) caller.GetTuple(n - 1);
        const d = r.kind !== 'aos' ? caller.getData(0) : caller.data;
        if (d.length) d.get(d.length - 1);
        d.release();
        if (grow) caller.ReserveTuples(n + grow);
      } finally { depth--; }
    });
    checkAll(real);
  }
  toString() { return `AddObserver(${this.i}, grow ${this.grow})`; }
}

const idx = fc.nat(20);
const commands = [
  fc.tuple(fc.constantFrom('aos', 'soa', 'scaled'), fc.nat(DTYPES.length - 1), fc.integer({ min: 1, max: 3 }),
    fc.array(tupleOf(3), { maxLength: 8 })).map(([k, d, nc, t]) => new AddArray(k, d, nc, t)),
  fc.tuple(idx, fc.nat(MAX_TUPLES), value).map(([i, n, f]) => new SetNumberOfTuples(i, n, f)),
  fc.tuple(idx, fc.nat(MAX_TUPLES)).map(([i, n]) => new Resize(i, n)),
  fc.tuple(idx, tupleOf(3)).map(([i, t]) => new InsertNextTuple(i, t)),
  fc.tuple(idx, fc.constantFrom('Squeeze', 'Initialize')).map(([i, w]) => new Simple(i, w)),
  fc.tuple(idx, idx).map(([i, j]) => new DeepCopy(i, j)),
  fc.constant(null).map(() => new Grow()),
  fc.tuple(idx, fc.nat(2)).map(([i, c]) => new TakeSafe(i, c)),
  fc.tuple(idx, fc.nat(2)).map(([i, c]) => new TakeRaw(i, c)),
  fc.tuple(idx, fc.boolean()).map(([i, d]) => new ReleaseSafe(i, d)),
  fc.tuple(idx, fc.boolean()).map(([i, d]) => new DeleteArray(i, d)),
  fc.tuple(idx, fc.constantFrom(0, 0, 5, 50)).map(([i, g]) => new AddObserver(i, g)),
];

describe('stateful: arrays, views, growth, delete, observers against a model', () => {
  test('fast-check commands', () => {
    const blocks0 = vb.liveBlocks(), objects0 = vb.liveObjects();
    let totalCommands = 0, totalGrowths = 0;
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: MAX_COMMANDS, size: 'max' }), (cmds) => {
        const real = { pool: [], safe: [], raw: [], growths: 0 };
        const model = { live: 0, views: 0 };
        const setup = () => {
          // two arrays to start with
          new AddArray('aos', 0, 2, [[1, 2], [3, 4]]).run(model, real);
          new AddArray('soa', 4, 2, [[5, 6]]).run(model, real);
          return { model, real };
        };
        try {
          fc.modelRun(setup, cmds);
          totalCommands += [...cmds].length;
        } finally {
          for (const v of real.safe) v.view.release();
          for (const r of real.pool) r.arr.delete();
          totalGrowths += real.growths;
        }
        expect(vb.liveBlocks()).toBe(blocks0);
        expect(vb.liveObjects()).toBe(objects0);
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: false },
    );
    expect(totalCommands).toBeGreaterThan(NUM_RUNS);
    if (process.env.VB_STATEFUL_STATS) console.log({ totalCommands, totalGrowths, stats, memory: vb.memory.buffer.byteLength });
  });
});

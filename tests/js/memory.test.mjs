// Memory exhaustion in the JS module: WASM memory grows up to the build's maximum,
// 4 GiB for wasm32 and 16 GiB for memory64 (-sMAXIMUM_MEMORY, wasm/CMakeLists.txt;
// new blocks are lazily zeroed, wasm/vb_js.c, so this costs little resident memory);
// an allocation past it is a
// RangeError, the object is unchanged, and the module is fully usable afterwards
// (addresses past 2 GiB are unsigned in js/: views and scalars work up there).
// Its own module instance, so the other suites' memory stays small.
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { MEMORY64 } from './helpers.mjs';

const MiB = 1024 * 1024, GiB = 1024 * MiB;
const MAX = (MEMORY64 ? 16 : 4) * GiB;
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });
afterAll(() => { vb = undefined; });

/** Snapshot of a float64 array: shape, values, MTime. */
function snap(a) {
  const v = [];
  for (let t = 0; t < a.GetNumberOfTuples(); t++) v.push(a.GetTuple(t));
  return { nc: a.GetNumberOfComponents(), nt: a.GetNumberOfTuples(), size: a.GetSize(), mtime: a.GetMTime(), v };
}

describe(`memory exhaustion (${MAX / GiB} GiB ${MEMORY64 ? 'memory64' : 'wasm32'} maximum)`, () => {
  test('grow to exhaustion, RangeError, objects unchanged, usable after free', () => {
    // a small array and buffer made first (low addresses): they must survive every failure
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfComponents(3);
    for (let i = 0; i < 5; i++) a.InsertNextTuple([i, i + 0.5, -i]);
    const small = new vb.vtkBuffer('int32');
    small.Allocate(4);
    small.set([1, 2, 3, 4]);
    const oldView = small.data; // made before any growth: stale afterwards

    const held = [];
    let err;
    // big buffers (512 MiB, then 64 MiB, then 8 MiB) until the module refuses one
    for (const chunk of [512 * MiB, 64 * MiB, 8 * MiB]) {
      for (;;) {
        const b = new vb.vtkBuffer('uint8');
        try { b.Allocate(chunk); } catch (e) { err = e; b.delete(); break; }
        held.push(b);
        if (held.length > 1000) throw new Error('never exhausted');
      }
    }
    const reached = vb.memory.buffer.byteLength;
    const heldBytes = held.reduce((s, b) => s + b.GetNumberOfElements(), 0);
    // eslint-disable-next-line no-console
    console.log(`memory: module reached ${reached} bytes (${(reached / GiB).toFixed(3)} GiB), ` +
      `${held.length} buffers holding ${(heldBytes / GiB).toFixed(3)} GiB; exhaustion: ${err.constructor.name}: ${err.message}`);
    expect(err).toBeInstanceOf(RangeError);
    expect(reached).toBeGreaterThan(MAX - 64 * MiB);
    expect(reached).toBeLessThanOrEqual(MAX);
    expect(heldBytes).toBeGreaterThan(MAX - 0.1 * GiB);

    // memory above 2 GiB (memory64: 4 GiB): the last buffers live there, views and values work
    const high = held[held.length - 1];
    expect(high.GetVoidBuffer()).toBeGreaterThan((MEMORY64 ? 4 : 2) * GiB);
    const hv = high.data;
    hv.set([7, 8, 9], 5);
    expect(hv.get(6)).toBe(8);
    expect(Array.from(high.view().subarray(5, 8))).toEqual([7, 8, 9]);
    hv.release();
    expect(() => oldView.get(0)).toThrow(StaleViewError); // memory grew since
    expect(Array.from(small.data.toArray())).toEqual([1, 2, 3, 4]);

    // refused at exhaustion: the object is unchanged
    const before = snap(a);
    expect(() => a.SetNumberOfTuples(50 * MiB)).toThrow(RangeError);
    expect(() => a.Resize(50 * MiB)).toThrow(RangeError);
    expect(() => a.Allocate(50 * MiB)).toThrow(RangeError);
    expect(snap(a)).toEqual(before);
    expect(() => small.Reallocate(64 * MiB)).toThrow(RangeError);
    expect(() => small.Allocate(64 * MiB)).toThrow(RangeError);
    expect(Array.from(small.data.toArray())).toEqual([1, 2, 3, 4]);
    // a new array's growth fails the same way, and the array stays empty
    const f = new vb.vtkFloatArray();
    expect(() => f.SetNumberOfValues(256 * MiB)).toThrow(RangeError);
    expect(f.GetNumberOfValues()).toBe(0);
    f.delete();

    // free everything big: the module is fully usable (memory never shrinks)
    for (const b of held) b.delete();
    // (one object stays under 2 GiB on wasm32: sizes are checked against PTRDIFF_MAX;
    // memory64: the memory's maximum is the limit)
    const tooBig = new vb.vtkBuffer('float64');
    if (MEMORY64) expect(() => tooBig.Allocate(2 * GiB)).toThrow(/out of memory/);
    else expect(() => tooBig.Allocate(256 * MiB)).toThrow(/exceed the address space/);
    tooBig.delete();
    const big = new vb.vtkBuffer('float64');
    big.Allocate(128 * MiB); // 1 GiB again, reusing the freed memory
    expect(big.GetNumberOfElements()).toBe(128 * MiB);
    const bd = big.data;
    bd.set([1.5], 128 * MiB - 1);
    expect(bd.get(128 * MiB - 1)).toBe(1.5);
    bd.release();
    big.delete();

    // a normal workload
    for (let i = 0; i < 1000; i++) a.InsertNextTuple([i, 2 * i, 3 * i]);
    expect(a.GetNumberOfTuples()).toBe(1005);
    expect(a.GetTuple(1004)).toEqual([999, 1998, 2997]);
    const c = new vb.vtkDoubleArray();
    c.DeepCopy(a);
    expect(c.GetRange(1)).toEqual([0, 1998]);
    const s = new vb.vtkSphereSource();
    s.SetThetaResolution(16);
    s.SetPhiResolution(16);
    s.Update();
    expect(s.GetOutput().GetNumberOfPoints()).toBe(16 * 14 + 2);
    const d = a.data;
    expect(d.get(3)).toBe(1);
    d.release();
    for (const o of [a, c, s, small]) o.delete();
  }, 30000);
});

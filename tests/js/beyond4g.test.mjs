// Past 4 GiB: a 6 GiB float64 array. The memory64 build (vtkbuf/memory64, memory up
// to 16 GiB) holds it: element 0 and the last element written and read back through
// every path, StaleViewError after a reallocation, RangeError past the maximum with
// the array unchanged, freed after. Its pages are lazily zeroed (wasm/vb_js.c), so
// resident memory stays small. The wasm32 build (4 GiB) refuses it: RangeError, the
// array unchanged. Its own module instance.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { BUILD, MEMORY64 } from './helpers.mjs';
import { heapView } from '../../js/common.mjs';

const MiB = 2 ** 20, GiB = 2 ** 30;
const N = 6 * GiB / 8; // float64 values
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe(`a 6 GiB float64 array (${BUILD})`, () => {
  if (!MEMORY64) {
    test('wasm32 refuses it: RangeError, the array unchanged', () => {
      const a = new vb.vtkDoubleArray();
      a.InsertNextValue(1.5);
      const blocks = vb.liveBlocks();
      expect(() => a.SetNumberOfValues(N)).toThrow(RangeError);
      expect(a.GetNumberOfValues()).toBe(1);
      expect(a.GetValue(0)).toBe(1.5);
      expect(vb.liveBlocks()).toBe(blocks);
      expect(vb.memory.buffer.byteLength).toBeLessThanOrEqual(4 * GiB);
      a.delete();
    });
    return;
  }

  test('memory64 holds it: first and last element, stale rules, RangeError past 16 GiB, freed', () => {
    expect(vb.memory64).toBe(true);
    const rss0 = process.memoryUsage().rss;
    const blocks0 = vb.liveBlocks();
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfValues(N);
    expect(a.GetNumberOfValues()).toBe(N);
    expect(vb.memory.buffer.byteLength).toBeGreaterThan(6 * GiB);
    const buf = a.GetBuffer();
    const start = buf.GetVoidBuffer();
    expect(start + 6 * GiB).toBeGreaterThan(4 * GiB);          // the data crosses 4 GiB
    expect(buf.GetNumberOfElements()).toBe(N);

    // element 0 and the last one: written and read back through every path
    const d = a.data;
    expect(d.length).toBe(N);
    expect(d.get(N - 1)).toBe(0);                               // zeroed
    d.set(0, 1.5);
    d.set(N - 1, -2.5);
    expect(a.GetValue(0)).toBe(1.5);
    expect(a.GetValue(N - 1)).toBe(-2.5);
    a.SetValue(N - 2, 7.25);
    expect(d.get(N - 2)).toBe(7.25);
    expect(a.GetTuple1(N - 1)).toEqual([-2.5]);
    const raw = a.view();
    expect(raw.length).toBe(N);
    expect(raw.byteOffset).toBe(start);
    expect([raw[0], raw[N - 2], raw[N - 1]]).toEqual([1.5, 7.25, -2.5]);
    const tail = Array.from(d.chunks(N / 3)).pop();
    expect(tail[tail.length - 1]).toBe(-2.5);
    const bd = buf.data;
    expect(bd.get(N - 1)).toBe(-2.5);
    bd.release();

    // past the maximum (16 GiB): RangeError, the array, its block and the views unchanged
    const where = () => { const b = a.GetBuffer(); const p = b.GetVoidBuffer(); b.delete(); return p; };
    for (const grow of [() => a.SetNumberOfValues(3 * GiB), () => a.Resize(2 * GiB),
                        () => a.ReserveTuples(N + GiB), () => a.InsertValue(3 * GiB, 1)]) {
      expect(grow).toThrow(RangeError);
      expect(a.GetNumberOfValues()).toBe(N);
      expect(where()).toBe(start);
      expect(d.get(N - 1)).toBe(-2.5);
      expect(a.GetValue(0)).toBe(1.5);
    }
    expect(d.stale).toBe(false);

    // a reallocation: the safe view throws, the raw one still points at the old block
    a.SetNumberOfValues(4);
    a.Squeeze();
    expect(where()).not.toBe(start);
    expect(() => d.get(0)).toThrow(StaleViewError);
    expect(() => d.get(0)).toThrow(/reallocated/);
    expect(a.GetValue(0)).toBe(1.5);
    expect(d.stale).toBe(true);

    // lazily zeroed: only the pages written are resident
    expect(process.memoryUsage().rss - rss0).toBeLessThan(512 * MiB);

    // freed: the views and wrappers let go of the 6 GiB block
    d.release();
    buf.delete();
    expect(vb.liveBlocks()).toBe(blocks0 + 1);                  // a's small block
    a.delete();
    expect(vb.liveBlocks()).toBe(blocks0);
    // the memory is reused (WASM memory never shrinks): no growth for the next 256 MiB,
    // which are zeroed (reused memory is cleared: 256 MiB, not 6 GiB, to keep this light)
    const size = vb.memory.buffer.byteLength;
    const b = new vb.vtkDoubleArray();
    const M = 32 * MiB;
    b.SetNumberOfValues(M);
    b.SetValue(M - 1, 3);
    expect(b.GetValue(M - 1)).toBe(3);
    expect(b.GetValue(0)).toBe(0);
    expect(vb.memory.buffer.byteLength).toBe(size);
    b.delete();
    expect(vb.liveBlocks()).toBe(blocks0);
  }, 60000);
});

describe('views past what the JS engine allows', () => {
  test('heapView: a RangeError naming the engine\'s typed-array limit, never a wrong view', () => {
    // an engine whose largest typed array is 4 elements (V8 allows far more than 16 GiB)
    class Small extends Float64Array {
      constructor(buffer, offset, n) {
        if (n > 4) throw new RangeError(`Invalid typed array length: ${n}`);
        super(buffer, offset, n);
      }
    }
    const memory = { buffer: new ArrayBuffer(128) };
    expect(heapView(memory, Small, 8, 4).length).toBe(4);
    expect(() => heapView(memory, Small, 8, 8)).toThrow(RangeError);
    expect(() => heapView(memory, Small, 8, 8)).toThrow(/largest typed array this JavaScript engine allows.*Invalid typed array length: 8/);
    // out of the memory's bounds is not the engine's limit: the engine's own error
    expect(() => heapView(memory, Float64Array, 64, 16)).toThrow(/Invalid typed array length|out of bounds|Start offset/);
    expect(() => heapView(memory, Float64Array, 64, 16)).not.toThrow(/largest typed array/);
    // addresses from wasm32 exports past 2 GiB come as negative int32: read unsigned
    expect(() => heapView(memory, Float64Array, -8, 1)).toThrow(RangeError);
  });
});

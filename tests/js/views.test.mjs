import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { DTYPES, isBig, forceGrowth } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe('memory growth invalidates views', () => {
  test.each(Object.keys(DTYPES))('%s array: stale view throws, fresh view sees the data', (dtype) => {
    const [, A] = DTYPES[dtype];
    const arr = new vb.vtkAOSDataArrayTemplate(dtype);
    arr.SetNumberOfValues(16);
    const x = isBig(A) ? 42n : 42;
    const d = arr.data;
    d.set(3, x);
    const raw = arr.view();
    const block = d.array().byteOffset;
    const g = forceGrowth(vb);
    expect(raw.length).toBe(0);              // the platform hazard: detached, reads undefined
    expect(raw[3]).toBeUndefined();
    expect(() => d.get(3)).toThrow(StaleViewError);
    expect(() => d.set(3, x)).toThrow(/memory grew/);
    expect(() => d.length).toThrow(StaleViewError);
    expect(() => d.toArray()).toThrow(StaleViewError);
    expect(() => d.array()).toThrow(StaleViewError);
    expect(d.stale).toBe(true);
    const fresh = arr.data;
    expect(fresh.stale).toBe(false);
    expect(fresh.get(3)).toBe(x);
    expect(fresh.array().byteOffset).toBe(block);   // same storage, new ArrayBuffer
    expect(arr.view()[3]).toBe(x);
    d.release(); fresh.release(); g.delete(); arr.delete();
  });

  test('buffer view goes stale on growth; raw writes after growth are lost, safe writes throw', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(4);
    const raw = buf.view();
    const d = buf.data;
    const g = forceGrowth(vb);
    raw[0] = 5;                                // silently dropped by the platform
    expect(buf.view()[0]).toBe(0);
    expect(() => d.set(0, 5)).toThrow(StaleViewError);
    buf.data.set(0, 5);
    expect(buf.view()[0]).toBe(5);
    d.release(); g.delete(); buf.delete();
  });
});

describe('reallocation invalidates views', () => {
  test('InsertNextValue past capacity: stale view throws, old block is held until release', () => {
    const arr = new vb.vtkIntArray();
    arr.InsertNextValue(7);
    while (arr.GetNumberOfValues() < arr.GetSize()) arr.InsertNextValue(1);
    const d = arr.data;
    const raw = d.array();
    const live = vb.liveBlocks();
    arr.InsertNextValue(9);                    // past capacity: new block
    expect(vb.liveBlocks()).toBe(live + 1);   // the old block is still held by d
    expect(() => d.get(0)).toThrow(/reallocated/);
    expect(d.stale).toBe(true);
    expect(raw[0]).toBe(7);                    // raw view still reads valid (detached) memory
    const fresh = arr.data;
    expect(fresh.get(0)).toBe(7);
    expect(fresh.get(fresh.length - 1)).toBe(9);
    d.release();
    d.release();                               // harmless
    expect(vb.liveBlocks()).toBe(live);
    expect(() => d.get(0)).toThrow(/released/);
    fresh.release(); arr.delete();
  });

  test('no reallocation, no staleness: inserting within capacity keeps the view valid', () => {
    const arr = new vb.vtkDoubleArray();
    arr.Allocate(100);
    arr.InsertNextValue(1);
    const d = arr.data;
    arr.InsertNextValue(2);
    expect(d.stale).toBe(false);
    expect(d.get(0)).toBe(1);
    expect(d.length).toBe(1);                  // the length is a snapshot
    expect(arr.data.length).toBe(2);
    d.release(); arr.delete();
  });

  test('a buffer view from GetBuffer goes stale when the array reallocates', () => {
    const arr = new vb.vtkFloatArray();
    arr.SetNumberOfValues(2);
    const buf = arr.GetBuffer();
    const d = buf.data;
    arr.SetNumberOfValues(1000);
    expect(() => d.get(0)).toThrow(StaleViewError);
    expect(buf.data.length).toBe(arr.GetSize());
    d.release(); buf.delete(); arr.delete();
  });

  test('SOA component views go stale on Resize and on SetNumberOfComponents', () => {
    const s = new vb.vtkSOADataArrayTemplate('float32');
    s.SetNumberOfComponents(2);
    s.SetNumberOfTuples(3);
    const c0 = s.getData(0);
    s.Resize(100);
    expect(() => c0.get(0)).toThrow(StaleViewError);
    const c1 = s.getData(1);
    s.SetNumberOfComponents(1);
    expect(() => c1.get(0)).toThrow(StaleViewError);
    c0.release(); c1.release(); s.delete();
  });

  test('Buffer Reallocate keeps the prefix; the stale view throws', () => {
    const buf = new vb.vtkBuffer('uint16');
    buf.Allocate(3);
    const d = buf.data;
    d.set(new Uint16Array([1, 2, 3]));
    buf.Reallocate(5000);
    expect(() => d.toArray()).toThrow(StaleViewError);
    expect(Array.from(buf.data.toArray().subarray(0, 4))).toEqual([1, 2, 3, 0]);
    d.release(); buf.delete();
  });
});

describe('safe view API', () => {
  test('views over deleted owners are stale but keep their memory until released', () => {
    const arr = new vb.vtkDoubleArray();
    arr.SetNumberOfValues(1000);
    const live = vb.liveBlocks();
    const d = arr.data;
    arr.delete();
    expect(vb.liveBlocks()).toBe(live);       // block held by d
    expect(() => d.get(0)).toThrow(/deleted/);
    d.release();
    expect(vb.liveBlocks()).toBe(live - 1);
  });

  test('chunks() sums like a loop and throws at the next chunk after growth', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(10000);
    const v = buf.view();
    for (let i = 0; i < v.length; i++) v[i] = i;
    const d = buf.data;
    let sum = 0;
    for (const c of d.chunks(4096)) for (let i = 0; i < c.length; i++) sum += c[i];
    expect(sum).toBe((9999 * 10000) / 2);
    let g;
    expect(() => { for (const c of d.chunks(4096)) { void c; g ??= forceGrowth(vb); } }).toThrow(StaleViewError);
    expect(() => d.chunks(0).next()).toThrow(RangeError);
    g.delete(); d.release(); buf.delete();
  });

  test('element checks: index bounds, element types', () => {
    const buf = new vb.vtkBuffer('uint8');
    buf.Allocate(3);
    const d = buf.data;
    expect(() => d.get(3)).toThrow(RangeError);
    expect(() => d.get(-1)).toThrow(RangeError);
    expect(() => d.get(1.5)).toThrow(TypeError);
    expect(() => d.get()).toThrow(TypeError);
    expect(() => d.set(0, '1')).toThrow(TypeError);
    expect(() => d.set(0, {})).toThrow(TypeError);
    expect(() => d.set(0, 256n)).toThrow(RangeError);  // the core's check: never a wrap
    expect(() => d.set(0)).toThrow(TypeError);
    expect(Array.from(d.toArray())).toEqual([0, 0, 0]);
    d.set(2, 1n);                                        // a BigInt converts too
    expect(d.get(2)).toBe(1);
    d.set(2, 0);
    expect(d.dtype).toBe('uint8');
    expect(d.arrayType).toBe(Uint8Array);
    d[Symbol.dispose]();
    expect(d.stale).toBe(true);
    expect(() => new vb.SafeView()).toThrow(TypeError);
    buf.delete();
  });
});

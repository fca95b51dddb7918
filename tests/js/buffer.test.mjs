import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { over } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const DTYPES = {
  int8: [15, Int8Array], uint8: [3, Uint8Array], int16: [4, Int16Array], uint16: [5, Uint16Array],
  int32: [6, Int32Array], uint32: [7, Uint32Array], int64: [16, BigInt64Array],
  uint64: [17, BigUint64Array], float32: [10, Float32Array], float64: [11, Float64Array],
};

// Grow WASM memory for sure: allocate more than is currently free.
function forceGrowth() {
  const mem = vb.module.wasmMemory;
  const before = mem.buffer.byteLength;
  const big = new vb.vtkBuffer('uint8');
  big.Allocate(before + (1 << 20));
  expect(mem.buffer.byteLength).toBeGreaterThan(before);
  return big;
}

describe('vtkBuffer', () => {
  test.each(Object.keys(DTYPES))('%s: allocate, type info, typed view', (dtype) => {
    const [id, A] = DTYPES[dtype];
    const buf = new vb.vtkBuffer(dtype);
    expect(buf.GetNumberOfElements()).toBe(0);
    expect(buf.Allocate(5)).toBe(true);
    expect(buf.GetNumberOfElements()).toBe(5);
    expect(buf.GetDataType()).toBe(id);
    expect(buf.GetDataTypeSize()).toBe(A.BYTES_PER_ELEMENT);
    const v = buf.view();
    expect(v).toBeInstanceOf(A);
    expect(v.length).toBe(5);
    expect(Array.from(v).every((x) => x == 0)).toBe(true);
    buf.delete();
  });

  test('writes through one view are seen by another and by a safe view', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(100);
    const v = buf.view();
    for (let i = 0; i < 100; i++) v[i] = i / 99;
    expect(buf.view()[99]).toBe(1);
    expect(buf.data.get(50)).toBeCloseTo(50 / 99);
    expect(buf.view().byteOffset).toBe(buf.GetVoidBuffer());
    buf.delete();
  });

  test('int64 values are BigInt and exact', () => {
    const buf = new vb.vtkBuffer('int64');
    buf.Allocate(2);
    const d = buf.data;
    d.set(0, -(2n ** 63n));
    d.set(1, 2n ** 63n - 1n);
    expect(buf.view()[0]).toBe(-(2n ** 63n));
    expect(d.get(1)).toBe(2n ** 63n - 1n);
    d.release();
    buf.delete();
  });

  test('memory growth: stale safe view throws, fresh view sees the data', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(8);
    const d = buf.data;
    d.set(3, 42.5);
    const raw = buf.view();
    const big = forceGrowth();
    expect(raw.length).toBe(0);            // the platform hazard: a detached raw view
    expect(() => d.get(3)).toThrow(StaleViewError);
    expect(() => d.set(3, 1)).toThrow(/memory grew/);
    expect(() => d.length).toThrow(StaleViewError);
    const fresh = buf.data;
    expect(fresh.get(3)).toBe(42.5);
    expect(buf.view()[3]).toBe(42.5);
    fresh.release(); d.release(); big.delete(); buf.delete();
  });

  test('reallocation: stale safe view throws, old memory stays held until released', () => {
    const buf = new vb.vtkBuffer('int32');
    buf.Allocate(4);
    const d = buf.data;
    d.set(0, 7);
    const live = vb.liveBlocks();
    buf.Reallocate(5000);
    expect(vb.liveBlocks()).toBe(live + 1);   // old block still held by d
    expect(() => d.get(0)).toThrow(/reallocated/);
    expect(buf.data.get(0)).toBe(7);           // Reallocate kept the prefix
    d.release();
    d.release();                               // harmless
    expect(vb.liveBlocks()).toBe(live);
    expect(() => d.get(0)).toThrow(StaleViewError);
    buf.delete();
  });

  test('StaleViewError is an exported Error subclass', () => {
    const e = new StaleViewError('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('StaleViewError');
  });

  test('safe view bounds are checked', () => {
    const buf = new vb.vtkBuffer('uint8');
    buf.Allocate(3);
    expect(() => buf.data.get(3)).toThrow(RangeError);
    expect(() => buf.data.set(-1, 0)).toThrow(RangeError);
    buf.delete();
  });

  test('bad input: TypeError / RangeError and the buffer unchanged', () => {
    expect(() => new vb.vtkBuffer('complex128')).toThrow(TypeError);
    expect(() => new vb.vtkBuffer(11)).toThrow(TypeError);
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(3);
    buf.view().set([1, 2, 3]);
    const addr = buf.GetVoidBuffer();
    for (const [arg, E] of [[-1, RangeError], [1.5, TypeError], ['3', TypeError], [null, TypeError],
                            [2 ** 40, RangeError], [over(3e8), RangeError]]) {
      expect(() => buf.Allocate(arg)).toThrow(E);
      expect(() => buf.Reallocate(arg)).toThrow(E);
      expect(buf.GetNumberOfElements()).toBe(3);
      expect(buf.GetVoidBuffer()).toBe(addr);
      expect(Array.from(buf.view())).toEqual([1, 2, 3]);
    }
    buf.delete();
  });

  test('delete is idempotent and use after delete throws', () => {
    const buf = new vb.vtkBuffer('float32');
    buf.Allocate(2);
    buf.delete();
    buf.delete();
    expect(() => buf.GetNumberOfElements()).toThrow(/deleted/);
    expect(() => buf.view()).toThrow(/deleted/);
  });
});

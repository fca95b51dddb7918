import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { over } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function filled() {
  const a = new vb.vtkDoubleArray();
  a.SetNumberOfComponents(2);
  for (let i = 0; i < 5; i++) a.InsertNextTuple([i, -i]);
  return a;
}
function snapshot(a) {
  return [a.GetNumberOfComponents(), a.GetNumberOfValues(), a.GetSize(), a.view().byteOffset,
          Array.from(a.toArray())];
}

describe('errors leave objects unchanged', () => {
  const typeErrors = {
    'SetNumberOfTuples("3")': (a) => a.SetNumberOfTuples('3'),
    'SetNumberOfTuples(1.5)': (a) => a.SetNumberOfTuples(1.5),
    'SetNumberOfTuples()': (a) => a.SetNumberOfTuples(),
    'SetNumberOfTuples(1, 2)': (a) => a.SetNumberOfTuples(1, 2),
    'SetNumberOfComponents(null)': (a) => a.SetNumberOfComponents(null),
    'SetValue(0, "x")': (a) => a.SetValue(0, 'x'),
    'SetValue(0)': (a) => a.SetValue(0),
    'GetValue(0.5)': (a) => a.GetValue(0.5),
    'InsertNextTuple([1])': (a) => a.InsertNextTuple([1]),
    'InsertNextTuple([1, "2"])': (a) => a.InsertNextTuple([1, '2']),
    'InsertNextTuple(1, 2)': (a) => a.InsertNextTuple(1, 2),
    'SetTuple(0, {})': (a) => a.SetTuple(0, {}),
    'InsertNextValue(null)': (a) => a.InsertNextValue(null),
    'InsertNextValue("ab")': (a) => a.InsertNextValue('ab'),
    'SetTuple(0, ["x", 1])': (a) => a.SetTuple(0, ['x', 1]),
    'GetBuffer(1)': (a) => a.GetBuffer(1),
    'GetComponentBuffer(0) on AOS': (a) => a.GetComponentBuffer(0),
    'view(0) on AOS': (a) => a.view(0),
    'SetComponent(0, 0, "1")': (a) => a.SetComponent(0, 0, '1'),
    'ShallowCopy(buffer)': (a) => a.ShallowCopy(new vb.vtkBuffer('float64')),
    'SetBuffer([])': (a) => a.SetBuffer([]),
    'Resize(undefined)': (a) => a.Resize(undefined),
  };
  test.each(Object.keys(typeErrors))('TypeError: %s', (name) => {
    const a = filled();
    const before = snapshot(a);
    expect(() => typeErrors[name](a)).toThrow(TypeError);
    expect(snapshot(a)).toEqual(before);
    a.delete();
  });

  const rangeErrors = {
    'SetNumberOfTuples(-1)': (a) => a.SetNumberOfTuples(-1),
    'SetNumberOfValues(-5n)': (a) => a.SetNumberOfValues(-5n),
    'SetNumberOfComponents(0)': (a) => a.SetNumberOfComponents(0),
    'GetValue(10)': (a) => a.GetValue(10),
    'GetValue(-1)': (a) => a.GetValue(-1),
    'SetValue(10, 1)': (a) => a.SetValue(10, 1),
    'GetTuple(5)': (a) => a.GetTuple(5),
    'SetTuple(5, [1, 2])': (a) => a.SetTuple(5, [1, 2]),
    'GetComponent(0, 2)': (a) => a.GetComponent(0, 2),
    'GetRange(7)': (a) => a.GetRange(7),
    'InsertNextValue(2n ** 1100n) (beyond double)': (a) => a.InsertNextValue(2n ** 1100n),
    'SetComponent(0, 2, 1)': (a) => a.SetComponent(0, 2, 1),
    'Allocate(-1)': (a) => a.Allocate(-1),
    // beyond the 2 GiB maximum memory: the allocation fails, nothing changes
    'SetNumberOfTuples(2e8)': (a) => a.SetNumberOfTuples(over(2e8)),
    'Resize(2 ** 40)': (a) => a.Resize(2 ** 40),
    'ReserveTuples(1.5e8)': (a) => a.ReserveTuples(over(1.5e8)),
    'InsertValue(3e8, 1)': (a) => a.InsertValue(over(3e8), 1),
    'Allocate(2 ** 62)': (a) => a.Allocate(2 ** 62),
  };
  test.each(Object.keys(rangeErrors))('RangeError: %s', (name) => {
    const a = filled();
    const before = snapshot(a);
    const live = vb.liveBlocks();
    expect(() => rangeErrors[name](a)).toThrow(RangeError);
    expect(snapshot(a)).toEqual(before);
    expect(vb.liveBlocks()).toBe(live);
    a.delete();
  });

  test('allocation beyond the maximum memory: RangeError, buffer unchanged, module keeps working', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(3);
    buf.set([1, 2, 3]);
    const addr = buf.GetVoidBuffer();
    for (const n of [over(3e8), 2 ** 31, 2 ** 53]) {
      expect(() => buf.Allocate(n)).toThrow(RangeError);
      expect(() => buf.Reallocate(n)).toThrow(RangeError);
      expect(buf.GetVoidBuffer()).toBe(addr);
      expect(Array.from(buf.view())).toEqual([1, 2, 3]);
    }
    expect(vb.memory.buffer.byteLength).toBeLessThanOrEqual(2 ** 31);
    const ok = new vb.vtkBuffer('uint8');
    ok.Allocate(1 << 20);
    expect(ok.GetNumberOfElements()).toBe(1 << 20);
    ok.delete(); buf.delete();
  });

  test('constructors: unknown dtype, wrong arguments, abstract classes', () => {
    expect(() => new vb.vtkBuffer('complex128')).toThrow(TypeError);
    expect(() => new vb.vtkBuffer(11)).toThrow(TypeError);
    expect(() => new vb.vtkBuffer()).toThrow(TypeError);
    expect(() => new vb.vtkAOSDataArrayTemplate('float128')).toThrow(TypeError);
    expect(() => new vb.vtkSOADataArrayTemplate()).toThrow(TypeError);
    expect(() => new vb.vtkFloatArray('float64')).toThrow(TypeError);
    expect(() => new vb.vtkDataArray('float32')).toThrow(TypeError);
    expect(() => new vb.vtkObjectBase()).toThrow(TypeError);
  });

  test('createVtkBuf options are checked', async () => {
    await expect(createVtkBuf(5)).rejects.toThrow(TypeError);
    await expect(createVtkBuf({ wasmBinary: 'x' })).rejects.toThrow(TypeError);
  });
});

test('objects of two instances do not mix', async () => {
  const other = await createVtkBuf();
  const a = new vb.vtkFloatArray();
  const b = new other.vtkFloatArray();
  b.InsertNextValue(1);
  expect(() => a.DeepCopy(b)).toThrow(TypeError);
  expect(() => a.SetBuffer(b.GetBuffer())).toThrow(TypeError);
  expect(a.GetNumberOfValues()).toBe(0);
  a.delete(); b.delete();
});

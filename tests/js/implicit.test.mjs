import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe('implicit arrays', () => {
  test('constant: computed values, copies, writes refused', () => {
    const a = new vb.vtkConstantArray('float32');
    a.SetNumberOfComponents(3);
    a.SetNumberOfTuples(4);
    a.ConstructBackend(2.5);
    expect(a.GetConstantValue()).toBe(2.5);
    expect(a.GetTuple(3)).toEqual([2.5, 2.5, 2.5]);
    expect(a.GetArrayTypeAsString()).toBe('VTK_CONSTANT_ARRAY');
    expect(Array.from(a.toArray())).toEqual(new Array(12).fill(2.5));
    expect(a.toArray()).toBeInstanceOf(Float32Array);
    expect(() => a.SetTuple(0, [1, 1, 1])).toThrow(TypeError);
    expect(() => a.InsertNextTuple([1, 1, 1])).toThrow(/read-only/);
    expect(() => a.view()).toThrow(TypeError);
    expect(() => a.getData()).toThrow(TypeError);
    const d = new vb.vtkDoubleArray();
    d.DeepCopy(a);
    expect(Array.from(d.toArray())).toEqual(new Array(12).fill(2.5));
    d.delete(); a.delete();
  });

  test('affine: value i = slope * i + intercept, of the array type', () => {
    const a = new vb.vtkAffineArray('int32');
    a.SetNumberOfComponents(2);
    a.SetNumberOfTuples(3);
    a.ConstructBackend(3, 7);
    expect(a.GetValue(5)).toBe(22);
    expect(a.GetComponent(2, 1)).toBe(22);
    expect([a.GetSlope(), a.GetIntercept()]).toEqual([3, 7]);
    expect(Array.from(a.toArray())).toEqual([7, 10, 13, 16, 19, 22]);
    expect(() => a.ConstructBackend('x', 1)).toThrow(TypeError);
    a.delete();
  });

  test('structured points hold their coordinate arrays', () => {
    const x = new vb.vtkFloatArray(), y = new vb.vtkFloatArray(), z = new vb.vtkFloatArray();
    [0, 1, 3].forEach((v) => x.InsertNextValue(v));
    [0, 2].forEach((v) => y.InsertNextValue(v));
    z.InsertNextValue(5);
    const p = new vb.vtkStructuredPointArray('float64');
    p.ConstructBackend(x, y, z, [0, 2, 0, 1, 0, 0], 0);
    expect(p.GetNumberOfTuples()).toBe(6);
    expect(p.GetTuple(5)).toEqual([3, 2, 5]);
    expect(p.GetUsesDirectionMatrix()).toBe(false);
    const gx = p.GetXCoordinates();
    expect(gx.GetValue(2)).toBe(3);
    x.SetValue(2, 10);
    x.delete(); y.delete(); z.delete(); gx.delete();
    expect(p.GetTuple(5)).toEqual([10, 2, 5]);
    p.ConstructBackend(p.GetXCoordinates(), null, null, [0, 2, 0, 0, 0, 0], 0, [0, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(p.GetUsesDirectionMatrix()).toBe(true);
    expect(p.GetTuple(2)).toEqual([0, 10, 0]);
    expect(() => p.ConstructBackend(p, null, null, [0, 0, 0, 0, 0, 0], 0)).toThrow(TypeError);
    p.delete();
  });
});

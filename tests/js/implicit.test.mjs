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
    expect(p.GetTuple(2)).toEqual([0, 2, 0]); // VTK: P0 + D * (first step * index)
    expect(() => p.ConstructBackend(p, null, null, [0, 0, 0, 0, 0, 0], 0)).toThrow(TypeError);
    p.delete();
  });
});

describe('vtkImageData and vtkRectilinearGrid', () => {
  test('geometry, queries, implicit points', () => {
    const img = new vb.vtkImageData();
    img.SetExtent(1, 3, 2, 4, 0, 0);
    img.SetSpacing(2, 1, 1);
    img.SetOrigin([1, 1, 1]);
    expect(img.GetDimensions()).toEqual([3, 3, 1]);
    expect(img.GetNumberOfPoints()).toBe(9);
    expect(img.GetNumberOfCells()).toBe(4);
    expect(img.GetDataDimension()).toBe(2);
    expect(img.GetDataObjectType()).toBe(6);
    expect(img.ComputePointId([2, 3, 0])).toBe(4);
    expect(img.ComputeCellId([2, 3, 0])).toBe(3);
    expect(img.FindPoint(4.4, 3.6, 1)).toBe(4);
    expect(img.GetPoint(4)).toEqual([5, 4, 1]);
    expect(img.GetBounds()).toEqual([3, 7, 3, 5, 1, 1]);
    expect(img.GetCellType(0)).toBe(8);
    const ijk = [0, 0, 0], pc = [0, 0, 0];
    expect(img.ComputeStructuredCoordinates([4.5, 3.5, 1], ijk, pc)).toBe(1);
    expect(ijk).toEqual([1, 2, 0]);
    expect(pc).toEqual([0.75, 0.5, 0]);
    expect(img.TransformContinuousIndexToPhysicalPoint(1.5, 2, 0)).toEqual([4, 3, 1]);
    const pts = img.GetPoints();
    const data = pts.GetData();
    expect(data.GetArrayTypeAsString()).toBe('VTK_STRUCTURED_POINT_ARRAY');
    expect(data.GetTuple(4)).toEqual([5, 4, 1]);
    img.SetSpacing(1, 1, 1);
    expect(data.GetTuple(4)).toEqual(img.GetPoint(4));
    expect(() => img.SetDimensions(-1, 1, 1)).toThrow();
    expect(img.GetScalarIndex(2, 3, 0)).toBe(-1); // no scalars yet (VTK)
    img.AllocateScalars(vb.VTK_FLOAT, 2);
    expect(img.GetPointData().GetScalars().GetName()).toBe('ImageScalars');
    expect(img.GetScalarIndex([2, 3, 0])).toBe(4);
    img.SetScalarComponentFromDouble(2, 3, 0, 1, 7.5);
    expect(img.GetScalarComponentAsDouble(2, 3, 0, 1)).toBe(7.5);
    expect(img.GetScalarComponentAsDouble(9, 9, 9, 0)).toBe(0);
    expect(img.GetIncrements()).toEqual([2, 6, 18]);
    expect(img.GetScalarSize()).toBe(4);
    data.delete(); pts.delete(); img.delete();
  });

  test('rectilinear grid over shared coordinates', () => {
    const rg = new vb.vtkRectilinearGrid();
    rg.SetDimensions(3, 2, 1);
    const x = new vb.vtkFloatArray();
    [0, 1, 3].forEach((v) => x.InsertNextValue(v));
    rg.SetXCoordinates(x);
    expect(rg.GetPoint(2)).toEqual([3, 0, 0]);
    expect(rg.GetBounds()).toEqual([0, 3, 0, 0, 0, 0]);
    x.SetValue(2, 10);
    const d = rg.GetPoints().GetData();
    expect(d.GetTuple(2)).toEqual([10, 0, 0]);
    const copy = new vb.vtkRectilinearGrid();
    copy.DeepCopy(rg);
    expect(copy.GetPoint(2)).toEqual([10, 0, 0]);
    copy.delete(); d.delete(); x.delete(); rg.delete();
  });
});

// The object layer in JS: vtkObject, vtkIdList (the same calls as the Python
// tests and the conformance snippets, whose outputs are VTK 9.7.1's).
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const ids = (l) => Array.from({ length: l.GetNumberOfIds() }, (_, i) => l.GetId(i));

describe('vtkObject', () => {
  test('is instantiable and names its class', () => {
    const o = new vb.vtkObject();
    expect(o.GetClassName()).toBe('vtkObject');
    expect(o.GetReferenceCount()).toBe(1);
    const seen = [];
    o.AddObserver('ModifiedEvent', (c, e) => seen.push(e));
    o.Modified();
    expect(seen).toEqual(['ModifiedEvent']);
    o.delete();
    expect(() => new vb.vtkObject(1)).toThrow(TypeError);
  });
});

describe('vtkIdList', () => {
  test('inserts with VTK capacity growth', () => {
    const l = new vb.vtkIdList();
    expect(l.GetClassName()).toBe('vtkIdList');
    expect([l.InsertNextId(5), l.InsertNextId(3), l.InsertUniqueId(5)]).toEqual([0, 1, 0]);
    expect(l.GetCapacity()).toBe(3);
    l.SetNumberOfIds(4);
    expect([ids(l), l.GetCapacity()]).toEqual([[5, 3, 0, 0], 7]);
    l.InsertId(5, -8n);
    expect(ids(l)).toEqual([5, 3, 0, 0, 0, -8]);
    expect(l.toArray()).toEqual(BigInt64Array.from([5n, 3n, 0n, 0n, 0n, -8n]));
    l.delete();
  });

  test('refuses bad input and stays unchanged', () => {
    const l = new vb.vtkIdList();
    l.InsertNextId(1);
    expect(() => l.GetId(1)).toThrow(RangeError);
    expect(() => l.SetId(-1, 0)).toThrow(RangeError);
    expect(() => l.InsertNextId(1.5)).toThrow(TypeError);
    expect(() => l.InsertNextId(2n ** 63n)).toThrow(RangeError);
    expect(() => l.DeepCopy([1])).toThrow(TypeError);
    expect(() => l.SetNumberOfIds(2 ** 52)).toThrow(RangeError);
    expect(ids(l)).toEqual([1]);
    l.delete();
  });

  test('delete, sort, copy, intersect, fill, reset', () => {
    const l = new vb.vtkIdList(), m = new vb.vtkIdList();
    l.SetList([4, 1, 2, 1, 8]);
    l.DeleteId(1);
    expect(ids(l)).toEqual([4, 8, 2]);
    expect([l.IsId(8), l.IsId(1), l.FindIdLocation(2)]).toEqual([1, -1, 2]);
    m.DeepCopy(l);
    m.Sort();
    expect([ids(m), m.GetCapacity()]).toEqual([[2, 4, 8], 3]);
    m.DeleteId(4);
    l.IntersectWith(m);
    expect(ids(l)).toEqual([8, 2]);
    l.Fill(7);
    expect(ids(l)).toEqual([7, 7]);
    l.Reset();
    expect(l.GetNumberOfIds()).toBe(0);
    expect(l.Reserve(10)).toBe(1);
    l.Squeeze();
    expect(l.GetCapacity()).toBe(0);
    l.delete(); m.delete();
  });
});

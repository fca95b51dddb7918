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

describe('vtkCollection', () => {
  test('VTK semantics: insert after i, no-ops out of range, 1-based IsItemPresent, traversal', () => {
    const c = new vb.vtkCollection();
    const o = [0, 1, 2, 3].map(() => new vb.vtkObject());
    for (const x of o.slice(0, 3)) c.AddItem(x);
    const order = () => [...c].map((x) => o.findIndex((y) => y.IsSame(x)));
    expect([c.GetNumberOfItems(), c.IsItemPresent(o[1]), c.IsItemPresent(o[3]), c.IndexOfFirstOccurrence(o[3])]).toEqual([3, 2, 0, -1]);
    c.InsertItem(0, o[3]);
    c.InsertItem(-1, o[3]);
    c.InsertItem(10, o[0]);
    expect(order()).toEqual([3, 0, 3, 1, 2]);
    c.ReplaceItem(0, o[2]);
    c.RemoveItem(1);
    c.RemoveItem(o[3]);
    c.RemoveItem(10);
    expect(order()).toEqual([2, 1, 2]);
    expect(c.GetItemAsObject(7)).toBe(null);
    c.InitTraversal();
    expect(c.GetNextItemAsObject().IsSame(o[2])).toBe(true);
    const fresh = new vb.vtkObject();
    c.AddItem(fresh);
    expect(fresh.GetReferenceCount()).toBe(2); // the wrapper and the collection
    c.RemoveAllItems();
    expect([c.length, fresh.GetReferenceCount()]).toEqual([0, 1]);
    fresh.delete();
    c.delete(); o.forEach((x) => x.delete());
  });

  test('items keep their class; a data array collection refuses others', () => {
    const c = new vb.vtkCollection(), d = new vb.vtkDataArrayCollection();
    const a = new vb.vtkIntArray(), l = new vb.vtkIdList(), p = new vb.vtkPoints();
    for (const x of [a, l, p]) c.AddItem(x);
    expect([...c].map((x) => x.GetClassName())).toEqual(['vtkIntArray', 'vtkIdList', 'vtkPoints']);
    d.AddItem(a);
    expect(() => d.AddItem(l)).toThrow(TypeError);
    expect(() => c.AddItem(null)).toThrow(TypeError);
    expect(d.GetItem(0).IsSame(a)).toBe(true);
    expect(vb.vtkCollection.SafeDownCast(d)).toBe(d);
    expect(l.NewInstance().GetClassName()).toBe('vtkIdList');
    for (const x of [c, d, a, l, p]) x.delete();
  });

  test('InvokeEvent passes call data; every VTK event name', () => {
    const o = new vb.vtkObject();
    const got = [];
    o.AddObserver('StartEvent', (caller, ev, data) => got.push([ev, data]));
    o.AddObserver('UserEvent', (caller, ev, data) => got.push([ev, data]), 2);
    expect(o.InvokeEvent('StartEvent', { x: 1 })).toBe(0);
    o.InvokeEvent(1000);
    expect(got).toEqual([['StartEvent', { x: 1 }], ['UserEvent', undefined]]);
    expect(o.HasObserver('StartEvent')).toBe(true);
    o.RemoveObservers('StartEvent');
    expect(o.HasObserver('StartEvent')).toBe(false);
    o.RemoveAllObservers();
    expect(o.HasObserver('UserEvent')).toBe(false);
    o.SetObjectName('abc');
    expect([o.GetObjectName(), o.GetObjectDescription().endsWith("'abc'")]).toEqual(['abc', true]);
    o.Register(null);
    expect(o.GetReferenceCount()).toBe(2);
    o.UnRegister(null);
    expect(() => o.UnRegister(null)).toThrow(Error);
    const n = o.NewInstance(); // VTK: Register/UnRegister do nothing on a NewInstance result
    n.Register(null);
    expect(n.GetReferenceCount()).toBe(1);
    n.UnRegister(null);
    n.UnRegister(null);
    expect([n.GetReferenceCount(), n.GetClassName()]).toEqual([1, 'vtkObject']);
    n.delete();
    expect([o.IsA('vtkObject'), o.IsA('vtkObjectBase'), o.IsA('vtkIdList')]).toEqual([1, 1, 0]);
    o.delete();
  });
});


import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf, { vtkCommand } from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe('BufferChangedEvent', () => {
  test('fired on reallocation with (caller, name), not when nothing moved', () => {
    const arr = new vb.vtkFloatArray();
    const calls = [];
    const id = arr.AddObserver('BufferChangedEvent', (caller, ev) => calls.push([caller, ev]));
    expect(id).toBeGreaterThan(0);
    arr.SetNumberOfValues(10);
    expect(calls).toEqual([[arr, 'BufferChangedEvent']]);
    arr.SetNumberOfValues(10);                 // same size: nothing moved
    arr.SetValue(0, 1);
    expect(calls.length).toBe(1);
    arr.Resize(20);
    arr.Squeeze();
    arr.Initialize();
    expect(calls.length).toBe(4);
    arr.delete();
  });

  test('InsertNextValue fires exactly when capacity is exceeded', () => {
    const arr = new vb.vtkIntArray();
    let n = 0;
    arr.AddObserver(vtkCommand.BufferChangedEvent, () => { n++; });
    const sizes = [];
    for (let i = 0; i < 100; i++) {
      const before = arr.GetSize();
      arr.InsertNextValue(i);
      if (arr.GetSize() !== before) sizes.push(arr.GetSize());
    }
    expect(n).toBe(sizes.length);
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThan(10);                 // amortized growth
    arr.delete();
  });

  test('RemoveObserver stops delivery; other observers keep theirs', () => {
    const arr = new vb.vtkDoubleArray();
    const a = [], b = [];
    const ia = arr.AddObserver('BufferChangedEvent', () => a.push(1));
    const ib = arr.AddObserver(137, () => b.push(1));
    expect(ib).not.toBe(ia);
    arr.SetNumberOfValues(5);
    arr.RemoveObserver(ia);
    arr.SetNumberOfValues(500);
    expect(a.length).toBe(1);
    expect(b.length).toBe(2);
    expect(arr.HasObserver('BufferChangedEvent')).toBe(true);
    arr.RemoveObserver(ib);
    expect(arr.HasObserver('BufferChangedEvent')).toBe(false);
    expect(() => arr.RemoveObserver(ia)).toThrow(RangeError);
    expect(() => arr.RemoveObserver('x')).toThrow(TypeError);
    arr.delete();
  });

  test('ModifiedEvent, AnyEvent, buffer events, InvokeEvent', () => {
    const buf = new vb.vtkBuffer('float32');
    const seen = [];
    buf.AddObserver('AnyEvent', (o, ev) => seen.push(ev));
    buf.Allocate(10);
    expect(seen).toEqual(['BufferChangedEvent', 'ModifiedEvent']);
    buf.Reallocate(10);                         // same size: no event
    expect(seen.length).toBe(2);
    buf.InvokeEvent(5000);
    expect(seen[2]).toBe('NoEvent'); // VTK 9.7.1 names ids without a name NoEvent
    buf.Modified();
    expect(seen[3]).toBe('ModifiedEvent');
    buf.delete();
  });

  test('a throwing observer: the operation completes, then the error is thrown', () => {
    const arr = new vb.vtkFloatArray();
    arr.SetNumberOfValues(3);
    let after = 0;
    arr.AddObserver('ModifiedEvent', () => { after++; });
    const id = arr.AddObserver('BufferChangedEvent', () => { throw new Error('observer failed'); });
    expect(() => arr.SetNumberOfValues(1000)).toThrow('observer failed');
    expect(arr.GetNumberOfValues()).toBe(1000);   // completed
    expect(after).toBe(1);                        // later observers still ran
    arr.RemoveObserver(id);
    arr.SetNumberOfValues(5);                     // nothing pending any more
    expect(after).toBe(2);
    arr.delete();
  });

  test('an observer may remove itself during dispatch', () => {
    const arr = new vb.vtkFloatArray();
    let n = 0;
    const id = arr.AddObserver('BufferChangedEvent', () => { n++; arr.RemoveObserver(id); });
    arr.SetNumberOfValues(3);
    arr.SetNumberOfValues(300);
    expect(n).toBe(1);
    arr.delete();
  });

  test('DeleteEvent on delete() of the last reference', () => {
    const arr = new vb.vtkFloatArray();
    const seen = [];
    arr.AddObserver('DeleteEvent', (o, ev) => seen.push(ev));
    arr.delete();
    expect(seen).toEqual(['DeleteEvent']);
  });

  test('observers added through a deleted wrapper are removed while the object lives on', () => {
    const arr = new vb.vtkFloatArray();
    const buf = arr.GetBuffer();
    let n = 0;
    buf.AddObserver('BufferChangedEvent', () => { n++; });
    arr.SetNumberOfValues(10);
    expect(n).toBe(1);
    buf.delete();
    arr.SetNumberOfValues(1000);
    expect(n).toBe(1);
    arr.delete();
  });

  test('bad AddObserver arguments are TypeErrors', () => {
    const arr = new vb.vtkFloatArray();
    expect(() => arr.AddObserver('NoSuchEvent', () => {})).toThrow(TypeError);
    expect(() => arr.AddObserver('ModifiedEvent', 3)).toThrow(TypeError);
    expect(() => arr.AddObserver('ModifiedEvent')).toThrow(TypeError);
    expect(() => arr.AddObserver(-1, () => {})).toThrow(TypeError);
    expect(arr.HasObserver('AnyEvent')).toBe(false);
    arr.delete();
  });
});

describe('re-entrant calls from observers', () => {
  test('an observer may read tuples and ranges while an insert reallocates', () => {
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfComponents(3);
    const seen = [];
    a.AddObserver('BufferChangedEvent', (caller) => {
      const n = caller.GetNumberOfTuples();
      seen.push([n, caller.GetTuple(n - 1), caller.GetRange(2)]);
    });
    // 0 - i, not -i: -0 is a safe integer, i.e. the integer 0 (tests/js/number_rules.test.mjs)
    for (let i = 0; i < 50; i++) a.InsertNextTuple([i, i + 0.5, 0 - i]);
    expect(seen.length).toBeGreaterThan(0);
    for (const [n, last, range] of seen) {
      const i = n - 1;                          // the tuple just inserted is already stored
      expect(last).toEqual([i, i + 0.5, 0 - i]);
      expect(range).toEqual([0 - i, 0]);       // tuple 0's 0 is the largest third component
    }
    for (let i = 0; i < 50; i++) expect(a.GetTuple(i)).toEqual([i, i + 0.5, 0 - i]);
    a.delete();
  });

  test('an observer inserting into another array does not disturb the outer call', () => {
    const a = new vb.vtkIdTypeArray();
    const log = new vb.vtkIdTypeArray();
    a.SetNumberOfComponents(2);
    log.SetNumberOfComponents(2);
    a.AddObserver('BufferChangedEvent', () => { log.InsertNextTuple([BigInt(a.GetNumberOfTuples()), -1n]); });
    for (let i = 0; i < 40; i++) a.InsertNextTuple([2n ** 62n + BigInt(i), -(2n ** 61n)]);
    for (let i = 0; i < 40; i++) expect(a.GetTypedTuple(i)).toEqual([2n ** 62n + BigInt(i), -(2n ** 61n)]);
    expect(log.GetNumberOfTuples()).toBeGreaterThan(0);
    a.delete(); log.delete();
  });
});

import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { collectUntil, GC_TIMEOUT } from './helpers.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe('lifetime', () => {
  test.each(['vtkBuffer', 'vtkFloatArray', 'vtkSOADataArrayTemplate'])('%s: delete is idempotent, use after delete throws', (cls) => {
    const o = cls === 'vtkFloatArray' ? new vb.vtkFloatArray() : new vb[cls]('float32');
    o.Allocate(10);
    const live = vb.liveBlocks();
    o.delete();
    expect(vb.liveBlocks()).toBe(live - 1);
    o.delete();
    expect(vb.liveBlocks()).toBe(live - 1);
    for (const use of [() => o.Allocate(1), () => o.view(), () => o.getData(), () => o.GetDataType(),
                       () => o.AddObserver('ModifiedEvent', () => {}), () => o.GetReferenceCount()]) {
      expect(use).toThrow(/was deleted/);
    }
  });

  test('[Symbol.dispose] deletes', () => {
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfValues(10);
    const live = vb.liveBlocks();
    a[Symbol.dispose]();
    expect(vb.liveBlocks()).toBe(live - 1);
    expect(() => a.GetNumberOfValues()).toThrow(/deleted/);
  });

  test('a buffer from GetBuffer outlives its array', () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfValues(3);
    a.SetValue(2, 5);
    const b = a.GetBuffer();
    expect(b.GetReferenceCount()).toBe(2);
    a.delete();
    expect(b.GetReferenceCount()).toBe(1);
    expect(b.view()[2]).toBe(5);
    b.delete();
  });

  test('FinalizationRegistry frees objects and views dropped without delete()', async () => {
    const live = vb.liveBlocks();
    (() => {
      for (let i = 0; i < 20; i++) {
        const a = new vb.vtkDoubleArray();
        a.SetNumberOfValues(1000);
        a.AddObserver('BufferChangedEvent', () => { void a; }); // closes over a: no leak
        const b = new vb.vtkBuffer('int64');
        b.Allocate(10);
        void b.data;                           // a safe view dropped without release()
      }
    })();
    expect(vb.liveBlocks()).toBe(live + 40);
    expect(await collectUntil(() => vb.liveBlocks() === live)).toBe(true);
  }, GC_TIMEOUT);

  test('a view dropped without release() keeps its block only until collected', async () => {
    const a = new vb.vtkFloatArray();
    a.SetNumberOfValues(100);
    const live = vb.liveBlocks();
    (() => { void a.data; })();
    a.SetNumberOfValues(10000);                // reallocation: old block held by the dropped view
    expect(vb.liveBlocks()).toBe(live + 1);
    expect(await collectUntil(() => vb.liveBlocks() === live)).toBe(true);
    a.delete();
  }, GC_TIMEOUT);
});

describe('core object accounting', () => {
  // Synchronous on purpose: FinalizationRegistry callbacks never run inside it.
  test('deleting every wrapper returns the core to its object and block counts', () => {
    const objs = vb.liveObjects(), blocks = vb.liveBlocks();
    const s = new vb.vtkSphereSource();
    s.Update();
    const out = s.GetOutput(), pts = out.GetPoints(), data = pts.GetData();
    const pd = out.GetPointData();              // every getter returns a wrapper holding a reference
    const normals = pd.GetNormals();
    const a = new vb.vtkFloatArray();
    a.SetNumberOfComponents(3);
    a.InsertNextTuple([1, 2, 3]);
    const b = a.GetBuffer();
    expect(vb.liveObjects()).toBeGreaterThan(objs + 5);
    expect(vb.liveBlocks()).toBeGreaterThan(blocks);
    a.delete();                                  // b still holds the array's buffer object
    expect(b.GetNumberOfElements()).toBe(3);
    for (const o of [b, normals, pd, data, pts, out, s]) o.delete();
    expect(vb.liveObjects()).toBe(objs);
    expect(vb.liveBlocks()).toBe(blocks);
  });
});

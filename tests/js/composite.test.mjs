// Composite data sets in JS (js/composite.mjs): the scenarios of
// tools/gen_composite_reference.py replayed on vtkbuf and compared with VTK 9.7.1's
// answers (tests/data/composite_ref.json), plus the JS rules (errors, lifetime).
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import createVtkBuf from '../../js/index.mjs';

const REF = JSON.parse(readFileSync(new URL('../data/composite_ref.json', import.meta.url), 'utf8'));
let vb, NAME;
beforeAll(async () => {
  vb = await createVtkBuf();
  NAME = vb.vtkCompositeDataSet.NAME();
});

function poly(n, x0 = 0) {
  const pd = new vb.vtkPolyData(), p = new vb.vtkPoints();
  for (let k = 0; k < n; k++) p.InsertNextPoint(x0 + k, 2 * k, 0 - k + 0); // (not -0: Python gives 0)
  pd.SetPoints(p);
  return pd;
}
function tree() {
  const mb = new vb.vtkMultiBlockDataSet(), sub = new vb.vtkMultiBlockDataSet(), subsub = new vb.vtkMultiBlockDataSet();
  mb.SetBlock(0, poly(1, 0)); mb.SetBlock(3, poly(4, 3)); mb.SetBlock(2, sub);
  sub.SetBlock(0, poly(2, 1)); sub.SetBlock(2, subsub); subsub.SetBlock(0, poly(3, 2));
  sub.GetMetaData(0).Set(NAME, 'b');
  mb.GetMetaData(3).Set(NAME, 'd');
  return mb;
}
function walk(it, rev = false) {
  const out = [];
  if (rev) it.InitReverseTraversal(); else it.InitTraversal();
  for (; !it.IsDoneWithTraversal(); it.GoToNextItem()) {
    const o = it.GetCurrentDataObject();
    const meta = it.HasCurrentMetaData() ? it.GetCurrentMetaData().Get(NAME) : null;
    out.push([rev ? -1 : it.GetCurrentFlatIndex(), o ? o.GetClassName() : null, o ? o.GetNumberOfPoints() : -1, meta]);
  }
  return out;
}
const names = (c) => Array.from({ length: c.GetNumberOfBlocks() }, (_, i) => (c.HasMetaData(i) ? c.GetMetaData(i).Get(NAME) : null));

describe('composite data sets agree with VTK 9.7.1', () => {
  test('the reference is VTK 9.7.1\'s', () => expect(REF.vtk_version).toBe('9.7.1'));
  test.each(Object.keys(REF.walks))('iteration, options "%s"', (opts) => {
    const it = tree().NewIterator();
    it.SetSkipEmptyNodes(!opts.includes('E'));
    it.SetVisitOnlyLeaves(!opts.includes('L'));
    it.SetTraverseSubTree(!opts.includes('S'));
    expect(walk(it)).toEqual(REF.walks[opts]);
  });
  test('reverse iteration', () => expect(walk(tree().NewIterator(), true)).toEqual(REF.reverse));
  test('tree totals, bounds, names, Symbol.iterator over the leaves', () => {
    const m = tree();
    expect({ points: m.GetNumberOfPoints(), blocks: m.GetNumberOfBlocks(), bounds: m.GetBounds(), names: names(m),
      leaves: [...m].map((x) => x.GetNumberOfPoints()) }).toEqual(REF.tree);
    m.RemoveBlock(0);
    expect({ blocks: m.GetNumberOfBlocks(), names: names(m), points: m.GetNumberOfPoints() }).toEqual(REF.after_remove);
    m.SetNumberOfBlocks(2);
    expect({ blocks: m.GetNumberOfBlocks(), names: names(m), points: m.GetNumberOfPoints() }).toEqual(REF.after_shrink);
  });
  test('DeepCopy, CopyStructure', () => {
    const d = new vb.vtkMultiBlockDataSet();
    d.DeepCopy(tree());
    expect({ points: d.GetNumberOfPoints(), names: names(d), sub: names(d.GetBlock(2)) }).toEqual(REF.deep);
    const s = new vb.vtkMultiBlockDataSet();
    s.CopyStructure(tree());
    expect({ points: s.GetNumberOfPoints(), blocks: s.GetNumberOfBlocks(), names: names(s),
      sub_blocks: s.GetBlock(2).GetNumberOfBlocks() }).toEqual(REF.structure);
  });
  test('vtkPartitionedDataSetCollection', () => {
    const c = new vb.vtkPartitionedDataSetCollection();
    c.SetPartition(1, 2, poly(4));
    expect({ n: c.GetNumberOfPartitionedDataSets(), parts: [0, 1, 2].map((i) => c.GetNumberOfPartitions(i)),
      points: c.GetNumberOfPoints(), types: [c.GetDataObjectType(), new vb.vtkMultiBlockDataSet().GetDataObjectType(),
        c.GetPartitionedDataSet(0).GetDataObjectType()] }).toEqual(REF.pdc);
    expect(c.GetPartition(1, 2)).toBeInstanceOf(vb.vtkPolyData);
    expect(c.GetPartitionedDataSet(1)).toBeInstanceOf(vb.vtkPartitionedDataSet);
  });
});

describe('JS rules', () => {
  test('classes, instanceof, abstract bases', () => {
    const m = new vb.vtkMultiBlockDataSet();
    expect(m).toBeInstanceOf(vb.vtkDataObjectTree);
    expect(m).toBeInstanceOf(vb.vtkCompositeDataSet);
    expect(m).toBeInstanceOf(vb.vtkDataObject);
    expect(m.GetClassName()).toBe('vtkMultiBlockDataSet');
    expect(() => new vb.vtkCompositeDataSet()).toThrow(TypeError);
    expect(() => new vb.vtkDataObjectTree()).toThrow(TypeError);
    m.SetBlock(0, new vb.vtkMultiBlockDataSet());
    expect(m.GetBlock(0)).toBeInstanceOf(vb.vtkMultiBlockDataSet);
    expect(m.NewIterator()).toBeInstanceOf(vb.vtkDataObjectTreeIterator);
  });
  test('bad input: TypeError / RangeError, nothing changed', () => {
    const m = new vb.vtkMultiBlockDataSet();
    expect(() => m.GetBlock(-1)).toThrow(RangeError);
    expect(() => m.GetBlock(2 ** 32)).toThrow(RangeError);
    expect(() => m.GetBlock(1.5)).toThrow(TypeError);
    expect(() => m.SetBlock(0, new vb.vtkPoints())).toThrow(TypeError);
    expect(() => m.SetBlock(0, new vb.vtkPartitionedDataSet())).toThrow(TypeError);
    expect(() => new vb.vtkPartitionedDataSet().SetPartition(0, m)).toThrow(TypeError);
    expect(() => new vb.vtkPartitionedDataSetCollection().SetPartitionedDataSet(0, null)).toThrow(TypeError);
    expect(() => m.SetBlock(0, m)).toThrow(TypeError); // a cycle
    expect(() => m.RemoveBlock(0)).toThrow(RangeError);
    expect(m.GetNumberOfBlocks()).toBe(0);
    expect(() => new vb.vtkInformation().Set(NAME, 5)).toThrow(TypeError);
    const it = tree().NewIterator();
    it.InitReverseTraversal();
    expect(() => it.GetCurrentFlatIndex()).toThrow(Error);
  });
  test('metadata: keys are singletons, integer keys, copies', () => {
    expect(vb.vtkMultiBlockDataSet.NAME()).toBe(NAME);
    expect([NAME.GetName(), NAME.GetLocation()]).toEqual(['NAME', 'vtkCompositeDataSet']);
    const info = new vb.vtkInformation(), k = vb.vtkCompositeDataSet.CURRENT_PROCESS_CAN_LOAD_BLOCK();
    expect([info.Get(NAME), info.Get(k), info.Has(k)]).toEqual([null, 0, 0]);
    info.Set(k, 3); NAME.Set(info, 'ü name');
    expect([info.Get(k), NAME.Get(info), info.GetNumberOfKeys()]).toEqual([3, 'ü name', 2]);
    const other = new vb.vtkInformation();
    other.Copy(info); info.Remove(NAME);
    expect([other.Get(NAME), info.Has(NAME)]).toEqual(['ü name', 0]);
  });
  test('the tree holds its blocks: wrappers released, blocks live on, then freed with the tree', () => {
    const before = vb.liveObjects();
    {
      const m = tree();
      const it = m.NewIterator();
      m.delete();
      expect(walk(it).length).toBe(4); // the iterator holds the tree
      it.delete();
    }
    // the JS wrappers made above are garbage; their core objects go when collected or deleted
    expect(vb.liveObjects()).toBeGreaterThanOrEqual(before);
  });
});

// The data-object API of issue 17 (vtkFieldData, vtkDataSetAttributes, the
// vtkDataObject / vtkDataSet / vtkPointSet bases of vtkPolyData, cell queries, cell
// array traversal and storage) against VTK 9.7.1's answers for the same objects
// (tests/data/dataobjects_ref.json, made by tools/gen_dataobjects_reference.py; the
// Python suite checks the same file).
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import createVtkBuf from '../../js/index.mjs';

const REF = JSON.parse(readFileSync(new URL('../data/dataobjects_ref.json', import.meta.url), 'utf8'));
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function polydata() {
  const pd = new vb.vtkPolyData();
  const p = new vb.vtkPoints();
  for (const x of REF.points) p.InsertNextPoint(x);
  pd.SetPoints(p);
  pd.AllocateExact(10, 30);
  for (const [t, ids] of REF.cells) pd.InsertNextCell(t, ids.length, ids);
  return pd;
}
function named(Cls, name, values, nc = 1) {
  const a = new Cls();
  a.SetName(name);
  a.SetNumberOfComponents(nc);
  for (const v of values) a.InsertNextValue(v);
  return a;
}

describe('class hierarchy', () => {
  test('vtkPolyData is a vtkPointSet, vtkDataSet, vtkDataObject; attributes are field data', () => {
    const pd = new vb.vtkPolyData();
    expect(REF.vtk_version).toBe('9.7.1');
    expect(pd).toBeInstanceOf(vb.vtkPointSet);
    expect(pd).toBeInstanceOf(vb.vtkDataSet);
    expect(pd).toBeInstanceOf(vb.vtkDataObject);
    expect(pd.GetPointData()).toBeInstanceOf(vb.vtkPointData);
    expect(pd.GetCellData()).toBeInstanceOf(vb.vtkCellData);
    expect(pd.GetPointData()).toBeInstanceOf(vb.vtkFieldData);
    expect(pd.GetFieldData().GetClassName()).toBe('vtkFieldData');
    expect(() => new vb.vtkDataSet()).toThrow(TypeError);
    expect(() => new vb.vtkPointSet()).toThrow(TypeError);
    expect(new vb.vtkDataObject().GetDataObjectType()).toBe(7);
    expect(pd.GetDataObjectType()).toBe(0);
    expect([pd.GetPointData().GetGhostsToSkip(), pd.GetCellData().GetGhostsToSkip(), new vb.vtkFieldData().GetGhostsToSkip()]).toEqual([2, 40, 0]);
  });
});

describe('vtkPolyData cells (VTK 9.7.1 reference)', () => {
  test('types, sizes, points, point cells, geometry', () => {
    const pd = polydata();
    const n = pd.GetNumberOfCells();
    expect([...Array(n).keys()].map((i) => pd.GetCellType(i))).toEqual(REF.cell_types);
    expect([...Array(n).keys()].map((i) => pd.GetCellSize(i))).toEqual(REF.cell_sizes);
    const l = new vb.vtkIdList();
    expect([...Array(n).keys()].map((i) => { pd.GetCellPoints(i, l); return Array.from({ length: l.GetNumberOfIds() }, (_, k) => l.GetId(k)); })).toEqual(REF.cell_points);
    expect([...Array(n).keys()].map((i) => pd.GetCellPoints(i))).toEqual(REF.cell_points);
    pd.BuildLinks();
    expect([...Array(6).keys()].map((p) => pd.GetPointCells(p).sort((a, b) => a - b))).toEqual(REF.point_cells);
    expect(pd.GetBounds()).toEqual(REF.bounds);
    const out = [0, 0, 0];
    expect(pd.GetCenter(out)).toBe(out);
    expect(out).toEqual(REF.center);
    expect(pd.GetLength2()).toBe(REF.length2);
    expect([...Array(n).keys()].map((i) => pd.GetCellBounds(i))).toEqual(REF.cell_bounds);
    expect([pd.GetMinSpatialDimension(), pd.GetMaxSpatialDimension()]).toEqual(REF.spatial_dims);
    expect([pd.GetNumberOfVerts(), pd.GetNumberOfLines(), pd.GetNumberOfPolys(), pd.GetNumberOfStrips(), pd.GetMaxCellSize()]).toEqual(REF.counts);
    pd.GetPointData().SetScalars(named(vb.vtkFloatArray, 's', [1, 5, 3, -2, 0, 0]));
    expect(pd.GetScalarRange()).toEqual(REF.scalar_range);
  });

  test('DeleteCell / RemoveDeletedCells keep the cell data with the cells', () => {
    const pd = polydata();
    const n = pd.GetNumberOfCells();
    pd.GetCellData().SetScalars(named(vb.vtkIntArray, 'c', [...Array(n).keys()].map((v) => 10 * v)));
    pd.DeleteCell(1);
    pd.DeleteCell(4);
    expect([...Array(n).keys()].map((i) => pd.GetCellType(i))).toEqual(REF.deleted_types);
    pd.RemoveDeletedCells();
    const m = pd.GetNumberOfCells();
    expect([...Array(m).keys()].map((i) => pd.GetCellType(i))).toEqual(REF.after_remove.types);
    const sc = pd.GetCellData().GetScalars();
    expect([...Array(m).keys()].map((i) => sc.GetValue(i))).toEqual(REF.after_remove.cell_scalars);
  });

  test('bad input: RangeError / TypeError, nothing changed', () => {
    const pd = polydata();
    expect(() => pd.GetCellType(99)).toThrow(RangeError);
    expect(() => pd.InsertNextCell(42, [0])).toThrow(TypeError);
    expect(() => pd.ReplaceCell(0, [1, 2])).toThrow(TypeError); // another number of points
    expect(pd.GetNumberOfCells()).toBe(REF.cells.length);
    expect(pd.GetCellPoints(0)).toEqual(REF.cell_points[0]);
  });

  test('DeepCopy copies, ShallowCopy and CopyStructure share', () => {
    const pd = polydata();
    const q = new vb.vtkPolyData();
    q.DeepCopy(pd);
    expect(q.GetPolys().IsSame(pd.GetPolys())).toBe(false);
    expect(q.GetCellPoints(5)).toEqual(REF.cell_points[5]);
    const r = new vb.vtkPolyData();
    r.ShallowCopy(pd);
    expect(r.GetPolys().IsSame(pd.GetPolys())).toBe(true);
    const t = new vb.vtkPolyData();
    t.CopyStructure(pd);
    expect(t.GetPoints().IsSame(pd.GetPoints())).toBe(true);
    expect(t.GetCellType(2)).toBe(REF.cell_types[2]);
  });
});

describe('vtkCellArray', () => {
  test('traversal, legacy format, homogeneity, storage', () => {
    const ca = new vb.vtkCellArray();
    for (const [, ids] of REF.cells) ca.InsertNextCell(ids);
    const l = new vb.vtkIdList(), seen = [];
    ca.InitTraversal();
    while (ca.GetNextCell(l)) seen.push(Array.from({ length: l.GetNumberOfIds() }, (_, k) => l.GetId(k)));
    expect(seen).toEqual(REF.traversal);
    const e = new vb.vtkIdTypeArray();
    ca.ExportLegacyFormat(e);
    expect(Array.from({ length: e.GetNumberOfValues() }, (_, k) => Number(e.GetValue(k)))).toEqual(REF.legacy);
    expect(ca.IsHomogeneous()).toBe(REF.homogeneous);
    const back = new vb.vtkCellArray();
    back.ImportLegacyFormat(e);
    expect(back.GetNumberOfCells()).toBe(REF.cells.length);
    expect(ca.ConvertTo32BitStorage()).toBe(true);
    expect([ca.IsStorage32Bit(), ca.GetOffsetsArray64(), ca.GetNumberOfCells()]).toEqual([true, null, REF.cells.length]);
    const big = new vb.vtkCellArray();
    big.InsertNextCell([2 ** 40]);
    expect(big.ConvertTo32BitStorage()).toBe(false);
    expect(big.IsStorage64Bit()).toBe(true);
    expect(() => big.ReplaceCellAtId(0, [1, 2])).toThrow(TypeError);
  });
});

describe('vtkFieldData / vtkDataSetAttributes', () => {
  test('arrays, ranges, ghosts, copy flags', () => {
    const f = new vb.vtkFieldData();
    expect(f.AddArray(named(vb.vtkDoubleArray, 'a', [3, -1, 2]))).toBe(0);
    const r = [0, 0];
    expect(f.GetRange('a', r)).toBe(true);
    expect(r).toEqual([-1, 3]);
    expect(f.GetRange('zz', r)).toBe(false);
    expect(r.every(Number.isNaN)).toBe(true);
    expect(f.GetGhostArray()).toBeNull();
    f.AddArray(named(vb.vtkUnsignedCharArray, 'vtkGhostType', [1, 0, 0]));
    expect(f.GetGhostArray().GetName()).toBe('vtkGhostType');
    f.SetGhostsToSkip(1);
    f.GetRange('a', r);
    expect(r).toEqual([-1, 2]);
    const g = new vb.vtkFieldData();
    g.CopyFieldOff('a');
    g.PassData(f);
    expect(g.GetNumberOfArrays()).toBe(1);
    expect(g.GetArrayName(0)).toBe('vtkGhostType');
  });

  test('InterpolatePoint / CopyData as VTK', () => {
    const src = new vb.vtkPointData();
    src.AddArray(named(vb.vtkDoubleArray, 'a', [1, 2, 3, 5, -4, 8], 2));
    src.SetScalars(named(vb.vtkIntArray, 'i', [10, 20, 31]));
    const dst = new vb.vtkPointData();
    dst.InterpolateAllocate(src);
    dst.InterpolatePoint(src, 0, [0, 2], [0.25, 0.75]);
    expect([...Array(dst.GetNumberOfArrays()).keys()].map((k) => dst.GetArrayName(k))).toEqual(REF.interpolate.names);
    expect(dst.GetArray('a').GetTuple(0)).toEqual(REF.interpolate.a);
    expect(dst.GetScalars().GetValue(0)).toBe(REF.interpolate.i);
    const cp = new vb.vtkPointData();
    cp.CopyAllocate(src);
    cp.CopyData(src, 2, 0);
    cp.CopyData(src, 0, 1);
    expect([0, 1].map((k) => cp.GetArray('a').GetTuple(k))).toEqual(REF.copy.a);
    expect([0, 1].map((k) => cp.GetScalars().GetValue(k))).toEqual(REF.copy.i);
    expect(vb.vtkDataSetAttributes.GetAttributeTypeAsString(9)).toBe('RationalWeights');
    expect(() => src.SetNormals(named(vb.vtkFloatArray, 'n', [1, 2], 2))).toThrow(TypeError);
    expect(src.GetNormals()).toBeNull();
  });
});

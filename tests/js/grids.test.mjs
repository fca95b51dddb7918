// vtkStructuredGrid and vtkTable in JS. The expected values are VTK 9.7.1's for the
// same calls: the conformance snippets sg.* / tb.* (tests/conformance/snippets/grids.py)
// check them against VTK in Python; here the JS binding must give the same.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function grid(nx = 3, ny = 2, nz = 2) {
  const g = new vb.vtkStructuredGrid();
  g.SetDimensions(nx, ny, nz);
  const p = new vb.vtkPoints();
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) p.InsertNextPoint(i, j * 10 + i * 0.5, k * 100);
  g.SetPoints(p);
  return g;
}
function col(Cls, name, values, nc = 1) {
  const a = new Cls();
  a.SetName(name);
  a.SetNumberOfComponents(nc);
  a.SetNumberOfValues(values.length);
  values.forEach((v, i) => a.SetValue(i, v));
  return a;
}

describe('vtkStructuredGrid', () => {
  test('new, extent, dimensions (sg.new, sg.dims_*)', () => {
    const g = new vb.vtkStructuredGrid();
    expect([g.GetDimensions(), g.GetExtent(), g.GetNumberOfCells(), g.GetDataDescription(), g.GetMaxCellSize(), g.GetDataObjectType()])
      .toEqual([[0, 0, 0], [0, -1, 0, -1, 0, -1], 0, 9, 8, 2]);
    expect(g.GetBounds()).toEqual([1, -1, 1, -1, 1, -1]);
    g.SetDimensions([1, 3, 3]);
    expect([g.GetExtent(), g.GetNumberOfCells(), g.GetDataDimension(), g.GetDataDescription(), g.GetCellType(0), g.GetCellPoints(1)])
      .toEqual([[0, 0, 0, 2, 0, 2], 4, 2, 6, 9, [1, 2, 5, 4]]);
    const out = [0, 0, 0];
    expect(g.GetCellDims(out)).toBe(out);
    expect(out).toEqual([1, 2, 2]);
    g.SetExtent(1, 3, 4, 5, 7, 7);
    expect([g.GetDimensions(), g.GetNumberOfCells(), g.GetCellType(1), g.GetCellPoints(1)]).toEqual([[3, 2, 1], 2, 9, [1, 2, 5, 4]]);
  });
  test('hexahedra, points, bounds (sg.hex_cells, sg.point_ijk, sg.bounds)', () => {
    const g = grid();
    expect([g.GetCellType(1), g.GetCellSize(1), g.GetCellPoints(1)]).toEqual([12, 8, [1, 2, 5, 4, 7, 8, 11, 10]]);
    expect(g.GetPoint(2, 1, 1, [0, 0, 0])).toEqual([2, 11, 100]);
    expect(g.GetPoint(11)).toEqual([2, 11, 100]);
    expect(g.GetPoint(3, 0, 0, [9, 9, 9])).toEqual([9, 9, 9]);
    expect(g.GetBounds()).toEqual([0, 2, 0, 11, 0, 100]);
    g.SetExtent(1, 3, 4, 5, 7, 7);
    expect(() => g.GetPoint(1, 4, 7, [0, 0, 0], false)).toThrow(RangeError); // VTK reads past the points
  });
  test('blanking (sg.blank_point, sg.blank_cell, sg.copy_structure)', () => {
    const g = grid(3, 3, 1);
    g.BlankPoint(4);
    expect([g.IsPointVisible(4), [0, 1, 2, 3].map((c) => g.IsCellVisible(c)), g.HasAnyBlankPoints(), g.HasAnyBlankCells(), g.GetCellType(0), g.GetCellSize(0)])
      .toEqual([0, [0, 0, 0, 0], true, true, 0, 0]);
    g.UnBlankPoint(4);
    g.BlankCell(2);
    expect([[0, 1, 2, 3].map((c) => g.IsCellVisible(c)), g.HasAnyBlankCells(), g.HasAnyBlankPoints(), g.GetCellGhostArray().GetValue(2)])
      .toEqual([[1, 1, 0, 1], true, false, 32]);
    const h = new vb.vtkStructuredGrid();
    h.CopyStructure(g);
    expect([h.GetExtent(), h.IsCellVisible(2), h.GetPoints()._ptr() === g.GetPoints()._ptr()]).toEqual([[0, 2, 0, 2, 0, 0], 0, true]);
    expect(() => g.BlankPoint(9)).toThrow(RangeError);
    const d = new vb.vtkStructuredGrid();
    d.DeepCopy(g);
    expect([d.GetNumberOfPoints(), d.IsCellVisible(2), d.GetExtent()]).toEqual([9, 0, [0, 2, 0, 2, 0, 0]]);
    d.Initialize();
    expect([d.GetDimensions(), d.GetPoints()]).toEqual([[0, 0, 0], null]);
    for (const o of [g, h, d]) o.delete();
  });
});

describe('vtkTable', () => {
  function table() {
    const t = new vb.vtkTable();
    t.AddColumn(col(vb.vtkIntArray, 'i', [1, 2, 3]));
    t.AddColumn(col(vb.vtkDoubleArray, 'd', [0.5, 1.5, 2.5]));
    t.AddColumn(col(vb.vtkFloatArray, 'v', [1, 2, 3, 4, 5, 6], 2));
    return t;
  }
  test('columns and values (tb.columns, tb.values, tb.value_missing)', () => {
    const t = table();
    expect([t.GetNumberOfRows(), t.GetNumberOfColumns(), t.GetColumnName(1), t.GetColumnName(5), t.GetColumnIndex('v'), t.GetColumnIndex('zz'), t.GetDataObjectType()])
      .toEqual([3, 3, 'd', null, 2, -1, 19]);
    expect([t.GetValue(1, 0), t.GetValue(2, 1), t.GetValue(1, 2), t.GetValue(3, 0), t.GetValue(0, 5), t.GetValueByName(2, 'd')])
      .toEqual([2, 2.5, [3, 4], null, null, 2.5]);
    t.AddColumn(col(vb.vtkIntArray, 'x', [1, 2])); // another row count: not added
    expect(t.GetNumberOfColumns()).toBe(3);
    expect([t.GetNumberOfElements(vb.vtkDataObject.ROW), t.GetAttributes(vb.vtkDataObject.ROW).GetNumberOfArrays()]).toEqual([3, 3]);
  });
  test('SetValue, blank rows, rows (tb.set_value, tb.blank_row, tb.set_rows)', () => {
    const t = table();
    t.SetValue(0, 0, 42);
    t.SetValue(1, 0, 3.7);
    t.SetValueByName(2, 'd', 9);
    t.SetValue(0, 2, [8, 9]);
    expect(() => t.SetValue(1, 2, 5)).toThrow(TypeError); // a number into a 2-component column
    expect([[0, 1, 2].map((r) => t.GetValue(r, 0)), t.GetValue(2, 1), t.GetValue(0, 2), t.GetValue(1, 2)]).toEqual([[42, 3, 3], 9, [8, 9], [3, 4]]);
    expect(() => t.SetValue(3, 0, 1)).toThrow(RangeError); // VTK writes past the column
    expect([t.InsertNextBlankRow(), t.InsertNextBlankRow(-1.5), t.GetValue(4, 0), t.GetValue(4, 1), t.GetValue(4, 2)]).toEqual([3, 4, -1, -1.5, [-1.5, -1.5]]);
    t.SetNumberOfRows(2);
    expect([t.GetNumberOfRows(), t.GetColumn(2).GetNumberOfTuples()]).toEqual([2, 2]);
    const u = new vb.vtkTable(), a = col(vb.vtkIntArray, 'i', [1, 2, 3]); // tb.insert_rows, tb.remove_rows
    u.AddColumn(a);
    u.InsertRow(1);
    expect([0, 1, 2, 3].map((r) => u.GetValue(r, 0))).toEqual([1, 2, 2, 3]);
    u.RemoveRows(0, 2);
    expect([0, 1].map((r) => u.GetValue(r, 0))).toEqual([2, 3]);
    u.RemoveAllRows();
    expect([u.GetNumberOfRows(), u.GetNumberOfColumns()]).toEqual([0, 1]);
  });
  test('copies and column edits (tb.deep_copy, tb.insert_column, tb.remove_column)', () => {
    const t = table(), u = new vb.vtkTable(), rd = u.GetRowData();
    u.DeepCopy(t);
    expect([u.GetRowData()._ptr() === rd._ptr(), u.GetColumn(0)._ptr() === t.GetColumn(0)._ptr(), u.GetValue(2, 1)]).toEqual([true, false, 2.5]);
    u.ShallowCopy(t);
    expect(u.GetColumn(0)._ptr() === t.GetColumn(0)._ptr()).toBe(true);
    t.InsertColumn(col(vb.vtkIntArray, 'x', [7, 8, 9]), 1);
    t.InsertColumn(col(vb.vtkIntArray, 'y', [4, 5, 6]), -3);
    expect(Array.from({ length: t.GetNumberOfColumns() }, (_, i) => t.GetColumnName(i))).toEqual(['y', 'i', 'x', 'd', 'v']);
    t.RemoveColumn(0);
    t.RemoveColumnByName('v');
    expect([t.GetNumberOfColumns(), t.GetColumnName(0)]).toEqual([3, 'i']);
    t.Initialize();
    expect([t.GetNumberOfColumns(), t.GetNumberOfRows()]).toEqual([0, 0]);
    expect(() => t.SetRowData(null)).toThrow(TypeError);
  });
});

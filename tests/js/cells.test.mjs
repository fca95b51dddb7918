// Cells, vtkCellTypes and vtkUnstructuredGrid in JS (js/cells.mjs, js/ugrid.mjs): the
// same names as Python; VTK 9.7.1's values are compared by tests/conformance (the
// core is shared), here the JS layer: classes, constants, errors, lifetime.
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

const FACES = [[0, 2, 3, 1], [4, 5, 7, 6], [0, 1, 5, 4], [1, 3, 7, 5], [3, 2, 6, 7], [2, 0, 4, 6]];
const STREAM = FACES.flatMap((f) => [f.length, ...f]);
const cube = () => new Float64Array([0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => [k & 1, (k >> 1) & 1, (k >> 2) & 1]));

describe('cells', () => {
  test('a class per cell type, from the core', () => {
    const t = new vb.vtkTetra();
    expect([t.GetClassName(), t.GetNumberOfPoints(), t.GetNumberOfEdges(), t.GetNumberOfFaces()]).toEqual(['vtkTetra', 4, 6, 4]);
    expect(t instanceof vb.vtkCell3D && t instanceof vb.vtkCell).toBe(true);
    expect(new vb.vtkTriangle() instanceof vb.vtkCell3D).toBe(false);
    expect(t.GetFace(0).GetClassName()).toBe('vtkTriangle');
    expect(() => new vb.vtkCell()).toThrow(TypeError);
    expect(() => t.GetEdge(6)).toThrow(RangeError);
    expect(() => t.GetPointId(4)).toThrow(RangeError);
    expect(() => t.DeepCopy({})).toThrow(TypeError);
    expect(vb.vtkTetra.name).toBe('vtkTetra');
    t.delete();
  });
  test('VTK_* cell types and vtkCellTypes statics', () => {
    expect([vb.VTK_TETRA, vb.VTK_HEXAHEDRON, vb.VTK_POLYHEDRON, vb.VTK_NUMBER_OF_CELL_TYPES]).toEqual([10, 12, 42, 82]);
    expect(vb.vtkCellTypes.GetClassNameFromTypeId(24)).toBe('vtkQuadraticTetra');
    expect(vb.vtkCellTypes.GetTypeIdFromClassName('vtkWedge')).toBe(13);
    expect(() => vb.vtkCellTypes.IsLinear(256)).toThrow(RangeError);
  });
  test('generic cell', () => {
    const g = new vb.vtkGenericCell();
    g.SetCellType(vb.VTK_WEDGE);
    expect([g.GetClassName(), g.GetNumberOfPoints(), g.GetNumberOfFaces()]).toEqual(['vtkGenericCell', 6, 5]);
    expect(() => g.SetCellType(30)).toThrow(TypeError);
    expect(new vb.vtkTetra().SetCellType).toBeUndefined();
    g.delete();
  });
});

describe('vtkUnstructuredGrid', () => {
  test('from typed arrays, one copy each', () => {
    const objects = vb.liveObjects();
    const types = new Uint8Array([vb.VTK_TETRA, vb.VTK_TRIANGLE]);
    const g = new vb.vtkUnstructuredGrid({ points: cube(), offsets: new BigInt64Array([0n, 4n, 7n]),
      connectivity: new Int32Array([0, 1, 2, 4, 1, 3, 7]), types });
    types[0] = 0; // copied
    expect([g.GetNumberOfCells(), g.GetNumberOfPoints(), g.GetCellType(0), g.GetCellType(1)]).toEqual([2, 8, 10, 5]);
    const c = g.GetCell(0), cp = c.GetPoints();
    expect([c.GetClassName(), cp.GetPoint(3)]).toEqual(['vtkTetra', [0, 0, 1]]);
    cp.delete();
    expect(g.IsHomogeneous()).toBe(0);
    const d = g.GetDistinctCellTypesArray();
    expect([d.GetNumberOfValues(), d.GetValue(0), d.GetValue(1)]).toEqual([2, 5, 10]);
    for (const o of [d, c, g]) o.delete();
    expect(vb.liveObjects()).toBe(objects);
    expect(() => new vb.vtkUnstructuredGrid({ offsets: [0] })).toThrow(TypeError);
    expect(vb.liveObjects()).toBe(objects);
  });
  test('polyhedra: face streams, faces, GetCell', () => {
    const g = new vb.vtkUnstructuredGrid({ points: cube() });
    expect(g.InsertNextCell(vb.VTK_LINE, 2, [0, 7])).toBe(0);
    expect(g.InsertNextCell(vb.VTK_POLYHEDRON, 6, STREAM)).toBe(1);
    expect(g.InsertNextCell(vb.VTK_POLYHEDRON, 8, [0, 1, 2, 3, 4, 5, 6, 7], 6, STREAM)).toBe(2);
    const c = g.GetCell(1);
    expect([c.GetClassName(), c.GetNumberOfFaces(), c.GetNumberOfEdges(), c.GetFace(0).GetClassName()]).toEqual(['vtkPolyhedron', 6, 12, 'vtkPolygon']);
    expect(g.GetFaceStream(2)).toEqual([6, ...STREAM]);
    expect(g.GetPolyhedronFaces().GetNumberOfCells()).toBe(12);
    const loc = g.GetPolyhedronFaceLocations();
    expect([loc.GetCellSize(0), loc.GetCellSize(1)]).toEqual([0, 6]);
    expect(g.GetPointCells(7)).toEqual([0, 1, 2]);
    for (const o of [loc, c, g]) o.delete();
  });
  test('bad input leaves the grid unchanged', () => {
    const g = new vb.vtkUnstructuredGrid({ points: cube() });
    g.InsertNextCell(vb.VTK_TETRA, 4, [0, 1, 2, 4]);
    expect(() => g.InsertNextCell(vb.VTK_TETRA, 4, [0, 1])).toThrow(TypeError);
    expect(() => g.InsertNextCell(300, 1, [0])).toThrow(RangeError);
    expect(() => g.InsertNextCell(vb.VTK_POLYHEDRON, 2, [3, 0, 1])).toThrow(TypeError);
    expect(() => g.InsertNextCell(vb.VTK_LINE, [0, 1])).toThrow(TypeError);
    expect(() => g.GetCellType(1)).toThrow(RangeError);
    expect([g.GetNumberOfCells(), g.GetPolyhedronFaces()]).toEqual([1, null]);
    g.delete();
  });
  test('GetCell on polydata, GetDistinctCellTypes', () => {
    const pd = new vb.vtkPolyData();
    const p = new vb.vtkPoints(cube());
    pd.SetPoints(p);
    pd.InsertNextCell(vb.VTK_QUAD, 4, [0, 1, 3, 2]);
    pd.InsertNextCell(vb.VTK_LINE, 2, [0, 7]);
    const g = new vb.vtkGenericCell();
    expect(pd.GetCell(0, g)).toBeUndefined();
    expect([g.GetCellType(), g.GetBounds()]).toEqual([9, [0, 1, 0, 1, 0, 0]]);
    const t = new vb.vtkTetra();
    expect(() => pd.GetCell(0, t)).toThrow(TypeError);
    expect(t.GetNumberOfPoints()).toBe(4);
    const ct = new vb.vtkCellTypes();
    pd.GetDistinctCellTypes(ct);
    expect([ct.GetNumberOfTypes(), ct.GetCellType(0), ct.GetCellType(1)]).toEqual([2, 3, 9]);
    for (const o of [ct, t, g, p, pd]) o.delete();
  });
});

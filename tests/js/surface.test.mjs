// vtkGeometryFilter / vtkDataSetSurfaceFilter in JS against VTK 9.7.1: the corpus of
// tests/data/surface_ref.json (tools/gen_surface_reference.py), built in vtkbuf as the
// generator built it in VTK; the same points, cells (by original point ids), original
// ids and arrays, in the same order (vtkDataSetSurfaceFilter: of image, rectilinear and
// structured grids exactly VTK's output, coordinates included; of unstructured grids ids
// as sets where VTK's output has vtkGeometryFilter's cells, else vtkGeometryFilter's
// output; docs/contract.md).
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import createVtkBuf from '../../js/index.mjs';

const REF = JSON.parse(readFileSync(new URL('../data/surface_ref.json', import.meta.url), 'utf8'));
const KINDS = ['verts', 'lines', 'polys', 'strips'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function points(xyz) {
  const p = new vb.vtkPoints();
  for (const x of xyz) p.InsertNextPoint(...x);
  return p;
}
function fill(attrs, specs = []) {
  for (const s of specs) {
    const a = new vb[s.class]();
    a.SetName(s.name);
    a.SetNumberOfComponents(s.components);
    for (const v of s.values) a.InsertNextValue(v);
    if (s.attribute) attrs[`Set${s.attribute}`](a);
    else attrs.AddArray(a);
  }
}
function shape(d, r) {
  if (r.extent) d.SetExtent(...r.extent);
  else d.SetDimensions(...(r.dims ?? r.coords.map((c) => c.length)));
}
function build(r) {
  let d;
  if (r.kind === 'ug') {
    d = new vb.vtkUnstructuredGrid();
    d.SetPoints(points(r.points));
    for (const c of r.cells) {
      if (c[0] === 42) d.InsertNextCell(42, c[1].length, c[1], c[2].length, c[2].flatMap((f) => [f.length, ...f]));
      else d.InsertNextCell(c[0], c[1].length, c[1]);
    }
  } else if (r.kind === 'image') {
    d = new vb.vtkImageData();
    shape(d, r);
  } else if (r.kind === 'rect') {
    d = new vb.vtkRectilinearGrid();
    shape(d, r);
    ['X', 'Y', 'Z'].forEach((X, k) => {
      const a = new vb[r.coord_class ?? 'vtkDoubleArray']();
      for (const v of r.coords[k]) a.InsertNextValue(v);
      d[`Set${X}Coordinates`](a);
    });
  } else if (r.kind === 'sg') {
    d = new vb.vtkStructuredGrid();
    shape(d, r);
    d.SetPoints(points(r.points));
    for (const i of r.blank_points ?? []) d.BlankPoint(i);
    for (const i of r.blank_cells ?? []) d.BlankCell(i);
    if (r.ghost_cells) { // a vtkGhostType cell array: {cell id: ghost bits}
      const g = new vb.vtkUnsignedCharArray();
      g.SetName('vtkGhostType');
      for (let i = 0; i < d.GetNumberOfCells(); i++) g.InsertNextValue(r.ghost_cells[i] ?? 0);
      d.GetCellData().AddArray(g);
    }
  } else {
    d = new vb.vtkPolyData();
    d.SetPoints(points(r.points));
    for (const k of KINDS) {
      const ca = new vb.vtkCellArray();
      for (const c of r[k] ?? []) ca.InsertNextCell(c);
      d[`Set${cap(k)}`](ca);
    }
  }
  fill(d.GetPointData(), r.point_arrays);
  fill(d.GetCellData(), r.cell_arrays);
  return d;
}
function run(Cls, data) {
  const f = new Cls();
  f.SetInputData(data);
  f.PassThroughPointIdsOn();
  f.PassThroughCellIdsOn();
  f.Update();
  const o = f.GetOutput(), pd = o.GetPointData(), cd = o.GetCellData();
  const ids = (at, name, n) => { const a = at.GetArray(name); return a ? Array.from({ length: n }, (_, i) => Number(a.GetValue(i))) : null; };
  const np = Number(o.GetNumberOfPoints()), nc = Number(o.GetNumberOfCells());
  const pids = ids(pd, 'vtkOriginalPointIds', np), cids = ids(cd, 'vtkOriginalCellIds', nc);
  const byKind = {};
  for (const k of KINDS) {
    const ca = o[`Get${cap(k)}`]();
    byKind[k] = Array.from({ length: Number(ca.GetNumberOfCells()) }, (_, c) => ca.GetCell(c).map((p) => (pids ? pids[p] : p)));
  }
  const arrays = {};
  for (const [at, tag] of [[pd, 'point'], [cd, 'cell']]) {
    for (let i = 0; i < at.GetNumberOfArrays(); i++) {
      const a = at.GetArray(i), n = Number(a.GetNumberOfTuples()), m = a.GetNumberOfComponents();
      arrays[`${tag}/${a.GetName()}`] = Array.from({ length: n * m }, (_, v) => Number(a.GetComponent(Math.floor(v / m), v % m)));
    }
  }
  const pts = o.GetPoints();
  const coords = Array.from({ length: np }, (_, i) => pts.GetPoint(i)).flat();
  const pointType = pts ? pts.GetDataType() : null;
  const active = {};
  for (const [at, tag] of [[pd, 'point'], [cd, 'cell']]) active[tag] = [0, 2, 5].map((k) => at.GetAttribute(k)?.GetName() ?? null);
  return { points: np, cells: nc, coords, active, point_type: pointType, point_ids: pids, cell_ids: cids, by_kind: byKind, arrays };
}
const kindCounts = (r) => Object.fromEntries(KINDS.map((k) => [k, r.by_kind[k].length]));
function same(got, want) {
  expect([got.points, got.cells]).toEqual([want.points, want.cells]);
  expect(got.point_ids).toEqual(want.point_ids);
  expect(got.cell_ids).toEqual(want.cell_ids);
  expect(got.by_kind).toEqual(want.by_kind);
  expect(Object.keys(got.arrays).sort()).toEqual(Object.keys(want.arrays).sort());
  for (const k of Object.keys(got.arrays)) {
    got.arrays[k].forEach((v, i) => expect(v).toBeCloseTo(want.arrays[k][i], 5));
  }
}

function sameStructured(got, want) {
  same(got, want);
  expect(got.point_type).toBe(want.point_type);
  expect(got.active).toEqual(want.active);
  expect(got.coords.length).toBe(want.coords.length);
  got.coords.forEach((v, i) => expect(v).toBeCloseTo(want.coords[i], 5));
}

describe('surface filters match VTK 9.7.1', () => {
  test.each(REF.cases.map((c) => [c.name, c]))('vtkGeometryFilter %s', (_, c) => {
    same(run(vb.vtkGeometryFilter, build(c.recipe)), c.geometry);
  });
  // seeded random 3-D structured grids with hidden cells and points, duplicate and refined cell ghosts
  test.each(REF.random_blanked.map((c) => [c.name, c]))('vtkGeometryFilter %s', (_, c) => {
    same(run(vb.vtkGeometryFilter, build(c.recipe)), c.geometry);
  });
  test.each(REF.cases.map((c) => [c.name, c]))('vtkDataSetSurfaceFilter %s', (_, c) => {
    const got = run(vb.vtkDataSetSurfaceFilter, build(c.recipe)), want = c.dataset_surface, gf = c.geometry;
    if (['image', 'rect', 'sg', 'poly'].includes(c.recipe.kind)) {
      sameStructured(got, want);
    } else if (want.point_ids !== null && want.points === gf.points && want.cells === gf.cells &&
        JSON.stringify(kindCounts(want)) === JSON.stringify(kindCounts(gf))) {
      expect([got.points, got.cells]).toEqual([want.points, want.cells]);
      expect([...got.point_ids].sort((a, b) => a - b)).toEqual([...want.point_ids].sort((a, b) => a - b));
      expect([...got.cell_ids].sort((a, b) => a - b)).toEqual([...want.cell_ids].sort((a, b) => a - b));
    } else {
      same(got, gf); // a documented difference: vtkGeometryFilter's surface
    }
  });
  // seeded random extents (off the origin, flat, 1-D, 0-D), blanked cells and points
  test.each(REF.random_structured.map((c) => [c.name, c]))('vtkDataSetSurfaceFilter %s', (_, c) => {
    sameStructured(run(vb.vtkDataSetSurfaceFilter, build(c.recipe)), c.dataset_surface);
  });
});

test('API and bad input', () => {
  const f = new vb.vtkGeometryFilter();
  expect(f.GetPassThroughCellIds()).toBe(0);
  expect(f.GetInput()).toBe(null);
  expect(() => f.Update()).toThrow(TypeError); // no input
  expect(() => f.SetInputData(3)).toThrow(TypeError);
  const g = new vb.vtkImageData();
  g.SetDimensions(2, 2, 2);
  f.SetInputData(g);
  const out = f.GetOutput();
  f.Update();
  expect(Number(out.GetNumberOfPolys())).toBe(6);
  expect(out.GetPointData().GetArray('vtkOriginalPointIds')).toBe(null);
  expect(f.GetInput()).toBe(g);
  expect(new vb.vtkDataSetSurfaceFilter().GetClassName()).toBe('vtkDataSetSurfaceFilter');
  f.delete(); g.delete(); out.delete();
});

// Data objects (vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData,
// vtkSphereSource). The sphere is compared with the output of the real VTK 9.7.1
// (tests/data/sphere_ref.json, made by tools/gen_sphere_reference.py --json, shared with
// the Python tests).
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { collectUntil, GC_TIMEOUT } from './helpers.mjs';

const RAW = JSON.parse(readFileSync(new URL('../data/sphere_ref.json', import.meta.url), 'utf8'));
// The shared file nests points as [x, y, z] rows; the JS checks want flat arrays.
const REF = {
  vtkVersion: RAW.vtk_version,
  generatedBy: RAW.generated_by,
  cases: RAW.cases.map((c) => ({
    name: c.name, params: c.params, got: c.got, pointsType: c.points_type,
    numberOfPoints: c.npoints, numberOfPolys: c.npolys, bounds: c.bounds,
    offsets: c.offsets, connectivity: c.connectivity,
    points: c.points.flat(), normals: c.normals === null ? null : c.normals.flat(),
  })),
};
const CASE = Object.fromEntries(REF.cases.map((c) => [c.name, c]));

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

/** A sphere source with VTK's setters applied in the reference's order. */
function sphereFor(ref) {
  const s = new vb.vtkSphereSource();
  for (const [k, v] of Object.entries(ref.params)) {
    if (Array.isArray(v)) s[`Set${k}`](...v); else s[`Set${k}`](v);
  }
  return s;
}

/** Every element equal within rel * scale (scale: the largest reference magnitude). */
function expectClose(got, want, rel, what) {
  expect(got.length).toBe(want.length);
  const scale = Math.max(1e-300, ...want.map(Math.abs));
  let worst = 0, at = -1;
  for (let k = 0; k < want.length; k++) {
    const d = Math.abs(got[k] - want[k]);
    if (Number.isNaN(d) || d > worst) { worst = Number.isNaN(d) ? Infinity : d; at = k; }
  }
  if (!(worst <= rel * scale)) throw new Error(`${what}: element ${at} is ${got[at]}, VTK has ${want[at]}`);
}

describe('vtkSphereSource vs VTK 9.7.1', () => {
  test('the reference really comes from VTK 9.7.1', () => {
    expect(REF.vtkVersion).toBe('9.7.1');
    expect(REF.generatedBy).toMatch(/^VTK 9\.7\.1 via tools\/gen_sphere_reference\.py/);
    for (const name of ['defaults', 'res3x3', 'res16x12_theta30_270', 'latlong_10x7', 'double_7x9']) {
      expect(CASE[name]).toBeDefined();
    }
    expect(CASE.defaults.numberOfPoints).toBe(50);
    expect(CASE.defaults.numberOfPolys).toBe(96);
  });

  test.each(REF.cases.map((c) => [c.name, c]))('%s: same parameters, points, normals and cells as VTK', (name, ref) => {
    const s = sphereFor(ref);
    // VTK's getters after its setters (clamping included)
    for (const [k, v] of Object.entries(ref.got)) expect([k, s[`Get${k}`]()]).toEqual([k, v]);
    s.Update();
    const out = s.GetOutput();
    expect(out.GetNumberOfPoints()).toBe(ref.numberOfPoints);
    expect(out.GetNumberOfPolys()).toBe(ref.numberOfPolys);
    expect(out.GetNumberOfCells()).toBe(ref.numberOfPolys);
    expect([out.GetNumberOfVerts(), out.GetNumberOfLines(), out.GetNumberOfStrips()]).toEqual([0, 0, 0]);

    const pts = out.GetPoints();
    expect(pts.GetDataType()).toBe(ref.pointsType);
    const data = pts.GetData();
    expect(data.GetName()).toBe('Points');
    expect(data.GetNumberOfComponents()).toBe(3);
    const xyz = data.view();
    if (ref.pointsType === vb.VTK_FLOAT) {
      expect(xyz).toBeInstanceOf(Float32Array);
      // VTK computes in double and stores float: the floats agree to 1e-6 relative
      expectClose(xyz, ref.points.map(Math.fround), 1e-6, `${name} points`);
    } else {
      expect(xyz).toBeInstanceOf(Float64Array);
      // libm of wasm differs from glibc by ~1 ulp (docs/data-objects.md)
      expectClose(xyz, ref.points, 1e-14, `${name} points`);
    }
    expectClose(pts.GetPoint(ref.numberOfPoints - 1), ref.points.slice(-3), 1e-6, `${name} GetPoint`);
    expectClose(out.GetBounds(), ref.bounds, 1e-6, `${name} bounds`);

    const polys = out.GetPolys();
    expect(polys.GetNumberOfCells()).toBe(ref.numberOfPolys);
    expect(Array.from(polys.GetOffsetsArray().view(), Number)).toEqual(ref.offsets);
    expect(Array.from(polys.GetConnectivityArray().view(), Number)).toEqual(ref.connectivity);
    const last = ref.numberOfPolys - 1;
    expect(polys.GetCell(last)).toEqual(ref.connectivity.slice(ref.offsets[last], ref.offsets[last + 1]));

    const pd = out.GetPointData();
    const normals = pd.GetNormals();
    if (ref.normals === null) {
      expect(normals).toBeNull();
      expect(pd.GetNumberOfArrays()).toBe(0);
    } else {
      expect(normals.GetName()).toBe('Normals');
      expect(normals.GetNumberOfComponents()).toBe(3);
      expect(normals.view()).toBeInstanceOf(Float32Array);
      expectClose(normals.view(), ref.normals.map(Math.fround), 1e-6, `${name} normals`);
      expect(pd.GetArray('Normals').IsSame(normals)).toBe(true);
    }
    expect(out.GetCellData().GetNumberOfArrays()).toBe(0);
    for (const o of [normals, pd, polys, data, pts, out, s]) o?.delete();
  });

  test('GetPoints().GetData().view() gives the 150 coordinates of the default sphere', () => {
    const s = new vb.vtkSphereSource();
    s.Update();
    const v = s.GetOutput().GetPoints().GetData().view();
    expect(v).toBeInstanceOf(Float32Array);
    expect(v.length).toBe(150);
    expectClose(v, CASE.defaults.points.map(Math.fround), 1e-6, 'default points');
    expect([v[0], v[1], v[2]]).toEqual([0, 0, 0.5]); // north pole, as VTK
    s.delete();
  });

  test('Update regenerates only after a change; the output object is stable, old arrays stay valid', () => {
    const s = new vb.vtkSphereSource();
    s.Update();
    const out1 = s.GetOutput();
    const pts1 = out1.GetPoints().GetData();
    const before = pts1.toArray();
    s.Update();
    expect(s.GetOutput().GetPoints().GetData().IsSame(pts1)).toBe(true); // nothing changed
    s.SetThetaResolution(3); s.SetPhiResolution(3);
    s.Update();
    const out2 = s.GetOutput();
    expect(out2.IsSame(out1)).toBe(true);
    expect(out2.GetNumberOfPoints()).toBe(CASE.res3x3.numberOfPoints);
    expect(out2.GetPoints().GetData().IsSame(pts1)).toBe(false);
    expect(pts1.toArray()).toEqual(before); // the earlier points, still held and unchanged
    s.delete();
    expect(out1.GetNumberOfPoints()).toBe(CASE.res3x3.numberOfPoints); // output outlives source
    for (const o of [out1, out2, pts1]) o.delete();
  });

  test('LatLongTessellationOn/Off, GenerateNormalsOn/Off, SetCenter([x,y,z])', () => {
    const s = new vb.vtkSphereSource();
    s.LatLongTessellationOn();
    expect(s.GetLatLongTessellation()).toBe(1);
    s.LatLongTessellationOff();
    expect(s.GetLatLongTessellation()).toBe(0);
    s.GenerateNormalsOff();
    s.SetCenter([1, -2, 3]);
    expect(s.GetCenter()).toEqual([1, -2, 3]);
    s.SetCenter(0.5, 0, 0);
    s.Update();
    const out = s.GetOutput();
    expect(out.GetPointData().GetNormals()).toBeNull();
    expect(out.GetBounds()[0]).toBeCloseTo(0.5 - CASE.defaults.bounds[1], 6);
    s.delete(); out.delete();
  });
});

describe('vtkSphereSource bad input', () => {
  test('resolutions are clamped as VTK 9.7.1 (negative and below minimum -> 3)', () => {
    const ref = CASE.clamped_neg_res;
    expect(ref.params.ThetaResolution).toBeLessThan(0);
    expect(ref.params.PhiResolution).toBeLessThan(3);
    const s = new vb.vtkSphereSource();
    s.SetThetaResolution(ref.params.ThetaResolution);
    s.SetPhiResolution(ref.params.PhiResolution);
    s.SetRadius(ref.params.Radius);
    expect([s.GetThetaResolution(), s.GetPhiResolution(), s.GetRadius()])
      .toEqual([ref.got.ThetaResolution, ref.got.PhiResolution, ref.got.Radius]);
    s.SetThetaResolution(-2147483648);
    expect(s.GetThetaResolution()).toBe(3);
    s.delete();
  });

  test('non-finite radius, center or angle: RangeError, value unchanged (the core refuses it)', () => {
    const s = new vb.vtkSphereSource();
    s.SetRadius(2);
    s.SetCenter(1, 2, 3);
    s.SetStartPhi(10);
    const mtime = s.GetMTime();
    for (const r of [NaN, Infinity, -Infinity]) expect(() => s.SetRadius(r)).toThrow(RangeError);
    expect(() => s.SetRadius(NaN)).toThrow(/finite/);
    expect(() => s.SetCenter(NaN, 0, 0)).toThrow(RangeError);
    expect(() => s.SetCenter([0, Infinity, 0])).toThrow(RangeError);
    expect(() => s.SetStartPhi(NaN)).toThrow(RangeError);
    expect(() => s.SetEndTheta(NaN)).toThrow(RangeError);
    expect(s.GetRadius()).toBe(2);
    expect(s.GetCenter()).toEqual([1, 2, 3]);
    expect(s.GetStartPhi()).toBe(10);
    expect(s.GetMTime()).toBe(mtime);
    // infinite angles are clamped to [0, 360] (as VTK)
    s.SetEndTheta(Infinity);
    expect(s.GetEndTheta()).toBe(360);
    s.SetStartTheta(-Infinity);
    expect(s.GetStartTheta()).toBe(0);
    s.delete();
  });

  test('wrong types and counts: TypeError; ints too large for C: RangeError', () => {
    const s = new vb.vtkSphereSource();
    expect(() => s.SetRadius('1')).toThrow(TypeError);
    expect(() => s.SetThetaResolution(2.5)).toThrow(TypeError);
    expect(() => s.SetPhiResolution(10n)).toThrow(TypeError);
    expect(() => s.SetThetaResolution(1e10)).toThrow(RangeError);
    expect(() => s.SetCenter(1, 2)).toThrow(TypeError);
    expect(() => s.SetCenter([1, 2, '3'])).toThrow(TypeError);
    expect(() => s.SetRadius()).toThrow(TypeError);
    expect(() => s.SetLatLongTessellation('yes')).toThrow(TypeError);
    expect([s.GetThetaResolution(), s.GetPhiResolution(), s.GetRadius(), s.GetLatLongTessellation()])
      .toEqual([8, 8, 0.5, 0]);
    s.SetGenerateNormals(false);
    expect(s.GetGenerateNormals()).toBe(0);
    s.delete();
  });
});

describe('vtkPoints', () => {
  test('insert, get, set, bounds, data type', () => {
    const p = new vb.vtkPoints();
    expect(p.GetDataType()).toBe(vb.VTK_FLOAT);
    expect(p.GetNumberOfPoints()).toBe(0);
    expect(p.GetBounds()).toEqual([1e299, -1e299, 1e299, -1e299, 1e299, -1e299]); // VTK 9.7.1: no points
    expect(p.InsertNextPoint(1, 2, 3)).toBe(0);
    expect(p.InsertNextPoint([4, -5, 6.5])).toBe(1);
    expect(p.GetPoint(1)).toEqual([4, -5, 6.5]);
    p.SetPoint(0, [0.5, 0, -1]);
    expect(p.GetPoint(0)).toEqual([0.5, 0, -1]);
    expect(p.GetBounds()).toEqual([0.5, 4, -5, 0, -1, 6.5]);
    expect(Array.from(p.GetData().view())).toEqual([0.5, 0, -1, 4, -5, 6.5]);
    p.SetNumberOfPoints(4);
    expect(p.GetPoint(3)).toEqual([0, 0, 0]);
    p.SetDataTypeToDouble();
    expect(p.GetDataType()).toBe(vb.VTK_DOUBLE);
    expect(p.GetData().view()).toBeInstanceOf(Float64Array);
    expect(p.GetNumberOfPoints()).toBe(0); // VTK: a new type is a new empty array
    p.SetDataType('float32');
    expect(p.GetData().dtype).toBe('float32');
    expect(new vb.vtkPoints(vb.VTK_DOUBLE).GetDataType()).toBe(vb.VTK_DOUBLE);
    expect(new vb.vtkPoints('float64').GetData().GetClassName()).toBe('vtkDoubleArray');
    p.delete();
  });

  test('bad input: TypeError / RangeError, points unchanged', () => {
    const p = new vb.vtkPoints();
    p.InsertNextPoint(1, 2, 3);
    expect(() => p.GetPoint(1)).toThrow(RangeError);
    expect(() => p.GetPoint(-1)).toThrow(RangeError);
    expect(() => p.SetPoint(5, 0, 0, 0)).toThrow(RangeError);
    expect(() => p.GetPoint(0.5)).toThrow(TypeError);
    expect(() => p.InsertNextPoint(1, 2)).toThrow(TypeError);
    expect(() => p.InsertNextPoint([1, 2, 3, 4])).toThrow(TypeError);
    expect(() => p.InsertNextPoint('1', 2, 3)).toThrow(TypeError);
    expect(() => p.SetDataType('complex')).toThrow(TypeError);
    expect(() => p.SetDataType(999)).toThrow(TypeError);
    expect(() => new vb.vtkPoints({ dtype: 'float32' })).toThrow(TypeError);
    const two = new vb.vtkFloatArray();
    two.SetNumberOfComponents(2);
    const data = p.GetData();
    expect(() => p.SetData(two)).toThrow(TypeError);
    expect(() => p.SetData(new Float32Array(3))).toThrow(TypeError);
    expect(p.GetData().IsSame(data)).toBe(true);
    expect(p.GetNumberOfPoints()).toBe(1);
    expect(p.GetPoint(0)).toEqual([1, 2, 3]);
    for (const o of [two, data, p]) o.delete();
  });

  test('SetData shares the array; an unnamed array is named "Points"', () => {
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfComponents(3);
    a.InsertNextTuple([7, 8, 9]);
    const p = new vb.vtkPoints();
    p.SetData(a);
    expect(p.GetDataType()).toBe(vb.VTK_DOUBLE);
    expect(a.GetName()).toBe('Points');
    a.SetValue(0, 70);
    expect(p.GetPoint(0)).toEqual([70, 8, 9]);
    p.delete();
    expect(a.GetTuple(0)).toEqual([70, 8, 9]); // a holds its own reference
    a.delete();
  });

  test('a safe view of the points data goes stale after InsertNextPoint past capacity; a fresh one sees the point', () => {
    const p = new vb.vtkPoints();
    p.InsertNextPoint(1, 2, 3);
    const data = p.GetData();
    const d = data.getData();
    expect(d.get(2)).toBe(3);
    const events = [];
    data.AddObserver('BufferChangedEvent', (caller, ev) => events.push([caller === data, ev]));
    // fill the capacity first: no reallocation, no event, the view stays valid
    while (p.GetNumberOfPoints() * 3 < data.GetSize()) p.InsertNextPoint(0, 0, 0);
    expect(events).toEqual([]);
    expect(d.stale).toBe(false);
    const id = p.InsertNextPoint(4, 5, 6); // past capacity: reallocation
    expect(events).toEqual([[true, 'BufferChangedEvent']]);
    expect(() => d.get(0)).toThrow(StaleViewError);
    const fresh = data.getData();
    expect([fresh.get(3 * id), fresh.get(3 * id + 1), fresh.get(3 * id + 2)]).toEqual([4, 5, 6]);
    expect(fresh.get(0)).toBe(1);
    // a wrapper obtained later sees the same array and the same storage
    expect(Array.from(p.GetData().view().subarray(3 * id))).toEqual([4, 5, 6]);
    for (const o of [d, fresh]) o.release();
    data.delete(); p.delete();
  });
});

describe('vtkCellArray', () => {
  test('InsertNextCell refuses negative point ids (core: ERANGE), cell array unchanged', () => {
    const ca = new vb.vtkCellArray();
    ca.InsertNextCell([0, 1, 2]);
    expect(() => ca.InsertNextCell([0, -1, 2])).toThrow(RangeError);
    expect(() => ca.InsertNextCell([0, -1n])).toThrow(/negative point id/);
    expect(ca.GetNumberOfCells()).toBe(1);
    expect(ca.GetNumberOfConnectivityIds()).toBe(3);
    expect(() => ca.InsertNextCell([2n ** 63n])).toThrow(RangeError);
    ca.delete();
  });

  test('InsertNextCell forms, GetCell, GetCellSize, offsets and connectivity', () => {
    const ca = new vb.vtkCellArray();
    expect(ca.GetNumberOfCells()).toBe(0);
    expect(Array.from(ca.GetOffsetsArray().view())).toEqual([0n]);
    expect(ca.InsertNextCell([0, 1, 2])).toBe(0);
    expect(ca.InsertNextCell(2, new Int32Array([3, 4, 99]))).toBe(1);
    expect(ca.InsertNextCell(3)).toBe(2);
    ca.InsertCellPoint(5); ca.InsertCellPoint(6n); ca.InsertCellPoint(7);
    expect(ca.InsertNextCell(new BigInt64Array([8n]))).toBe(3);
    expect(ca.GetNumberOfCells()).toBe(4);
    expect(ca.GetCell(1)).toEqual([3, 4]);
    expect(ca.GetCell(2)).toEqual([5, 6, 7]);
    expect(ca.GetCellSize(0)).toBe(3);
    expect(ca.GetMaxCellSize()).toBe(3);
    expect(Array.from(ca.GetOffsetsArray().view(), Number)).toEqual([0, 3, 5, 8, 9]);
    expect(Array.from(ca.GetConnectivityArray().view(), Number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ca.GetOffsetsArray().GetDataType()).toBe(vb.VTK_LONG_LONG);
    ca.delete();
  });

  test('bad input: TypeError / RangeError, cells unchanged', () => {
    const ca = new vb.vtkCellArray();
    ca.InsertNextCell([0, 1]);
    expect(() => ca.GetCell(1)).toThrow(RangeError);
    expect(() => ca.GetCellSize(-1)).toThrow(RangeError);
    expect(() => ca.InsertNextCell([0, 1.5])).toThrow(TypeError);
    expect(() => ca.InsertNextCell(new Float64Array([0, 1]))).toThrow(TypeError);
    expect(() => ca.InsertNextCell(['0'])).toThrow(TypeError);
    expect(() => ca.InsertNextCell([-1])).toThrow(RangeError);
    expect(() => ca.InsertNextCell(3, [1, 2])).toThrow(RangeError);
    expect(() => ca.InsertCellPoint(-1)).toThrow(RangeError);
    expect(() => ca.InsertCellPoint(1.5)).toThrow(TypeError);
    expect(() => ca.UpdateCellCount(-1)).toThrow(RangeError);
    expect(() => ca.UpdateCellCount('2')).toThrow(TypeError);
    expect(() => ca.InsertNextCell(-2)).toThrow(RangeError);
    expect(ca.GetNumberOfConnectivityIds()).toBe(2);
    const off = new vb.vtkLongLongArray(), conn = new vb.vtkLongLongArray();
    off.InsertNextValue(1n); // offsets must start at 0
    expect(() => ca.SetData(off, conn)).toThrow(TypeError);
    expect(ca.GetNumberOfCells()).toBe(1);
    expect(ca.GetCell(0)).toEqual([0, 1]);
    off.SetValue(0, 0n); off.InsertNextValue(2n);
    conn.InsertNextValue(5n); conn.InsertNextValue(6n);
    ca.SetData(off, conn);
    expect(ca.GetCell(0)).toEqual([5, 6]);
    expect(ca.GetConnectivityArray().IsSame(conn)).toBe(true);
    for (const o of [off, conn, ca]) o.delete();
  });
});

describe('vtkCellArray incremental insertion (VTK InsertNextCell(npts) / InsertCellPoint / UpdateCellCount)', () => {
  const CELLS = [[0, 1, 2], [0, 2, 3, 4], [], [4, 0], [1, 3, 4]];
  function build(incremental) {
    const pts = new vb.vtkPoints();
    for (const x of [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0.5, 0.5, 1]]) pts.InsertNextPoint(x);
    const ca = new vb.vtkCellArray();
    CELLS.forEach((c, i) => {
      if (!incremental) {
        expect(ca.InsertNextCell(c)).toBe(i);
      } else if (i < CELLS.length - 1) {
        expect(ca.InsertNextCell(c.length)).toBe(i);
        for (const id of c) expect(ca.InsertCellPoint(id)).toBeUndefined();
      } else { // size unknown up front: open with 0, fix with UpdateCellCount
        expect(ca.InsertNextCell(0n)).toBe(i);
        for (const id of c) ca.InsertCellPoint(BigInt(id));
        ca.UpdateCellCount(c.length);
      }
    });
    const pd = new vb.vtkPolyData();
    pd.SetPoints(pts); pd.SetPolys(ca);
    pts.delete(); ca.delete();
    return pd;
  }
  const arrays = (pd) => {
    const ca = pd.GetPolys();
    const off = ca.GetOffsetsArray(), conn = ca.GetConnectivityArray();
    const r = [Array.from(off.view(), Number), Array.from(conn.view(), Number)];
    for (const o of [off, conn, ca]) o.delete();
    return r;
  };

  test('a mixed-size polydata built incrementally equals InsertNextCell(ids)', () => {
    const inc = build(true), ref = build(false);
    const [off, conn] = arrays(inc);
    expect(off).toEqual([0, 3, 7, 7, 9, 12]);
    expect(conn).toEqual([0, 1, 2, 0, 2, 3, 4, 4, 0, 1, 3, 4]);
    expect(arrays(ref)).toEqual([off, conn]);
    const polys = inc.GetPolys();
    expect(inc.GetNumberOfPolys()).toBe(5);
    expect(CELLS.map((_, i) => polys.GetCell(i))).toEqual(CELLS);
    polys.delete(); inc.delete(); ref.delete();
  });

  test('VTK semantics: claimed sizes, UpdateCellCount, next offset = connectivity size + npts; errors', () => {
    const ca = new vb.vtkCellArray();
    expect(() => ca.InsertCellPoint(3)).toThrow(/no cell to add a point to/); // no cell yet
    expect(() => ca.UpdateCellCount(2)).toThrow(Error);
    expect(ca.GetNumberOfConnectivityIds()).toBe(0);
    expect(ca.InsertNextCell(3)).toBe(0);
    expect(ca.GetCellSize(0)).toBe(3); // claimed before the points exist
    expect(() => ca.GetCell(0)).toThrow(RangeError); // 0 of 3 inserted: an error, not zeros
    ca.InsertCellPoint(7); ca.InsertCellPoint(8);
    ca.UpdateCellCount(2);
    expect(ca.GetCell(0)).toEqual([7, 8]);
    expect(ca.InsertNextCell(1)).toBe(1);
    ca.InsertCellPoint(9);
    expect(Array.from(ca.GetOffsetsArray().view(), Number)).toEqual([0, 2, 3]);
    expect(Array.from(ca.GetConnectivityArray().view(), Number)).toEqual([7, 8, 9]);
    ca.delete();
  });
});

describe('vtkPolyData', () => {
  test('points, cells, point/cell data, bounds', () => {
    const pd = new vb.vtkPolyData();
    expect(pd.GetPoints()).toBeNull();
    expect(pd.GetNumberOfPoints()).toBe(0);
    expect(pd.GetBounds()).toEqual([1, -1, 1, -1, 1, -1]);
    expect(() => pd.GetPoint(0)).toThrow(/no points/);
    const pts = new vb.vtkPoints();
    for (const x of [[0, 0, 0], [1, 0, 0], [0, 2, 0], [0, 0, 3]]) pts.InsertNextPoint(x);
    pd.SetPoints(pts);
    expect(pts.GetReferenceCount()).toBe(2); // our wrapper + the polydata
    const got = pd.GetPoints();
    expect(got.IsSame(pts)).toBe(true);
    expect(got === pts).toBe(false); // a new wrapper with its own reference
    expect(pts.GetReferenceCount()).toBe(3);
    got.delete();
    expect(pts.GetReferenceCount()).toBe(2);
    const tri = new vb.vtkCellArray();
    tri.InsertNextCell([0, 1, 2]); tri.InsertNextCell([0, 2, 3]);
    const line = new vb.vtkCellArray();
    line.InsertNextCell([0, 3]);
    pd.SetPolys(tri); pd.SetLines(line);
    expect([pd.GetNumberOfPoints(), pd.GetNumberOfCells(), pd.GetNumberOfPolys(), pd.GetNumberOfLines(),
      pd.GetNumberOfVerts(), pd.GetNumberOfStrips()]).toEqual([4, 3, 2, 1, 0, 0]);
    expect(pd.GetPolys().GetCell(1)).toEqual([0, 2, 3]);
    expect(pd.GetPoint(3)).toEqual([0, 0, 3]);
    expect(pd.GetBounds()).toEqual([0, 1, 0, 2, 0, 3]);
    pd.SetLines(null);
    expect(pd.GetNumberOfLines()).toBe(0);
    expect(line.GetNumberOfCells()).toBe(1);
    expect(pd.GetPointData().IsSame(pd.GetPointData())).toBe(true);
    expect(pd.GetPointData().IsSame(pd.GetCellData())).toBe(false);
    expect(() => pd.SetPoints(tri)).toThrow(TypeError);
    expect(() => pd.SetPolys(pts)).toThrow(TypeError);
    const again = pd.GetPoints();
    expect(again.IsSame(pts)).toBe(true);
    again.delete();
    pd.SetPoints(null);
    expect(pd.GetPoints()).toBeNull();
    expect(pts.GetReferenceCount()).toBe(1);
    for (const o of [tri, line, pts, pd]) o.delete();
  });
});

describe('vtkDataSetAttributes', () => {
  function named(cls, name, nc = 1) {
    const a = new vb[cls]();
    a.SetNumberOfComponents(nc);
    a.SetName(name);
    return a;
  }
  test('AddArray, GetArray by name and index, GetArrayName, RemoveArray, replacement', () => {
    const at = new vb.vtkDataSetAttributes();
    const t = named('vtkFloatArray', 'temp'), v = named('vtkDoubleArray', 'vel', 3), u = new vb.vtkIntArray();
    expect(at.AddArray(t)).toBe(0);
    expect(at.AddArray(v)).toBe(1);
    expect(at.AddArray(u)).toBe(2); // unnamed: appended
    expect(at.GetNumberOfArrays()).toBe(3);
    expect(at.GetArray('vel').IsSame(v)).toBe(true);
    expect(at.GetArray(0).IsSame(t)).toBe(true);
    expect(at.GetArray('vel').GetClassName()).toBe('vtkDoubleArray');
    expect(at.GetArray('nope')).toBeNull(); // VTK returns None
    expect(at.GetArray(3)).toBeNull(); // a bad index is "not found" too (VTK: None)
    expect(at.GetArray(-1)).toBeNull();
    expect(() => at.GetArray({})).toThrow(TypeError);
    expect([at.GetArrayName(0), at.GetArrayName(1), at.GetArrayName(2)]).toEqual(['temp', 'vel', null]);
    expect(at.GetArrayName(3)).toBeNull();
    expect(at.HasArray('temp')).toBe(true);
    expect(at.HasArray('nope')).toBe(false);
    const t2 = named('vtkFloatArray', 'temp');
    expect(at.AddArray(t2)).toBe(0); // same name replaces
    expect(at.GetNumberOfArrays()).toBe(3);
    expect(at.GetArray('temp').IsSame(t2)).toBe(true);
    expect(at.RemoveArray('nope')).toBe(false); // VTK: silently nothing
    expect(at.GetNumberOfArrays()).toBe(3);
    expect(at.RemoveArray('temp')).toBe(true);
    expect(at.GetArrayName(0)).toBe('vel'); // later indices shift down
    expect(at.RemoveArray(7)).toBe(false); // a bad index does nothing (VTK)
    expect(at.RemoveArray(1)).toBe(true);
    expect(at.GetNumberOfArrays()).toBe(1);
    expect(() => at.AddArray(new Float32Array(1))).toThrow(TypeError);
    for (const o of [t, v, u, t2, at]) o.delete();
  });

  test('active scalars and normals', () => {
    const at = new vb.vtkDataSetAttributes();
    const s = named('vtkFloatArray', 's'), n = named('vtkFloatArray', 'n', 3), bad = named('vtkFloatArray', 'b', 2);
    expect(at.GetScalars()).toBeNull();
    expect(at.SetScalars(s)).toBe(0);
    expect(at.GetScalars().IsSame(s)).toBe(true);
    expect(() => at.SetNormals(bad)).toThrow(TypeError); // VTK refuses: normals need 3 components
    expect(at.GetNormals()).toBeNull();
    expect(at.GetNumberOfArrays()).toBe(1);
    at.AddArray(n);
    expect(at.SetActiveNormals('n')).toBe(1);
    expect(at.GetNormals().IsSame(n)).toBe(true);
    expect(at.SetActiveScalars('nope')).toBe(-1); // VTK returns -1
    expect(at.GetScalars()).toBeNull(); // ... and unsets the scalars (VTK 9.7.1)
    expect(at.SetActiveScalars('s')).toBe(0);
    at.RemoveArray('s');
    expect(at.GetScalars()).toBeNull();
    expect(at.SetNormals(null)).toBe(-1);
    expect(at.GetNormals()).toBeNull();
    expect(at.GetNumberOfArrays()).toBe(1);
    for (const o of [s, n, bad, at]) o.delete();
  });

  test('GetPointData() of a polydata is its attributes object', () => {
    const pd = new vb.vtkPolyData();
    const a = named('vtkFloatArray', 'f');
    pd.GetPointData().AddArray(a);
    expect(pd.GetPointData().GetArray('f').IsSame(a)).toBe(true);
    expect(pd.GetCellData().GetArray('f')).toBeNull();
    a.delete(); pd.delete();
  });
});

describe('data-object lifetime', () => {
  test('delete() is idempotent, use after delete throws, borrowed wrappers keep objects alive', () => {
    const live = vb.liveBlocks();
    const s = new vb.vtkSphereSource();
    s.Update();
    const out = s.GetOutput();
    const pts = out.GetPoints();
    const data = pts.GetData();
    expect(data.GetReferenceCount()).toBe(2); // the points + this wrapper
    const first = data.GetTuple(0);
    for (const o of [s, out, pts]) { o.delete(); o.delete(); }
    expect(() => s.Update()).toThrow(/was deleted/);
    expect(() => out.GetPoints()).toThrow(/was deleted/);
    expect(() => pts.GetData()).toThrow(/was deleted/);
    expect(data.GetReferenceCount()).toBe(1);
    expect(data.GetTuple(0)).toEqual(first); // still valid memory
    expect(vb.liveBlocks()).toBeGreaterThan(live);
    data.delete();
    expect(vb.liveBlocks()).toBe(live); // everything of the sphere is freed
  });

  test('FinalizationRegistry frees data objects and borrowed wrappers dropped without delete()', async () => {
    await collectUntil(() => false, 10); // let wrappers dropped by earlier tests go first
    const live = vb.liveBlocks();
    (() => {
      for (let i = 0; i < 10; i++) {
        const s = new vb.vtkSphereSource();
        s.SetThetaResolution(10 + i);
        s.Update();
        const out = s.GetOutput();
        out.GetPoints().GetData().AddObserver('BufferChangedEvent', () => {});
        out.GetPolys().GetConnectivityArray();
        out.GetPointData().GetNormals();
        const p = new vb.vtkPoints();
        p.InsertNextPoint(1, 2, 3);
      }
    })();
    expect(vb.liveBlocks()).toBeGreaterThan(live);
    expect(await collectUntil(() => vb.liveBlocks() === live)).toBe(true);
  }, GC_TIMEOUT);
});

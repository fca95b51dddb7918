// Data objects in JavaScript: vtkSphereSource -> vtkPolyData -> points, cells, normals.
import createVtkBuf, { StaleViewError } from '../js/index.mjs';

const vb = await createVtkBuf();

const sphere = new vb.vtkSphereSource();        // VTK's defaults: radius 0.5, 8 x 8
sphere.Update();
const output = sphere.GetOutput();              // a vtkPolyData
const points = output.GetPoints();
const coords = points.GetData().view();         // zero-copy Float32Array
console.log('points:', output.GetNumberOfPoints(), 'triangles:', output.GetNumberOfPolys());
console.log('coordinates:', coords.constructor.name, coords.length);
console.log('north pole:', points.GetPoint(0), 'first triangle:', output.GetPolys().GetCell(0));
console.log('bounds:', output.GetBounds().map((b) => +b.toFixed(4)));
const normals = output.GetPointData().GetNormals();
console.log('point data:', output.GetPointData().GetArrayName(0), normals.GetNumberOfComponents(), 'components');

// VTK's parameters and clamps; bad values are clear errors.
sphere.SetThetaResolution(-4);                  // clamped to VTK's minimum
console.log('theta resolution after SetThetaResolution(-4):', sphere.GetThetaResolution());
try { sphere.SetRadius(NaN); } catch (e) { console.log(`${e.name}: ${e.message}`); }
sphere.SetThetaResolution(16);
sphere.SetPhiResolution(12);
sphere.SetCenter([1, 0, 0]);
sphere.LatLongTessellationOn();
sphere.Update();
console.log('16 x 12 lat-long:', output.GetNumberOfPoints(), 'points,', output.GetNumberOfPolys(), 'cells,',
  'max cell size', output.GetPolys().GetMaxCellSize());

// Build a polydata by hand; a safe view of the points goes stale when they grow.
const pts = new vb.vtkPoints();
pts.InsertNextPoint(0, 0, 0);
const data = pts.GetData();
const view = data.getData();
data.AddObserver('BufferChangedEvent', (caller, event) => console.log(`  ${event}: ${caller.GetNumberOfTuples()} points`));
const capacity = data.GetSize() / 3;
while (pts.GetNumberOfPoints() <= capacity) pts.InsertNextPoint(1, 2, 3);   // one past capacity
try { view.get(0); } catch (e) { console.log(e instanceof StaleViewError, e.message.split(';')[0]); }
view.release();
const lines = new vb.vtkCellArray();
lines.InsertNextCell([0, 1]);
const pd = new vb.vtkPolyData();
pd.SetPoints(pts);
pd.SetLines(lines);
const temp = new vb.vtkFloatArray();
temp.SetName('temperature');
temp.SetNumberOfValues(pts.GetNumberOfPoints());
pd.GetPointData().AddArray(temp);
console.log('lines:', pd.GetNumberOfLines(), 'arrays:', pd.GetPointData().GetNumberOfArrays(),
  'unknown array:', pd.GetPointData().GetArray('pressure'));

// Every wrapper (also those returned by getters) holds its own reference: delete()
// the ones you keep; the FinalizationRegistry releases the others when collected.
for (const o of [normals, points, output, sphere, data, pts, lines, pd, temp]) o.delete();

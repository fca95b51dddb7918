// The demo page: Pyodide + vtkbuf (the site's Pyodide and lock file, ../static/pyodide/),
// a console preloaded with the seed's examples, and a vtk.js view of a vtkbuf sphere
// whose points and normals are zero-copy SafeViews of Pyodide's memory
// (vtkbuf/pyodide vtkbufViews), re-bound whenever they go stale (reallocation or
// memory growth), e.g. after console code that moves the sphere's arrays.
import { loadPyodide } from '../static/pyodide/pyodide.mjs';
import { vtkbufViews } from './vtkbuf/pyodide.mjs';
import { createView } from './view3d.js';
import { EXAMPLES } from './examples.js';

const $ = (id) => document.getElementById(id);
const out = $('out');
const print = (text, cls) => { const s = document.createElement('span'); s.textContent = text; if (cls) s.className = cls; out.append(s); out.scrollTop = out.scrollHeight; };

for (const [name, code] of Object.entries(EXAMPLES)) $('example').append(new Option(name, name));
$('example').onchange = () => { $('code').value = EXAMPLES[$('example').value]; };
$('code').value = EXAMPLES[$('example').value];

const pyodide = await loadPyodide({ indexURL: new URL('../static/pyodide/', import.meta.url).href });
pyodide.setStdout({ batched: (s) => print(s + '\n') });
pyodide.setStderr({ batched: (s) => print(s + '\n', 'err') });
// numpy, vtkbuf and vtkbuf-vtkmodules by name through the site's lock file
const quiet = { messageCallback: () => {} };
const got = await pyodide.loadPackage(['numpy', 'vtkbuf', 'vtkbuf-vtkmodules'], quiet);
if (got.length !== 3) throw new Error(`installed ${got.map((p) => p.name)}`);
const pv = vtkbufViews(pyodide);

// the sphere lives in Python (a global the console can change: `sphere`, `mesh`)
pyodide.runPython(`
import numpy as np
from vtkmodules.vtkFiltersSources import vtkSphereSource
import vtkmodules.numpy_interface.dataset_adapter as dsa
sphere = vtkSphereSource()
sphere.SetThetaResolution(48)
sphere.SetPhiResolution(32)
sphere.Update()
def _sphere_arrays():
    out = sphere.GetOutput()
    polys = dsa.WrapDataObject(out).Polygons.astype(np.uint32)
    return out.GetPoints().GetData(), out.GetPointData().GetNormals(), polys
def _sphere_key():
    from vtkbuf._vtkbuf import _js_target
    out = sphere.GetOutput()
    return f"{_js_target(out.GetPoints().GetData())[0]}:{_js_target(out.GetPointData().GetNormals())[0]}"
`);
const sphereKey = pyodide.globals.get('_sphere_key');
const state = window.demoState = { binds: 0 };
let key = null;
// the bridge (vtkbuf/vtkjs) calls acquire() again when a view went stale (reallocation
// or memory growth) or the sphere's arrays were replaced (Update() of a changed source)
function acquire() {
  const t = pyodide.globals.get('_sphere_arrays')();
  const [pts, nrm, polys] = t.toJs({ depth: 1 });
  const points = pv.view(pts), normals = pv.view(nrm);
  const cells = { Polys: polys.toJs() };
  pts.destroy(); nrm.destroy(); polys.destroy(); t.destroy();
  key = sphereKey();
  state.binds++;
  return { points, cells, pointData: [{ name: 'Normals', view: normals, components: 3, normals: true }],
    release() { points.release(); normals.release(); } };
}
const view = createView($('view'), acquire, () => key !== sphereKey());
/** Render: the bridge re-binds first if the zero-copy arrays moved. */
function render() { view.render(); }
render();

async function run() {
  $('run').disabled = true;
  const code = $('code').value;
  print(`>>> ${$('example').value}\n`, 'cmd');
  try {
    await pyodide.loadPackagesFromImports(code, quiet);
    const r = await pyodide.runPythonAsync(code);
    if (r !== undefined) print(`${r}\n`);
    if (r?.destroy) r.destroy();
  } catch (e) {
    print(String(e.message || e) + '\n', 'err');
  }
  render();
  $('run').disabled = false;
}
$('run').onclick = run;
$('code').onkeydown = (e) => { if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); run(); } };
$('run').disabled = false;
$('status').textContent = `Pyodide ${pyodide.version}, vtkbuf ${pyodide.runPython('import vtkbuf; vtkbuf.__version__')}`;

// for the screenshot test: render now and sample the canvas in the same task
window.demoRun = run;
window.demoPoints = () => pyodide.runPython('sphere.GetOutput().GetNumberOfPoints()');
window.demoSample = () => {
  render();
  const gl = view.canvas(), c = document.createElement('canvas');
  c.width = gl.width; c.height = gl.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(gl, 0, 0);
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  const px = (x, y) => Array.from(data.slice(4 * (y * c.width + x), 4 * (y * c.width + x) + 3));
  let sphere = 0, background = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (r > 60 && r > g && g > b) sphere++;                      // lit orange
    else if (Math.abs(r - 20) < 8 && Math.abs(g - 23) < 8 && Math.abs(b - 31) < 8) background++;
  }
  return { width: c.width, height: c.height, sphere: sphere / (c.width * c.height),
    background: background / (c.width * c.height), center: px(c.width >> 1, c.height >> 1), corner: px(2, 2),
    binds: state.binds, points: view.points().length };
};
window.demoReady = true;

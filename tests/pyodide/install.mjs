#!/usr/bin/env node
// Every way a user installs vtkbuf into Pyodide 314.0.7, under Node, offline (wheels
// served on 127.0.0.1 from build/pyodide-install, see stage.mjs): loadPackage by URL,
// by name through a lock file, on import; micropip from a URL, from emfs:, from a
// PEP 503 index (dependencies resolved from the wheels' METADATA); the METADATA
// itself; a wrong-ABI wheel refused by micropip; and the npm package (npm pack,
// installed into a temp dir): loadVtkbuf(pyodide) and `vtkbuf-pyodide-run script.py`.
// Prints "ok/FAIL name" per case and "N passed, M failed"; exit 1 on any failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { stage, serve, ROOT, STAGE, WRONG_ABI } from './stage.mjs';

const { loadPyodide } = await import(path.join(ROOT, 'node_modules/pyodide/pyodide.mjs'));
const INDEX = path.join(ROOT, 'node_modules/pyodide') + path.sep;
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;

function assert(c, msg) { if (!c) throw new Error(`assertion failed: ${msg}`); }

// What every path must give: vtkbuf, the compat package and numpy working together.
const CHECK = `
import json, numpy as np, vtkbuf
from vtkmodules.vtkFiltersSources import vtkSphereSource
import vtkmodules.numpy_interface.dataset_adapter as dsa
s = vtkSphereSource(); s.Update()
pts = dsa.WrapDataObject(s.GetOutput()).Points
buf = vtkbuf.vtkBuffer['float64'](); buf.Allocate(4)
a = np.asarray(buf); a[:] = [1, 2, 3, 4]
json.dumps([list(pts.shape), float(np.asarray(buf).sum()), vtkbuf.__file__])
`;
function checkResult(py) {
  const [shape, sum, file] = JSON.parse(py.runPython(CHECK));
  assert(shape[0] === 50 && shape[1] === 3, `sphere points (50, 3), got ${shape}`);
  assert(sum === 10, `zero-copy sum 10, got ${sum}`);
  assert(file.includes('site-packages/vtkbuf/'), `installed into site-packages, got ${file}`);
}

async function newPyodide(opts = {}) {
  const out = [];
  const py = await loadPyodide({ indexURL: INDEX, stdout: (m) => out.push(m), stderr: (m) => out.push(m), ...opts });
  py.out = out;
  return py;
}
const names = (got) => got.map((p) => p.name).sort();

const wheels = stage();
const { server, origin, requests } = await serve();
const W = `${origin}/wheels/`;
const ours = wheels.map((w) => path.basename(w)).filter((w) => /^vtkbuf/.test(w) && !w.includes('2025_0'));
const numpyWheel = wheels.map((w) => path.basename(w)).find((w) => w.startsWith('numpy-'));
// in Node, Pyodide reads lock files and their packages from the file system
const lock = { lockFileURL: path.join(STAGE, 'pyodide-lock.json'), packageBaseUrl: STAGE + path.sep };

// Pyodide instances reused by a later case when the earlier one ran (each boot
// costs seconds): the lock-file instance with vtkbuf-vtkmodules loaded, and the
// one where micropip refused the wrong-ABI wheel (micropip loaded, nothing else).
const shared = {};
const cases = [
  ['loadPackage by URL: numpy, vtkbuf, vtkbuf-vtkmodules', async () => {
    const py = await newPyodide();
    const got = await py.loadPackage([numpyWheel, ...ours].map((w) => W + w));
    assert(got.length === 3, `3 packages, got ${JSON.stringify(names(got))}: ${py.out.join(' | ')}`);
    checkResult(py);
  }],
  ['loadPackage by name through a lock file: vtkbuf-vtkmodules pulls vtkbuf and numpy', async () => {
    const py = shared.lockLoaded = await newPyodide(lock);
    const got = await py.loadPackage('vtkbuf-vtkmodules');
    assert(JSON.stringify(names(got)) === '["numpy","vtkbuf","vtkbuf-vtkmodules"]', `got ${JSON.stringify(names(got))}`);
    checkResult(py);
  }],
  ['lock file: loadPackagesFromImports finds vtkbuf and vtkmodules by their imports', async () => {
    const py = await newPyodide(lock);
    const got = await py.loadPackagesFromImports('import vtkmodules.vtkCommonCore\nimport vtkbuf');
    assert(names(got).includes('vtkbuf') && names(got).includes('vtkbuf-vtkmodules') && names(got).includes('numpy'),
      `got ${JSON.stringify(names(got))}`);
    checkResult(py);
  }],
  ['a wheel for another Pyodide ABI: micropip refuses it with its incompatibility message', async () => {
    const py = await newPyodide(lock);
    await py.loadPackage('micropip');
    shared.micropipOnly = py;
    const r = JSON.parse(await py.runPythonAsync(`
import json, micropip
try:
    await micropip.install("${W + WRONG_ABI}")
    r = ["installed", ""]
except Exception as e:
    r = [type(e).__name__, str(e)]
try:
    import vtkbuf
    r.append("importable")
except ImportError:
    r.append("not installed")
json.dumps(r)`));
    assert(r[0] === 'ValueError', `ValueError, got ${r}`);
    assert(/pyemscripten_2025_0|Emscripten v|not compatible/.test(r[1]), `micropip's message: ${r[1]}`);
    assert(r[2] === 'not installed', 'nothing installed');
    console.log(`     micropip: ${r[0]}: ${r[1]}`);
  }],
  ['micropip.install from a URL and from emfs: (numpy resolved from Requires-Dist via the lock file)', async () => {
    // the previous case's instance when it ran: micropip loaded, nothing installed
    const py = shared.micropipOnly ?? await newPyodide(lock);
    await py.loadPackage('micropip');
    py.FS.writeFile('/tmp/' + ours[1], fs.readFileSync(path.join(STAGE, 'wheels', ours[1])));
    await py.runPythonAsync(`
import micropip
await micropip.install(${JSON.stringify(W + ours[0])})
await micropip.install("emfs:/tmp/${ours[1]}")`);
    checkResult(py);
    const src = JSON.parse(py.runPython(`import json, micropip; json.dumps({p.name: p.source for p in micropip.list().values()})`));
    assert(src.numpy === 'pyodide', `numpy from the lock file, got ${src.numpy}`);
    assert(src.vtkbuf === W + ours[0], `vtkbuf from its URL, got ${src.vtkbuf}`);
  }],
  ['micropip.install from a PEP 503 index: vtkbuf-vtkmodules -> vtkbuf -> numpy', async () => {
    const py = await newPyodide({ lockFileURL: path.join(STAGE, 'base-lock.json'), packageBaseUrl: STAGE + path.sep });
    await py.loadPackage('micropip');
    const before = requests.length;
    await py.runPythonAsync(`
import micropip
await micropip.install("vtkbuf-vtkmodules", index_urls=["${origin}/simple"])`);
    checkResult(py);
    const hits = requests.slice(before);
    assert(hits.includes('/simple/vtkbuf-vtkmodules/') && hits.includes('/simple/vtkbuf/'), `index queried: ${hits}`);
    assert(!hits.some((h) => h.includes('2025_0')), 'the wrong-ABI wheel listed in the index is not fetched');
  }],
  ['the wheels\' METADATA: summary, license, Requires-Python, Requires-Dist, project URLs', async () => {
    const py = shared.lockLoaded ?? await newPyodide(lock);
    await py.loadPackage('vtkbuf-vtkmodules'); // already loaded: a no-op
    const md = JSON.parse(py.runPython(`
import json
from importlib.metadata import metadata
def m(name):
    d = metadata(name)
    return {k: d.get_all(k) for k in ("Summary", "License-Expression", "Requires-Python", "Requires-Dist", "Project-URL", "Name")}
json.dumps([m("vtkbuf"), m("vtkbuf-vtkmodules")])`));
    for (const d of md) {
      assert(d.Summary?.[0]?.length > 20, `${d.Name}: a summary`);
      assert(d['License-Expression']?.[0] === 'BSD-3-Clause', `${d.Name}: license`);
      assert(d['Requires-Python']?.[0] === '>=3.11', `${d.Name}: Requires-Python`);
      assert(d['Project-URL']?.some((u) => u.startsWith('Homepage, https://')), `${d.Name}: project URLs`);
    }
    assert(JSON.stringify(md[0]['Requires-Dist']) === '["numpy>=1.26"]', `vtkbuf requires numpy: ${md[0]['Requires-Dist']}`);
    assert(JSON.stringify(md[1]['Requires-Dist']) === '["vtkbuf==0.1.0"]', `compat requires vtkbuf: ${md[1]['Requires-Dist']}`);
  }],
  ['npm package: loadVtkbuf(pyodide) and vtkbuf-pyodide-run from `npm pack` installed in a temp dir', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vtkbuf-npm-'));
    try {
      const tgz = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
      fs.writeFileSync(path.join(tmp, 'package.json'), '{"name": "user-app", "private": true, "type": "module"}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error',
        path.join(tmp, tgz), 'pyodide@314.0.7'], { cwd: tmp, stdio: 'pipe' });
      // numpy is the Pyodide distribution's (its CDN online); offline it sits next to
      // pyodide.asm.wasm, which is where Pyodide looks first
      fs.copyFileSync(path.join(STAGE, 'wheels', numpyWheel), path.join(tmp, 'node_modules/pyodide', numpyWheel));
      fs.writeFileSync(path.join(tmp, 'app.mjs'), `
import { loadPyodide } from 'pyodide';
import { loadVtkbuf } from 'vtkbuf/pyodide';
const pyodide = await loadPyodide();
console.log(JSON.stringify(await loadVtkbuf(pyodide)));
console.log(pyodide.runPython(\`${CHECK}\`));`);
      const out = execFileSync(process.execPath, ['app.mjs'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n');
      assert(out[0] === '["numpy","vtkbuf","vtkbuf-vtkmodules"]', `loadVtkbuf installed ${out[0]}`);
      const [shape, sum, file] = JSON.parse(out[1]);
      assert(shape[0] === 50 && sum === 10 && file.includes('site-packages/vtkbuf'), `check: ${out[1]}`);
      fs.writeFileSync(path.join(tmp, 'script.py'), 'import sys, numpy as np, vtkbuf\n'
        + 'from vtkmodules.vtkCommonCore import vtkBuffer\nb = vtkBuffer["int32"](); b.Allocate(3)\n'
        + 'np.asarray(b)[:] = 7\nprint("sum", int(np.asarray(b).sum()), sys.argv[1:])\nsys.exit(3)\n');
      let rc = 0, stdout = '';
      try { stdout = execFileSync(path.join(tmp, 'node_modules/.bin/vtkbuf-pyodide-run'), ['script.py', 'a', 'b'], { cwd: tmp, encoding: 'utf8' }); }
      catch (e) { rc = e.status; stdout = e.stdout; }
      assert(stdout.trim() === "sum 21 ['a', 'b']", `runner output: ${stdout}`);
      assert(rc === 3, `runner exits with the script's status 3, got ${rc}`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }],
];

let passed = 0, failed = 0;
for (const [name, fn] of cases) {
  if (only && !only.test(name)) continue;
  const t0 = Date.now();
  try { await fn(); passed++; console.log(`ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${String(e.stack || e).split('\n').join('\n     ')}`); }
}
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

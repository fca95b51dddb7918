#!/usr/bin/env node
// Run a Python script inside Pyodide under Node, with wheels installed offline.
//
//   node tools/pyodide-run.mjs [--wheel FILE.whl]... [--] SCRIPT.py [ARGS...]
//   node tools/pyodide-run.mjs [--wheel FILE.whl]... -m MODULE [ARGS...]
//
// Without --wheel (the npm package's `vtkbuf-pyodide-run` bin), the package's own
// wheels are installed by loadVtkbuf (js/pyodide.mjs), with numpy from the Pyodide
// distribution when it has one (a warning and no numpy otherwise).
//
// The host directories holding the script, the current directory and
// VTKBUF_PYODIDE_MOUNTS (colon-separated) are mounted at their own paths (NODEFS),
// so relative paths work as on the host. stdout/stderr are streamed unbuffered;
// the process exits with the script's exit status.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function usage(msg) {
  process.stderr.write(`pyodide-run: ${msg}\nusage: pyodide-run [--wheel F.whl]... SCRIPT.py [ARGS...] | -m MODULE [ARGS...]\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const wheels = [];
let target = null;
let isModule = false;
while (argv.length) {
  const a = argv.shift();
  if (a === '--wheel') { const w = argv.shift(); if (!w) usage('--wheel needs a file'); wheels.push(path.resolve(w)); }
  else if (a === '-m') { target = argv.shift(); isModule = true; if (!target) usage('-m needs a module'); break; }
  else if (a === '--') { target = argv.shift(); break; }
  else { target = a; break; }
}
if (!target) usage('no script given');
const scriptArgs = argv;
for (const w of wheels) if (!fs.existsSync(w)) usage(`wheel not found: ${w}`);
if (!isModule) {
  target = path.resolve(target);
  if (!fs.existsSync(target)) usage(`script not found: ${target}`);
}

let loadPyodide;
try {
  ({ loadPyodide } = await import('pyodide'));
} catch (e) {
  usage(`cannot load the 'pyodide' npm package (${e.message}); npm install pyodide@314.0.7`);
}
const indexURL = path.dirname(require.resolve('pyodide/pyodide.mjs')) + path.sep;
const writer = (fd) => ({ write: (buf) => { fs.writeSync(fd, buf); return buf.length; } });
const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
py.setStdout(writer(1));
py.setStderr(writer(2));

// Install wheels offline. loadPackage does not throw for a missing package: it
// reports and resolves with fewer entries, so compare what was installed.
if (!wheels.length) {
  const { loadVtkbuf } = await import('../js/dist/pyodide.mjs');
  try {
    await loadVtkbuf(py);
  } catch (e) {
    if (!/numpy could not be loaded/.test(e.message)) throw e;
    process.stderr.write(`pyodide-run: numpy is not available from ${indexURL} (offline? place its wheel there); running without it\n`);
    await loadVtkbuf(py, { numpy: false });
  }
} else {
  const messages = [];
  const got = await py.loadPackage(wheels, {
    messageCallback: (m) => messages.push(m), errorCallback: (m) => messages.push(m),
  });
  if (!Array.isArray(got) || got.length !== wheels.length) {
    process.stderr.write(`pyodide-run: installed ${got?.length ?? 0} of ${wheels.length} wheels:\n${messages.join('\n')}\n`);
    process.exit(3);
  }
}

// Mount host directories at their own paths.
const mounts = new Set([process.cwd()]);
if (!isModule) mounts.add(path.dirname(target));
for (const m of (process.env.VTKBUF_PYODIDE_MOUNTS || '').split(':')) if (m) mounts.add(path.resolve(m));
const sorted = [...mounts].sort((a, b) => a.length - b.length);
const done = [];
for (const m of sorted) {
  if (m === '/' || done.some((d) => m === d || m.startsWith(d + '/'))) continue;
  py.FS.mkdirTree(m);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: m }, m);
  done.push(m);
}
py.FS.chdir(process.cwd());

py.globals.set('_vb_target', target);
py.globals.set('_vb_is_module', isModule);
py.globals.set('_vb_args', py.toPy(scriptArgs));
const rc = await py.runPythonAsync(`
import sys, runpy, traceback
sys.dont_write_bytecode = True
def _vb_main():
    sys.argv = [_vb_target] + list(_vb_args)
    if not _vb_is_module:
        sys.path.insert(0, __import__("os").path.dirname(_vb_target))
    try:
        if _vb_is_module:
            runpy.run_module(_vb_target, run_name="__main__", alter_sys=True)
        else:
            runpy.run_path(_vb_target, run_name="__main__")
        return 0
    except SystemExit as e:
        if e.code is None:
            return 0
        if isinstance(e.code, int):
            return e.code
        print(e.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush(); sys.stderr.flush()
_vb_main()
`);
process.exitCode = rc;

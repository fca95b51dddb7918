#!/usr/bin/env node
// make serve: serve the JupyterLite site (build/site, `make site`) and the demo page
// (build/demo, `make demo-page`) on 127.0.0.1 and print their URLs. Port: $VB_PORT (8765).
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic, ROOT } from '../tests/browser/lib.mjs';

const port = Number(process.env.VB_PORT || 8765);
const mounts = { '/': path.join(ROOT, 'build/site') };
const demo = path.join(ROOT, 'build/demo');
if (fs.existsSync(demo)) mounts['/demo/'] = demo;
const { origin } = await serveStatic(mounts, port);
console.log(`vtkbuf notebooks (JupyterLite, offline): ${origin}/lab/index.html`);
console.log(`  example notebook:                       ${origin}/notebooks/index.html?path=sphere.ipynb`);
if (mounts['/demo/']) console.log(`vtkbuf demo page (console + 3D view):    ${origin}/demo/`);
console.log('Ctrl-C to stop');

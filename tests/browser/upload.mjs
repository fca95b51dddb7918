// A .vtu uploaded through the JupyterLite file browser and read in a notebook (issue 19):
// the tree app's "Upload Files" button, a file chooser given one corpus file
// (tests/data/io/xml/, written by VTK 9.7.1: appended raw, zlib, UInt32 headers, with a
// polyhedron); then upload.ipynb's code cells (tools/notebooks.py, as the site ships them)
// read every .vtu next to the notebook with vtkXMLUnstructuredGridReader; their outputs
// are compared with expected.json (point and cell counts, cell types; the points',
// connectivity's, offsets' and every array's tuples, components, type and bytes), and for
// every array a write through numpy_support.vtk_to_numpy's view is seen by
// arr.GetValue(0) and by np.asarray(arr), which shares its memory. In the notebooks
// suite's browser: uploadVtu() first, readUploaded() last, appending the cells to the
// notebook then open (its kernel: no extra kernel start, which costs ~30 s).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, assert, runCellsInOpenNotebook } from './lib.mjs';

const FILE = 'ugrid-raw-zlib-32-le.vtu';
const CORPUS = path.join(ROOT, 'tests/data/io/xml');

// expected.json's data: the bytes in hex, or "sha256:..." of them
const sameBytes = (hex, want) => (want.startsWith('sha256:')
  ? crypto.createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex') === want.slice(7)
  : hex === want);

// [tuples, components, VTK type, hex] printed by the notebook against expected.json's array
function checkArray(got, a, where) {
  const [ntuples, ncomp, type, hex] = got;
  assert(ntuples === a.ntuples && ncomp === a.ncomp && type === a.type,
    `${where}: ${ntuples} x ${ncomp} of type ${type}, expected ${a.ntuples} x ${a.ncomp} of type ${a.type}`);
  assert(sameBytes(hex, a.data), `${where}: values ${hex}, expected ${a.data}`);
}

function checkArrays(got, want, where) {
  const names = want.arrays.map((a) => a.name);
  assert(JSON.stringify(Object.keys(got)) === JSON.stringify(names), `${where}: arrays ${Object.keys(got)}, expected ${names}`);
  for (const a of want.arrays) checkArray(got[a.name], a, `${where} ${a.name}`);
}

const stdout = (cell) => cell.outputs.filter((o) => o.output_type === 'stream' && o.name === 'stdout')
  .map((o) => (Array.isArray(o.text) ? o.text.join('') : o.text)).join('');

export async function uploadVtu({ page, origin, h }) {
  await h.t(`JupyterLite: ${FILE} uploaded through the file browser's upload button`, async () => {
    await page.goto(`${origin}/tree/index.html`);
    await page.locator('.jp-DirListing-item', { hasText: 'upload.ipynb' }).waitFor({ timeout: 120000 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 30000 }),
      page.locator('[title="Upload Files"]').first().click()]);
    await chooser.setFiles(path.join(CORPUS, FILE));
    await page.locator('.jp-DirListing-item', { hasText: FILE }).waitFor({ timeout: 30000 });
    // saved in the browser's storage with the file's bytes
    const size = await page.evaluate(async (f) => {
      const m = await window.jupyterapp.serviceManager.contents.get(f, { content: false });
      return m.size;
    }, FILE);
    assert(size === fs.statSync(path.join(CORPUS, FILE)).size, `the stored file has ${size} bytes`);
  });
}

export async function readUploaded({ page, h }) {
  await h.t('JupyterLite: upload.ipynb\'s cells read it with vtkXMLUnstructuredGridReader: VTK\'s structure and bytes, NumPy views', async () => {
    const want = JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'))[FILE];
    const book = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/site/files/upload.ipynb'), 'utf8'));
    const sources = book.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));
    const cells = await runCellsInOpenNotebook(page, sources);
    for (const c of cells) {
      const errs = c.outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'));
      assert(!errs.length, `error output: ${JSON.stringify(errs).slice(0, 800)}`);
    }
    assert(cells.length === 3, `3 code cells, ran ${cells.length}`);
    assert(stdout(cells[0]) === `${FILE} ${want.npoints} points ${want.ncells} cells\n`, `cell 1 printed ${JSON.stringify(stdout(cells[0]))}`);
    const got = JSON.parse(stdout(cells[1]))[FILE];
    assert(got, `cell 2 read ${FILE}: ${stdout(cells[1]).slice(0, 300)}`);
    assert(got.npoints === want.npoints && got.ncells === want.ncells, `${got.npoints} points, ${got.ncells} cells`);
    checkArray(got.points, want.points, 'points');
    assert(JSON.stringify(got.types) === JSON.stringify(want.types), `cell types ${got.types}, expected ${want.types}`);
    checkArray(got.connectivity, want.cells.connectivity, 'connectivity');
    checkArray(got.offsets, want.cells.offsets, 'offsets');
    checkArrays(got.point_data, want.point_data, 'point data');
    checkArrays(got.cell_data, want.cell_data, 'cell data');
    // every array (points, point and cell data): a write through vtk_to_numpy's view is
    // seen by GetValue(0) and np.asarray(arr), which shares its memory
    const views = JSON.parse(stdout(cells[2]))[FILE];
    const names = ['Points', ...want.point_data.arrays.map((a) => a.name), ...want.cell_data.arrays.map((a) => a.name)];
    assert(JSON.stringify(views) === JSON.stringify(Object.fromEntries(names.map((n) => [n, true]))),
      `NumPy views of ${names}: ${JSON.stringify(views)}`);
    console.log(`     ${want.npoints} points, ${want.ncells} cells (types ${want.types}), connectivity, offsets and ${names.join(', ')} as VTK wrote them; ${names.length} NumPy views; ` +
      `cells ${cells.map((c) => (c.ms / 1000).toFixed(1) + ' s').join(', ')}`);
  });
}

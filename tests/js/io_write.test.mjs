// write(): the JS binding of the core's writers. Two cases of tests/io/xml_write_cases.py,
// built here as there, written in every mode give the bytes VTK 9.7.1 wrote
// (tests/data/io/xml_write, tests/io/gen_xml_write.py; zlib through node:zlib at VTK's level).
import { describe, test, expect, beforeAll } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import createVtkBuf from '../../js/index.mjs';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/io/xml_write');
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

// xml_write_cases.MODES: [dataMode, encode, compressor, headerType] and their file names
const MODES = [];
for (const m of ['ascii', 'binary', 'appended']) {
  for (const enc of [true, false]) {
    for (const comp of ['none', 'zlib']) {
      for (const hdr of [32, 64]) {
        if ((m === 'appended' || enc) && (m !== 'ascii' || (comp === 'none') === (hdr === 32))) {
          MODES.push([`${m}${!enc && m === 'appended' ? 'raw' : ''}-${comp}-${hdr}`, { dataMode: m, encode: enc, compressor: comp, headerType: hdr }]);
        }
      }
    }
  }
}

function allCells() { // cases.all_cells
  const pd = new vb.vtkPolyData(), p = new vb.vtkPoints();
  p.SetDataTypeToDouble();
  for (let i = 0; i < 7; i++) p.InsertNextPoint(i * 0.5, 1.0 / (i + 3), 0 - i * 1.25); // Python: -0 * 1.25 is 0
  pd.SetPoints(p);
  const cells = (list) => { const ca = new vb.vtkCellArray(); for (const c of list) ca.InsertNextCell(c.length, c); return ca; };
  pd.SetVerts(cells([[0], [6, 5]]));
  pd.SetLines(cells([[0, 1], [1, 2, 3, 4]]));
  pd.SetPolys(cells([[0, 1, 2], [2, 3, 4, 5], [0, 2, 4, 6, 1]]));
  pd.SetStrips(cells([[0, 1, 2, 3, 4, 5]]));
  return pd;
}
function arr(Cls, name, nc, values) {
  const a = new Cls();
  a.SetName(name);
  a.SetNumberOfComponents(nc);
  a.SetNumberOfTuples(values.length / nc);
  values.forEach((v, i) => a.SetValue(i, v));
  return a;
}
function image() { // xml_write_cases.image
  const im = new vb.vtkImageData();
  im.SetExtent(0, 2, 1, 3, 0, 1);
  im.SetSpacing(0.5, 1.0, 2.5);
  im.SetOrigin(0.1, 0.0, -1.0);
  im.GetPointData().SetScalars(arr(vb.vtkFloatArray, 'f', 1, Array.from({ length: 18 }, (_, i) => i * 0.1)));
  im.GetCellData().AddArray(arr(vb.vtkUnsignedCharArray, 'c', 3, Array.from({ length: 12 }, (_, i) => i * 10)));
  return im;
}

// One array's data at s[p] (base64 or raw): the inflated (or plain) bytes and the end.
function readArray(s, p, b64, hw, z) {
  const dec = (n) => (b64 ? Buffer.from(s.slice(p, p + Math.ceil(n / 3) * 4), 'base64') : Buffer.from(s.slice(p, p + n), 'latin1')).subarray(0, n);
  const adv = (n) => { p += b64 ? Math.ceil(n / 3) * 4 : n; };
  const word = (b, i) => (hw === 4 ? b.readUInt32LE(i * 4) : Number(b.readBigUInt64LE(i * 8)));
  if (!z) { const n = word(dec(hw), 0), all = dec(hw + n); adv(hw + n); return [all.subarray(hw), p]; }
  const nb = word(dec(hw), 0), h = dec((3 + nb) * hw);
  adv((3 + nb) * hw);
  const sizes = Array.from({ length: nb }, (_, i) => word(h, 3 + i)), data = dec(sizes.reduce((a, b) => a + b, 0));
  adv(data.length);
  let o = 0;
  return [Buffer.concat(sizes.map((n) => zlib.inflateSync(data.subarray(o, (o += n))))), p];
}
// A zlib file without its compressed bytes: the XML (offsets blanked) and each array's inflated data.
// (node:zlib's deflate is Chromium's, whose bytes differ from VTK's zlib.)
function inflated(buf) {
  let s = Buffer.from(buf).toString('latin1');
  const hw = s.includes('header_type="UInt64"') ? 8 : 4, data = [];
  const at = s.indexOf('   _');
  if (at >= 0) {
    const app = s.slice(at + 4), b64 = s.includes('encoding="base64"');
    s = s.slice(0, at);
    for (const m of s.matchAll(/offset="(\d+)"/g)) data.push(readArray(app, Number(m[1]), b64, hw, true)[0].toString('hex'));
    s = s.replace(/offset="\d+"\s*/g, 'offset=""');
  } else {
    s = s.replace(/(format="binary"[^\n]*>\n *)([A-Za-z0-9+/=]+)\n/g, (_, head, line) => { data.push(readArray(line, 0, true, hw, true)[0].toString('hex')); return head + '\n'; });
  }
  return { xml: s, data };
}

describe('write() gives VTK 9.7.1 bytes (zlib: the same data and layout)', () => {
  for (const [kind, build, ext] of [['all_cells', allCells, 'vtp'], ['image', image, 'vti']]) {
    test.each(MODES)(`${kind} %s`, (mode, opts) => {
      const got = vb.write(build(), opts);
      expect(got).toBeInstanceOf(Uint8Array);
      const want = readFileSync(path.join(CORPUS, `${kind}-${mode}.${ext}`));
      if (opts.compressor === 'zlib' && opts.dataMode !== 'ascii') {
        const [g, w] = [inflated(got), inflated(want)];
        expect(g.data.length).toBeGreaterThan(0);
        expect(g).toEqual(w);
      } else {
        expect(Buffer.from(got).toString('latin1')).toBe(want.toString('latin1'));
      }
    });
  }
});

describe('write() options and errors', () => {
  test('defaults are VTK\'s: appended base64, zlib; the format from the class', () => {
    const s = Buffer.from(vb.write(allCells())).toString('latin1');
    expect(s.startsWith('<?xml version="1.0"?>\n<VTKFile type="PolyData"')).toBe(true);
    expect(s).toContain('compressor="vtkZLibDataCompressor"');
    expect(s).toContain('<AppendedData encoding="base64">');
  });
  test('zlib blocks inflate to the data', () => {
    const s = Buffer.from(vb.write(image(), { dataMode: 'appended', encode: false, headerType: 32 })).toString('latin1');
    const raw = Buffer.from(s.slice(s.indexOf('   _') + 4), 'latin1'); // first array: "f", 18 floats
    const [nb, , last, c0] = [0, 4, 8, 12].map((o) => raw.readUInt32LE(o));
    expect([nb, last]).toEqual([1, 72]);
    const f = new Float32Array(Uint8Array.from(zlib.inflateSync(raw.subarray(16, 16 + c0))).buffer);
    expect(Array.from(f)).toEqual(Array.from(Float32Array.from({ length: 18 }, (_, i) => i * 0.1)));
  });
  test('without node:zlib (a browser): a Promise, CompressionStream\'s blocks', async () => {
    const saved = process.getBuiltinModule;
    process.getBuiltinModule = undefined;
    let pending;
    try { pending = vb.write(image(), { dataMode: 'binary' }); } finally { process.getBuiltinModule = saved; }
    expect(pending).toBeInstanceOf(Promise);
    expect(inflated(await pending)).toEqual(inflated(vb.write(image(), { dataMode: 'binary' })));
  });
  test('legacy .vtk', () => {
    const s = Buffer.from(vb.write(allCells(), { format: 'vtk' })).toString('latin1');
    expect(s.startsWith('# vtk DataFile Version 5.1\nvtk output\nASCII\nDATASET POLYDATA\n')).toBe(true);
    expect(Buffer.from(vb.write(allCells(), { format: 'vtk', binary: true, version: 42 })).toString('latin1')).toContain('BINARY\n');
  });
  test('bad arguments', () => {
    expect(() => vb.write({})).toThrow(TypeError);
    expect(() => vb.write(allCells(), { format: 'vtm' })).toThrow(TypeError);
    expect(() => vb.write(allCells(), { dataMode: 'raw' })).toThrow(TypeError);
    expect(() => vb.write(allCells(), { headerType: 16 })).toThrow(RangeError);
    expect(() => vb.write(allCells(), { format: 'vtk', version: 50 })).toThrow(RangeError);
    expect(() => vb.write(new vb.vtkTable(), { format: 'vtp' })).toThrow(TypeError);
  });
  test('a write leaves no object or block behind', () => {
    const pd = allCells();
    const before = [vb.liveObjects(), vb.liveBlocks()];
    for (const dataMode of ['ascii', 'binary', 'appended']) vb.write(pd, { dataMode });
    expect(() => vb.write(pd, { format: 'vti' })).toThrow(TypeError);
    expect([vb.liveObjects(), vb.liveBlocks()]).toEqual(before);
  });
});

// Composite files (.vtm, .vtpc; tests/data/io/xml_write_composite, gen_xml_write.py): each of
// VTK's files read with read() and written back under the same name gives VTK's files.
const CCORPUS = path.resolve(CORPUS, '../xml_write_composite');
const CMODES = MODES.filter(([m]) => ['ascii-none-32', 'binary-zlib-32', 'appended-zlib-64', 'appendedraw-none-32'].includes(m));
// an empty composite's directory has no files (and git keeps no empty directory)
const under = (dir) => (existsSync(path.join(CCORPUS, dir)) ? readdirSync(path.join(CCORPUS, dir)) : []).map((f) => `${dir}/${f}`);

describe('write() of composite files: VTK 9.7.1\'s files', () => {
  for (const [kind, ext] of [['multiblock', 'vtm'], ['multiblock_empty', 'vtm'], ['collection', 'vtpc'], ['collection_empty', 'vtpc']]) {
    test.each(CMODES)(`${kind} %s`, async (mode, opts) => {
      const name = `${kind}-${mode}.${ext}`, dir = name.replace(/\.[a-z]+$/, '');
      const obj = await vb.read(readFileSync(path.join(CCORPUS, name)), { files: (f) => readFileSync(path.join(CCORPUS, f)) });
      const got = vb.write(obj, { ...opts, format: ext, name: `some/where/${name}` });
      expect(Object.keys(got).sort()).toEqual([name, ...under(dir)].sort());
      for (const [f, bytes] of Object.entries(got)) {
        // a field-only leaf read back has (empty) points, which VTK's reader gives it too
        if (f.endsWith('_0_1.vtp')) continue;
        const want = readFileSync(path.join(CCORPUS, f));
        if (opts.compressor === 'zlib') expect(inflated(bytes)).toEqual(inflated(want));
        else expect(Buffer.from(bytes).toString('latin1')).toBe(want.toString('latin1'));
      }
    });
  }
  test('built here, read back: the tree, names and field data', async () => {
    const mb = new vb.vtkMultiBlockDataSet(), inner = new vb.vtkMultiBlockDataSet();
    mb.SetBlock(0, allCells());
    mb.GetMetaData(0).Set(vb.vtkCompositeDataSet.NAME(), 'a & "b"');
    inner.SetBlock(1, image());
    mb.SetBlock(1, inner);
    mb.GetFieldData().AddArray(arr(vb.vtkIntArray, 't', 1, [7]));
    const files = vb.write(mb, { name: 'm.vtm', compressor: 'none' });
    expect(Object.keys(files).sort()).toEqual(['m.vtm', 'm/m_0.vtp', 'm/m_2.vti']);
    const back = await vb.read(files['m.vtm'], { files: (f) => files[f] });
    expect(back.GetClassName()).toBe('vtkMultiBlockDataSet');
    expect(back.GetMetaData(0).Get(vb.vtkCompositeDataSet.NAME())).toBe('a & "b"');
    expect(back.GetBlock(1).GetBlock(1).GetNumberOfPoints()).toBe(18);
    expect(back.GetNumberOfCells()).toBe(mb.GetNumberOfCells());
    expect(back.GetFieldData().GetArray(0).GetValue(0)).toBe(7);
  });
  test('bad input: a composite format for a data set, no name, a leaf that cannot be written', () => {
    const mb = new vb.vtkMultiBlockDataSet();
    mb.SetBlock(0, allCells());
    expect(() => vb.write(allCells(), { format: 'vtm', name: 'a.vtm' })).toThrow(/takes a vtkMultiBlockDataSet/);
    expect(() => vb.write(mb, { format: 'vtpc', name: 'a.vtpc' })).toThrow(TypeError);
    expect(() => vb.write(mb)).toThrow(/needs options.name/);
    mb.SetBlock(1, new vb.vtkTable());
    const before = [vb.liveObjects(), vb.liveBlocks()];
    expect(() => vb.write(mb, { name: 'a.vtm', compressor: 'none' })).toThrow(/vtkTable/);
    expect([vb.liveObjects(), vb.liveBlocks()]).toEqual(before);
  });
});

// read() in JS: the XML corpus written by VTK 9.7.1 (tests/data/io/xml, expected.json
// from VTK's readers, tests/io/gen_xml.py) and the legacy corpus read to the same
// counts and array bytes; zlib through node:zlib and through DecompressionStream
// (node:zlib hidden); Blob / Response / ArrayBuffer sources; bad files rejected.
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createVtkBuf from '../../js/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const XML = path.join(ROOT, 'tests/data/io/xml');
const EXPECTED = JSON.parse(readFileSync(path.join(XML, 'expected.json'), 'utf8'));
const FILES = Object.keys(EXPECTED).filter((f) => !/\.vt(m|pc)$/.test(f)).sort();

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function hex(a) {
  if (a.GetDataType() === 1) return Buffer.from(Array.from({ length: a.GetNumberOfValues() }, (_, i) => a.GetValue(i))).toString('hex');
  const v = a.toArray();
  const h = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
  return h.length > 256 ? `sha256:${createHash('sha256').update(Buffer.from(h, 'hex')).digest('hex')}` : h;
}
function arrays(at) {
  return Array.from({ length: at.GetNumberOfArrays() }, (_, i) => {
    const a = at.GetArray(i);
    return { name: a.GetName(), type: a.GetDataType(), ncomp: a.GetNumberOfComponents(), ntuples: a.GetNumberOfTuples(), data: hex(a) };
  });
}
const pick = (list) => list.map(({ name, type, ncomp, ntuples, data }) => ({ name, type, ncomp, ntuples, data }));

describe('read() XML files as VTK 9.7.1 reads them', () => {
  test.each(FILES)('%s', async (fn) => {
    const e = EXPECTED[fn];
    const o = await vb.read(readFileSync(path.join(XML, fn)));
    expect(o.GetClassName()).toBe(e.class);
    expect(o.GetNumberOfPoints()).toBe(e.npoints);
    expect(o.GetNumberOfCells()).toBe(e.ncells);
    expect(arrays(o.GetPointData())).toEqual(pick(e.point_data.arrays));
    expect(arrays(o.GetCellData())).toEqual(pick(e.cell_data.arrays));
    expect(arrays(o.GetFieldData())).toEqual(pick(e.field_data));
    if (e.points) expect(hex(o.GetPoints().GetData())).toBe(e.points.data);
    o.delete?.();
  });
});

describe('read() sources and zlib routes', () => {
  const fn = 'ugrid-binary-zlib-64-le.vtu';
  const bytes = () => new Uint8Array(readFileSync(path.join(XML, fn)));
  test('Blob, Response, ArrayBuffer give the same', async () => {
    for (const src of [new Blob([bytes()]), new Response(bytes()), bytes().buffer]) {
      const o = await vb.read(src);
      expect(o.GetNumberOfCells()).toBe(EXPECTED[fn].ncells);
      expect(hex(o.GetPoints().GetData())).toBe(EXPECTED[fn].points.data);
    }
  });
  test('DecompressionStream when node:zlib is absent (a browser)', async () => {
    const saved = process.versions;
    try {
      for (const f of FILES.filter((x) => x.includes('zlib'))) {
        const bytes = readFileSync(path.join(XML, f));
        Object.defineProperty(process, 'versions', { value: {}, configurable: true });
        const o = await vb.read(bytes);
        Object.defineProperty(process, 'versions', { value: saved, configurable: true });
        expect(arrays(o.GetPointData())).toEqual(pick(EXPECTED[f].point_data.arrays));
      }
    } finally {
      Object.defineProperty(process, 'versions', { value: saved, configurable: true });
    }
  });
  test('composite files: the named files through options.files; without it an error naming the file', async () => {
    await expect(vb.read(readFileSync(path.join(XML, 'multiblock.vtm'))))
      .rejects.toThrow(/line 4 \(byte 185\): a DataSet file \(multiblock\/multiblock_0.vtu\) and no way to load it/);
    const files = async (name) => new Blob([readFileSync(path.join(XML, name))]);
    const mb = await vb.read(readFileSync(path.join(XML, 'multiblock.vtm')), { files });
    const e = EXPECTED['multiblock.vtm'].blocks;
    expect(mb.GetNumberOfBlocks()).toBe(e.length);
    expect(mb.GetBlock(0).GetNumberOfCells()).toBe(e[0][1].ncells);
    expect(mb.GetBlock(1).GetBlock(1).GetNumberOfPoints()).toBe(e[1][1].blocks[1][1].npoints);
    expect(mb.GetBlock(2)).toBe(null);
    expect(mb.GetBlock(3).GetClassName()).toBe(e[3][1].class);
    const pc = await vb.read(readFileSync(path.join(XML, 'collection.vtpc')), { files });
    expect(pc.GetPartitionedDataSet(0).GetNumberOfPartitions()).toBe(2);
    await expect(vb.read(readFileSync(path.join(XML, 'collection.vtpc')), { files: () => { throw new RangeError('no such file'); } }))
      .rejects.toThrow('no such file');
  });
  test('legacy files are read too', async () => {
    const dir = path.join(ROOT, 'tests/data/io/legacy');
    const f = readdirSync(dir).find((x) => x.startsWith('all_cells-binary-51'));
    const o = await vb.read(readFileSync(path.join(dir, f)));
    expect(o.GetClassName()).toBe('vtkPolyData');
    expect(o.GetNumberOfPoints()).toBe(7);
  });
});

describe('read() bad input', () => {
  test('errors name the position; nothing leaks', async () => {
    const before = vb.liveObjects();
    const raw = readFileSync(path.join(XML, 'ugrid-raw-none-64-le.vtu'));
    await expect(vb.read(raw.subarray(0, raw.length - 40))).rejects.toThrow(/line \d+ \(byte \d+\)/);
    const z = readFileSync(path.join(XML, 'ugrid-binary-zlib-64-le.vtu')).toString('latin1');
    await expect(vb.read(Buffer.from(z.replace('vtkZLibDataCompressor', 'vtkLZMADataCompressor'), 'latin1')))
      .rejects.toThrow(/vtkLZMADataCompressor/);
    await expect(vb.read(new Uint8Array([1, 2, 3]))).rejects.toThrow(TypeError);
    await expect(vb.read('a string')).rejects.toThrow(/expected a Uint8Array/);
    await expect(vb.read(raw, { format: 'vtk' })).rejects.toThrow(/format/);
    expect(vb.liveObjects()).toBe(before);
  });
});

// CommonJS consumer of the package (run by tests/js/package.test.mjs).
'use strict';
const createVtkBuf = require('vtkbuf');
(async () => {
  const vb = await createVtkBuf();
  const arr = new vb.vtkDoubleArray();
  arr.SetNumberOfComponents(3);
  arr.InsertNextTuple([1, 2, 3]);
  let stale = false;
  const d = arr.data;
  arr.SetNumberOfTuples(1000);
  try { d.get(0); } catch (e) { stale = e instanceof vb.StaleViewError; }
  const out = {
    resolved: require.resolve('vtkbuf'),
    same: createVtkBuf.default === createVtkBuf && createVtkBuf.createVtkBuf === createVtkBuf,
    tuple: arr.GetTuple(0), stale, tuples: arr.GetNumberOfTuples(),
  };
  d.release(); arr.delete();
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });

// A user's strict project with the default lib of target es2022 (no esnext, no
// skipLibCheck), compiled against the packed package (tests/js/package.test.mjs
// copies this directory next to node_modules/vtkbuf from `npm pack`).
import createVtkBuf, { StaleViewError, type VtkBuf, type SafeView } from 'vtkbuf';
import createVtkBuf64, { StaleViewError as StaleViewError64, type VtkBuf as VtkBuf64 } from 'vtkbuf/memory64';

async function use(vb: VtkBuf | VtkBuf64): Promise<number> {
  const a = new vb.vtkDoubleArray();
  a.SetNumberOfValues(3);
  const d: SafeView<'float64'> = a.data;
  d.set(0, 1.5);
  d[Symbol.dispose]();
  a[Symbol.dispose]();
  const flag: boolean = vb.memory64;
  return flag ? 64 : 32;
}

const vb32: VtkBuf = await createVtkBuf();
const vb64: VtkBuf64 = await createVtkBuf64();
const l32: Int32Array = new vb32.vtkLongArray().view();       // C long: 32-bit on wasm32
const l64: BigInt64Array = new vb64.vtkLongArray().view();    // 64-bit with memory64 (LP64)
// @ts-expect-error: a memory64 long view is not an Int32Array
const wrong: Int32Array = new vb64.vtkLongArray().view();
const e: typeof StaleViewError = StaleViewError64;
void [use(vb32), use(vb64), l32, l64, wrong, e];

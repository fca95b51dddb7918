// Typed usage of the package through its exports map (checked by `tsc --noEmit`,
// tests/js/package.test.mjs). Lines marked @ts-expect-error must fail to compile.
import createVtkBuf, { StaleViewError, vtkCommand, type SafeView, type VtkBuf } from 'vtkbuf';

const vb: VtkBuf = await createVtkBuf({ wasmURL: new URL('./vtkbuf.wasm', import.meta.url) });
const arr = new vb.vtkFloatArray();
arr.SetNumberOfComponents(3);
arr.SetNumberOfTuples(100);
const i: number = arr.InsertNextTuple([1, 2, 3]);
arr.InsertNextTuple3(1, 2, 3);
const f: Float32Array = arr.view();
const buf = arr.GetBuffer();
const n: number = buf.GetNumberOfElements();
const d: SafeView<'float32'> = arr.data;
const x: number = d.get(0);
d.set(new Float32Array([1, 2]), 3);
const id: number = arr.AddObserver('BufferChangedEvent', (caller, ev) => { caller.GetNumberOfTuples(); void ev; });
arr.AddObserver(vtkCommand.ModifiedEvent, () => {});
arr.RemoveObserver(id);

const ids = new vb.vtkIdTypeArray();
const big: bigint = ids.GetValue(0);
const b64: BigInt64Array = ids.view();
ids.InsertNextValue(2n ** 62n);

const soa = new vb.vtkSOADataArrayTemplate('float64');
const c0: Float64Array = soa.GetComponentBuffer(0).view();
const u = new vb.vtkBuffer('uint64');
u.Allocate(4);
const uv: BigUint64Array = u.data.toArray();

try { d.get(0); } catch (e) { if (e instanceof StaleViewError) console.log(e.message); }
arr[Symbol.dispose]();
buf.delete();

// @ts-expect-error: float arrays take numbers, not strings
arr.SetValue(0, 'x');
// @ts-expect-error: unknown dtype
new vb.vtkBuffer('complex128');
// @ts-expect-error: a float64 view is not a Float32Array
const wrong: Float32Array = soa.view(0);
// @ts-expect-error: float arrays take no BigInt
new vb.vtkDoubleArray().InsertNextValue(1n);

void [i, f, n, x, big, b64, c0, uv, wrong];

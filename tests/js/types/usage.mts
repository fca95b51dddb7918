// Typed usage of the package through its exports map (checked by `tsc --noEmit`,
// tests/js/package.test.mjs). Lines marked @ts-expect-error must fail to compile.
import createVtkBuf, {
  StaleViewError, vtkCommand, type SafeView, type VtkBuf, type vtkPolyData, type AnyTypedArray, type vtkBuffer,
  type vtkIdList,
} from 'vtkbuf';

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
new vb.vtkDoubleArray().InsertNextValue(1n);   // float arrays take any integer
const chars = new vb.vtkCharArray();
chars.InsertNextValue('A');
const ch: string = chars.GetValue(0);
const code: number = chars.GetTuple(0)[0];
chars.SetTuple1(0, 66);
const idc: number = ids.GetComponent(0, 0); // the double interface: a number (VTK's double)
const tids: number = vb.VTK.VTK_ID_TYPE;
// @ts-expect-error: the value API of a char array takes 1-character strings
chars.InsertNextValue(65);
// @ts-expect-error: the tuple API takes numbers
chars.SetTuple1(0, 'A');
// @ts-expect-error: a char value is a string
const notNum: number = chars.GetValue(0);

// Data objects
const sphere = new vb.vtkSphereSource();
sphere.SetThetaResolution(16);
sphere.SetCenter([0, 0, 1]);
sphere.SetCenter(0, 0, 1);
sphere.LatLongTessellationOn();
sphere.SetOutputPointsPrecision(vb.vtkSphereSource.DOUBLE_PRECISION);
sphere.Update();
const out: vtkPolyData = sphere.GetOutput();
const coords: Float32Array | Float64Array | AnyTypedArray = out.GetPoints()!.GetData().view();
const pt: [number, number, number] = out.GetPoints()!.GetPoint(0);
const bounds: number[] = out.GetBounds();
const offsets: BigInt64Array = out.GetPolys().GetOffsetsArray().view();
const cell: number[] = out.GetPolys().GetCell(0);
const normals = out.GetPointData().GetNormals();
if (normals) normals.GetNumberOfComponents();
const pts = new vb.vtkPoints('float64');
const pid: number = pts.InsertNextPoint(1, 2, 3);
pts.InsertNextPoint([4, 5, 6]);
const cells = new vb.vtkCellArray();
cells.InsertNextCell([0, 1]);
cells.InsertNextCell(2, new Int32Array([0, 1]));
const pd = new vb.vtkPolyData();
pd.SetPoints(pts);
pd.SetLines(cells);
const named = pd.GetPointData().GetArray('temperature');
const idx: number = pd.GetPointData().AddArray(arr);
const same: boolean = pd.GetPoints()!.IsSame(pts);
// @ts-expect-error: GetPoints may be null
pd.GetPoints().GetNumberOfPoints();
// @ts-expect-error: a point has three coordinates
pts.InsertNextPoint(1, 2);
// @ts-expect-error: SetPoints takes vtkPoints
pd.SetPoints(cells);

// vtkBitArray and mesh building from typed arrays (issue 11)
const bits = new vb.vtkBitArray();
bits.InsertNextValue(true);
bits.SetValue(0, 1);
const bitDtype: 'bit' = bits.dtype;
const unpacked: Uint8Array = bits.toValues();
const packed: Uint8Array = bits.view();
const bytesBuf: vtkBuffer<'uint8'> = bits.GetBuffer();
const fromF32 = new vb.vtkPoints(new Float32Array([0, 0, 0, 1, 0, 0]));
const fromOpts = new vb.vtkPoints({ data: [[0, 0, 0], [1, 2, 3]] });
const meshCells = new vb.vtkCellArray({ offsets: new Int32Array([0, 3]), connectivity: new Int32Array([0, 1, 2]) });
const ncells: number = meshCells.GetNumberOfCells();
// @ts-expect-error: vtkCellArray takes { offsets, connectivity }
new vb.vtkCellArray([0, 3]);
// @ts-expect-error: a bit array's dtype is 'bit'
const notBit: 'uint8' = bits.dtype;

// the object layer
const idl = new vb.vtkIdList();
const at: number = idl.InsertNextId(5n);
idl.SetList([1, 2, 3]);
const idArr: BigInt64Array = idl.toArray();
const plain = new vb.vtkObject();
const isObj: 0 | 1 = plain.IsA('vtkObject');
const down: vtkIdList | null = vb.vtkIdList.SafeDownCast(plain);
const again: vtkIdList = idl.NewInstance();
const ret0: 0 = plain.InvokeEvent('UserEvent', { any: 'value' });
plain.AddObserver('UserEvent', (o, e, data) => { void [o, e, data]; }, 1.5);
// @ts-expect-error: ids are numbers or BigInt
idl.InsertNextId('1');

// the data-object API (issue 17): bases, field data, attributes, cell queries
const ds: import('../../../js/index.js').vtkDataSet = pd;
const fd = new vb.vtkFieldData();
const range = [0, 0];
const found: boolean = fd.GetRange('x', range, 0);
const sc = pd.GetPointData().GetScalars('temperature');
const ctype: number = pd.GetCellType(0);
const filled: typeof idl = pd.GetCellPoints(0, idl);
const b6: number[] = pd.GetBounds([0, 0, 0, 0, 0, 0]);
const newId: number = pd.InsertNextCell(5, [0, 1, 2]);
const traversed: 0 | 1 = cells.GetNextCell(idl);
// @ts-expect-error: vtkDataSet is abstract
new vb.vtkDataSet();

void [at, idArr, isObj, down, again, ret0, ds, found, sc, ctype, filled, b6, newId, traversed];
void [i, f, n, x, big, b64, c0, uv, wrong, ch, code, idc, tids, notNum, coords, pt, bounds, offsets, cell, named, idx, same, pid,
  bitDtype, unpacked, packed, bytesBuf, fromF32, fromOpts, ncells, notBit];

// the rest of VTK's array API (js/array_api.mjs)
{
  const a = new vb.vtkFloatArray();
  a.SetComponentName(0, 'x');
  const n: string | null = a.GetComponentName(0);
  const copied: 0 | 1 = a.CopyComponentNames(null);
  a.Fill(1); a.FillComponent(0, 2); a.FillValue(3); a.InsertComponent(0, 0, 1);
  const ok: boolean = a.CopyComponent(0, a, 0);
  a.InsertTuples([0], [0], a); a.InsertTuples(0, 1, 0, a); a.InsertTuplesStartingAt(0, [0], a);
  a.GetTuples([0], a); a.GetTuples(0, 0, a); a.SetTuple(0, 0, a); a.InsertTuple(1, 0, a);
  const k: number = a.InsertNextTuple(0, a);
  a.InterpolateTuple(0, [0], a, [1]); a.InterpolateTuple(0, 0, a, 0, a, 0.5);
  const r: [number, number] = a.GetDataTypeRange();
  const fr: [number, number] = a.GetFiniteRange(-1);
  const m: number = vb.vtkDataArray.GetDataTypeMax(3) + vb.vtkDataArray.MAX_DISCRETE_VALUES + a.GetMaxNorm();
  const b: typeof a = a.NewInstance();
  a.RemoveTuple(0); a.RemoveFirstTuple(); a.RemoveLastTuple(); a.Reset();
  void [n, copied, ok, k, r, fr, m, b, a.IsIntegral(), a.GetArrayTypeAsString(), a.GetActualMemorySize()];
}

// write(): one file's bytes, or a composite's files by path
{
  const bytes = vb.write(new vb.vtkPolyData(), { format: 'vtp', compressor: 'none' });
  const files = vb.write(new vb.vtkMultiBlockDataSet(), { format: 'vtm', name: 'case.vtm', compressor: 'none' });
  if (!(bytes instanceof Promise) && !(files instanceof Promise)) {
    const b: Uint8Array = bytes;
    const index: Uint8Array | undefined = files['case.vtm'];
    void [b, index];
  }
}

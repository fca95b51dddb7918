// The JavaScript API end to end: arrays, buffers, views, events, errors, lifetime.
import createVtkBuf, { StaleViewError } from '../js/index.mjs';

const vb = await createVtkBuf();

// Arrays with VTK's names and methods (as in Python).
const points = new vb.vtkFloatArray();
points.SetNumberOfComponents(3);
points.SetNumberOfTuples(100);
const buffer = points.GetBuffer();              // the array's vtkBuffer (a new wrapper)
console.log('buffer elements:', buffer.GetNumberOfElements());    // 300
buffer.delete();
points.InsertNextTuple([1, 2, 3]);
console.log('tuple 100:', points.GetTuple(100), 'of', points.GetNumberOfTuples());

// Events: BufferChangedEvent whenever the memory behind the array moves.
const id = points.AddObserver('BufferChangedEvent', (caller, event) =>
  console.log(`  ${event}: ${caller.GetClassName()} now holds ${caller.GetSize()} values`));

// A safe view: zero-copy, checked once per call.
const view = points.data;                       // SafeView over a Float32Array
console.log('view[302] =', view.get(302));
for (let i = 0; i < 200; i++) points.InsertNextTuple3(i, i, i);   // reallocates
try { view.get(302); } catch (e) { console.log(e instanceof StaleViewError, e.message); }
const again = points.data;                      // a fresh view is one call
console.log('fresh view[302] =', again.get(302));
again.release();                                // views hold their memory block until released
points.RemoveObserver(id);

// WASM memory growth detaches every raw typed array; safe views say so.
const raw = points.view();                      // raw Float32Array: valid until the next allocation
const fresh = points.data;
const big = new vb.vtkBuffer('uint8');
big.Allocate(64 * 1024 * 1024);                 // grows WASM memory
console.log('raw view after growth: length', raw.length, 'raw[302] =', raw[302]);
try { fresh.get(302); } catch (e) { console.log(e.name, e.message); }

// 64-bit integers are BigInt; copies in are checked by the core (never a wrap).
const ids = new vb.vtkIdTypeArray();
ids.InsertNextValue(2n ** 62n + 1n);
console.log('id:', ids.GetValue(0), ids.view());
try { ids.set(new Float64Array([NaN])); } catch (e) { console.log(e.name, e.message); }

// Numbers follow VTK's rules, decided once in the C core (as in Python): the value
// API is exact, the tuple API saturates; a char array's values are 1-character strings.
const small = new vb.vtkSignedCharArray();
try { small.InsertNextValue(300); } catch (e) { console.log(e.name, e.message); }
try { small.InsertNextValue(2.5); } catch (e) { console.log(e.name, e.message); }
small.InsertNextTuple1(300);
console.log('int8 tuple API:', small.GetValue(0));

// Errors: RangeError / TypeError, the object unchanged, the module never aborts.
try { points.SetNumberOfTuples(2e8); } catch (e) { console.log(e.name, e.message); }
console.log('still', points.GetNumberOfTuples(), 'tuples');

// Lifetime: explicit delete(); a deleted object says so.
for (const o of [view, fresh]) o.release();
for (const o of [points, big, ids, small]) o.delete();
try { points.GetNumberOfTuples(); } catch (e) { console.log(e.message); }
console.log('live memory blocks:', vb.liveBlocks());

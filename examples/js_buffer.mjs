// The JavaScript API end to end: a buffer, zero-copy views, growth and reallocation.
import createVtkBuf, { StaleViewError } from '../js/index.mjs';

const vb = await createVtkBuf();
const buf = new vb.vtkBuffer('float64');
buf.Allocate(5);
buf.view().set([0, 0.25, 0.5, 0.75, 1]);           // raw zero-copy Float64Array
console.log('elements', buf.GetNumberOfElements(), 'type', buf.GetDataType(), 'size', buf.GetDataTypeSize());

const data = buf.data;                              // safe view, checked once per call
console.log('data[4] =', data.get(4));

const big = new vb.vtkBuffer('uint8');
big.Allocate(64 * 1024 * 1024);                     // grows WASM memory: old views detach
try { data.get(4); } catch (e) { console.log(e instanceof StaleViewError, e.message); }
console.log('fresh view data[4] =', buf.data.get(4));

const before = buf.data;
buf.Reallocate(1000);                               // new memory block
try { before.get(0); } catch (e) { console.log(e instanceof StaleViewError, e.message); }
console.log('after Reallocate data[4] =', buf.data.get(4), 'elements', buf.GetNumberOfElements());
for (const o of [data, before, big, buf]) (o.release ?? o.delete).call(o);

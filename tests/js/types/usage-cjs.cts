// The CommonJS entry: an async factory.
import createVtkBuf = require('vtkbuf');
async function main(): Promise<number> {
  const vb = await createVtkBuf();
  const b = new vb.vtkBuffer('int32');
  b.Allocate(2);
  return b.view().length;
}
void main;

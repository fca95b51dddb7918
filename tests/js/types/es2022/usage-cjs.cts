// The CommonJS entry under the same es2022 project.
import createVtkBuf = require('vtkbuf');
async function main(): Promise<void> {
  const vb = await createVtkBuf();
  const b = new vb.vtkBuffer('int32');
  b[Symbol.dispose]();
}
void main;

// The CommonJS entry: an async factory.
import createVtkBuf = require('vtkbuf');
async function main(): Promise<number> {
  const vb = await createVtkBuf();
  const b = new vb.vtkBuffer('int32');
  b.Allocate(2);
  const s: createVtkBuf.vtkSphereSource = new vb.vtkSphereSource();
  s.Update();
  return b.view().length + s.GetOutput().GetNumberOfPoints();
}
void main;

// The vtk.js part of the demo page, bundled by esbuild (tools/build-demo) into
// build/demo/view3d.js: a render window in a div showing one polydata handed over by
// the package's bridge (vtkbuf/vtkjs, js/vtkjs.mjs): zero-copy views of Pyodide's
// memory, re-bound by the bridge before each render when they went stale.
import '@kitware/vtk.js/Rendering/Profiles/Geometry';
import vtkGenericRenderWindow from '@kitware/vtk.js/Rendering/Misc/GenericRenderWindow';
import vtkActor from '@kitware/vtk.js/Rendering/Core/Actor';
import vtkMapper from '@kitware/vtk.js/Rendering/Core/Mapper';
import { createBinding } from '../../js/vtkjs.mjs';

/** A view of the binding whose acquire()/changed() give the arrays (see js/vtkjs.mjs). */
export function createView(container, acquire, changed, { background = [0.08, 0.09, 0.12], color = [1.0, 0.55, 0.15] } = {}) {
  const grw = vtkGenericRenderWindow.newInstance({ background, listenWindowResize: false });
  grw.setContainer(container);
  grw.resize();
  const renderer = grw.getRenderer(), renderWindow = grw.getRenderWindow();
  const bridge = createBinding(acquire, { changed }).attach(renderWindow);
  const mapper = vtkMapper.newInstance({ scalarVisibility: false });
  mapper.setInputData(bridge.output);
  const actor = vtkActor.newInstance();
  actor.setMapper(mapper);
  actor.getProperty().setColor(...color);
  renderer.addActor(actor);
  renderer.resetCamera();
  return {
    bridge,
    render() { bridge.render(); },
    canvas: () => container.querySelector('canvas'),
    points: () => bridge.output.getPoints().getData(),
  };
}

// The vtk.js part of the demo page, bundled by esbuild (tools/build-demo) into
// build/demo/view3d.js: a render window in a div showing one polydata whose points
// and normals are typed arrays given by the caller (zero-copy views of Pyodide's memory).
import '@kitware/vtk.js/Rendering/Profiles/Geometry';
import vtkGenericRenderWindow from '@kitware/vtk.js/Rendering/Misc/GenericRenderWindow';
import vtkActor from '@kitware/vtk.js/Rendering/Core/Actor';
import vtkMapper from '@kitware/vtk.js/Rendering/Core/Mapper';
import vtkPolyData from '@kitware/vtk.js/Common/DataModel/PolyData';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray';

export function createView(container, { background = [0.08, 0.09, 0.12], color = [1.0, 0.55, 0.15] } = {}) {
  const grw = vtkGenericRenderWindow.newInstance({ background, listenWindowResize: false });
  grw.setContainer(container);
  grw.resize();
  const renderer = grw.getRenderer(), renderWindow = grw.getRenderWindow();
  const polydata = vtkPolyData.newInstance();
  const mapper = vtkMapper.newInstance();
  mapper.setInputData(polydata);
  const actor = vtkActor.newInstance();
  actor.setMapper(mapper);
  actor.getProperty().setColor(...color);
  renderer.addActor(actor);
  let first = true;
  return {
    /** Bind (or re-bind) the arrays: points/normals are Float32Arrays (not copied), polys VTK legacy cells. */
    bind(points, normals, polys) {
      polydata.getPoints().setData(points, 3);
      polydata.getPolys().setData(polys);
      polydata.getPointData().setNormals(vtkDataArray.newInstance({ name: 'Normals', numberOfComponents: 3, values: normals }));
      polydata.modified();
      if (first) { renderer.resetCamera(); first = false; }
    },
    render() { renderWindow.render(); },
    canvas: () => container.querySelector('canvas'),
    points: () => polydata.getPoints().getData(),
  };
}

// The vtkbuf-view widget's front end (an anywidget ES module), bundled with the vtk.js
// parts it uses by esbuild (make view) into vtkbuf_view/static/widget.js: every script
// is in the widget itself, so it runs offline (JupyterLite, JupyterLab, VS Code).
// The model carries the surface as bytes (points float32 xyz, cells uint32 in VTK's
// legacy layout, one float32 value per point or cell) and the colour table (uint8
// RGBA rows of the core's vtkLookupTable).
// the WebGL pieces it draws with (not a whole profile: no WebGPU, cube axes, skybox...)
import '@kitware/vtk.js/Rendering/OpenGL/RenderWindow.js';
import '@kitware/vtk.js/Rendering/OpenGL/Actor.js';
import '@kitware/vtk.js/Rendering/OpenGL/Actor2D.js';
import '@kitware/vtk.js/Rendering/OpenGL/Camera.js';
import '@kitware/vtk.js/Rendering/OpenGL/Renderer.js';
import '@kitware/vtk.js/Rendering/OpenGL/PolyDataMapper.js';
import '@kitware/vtk.js/Rendering/OpenGL/PolyDataMapper2D.js';
import '@kitware/vtk.js/Rendering/OpenGL/Texture.js';
import '@kitware/vtk.js/Rendering/OpenGL/ScalarBarActor.js';
import vtkRenderWindow from '@kitware/vtk.js/Rendering/Core/RenderWindow.js';
import vtkRenderer from '@kitware/vtk.js/Rendering/Core/Renderer.js';
import vtkRenderWindowInteractor from '@kitware/vtk.js/Rendering/Core/RenderWindowInteractor.js';
import vtkInteractorStyleTrackballCamera from '@kitware/vtk.js/Interaction/Style/InteractorStyleTrackballCamera.js';
import vtkActor from '@kitware/vtk.js/Rendering/Core/Actor.js';
import vtkMapper from '@kitware/vtk.js/Rendering/Core/Mapper.js';
import vtkScalarBarActor from '@kitware/vtk.js/Rendering/Core/ScalarBarActor.js';
import vtkPolyData from '@kitware/vtk.js/Common/DataModel/PolyData.js';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray.js';
import vtkLookupTable from '@kitware/vtk.js/Common/Core/LookupTable.js';

// a DataView of a bytes trait as a typed array (a view when aligned, else a copy)
function typed(dv, A) {
  if (!dv || !dv.byteLength) return new A(0);
  const n = Math.floor(dv.byteLength / A.BYTES_PER_ELEMENT);
  return dv.byteOffset % A.BYTES_PER_ELEMENT === 0 ? new A(dv.buffer, dv.byteOffset, n)
    : new A(dv.buffer.slice(dv.byteOffset, dv.byteOffset + n * A.BYTES_PER_ELEMENT));
}

function render({ model, el }) {
  const box = document.createElement('div');
  box.className = 'vtkbuf-view';
  box.style.cssText = `position:relative;width:100%;height:${model.get('height')}px;overflow:hidden`;
  const reset = document.createElement('button');
  reset.textContent = 'reset';
  reset.title = 'reset the camera';
  reset.style.cssText = 'position:absolute;top:4px;right:4px;z-index:2;font:11px sans-serif';
  const title = document.createElement('div'); // the scalar bar's title: the array name
  title.className = 'vtkbuf-view-title';
  title.style.cssText = 'position:absolute;top:6px;right:64px;z-index:2;font:12px sans-serif';
  el.append(box);
  box.append(reset, title);
  const renderWindow = vtkRenderWindow.newInstance();
  const renderer = vtkRenderer.newInstance({ background: model.get('background') });
  renderWindow.addRenderer(renderer);
  const gl = renderWindow.newAPISpecificView('WebGL');
  renderWindow.addView(gl);
  gl.setContainer(box);
  const interactor = vtkRenderWindowInteractor.newInstance();
  interactor.setInteractorStyle(vtkInteractorStyleTrackballCamera.newInstance());
  interactor.setView(gl);
  interactor.initialize();
  interactor.bindEvents(box);
  const resize = () => {
    const { width, height } = box.getBoundingClientRect(), r = window.devicePixelRatio || 1;
    gl.setSize(Math.max(1, Math.floor(width * r)), Math.max(1, Math.floor(height * r)));
  };
  resize();
  const polydata = vtkPolyData.newInstance();
  const mapper = vtkMapper.newInstance({ interpolateScalarsBeforeMapping: true });
  mapper.setInputData(polydata);
  const actor = vtkActor.newInstance();
  actor.setMapper(mapper);
  renderer.addActor(actor);
  const lut = vtkLookupTable.newInstance({ hueRange: [0, 0.6667] }); // the table comes from Python (VTK's)
  const bar = vtkScalarBarActor.newInstance({ drawNanAnnotation: false, drawBelowRangeSwatch: false, drawAboveRangeSwatch: false });
  bar.setScalarsToColors(lut);
  // labels readable on the background (dark text on a light one)
  const [r, g, b] = model.get('background');
  const ink = 0.3 * r + 0.59 * g + 0.11 * b > 0.5 ? '#222' : '#eee';
  bar.setAxisTextStyle?.({ fontColor: ink, fontFamily: 'sans-serif' });
  bar.setTickTextStyle?.({ fontColor: ink, fontFamily: 'sans-serif' });
  title.style.color = ink;
  renderer.addActor(bar);

  function update(resetCamera) {
    polydata.getPoints().setData(typed(model.get('points'), Float32Array), 3);
    for (const c of ['verts', 'lines', 'polys', 'strips']) {
      polydata[`get${c[0].toUpperCase()}${c.slice(1)}`]().setData(typed(model.get(c), Uint32Array));
    }
    const values = typed(model.get('values'), Float32Array), name = model.get('name');
    const cell = model.get('association') === 'cell';
    polydata.getPointData().setScalars(null);
    polydata.getCellData().setScalars(null);
    const colored = values.length > 0;
    if (colored) {
      const da = vtkDataArray.newInstance({ name, numberOfComponents: 1, values });
      (cell ? polydata.getCellData() : polydata.getPointData()).setScalars(da);
      const table = typed(model.get('table'), Uint8Array);
      if (table.length) lut.setTable(vtkDataArray.newInstance({ numberOfComponents: 4, values: table }));
      const [lo, hi] = model.get('range');
      lut.setRange(lo, hi);
      mapper.setLookupTable(lut);
      mapper.setScalarRange(lo, hi);
      if (cell) mapper.setScalarModeToUseCellData(); else mapper.setScalarModeToUsePointData();
      bar.setAxisLabel(' ');
      title.textContent = name || 'Scalars';
    }
    if (!colored) title.textContent = '';
    mapper.setScalarVisibility(colored);
    bar.setVisibility(colored);
    const p = actor.getProperty();
    p.setColor(...model.get('color'));
    p.setLighting(model.get('lighting'));
    p.setEdgeVisibility(model.get('edges'));
    polydata.modified();
    if (resetCamera) {
      renderer.resetCamera();
      const b = polydata.getBounds();
      if (b[1] > b[0] && b[3] > b[2] && b[5] > b[4]) { // a 3-D shape: seen from a corner
        const cam = renderer.getActiveCamera();
        cam.azimuth(30);
        cam.elevation(20);
        cam.orthogonalizeViewUp();
        renderer.resetCamera();
      }
    }
    renderWindow.render();
  }
  update(true);
  // the first camera (direction, up): "reset" goes back to it, fitted to the data
  const cam = renderer.getActiveCamera();
  const first = { position: cam.getPosition(), focalPoint: cam.getFocalPoint(), viewUp: cam.getViewUp() };
  reset.onclick = () => {
    cam.setPosition(...first.position);
    cam.setFocalPoint(...first.focalPoint);
    cam.setViewUp(...first.viewUp);
    renderer.resetCamera();
    renderWindow.render();
  };
  const changed = () => update(false);
  for (const t of ['points', 'verts', 'lines', 'polys', 'strips', 'values', 'table', 'range', 'name', 'association', 'color', 'lighting', 'edges']) {
    model.on(`change:${t}`, changed);
  }
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => { resize(); renderWindow.render(); }) : null;
  observer?.observe(box);
  // for tests and scripts: the canvas, a render, the camera reset
  box.vtkbufView = {
    canvas: () => box.querySelector('canvas'),
    render: () => renderWindow.render(),
    reset: () => reset.onclick(),
    /** The canvas pixel (x right, y down) where world point (x, y, z) is drawn. */
    pixel: (x, y, z) => {
      const [px, py] = gl.worldToDisplay(x, y, z, renderer);
      return [Math.round(px), Math.round(gl.getSize()[1] - py)];
    },
    /** Render and read the canvas back in the same task: { width, height, rgba }. */
    sample: () => {
      renderWindow.render();
      const canvas = box.querySelector('canvas'), c = document.createElement('canvas');
      c.width = canvas.width; c.height = canvas.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(canvas, 0, 0);
      return { width: c.width, height: c.height, rgba: ctx.getImageData(0, 0, c.width, c.height).data };
    },
    /** The colour (RGB 0-255) the view's lookup table gives value v. */
    map: (v) => Array.from(lut.mapScalars(vtkDataArray.newInstance({ values: new Float32Array([v]) }), 1, 0).getData().slice(0, 3)),
  };
  return () => { observer?.disconnect(); interactor.unbindEvents(); interactor.delete(); gl.delete(); renderWindow.delete(); };
}

export default { render };

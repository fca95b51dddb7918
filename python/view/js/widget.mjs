// The vtkbuf-view widget's front end (an anywidget ES module), bundled with the vtk.js
// parts it uses by esbuild (make view) into vtkbuf_view/static/widget.js: every script
// is in the widget itself, so it runs offline (JupyterLite, JupyterLab, VS Code).
// The model carries the surface as bytes (points float32 xyz, cells uint32 in VTK's
// legacy layout, one float32 value per point or cell) and the colour table (uint8
// RGBA rows, as vtkLookupTable.GetTable gives; empty: VTK's default hue ramp).
import '@kitware/vtk.js/Rendering/OpenGL/Profiles/Geometry.js';
import vtkGenericRenderWindow from '@kitware/vtk.js/Rendering/Misc/GenericRenderWindow.js';
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
  el.append(box);
  box.append(reset);
  const grw = vtkGenericRenderWindow.newInstance({ background: model.get('background'), listenWindowResize: false });
  grw.setContainer(box);
  grw.resize();
  const renderer = grw.getRenderer(), renderWindow = grw.getRenderWindow();
  const polydata = vtkPolyData.newInstance();
  const mapper = vtkMapper.newInstance({ interpolateScalarsBeforeMapping: true });
  mapper.setInputData(polydata);
  const actor = vtkActor.newInstance();
  actor.setMapper(mapper);
  renderer.addActor(actor);
  const lut = vtkLookupTable.newInstance({ hueRange: [0.6667, 0] }); // VTK's default ramp
  const bar = vtkScalarBarActor.newInstance({ drawNanAnnotation: false, drawBelowRangeSwatch: false, drawAboveRangeSwatch: false });
  bar.setScalarsToColors(lut);
  // labels readable on the background (dark text on a light one)
  const [r, g, b] = model.get('background');
  const ink = 0.3 * r + 0.59 * g + 0.11 * b > 0.5 ? '#222' : '#eee';
  bar.setAxisTextStyle?.({ fontColor: ink, fontFamily: 'sans-serif' });
  bar.setTickTextStyle?.({ fontColor: ink, fontFamily: 'sans-serif' });
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
      bar.setAxisLabel(name || 'Scalars');
    }
    mapper.setScalarVisibility(colored);
    bar.setVisibility(colored);
    const p = actor.getProperty();
    p.setColor(...model.get('color'));
    p.setLighting(model.get('lighting'));
    p.setEdgeVisibility(model.get('edges'));
    polydata.modified();
    if (resetCamera) renderer.resetCamera();
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
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => { grw.resize(); renderWindow.render(); }) : null;
  observer?.observe(box);
  // for tests and scripts: the canvas, a render, the camera reset
  box.vtkbufView = {
    canvas: () => box.querySelector('canvas'),
    render: () => renderWindow.render(),
    reset: () => reset.onclick(),
    /** The canvas pixel (x right, y down) where world point (x, y, z) is drawn. */
    pixel: (x, y, z) => {
      const gl = grw.getApiSpecificRenderWindow(), [px, py] = gl.worldToDisplay(x, y, z, renderer);
      return [Math.round(px), Math.round(gl.getSize()[1] - py)];
    },
    /** Render and read the canvas back in the same task: { width, height, rgba }. */
    sample: () => {
      renderWindow.render();
      const gl = box.querySelector('canvas'), c = document.createElement('canvas');
      c.width = gl.width; c.height = gl.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(gl, 0, 0);
      return { width: c.width, height: c.height, rgba: ctx.getImageData(0, 0, c.width, c.height).data };
    },
    /** The colour (RGB 0-255) the view's lookup table gives value v. */
    map: (v) => Array.from(lut.mapScalars(vtkDataArray.newInstance({ values: new Float32Array([v]) }), 1, 0).getData().slice(0, 3)),
  };
  return () => { observer?.disconnect(); grw.delete(); };
}

export default { render };

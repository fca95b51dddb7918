// vtkbuf/vtkjs: hand vtkbuf data sets to vtk.js without copying. The vtk.js data object's
// points, cells and point/cell data arrays are typed arrays over vtkbuf's WASM memory
// (SafeViews, js/views.mjs); when one of them goes stale (its buffer reallocated, the
// memory grew, the data set changed) refresh() re-binds every array before the next
// render. vtk.js is a peer dependency: this entry imports it, `import 'vtkbuf'` never does.
//
//   import { toVtkJs } from 'vtkbuf/vtkjs';
//   const bridge = toVtkJs(vb, polydata);        // vb: the createVtkBuf() instance
//   mapper.setInputData(bridge.output);
//   bridge.attach(renderWindow).render();        // refresh() + render (interactor frames refresh too)
//
// Cells: vtk.js reads VTK's legacy layout (n, id0, ..., n, ...), vtkbuf keeps offsets +
// connectivity; the core writes the legacy layout (ExportLegacyFormat) into a uint32
// array in WASM memory, which vtk.js then views: no copy on the JS heap.
import vtkPolyData from '@kitware/vtk.js/Common/DataModel/PolyData.js';
import vtkImageData from '@kitware/vtk.js/Common/DataModel/ImageData.js';
import vtkDataArray from '@kitware/vtk.js/Common/Core/DataArray.js';

const CELLS = ['Verts', 'Lines', 'Polys', 'Strips'];
// typed arrays vtk.js reads as numbers (no BigInt arrays)
const NUMERIC = new Set([Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]);

/**
 * A binding over any source of SafeViews (vtkbuf data sets: toVtkJs; Pyodide's vtkbuf
 * objects through vtkbuf/pyodide: the demo page). `acquire()` returns
 *   { points: SafeView, cells?: { Polys: SafeView | TypedArray, ... },
 *     pointData?: [{ name, view, components, scalars?, normals? }], cellData?: [...],
 *     image?: { dimensions, origin, spacing, direction }, release?() }
 * and `changed()` (optional) says whether the source changed in a way views cannot see
 * (arrays replaced). refresh() calls acquire() again when a view went stale or changed().
 */
const viewsOf = (b) => [b.points, ...Object.values(b.cells ?? {}), ...(b.pointData ?? []).map((a) => a.view),
  ...(b.cellData ?? []).map((a) => a.view)].filter((v) => v && !ArrayBuffer.isView(v));

export function createBinding(acquire, { changed = () => false, image = false } = {}) {
  const output = image ? vtkImageData.newInstance() : vtkPolyData.newInstance();
  let bound = null, binds = 0, window_ = null;
  const attrs = (fd, list = []) => {
    for (const name of fd.getArrays().map((a) => a.getName())) fd.removeArray(name);
    for (const a of list) {
      const values = a.view.array();
      if (!NUMERIC.has(values.constructor)) continue;
      const da = vtkDataArray.newInstance({ name: a.name, numberOfComponents: a.components, values });
      fd.addArray(da);
      if (a.scalars) fd.setScalars(da);
      if (a.normals) fd.setNormals(da);
    }
  };
  function bind() {
    let next = acquire();
    for (let k = 0; k < 3 && viewsOf(next).some((v) => v.stale); k++) { next.release?.(); next = acquire(); }
    bound?.release?.();
    bound = next;
    if (image) {
      const { dimensions, origin, spacing, direction } = next.image;
      output.setDimensions(...dimensions);
      output.setOrigin(...origin);
      output.setSpacing(...spacing);
      if (direction) output.setDirection(direction);
    } else {
      output.getPoints().setData(next.points ? next.points.array() : new Float32Array(0), 3);
      for (const c of CELLS) {
        const v = next.cells?.[c];
        const arr = v === undefined ? new Uint32Array(0) : ArrayBuffer.isView(v) ? v : v.array();
        output[`get${c}`]().setData(arr);
      }
    }
    attrs(output.getPointData(), next.pointData);
    attrs(output.getCellData(), next.cellData);
    output.modified();
    binds++;
  }
  const views = () => viewsOf(bound);
  bind();
  const bridge = {
    /** The vtk.js vtkPolyData / vtkImageData (the same object for the bridge's life). */
    output,
    /** How many times the arrays were bound (1 after creation). */
    get binds() { return binds; },
    /** True when a view went stale or the source changed: the next refresh() re-binds. */
    get stale() { return !bound || changed() || views().some((v) => v.stale); },
    /** Re-bind if stale; true when it did. Call before rendering (render() does). */
    refresh() { if (!bridge.stale) return false; bind(); return true; },
    /**
     * Render through the bridge: render() refreshes, then renders this vtk.js render
     * window; the window's interactor frames (rotate, zoom) refresh first too.
     * (vtk.js objects are frozen: the window's own render() cannot be wrapped.)
     */
    attach(renderWindow) {
      window_ = renderWindow;
      const it = renderWindow.getInteractor?.();
      it?.onStartAnimation?.(() => bridge.refresh());
      it?.onAnimation?.(() => bridge.refresh());
      return bridge;
    },
    /** refresh(), then render the attached render window. */
    render() {
      bridge.refresh();
      window_?.render();
    },
    /** The current typed arrays (checked views: do not keep them across allocations). */
    arrays() {
      return { points: bound.points?.array(), cells: Object.fromEntries(Object.entries(bound.cells ?? {}).map(([k, v]) => [k, ArrayBuffer.isView(v) ? v : v.array()])),
        pointData: (bound.pointData ?? []).map((a) => a.view.array()), cellData: (bound.cellData ?? []).map((a) => a.view.array()) };
    },
    /** Drop the views (the vtk.js object keeps its last arrays, which may go stale). */
    release() { bound?.release?.(); bound = null; },
  };
  return bridge;
}

// the numeric arrays of a vtkbuf field data, with their wrappers (kept alive while bound)
function fieldArrays(fd, keep, active) {
  const out = [];
  const scalars = fd.GetScalars?.(), normals = fd.GetNormals?.();
  const sName = scalars?.GetName?.(), nName = normals?.GetName?.();
  scalars?.delete?.(); normals?.delete?.();
  for (let i = 0, n = fd.GetNumberOfArrays(); i < n; i++) {
    const a = fd.GetArray(i);
    if (!a || typeof a.getData !== 'function' || a.GetDataType() === 1) { a?.delete?.(); continue; }
    let view;
    try { view = a.data; } catch { a.delete(); continue; } // no single view (scaled SOA, implicit)
    keep.push(a, view);
    const name = a.GetName();
    out.push({ name, view, components: a.GetNumberOfComponents(),
      scalars: active === undefined ? name === sName : name === active, normals: name === nName });
  }
  return out;
}

// The latest MTime of a data set and what it holds (points, cell arrays, attribute arrays):
// vtkbuf's data sets do not fold their parts' MTimes into their own as VTK does.
function stamp(d) {
  let m = d.GetMTime();
  const at = (o) => { if (o) { m = Math.max(m, o.GetMTime()); o.delete(); } };
  const pts = d.GetDimensions ? null : d.GetPoints?.(); // image data computes its points: none
  if (pts) { at(pts.GetData()); at(pts); }
  if (d.GetPolys) for (const c of CELLS) at(d[`Get${c}`]());
  for (const fd of [d.GetPointData(), d.GetCellData()]) {
    for (let i = 0, n = fd.GetNumberOfArrays(); i < n; i++) at(fd.GetArray(i));
    at(fd);
  }
  return m;
}

/**
 * A bridge from a vtkbuf vtkPolyData or vtkImageData (of the `vb` instance) to vtk.js.
 * options.scalars: the name of the array to make vtk.js's active scalars (default: the
 * data set's active scalars). Other data sets go through the core's vtkGeometryFilter (its
 * output polydata is a copy the bridge owns, extracted again when the input changes).
 */
export function toVtkJs(vb, dataset, { scalars } = {}) {
  if (!vb || typeof vb.vtkPolyData !== 'function') throw new TypeError('toVtkJs: pass the createVtkBuf() instance first');
  let ds = dataset, owned = null;
  const isImage = dataset instanceof vb.vtkImageData;
  if (!isImage && !(dataset instanceof vb.vtkPolyData)) {
    if (!(dataset instanceof vb.vtkDataSet)) throw new TypeError(`toVtkJs: expected a vtkbuf data set, got ${dataset?.constructor?.name ?? typeof dataset}`);
    if (typeof vb.vtkGeometryFilter !== 'function') throw new TypeError(`toVtkJs: a ${dataset.GetClassName()} needs the surface filter (vtkGeometryFilter), not in this build`);
    owned = new vb.vtkGeometryFilter();
    owned.SetInputData(dataset);
  }
  let mtime = -1;
  const legacy = {}; // the cells in VTK's legacy layout, uint32 arrays in WASM memory (owned)
  const acquire = () => {
    const keep = [];
    mtime = stamp(dataset); // the input's (a filtered data set: the filter runs again below)
    if (owned) { owned.Update(); if (ds !== dataset) ds.delete(); ds = owned.GetOutput(); }
    const next = { release: () => { for (const k of keep) (k.release ?? k.delete).call(k); } };
    if (isImage) {
      next.image = { dimensions: ds.GetDimensions(), origin: ds.GetOrigin(), spacing: ds.GetSpacing(), direction: ds.GetDirectionMatrix() };
      next.points = null;
    } else {
      // the cells first: their export allocates (memory may grow), the views come after
      const cells = {};
      for (const c of CELLS) {
        const ca = ds[`Get${c}`]();
        if (ca.GetNumberOfCells() > 0) {
          legacy[c] ??= new vb.vtkTypeUInt32Array();
          ca.ExportLegacyFormat(legacy[c]);
          cells[c] = legacy[c];
        }
        ca.delete();
      }
      const pts = ds.GetPoints(), data = pts?.GetData() ?? null;
      if (pts) keep.push(pts, data);
      if (data && data.GetDataType() !== vb.VTK_FLOAT && data.GetDataType() !== vb.VTK_DOUBLE) {
        next.release();
        throw new TypeError(`toVtkJs: points of type ${data.GetDataTypeAsString()} (vtk.js takes float or double points)`);
      }
      next.points = data?.data ?? null;
      if (next.points) keep.push(next.points);
      next.cells = {};
      for (const [c, arr] of Object.entries(cells)) keep.push(next.cells[c] = arr.data);
    }
    const pd = ds.GetPointData(), cd = ds.GetCellData();
    next.pointData = fieldArrays(pd, keep, scalars);
    next.cellData = fieldArrays(cd, keep, scalars);
    keep.push(pd, cd);
    return next;
  };
  const changed = () => stamp(dataset) !== mtime;
  const bridge = createBinding(acquire, { changed, image: isImage });
  const release = bridge.release;
  bridge.release = () => {
    release();
    for (const a of Object.values(legacy)) a.delete();
    if (ds !== dataset) ds.delete();
    owned?.delete();
  };
  return bridge;
}

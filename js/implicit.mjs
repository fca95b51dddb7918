// Implicit arrays (VTK 9.7's vtkConstantArray, vtkAffineArray,
// vtkStructuredPointArray): no storage, every value computed by the core
// (src/vb_implicit.h). Reads are the vtkDataArray API; writes throw TypeError
// (VTK 9.7.1 ignores them); view()/getData() throw (no memory to view) and
// toArray() gives a computed copy.
import { argc, describe, heapView, int32 } from './common.mjs';

const CONSTANT = 3, AFFINE = 4, STRUCTURED = 5;

export function defineImplicitArrays(ctx, arrays) {
  const { M, INTERNAL } = ctx;
  const { vtkDataArray, vtkAOSDataArrayTemplate } = arrays;
  const num = (v, what) => {
    if (typeof v !== 'number' && typeof v !== 'bigint') throw new TypeError(`${what}: expected a number, got ${describe(v)}`);
    return Number(v);
  };

  class vtkImplicitArray extends vtkDataArray {
    view() { throw new TypeError('view: an implicit array stores no values; toArray() gives a copy'); }
    getData() { throw new TypeError('getData: an implicit array stores no values; toArray() gives a copy'); }
    /** The computed values, copied (into target if given). */
    toArray(component, target) {
      argc(arguments.length, 0, 2, 'toArray');
      if (component !== undefined) throw new TypeError('toArray: an implicit array has no component buffers');
      const tmp = new vtkAOSDataArrayTemplate(this.dtype);
      try {
        tmp.DeepCopy(this);
        return target === undefined ? tmp.toArray() : tmp.toArray(undefined, target);
      } finally { tmp.delete(); }
    }
  }

  const make = (name, layout, body) => ({ [name]: class extends vtkImplicitArray {
    constructor(dtype) {
      if (dtype === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 1, 1, name); super(dtype, layout);
    }
  } })[name];

  const vtkConstantArray = make('vtkConstantArray', CONSTANT);
  Object.assign(vtkConstantArray.prototype, {
    /** ConstructBackend(value): every value is `value` (as the array's type). */
    ConstructBackend(value) {
      argc(arguments.length, 1, 1, 'ConstructBackend');
      ctx.done(M._vb_constant_array_construct_backend(this._ptr(), num(value, 'ConstructBackend')), 'ConstructBackend');
    },
    GetConstantValue() { return M._vb_constant_array_get_constant_value(this._ptr()); },
  });
  const vtkAffineArray = make('vtkAffineArray', AFFINE);
  Object.assign(vtkAffineArray.prototype, {
    /** ConstructBackend(slope, intercept): value i = slope * i + intercept. */
    ConstructBackend(slope, intercept) {
      argc(arguments.length, 2, 2, 'ConstructBackend');
      ctx.done(M._vb_affine_array_construct_backend(this._ptr(), num(slope, 'ConstructBackend'),
        num(intercept, 'ConstructBackend')), 'ConstructBackend');
    },
    GetSlope() { return M._vb_affine_array_get_slope(this._ptr()); },
    GetIntercept() { return M._vb_affine_array_get_intercept(this._ptr()); },
  });
  const vtkStructuredPointArray = make('vtkStructuredPointArray', STRUCTURED);
  const coords = (self, axis) => ctx.wrapArray(M._vb_structured_point_array_get_coordinates(self._ptr(), axis));
  Object.assign(vtkStructuredPointArray.prototype, {
    /** ConstructBackend(x, y, z, extent[6], dataDescription[, dirMatrix[9]]): points of the extent from
     *  three coordinate arrays (held, not copied; null reads 0). */
    ConstructBackend(x, y, z, extent, dataDescription, dir) {
      argc(arguments.length, 5, 6, 'ConstructBackend');
      const arr = (a) => {
        if (a === null) return 0;
        if (!(a instanceof vtkDataArray)) throw new TypeError(`ConstructBackend: expected a vtkDataArray or null, got ${describe(a)}`);
        return a._ptr();
      };
      const ptrs = [arr(x), arr(y), arr(z)];
      if (!Array.isArray(extent) && !ArrayBuffer.isView(extent) || extent.length !== 6) {
        throw new TypeError('ConstructBackend: the extent is 6 integers');
      }
      int32(dataDescription, 'ConstructBackend', -0x80000000);
      if (dir !== undefined && (!(Array.isArray(dir) || ArrayBuffer.isView(dir)) || dir.length !== 9)) {
        throw new TypeError('ConstructBackend: the direction matrix is 9 numbers');
      }
      ctx.withScratch(24 + 72, (s) => {
        const i32 = heapView(ctx.memory, Int32Array, s, 6);
        for (let k = 0; k < 6; k++) i32[k] = int32(extent[k], 'ConstructBackend', -0x80000000);
        if (dir !== undefined) {
          const f = heapView(ctx.memory, Float64Array, s + 24, 9);
          for (let k = 0; k < 9; k++) f[k] = num(dir[k], 'ConstructBackend');
        }
        ctx.done(M._vb_structured_point_array_construct_backend(this._ptr(), ptrs[0], ptrs[1], ptrs[2],
          s, dir === undefined ? 0 : s + 24, 0), 'ConstructBackend');
      });
    },
    GetXCoordinates() { return coords(this, 0); },
    GetYCoordinates() { return coords(this, 1); },
    GetZCoordinates() { return coords(this, 2); },
    GetUsesDirectionMatrix() { return !!M._vb_structured_point_array_get_uses_direction_matrix(this._ptr()); },
  });

  const byLayout = { [CONSTANT]: vtkConstantArray, [AFFINE]: vtkAffineArray, [STRUCTURED]: vtkStructuredPointArray };
  const wrapArray = ctx.wrapArray;
  ctx.wrapArray = (ptr) => {
    const Cls = ptr ? byLayout[M._vb_array_layout(ptr)] : undefined;
    if (!Cls) return wrapArray(ptr);
    M._vb_array_retain(ptr);
    return new Cls(INTERNAL, ptr);
  };
  return { vtkConstantArray, vtkAffineArray, vtkStructuredPointArray };
}

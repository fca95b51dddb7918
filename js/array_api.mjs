// vtkAbstractArray / vtkDataArray: the rest of VTK 9.7.1's array API, mixed into
// vtkDataArray (arrays.mjs) over the core's vb_array_edit.c and vb_array_info.c:
// component names, Fill / FillComponent / FillValue / FillTypedComponent,
// CopyComponent, InsertComponent, RemoveTuple / RemoveFirstTuple / RemoveLastTuple,
// Reset, tuples from another array (SetTuple(i, j, src), InsertTuple(i, j, src),
// InsertNextTuple(j, src), InsertTuples, InsertTuplesStartingAt),
// GetTuples, InterpolateTuple, the type's range, GetFiniteRange, GetMaxNorm, sizes
// and type information, NewInstance. The core checks everything (a refused call
// leaves the array unchanged); this file only translates. Id lists are arrays of
// integers (numbers or BigInts) or anything with GetNumberOfIds/GetId.
import { addr, argc, describe, int32, int64 } from './common.mjs';
import { SCALAR_BYTES as SB, RULES_DOUBLE, RULES_VALUE } from './scalars.mjs';

export function installArrayApi(ctx, vtkDataArray) {
  const { M, memory, withScratch } = ctx;
  // vtkAbstractArray between vtkDataArray and its base (VTK's hierarchy), so that
  // `a instanceof vtkAbstractArray` holds; abstract (VTK cannot make one either)
  const Base = Object.getPrototypeOf(vtkDataArray);
  class vtkAbstractArray extends Base {
    constructor(...args) {
      if (new.target === vtkAbstractArray) throw new TypeError('vtkAbstractArray is abstract; use vtkFloatArray, vtkAOSDataArrayTemplate(dtype), ...');
      super(...args);
    }
  }
  Object.setPrototypeOf(vtkAbstractArray.prototype, Base.prototype);
  Object.setPrototypeOf(vtkDataArray.prototype, vtkAbstractArray.prototype);
  Object.setPrototypeOf(vtkDataArray, vtkAbstractArray);
  const { put } = ctx.scalars;
  const f64 = (p, n) => new Float64Array(memory.buffer, addr(p), n);

  const arrayArg = (a, what) => {
    if (!(a instanceof vtkDataArray)) throw new TypeError(`${what}: expected a vtkDataArray, got ${describe(a)}`);
    return a._ptr();
  };
  /** Run fn(ptr, n) with the ids as int64 in WASM memory (freed afterwards). */
  const withIds = (ids, what, fn) => {
    let list = ids;
    if (ids && typeof ids.GetNumberOfIds === 'function' && typeof ids.GetId === 'function') {
      list = Array.from({ length: Number(ids.GetNumberOfIds()) }, (_, k) => ids.GetId(k));
    }
    if (!Array.isArray(list) && !ArrayBuffer.isView(list)) {
      throw new TypeError(`${what}: expected an id list or an array of ids, got ${describe(ids)}`);
    }
    const vals = Array.from(list, (v) => int64(v, what));
    if (vals.length === 0) return fn(0, 0n);
    const p = M._malloc(8 * vals.length);
    if (!p) throw new RangeError(`${what}: out of WASM memory`);
    try {
      new BigInt64Array(memory.buffer, addr(p), vals.length).set(vals);
      return fn(p, BigInt(vals.length));
    } finally { M._free(p); }
  };
  const withString = (s, what, fn) => {
    if (s.includes('\0')) throw new TypeError(`${what}: the string contains a NUL character`);
    const bytes = new TextEncoder().encode(s);
    const p = M._malloc(bytes.length + 1);
    if (!p) throw new RangeError(`${what}: out of WASM memory`);
    try {
      const heap = new Uint8Array(memory.buffer, addr(p), bytes.length + 1);
      heap.set(bytes);
      heap[bytes.length] = 0;
      return fn(p);
    } finally { M._free(p); }
  };
  const scalarCall = (v, what, fn) => withScratch(SB, (s) => { put(s, v, what); ctx.done(fn(s), what); });
  const range2 = (fn, what) => withScratch(16, (s) => { ctx.done(fn(s), what); return Array.from(f64(s, 2)); });
  const typeRange = (type) => range2((s) => M._vb_array_get_data_type_range(type, s), 'GetDataTypeRange');

  const intTuple = (self, t, out, unsigned, what) => {
    argc(out === undefined ? 1 : 2, 1, 2, what);
    const p = self._ptr(), tt = int64(t, what), nc = M._vb_array_get_number_of_components(p);
    if (out !== undefined && (!Array.isArray(out) || out.length !== nc)) throw new TypeError(`${what}: out must be an array of ${nc} slots`);
    return withScratch(8 * nc, (s) => {
      ctx.done((unsigned ? M._vb_array_get_unsigned_tuple : M._vb_array_get_integer_tuple)(p, tt, s), what);
      const v = Array.from(new (unsigned ? BigUint64Array : BigInt64Array)(memory.buffer, addr(s), nc));
      if (out === undefined) return v;
      for (let c = 0; c < nc; c++) out[c] = v[c];
      return out;
    });
  };
  const setIntTuple = (self, t, tuple, unsigned, what) => {
    const p = self._ptr(), tt = int64(t, what), nc = M._vb_array_get_number_of_components(p);
    if (!Array.isArray(tuple) && !ArrayBuffer.isView(tuple)) throw new TypeError(`${what}: expected an array of ${nc} integers, got ${describe(tuple)}`);
    if (tuple.length !== nc) throw new TypeError(`${what}: tuple has ${tuple.length} values, the array has ${nc} components`);
    const lo = unsigned ? 0n : -(2n ** 63n), hi = unsigned ? 2n ** 64n - 1n : 2n ** 63n - 1n;
    const v = Array.from(tuple, (x) => {
      if (typeof x !== 'bigint' && !Number.isSafeInteger(x)) throw new TypeError(`${what}: expected integers, got ${describe(x)}`);
      const b = BigInt(x);
      if (b < lo || b > hi) throw new RangeError(`${what}: ${x} is out of range for ${unsigned ? 'uint64' : 'int64'}`);
      return b;
    });
    withScratch(8 * nc, (s) => {
      new (unsigned ? BigUint64Array : BigInt64Array)(memory.buffer, addr(s), nc).set(v);
      ctx.done((unsigned ? M._vb_array_set_unsigned_tuple : M._vb_array_set_integer_tuple)(p, tt, s), what);
    });
  };

  const valueLimits = (self) => {
    const p = self._ptr(), big = M._vb_array_elem_size(p) === 8 && self.GetDataType() !== 11;
    return withScratch(2 * SB, (s) => {
      ctx.done(M._vb_array_get_data_type_value_range(p, s), 'GetDataTypeValueMin');
      return [ctx.scalars.get(s, big), ctx.scalars.get(s + SB, big)];
    });
  };

  const methods = {
    // --- component names
    /** Name of component c (any c >= 0); a negative c or a null name is ignored (VTK). */
    SetComponentName(c, name) {
      argc(arguments.length, 2, 2, 'SetComponentName');
      const p = this._ptr();
      if (typeof c !== 'number' && typeof c !== 'bigint') throw new TypeError(`SetComponentName: expected an integer, got ${describe(c)}`);
      if (c < 0 || name === null) return;
      const cc = int64(c, 'SetComponentName');
      if (typeof name !== 'string') throw new TypeError(`SetComponentName: expected a string or null, got ${describe(name)}`);
      withString(name, 'SetComponentName', (s) => ctx.done(M._vb_array_set_component_name(p, cc, s), 'SetComponentName'));
    },
    /** Name of component c, or null. */
    GetComponentName(c) {
      argc(arguments.length, 1, 1, 'GetComponentName');
      if (typeof c !== 'number' && typeof c !== 'bigint') throw new TypeError(`GetComponentName: expected an integer, got ${describe(c)}`);
      if (c < 0) return null;
      const n = M._vb_array_get_component_name(this._ptr(), int64(c, 'GetComponentName'));
      return n ? M.UTF8ToString(n) : null;
    },
    HasAComponentName() { return M._vb_array_has_a_component_name(this._ptr()) !== 0; },
    /** Copy src's component names when it has any: 1, else 0. */
    CopyComponentNames(src) {
      argc(arguments.length, 1, 1, 'CopyComponentNames');
      const p = this._ptr(), sp = src === null ? 0 : arrayArg(src, 'CopyComponentNames');
      return withScratch(4, (s) => {
        ctx.done(M._vb_array_copy_component_names(p, sp, s), 'CopyComponentNames');
        return new Int32Array(memory.buffer, addr(s), 1)[0];
      });
    },

    // --- fill
    /** Every value (double rules). */
    Fill(v) { argc(arguments.length, 1, 1, 'Fill'); const p = this._ptr(); scalarCall(v, 'Fill', (s) => M._vb_array_fill_s(p, RULES_DOUBLE, s)); },
    /** Every value (value rules). */
    FillValue(v) { argc(arguments.length, 1, 1, 'FillValue'); const p = this._ptr(); scalarCall(v, 'FillValue', (s) => M._vb_array_fill_s(p, RULES_VALUE, s)); },
    FillComponent(c, v) {
      argc(arguments.length, 2, 2, 'FillComponent');
      const p = this._ptr(), cc = int32(c, 'FillComponent', -0x80000000);
      scalarCall(v, 'FillComponent', (s) => M._vb_array_fill_component_s(p, cc, RULES_DOUBLE, s));
    },
    FillTypedComponent(c, v) {
      argc(arguments.length, 2, 2, 'FillTypedComponent');
      const p = this._ptr(), cc = int32(c, 'FillTypedComponent', -0x80000000);
      scalarCall(v, 'FillTypedComponent', (s) => M._vb_array_fill_component_s(p, cc, RULES_VALUE, s));
    },
    /** Component c of tuple t (double rules); grows to t + 1 tuples, MaxId to the component (VTK). */
    InsertComponent(t, c, v) {
      argc(arguments.length, 3, 3, 'InsertComponent');
      const p = this._ptr(), tt = int64(t, 'InsertComponent'), cc = int32(c, 'InsertComponent', -0x80000000);
      scalarCall(v, 'InsertComponent', (s) => M._vb_array_insert_one_component_s(p, tt, cc, RULES_DOUBLE, s));
    },
    /** Component srcComp of src into component dstComp: false when tuple counts or components do not match. */
    CopyComponent(dstComp, src, srcComp) {
      argc(arguments.length, 3, 3, 'CopyComponent');
      const p = this._ptr(), sp = arrayArg(src, 'CopyComponent');
      const st = M._vb_array_copy_component(p, int32(dstComp, 'CopyComponent', -0x80000000), sp,
        int32(srcComp, 'CopyComponent', -0x80000000));
      if (st === -2 || st === -3) { M._vb_clear_error(); ctx.take(); return false; } // VB_EINVAL / VB_ERANGE: VTK's false
      ctx.done(st, 'CopyComponent');
      return true;
    },

    // --- remove / reset
    RemoveTuple(t) { argc(arguments.length, 1, 1, 'RemoveTuple'); const p = this._ptr(); ctx.done(M._vb_array_remove_tuple(p, int64(t, 'RemoveTuple')), 'RemoveTuple'); },
    RemoveFirstTuple() { ctx.done(M._vb_array_remove_first_tuple(this._ptr()), 'RemoveFirstTuple'); },
    /** Drop the last tuple, then Squeeze (VTK). */
    RemoveLastTuple() { ctx.done(M._vb_array_remove_last_tuple(this._ptr()), 'RemoveLastTuple'); },
    /** MaxId = -1; storage kept. */
    Reset() { ctx.done(M._vb_array_reset(this._ptr()), 'Reset'); },

    // --- tuples from other arrays
    /** InsertTuples(dstIds, srcIds, src) or InsertTuples(dstStart, n, srcStart, src). */
    InsertTuples(...a) {
      argc(a.length, 3, 4, 'InsertTuples');
      const p = this._ptr();
      if (a.length === 4) {
        const sp = arrayArg(a[3], 'InsertTuples');
        ctx.done(M._vb_array_insert_tuples_range(p, int64(a[0], 'InsertTuples'), int64(a[1], 'InsertTuples'),
          int64(a[2], 'InsertTuples'), sp), 'InsertTuples');
        return;
      }
      const sp = arrayArg(a[2], 'InsertTuples');
      withIds(a[0], 'InsertTuples', (d, nd) => withIds(a[1], 'InsertTuples', (s, ns) => {
        if (nd !== ns) throw new TypeError(`InsertTuples: mismatched number of tuple ids: source ${ns}, destination ${nd}`);
        ctx.done(M._vb_array_insert_tuples(p, d, s, nd, sp), 'InsertTuples');
      }));
    },
    InsertTuplesStartingAt(dstStart, srcIds, src) {
      argc(arguments.length, 3, 3, 'InsertTuplesStartingAt');
      const p = this._ptr(), d0 = int64(dstStart, 'InsertTuplesStartingAt'), sp = arrayArg(src, 'InsertTuplesStartingAt');
      withIds(srcIds, 'InsertTuplesStartingAt', (s, n) =>
        ctx.done(M._vb_array_insert_tuples_starting_at(p, d0, s, n, sp), 'InsertTuplesStartingAt'));
    },
    /** GetTuples(ids, out) or GetTuples(p1, p2, out): into out's tuples 0, 1, ... (not grown). */
    GetTuples(...a) {
      argc(a.length, 2, 3, 'GetTuples');
      const p = this._ptr(), op = arrayArg(a[a.length - 1], 'GetTuples');
      if (a.length === 3) {
        ctx.done(M._vb_array_get_tuples_range(p, int64(a[0], 'GetTuples'), int64(a[1], 'GetTuples'), op), 'GetTuples');
        return;
      }
      withIds(a[0], 'GetTuples', (ids, n) => ctx.done(M._vb_array_get_tuples(p, ids, n, op), 'GetTuples'));
    },
    /** InterpolateTuple(i, ids, src, weights) or InterpolateTuple(i, id1, src1, id2, src2, t). */
    InterpolateTuple(...a) {
      const p = this._ptr();
      if (a.length !== 4 && a.length !== 6) throw new TypeError(`InterpolateTuple: expected 4 or 6 arguments, got ${a.length}`);
      const i = int64(a[0], 'InterpolateTuple');
      if (a.length === 6) {
        const s1 = arrayArg(a[2], 'InterpolateTuple'), s2 = arrayArg(a[4], 'InterpolateTuple');
        if (typeof a[5] !== 'number') throw new TypeError(`InterpolateTuple: t must be a number, got ${describe(a[5])}`);
        ctx.done(M._vb_array_interpolate_tuple2(p, i, int64(a[1], 'InterpolateTuple'), s1, int64(a[3], 'InterpolateTuple'), s2, a[5]),
          'InterpolateTuple');
        return;
      }
      const sp = arrayArg(a[2], 'InterpolateTuple'), w = a[3];
      if (!Array.isArray(w) && !ArrayBuffer.isView(w)) throw new TypeError(`InterpolateTuple: weights must be an array, got ${describe(w)}`);
      withIds(a[1], 'InterpolateTuple', (ids, n) => {
        if (w.length < Number(n)) throw new TypeError(`InterpolateTuple: ${n} ids but ${w.length} weights`);
        for (let k = 0; k < Number(n); k++) {
          if (typeof w[k] !== 'number') throw new TypeError(`InterpolateTuple: weight ${k} is ${describe(w[k])}`);
        }
        withScratch(8 * Math.max(1, Number(n)), (ws) => {
          f64(ws, Number(n)).set(Array.from(w).slice(0, Number(n)));
          ctx.done(M._vb_array_interpolate_tuple(p, i, ids, n, sp, ws), 'InterpolateTuple');
        });
      });
    },

    // --- 64-bit integer tuples (BigInts), GetData
    /** Tuple t as BigInts: exact for integer arrays, reals truncated; fills out when given. */
    GetIntegerTuple(t, out) { return intTuple(this, t, out, false, 'GetIntegerTuple'); },
    /** As GetIntegerTuple, modulo 2^64 into unsigned. */
    GetUnsignedTuple(t, out) { return intTuple(this, t, out, true, 'GetUnsignedTuple'); },
    SetIntegerTuple(t, tuple) { setIntTuple(this, t, tuple, false, 'SetIntegerTuple'); },
    SetUnsignedTuple(t, tuple) { setIntTuple(this, t, tuple, true, 'SetUnsignedTuple'); },
    /** Tuples [t0, t1] x components [c0, c1] as doubles into out (a vtkDoubleArray). */
    GetData(t0, t1, c0, c1, out) {
      argc(arguments.length, 5, 5, 'GetData');
      const p = this._ptr(), op = arrayArg(out, 'GetData');
      ctx.done(M._vb_array_get_data(p, int64(t0, 'GetData'), int64(t1, 'GetData'), int32(c0, 'GetData', -0x80000000),
        int32(c1, 'GetData', -0x80000000), op), 'GetData');
    },
    SetMaxDiscreteValues(n) {
      argc(arguments.length, 1, 1, 'SetMaxDiscreteValues');
      const p = this._ptr();
      if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`SetMaxDiscreteValues: ${describe(n)} not in [0, 2^32)`);
      ctx.done(M._vb_array_set_max_discrete_values(p, n), 'SetMaxDiscreteValues');
    },
    GetMaxDiscreteValues() { return M._vb_array_get_max_discrete_values(this._ptr()) >>> 0; },
    /** Copy the values (tuple-interleaved, the array's type; bit arrays: the packed
     *  bytes) into target, a typed array or ArrayBuffer large enough for them. */
    ExportToVoidPointer(target) {
      argc(arguments.length, 1, 1, 'ExportToVoidPointer');
      const p = this._ptr();
      const bytes = ArrayBuffer.isView(target) ? new Uint8Array(target.buffer, target.byteOffset, target.byteLength)
        : target instanceof ArrayBuffer ? new Uint8Array(target) : null;
      if (!bytes) throw new TypeError(`ExportToVoidPointer: expected a typed array or an ArrayBuffer, got ${describe(target)}`);
      if (bytes.buffer === memory.buffer) throw new TypeError('ExportToVoidPointer: target must not be WASM memory');
      const n = bytes.length;
      const w = n ? M._malloc(n) : 0;
      if (n && !w) throw new RangeError('ExportToVoidPointer: out of WASM memory');
      try {
        ctx.done(M._vb_array_export_to(p, w, n), 'ExportToVoidPointer');
        const nv = this.GetNumberOfValues(), es = M._vb_array_elem_size(p);
        const used = es ? nv * es : Math.ceil(nv / 8);
        if (used) bytes.set(new Uint8Array(memory.buffer, addr(w), used));
      } finally { if (w) M._free(w); }
    },
    /** Nothing to invalidate (LookupValue keeps no cache). */
    DataElementChanged(i) { argc(arguments.length, 1, 1, 'DataElementChanged'); int64(i, 'DataElementChanged'); },
    /** Nothing to clear or invalidate (LookupValue keeps no cache). */
    ClearLookup() {},
    DataChanged() {},
    /** HostMemory (0). */
    GetMemorySpace() { return 0; },
    HasInformation() { return false; },
    /** The array itself when AOS, else a new AOS array holding a copy. */
    ToAOSDataArray() {
      if (this instanceof ctx.arrayClasses.vtkAOSDataArrayTemplate || this instanceof ctx.arrayClasses.vtkBitArray) return this;
      const r = new ctx.arrayClasses.vtkAOSDataArrayTemplate(this.dtype);
      r.DeepCopy(this);
      return r;
    },

    // --- the type
    /** [min, max] of the array's type (VTK_FLOAT_MIN ...); fills out when given. */
    GetDataTypeRange(out) {
      argc(arguments.length, 0, 1, 'GetDataTypeRange');
      const r = typeRange(this.GetDataType());
      if (out !== undefined) { out[0] = r[0]; out[1] = r[1]; }
      return r;
    },
    GetDataTypeMin() { return typeRange(this.GetDataType())[0]; },
    /** The type's limits as GetValue reads them (BigInt for 64-bit types, strings for char). */
    GetDataTypeValueMin() { return valueLimits(this)[0]; },
    GetDataTypeValueMax() { return valueLimits(this)[1]; },
    GetDataTypeMax() { return typeRange(this.GetDataType())[1]; },
    /** [min, max] of the finite values of component comp (default 0; -1: magnitudes). */
    GetFiniteRange(comp = 0) {
      argc(arguments.length, 0, 1, 'GetFiniteRange');
      const p = this._ptr(), cc = int32(comp, 'GetFiniteRange', -0x80000000);
      return range2((s) => M._vb_array_get_finite_range(p, cc, s), 'GetFiniteRange');
    },
    GetMaxNorm() { return M._vb_array_get_max_norm(this._ptr()); },
    GetElementComponentSize() { return M._vb_array_elem_size(this._ptr()); },
    /** KiB of the allocated values (rounded up). */
    GetActualMemorySize() { return Number(M._vb_array_get_actual_memory_size(this._ptr())); },
    GetDataSize() { return Number(M._vb_array_get_data_size(this._ptr())); },
    IsNumeric() { return 1; },
    IsIntegral() { return M._vb_array_is_integral(this._ptr()) !== 0; },
    GetArrayType() { return M._vb_array_get_array_type(this._ptr()); },
    GetArrayTypeAsString() { return M.UTF8ToString(M._vb_array_get_array_type_as_string(this._ptr())); },
    HasStandardMemoryLayout() { return M._vb_array_has_standard_memory_layout(this._ptr()) !== 0; },
    GetNumberOfComponentsMinValue() { return 1; },
    GetNumberOfComponentsMaxValue() { return 2147483647; },
    /** A new empty array of the same class (same dtype and layout). */
    NewInstance() {
      const C = this.constructor; // the templates take their dtype, the concrete classes nothing
      return C.length >= 1 ? new C(this.dtype) : new C();
    },
  };
  // VTK's source forms of the tuple setters: SetTuple(i, j, src), InsertTuple(i, j,
  // src), InsertNextTuple(j, src); the other forms go to arrays.mjs's methods.
  const proto = vtkDataArray.prototype;
  const { SetTuple, InsertTuple, InsertNextTuple } = proto;
  methods.SetTuple = function (i, j, src) {
    if (arguments.length !== 3 || !(src instanceof vtkDataArray)) return SetTuple.apply(this, arguments);
    const p = this._ptr();
    ctx.done(M._vb_array_set_tuple_from(p, int64(i, 'SetTuple'), src._ptr(), int64(j, 'SetTuple')), 'SetTuple');
  };
  methods.InsertTuple = function (i, j, src) {
    if (arguments.length !== 3 || !(src instanceof vtkDataArray)) return InsertTuple.apply(this, arguments);
    const p = this._ptr();
    ctx.done(M._vb_array_insert_tuple_from(p, int64(i, 'InsertTuple'), src._ptr(), int64(j, 'InsertTuple')), 'InsertTuple');
  };
  methods.InsertNextTuple = function (j, src) {
    if (arguments.length !== 2 || !(src instanceof vtkDataArray)) return InsertNextTuple.apply(this, arguments);
    const p = this._ptr(), jj = int64(j, 'InsertNextTuple');
    return withScratch(8, (s) => {
      ctx.done(M._vb_array_insert_next_tuple_from(p, src._ptr(), jj, s), 'InsertNextTuple');
      return Number(new BigInt64Array(memory.buffer, addr(s), 1)[0]);
    });
  };
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(vtkDataArray.prototype, name, { configurable: true, writable: true, value });
  }
  // VTK's static forms: vtkDataArray.GetDataTypeMin(type) ...
  Object.assign(vtkDataArray, {
    GetDataTypeRange(type, out) {
      const r = typeRange(int32(type, 'GetDataTypeRange', -0x80000000));
      if (out !== undefined) { out[0] = r[0]; out[1] = r[1]; }
      return r;
    },
    GetDataTypeMin(type) { return typeRange(int32(type, 'GetDataTypeMin', -0x80000000))[0]; },
    GetDataTypeMax(type) { return typeRange(int32(type, 'GetDataTypeMax', -0x80000000))[1]; },
    /** The array itself (VTK: a vtkDataArray cast). */
    FastDownCast(a) { arrayArg(a, 'FastDownCast'); return a; },
    HostMemory: 0,
    CudaDeviceMemory: 1,
    HipDeviceMemory: 2,
    MAX_DISCRETE_VALUES: 32,
    VTK_DATA_ARRAY_FREE: 0,
    VTK_DATA_ARRAY_DELETE: 1,
    VTK_DATA_ARRAY_ALIGNED_FREE: 2,
    VTK_DATA_ARRAY_USER_DEFINED: 3,
  });
  return vtkAbstractArray;
}

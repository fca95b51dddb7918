// Data arrays: vtkAOSDataArrayTemplate (and vtkFloatArray, vtkDoubleArray, ...),
// vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate, with VTK's method names.
//
// Values go to the core as tagged scalars (scalars.mjs) and VTK's number rules
// are the core's (src/vb_scalar.h): the value API (Get/Set/InsertValue,
// InsertNextValue) under VB_RULES_VALUE, the tuple/component API under
// VB_RULES_DOUBLE. 64-bit integer arrays (int64, uint64, idtype) read back as
// BigInt, char arrays' values as 1-character strings. Indices and counts may be
// numbers or BigInts.
import { addr, argc, describe, heapView, int32, int64 } from './common.mjs';
import { SCALAR_BYTES as SB, RULES_DOUBLE, RULES_VALUE } from './scalars.mjs';
import { installArrayApi } from './array_api.mjs';

const AOS = 0, SOA = 1, SCALED_SOA = 2;

export function defineArrays(ctx) {
  const { M, memory, INTERNAL, vtkObjectBase, vtkBuffer } = ctx;

  const { withScratch, scratch, unscratch, types } = ctx;
  const { put, get } = ctx.scalars;
  const f64 = (p, n) => heapView(memory, Float64Array, p, n);

  class vtkDataArray extends vtkObjectBase {
    #info; #layout;

    constructor(dtype, layout) {
      super();
      if (new.target === vtkDataArray) throw new TypeError('vtkDataArray is abstract; use vtkFloatArray, vtkAOSDataArrayTemplate(dtype), ...');
      let ptr;
      if (dtype === INTERNAL) {
        ptr = layout; // wrap(): a new reference to an existing array
        layout = M._vb_array_layout(ptr);
      } else {
        ptr = M._vb_array_new_layout(dtype === types.bit ? 1 : types.typeId(dtype, new.target.name), layout);
        if (!ptr) ctx.fail(M._vb_last_status(), new.target.name);
      }
      this.#info = types.byId.get(M._vb_array_type(ptr));
      this.#layout = layout;
      this._init(ptr);
    }
    get dtype() { return this.#info.dtype; }

    // --- description
    GetClassName() { return M.UTF8ToString(M._vb_array_class_name(this._ptr())); }
    GetDataType() { return M._vb_array_type(this._ptr()); }
    GetDataTypeSize() { return M._vb_array_elem_size(this._ptr()); }
    GetDataTypeAsString() { return M.UTF8ToString(M._vb_type_name(this.GetDataType())); }

    // --- name
    /** The array's name (null when it has none). */
    GetName() {
      const p = M._vb_array_get_name(this._ptr());
      return p ? M.UTF8ToString(p) : null;
    }
    /** Set the name (a string; null clears it). Fires ModifiedEvent when it changes. */
    SetName(name) {
      argc(arguments.length, 1, 1, 'SetName');
      const p = this._ptr();
      if (name === null) { ctx.done(M._vb_array_set_name(p, 0), 'SetName'); return; }
      if (typeof name !== 'string') throw new TypeError(`SetName: expected a string or null, got ${describe(name)}`);
      if (name.includes('\0')) throw new TypeError('SetName: the name contains a NUL character');
      const bytes = new TextEncoder().encode(name);
      const s = M._malloc(bytes.length + 1);
      if (!s) throw new RangeError('SetName: out of WASM memory');
      try {
        const heap = heapView(memory, Uint8Array, s, bytes.length + 1);
        heap.set(bytes);
        heap[bytes.length] = 0;
        ctx.done(M._vb_array_set_name(p, s), 'SetName');
      } finally { M._free(s); }
    }

    // --- shape
    SetNumberOfComponents(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfComponents');
      const p = this._ptr();
      ctx.done(M._vb_array_set_number_of_components(p, int32(n, 'SetNumberOfComponents', 1)), 'SetNumberOfComponents');
    }
    GetNumberOfComponents() { return M._vb_array_get_number_of_components(this._ptr()); }
    SetNumberOfTuples(n) { return this.#count1(arguments, n, '_vb_array_set_number_of_tuples', 'SetNumberOfTuples'); }
    GetNumberOfTuples() { return Number(M._vb_array_get_number_of_tuples(this._ptr())); }
    SetNumberOfValues(n) { return this.#count1(arguments, n, '_vb_array_set_number_of_values', 'SetNumberOfValues'); }
    GetNumberOfValues() { return Number(M._vb_array_get_number_of_values(this._ptr())); }
    GetMaxId() { return Number(M._vb_array_get_max_id(this._ptr())); }
    GetSize() { return Number(M._vb_array_get_size(this._ptr())); }

    // --- storage
    Resize(n) { return this.#count1(arguments, n, '_vb_array_resize', 'Resize'); }
    /** VTK 9.7: grow (by the Resize policy) when n tuples exceed the capacity; returns 1. */
    ReserveTuples(n) { this.#count1(arguments, n, '_vb_array_reserve_tuples', 'ReserveTuples'); return 1; }
    /** ReserveTuples(ceil(n / components)); returns 1. */
    ReserveValues(n) { this.#count1(arguments, n, '_vb_array_reserve_values', 'ReserveValues'); return 1; }
    /** Allocated values (VTK 9.7's name for GetSize). */
    GetCapacity() { return Number(M._vb_array_get_size(this._ptr())); }
    Allocate(size, ext = 1000) {
      argc(arguments.length, 1, 2, 'Allocate');
      const p = this._ptr();
      ctx.done(M._vb_array_allocate(p, int64(size, 'Allocate'), int64(ext, 'Allocate(ext)')), 'Allocate');
      return true;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_array_squeeze(this._ptr()), 'Squeeze'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_array_initialize(this._ptr()), 'Initialize'); }
    #count1(args, n, fn, what) {
      argc(args.length, 1, 1, what);
      const p = this._ptr();
      ctx.done(M[fn](p, int64(n, what)), what);
      return true;
    }

    // --- values (VB_RULES_VALUE); the hot paths avoid closures
    GetValue(i) {
      argc(arguments.length, 1, 1, 'GetValue');
      const p = this._ptr(), ii = int64(i, 'GetValue');
      const s = scratch(SB);
      try {
        const st = M._vb_array_get_value_s(p, ii, s);
        if (st < 0 || ctx.pending) ctx.done(st, 'GetValue');
        return get(s, this.#info.big);
      } finally { unscratch(); }
    }
    SetValue(i, v) {
      argc(arguments.length, 2, 2, 'SetValue');
      const p = this._ptr(), ii = int64(i, 'SetValue');
      const s = scratch(SB);
      try {
        put(s, v, 'SetValue');
        const st = M._vb_array_set_value_s(p, ii, s);
        if (st < 0 || ctx.pending) ctx.done(st, 'SetValue');
      } finally { unscratch(); }
    }
    InsertValue(i, v) {
      argc(arguments.length, 2, 2, 'InsertValue');
      const p = this._ptr(), ii = int64(i, 'InsertValue');
      const s = scratch(SB);
      try {
        put(s, v, 'InsertValue');
        ctx.done(M._vb_array_insert_value_s(p, ii, s), 'InsertValue');
      } finally { unscratch(); }
    }
    /** Append one value; returns its index. */
    InsertNextValue(v) {
      argc(arguments.length, 1, 1, 'InsertNextValue');
      const p = this._ptr();
      const s = scratch(SB);
      try {
        put(s, v, 'InsertNextValue');
        const st = M._vb_array_insert_next_value_s(p, s);
        if (st < 0 || ctx.pending) ctx.done(st, 'InsertNextValue');
      } finally { unscratch(); }
      return Number(M._vb_array_get_max_id(p));
    }

    // --- tuples and components (VB_RULES_DOUBLE)
    /** Run call(scratch) with the tuple written as scalars into scratch memory. */
    #withTuple(p, tuple, what, call) {
      const nc = M._vb_array_get_number_of_components(p);
      if (!(Array.isArray(tuple) || ArrayBuffer.isView(tuple))) {
        throw new TypeError(`${what}: tuple must be an array of ${nc} values, got ${describe(tuple)}`);
      }
      if (tuple.length !== nc) throw new TypeError(`${what}: tuple has ${tuple.length} values, the array has ${nc} components`);
      withScratch(SB * nc, (s) => {
        for (let c = 0; c < nc; c++) put(s + SB * c, tuple[c], what);
        ctx.done(call(s), what);
      });
    }
    GetTuple(t) {
      argc(arguments.length, 1, 1, 'GetTuple');
      const p = this._ptr();
      const tt = int64(t, 'GetTuple');
      const nc = M._vb_array_get_number_of_components(p);
      return withScratch(SB * nc, (s) => {
        ctx.done(M._vb_array_get_tuple_s(p, tt, RULES_DOUBLE, s), 'GetTuple');
        const out = new Array(nc);
        for (let c = 0; c < nc; c++) out[c] = get(s + SB * c, this.#info.big);
        return out;
      });
    }
    SetTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'SetTuple');
      const p = this._ptr();
      const tt = int64(t, 'SetTuple');
      this.#withTuple(p, tuple, 'SetTuple', (s) => M._vb_array_set_tuple_s(p, tt, RULES_DOUBLE, s));
    }
    InsertTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'InsertTuple');
      const p = this._ptr();
      const tt = int64(t, 'InsertTuple');
      this.#withTuple(p, tuple, 'InsertTuple', (s) => M._vb_array_insert_tuple_s(p, tt, RULES_DOUBLE, s));
    }
    /** Append one tuple (an array of GetNumberOfComponents() values); returns its index. */
    InsertNextTuple(tuple) {
      argc(arguments.length, 1, 1, 'InsertNextTuple');
      const p = this._ptr();
      this.#withTuple(p, tuple, 'InsertNextTuple', (s) => M._vb_array_insert_next_tuple_s(p, RULES_DOUBLE, s));
      return Number(M._vb_array_get_number_of_tuples(p)) - 1;
    }
    GetComponent(t, c) {
      argc(arguments.length, 2, 2, 'GetComponent');
      const p = this._ptr();
      const tt = int64(t, 'GetComponent'), cc = int32(c, 'GetComponent', -0x80000000);
      return withScratch(SB, (s) => {
        ctx.done(M._vb_array_get_component_s(p, tt, cc, RULES_DOUBLE, s), 'GetComponent');
        return get(s, this.#info.big);
      });
    }
    SetComponent(t, c, v) {
      argc(arguments.length, 3, 3, 'SetComponent');
      const p = this._ptr();
      const tt = int64(t, 'SetComponent'), cc = int32(c, 'SetComponent', -0x80000000);
      withScratch(SB, (s) => {
        put(s, v, 'SetComponent');
        ctx.done(M._vb_array_set_component_s(p, tt, cc, RULES_DOUBLE, s), 'SetComponent');
      });
    }
    /** [min, max] of component comp (-1: L2 magnitude of tuples). */
    GetRange(comp = 0) {
      argc(arguments.length, 0, 1, 'GetRange');
      const p = this._ptr();
      const cc = int32(comp, 'GetRange', -1);
      return withScratch(16, (out) => {
        ctx.done(M._vb_array_get_range(p, cc, out), 'GetRange');
        return Array.from(f64(out, 2));
      });
    }

    // --- VTK 9.7's typed accessors: the value rules (VB_RULES_VALUE), as the value API
    #getTuple(t, rules, what) {
      const p = this._ptr();
      const tt = int64(t, what);
      const nc = M._vb_array_get_number_of_components(p);
      return withScratch(SB * nc, (s) => {
        ctx.done(M._vb_array_get_tuple_s(p, tt, rules, s), what);
        const out = new Array(nc);
        for (let c = 0; c < nc; c++) out[c] = get(s + SB * c, this.#info.big);
        return out;
      });
    }
    /** Tuple t in the value type (BigInt for 64-bit integer types, strings for char);
     * with `out` (an array of GetNumberOfComponents() slots) it is filled and returned. */
    GetTypedTuple(t, out) {
      argc(arguments.length, 1, 2, 'GetTypedTuple');
      if (out !== undefined && !(Array.isArray(out) || ArrayBuffer.isView(out))) {
        throw new TypeError(`GetTypedTuple: out must be an array, got ${describe(out)}`);
      }
      const nc = this.GetNumberOfComponents();
      if (out !== undefined && out.length !== nc) throw new TypeError(`GetTypedTuple: out has ${out.length} slots, the array has ${nc} components`);
      const v = this.#getTuple(t, RULES_VALUE, 'GetTypedTuple');
      if (out === undefined) return v;
      for (let c = 0; c < nc; c++) out[c] = v[c];
      return out;
    }
    SetTypedTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'SetTypedTuple');
      const p = this._ptr(), tt = int64(t, 'SetTypedTuple');
      this.#withTuple(p, tuple, 'SetTypedTuple', (s) => M._vb_array_set_tuple_s(p, tt, RULES_VALUE, s));
    }
    InsertTypedTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'InsertTypedTuple');
      const p = this._ptr(), tt = int64(t, 'InsertTypedTuple');
      this.#withTuple(p, tuple, 'InsertTypedTuple', (s) => M._vb_array_insert_tuple_s(p, tt, RULES_VALUE, s));
    }
    /** Append a tuple (value rules); returns its index. */
    InsertNextTypedTuple(tuple) {
      argc(arguments.length, 1, 1, 'InsertNextTypedTuple');
      const p = this._ptr();
      this.#withTuple(p, tuple, 'InsertNextTypedTuple', (s) => M._vb_array_insert_next_tuple_s(p, RULES_VALUE, s));
      return Number(M._vb_array_get_number_of_tuples(p)) - 1;
    }
    GetTypedComponent(t, c) {
      argc(arguments.length, 2, 2, 'GetTypedComponent');
      const p = this._ptr();
      const tt = int64(t, 'GetTypedComponent'), cc = int32(c, 'GetTypedComponent', -0x80000000);
      return withScratch(SB, (s) => {
        ctx.done(M._vb_array_get_component_s(p, tt, cc, RULES_VALUE, s), 'GetTypedComponent');
        return get(s, this.#info.big);
      });
    }
    SetTypedComponent(t, c, v) { this.#component(arguments, t, c, v, 'SetTypedComponent', false); }
    /** Set component c of tuple t; a t past the end first grows the array to t + 1 tuples. */
    InsertTypedComponent(t, c, v) { this.#component(arguments, t, c, v, 'InsertTypedComponent', true); }
    #component(args, t, c, v, what, insert) {
      argc(args.length, 3, 3, what);
      const p = this._ptr();
      const tt = int64(t, what), cc = int32(c, what, -0x80000000);
      withScratch(SB, (s) => {
        put(s, v, what);
        ctx.done(insert ? M._vb_array_insert_component_s(p, tt, cc, RULES_VALUE, s)
          : M._vb_array_set_component_s(p, tt, cc, RULES_VALUE, s), what);
      });
    }
    /** [min, max] of component comp (default 0; -1: magnitudes) in the value type. */
    GetValueRange(comp = 0) {
      argc(arguments.length, 0, 1, 'GetValueRange');
      const p = this._ptr();
      const cc = int32(comp, 'GetValueRange', -0x80000000);
      return withScratch(2 * SB, (s) => {
        ctx.done(M._vb_array_get_value_range(p, cc, s), 'GetValueRange');
        return [get(s, this.#info.big), get(s + SB, this.#info.big)];
      });
    }
    /** The first value index whose value equals v exactly in the array's type, or -1. */
    LookupValue(v) {
      argc(arguments.length, 1, 1, 'LookupValue');
      const p = this._ptr();
      return withScratch(SB + 8, (s) => {
        put(s, v, 'LookupValue');
        ctx.done(M._vb_array_lookup_value_s(p, s, s + SB), 'LookupValue');
        return Number(heapView(memory, BigInt64Array, addr(s) + SB, 1)[0]);
      });
    }

    // --- copies
    #other(src, what) {
      if (!(src instanceof vtkDataArray)) throw new TypeError(`${what}: expected a vtkDataArray of this vtkbuf instance, got ${describe(src)}`);
      return src._ptr();
    }
    DeepCopy(src) {
      argc(arguments.length, 1, 1, 'DeepCopy');
      const p = this._ptr();
      ctx.done(M._vb_array_deep_copy(p, this.#other(src, 'DeepCopy')), 'DeepCopy');
    }
    ShallowCopy(src) {
      argc(arguments.length, 1, 1, 'ShallowCopy');
      const p = this._ptr();
      ctx.done(M._vb_array_shallow_copy(p, this.#other(src, 'ShallowCopy')), 'ShallowCopy');
    }

    // --- buffers
    #wrap(bp, what) {
      if (!bp) ctx.fail(M._vb_last_status(), what);
      M._vb_buffer_retain(bp);
      return new vtkBuffer(INTERNAL, bp);
    }
    /** AOS: the array's own vtkBuffer (a new wrapper holding a reference). TypeError for SOA arrays. */
    GetBuffer() {
      argc(arguments.length, 0, 0, 'GetBuffer');
      return this.#wrap(M._vb_array_get_buffer(this._ptr()), 'GetBuffer');
    }
    /** SOA: the vtkBuffer of component c (raw data for the scaled array). */
    GetComponentBuffer(c) {
      argc(arguments.length, 1, 1, 'GetComponentBuffer');
      const p = this._ptr();
      return this.#wrap(M._vb_array_get_component_buffer(p, int32(c, 'GetComponentBuffer', -0x80000000)), 'GetComponentBuffer');
    }
    #buffer(buf, what) {
      if (!(buf instanceof vtkBuffer)) throw new TypeError(`${what}: expected a vtkBuffer of this vtkbuf instance, got ${describe(buf)}`);
      return buf._ptr();
    }
    /**
     * AOS: SetBuffer(buf, updateMaxId = true): use buf as storage (shared, not copied);
     * updateMaxId: NumberOfValues = buf's elements. SOA and scaled SOA (VTK 9.7):
     * SetBuffer(c, buf, updateMaxId = false) for component c.
     */
    SetBuffer(...args) {
      if (this.#layout !== AOS) {
        argc(args.length, 2, 3, 'SetBuffer');
        return this.SetComponentBuffer(args[0], args[1], args[2] ?? false);
      }
      argc(args.length, 1, 2, 'SetBuffer');
      const [buf, updateMaxId = true] = args;
      const p = this._ptr();
      ctx.done(M._vb_array_set_buffer(p, this.#buffer(buf, 'SetBuffer'), updateMaxId ? 1 : 0), 'SetBuffer');
    }
    SetComponentBuffer(c, buf, updateMaxId = true) {
      argc(arguments.length, 2, 3, 'SetComponentBuffer');
      const p = this._ptr();
      ctx.done(M._vb_array_set_component_buffer(p, int32(c, 'SetComponentBuffer', -0x80000000),
        this.#buffer(buf, 'SetComponentBuffer'), updateMaxId ? 1 : 0), 'SetComponentBuffer');
    }

    // --- views
    // what a view covers is the core's answer (src/vb_view.h), errors included
    #where(component, what) {
      const p = this._ptr(), c = component === undefined ? -1 : int32(component, what, -0x80000000);
      const n = Number(M._vb_js_view_count(p, c));
      if (n < 0) ctx.fail(n, what);
      return [p, c, addr(M._vb_js_view_data(p, c)), n];
    }
    /**
     * Raw zero-copy typed array over the values (AOS: all NumberOfValues values,
     * tuple-interleaved; SOA: view(c) gives component c's NumberOfTuples values).
     * Valid only until the next allocation anywhere in the module.
     */
    view(component) {
      argc(arguments.length, 0, 1, 'view');
      const [, , data, n] = this.#where(component, 'view');
      return heapView(memory, this.#info.Array, data, n);
    }
    /** A safe view (SafeView) over the same values as view(component); checked once per call. */
    getData(component) {
      argc(arguments.length, 0, 1, 'getData');
      const [p, c, data, n] = this.#where(component, 'getData');
      return new ctx.SafeView(INTERNAL, this, this.#info, () => M._vb_js_view_block(p, c), data, n,
        component === undefined ? 'arr.data' : `arr.getData(${c})`);
    }
    get data() { return this.getData(); }
    /** Copy out the values (or component c of an SOA array), into target if given. */
    toArray(component, target) {
      argc(arguments.length, 0, 2, 'toArray');
      const d = component === undefined ? this.getData() : this.getData(component);
      return ctx.copyOut(d, target);
    }
    /** Copy in (type-checked, bounds-checked against NumberOfValues). */
    set(source, offset = 0) {
      argc(arguments.length, 1, 2, 'set');
      ctx.checkSource(source, 'set');
      const d = this.getData();
      try { d.set(source, offset); } finally { d.release(); }
    }
  }

  // VTK's fixed-arity forms: GetTuple3(t), SetTuple3(t, x, y, z), InsertNextTuple3(x, y, z), ...
  for (let n = 1; n <= 9; n++) {
    const check = (self, what) => {
      const nc = self.GetNumberOfComponents();
      if (nc !== n) throw new TypeError(`${what}: the array has ${nc} components`);
    };
    Object.defineProperties(vtkDataArray.prototype, {
      [`GetTuple${n}`]: { configurable: true, writable: true, value: function (t) {
        argc(arguments.length, 1, 1, `GetTuple${n}`); check(this, `GetTuple${n}`); return this.GetTuple(t);
      } },
      [`SetTuple${n}`]: { configurable: true, writable: true, value: function (t, ...v) {
        argc(arguments.length, n + 1, n + 1, `SetTuple${n}`); check(this, `SetTuple${n}`); this.SetTuple(t, v);
      } },
      [`InsertTuple${n}`]: { configurable: true, writable: true, value: function (t, ...v) {
        argc(arguments.length, n + 1, n + 1, `InsertTuple${n}`); check(this, `InsertTuple${n}`); this.InsertTuple(t, v);
      } },
      [`InsertNextTuple${n}`]: { configurable: true, writable: true, value: function (...v) {
        argc(arguments.length, n, n, `InsertNextTuple${n}`); check(this, `InsertNextTuple${n}`); return this.InsertNextTuple(v);
      } },
    });
  }

  class vtkAOSDataArrayTemplate extends vtkDataArray {
    /** new vtkAOSDataArrayTemplate(dtype) */
    constructor(dtype) {
      if (dtype === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 1, 1, 'vtkAOSDataArrayTemplate'); super(dtype, AOS);
    }
  }
  class vtkSOADataArrayTemplate extends vtkDataArray {
    constructor(dtype) {
      if (dtype === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 1, 1, 'vtkSOADataArrayTemplate'); super(dtype, SOA);
    }
  }
  class vtkScaledSOADataArrayTemplate extends vtkDataArray {
    constructor(dtype) {
      if (dtype === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 1, 1, 'vtkScaledSOADataArrayTemplate'); super(dtype, SCALED_SOA);
    }
    GetScale() { return M._vb_array_get_scale(this._ptr()); }
    /** TypeError for 0, NaN or an infinite scale. */
    SetScale(s) {
      argc(arguments.length, 1, 1, 'SetScale');
      const p = this._ptr();
      if (typeof s !== 'number') throw new TypeError(`SetScale: expected a number, got ${describe(s)}`);
      ctx.done(M._vb_array_set_scale(p, s), 'SetScale');
    }
  }

  // vtkBitArray: views are over the packed bytes (index.d.ts)
  class vtkBitArray extends vtkDataArray {
    constructor() {
      if (arguments[0] === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 0, 0, 'vtkBitArray'); super(types.bit, AOS);
    }
    toValues() {
      const b = this.toArray();
      return Uint8Array.from({ length: this.GetNumberOfValues() }, (_, i) => (b[i >> 3] >> (7 - (i & 7))) & 1);
    }
  }

  // The concrete AOS classes, named by the core's type table (vtkFloatArray, ...,
  // vtkIdTypeArray), and VTK's fixed-size aliases of the seed's dtypes
  // (vtkTypeInt8Array, vtkTypeUInt8Array, ..., vtkTypeFloat64Array).
  const classes = {};
  const define = (name, dtype) => {
    classes[name] = ({ [name]: class extends vtkAOSDataArrayTemplate {
      constructor() {
        if (arguments[0] === INTERNAL) { super(INTERNAL, arguments[1]); return; }
        argc(arguments.length, 0, 0, name); super(dtype);
      }
    } })[name];
  };
  for (const r of types.rows) define(r.className, r.dtype);
  classes.vtkBitArray = vtkBitArray;
  const alias = { int: 'Int', uint: 'UInt', float: 'Float' };
  for (const r of types.rows.filter((x) => x.seed)) {
    define(`vtkType${r.dtype.replace(/^(u?int|float)/, (m) => alias[m])}Array`, r.dtype);
  }

  /**
   * @internal A wrapper for an array the core returned (data objects' getters): it
   * takes a new reference (retain on wrap, release on delete()/finalization), so the
   * array outlives the container that lent it. Class by the core's class name
   * (vtkFloatArray, vtkLongLongArray, ...), else by layout. null for a NULL pointer.
   */
  ctx.wrapArray = (ptr) => {
    if (!ptr) return null;
    const name = M.UTF8ToString(M._vb_array_class_name(ptr));
    const layout = M._vb_array_layout(ptr);
    const Cls = layout === AOS ? (classes[name] ?? vtkAOSDataArrayTemplate)
      : layout === SOA ? vtkSOADataArrayTemplate : vtkScaledSOADataArrayTemplate;
    M._vb_array_retain(ptr);
    return new Cls(INTERNAL, ptr);
  };

  ctx.arrayClasses = { vtkAOSDataArrayTemplate, vtkBitArray };
  const vtkAbstractArray = installArrayApi(ctx, vtkDataArray); // the rest of VTK's array API (array_api.mjs)
  return { vtkAbstractArray, vtkDataArray, vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate, ...classes };
}

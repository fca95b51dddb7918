// Data arrays: vtkAOSDataArrayTemplate (and vtkFloatArray, vtkDoubleArray, ...),
// vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate, with VTK's method names.
//
// Values: the number interface converts like the C core (a C cast, saturating for
// integer types). 64-bit integer arrays (int64, uint64, idtype) return BigInt from
// GetValue/GetTuple and accept BigInt exactly (RangeError if out of the type's
// range); integer arrays of other types accept BigInt too (stored exactly, wrapping
// like C when it does not fit). Indices and counts may be numbers or BigInts.
import {
  DTYPES, TYPE_INFO, argc, count, describe, int32, typeId,
  INT64_MIN, INT64_MAX, UINT64_MAX, index64 as index,
} from './common.mjs';

const AOS = 0, SOA = 1, SCALED_SOA = 2;

export function defineArrays(ctx) {
  const { M, memory, INTERNAL, vtkObjectBase, vtkBuffer } = ctx;

  const { withScratch } = ctx; // in/out parameters of core calls (tuples, ranges, 64-bit values)
  const f64 = (p, n) => new Float64Array(memory.buffer, p, n);

  // How to store v in an array of this type: ['d', number] | ['i', bigint] | ['u', bigint].
  function valueOf(info, v, what) {
    if (typeof v === 'number') return ['d', v];
    if (typeof v === 'bigint') {
      if (info.Array === Float32Array || info.Array === Float64Array) {
        throw new TypeError(`${what}: a ${info.dtype} array takes numbers, got a BigInt`);
      }
      if (info.unsigned && info.big) {
        if (v < 0n || v > UINT64_MAX) throw new RangeError(`${what}: ${v} out of the uint64 range`);
        return ['u', v];
      }
      if (v < INT64_MIN || v > (info.big ? INT64_MAX : UINT64_MAX)) {
        throw new RangeError(`${what}: ${v} out of the ${info.big ? 'int64' : '64-bit'} range`);
      }
      return v > INT64_MAX ? ['u', v] : ['i', v];
    }
    throw new TypeError(`${what}: expected a number${info.big ? ' or BigInt' : ''}, got ${describe(v)}`);
  }

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
        ptr = M._vb_array_new_layout(typeId(dtype, new.target.name), layout);
        if (!ptr) ctx.fail(M._vb_last_status(), new.target.name);
      }
      this.#info = TYPE_INFO.get(M._vb_array_type(ptr));
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
        const heap = new Uint8Array(memory.buffer, s, bytes.length + 1);
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
    ReserveTuples(n) { return this.#count1(arguments, n, '_vb_array_reserve_tuples', 'ReserveTuples'); }
    Allocate(size, ext = 1000) {
      argc(arguments.length, 1, 2, 'Allocate');
      const p = this._ptr();
      ctx.done(M._vb_array_allocate(p, count(size, 'Allocate'), count(ext, 'Allocate(ext)')), 'Allocate');
      return true;
    }
    Squeeze() { argc(arguments.length, 0, 0, 'Squeeze'); ctx.done(M._vb_array_squeeze(this._ptr()), 'Squeeze'); }
    Initialize() { argc(arguments.length, 0, 0, 'Initialize'); ctx.done(M._vb_array_initialize(this._ptr()), 'Initialize'); }
    #count1(args, n, fn, what) {
      argc(args.length, 1, 1, what);
      const p = this._ptr();
      ctx.done(M[fn](p, count(n, what)), what);
      return true;
    }

    // --- values
    GetValue(i) {
      argc(arguments.length, 1, 1, 'GetValue');
      const p = this._ptr();
      return this.#get(p, index(i, 'GetValue'), 'GetValue');
    }
    #get(p, i, what) {
      return withScratch(8, (out) => {
        if (this.#info.big) {
          const s = this.#info.unsigned ? M._vb_array_get_value_u64(p, i, out) : M._vb_array_get_value_i64(p, i, out);
          ctx.done(s, what);
          return new this.#info.Array(memory.buffer, out, 1)[0];
        }
        ctx.done(M._vb_array_get_value(p, i, out), what);
        return f64(out, 1)[0];
      });
    }
    #set(p, i, kv, what) {
      const [k, v] = kv;
      const s = k === 'd' ? M._vb_array_set_value(p, i, v)
        : k === 'i' ? M._vb_array_set_value_i64(p, i, v) : M._vb_array_set_value_u64(p, i, v);
      ctx.done(s, what);
    }
    SetValue(i, v) {
      argc(arguments.length, 2, 2, 'SetValue');
      const p = this._ptr();
      this.#set(p, index(i, 'SetValue'), valueOf(this.#info, v, 'SetValue'), 'SetValue');
    }
    InsertValue(i, v) {
      argc(arguments.length, 2, 2, 'InsertValue');
      const p = this._ptr();
      const ii = index(i, 'InsertValue'), kv = valueOf(this.#info, v, 'InsertValue');
      const s = M._vb_array_insert_value(p, ii, kv[0] === 'd' ? kv[1] : 0);
      if (s < 0 || kv[0] === 'd') { ctx.done(s, 'InsertValue'); return; }
      const e = ctx.take();
      this.#set(p, ii, kv, 'InsertValue');
      if (e) throw e.error;
    }
    /** Append one value; returns its index. */
    InsertNextValue(v) {
      argc(arguments.length, 1, 1, 'InsertNextValue');
      const p = this._ptr();
      const [k, x] = valueOf(this.#info, v, 'InsertNextValue');
      const s = k === 'd' ? M._vb_array_insert_next_value(p, x)
        : k === 'i' ? M._vb_array_insert_next_value_i64(p, x) : M._vb_array_insert_next_value_u64(p, x);
      ctx.done(s, 'InsertNextValue');
      return Number(M._vb_array_get_max_id(p));
    }

    // --- tuples
    #tuple(tuple, what) {
      const nc = this.GetNumberOfComponents();
      if (!(Array.isArray(tuple) || ArrayBuffer.isView(tuple))) {
        throw new TypeError(`${what}: tuple must be an array of ${nc} values, got ${describe(tuple)}`);
      }
      if (tuple.length !== nc) throw new TypeError(`${what}: tuple has ${tuple.length} values, the array has ${nc} components`);
      return Array.from(tuple, (v) => valueOf(this.#info, v, what));
    }
    // 64-bit integer arrays (not scaled): the whole tuple goes through one exact
    // _i64/_u64 core call. Numbers are converted as the core's double path does
    // (truncation, saturating at the type's limits, NaN -> 0); BigInts are exact.
    #exact64() { return this.#info.big && this.#layout !== SCALED_SOA; }
    #big64(kvs) {
      const [lo, hi] = this.#info.unsigned ? [0n, UINT64_MAX] : [INT64_MIN, INT64_MAX];
      return kvs.map(([k, v]) => {
        if (k !== 'd') return v;
        if (Number.isNaN(v)) return 0n;
        if (v <= Number(lo)) return lo;
        if (v >= Number(hi)) return hi; // Number(hi) rounds up to 2^63 / 2^64
        return BigInt(Math.trunc(v));
      });
    }
    // Other integer arrays: values given as BigInt are written exactly after the
    // double tuple op (no event: same storage).
    #fixBig(p, t, kvs, what) {
      const nc = kvs.length;
      kvs.forEach((kv, c) => { if (kv[0] !== 'd') this.#set(p, BigInt(t) * BigInt(nc) + BigInt(c), kv, what); });
    }
    #tupleOp(fn, p, t, tuple, what) {
      const kvs = this.#tuple(tuple, what);
      if (this.#exact64()) {
        const u = this.#info.unsigned, vals = this.#big64(kvs);
        const s = withScratch(8 * vals.length, (buf) => {
          new (u ? BigUint64Array : BigInt64Array)(memory.buffer, buf, vals.length).set(vals);
          const f = M[fn + (u ? '_u64' : '_i64')];
          return t === null ? f(p, buf) : f(p, t, buf);
        });
        ctx.done(s, what);
        return;
      }
      const s = withScratch(8 * kvs.length, (buf) => {
        const tv = f64(buf, kvs.length);
        kvs.forEach(([k, v], c) => { tv[c] = k === 'd' ? v : 0; });
        return t === null ? M[fn](p, buf) : M[fn](p, t, buf);
      });
      if (s < 0) { ctx.done(s, what); return; }
      const e = ctx.take();
      if (kvs.some((kv) => kv[0] !== 'd')) {
        this.#fixBig(p, t === null ? M._vb_array_get_number_of_tuples(p) - 1n : t, kvs, what);
      }
      if (e) throw e.error;
    }
    GetTuple(t) {
      argc(arguments.length, 1, 1, 'GetTuple');
      const p = this._ptr();
      const tt = index(t, 'GetTuple');
      const nc = M._vb_array_get_number_of_components(p);
      if (this.#info.big) { // one exact call (also for scaled arrays: as GetValue)
        const u = this.#info.unsigned;
        return withScratch(8 * nc, (out) => {
          ctx.done(u ? M._vb_array_get_tuple_u64(p, tt, out) : M._vb_array_get_tuple_i64(p, tt, out), 'GetTuple');
          return Array.from(new this.#info.Array(memory.buffer, out, nc));
        });
      }
      return withScratch(8 * nc, (out) => {
        ctx.done(M._vb_array_get_tuple(p, tt, out), 'GetTuple');
        return Array.from(f64(out, nc));
      });
    }
    SetTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'SetTuple');
      this.#tupleOp('_vb_array_set_tuple', this._ptr(), index(t, 'SetTuple'), tuple, 'SetTuple');
    }
    InsertTuple(t, tuple) {
      argc(arguments.length, 2, 2, 'InsertTuple');
      this.#tupleOp('_vb_array_insert_tuple', this._ptr(), index(t, 'InsertTuple'), tuple, 'InsertTuple');
    }
    /** Append one tuple (an array of GetNumberOfComponents() values); returns its index. */
    InsertNextTuple(tuple) {
      argc(arguments.length, 1, 1, 'InsertNextTuple');
      const p = this._ptr();
      this.#tupleOp('_vb_array_insert_next_tuple', p, null, tuple, 'InsertNextTuple');
      return Number(M._vb_array_get_number_of_tuples(p)) - 1;
    }
    GetComponent(t, c) {
      argc(arguments.length, 2, 2, 'GetComponent');
      const p = this._ptr();
      const tt = index(t, 'GetComponent'), cc = int32(c, 'GetComponent');
      return withScratch(8, (out) => {
        ctx.done(M._vb_array_get_component(p, tt, cc, out), 'GetComponent');
        return f64(out, 1)[0];
      });
    }
    SetComponent(t, c, v) {
      argc(arguments.length, 3, 3, 'SetComponent');
      const p = this._ptr();
      if (typeof v !== 'number') throw new TypeError(`SetComponent: value must be a number, got ${describe(v)}`);
      ctx.done(M._vb_array_set_component(p, index(t, 'SetComponent'), int32(c, 'SetComponent'), v), 'SetComponent');
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
    /** AOS: use buf as storage (shared, not copied). updateMaxId: NumberOfValues = buf's elements. */
    SetBuffer(buf, updateMaxId = true) {
      argc(arguments.length, 1, 2, 'SetBuffer');
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
    #where(component, what) {
      const p = this._ptr();
      if (component === undefined) {
        const data = M._vb_js_array_component_data(p, -1);
        if (this.#layout !== AOS && M._vb_array_get_number_of_components(p) !== 1) {
          throw new TypeError(`${what}: an SOA array with several components has one buffer per component; pass a component index`);
        }
        return [p, -1, data, Number(M._vb_array_get_number_of_values(p))];
      }
      if (this.#layout === AOS) throw new TypeError(`${what}: an AOS array has a single buffer; call it without a component`);
      const c = int32(component, what, -0x80000000);
      const nc = M._vb_array_get_number_of_components(p);
      if (c < 0 || c >= nc) throw new RangeError(`${what}: component ${c} not in [0, ${nc})`);
      return [p, c, M._vb_js_array_component_data(p, c), Number(M._vb_array_get_number_of_tuples(p))];
    }
    /**
     * Raw zero-copy typed array over the values (AOS: all NumberOfValues values,
     * tuple-interleaved; SOA: view(c) gives component c's NumberOfTuples values).
     * Valid only until the next allocation anywhere in the module.
     */
    view(component) {
      argc(arguments.length, 0, 1, 'view');
      const [, , data, n] = this.#where(component, 'view');
      return new this.#info.Array(memory.buffer, data, n);
    }
    /** A safe view (SafeView) over the same values as view(component); checked once per call. */
    getData(component) {
      argc(arguments.length, 0, 1, 'getData');
      const [p, c, data, n] = this.#where(component, 'getData');
      return new ctx.SafeView(INTERNAL, this, this.#info, () => M._vb_js_array_block(p, c), data, n,
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

  // The concrete AOS classes, VTK's names (char is signed and long is 32-bit on wasm32).
  const concrete = {
    vtkFloatArray: 'float32', vtkDoubleArray: 'float64', vtkCharArray: 'char',
    vtkSignedCharArray: 'int8', vtkUnsignedCharArray: 'uint8', vtkShortArray: 'int16',
    vtkUnsignedShortArray: 'uint16', vtkIntArray: 'int32', vtkUnsignedIntArray: 'uint32',
    vtkLongArray: 'long', vtkUnsignedLongArray: 'ulong', vtkLongLongArray: 'int64',
    vtkUnsignedLongLongArray: 'uint64', vtkIdTypeArray: 'idtype',
    vtkTypeInt8Array: 'int8', vtkTypeUInt8Array: 'uint8', vtkTypeInt16Array: 'int16',
    vtkTypeUInt16Array: 'uint16', vtkTypeInt32Array: 'int32', vtkTypeUInt32Array: 'uint32',
    vtkTypeInt64Array: 'int64', vtkTypeUInt64Array: 'uint64', vtkTypeFloat32Array: 'float32',
    vtkTypeFloat64Array: 'float64',
  };
  const classes = {};
  for (const [name, dtype] of Object.entries(concrete)) {
    if (!(dtype in DTYPES)) throw new Error(`internal: ${dtype}`);
    classes[name] = ({ [name]: class extends vtkAOSDataArrayTemplate {
      constructor() {
        if (arguments[0] === INTERNAL) { super(INTERNAL, arguments[1]); return; }
        argc(arguments.length, 0, 0, name); super(dtype);
      }
    } })[name];
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

  return { vtkDataArray, vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate, ...classes };
}

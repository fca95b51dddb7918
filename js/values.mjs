// vtkVariant, vtkStringArray and vtkVariantArray over the core's vb_variant and
// vb_value_array (src/vb_variant.h, src/vb_value_array.h): VTK 9.7.1's semantics,
// the conversions and checks are the core's; this file only translates.
//
// A vtkVariant owns a vb_variant in WASM memory (freed by delete() or when the
// wrapper is collected). new vtkVariant(v[, type]): undefined/null invalid, a
// boolean char, an integer Number int (past int32: long long), another Number
// double, a BigInt long long (past int64: unsigned long long), a string (UTF-8),
// a vtkbuf object, another vtkVariant. Strings come back as JS strings (text that
// is not UTF-8 decodes with U+FFFD); 64-bit integers as Numbers when safe, else BigInt.
import { argc, describe, heapView, int32, int64 } from './common.mjs';
import { id64 } from './idlist.mjs';

const TYPES = [['Char', 2], ['SignedChar', 15], ['UnsignedChar', 3], ['Short', 4], ['UnsignedShort', 5],
  ['Int', 6], ['UnsignedInt', 7], ['Long', 8], ['UnsignedLong', 9], ['LongLong', 16],
  ['UnsignedLongLong', 17], ['Float', 10], ['Double', 11]];
const STRING = 13, OBJECT = 21, STRING_ARRAY = 13, VARIANT_ARRAY = 20;
const big = (b) => (b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);

export function defineValues(ctx, vtkAbstractArray) {
  const { M, memory, INTERNAL, vtkObjectBase, withScratch } = ctx;
  const VSIZE = Number(M._vb_variant_size());
  const enc = new TextEncoder(), dec = new TextDecoder();
  const u8 = (p, n) => heapView(memory, Uint8Array, p, n);
  const status = (r) => (typeof r === 'bigint' ? Number(r) : r);

  /** The text of the variant at p (ToString). */
  function text(p) {
    const n = Number(M._vb_variant_to_string(p, 0, 0));
    return withScratch(n + 1, (s) => { M._vb_variant_to_string(p, s, n + 1); return dec.decode(u8(s, n).slice()); });
  }
  /** Store a JS value into the (initialised) variant at p; TypeError / RangeError. */
  function assign(p, v, what) {
    let st = 0;
    if (v === undefined || v === null) { M._vb_variant_clear(p); return; }
    if (v instanceof vtkVariant) st = M._vb_variant_copy(p, v._v());
    else if (v instanceof vtkObjectBase) M._vb_variant_set_object(p, v._ptr());
    else if (typeof v === 'string' || v instanceof Uint8Array) {
      const b = typeof v === 'string' ? enc.encode(v) : v;
      st = withScratch(b.length + 1, (s) => { u8(s, b.length).set(b); return M._vb_variant_set_string(p, s, b.length); });
    } else if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') {
      let type = 11; // double
      if (typeof v === 'boolean') type = 2;
      else if (typeof v === 'bigint') {
        if (v < -(2n ** 63n) || v >= 2n ** 64n) throw new RangeError(`${what}: ${v} does not fit 64 bits`);
        type = v < 2n ** 63n ? 16 : 17;
      } else if (Number.isInteger(v) && Math.abs(v) <= 2 ** 53) type = v >= -(2 ** 31) && v < 2 ** 31 ? 6 : 16;
      st = withScratch(16, (s) => { ctx.scalars.put(s, v, what); return M._vb_variant_set_number(p, type, s); });
    } else throw new TypeError(`${what}: a vtkVariant cannot hold ${describe(v)}`);
    if (st < 0) ctx.fail(st, what);
  }
  /** Run fn(p) with a temporary variant holding v. */
  function withVariant(v, what, fn) {
    const p = M._malloc(VSIZE);
    if (!p) throw new RangeError(`${what}: out of WASM memory`);
    M._vb_variant_init(p);
    try { assign(p, v, what); return fn(p); } finally { M._vb_variant_clear(p); M._free(p); }
  }

  const variants = new FinalizationRegistry((p) => { M._vb_variant_clear(p); M._free(p); });

  class vtkVariant {
    #p = 0;
    constructor(value, type) {
      argc(arguments.length, 0, 2, 'vtkVariant');
      const p = M._malloc(VSIZE);
      if (!p) throw new RangeError('vtkVariant: out of WASM memory');
      M._vb_variant_init(p);
      try { assign(p, value, 'vtkVariant'); } catch (e) { M._vb_variant_clear(p); M._free(p); throw e; }
      this.#p = p;
      variants.register(this, p, this);
      if (type !== undefined) this.#convert(int32(type, 'vtkVariant', -0x80000000));
    }
    /** vtkVariant(v, type): v as To<type>() gives it, invalid if it cannot (VTK). */
    #convert(type) {
      const p = this.#p;
      if (type === STRING) { if (M._vb_variant_type(p) !== STRING) assign(p, this.ToString(), 'vtkVariant'); return; }
      if (type === OBJECT && M._vb_variant_type(p) === OBJECT) return;
      const v = TYPES.some(([, id]) => id === type) ? this._to(type) : undefined;
      if (v === undefined) { M._vb_variant_clear(p); return; }
      withScratch(16, (s) => {
        ctx.scalars.put(s, v, 'vtkVariant');
        if (M._vb_variant_set_number(p, type, s) < 0) { M._vb_clear_error(); M._vb_variant_clear(p); }
      });
    }
    /** @internal */
    _v() { if (!this.#p) throw new Error('vtkVariant: used after delete()'); return this.#p; }
    delete() { if (this.#p) { variants.unregister(this); M._vb_variant_clear(this.#p); M._free(this.#p); this.#p = 0; } }
    [Symbol.dispose]() { this.delete(); }
    /** To<type>() as a JS value, undefined when the variant does not convert */
    /** @internal */
    _to(type) {
      return withScratch(4, (ok) => {
        const real = type === 10 || type === 11;
        const r = real ? M._vb_js_variant_to_real(this._v(), type, ok) : M._vb_variant_to_i64(this._v(), type, ok);
        if (!heapView(memory, Int32Array, ok, 1)[0]) return undefined;
        return real ? r : big(type === 17 || type === 9 ? BigInt.asUintN(64, BigInt(r)) : BigInt(r));
      });
    }
    IsValid() { return M._vb_variant_is_valid(this._v()) !== 0; }
    GetType() { return M._vb_variant_type(this._v()); }
    GetTypeAsString() { return M.UTF8ToString(M._vb_variant_type_name(this._v())); }
    IsNumeric() { return M._vb_variant_is_numeric(this._v()) !== 0; }
    IsString() { return this.GetType() === STRING; }
    IsVTKObject() { return this.GetType() === OBJECT; }
    IsArray() { return false; }
    ToArray() { return null; }
    ToString() { return text(this._v()); }
    toString() { return this.ToString(); }
    ToVTKObject() { return ctx.wrapObject(M._vb_variant_object(this._v())); }
    IsEqual(other) {
      argc(arguments.length, 1, 1, 'IsEqual');
      if (!(other instanceof vtkVariant)) throw new TypeError(`IsEqual: expected a vtkVariant, got ${describe(other)}`);
      return M._vb_variant_compare(this._v(), other._v()) === 0;
    }
    /** VTK's operator<: -1, 0 or 1 */
    Compare(other) { return Math.sign(M._vb_variant_compare(this._v(), other._v())); }
  }
  for (const [name, id] of TYPES) {
    Object.defineProperty(vtkVariant.prototype, `Is${name}`, { value() { return this.GetType() === id; } });
    Object.defineProperty(vtkVariant.prototype, `To${name}`, {
      value() {
        const v = this._to(id) ?? 0;
        return id === 2 ? String.fromCharCode(Number(v) & 0xff) : v;
      },
    });
  }
  vtkVariant.prototype.ToTypeInt64 = vtkVariant.prototype.ToLongLong;
  vtkVariant.prototype.ToTypeUInt64 = vtkVariant.prototype.ToUnsignedLongLong;
  Object.assign(vtkVariant, { DEFAULT_FORMATTING: 0, FIXED_FORMATTING: 1, SCIENTIFIC_FORMATTING: 2 });

  /** vtkStringArray / vtkVariantArray: one class per core type. */
  class vtkValueArray extends vtkAbstractArray {
    constructor(arg) {
      super();
      const ptr = arg === INTERNAL ? arguments[1] : M._vb_value_array_new(new.target._TYPE);
      if (arg !== INTERNAL) argc(arguments.length, 0, 0, new.target.name);
      if (!ptr) ctx.fail(M._vb_last_status() || -1, new.target.name);
      this._init(ptr);
    }
    GetClassName() { return this.constructor.name; }
    #str() { return M._vb_value_array_type(this._ptr()) === STRING_ARRAY; }
    #value(p, asVariant) {
      if (!p) ctx.fail(M._vb_last_status(), 'GetValue');
      if (!asVariant && this.#str()) return text(p);
      const v = new vtkVariant();
      ctx.done(M._vb_variant_copy(v._v(), p), 'GetValue');
      return v;
    }
    #arg(v, what, strict) {
      if (strict && this.#str() && typeof v !== 'string' && !(v instanceof Uint8Array)) {
        throw new TypeError(`${what}: expected a string, got ${describe(v)}`);
      }
      return v;
    }
    #same(a, what) {
      if (!(a instanceof vtkValueArray) || a.constructor._TYPE !== this.constructor._TYPE) {
        throw new TypeError(`${what}: expected a ${this.constructor.name}, got ${describe(a)}`);
      }
      return a._ptr();
    }
    /** a source of tuples: the same class, or a string array into a variant array (VTK) */
    #source(a, what) {
      return a instanceof vtkStringArray && this instanceof vtkVariantArray ? a._ptr() : this.#same(a, what);
    }
    GetDataType() { return this.constructor._TYPE; }
    GetDataTypeAsString() { return this.#str() ? 'string' : 'variant'; }
    GetDataTypeSize() { return M._vb_value_array_get_data_type_size(this._ptr()); }
    GetElementComponentSize() { return M._vb_value_array_get_element_component_size(this._ptr()); }
    GetNumberOfComponents() { return M._vb_value_array_get_number_of_components(this._ptr()); }
    SetNumberOfComponents(n) {
      argc(arguments.length, 1, 1, 'SetNumberOfComponents');
      ctx.done(M._vb_value_array_set_number_of_components(this._ptr(), Math.max(1, int32(n, 'SetNumberOfComponents', -0x80000000))), 'SetNumberOfComponents');
    }
    GetNumberOfTuples() { return Number(M._vb_value_array_get_number_of_tuples(this._ptr())); }
    GetNumberOfValues() { return Number(M._vb_value_array_get_number_of_values(this._ptr())); }
    GetMaxId() { return Number(M._vb_value_array_get_max_id(this._ptr())); }
    GetSize() { return Number(M._vb_value_array_get_size(this._ptr())); }
    GetCapacity() { return this.GetSize(); }
    SetNumberOfTuples(n) { this.#count(M._vb_value_array_set_number_of_tuples, n, 'SetNumberOfTuples', arguments.length); }
    SetNumberOfValues(n) { this.#count(M._vb_value_array_set_number_of_values, n, 'SetNumberOfValues', arguments.length); return true; }
    Resize(n) { this.#count(M._vb_value_array_resize, n, 'Resize', arguments.length); return 1; }
    ReserveTuples(n) { this.#count(M._vb_value_array_reserve_tuples, n, 'ReserveTuples', arguments.length); return 1; }
    ReserveValues(n) {
      const nc = BigInt(this.GetNumberOfComponents()), v = int64(n, 'ReserveValues');
      this.#count(M._vb_value_array_reserve_tuples, v / nc + (v % nc ? 1n : 0n), 'ReserveValues', 1);
      return 1;
    }
    Allocate(size, ext) { argc(arguments.length, 1, 2, 'Allocate'); this.#count(M._vb_value_array_allocate, size, 'Allocate', 1); return 1; }
    #count(fn, n, what, nargs) {
      argc(nargs, 1, 1, what);
      ctx.done(status(fn(this._ptr(), int64(n, what))), what);
    }
    Squeeze() { ctx.done(M._vb_value_array_squeeze(this._ptr()), 'Squeeze'); }
    Initialize() { ctx.done(M._vb_value_array_initialize(this._ptr()), 'Initialize'); }
    Reset() { ctx.done(M._vb_value_array_reset(this._ptr()), 'Reset'); }
    GetName() { const s = M._vb_value_array_get_name(this._ptr()); return s ? M.UTF8ToString(s) : null; }
    SetName(name) {
      argc(arguments.length, 1, 1, 'SetName');
      if (name === null) { ctx.done(M._vb_value_array_set_name(this._ptr(), 0), 'SetName'); return; }
      const p = this._ptr();
      ctx.withCString(name, 'SetName', (s) => ctx.done(M._vb_value_array_set_name(p, s), 'SetName'));
    }
    GetValue(i) { argc(arguments.length, 1, 1, 'GetValue'); return this.#value(M._vb_value_array_get_value(this._ptr(), int64(i, 'GetValue')), false); }
    GetVariantValue(i) { argc(arguments.length, 1, 1, 'GetVariantValue'); return this.#value(M._vb_value_array_get_value(this._ptr(), int64(i, 'GetVariantValue')), true); }
    SetValue(i, v) { this.#put(M._vb_value_array_set_value, i, v, 'SetValue', true, arguments.length); }
    InsertValue(i, v) { this.#put(M._vb_value_array_insert_value, i, v, 'InsertValue', true, arguments.length); }
    SetVariantValue(i, v) { this.#put(M._vb_value_array_set_value, i, v, 'SetVariantValue', false, arguments.length); }
    InsertVariantValue(i, v) { this.#put(M._vb_value_array_insert_value, i, v, 'InsertVariantValue', false, arguments.length); }
    #put(fn, i, v, what, strict, nargs) {
      argc(nargs, 2, 2, what);
      const p = this._ptr(), ii = int64(i, what);
      withVariant(this.#arg(v, what, strict), what, (vp) => ctx.done(fn(p, ii, vp), what));
    }
    /** InsertNextValue(v) -> its index */
    InsertNextValue(v) {
      argc(arguments.length, 1, 1, 'InsertNextValue');
      const p = this._ptr();
      return withVariant(this.#arg(v, 'InsertNextValue', true), 'InsertNextValue', (vp) => withScratch(8, (s) => {
        ctx.done(M._vb_value_array_insert_next_value(p, vp, s), 'InsertNextValue');
        return Number(heapView(memory, BigInt64Array, s, 1)[0]);
      }));
    }
    LookupValue(v) {
      argc(arguments.length, 1, 1, 'LookupValue');
      const p = this._ptr();
      return withVariant(v, 'LookupValue', (vp) => Number(M._vb_value_array_lookup_value(p, vp)));
    }
    GetTypedComponent(t, c) { return this.GetValue(this.#index(t, c, 'GetTypedComponent')); }
    SetTypedComponent(t, c, v) { this.SetValue(this.#index(t, c, 'SetTypedComponent'), v); }
    #index(t, c, what) {
      const nc = this.GetNumberOfComponents(), cc = int32(c, what, -0x80000000);
      if (cc < 0 || cc >= nc) throw new RangeError(`${what}: component ${cc} not in [0, ${nc})`);
      return int64(t, what) * BigInt(nc) + BigInt(cc);
    }
    SetTuple(i, j, src) { argc(arguments.length, 3, 3, 'SetTuple'); ctx.done(M._vb_value_array_set_tuple_from(this._ptr(), int64(i, 'SetTuple'), this.#source(src, 'SetTuple'), int64(j, 'SetTuple')), 'SetTuple'); }
    InsertTuple(i, j, src) { argc(arguments.length, 3, 3, 'InsertTuple'); ctx.done(M._vb_value_array_insert_tuple_from(this._ptr(), int64(i, 'InsertTuple'), this.#source(src, 'InsertTuple'), int64(j, 'InsertTuple')), 'InsertTuple'); }
    InsertNextTuple(j, src) {
      argc(arguments.length, 2, 2, 'InsertNextTuple');
      const p = this._ptr(), sp = this.#source(src, 'InsertNextTuple'), jj = int64(j, 'InsertNextTuple');
      return withScratch(8, (s) => {
        ctx.done(M._vb_value_array_insert_next_tuple_from(p, sp, jj, s), 'InsertNextTuple');
        return Number(heapView(memory, BigInt64Array, s, 1)[0]);
      });
    }
    /** InsertTuples(dstIds, srcIds, src) | InsertTuples(dstStart, n, srcStart, src) */
    InsertTuples(...a) {
      argc(a.length, 3, 4, 'InsertTuples');
      const p = this._ptr(), sp = this.#source(a[a.length - 1], 'InsertTuples');
      if (a.length === 4) {
        ctx.done(M._vb_value_array_insert_tuples_range(p, int64(a[0], 'InsertTuples'), int64(a[1], 'InsertTuples'), int64(a[2], 'InsertTuples'), sp), 'InsertTuples');
        return;
      }
      ctx.withIds(a[0], 'InsertTuples', (d, nd) => ctx.withIds(a[1], 'InsertTuples', (s, ns) => {
        if (nd !== ns) throw new RangeError(`InsertTuples: ${nd} and ${ns} ids`);
        ctx.done(M._vb_value_array_insert_tuples(p, d, s, BigInt(nd), sp), 'InsertTuples');
      }));
    }
    InsertTuplesStartingAt(dstStart, ids, src) {
      argc(arguments.length, 3, 3, 'InsertTuplesStartingAt');
      const p = this._ptr(), sp = this.#source(src, 'InsertTuplesStartingAt'), d = int64(dstStart, 'InsertTuplesStartingAt');
      ctx.withIds(ids, 'InsertTuplesStartingAt', (s, n) => ctx.done(M._vb_value_array_insert_tuples_starting_at(p, d, s, BigInt(n), sp), 'InsertTuplesStartingAt'));
    }
    /** GetTuples(ids, out) | GetTuples(p1, p2, out) */
    GetTuples(...a) {
      argc(a.length, 2, 3, 'GetTuples');
      const p = this._ptr(), op = this.#same(a[a.length - 1], 'GetTuples');
      if (a.length === 3) {
        ctx.done(M._vb_value_array_get_tuples_range(p, int64(a[0], 'GetTuples'), int64(a[1], 'GetTuples'), op), 'GetTuples');
        return;
      }
      ctx.withIds(a[0], 'GetTuples', (s, n) => ctx.done(M._vb_value_array_get_tuples(p, s, BigInt(n), op), 'GetTuples'));
    }
    /** InterpolateTuple(i, ids, src, weights) | (i, id1, src1, id2, src2, t): the nearest tuple (VTK) */
    InterpolateTuple(...a) {
      if (a.length !== 4 && a.length !== 6) throw new TypeError(`InterpolateTuple: expected 4 or 6 arguments, got ${a.length}`);
      const p = this._ptr(), i = int64(a[0], 'InterpolateTuple');
      if (a.length === 6) {
        if (typeof a[5] !== 'number') throw new TypeError(`InterpolateTuple: expected a number, got ${describe(a[5])}`);
        ctx.done(M._vb_value_array_interpolate_tuple2(p, i, int64(a[1], 'InterpolateTuple'), this.#same(a[2], 'InterpolateTuple'),
          int64(a[3], 'InterpolateTuple'), this.#same(a[4], 'InterpolateTuple'), a[5]), 'InterpolateTuple');
        return;
      }
      const sp = this.#same(a[2], 'InterpolateTuple'), w = Array.from(a[3] ?? [], Number);
      ctx.withIds(a[1], 'InterpolateTuple', (s, n) => {
        if (w.length < n) throw new RangeError('InterpolateTuple: fewer weights than ids');
        withScratch(8 * Math.max(n, 1), (wp) => {
          heapView(memory, Float64Array, wp, n).set(w.slice(0, n));
          ctx.done(M._vb_value_array_interpolate_tuple(p, i, s, BigInt(n), sp, wp), 'InterpolateTuple');
        });
      });
    }
    DeepCopy(src) { argc(arguments.length, 1, 1, 'DeepCopy'); if (src !== null) ctx.done(M._vb_value_array_deep_copy(this._ptr(), this.#same(src, 'DeepCopy')), 'DeepCopy'); }
    ShallowCopy(src) { argc(arguments.length, 1, 1, 'ShallowCopy'); if (src !== null) ctx.done(M._vb_value_array_shallow_copy(this._ptr(), this.#same(src, 'ShallowCopy')), 'ShallowCopy'); }
    GetDataSize() { return Number(M._vb_value_array_get_data_size(this._ptr())); }
    GetActualMemorySize() { return Number(M._vb_value_array_get_actual_memory_size(this._ptr())); }
    IsNumeric() { return 0; }
    IsIntegral() { return false; }
    GetArrayType() { return this.#str() ? 2 : 3; }
    GetArrayTypeAsString() { return this.#str() ? 'VTK_STRING_ARRAY' : 'VTK_VARIANT_ARRAY'; }
    HasStandardMemoryLayout() { return true; }
    HasInformation() { return false; }
    HasAComponentName() { return M._vb_value_array_has_a_component_name(this._ptr()) !== 0; }
    SetComponentName(c, name) {
      argc(arguments.length, 2, 2, 'SetComponentName');
      const p = this._ptr(), cc = id64(c, 'SetComponentName');
      if (name === null) return;
      ctx.withCString(name, 'SetComponentName', (s) => ctx.done(M._vb_value_array_set_component_name(p, cc, s), 'SetComponentName'));
    }
    GetComponentName(c) {
      argc(arguments.length, 1, 1, 'GetComponentName');
      const s = M._vb_value_array_get_component_name(this._ptr(), id64(c, 'GetComponentName'));
      return s ? M.UTF8ToString(s) : null;
    }
    /** CopyComponentNames(src) -> 1 if copied, else 0 */
    CopyComponentNames(src) {
      argc(arguments.length, 1, 1, 'CopyComponentNames');
      if (src === null) return 0;
      const p = this._ptr(), sp = this.#same(src, 'CopyComponentNames');
      return withScratch(4, (s) => {
        ctx.done(M._vb_value_array_copy_component_names(p, sp, s), 'CopyComponentNames');
        return heapView(memory, Int32Array, s, 1)[0];
      });
    }
    /** CopyComponent(dstComp, src, srcComp) -> false where VTK refuses (another class, counts) */
    CopyComponent(dc, src, sc) {
      argc(arguments.length, 3, 3, 'CopyComponent');
      const p = this._ptr(), d = int32(dc, 'CopyComponent', -0x80000000), c = int32(sc, 'CopyComponent', -0x80000000);
      if (!(src instanceof vtkValueArray)) return false;
      const r = M._vb_value_array_copy_component(p, d, src._ptr(), c);
      if (r === -1) ctx.fail(r, 'CopyComponent');
      M._vb_clear_error();
      return r === 0;
    }
    GetMaxDiscreteValues() { return M._vb_value_array_get_max_discrete_values(this._ptr()) >>> 0; }
    SetMaxDiscreteValues(n) { argc(arguments.length, 1, 1, 'SetMaxDiscreteValues'); M._vb_value_array_set_max_discrete_values(this._ptr(), int32(n, 'SetMaxDiscreteValues', -0x80000000)); }
    static ExtendedNew() { return new this(); }
    GetNumberOfComponentsMinValue() { return 1; }
    GetNumberOfComponentsMaxValue() { return 2147483647; }
    ClearLookup() {}
    DataChanged() {}
    DataElementChanged() {}
    NewInstance() { return new this.constructor(); }
    static FastDownCast(a) { return a instanceof this ? a : null; }
  }
  Object.assign(vtkValueArray, {
    MAX_DISCRETE_VALUES: 32, VTK_DATA_ARRAY_FREE: 0, VTK_DATA_ARRAY_DELETE: 1, VTK_DATA_ARRAY_ALIGNED_FREE: 2,
    VTK_DATA_ARRAY_USER_DEFINED: 3,
  });
  class vtkStringArray extends vtkValueArray {
    static _TYPE = STRING_ARRAY;
    GetNumberOfElementComponents() { return 1; }
  }
  class vtkVariantArray extends vtkValueArray { static _TYPE = VARIANT_ARRAY; }

  /** @internal a new wrapper (own reference) of a core value array */
  ctx.wrapValueArray = (ptr) => {
    M._vb_object_retain(ptr);
    return new (M._vb_value_array_type(ptr) === STRING_ARRAY ? vtkStringArray : vtkVariantArray)(INTERNAL, ptr);
  };
  ctx.vtkValueArray = vtkValueArray;
  return { vtkVariant, vtkStringArray, vtkVariantArray };
}

// vtkObjectBase (lifetime, observers) and vtkBuffer.
//
// Lifetime: every wrapper holds one reference to its C object. delete() (or
// [Symbol.dispose]) drops it; a second delete() is harmless; any other use of a
// deleted wrapper throws an Error saying so. A FinalizationRegistry drops the
// reference of wrappers collected without delete().
//
// Observers: AddObserver(event, callback) registers a C observer (wasm/vb_js_events.c)
// whose clientdata is an integer handle. The callback lives on the wrapper (the
// global handle table holds only a WeakRef), so an observer never keeps its
// wrapper alive; observers added through a wrapper are removed when that wrapper
// is deleted or collected while other references keep the C object alive.
// callback(caller, eventName) runs synchronously inside the C call; if it
// throws, the C operation still completes and the error is rethrown when the
// call returns to JS.
import { addr, argc, describe, heapView, int64, vtkCommand } from './common.mjs';

export function defineObjects(ctx) {
  const { M, memory, INTERNAL } = ctx;
  const handles = new Map(); // handle -> WeakRef(wrapper)
  let nextHandle = 1;

  M.vbStash = (e) => { if (!ctx.pending) ctx.pending = { error: e }; };
  // Call data of InvokeEvent(event, calldata): the core carries a vb_calldata whose
  // int (kind VB_CALLDATA_INT at offset 0, value at offset 8) is a token for the JS value.
  const calldata = new Map();
  let nextToken = 1;
  M.vbDispatch = (handle, event, cd) => {
    const w = handles.get(handle)?.deref();
    if (!w) return;
    let value;
    if (cd && new Int32Array(memory.buffer, addr(cd), 1)[0] === 1) {
      value = calldata.get(Number(new BigInt64Array(memory.buffer, addr(cd) + 8, 1)[0]));
    }
    try { w._fire(handle, event, value); } catch (e) { M.vbStash(e); }
  };
  M.vbFreed = (handle) => {
    const w = handles.get(handle)?.deref();
    handles.delete(handle);
    if (w) w._forget(handle);
  };

  // Wrappers dropped without delete(): remove their observers, drop their reference.
  const objects = new FinalizationRegistry((held) => {
    for (const id of held.ids) M._vb_object_remove_observer(held.ptr, id);
    held.ids.clear();
    M._vb_object_release(held.ptr);
    ctx.pending = null; // nobody to report to
  });

  const eventName = (id) => M.UTF8ToString(M._vb_event_name(id));
  const eventIds = new Map(); // name -> id, from the core's table
  for (let i = 0; i < 138; i++) eventIds.set(eventName(i), i);
  eventIds.set('UserEvent', vtkCommand.UserEvent);

  function eventId(event, what) {
    if (typeof event === 'string') {
      const id = eventIds.get(event);
      if (id === undefined) throw new TypeError(`${what}: unknown event "${event}" (VTK's vtkCommand event names)`);
      return id;
    }
    if (typeof event === 'number' && Number.isInteger(event) && event >= 0 && event <= 0xffffffff) return event;
    throw new TypeError(`${what}: event must be an event name or a non-negative integer id, got ${describe(event)}`);
  }

  class vtkObjectBase {
    #ptr = 0; #held = null; #registered = 0; #ignoreRegister = false;
    #callbacks = new Map(); // handle -> callback
    #handleOf = new Map();  // observer id -> handle
    #events = new Map();    // observer id -> event id

    constructor() {
      if (new.target === vtkObjectBase) throw new TypeError('vtkObjectBase is abstract');
    }
    /** @internal adopt a new reference to a C object */
    _init(ptr) {
      this.#ptr = ptr;
      this.#held = { ptr, ids: new Set() };
      objects.register(this, this.#held, this);
    }
    /** @internal the C pointer; throws if deleted */
    _ptr() {
      if (!this.#ptr) throw new Error(`${this.constructor.name}: object was deleted (used after delete())`);
      return this.#ptr;
    }
    /** @internal */
    _alive() { return this.#ptr !== 0; }
    /** @internal */
    _fire(handle, event, value) {
      const cb = this.#callbacks.get(handle);
      if (!cb) return;
      if (value === undefined) cb(this, eventName(event));
      else cb(this, eventName(event), value);
    }
    /** @internal the core freed this observer */
    _forget(handle) {
      this.#callbacks.delete(handle);
      for (const [id, h] of this.#handleOf) {
        if (h === handle) { this.#handleOf.delete(id); this.#events.delete(id); this.#held?.ids.delete(id); }
      }
    }

    GetClassName() { return this.constructor.name; }
    /** 1 if this object's class is the named VTK class or derives from it (vtkObjectBase included). */
    IsA(name) { argc(arguments.length, 1, 1, 'IsA'); return Number(name === this.GetClassName() || this.constructor.IsTypeOf(name)); }
    static IsTypeOf(name) {
      argc(arguments.length, 1, 1, 'IsTypeOf');
      for (let c = this; c && c !== Object; c = Object.getPrototypeOf(c)) if (c.name === name) return 1;
      // every class here is a vtkObject in VTK, also those whose JS base is vtkObjectBase
      return Number(name === 'vtkObject' && this !== vtkObjectBase);
    }
    /** obj if it is an instance of this class, else null. */
    static SafeDownCast(obj) {
      argc(arguments.length, 1, 1, 'SafeDownCast');
      if (obj !== null && !(obj instanceof vtkObjectBase)) throw new TypeError(`SafeDownCast: expected a vtkbuf object or null, got ${describe(obj)}`);
      return obj instanceof this ? obj : null;
    }
    /** A new empty object of the same class (its Register/UnRegister do nothing, as VTK's). */
    NewInstance() {
      argc(arguments.length, 0, 0, 'NewInstance');
      this._ptr();
      const r = this._newInstance();
      r.#ignoreRegister = true;
      return r;
    }
    /** @internal */
    _newInstance() {
      const C = this.constructor; // the templates and vtkBuffer take their dtype
      return C.length >= 1 && this.dtype !== undefined ? new C(this.dtype) : new C();
    }
    GetAddressAsString(className) { argc(arguments.length, 1, 1, 'GetAddressAsString'); return `Addr=0x${this._ptr().toString(16)}`; }
    GetObjectDescription() {
      const n = this.GetObjectName();
      return `${this.GetClassName()} (0x${this._ptr().toString(16)})${n ? ` '${n}'` : ''}`;
    }
    /** Take a core reference (kept until UnRegister). */
    Register(owner) {
      argc(arguments.length, 0, 1, 'Register');
      const p = this._ptr();
      if (this.#ignoreRegister) return;
      M._vb_object_retain(p);
      this.#registered++;
    }
    /** Drop a reference taken by Register (Error otherwise: it would free an object in use). */
    UnRegister(owner) {
      argc(arguments.length, 0, 1, 'UnRegister');
      const p = this._ptr();
      if (this.#ignoreRegister) return;
      if (this.#registered <= 0) throw new Error('UnRegister: no reference taken with Register() to drop');
      this.#registered--;
      M._vb_object_release(p);
      ctx.done(0, 'UnRegister');
    }
    GetDebug() { return M._vb_object_get_debug(this._ptr()) !== 0; }
    SetDebug(on) { argc(arguments.length, 1, 1, 'SetDebug'); M._vb_object_set_debug(this._ptr(), on ? 1 : 0); }
    DebugOn() { this.SetDebug(true); }
    DebugOff() { this.SetDebug(false); }
    GetObjectName() { return M.UTF8ToString(M._vb_object_get_name(this._ptr())); }
    SetObjectName(name) {
      argc(arguments.length, 1, 1, 'SetObjectName');
      const p = this._ptr();
      if (name === null || name === '') { ctx.done(M._vb_object_set_name(p, 0), 'SetObjectName'); return; }
      if (typeof name !== 'string') throw new TypeError(`SetObjectName: expected a string, got ${describe(name)}`);
      const bytes = new TextEncoder().encode(name);
      if (bytes.includes(0)) throw new TypeError('SetObjectName: the name contains a NUL character');
      ctx.withScratch(bytes.length + 1, (s) => {
        const heap = new Uint8Array(memory.buffer, addr(s), bytes.length + 1);
        heap.set(bytes);
        heap[bytes.length] = 0;
        ctx.done(M._vb_object_set_name(p, s), 'SetObjectName');
      });
    }
    static GetGlobalWarningDisplay() { return M._vb_object_get_global_warning_display(); }
    static SetGlobalWarningDisplay(on) { M._vb_object_set_global_warning_display(on ? 1 : 0); }
    static GlobalWarningDisplayOn() { M._vb_object_set_global_warning_display(1); }
    static GlobalWarningDisplayOff() { M._vb_object_set_global_warning_display(0); }
    /** True if other wraps the same C object (two getter calls give two wrappers). */
    IsSame(other) {
      argc(arguments.length, 1, 1, 'IsSame');
      return other instanceof vtkObjectBase && other._alive() && other._ptr() === this._ptr();
    }
    GetReferenceCount() { return M._vb_object_refcount(this._ptr()); }
    GetMTime() { return Number(M._vb_object_mtime(this._ptr())); }
    Modified() {
      argc(arguments.length, 0, 0, 'Modified');
      M._vb_object_modified(this._ptr());
      ctx.done(0, 'Modified');
    }

    /** Add an observer; returns its id (> 0). callback(caller, eventName). */
    AddObserver(event, callback, priority = 0) {
      argc(arguments.length, 2, 3, 'AddObserver');
      const p = this._ptr();
      const ev = eventId(event, 'AddObserver');
      if (typeof priority !== 'number') throw new TypeError(`AddObserver: priority must be a number, got ${describe(priority)}`);
      if (typeof callback !== 'function') {
        throw new TypeError(`AddObserver: callback must be a function, got ${describe(callback)}`);
      }
      const handle = nextHandle++;
      handles.set(handle, new WeakRef(this));
      this.#callbacks.set(handle, callback);
      const id = M._vb_js_add_observer(p, ev, handle, priority) >>> 0;
      if (!id) {
        handles.delete(handle);
        this.#callbacks.delete(handle);
        ctx.fail(M._vb_last_status() || -1, 'AddObserver');
      }
      this.#handleOf.set(id, handle);
      this.#events.set(id, ev);
      this.#held.ids.add(id);
      return id;
    }

    /** Remove an observer by id. Unknown ids are a RangeError. */
    RemoveObserver(id) {
      argc(arguments.length, 1, 1, 'RemoveObserver');
      const p = this._ptr();
      if (typeof id !== 'number' || !Number.isInteger(id)) {
        throw new TypeError(`RemoveObserver: id must be an integer, got ${describe(id)}`);
      }
      if (!this.#handleOf.has(id)) throw new RangeError(`RemoveObserver: no observer with id ${id} added through this object`);
      const s = M._vb_object_remove_observer(p, id);
      ctx.done(s, 'RemoveObserver'); // clientdata_free -> vbFreed -> _forget
    }

    /** True if an observer of event (or AnyEvent) is registered; with callback: that one. */
    HasObserver(event, callback) {
      argc(arguments.length, 1, 2, 'HasObserver');
      const p = this._ptr(), ev = eventId(event, 'HasObserver');
      if (callback === undefined) return M._vb_object_has_observer(p, ev) !== 0;
      for (const [id, h] of this.#handleOf) {
        if (this.#callbacks.get(h) === callback && (this.#events.get(id) === ev || this.#events.get(id) === vtkCommand.AnyEvent)) return true;
      }
      return false;
    }
    /** The callback of observer id (added through this wrapper), or null. */
    GetCommand(id) {
      argc(arguments.length, 1, 1, 'GetCommand');
      return this.#callbacks.get(this.#handleOf.get(id)) ?? null;
    }
    /** Remove every observer of event (with callback: only that one's). */
    RemoveObservers(event, callback) {
      argc(arguments.length, 1, 2, 'RemoveObservers');
      const p = this._ptr(), ev = eventId(event, 'RemoveObservers');
      if (callback === undefined) {
        M._vb_object_remove_observers_where(p, ev, 0, 0);
      } else {
        for (const [id, h] of [...this.#handleOf]) {
          if (this.#callbacks.get(h) === callback && this.#events.get(id) === ev) M._vb_object_remove_observer(p, id);
        }
      }
      ctx.done(0, 'RemoveObservers');
    }
    RemoveAllObservers() {
      M._vb_object_remove_observers_where(this._ptr(), -1, 0, 0); // VB_EVERY_EVENT (ULONG_MAX in both builds)
      ctx.done(0, 'RemoveAllObservers');
    }

    /** Call the observers of event; calldata (any value) is their third argument. Returns 0 (VTK's abort flag). */
    InvokeEvent(event, data) {
      argc(arguments.length, 1, 2, 'InvokeEvent');
      const p = this._ptr(), ev = eventId(event, 'InvokeEvent');
      if (data === undefined || data === null) {
        M._vb_object_invoke(p, ev, 0);
      } else {
        const token = nextToken++;
        calldata.set(token, data);
        try {
          ctx.withScratch(40, (s) => {
            new Int32Array(memory.buffer, addr(s), 2).set([1, 0]);
            new BigInt64Array(memory.buffer, addr(s) + 8, 1)[0] = BigInt(token);
            M._vb_object_invoke(p, ev, s);
          });
        } finally { calldata.delete(token); }
      }
      ctx.done(0, 'InvokeEvent');
      return 0;
    }

    /** Drop this wrapper's reference to the C object. Idempotent. */
    delete() {
      const p = this.#ptr;
      if (!p) return;
      objects.unregister(this);
      this.#ptr = 0;
      // Other holders keep the object alive: take our observers off it. If we
      // are the last holder, the core fires DeleteEvent (to our observers too).
      if (M._vb_object_refcount(p) > 1) {
        for (const id of [...this.#held.ids]) M._vb_object_remove_observer(p, id);
      }
      this.#held.ids.clear();
      M._vb_object_release(p);
      ctx.done(0, 'delete');
    }
    [Symbol.dispose]() { this.delete(); }
  }

  /** A plain vtkObject: new vtkObject(), the base of the object-layer classes. */
  class vtkObject extends vtkObjectBase {
    constructor(arg) {
      super();
      let ptr;
      if (arg === INTERNAL) {
        ptr = arguments[1]; // a new reference
      } else {
        argc(arguments.length, 0, 0, new.target.name);
        ptr = M._vb_object_new();
      }
      if (!ptr) ctx.fail(M._vb_last_status() || -1, new.target.name);
      this._init(ptr);
    }
    GetClassName() { return M.UTF8ToString(M._vb_object_class_name(this._ptr())); }
  }

  class vtkBuffer extends vtkObjectBase {
    #info;
    /** new vtkBuffer(dtype): an empty typed buffer ('float64', 'int32', 'uint64', ...). */
    constructor(dtype) {
      super();
      let ptr;
      if (dtype === INTERNAL) {
        ptr = arguments[1]; // a new reference
      } else {
        argc(arguments.length, 1, 1, 'vtkBuffer');
        ptr = M._vb_buffer_new(ctx.types.typeId(dtype, 'vtkBuffer'));
        if (!ptr) ctx.fail(M._vb_last_status(), 'vtkBuffer');
      }
      this.#info = ctx.types.byId.get(M._vb_buffer_type(ptr));
      this._init(ptr);
    }
    get dtype() { return this.#info.dtype; }

    /** Drop old contents; n zeroed elements. RangeError (buffer unchanged) if n is negative or too big. */
    Allocate(n) {
      argc(arguments.length, 1, 1, 'Allocate');
      const p = this._ptr();
      ctx.done(M._vb_buffer_allocate(p, int64(n, 'Allocate')), 'Allocate');
      return true;
    }
    /** Keep min(old, n) elements, zero the new tail. */
    Reallocate(n) {
      argc(arguments.length, 1, 1, 'Reallocate');
      const p = this._ptr();
      ctx.done(M._vb_buffer_reallocate(p, int64(n, 'Reallocate')), 'Reallocate');
      return true;
    }
    GetNumberOfElements() { return Number(M._vb_buffer_count(this._ptr())); }
    GetSize() { return this.GetNumberOfElements(); }
    GetDataType() { return M._vb_buffer_type(this._ptr()); }
    GetDataTypeSize() { return M._vb_buffer_elem_size(this._ptr()); }
    GetDataTypeAsString() { return M.UTF8ToString(M._vb_type_name(this.GetDataType())); }
    /** Address of element 0 in WASM memory (0 when empty). */
    GetVoidBuffer() { return addr(M._vb_buffer_data(this._ptr())); }

    // views cover what the core says (src/vb_view.h): a buffer's whole capacity
    /** Raw zero-copy typed array: valid only until the next allocation anywhere in the module. */
    view() {
      argc(arguments.length, 0, 0, 'view');
      const p = this._ptr();
      return heapView(memory, this.#info.Array, M._vb_js_view_data(p, -1), Number(M._vb_js_view_count(p, -1)));
    }
    /** A new safe view (SafeView) over the whole buffer; checked once per call. */
    getData() {
      argc(arguments.length, 0, 0, 'getData');
      const p = this._ptr();
      return new ctx.SafeView(INTERNAL, this, this.#info, () => M._vb_js_view_block(p, -1),
        addr(M._vb_js_view_data(p, -1)), Number(M._vb_js_view_count(p, -1)), 'buf.data');
    }
    get data() { return this.getData(); }
    /** Copy out (into target if given, see SafeView.toArray). */
    toArray(target) { argc(arguments.length, 0, 1, 'toArray'); return ctx.copyOut(this.getData(), target); }
    /** Copy in (type-checked, bounds-checked). */
    set(source, offset = 0) {
      argc(arguments.length, 1, 2, 'set');
      ctx.checkSource(source, 'set');
      const d = this.getData();
      try { d.set(source, offset); } finally { d.release(); }
    }
  }

  return { vtkObjectBase, vtkObject, vtkBuffer };
}

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
import { EVENT_NAMES, argc, describe, int64, vtkCommand } from './common.mjs';

export function defineObjects(ctx) {
  const { M, memory, INTERNAL } = ctx;
  const handles = new Map(); // handle -> WeakRef(wrapper)
  let nextHandle = 1;

  M.vbStash = (e) => { if (!ctx.pending) ctx.pending = { error: e }; };
  M.vbDispatch = (handle, event) => {
    const w = handles.get(handle)?.deref();
    if (!w) return;
    try { w._fire(handle, event); } catch (e) { M.vbStash(e); }
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

  function eventId(event, what) {
    if (typeof event === 'string') {
      const id = vtkCommand[event];
      if (id === undefined) {
        throw new TypeError(`${what}: unknown event "${event}" (known: ${Object.keys(vtkCommand).join(', ')})`);
      }
      return id;
    }
    if (typeof event === 'number' && Number.isInteger(event) && event >= 0 && event <= 0xffffffff) return event;
    throw new TypeError(`${what}: event must be an event name or a non-negative integer id, got ${describe(event)}`);
  }

  class vtkObjectBase {
    #ptr = 0; #held = null;
    #callbacks = new Map(); // handle -> callback
    #handleOf = new Map();  // observer id -> handle

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
    _fire(handle, event) {
      const cb = this.#callbacks.get(handle);
      if (cb) cb(this, EVENT_NAMES.get(event) ?? String(event));
    }
    /** @internal the core freed this observer */
    _forget(handle) {
      this.#callbacks.delete(handle);
      for (const [id, h] of this.#handleOf) {
        if (h === handle) { this.#handleOf.delete(id); this.#held?.ids.delete(id); }
      }
    }

    GetClassName() { return this.constructor.name; }
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
    AddObserver(event, callback) {
      argc(arguments.length, 2, 2, 'AddObserver');
      const p = this._ptr();
      const ev = eventId(event, 'AddObserver');
      if (typeof callback !== 'function') {
        throw new TypeError(`AddObserver: callback must be a function, got ${describe(callback)}`);
      }
      const handle = nextHandle++;
      handles.set(handle, new WeakRef(this));
      this.#callbacks.set(handle, callback);
      const id = M._vb_js_add_observer(p, ev, handle) >>> 0;
      if (!id) {
        handles.delete(handle);
        this.#callbacks.delete(handle);
        ctx.fail(M._vb_last_status() || -1, 'AddObserver');
      }
      this.#handleOf.set(id, handle);
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

    HasObserver(event) {
      argc(arguments.length, 1, 1, 'HasObserver');
      return M._vb_object_has_observer(this._ptr(), eventId(event, 'HasObserver')) !== 0;
    }

    InvokeEvent(event) {
      argc(arguments.length, 1, 1, 'InvokeEvent');
      M._vb_object_invoke(this._ptr(), eventId(event, 'InvokeEvent'), 0);
      ctx.done(0, 'InvokeEvent');
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
    GetVoidBuffer() { return M._vb_buffer_data(this._ptr()) >>> 0; }

    /** Raw zero-copy typed array: valid only until the next allocation anywhere in the module. */
    view() {
      argc(arguments.length, 0, 0, 'view');
      const p = this._ptr();
      return new this.#info.Array(memory.buffer, M._vb_buffer_data(p) >>> 0, Number(M._vb_buffer_count(p)));
    }
    /** A new safe view (SafeView) over the whole buffer; checked once per call. */
    getData() {
      argc(arguments.length, 0, 0, 'getData');
      const p = this._ptr();
      return new ctx.SafeView(INTERNAL, this, this.#info, () => M._vb_buffer_block(p),
        M._vb_buffer_data(p) >>> 0, Number(M._vb_buffer_count(p)), 'buf.data');
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

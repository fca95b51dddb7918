// Composite data sets over src/vb_composite.h: vtkMultiBlockDataSet,
// vtkPartitionedDataSet, vtkPartitionedDataSetCollection (bases vtkCompositeDataSet,
// vtkDataObjectTree), vtkDataObjectTreeIterator, and vtkInformation reduced to the
// string and integer keys composite metadata uses (vtkCompositeDataSet.NAME(), ...).
// Indices and counts are VTK's unsigned int (RangeError outside [0, 2^32)).
// `for (const block of composite)` gives the non-empty leaves (a NewIterator()).
import { argc, describe, int64 } from './common.mjs';

export function defineComposite(ctx, known) {
  const { M, INTERNAL, vtkObject } = ctx;
  const { vtkDataObject, vtkDataSet } = known;
  const uint = (v, what) => {
    const n = int64(v, what);
    if (n > 0xffffffffn) throw new RangeError(`${what}: ${v} is out of range for unsigned int`);
    return n;
  };
  const wrap = (p) => ctx.wrapObject(p);
  const ptrOf = (o, Cls, what, nullable = false) => {
    if (nullable && o === null) return 0;
    if (!(o instanceof Cls)) throw new TypeError(`${what}: expected a ${Cls.name}${nullable ? ' or null' : ''}, got ${describe(o)}`);
    return o._ptr();
  };
  const withString = ctx.withCString;

  // ---- vtkInformation and its keys ----
  const keys = new Map();
  class vtkInformationKey {
    constructor(name, location, kind) {
      const id = `${location}::${name}`;
      if (keys.has(id)) return keys.get(id);
      Object.assign(this, { _name: name, _location: location, _id: id, _kind: kind });
      keys.set(id, Object.freeze(this));
    }
    GetClassName() { return this.constructor.name; }
    GetName() { return this._name; }
    GetLocation() { return this._location; }
    Set(info, v) { info.Set(this, v); }
    Get(info) { return info.Get(this); }
    Has(info) { return info.Has(this); }
    Remove(info) { info.Remove(this); }
  }
  class vtkInformationStringKey extends vtkInformationKey {
    constructor(name, location) { super(name, location, 's'); }
  }
  class vtkInformationIntegerKey extends vtkInformationKey {
    constructor(name, location) { super(name, location, 'i'); }
  }
  const keyOf = (k, what) => {
    if (!(k instanceof vtkInformationKey)) throw new TypeError(`${what}: expected a vtkInformation key, got ${describe(k)}`);
    return k;
  };

  class vtkInformation extends vtkObject {
    constructor(arg) {
      if (arg === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 0, 0, 'vtkInformation');
      super(INTERNAL, M._vb_information_new());
    }
    /** Set(key, value): a string for a string key, an integer for an integer key. */
    Set(key, v) {
      argc(arguments.length, 2, 2, 'Set');
      const k = keyOf(key, 'Set'), p = this._ptr();
      withString(k._id, 'Set', (ks) => {
        if (k._kind === 's') withString(v, 'Set', (vs) => ctx.done(M._vb_information_set_string(p, ks, vs), 'Set'));
        else {
          if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) throw new TypeError(`Set: expected an int, got ${describe(v)}`);
          ctx.done(M._vb_information_set_integer(p, ks, BigInt(v)), 'Set');
        }
      });
    }
    /** The value, null (string key) or 0 (integer key) when absent. */
    Get(key) {
      argc(arguments.length, 1, 1, 'Get');
      const k = keyOf(key, 'Get'), p = this._ptr();
      return withString(k._id, 'Get', (ks) => {
        if (k._kind === 's') { const s = M._vb_information_get_string(p, ks); return s ? M.UTF8ToString(s) : null; }
        return ctx.withScratch(8, (o) => { M._vb_information_get_integer(p, ks, o); return Number(ctx.i64(o, 1)[0]); });
      });
    }
    Has(key) { argc(arguments.length, 1, 1, 'Has'); return withString(keyOf(key, 'Has')._id, 'Has', (ks) => (M._vb_information_has(this._ptr(), ks) ? 1 : 0)); }
    Remove(key) { argc(arguments.length, 1, 1, 'Remove'); withString(keyOf(key, 'Remove')._id, 'Remove', (ks) => M._vb_information_remove(this._ptr(), ks)); }
    GetNumberOfKeys() { return M._vb_information_get_number_of_keys(this._ptr()); }
    Clear() { M._vb_information_clear(this._ptr()); }
    Copy(from) { ctx.done(M._vb_information_copy(this._ptr(), ptrOf(from, vtkInformation, 'Copy')), 'Copy'); }
  }

  // ---- the iterator ----
  const OPTIONS = ['SkipEmptyNodes', 'VisitOnlyLeaves', 'TraverseSubTree'];
  /** vtkCompositeDataIterator (abstract): the base of vtkDataObjectTreeIterator. */
  class vtkCompositeDataIterator extends vtkObject {
    constructor(arg) {
      if (arg === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 0, 0, new.target.name);
      if (new.target === vtkCompositeDataIterator) throw new TypeError('vtkCompositeDataIterator is abstract: use vtkDataObjectTreeIterator');
      super(INTERNAL, M._vb_composite_iterator_new());
    }
    SetDataSet(c) { ctx.done(M._vb_composite_iterator_set_data_set(this._ptr(), ptrOf(c, vtkCompositeDataSet, 'SetDataSet', true)), 'SetDataSet'); }
    GetDataSet() { return wrap(M._vb_composite_iterator_get_data_set(this._ptr())); }
    InitTraversal() { ctx.done(M._vb_composite_iterator_init_traversal(this._ptr()), 'InitTraversal'); }
    InitReverseTraversal() { ctx.done(M._vb_composite_iterator_init_reverse_traversal(this._ptr()), 'InitReverseTraversal'); }
    GoToFirstItem() { ctx.done(M._vb_composite_iterator_go_to_first_item(this._ptr()), 'GoToFirstItem'); }
    GoToNextItem() { M._vb_composite_iterator_go_to_next_item(this._ptr()); }
    IsDoneWithTraversal() { return M._vb_composite_iterator_is_done_with_traversal(this._ptr()) ? 1 : 0; }
    GetCurrentDataObject() { return wrap(M._vb_composite_iterator_get_current_data_object(this._ptr())); }
    /** Preorder index (the root is 0); an error in reverse traversal. */
    GetCurrentFlatIndex() {
      const f = Number(M._vb_composite_iterator_get_current_flat_index(this._ptr()));
      if (f < 0) ctx.done(f, 'GetCurrentFlatIndex');
      return f;
    }
    GetCurrentMetaData() { return wrap(M._vb_composite_iterator_get_current_meta_data(this._ptr())); }
    HasCurrentMetaData() { return M._vb_composite_iterator_has_current_meta_data(this._ptr()) ? 1 : 0; }
    GetReverse() { return M._vb_composite_iterator_get_option(this._ptr(), 3); }
    * [Symbol.iterator]() {
      for (; !this.IsDoneWithTraversal(); this.GoToNextItem()) yield this.GetCurrentDataObject();
    }
  }
  class vtkDataObjectTreeIterator extends vtkCompositeDataIterator {}
  OPTIONS.forEach((name, k) => {
    const P = (k ? vtkDataObjectTreeIterator : vtkCompositeDataIterator).prototype;
    P[`Get${name}`] = function () { return M._vb_composite_iterator_get_option(this._ptr(), k); };
    P[`Set${name}`] = function (on) { M._vb_composite_iterator_set_option(this._ptr(), k, on ? 1 : 0); };
    P[`${name}On`] = function () { this[`Set${name}`](1); };
    P[`${name}Off`] = function () { this[`Set${name}`](0); };
  });

  // ---- the composites ----
  const TYPES = { vtkMultiBlockDataSet: 13, vtkPartitionedDataSet: 37, vtkPartitionedDataSetCollection: 38 };
  const C = (o) => o._ptr();
  class vtkCompositeDataSet extends vtkDataObject {
    static _make() {
      let c = this;
      while (c && !TYPES[c.name]) c = Object.getPrototypeOf(c);
      const t = c && TYPES[c.name];
      if (!t) throw new TypeError(`${this.name} is abstract: use vtkMultiBlockDataSet`);
      return M._vb_composite_new(t);
    }
    static NAME() { return NAME; }
    static CURRENT_PROCESS_CAN_LOAD_BLOCK() { return CAN_LOAD; }
    GetNumberOfPoints() { return Number(M._vb_composite_get_number_of_points(C(this))); }
    GetNumberOfCells() { return Number(M._vb_composite_get_number_of_cells(C(this))); }
    /** Union of the leaves' bounds ([1e299, -1e299, ...] without any); GetBounds(out) fills out. */
    GetBounds(out) { const p = C(this); return ctx.doublesOut(6, (s) => M._vb_composite_get_bounds(p, s), 'GetBounds', out); }
    Initialize() { ctx.done(M._vb_composite_initialize(C(this)), 'Initialize'); }
    CopyStructure(src) { ctx.done(M._vb_composite_copy_structure(C(this), ptrOf(src, vtkCompositeDataSet, 'CopyStructure')), 'CopyStructure'); }
    CompositeShallowCopy(src) { ctx.done(M._vb_composite_composite_shallow_copy(C(this), ptrOf(src, vtkCompositeDataSet, 'CompositeShallowCopy')), 'CompositeShallowCopy'); }
    NewIterator() {
      const it = M._vb_composite_new_iterator(C(this));
      if (!it) ctx.fail(M._vb_last_status(), 'NewIterator');
      return new vtkDataObjectTreeIterator(INTERNAL, it); // adopts the new reference
    }
    GetDataSet(it) { return ptrOf(it, vtkDataObjectTreeIterator, 'GetDataSet') && it.GetCurrentDataObject(); }
    SetDataSet(it, obj) {
      argc(arguments.length, 2, 2, 'SetDataSet');
      ctx.done(M._vb_composite_set_data_set(C(this), ptrOf(it, vtkDataObjectTreeIterator, 'SetDataSet'), ptrOf(obj, vtkDataObject, 'SetDataSet', true)), 'SetDataSet');
    }
    /** GetMetaData(i | iterator): the vtkInformation (created if absent), null out of range. */
    GetMetaData(i) {
      argc(arguments.length, 1, 1, 'GetMetaData');
      if (i instanceof vtkDataObjectTreeIterator) return i.GetCurrentMetaData();
      return wrap(M._vb_composite_get_child_meta_data(C(this), uint(i, 'GetMetaData')));
    }
    HasMetaData(i) {
      argc(arguments.length, 1, 1, 'HasMetaData');
      if (i instanceof vtkDataObjectTreeIterator) return i.HasCurrentMetaData();
      return M._vb_composite_has_child_meta_data(C(this), uint(i, 'HasMetaData')) ? 1 : 0;
    }
    * [Symbol.iterator]() { yield* this.NewIterator(); }
  }
  class vtkDataObjectTree extends vtkCompositeDataSet {
    GetNumberOfChildren() { return Number(M._vb_composite_get_number_of_children(C(this))); }
    SetNumberOfChildren(n) { ctx.done(M._vb_composite_set_number_of_children(C(this), uint(n, 'SetNumberOfChildren')), 'SetNumberOfChildren'); }
    GetChild(i) { return wrap(M._vb_composite_get_child(C(this), uint(i, 'GetChild'))); }
    _set(i, obj, what) {
      argc(arguments.length - 1, 2, 2, what);
      ctx.done(M._vb_composite_set_child(C(this), uint(i, what), ptrOf(obj, vtkDataObject, what, true)), what);
    }
    _remove(i, what) { ctx.done(M._vb_composite_remove_child(C(this), uint(i, what)), what); }
    NewTreeIterator() { return this.NewIterator(); }
    SetDataSetFrom(it, obj) { argc(arguments.length, 2, 2, 'SetDataSetFrom'); this.SetDataSet(it, obj); }
    GetChildMetaData(i) { return wrap(M._vb_composite_get_child_meta_data(C(this), uint(i, 'GetChildMetaData'))); }
    HasChildMetaData(i) { return M._vb_composite_has_child_meta_data(C(this), uint(i, 'HasChildMetaData')) ? 1 : 0; }
  }
  class vtkMultiBlockDataSet extends vtkDataObjectTree {
    GetNumberOfBlocks() { return this.GetNumberOfChildren(); }
    SetNumberOfBlocks(n) { ctx.done(M._vb_composite_set_number_of_children(C(this), uint(n, 'SetNumberOfBlocks')), 'SetNumberOfBlocks'); }
    GetBlock(i) { return wrap(M._vb_composite_get_child(C(this), uint(i, 'GetBlock'))); }
    SetBlock(i, obj) { this._set(i, obj, 'SetBlock'); }
    RemoveBlock(i) { this._remove(i, 'RemoveBlock'); }
  }
  const dataSetOnly = (o) => (o instanceof vtkDataSet ? o : null);
  class vtkPartitionedDataSet extends vtkDataObjectTree {
    GetNumberOfPartitions() { return this.GetNumberOfChildren(); }
    SetNumberOfPartitions(n) { ctx.done(M._vb_composite_set_number_of_children(C(this), uint(n, 'SetNumberOfPartitions')), 'SetNumberOfPartitions'); }
    GetPartition(i) { return dataSetOnly(this.GetPartitionAsDataObject(i)); }
    GetPartitionAsDataObject(i) { return wrap(M._vb_composite_get_child(C(this), uint(i, 'GetPartition'))); }
    SetPartition(i, obj) { this._set(i, obj, 'SetPartition'); }
    RemoveNullPartitions() { ctx.done(M._vb_composite_remove_null_partitions(C(this)), 'RemoveNullPartitions'); }
  }
  class vtkPartitionedDataSetCollection extends vtkDataObjectTree {
    GetNumberOfPartitionedDataSets() { return this.GetNumberOfChildren(); }
    SetNumberOfPartitionedDataSets(n) { ctx.done(M._vb_composite_set_number_of_children(C(this), uint(n, 'SetNumberOfPartitionedDataSets')), 'SetNumberOfPartitionedDataSets'); }
    GetPartitionedDataSet(i) { return this.GetChild(i); }
    SetPartitionedDataSet(i, pds) {
      argc(arguments.length, 2, 2, 'SetPartitionedDataSet');
      ptrOf(pds, vtkPartitionedDataSet, 'SetPartitionedDataSet');
      this._set(i, pds, 'SetPartitionedDataSet');
    }
    RemovePartitionedDataSet(i) { this._remove(i, 'RemovePartitionedDataSet'); }
    GetNumberOfPartitions(i) { const p = this.GetChild(i); return p ? p.GetNumberOfPartitions() : 0; }
    SetNumberOfPartitions(i, n) { ctx.done(M._vb_composite_set_number_of_partitions(C(this), uint(i, 'SetNumberOfPartitions'), uint(n, 'SetNumberOfPartitions')), 'SetNumberOfPartitions'); }
    GetPartition(i, j) { return dataSetOnly(this.GetPartitionAsDataObject(i, j)); }
    GetPartitionAsDataObject(i, j) { const p = this.GetChild(i); return p ? p.GetPartitionAsDataObject(j) : null; }
    SetPartition(i, j, obj) {
      argc(arguments.length, 3, 3, 'SetPartition');
      ctx.done(M._vb_composite_set_partition(C(this), uint(i, 'SetPartition'), uint(j, 'SetPartition'), ptrOf(obj, vtkDataObject, 'SetPartition', true)), 'SetPartition');
    }
  }
  const NAME = new vtkInformationStringKey('NAME', 'vtkCompositeDataSet');
  const CAN_LOAD = new vtkInformationIntegerKey('CURRENT_PROCESS_CAN_LOAD_BLOCK', 'vtkCompositeDataSet');
  const classes = {
    vtkInformation, vtkInformationKey, vtkInformationStringKey, vtkInformationIntegerKey, vtkCompositeDataIterator,
    vtkDataObjectTreeIterator,
    vtkCompositeDataSet, vtkDataObjectTree, vtkMultiBlockDataSet, vtkPartitionedDataSet, vtkPartitionedDataSetCollection,
  };
  Object.assign(known, classes);
  return classes;
}

// vtkCollection / vtkDataArrayCollection over the core's vb_collection
// (src/vb_collection.h): VTK 9.7.1's semantics; the collection holds a core
// reference to every item. Items come back as new wrappers (compare with IsSame).
import { argc, describe } from './common.mjs';
import { id64 } from './idlist.mjs';

export function defineCollection(ctx, known) {
  const { M, INTERNAL, vtkObject, vtkObjectBase } = ctx;

  /** A new wrapper (holding its own reference) of any core object, by its class. */
  ctx.wrapObject = (ptr) => {
    if (!ptr) return null;
    if (M._vb_array_from_object(ptr)) return ctx.wrapArray(ptr);
    M._vb_object_retain(ptr);
    if (M._vb_buffer_from_object(ptr)) return new ctx.vtkBuffer(INTERNAL, ptr);
    const Cls = known[M.UTF8ToString(M._vb_object_class_name(ptr))] ?? vtkObject;
    return new Cls(INTERNAL, ptr);
  };
  const item = (o, what) => {
    if (!(o instanceof vtkObjectBase)) throw new TypeError(`${what}: expected a vtkbuf object of this instance, got ${describe(o)}`);
    return o._ptr();
  };

  class vtkCollection extends vtkObject {
    constructor(arg) {
      if (arg === INTERNAL) { super(INTERNAL, arguments[1]); return; }
      argc(arguments.length, 0, 0, new.target.name);
      super(INTERNAL, new.target === vtkDataArrayCollection ? M._vb_data_array_collection_new() : M._vb_collection_new());
    }
    GetNumberOfItems() { return Number(M._vb_collection_get_number_of_items(this._ptr())); }
    get length() { return this.GetNumberOfItems(); }
    /** Append (TypeError for a non-array in a vtkDataArrayCollection). */
    AddItem(o) { argc(arguments.length, 1, 1, 'AddItem'); ctx.done(M._vb_collection_add_item(this._ptr(), item(o, 'AddItem')), 'AddItem'); }
    /** Insert after item i (i < 0: at the front; i past the end: nothing, as VTK). */
    InsertItem(i, o) {
      argc(arguments.length, 2, 2, 'InsertItem');
      ctx.done(M._vb_collection_insert_item(this._ptr(), id64(i, 'InsertItem'), item(o, 'InsertItem')), 'InsertItem');
    }
    ReplaceItem(i, o) {
      argc(arguments.length, 2, 2, 'ReplaceItem');
      ctx.done(M._vb_collection_replace_item(this._ptr(), id64(i, 'ReplaceItem'), item(o, 'ReplaceItem')), 'ReplaceItem');
    }
    /** RemoveItem(i) or RemoveItem(obj); nothing if out of range or absent. */
    RemoveItem(x) {
      argc(arguments.length, 1, 1, 'RemoveItem');
      const p = this._ptr();
      if (x instanceof vtkObjectBase) M._vb_collection_remove_item_object(p, x._ptr());
      else M._vb_collection_remove_item(p, id64(x, 'RemoveItem'));
      ctx.done(0, 'RemoveItem');
    }
    RemoveAllItems() { M._vb_collection_remove_all_items(this._ptr()); ctx.done(0, 'RemoveAllItems'); }
    /** Item i (a new wrapper), or null out of range. */
    GetItemAsObject(i) { argc(arguments.length, 1, 1, 'GetItemAsObject'); return ctx.wrapObject(M._vb_collection_get_item(this._ptr(), id64(i, 'GetItemAsObject'))); }
    InitTraversal() { M._vb_collection_init_traversal(this._ptr()); }
    GetNextItemAsObject() { return ctx.wrapObject(M._vb_collection_get_next_item(this._ptr())); }
    /** 1-based position of o, 0 if absent. */
    IsItemPresent(o) { argc(arguments.length, 1, 1, 'IsItemPresent'); return Number(M._vb_collection_index_of(this._ptr(), item(o, 'IsItemPresent'))) + 1; }
    IndexOfFirstOccurrence(o) { argc(arguments.length, 1, 1, 'IndexOfFirstOccurrence'); return Number(M._vb_collection_index_of(this._ptr(), item(o, 'IndexOfFirstOccurrence'))); }
    * [Symbol.iterator]() {
      for (let i = 0; i < this.GetNumberOfItems(); i++) yield this.GetItemAsObject(i);
    }
  }
  class vtkDataArrayCollection extends vtkCollection {
    GetItem(i) { return this.GetItemAsObject(i); }
    GetNextItem() { return this.GetNextItemAsObject(); }
  }
  Object.assign(known, { vtkCollection, vtkDataArrayCollection });
  return { vtkCollection, vtkDataArrayCollection };
}

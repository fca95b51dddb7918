// Types of vtkbuf's object layer (part of js/index.d.ts, which re-exports them):
// vtkObjectBase/vtkObject (observers, lifetime), vtkIdList, vtkCollection, the statics.

import type { vtkDataArray } from './arrays.js';
export {}; // only the declarations marked export are exported

/** Event names (or numeric vtkCommand ids) for AddObserver/HasObserver/InvokeEvent. */
export type EventName = 'AnyEvent' | 'DeleteEvent' | 'ModifiedEvent' | 'BufferChangedEvent' | 'UserEvent' | 'NoEvent';
/** Observer callback: the wrapper the observer was added through and the event name
 * (a decimal string for events without a name). */
export type ObserverCallback<T> = (caller: T, event: EventName | string, calldata?: unknown) => void;

/** vtkCommand event ids. */
export declare const vtkCommand: Readonly<{
  NoEvent: 0; AnyEvent: 1; DeleteEvent: 2; ModifiedEvent: 33; BufferChangedEvent: 137; UserEvent: 1000;
}>;

/** Common base: lifetime and observers. */
export interface vtkObjectBase {
  GetClassName(): string;
  GetReferenceCount(): number;
  GetMTime(): number;
  Modified(): void;
  /** Add an observer; returns its id (> 0). The callback runs synchronously inside the
   * operation; if it throws, the operation completes and the error is thrown after. */
  AddObserver(event: EventName | string | number, callback: ObserverCallback<this>, priority?: number): number;
  /** Remove an observer added through this wrapper (RangeError for an unknown id). */
  RemoveObserver(id: number): void;
  /** Remove every observer of event (with callback: that one's). */
  RemoveObservers(event: EventName | string | number, callback?: ObserverCallback<any>): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  RemoveAllObservers(): void;
  HasObserver(event: EventName | string | number, callback?: ObserverCallback<any>): boolean; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The callback of observer id (added through this wrapper), or null. */
  GetCommand(id: number): ObserverCallback<any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** True if other wraps the same C object (getters return a new wrapper per call). */
  IsSame(other: vtkObjectBase): boolean;
  /** Call the observers; calldata (if given) is their third argument. Returns 0. */
  InvokeEvent(event: EventName | string | number, calldata?: unknown): 0;
  /** 1 if this object is the named class or derives from it, else 0. */
  IsA(name: string): 0 | 1;
  /** A new empty object of the same class. */
  NewInstance(): this;
  GetAddressAsString(className: string): string;
  GetObjectDescription(): string;
  /** Take a core reference; UnRegister drops one taken this way (an Error otherwise). */
  Register(owner?: unknown): void;
  UnRegister(owner?: unknown): void;
  GetDebug(): boolean;
  SetDebug(on: boolean | number): void;
  DebugOn(): void;
  DebugOff(): void;
  GetObjectName(): string;
  SetObjectName(name: string | null): void;
  /** Drop this wrapper's reference (idempotent). Any later use throws an Error. A
   * FinalizationRegistry does the same for wrappers collected without delete(). */
  delete(): void;
  [Symbol.dispose](): void;
}

/** A plain vtkObject (new vtkObject()), base of the object-layer classes. */
export interface vtkObject extends vtkObjectBase {}

/** vtkIdList: a growable list of ids (int64; results are numbers). Index checks as
 * VTK's (RangeError), capacity growth as VTK 9.7.1's. */
export interface vtkIdList extends vtkObject {
  GetNumberOfIds(): number;
  GetCapacity(): number;
  GetId(i: number | bigint): number;
  SetId(i: number | bigint, id: number | bigint): void;
  InsertId(i: number | bigint, id: number | bigint): void;
  InsertNextId(id: number | bigint): number;
  InsertUniqueId(id: number | bigint): number;
  IsId(id: number | bigint): number;
  FindIdLocation(id: number | bigint): number;
  DeleteId(id: number | bigint): void;
  Fill(id: number | bigint): void;
  SetNumberOfIds(n: number | bigint): void;
  Reserve(n: number | bigint): 1;
  Allocate(n: number | bigint, strategy?: number): 1;
  Resize(n: number | bigint): void;
  Reset(): void;
  Initialize(): void;
  Squeeze(): void;
  Sort(): void;
  DeepCopy(other: vtkIdList): void;
  ShallowCopy(other: vtkIdList): void;
  IntersectWith(other: vtkIdList): void;
  /** Replace the ids by a copy of the first size ids (default: all). */
  SetList(ids: IdList, size?: number): void;
  /** A copy of the ids. */
  toArray(): BigInt64Array;
}

/** vtkCollection: an ordered list of objects, each held by the collection (VTK 9.7.1's
 * semantics). Items come back as new wrappers (compare with IsSame). Iterable. */
export interface vtkCollection extends vtkObject, Iterable<vtkObjectBase> {
  readonly length: number;
  GetNumberOfItems(): number;
  AddItem(item: vtkObjectBase): void;
  /** Insert after item i (i < 0: at the front; past the end: nothing). */
  InsertItem(i: number | bigint, item: vtkObjectBase): void;
  ReplaceItem(i: number | bigint, item: vtkObjectBase): void;
  RemoveItem(indexOrItem: number | bigint | vtkObjectBase): void;
  RemoveAllItems(): void;
  GetItemAsObject(i: number | bigint): vtkObjectBase | null;
  InitTraversal(): void;
  GetNextItemAsObject(): vtkObjectBase | null;
  /** 1-based position, 0 if absent. */
  IsItemPresent(item: vtkObjectBase): number;
  IndexOfFirstOccurrence(item: vtkObjectBase): number;
}
/** vtkDataArrayCollection: a vtkCollection of data arrays (TypeError for others). */
export interface vtkDataArrayCollection extends vtkCollection {
  GetItem(i: number | bigint): vtkDataArray | null;
  GetNextItem(): vtkDataArray | null;
}

/** Point ids: numbers, BigInts or an integer typed array. */
export type IdList = ArrayLike<number | bigint> | Int32Array | Uint32Array | BigInt64Array;
/** Point or cell ids: an Array of integers, an integer typed array or a vtkIdList. */
export type IdsArg = IdList | vtkIdList;

/** The static methods of every class (vtkObject.SafeDownCast(o), ...). */
export interface ObjectStatics {
  IsTypeOf(name: string): 0 | 1;
  SafeDownCast<T>(this: abstract new (...args: never[]) => T, obj: vtkObjectBase | null): T | null;
  GetGlobalWarningDisplay(): number;
  SetGlobalWarningDisplay(on: boolean | number): void;
  GlobalWarningDisplayOn(): void;
  GlobalWarningDisplayOff(): void;
}

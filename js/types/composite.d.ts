// Types of the composite data sets (part of js/index.d.ts, which re-exports them):
// vtkMultiBlockDataSet, vtkPartitionedDataSet, vtkPartitionedDataSetCollection, their
// iterator and vtkInformation (string and integer keys only). Indices: VTK's unsigned int.

import type { vtkObject } from './objects.js';
import type { DataObjectStatics, vtkDataObject, vtkDataSet } from './dataobjects.js';
export {}; // only the declarations marked export are exported

type Index = number | bigint;

/** A key of a vtkInformation (vtkCompositeDataSet.NAME(), ...): one object per name. */
export interface vtkInformationKey {
  GetClassName(): string;
  GetName(): string;
  GetLocation(): string;
  Set(info: vtkInformation, value: string | number): void;
  Get(info: vtkInformation): string | number | null;
  Has(info: vtkInformation): number;
  Remove(info: vtkInformation): void;
}
/** vtkInformation reduced to string and integer keys (composite metadata). */
export interface vtkInformation extends vtkObject {
  Set(key: vtkInformationKey, value: string | number): void;
  /** null (string key) or 0 (integer key) when absent. */
  Get(key: vtkInformationKey): string | number | null;
  Has(key: vtkInformationKey): number;
  Remove(key: vtkInformationKey): void;
  GetNumberOfKeys(): number;
  Clear(): void;
  Copy(from: vtkInformation): void;
}

/** vtkDataObjectTreeIterator: preorder over a composite (VTK's flat indices and options);
 * iterable (the current data object, then GoToNextItem). */
export interface vtkDataObjectTreeIterator extends vtkCompositeDataIterator {}
/** vtkCompositeDataIterator (abstract): the iterator's API. */
export interface vtkCompositeDataIterator extends vtkObject, Iterable<vtkDataObject | null> {
  SetDataSet(c: vtkCompositeDataSet | null): void;
  GetDataSet(): vtkCompositeDataSet | null;
  InitTraversal(): void;
  InitReverseTraversal(): void;
  GoToFirstItem(): void;
  GoToNextItem(): void;
  IsDoneWithTraversal(): number;
  GetCurrentDataObject(): vtkDataObject | null;
  GetCurrentFlatIndex(): number;
  GetCurrentMetaData(): vtkInformation | null;
  HasCurrentMetaData(): number;
  GetReverse(): number;
  GetSkipEmptyNodes(): number; SetSkipEmptyNodes(on: number | boolean): void; SkipEmptyNodesOn(): void; SkipEmptyNodesOff(): void;
  GetVisitOnlyLeaves(): number; SetVisitOnlyLeaves(on: number | boolean): void; VisitOnlyLeavesOn(): void; VisitOnlyLeavesOff(): void;
  GetTraverseSubTree(): number; SetTraverseSubTree(on: number | boolean): void; TraverseSubTreeOn(): void; TraverseSubTreeOff(): void;
}

/** vtkCompositeDataSet (abstract): iterable over its non-empty leaves. */
export interface vtkCompositeDataSet extends vtkDataObject, Iterable<vtkDataObject> {
  GetNumberOfPoints(): number;
  GetNumberOfCells(): number;
  GetBounds(out?: number[] | Float64Array): number[];
  CopyStructure(src: vtkCompositeDataSet): void;
  CompositeShallowCopy(src: vtkCompositeDataSet): void;
  NewIterator(): vtkDataObjectTreeIterator;
  GetDataSet(it: vtkDataObjectTreeIterator): vtkDataObject | null;
  SetDataSet(it: vtkDataObjectTreeIterator, obj: vtkDataObject | null): void;
  GetMetaData(i: Index | vtkDataObjectTreeIterator): vtkInformation | null;
  HasMetaData(i: Index | vtkDataObjectTreeIterator): number;
}
export interface vtkDataObjectTree extends vtkCompositeDataSet {
  GetNumberOfChildren(): number;
  SetNumberOfChildren(n: Index): void;
  GetChild(i: Index): vtkDataObject | null;
  GetChildMetaData(i: Index): vtkInformation | null;
  HasChildMetaData(i: Index): number;
  NewTreeIterator(): vtkDataObjectTreeIterator;
  SetDataSetFrom(it: vtkDataObjectTreeIterator, obj: vtkDataObject | null): void;
}
export interface vtkMultiBlockDataSet extends vtkDataObjectTree {
  GetNumberOfBlocks(): number;
  SetNumberOfBlocks(n: Index): void;
  GetBlock(i: Index): vtkDataObject | null;
  SetBlock(i: Index, block: vtkDataObject | null): void;
  RemoveBlock(i: Index): void;
}
export interface vtkPartitionedDataSet extends vtkDataObjectTree {
  GetNumberOfPartitions(): number;
  SetNumberOfPartitions(n: Index): void;
  GetPartition(i: Index): vtkDataSet | null;
  GetPartitionAsDataObject(i: Index): vtkDataObject | null;
  SetPartition(i: Index, partition: vtkDataObject | null): void;
  RemoveNullPartitions(): void;
}
export interface vtkPartitionedDataSetCollection extends vtkDataObjectTree {
  GetNumberOfPartitionedDataSets(): number;
  SetNumberOfPartitionedDataSets(n: Index): void;
  GetPartitionedDataSet(i: Index): vtkPartitionedDataSet | null;
  SetPartitionedDataSet(i: Index, pds: vtkPartitionedDataSet): void;
  RemovePartitionedDataSet(i: Index): void;
  GetNumberOfPartitions(i: Index): number;
  SetNumberOfPartitions(i: Index, n: Index): void;
  GetPartition(i: Index, j: Index): vtkDataSet | null;
  GetPartitionAsDataObject(i: Index, j: Index): vtkDataObject | null;
  SetPartition(i: Index, j: Index, obj: vtkDataObject | null): void;
}
export interface CompositeStatics extends DataObjectStatics {
  NAME(): vtkInformationKey;
  CURRENT_PROCESS_CAN_LOAD_BLOCK(): vtkInformationKey;
}

// vtkScalarsToColors / vtkLookupTable (js/lookup_table.mjs): VTK 9.7.1's table and numbers.
import type { vtkObjectBase } from './objects.js';
import type { vtkAlgorithm } from './pipeline.js';
import type { vtkDataArray } from './arrays.js';

type Pair = [number, number];
type RGBA = [number, number, number, number];
type PairArgs = [number, number] | [Pair | number[]];
type RGBAArgs = [number, number, number, number] | [RGBA | number[]];

export interface vtkScalarsToColors extends vtkObjectBase {}
export interface vtkLookupTable extends vtkScalarsToColors {
  /** SetRange is SetTableRange (max < min, or crossing 0 on the log scale: ignored, as VTK). */
  SetRange(...r: PairArgs): void; GetRange(out?: number[]): Pair;
  SetTableRange(...r: PairArgs): void; GetTableRange(out?: number[]): Pair;
  SetHueRange(...r: PairArgs): void; GetHueRange(out?: number[]): Pair;
  SetSaturationRange(...r: PairArgs): void; GetSaturationRange(out?: number[]): Pair;
  SetValueRange(...r: PairArgs): void; GetValueRange(out?: number[]): Pair;
  SetAlphaRange(...r: PairArgs): void; GetAlphaRange(out?: number[]): Pair;
  SetNanColor(...c: RGBAArgs): void; GetNanColor(out?: number[]): RGBA;
  SetBelowRangeColor(...c: RGBAArgs): void; GetBelowRangeColor(out?: number[]): RGBA;
  SetAboveRangeColor(...c: RGBAArgs): void; GetAboveRangeColor(out?: number[]): RGBA;
  /** Clamped to [0, 1]. */
  SetAlpha(a: number): void; GetAlpha(): number;
  SetRamp(r: 0 | 1 | 2): void; GetRamp(): number;
  SetRampToLinear(): void; SetRampToSCurve(): void; SetRampToSQRT(): void;
  SetScale(s: number): void; GetScale(): number; SetScaleToLinear(): void; SetScaleToLog10(): void;
  UsingLogScale(): 0 | 1;
  SetVectorMode(m: number): void; GetVectorMode(): number;
  SetVectorModeToMagnitude(): void; SetVectorModeToComponent(): void; SetVectorModeToRGBColors(): void;
  SetVectorComponent(c: number): void; GetVectorComponent(): number;
  SetVectorSize(n: number): void; GetVectorSize(): number;
  SetUseBelowRangeColor(on: number | boolean): void; GetUseBelowRangeColor(): number;
  UseBelowRangeColorOn(): void; UseBelowRangeColorOff(): void;
  SetUseAboveRangeColor(on: number | boolean): void; GetUseAboveRangeColor(): number;
  UseAboveRangeColorOn(): void; UseAboveRangeColorOff(): void;
  SetNumberOfTableValues(n: number): void; GetNumberOfTableValues(): number; GetNumberOfColors(): number;
  Build(): void; ForceBuild(): void;
  SetTableValue(i: number, r: number, g: number, b: number, a?: number): void;
  SetTableValue(i: number, rgba: number[]): void;
  GetTableValue(i: number, out?: number[]): RGBA;
  GetIndex(v: number): number;
  /** RGBA bytes (0..255). */
  MapValue(v: number): RGBA;
  GetColor(v: number, out?: number[]): [number, number, number];
  GetOpacity(v: number): number;
  /** A vtkUnsignedCharArray of RGBA colours (colorMode 0 default, 1 map, 2 direct). */
  MapScalars(a: vtkDataArray, colorMode: number, component: number): vtkDataArray;
}
export interface ScalarsToColorsStatics { readonly MAGNITUDE: 0; readonly COMPONENT: 1; readonly RGBCOLORS: 2 }

/** vtkGeometryFilter / vtkDataSetSurfaceFilter (js/surface.mjs): the outer surface of a data set. */
export interface vtkGeometryFilter extends vtkObjectBase, vtkAlgorithm {
  /** The input data object (the connection's producer's output). */
  GetInput(): object | null;
  SetPassThroughPointIds(on: number | boolean): void; GetPassThroughPointIds(): number;
  PassThroughPointIdsOn(): void; PassThroughPointIdsOff(): void;
  SetPassThroughCellIds(on: number | boolean): void; GetPassThroughCellIds(): number;
  PassThroughCellIdsOn(): void; PassThroughCellIdsOff(): void;
  GetOriginalPointIdsName(): 'vtkOriginalPointIds'; GetOriginalCellIdsName(): 'vtkOriginalCellIds';
  /** Extract the surface of the input (TypeError without a data set input; vtkAlgorithm's Update). */
  Update(): true;
  /** The output vtkPolyData (the same object across updates). */
  GetOutput(): import('./dataobjects.js').vtkPolyData;
}
export type vtkDataSetSurfaceFilter = vtkGeometryFilter;

// Types for vtkbuf/pyodide (js/pyodide.mjs): install the package's Pyodide wheels.
export declare const PYODIDE_VERSION: string;
export declare const VTKBUF_VERSION: string;
export declare const WHEELS: { readonly vtkbuf: string; readonly 'vtkbuf-vtkmodules': string };
export type VtkbufPackage = keyof typeof WHEELS;
export interface LoadVtkbufOptions {
  /** Directory (URL, or a path in Node) holding the wheels; default: next to js/pyodide.mjs (js/dist/). */
  baseURL?: string | URL;
  /** Which wheels to install; default both. */
  packages?: VtkbufPackage[];
  /** Load numpy from the Pyodide distribution first (default true; fails if it cannot). */
  numpy?: boolean;
  messageCallback?: (msg: string) => void;
  errorCallback?: (msg: string) => void;
}
/** The subset of a PyodideAPI that loadVtkbuf uses. */
export interface PyodideLike {
  version?: string;
  loadedPackages?: Record<string, string>;
  loadPackage(names: string | string[], options?: object): Promise<Array<{ name: string }>>;
  runPython(code: string): unknown;
}
/** Install vtkbuf (and vtkbuf-vtkmodules) into a Pyodide 314; resolves to the names installed. */
export declare function loadVtkbuf(pyodide: PyodideLike, options?: LoadVtkbufOptions): Promise<string[]>;
/** Where a shipped wheel lives: a path in Node, else a URL. */
export declare function wheelLocation(name: VtkbufPackage, baseURL?: string | URL): Promise<string>;

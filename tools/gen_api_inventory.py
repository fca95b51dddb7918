"""Generate tests/data/api_inventory.json: VTK 9.7.1's Python API of every class vtkbuf has.

Two steps (tools/api-inventory runs both):

  .venv/bin/python tools/gen_api_inventory.py classes > CLASSES.json
      (with vtkbuf) every `vtk*` class vtkbuf exports: the vtkbuf package and the
      compat `vtkmodules` modules, with the VTK module each compat name lives in.
  VTKPY tools/gen_api_inventory.py vtk CLASSES.json > tests/data/api_inventory.json
      (with VTK 9.7.1's python) for those classes and every base class they inherit in
      VTK (vtkObjectBase, vtkObject, vtkAbstractArray, vtkDataArray, vtkFieldData,
      vtkDataSetAttributes, vtkDataObject, vtkDataSet, vtkPointSet, vtkAlgorithm, ...):
      and the classes issue 17 promises (PROMISED below):
      the members each class introduces (methods and class constants), so that a
      class's whole API is the union over its `mro`, each member named with the class
      it is defined on (the most basic class of the mro that has it).

What counts (the rule the tests apply, written once here):
  - methods: every public (no leading `_`) callable VTK's wrapper puts on the class,
    `static` when every overload of its docstring lacks `self`; `python_only` for the
    wrapper's own classmethod `override` (not a VTK method; out for JS).
  - constants: public class attributes that are ints (enum values such as
    vtkDataSetAttributes.SCALARS), with their values (the tests compare them).
  - properties (VTK 9.4's snake_case `get/set` properties) are listed per class for
    the record but not checked: they mirror the Get/Set methods.
  - pipeline members are left out, by this rule: (a) every overload of the method
    takes or returns a pipeline type (vtkInformation*, vtkExecutive, vtkAlgorithmOutput,
    vtk*Pipeline, vtkInformationVector: information keys, executives, connections), or
    (b) it is defined on vtkAlgorithm / vtkPolyDataAlgorithm and its name is about
    ports, connections, executives, requests or update extents (PIPELINE_NAME below).
    Left-out members are listed under "pipeline" with the rule that excluded them.
Python overrides: where VTK 9.7.1 hands out instances of a Python subclass (NumPy-native
arrays, PointData/FieldData/PolyData helpers), that subclass's own public members are
listed as a pseudo-class (`python_override`, members `python_only`) in front of the
class's mro: Python checks them, JS does not.
Templates (vtkBuffer, vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate,
vtkScaledSOADataArrayTemplate) are listed once, from their float64 instantiation
(VTK's instantiations have identical members; "keys" lists the keys both have).
"""
import importlib
import json
import re
import sys

TEMPLATES = ("vtkBuffer", "vtkAOSDataArrayTemplate", "vtkSOADataArrayTemplate",
             "vtkScaledSOADataArrayTemplate", "vtkConstantArray",
             "vtkAffineArray", "vtkStructuredPointArray")
# where to look for a class vtkbuf exports without a compat module naming it
VTK_MODULES = ("vtkCommonCore", "vtkCommonDataModel", "vtkCommonExecutionModel",
               "vtkFiltersSources", "vtkFiltersGeometry", "vtkIOLegacy", "vtkIOXML", "vtkIOParallelXML")
# classes issue 17 adds to vtkbuf (listed before they land, so that the inventory need not
# be regenerated when they do: their rows start as `CLASS *` in api_pending.tsv)
PROMISED = ("vtkObjectBase", "vtkIdList", "vtkStringArray", "vtkVariantArray", "vtkVariant",
            "vtkCollection", "vtkFieldData", "vtkDataSet", "vtkPointSet")
PIPELINE_TYPE = re.compile(r"vtkInformation|vtkExecutive|vtkAlgorithmOutput|Pipeline\b")
PIPELINE_CLASSES = ("vtkAlgorithm", "vtkPolyDataAlgorithm")
PIPELINE_NAME = re.compile(r"Input|Output|Port|Connection|Executive|Pipeline|Request|"
                           r"Update(Extent|Piece|Ghost|Time|Whole|DataObject|Information|NumberOfPieces)|"
                           r"Information")


def vtkbuf_classes():
    """[{name, module, keys}] of every vtk* class vtkbuf exports (tests/python/api_inventory.py)."""
    import os
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                    "tests", "python"))
    import api_inventory
    return api_inventory.vtkbuf_classes()


def _signatures(doc, name):
    """The overload signature lines of a wrapped method's docstring."""
    sigs, cur = [], None
    for line in (doc or "").splitlines():
        if line.startswith(name + "("):
            cur = line
            sigs.append(cur)
        elif cur is not None and line.startswith("    ") and not line.startswith("    C++"):
            sigs[-1] += line.strip()
        else:
            cur = None
    return sigs


def _pipeline(cls_name, name, sigs):
    if sigs and all(PIPELINE_TYPE.search(s) for s in sigs):
        return "a: every overload takes or returns a pipeline type"
    if cls_name in PIPELINE_CLASSES and PIPELINE_NAME.search(name):
        return "b: an algorithm's port/connection/executive/request/update-extent method"
    return None


def vtk_inventory(classes):
    mods = {m: importlib.import_module("vtkmodules." + m) for m in VTK_MODULES}

    def find(entry):
        n = entry["name"]
        order = ([entry["module"]] if entry["module"] in mods else []) + list(VTK_MODULES)
        for m in order:
            obj = getattr(mods[m], n, None)
            if obj is not None:
                return m, obj
        return None, None

    def inv_name(c):
        m = re.match(r"(vtk\w+?)_I\w+E$", c.__name__)
        return m.group(1) if m and m.group(1) in TEMPLATES else c.__name__

    result, missing_in_vtk, todo = {}, [], []
    for entry in classes:
        module, obj = find(entry)
        if obj is None:
            missing_in_vtk.append(entry["name"])
            continue
        if entry["name"] in TEMPLATES:
            keys = sorted(set(obj.keys()) & set(entry["keys"] or ()))
            todo.append((entry["name"], obj["float64"], module, keys))
        else:
            todo.append((entry["name"], obj, module, None))
    done, cls_of = set(), {}
    while todo:
        name, cls, module, keys = todo.pop(0)
        if name in done:
            continue
        done.add(name)
        cls_of[name] = cls
        mro = [c for c in cls.__mro__[1:] if c is not object]
        # an alias (vtkbuf's vtkTypeInt8Array is VTK's vtkTypeInt8Array; a class exported
        # under another name than VTK's) keeps the name vtkbuf exports
        own_name = inv_name(cls)
        rec = {"module": module or cls.__module__.rsplit(".", 1)[-1],
               "mro": [inv_name(c) for c in mro], "methods": {}, "constants": {},
               "properties": [], "pipeline": {}}
        if own_name != name:
            rec["vtk_name"] = own_name
        if keys is not None:
            rec["keys"] = keys
            # the keys whose instances are VTK's NumPy-native Python subclasses (not char)
            tmpl = getattr(importlib.import_module(cls.__module__), name)
            rec["override_keys"] = [k for k in keys if type(tmpl[k]()) is not tmpl[k]]
        base_names = set()
        for c in mro:
            base_names.update(vars(c))
        for k, v in sorted(vars(cls).items()):
            if k.startswith("_"):
                continue
            tname = type(v).__name__
            if tname == "getset_descriptor":
                rec["properties"].append(k)
                continue
            if k in base_names:
                continue  # VTK re-wraps IsA, NewInstance, ...: defined on the base
            if tname in ("method_descriptor", "classmethod_descriptor", "builtin_function_or_method"):
                sigs = _signatures(getattr(v, "__doc__", ""), k)
                why = _pipeline(own_name if own_name in PIPELINE_CLASSES else name, k, sigs)
                if why:
                    rec["pipeline"][k] = why
                    continue
                m = {}
                if sigs and all("(self" not in s for s in sigs):
                    m["static"] = True
                if tname == "classmethod_descriptor":
                    m["python_only"] = True
                rec["methods"][k] = m
            elif isinstance(v, int):
                rec["constants"][k] = int(v)
        rec["properties"] = [p for p in rec["properties"] if p not in base_names]
        result[name] = rec
        for c in mro:
            todo.append((inv_name(c), c, c.__module__.rsplit(".", 1)[-1], None))
    result.update(python_overrides(result, cls_of))
    import vtkmodules
    return {"vtk_version": vtkmodules.__version__ if hasattr(vtkmodules, "__version__") else
            __import__("vtkmodules.vtkCommonCore").vtkCommonCore.vtkVersion.GetVTKVersion(),
            "generator": "tools/gen_api_inventory.py (tools/api-inventory)",
            "vtkbuf_classes": sorted(e["name"] for e in classes),
            "not_in_vtk": sorted(missing_in_vtk),
            "classes": dict(sorted(result.items()))}


def python_overrides(result, cls_of):
    """VTK 9.4+ hands out instances of Python subclasses for some classes (the NumPy-native
    arrays VTKAOSArray/VTKSOAArray, PointData/FieldData with keys()/items(), ...): their
    own public members become pseudo-classes (python_override, members python_only),
    put in front of the mro of every class whose instances have them."""
    out = {}
    for name, rec in result.items():
        cls = cls_of[name]
        try:
            inst_type = type(cls())
        except Exception:  # noqa: BLE001  (abstract classes)
            continue
        if inst_type is cls:
            continue
        extra = []
        for p in inst_type.__mro__[:inst_type.__mro__.index(cls)]:
            own = sorted(k for k in vars(p) if not k.startswith("_"))
            if not own:
                continue
            extra.append(p.__name__)
            out.setdefault(p.__name__, {
                "module": p.__module__, "python_override": True, "mro": [],
                "methods": {k: {"python_only": True} for k in own},
                "constants": {}, "properties": [], "pipeline": {}})
        rec["mro"] = extra + rec["mro"]
    return out


def dump(inv):
    """JSON with one class member list per line (reviewable diffs)."""
    out = ["{"]
    top = [k for k in inv if k != "classes"]
    for k in top:
        out.append(f"  {json.dumps(k)}: {json.dumps(inv[k])},")
    out.append('  "classes": {')
    items = list(inv["classes"].items())
    for i, (name, rec) in enumerate(items):
        out.append(f"    {json.dumps(name)}: {{")
        fields = list(rec.items())
        for j, (f, v) in enumerate(fields):
            comma = "," if j < len(fields) - 1 else ""
            if f == "methods" and v:
                out.append('      "methods": {')
                rows = [f"        {json.dumps(mn)}: {json.dumps(mv)}" for mn, mv in v.items()]
                out.append(",\n".join(rows))
                out.append("      }" + comma)
            else:
                out.append(f"      {json.dumps(f)}: {json.dumps(v)}" + comma)
        out.append("    }" + ("," if i < len(items) - 1 else ""))
    out.append("  }")
    out.append("}")
    text = "\n".join(out) + "\n"
    assert json.loads(text) == inv
    return text


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "classes":
        json.dump(vtkbuf_classes(), sys.stdout, indent=1)
        print()
        return
    if len(sys.argv) == 3 and sys.argv[1] == "vtk":
        import warnings
        warnings.simplefilter("ignore")  # deprecated classes (scaled SOA) are instantiated
        with open(sys.argv[2]) as f:
            classes = json.load(f)
        have = {c["name"] for c in classes}
        classes += [{"name": n, "module": None, "keys": None} for n in PROMISED if n not in have]
        sys.stdout.write(dump(vtk_inventory(classes)))
        return
    sys.exit(__doc__)


if __name__ == "__main__":
    main()

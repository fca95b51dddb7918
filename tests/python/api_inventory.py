"""VTK 9.7.1's API against vtkbuf's Python classes (tests/data/api_inventory.json).

Shared by tests/python/test_api_inventory.py (natively and inside Pyodide), by
tools/gen_api_inventory.py (the list of classes vtkbuf exports) and by
tools/api-inventory, which runs this file:

  python tests/python/api_inventory.py --report           counts per class
  python tests/python/api_inventory.py --update-pending   rewrite the `py` rows of
                                                          tests/data/api_pending.tsv

A member (method or class constant) of a VTK class is checked on vtkbuf's class of the
same name; it is keyed by the class VTK defines it on (vtkDataArray.Fill is one row,
whichever array class lacks it). A missing member fails unless its (class, member) is
in tests/data/api_not_applicable.tsv (with a reason) or in the pending ratchet
tests/data/api_pending.tsv (rows `py CLASS MEMBER`; `CLASS *`: vtkbuf has no such class);
a pending row whose member vtkbuf now has fails too, so the pending list only shrinks.
"""
import importlib
import json
import os
import sys

DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
INVENTORY = os.path.join(DATA, "api_inventory.json")
NOT_APPLICABLE = os.path.join(DATA, "api_not_applicable.tsv")
PENDING = os.path.join(DATA, "api_pending.tsv")
TEMPLATES = ("vtkBuffer", "vtkAOSDataArrayTemplate", "vtkSOADataArrayTemplate",
             "vtkScaledSOADataArrayTemplate", "vtkConstantArray",
             "vtkAffineArray", "vtkStructuredPointArray")


def load_inventory():
    with open(INVENTORY) as f:
        return json.load(f)


def read_tsv(path, ncols):
    """Rows (tuples of ncols cells) of a tab-separated file; '#' lines are comments."""
    rows = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != ncols or not all(c.strip() for c in cells):
                raise ValueError(f"{os.path.basename(path)}:{n}: expected {ncols} non-empty "
                                 f"tab-separated cells, got {cells!r}")
            rows.append(tuple(cells))
    return rows


def not_applicable():
    """{(defining class or '*' for any class, member): reason}"""
    return {(c, m): r for c, m, r in read_tsv(NOT_APPLICABLE, 3)}


def is_na(na, dc, m):
    return (dc, m) in na or ("*", m) in na


def pending(lang):
    """{(defining class, member)} of one language ('py' or 'js')."""
    return {(c, m) for lg, c, m in read_tsv(PENDING, 3) if lg == lang}


def checked_classes(inv):
    """The inventory's classes, without the pseudo-classes of VTK's Python overrides
    (their members are checked on the classes whose instances have them)."""
    return [n for n, rec in inv["classes"].items() if not rec.get("python_override")]


def members(inv, name):
    """{member: (defining class, kind, info)} of VTK's class `name`: its own members and
    those of its bases, each with the most basic class of the mro that defines it."""
    classes = inv["classes"]
    out = {}
    for c in [name] + classes[name]["mro"]:
        rec = classes[c]
        for m, info in rec["methods"].items():
            out[m] = (c, "method", info)
        for k, v in rec["constants"].items():
            out[k] = (c, "constant", {"value": v})
    return out


def wrong_values(inv=None):
    """[(defining class, constant, VTK's value, vtkbuf's)] for class constants vtkbuf has
    with another value than VTK 9.7.1's."""
    inv = inv or load_inventory()
    out = set()
    for name in checked_classes(inv):
        for cls in python_classes(inv, name):
            for k, (dc, kind, info) in members(inv, name).items():
                if kind == "constant" and hasattr(cls, k) and getattr(cls, k) != info["value"]:
                    out.add((dc, k, info["value"], getattr(cls, k)))
    return sorted(out)


def vtkbuf_classes():
    """[{name, module, keys}] of every vtk* class vtkbuf exports (the package and the
    compat vtkmodules modules, if installed); templates with their keys."""
    import pkgutil
    import vtkbuf
    seen = {n: None for n in vtkbuf.__all__ if n.startswith("vtk")}
    try:
        import vtkmodules
        for m in pkgutil.iter_modules(vtkmodules.__path__):
            if m.name.startswith("vtk"):
                mod = importlib.import_module("vtkmodules." + m.name)
                seen.update({n: m.name for n in dir(mod) if n.startswith("vtk")})
    except ImportError:
        pass
    out = []
    for n, module in sorted(seen.items()):
        obj = lookup(n, module)
        if n in TEMPLATES:
            out.append({"name": n, "module": module, "keys": sorted(obj.keys())})
        elif isinstance(obj, type):
            out.append({"name": n, "module": module, "keys": None})
    return out


def lookup(name, module=None):
    """vtkbuf's object for a VTK class name (vtkbuf, else the compat module), or None."""
    import vtkbuf
    obj = getattr(vtkbuf, name, None)
    if obj is None and module:
        try:
            obj = getattr(importlib.import_module("vtkmodules." + module), name, None)
        except ImportError:
            obj = None
    return obj


def instance_type(cls):
    """The type of cls's instances (as in VTK 9.7, vtkbuf's arrays are instances of a
    NumPy-native Python subclass), or cls itself when it cannot be instantiated."""
    try:
        return type(cls())
    except Exception:  # noqa: BLE001  (abstract classes)
        return cls


def python_classes(inv, name, override=False):
    """vtkbuf's Python classes standing for VTK's class `name` ([] if vtkbuf has none):
    one per template key both have (with override: only the keys whose VTK instances
    have the NumPy-native interface); the type of their instances where they have any."""
    rec = inv["classes"][name]
    obj = lookup(name, rec["module"])
    if obj is None:
        return []
    if name in TEMPLATES:
        have = set(obj.keys())
        keys = rec["override_keys"] if override else rec["keys"]
        return [instance_type(obj[k]) for k in keys if k in have]
    return [instance_type(obj)] if isinstance(obj, type) else []


def has_member(inv, clss, over, dc, m):
    """Whether vtkbuf's classes (clss; `over`: those of the override keys) have member m
    defined on VTK's class dc."""
    use = over if inv["classes"][dc].get("python_override") else clss
    return bool(clss) and all(hasattr(c, m) for c in use)


def check_python(inv=None):
    """{class: {vtk, have, na, pending, missing: [(defclass, member)],
    fixed: [(defclass, member)]}} plus the ratchet over the whole pending list."""
    inv = inv or load_inventory()
    na, pend = not_applicable(), pending("py")
    report, still_missing = {}, set()
    for name in checked_classes(inv):
        mem = members(inv, name)
        clss, over = python_classes(inv, name), python_classes(inv, name, True)
        row = {"vtk": len(mem), "have": 0, "na": 0, "pending": 0, "missing": [],
               "class_missing": not clss, "keys": []}
        for m, (dc, _kind, _info) in sorted(mem.items()):
            key = (dc, m)
            has = has_member(inv, clss, over, dc, m)
            if has:
                st = "have"
            elif is_na(na, dc, m):
                st = "na"
            elif key in pend or (name, "*") in pend:
                st = "pending"
                still_missing.add(key)
            else:
                st = "missing"
                row["missing"].append(key)
            if st != "missing":
                row[st] += 1
            row["keys"].append((key, st))
        report[name] = row
    fixed = sorted(k for k in pend if k[1] != "*" and k not in still_missing)
    fixed += sorted((c, "*") for c, m in pend if m == "*" and python_classes(inv, c))
    return report, fixed


def update_pending(lang, rows):
    """Rewrite the `lang` rows of api_pending.tsv (other languages' rows kept)."""
    head, other = [], []
    with open(PENDING) as f:
        for line in f:
            if line.startswith("#"):
                head.append(line)
            elif line.strip() and not line.startswith(lang + "\t"):
                other.append(line)
    body = other + [f"{lang}\t{c}\t{m}\n" for c, m in rows]
    order = {"py": 0, "pyval": 1, "js": 2, "jsval": 3, "dts": 4}
    body.sort(key=lambda l: (order.get(l.split("\t")[0], 9), l))
    with open(PENDING, "w") as f:
        f.writelines(head + body)


def missing_now(inv):
    """Every (defining class, member) vtkbuf's Python classes lack and that is not N/A,
    plus (class, '*') for classes vtkbuf does not have."""
    na = not_applicable()
    rows = set()
    for name in checked_classes(inv):
        clss, over = python_classes(inv, name), python_classes(inv, name, True)
        if not clss:
            rows.add((name, "*"))
        for m, (dc, _k, _i) in members(inv, name).items():
            if is_na(na, dc, m):
                continue
            if not clss:
                continue  # checked through the subclasses vtkbuf has, or pending as a class
            if not has_member(inv, clss, over, dc, m):
                rows.add((dc, m))
    return sorted(rows)


def distinct(report_rows, missing_class_rows):
    """Counts over distinct members (keyed by the class defining them): their status on
    the classes vtkbuf has, then members only classes vtkbuf lacks have:
    {vtk, have, na, pending, missing}."""
    status = {}
    for r in report_rows:
        for key, st in r:
            if st == "have":
                status.setdefault(key, st)
            else:
                status[key] = st
    for r in missing_class_rows:
        for key, st in r:
            status.setdefault(key, st)
    out = {k: 0 for k in ("have", "na", "pending", "missing")}
    for st in status.values():
        out[st] += 1
    return {"vtk": len(status), **out}


def format_report(lang, report, inv=None):
    """The table; the typed AOS array classes (vtkFloatArray, ...) share one line when
    their counts are the same."""
    inv = inv or load_inventory()
    vals_of = lambda r: (r["vtk"], r["have"], r["na"], r["pending"], len(r["missing"]))
    typed = [n for n in report if "vtkAOSDataArrayTemplate" in inv["classes"][n]["mro"]]
    groups = {}
    for n in typed:
        groups.setdefault(vals_of(report[n]), []).append(n)
    lines = [f"API inventory ({lang}): VTK 9.7.1 members (methods + class constants) per class",
             f"{'class':34} {'VTK':>5} {'vtkbuf':>6} {'n/a':>4} {'pending':>7} {'missing':>7}"]
    tot = [0] * 5
    for name, r in report.items():
        vals = [r["vtk"], r["have"], r["na"], r["pending"], len(r["missing"])]
        tot = [a + b for a, b in zip(tot, vals)]
        flag = "  (no such class)" if r["class_missing"] else ""
        group = groups.get(vals_of(r), []) if name in typed else []
        if len(group) > 1:
            if name != group[0]:
                continue
            name = f"{len(group)} typed AOS arrays, each"
        lines.append(f"{name:34} {vals[0]:5} {vals[1]:6} {vals[2]:4} {vals[3]:7} {vals[4]:7}{flag}")
    lines.append(f"{'total':34} {tot[0]:5} {tot[1]:6} {tot[2]:4} {tot[3]:7} {tot[4]:7}")
    d = distinct([r["keys"] for r in report.values() if not r["class_missing"]],
                 [r["keys"] for r in report.values() if r["class_missing"]])
    lines.append(f"{'distinct members':34} {d['vtk']:5} {d['have']:6} {d['na']:4} {d['pending']:7} "
                 f"{d['missing']:7}")
    return "\n".join(lines)


def main():
    if sys.argv[1:] == ["--report"]:
        report, _ = check_python()
        print(format_report("Python", report))
        for dc, k, v, got in wrong_values():
            print(f"constant value differs: {dc}.{k}: VTK {v}, vtkbuf {got}")
    elif sys.argv[1:] == ["--update-pending"]:
        rows = missing_now(load_inventory())
        update_pending("py", rows)
        vals = [(dc, k) for dc, k, _v, _got in wrong_values()]
        update_pending("pyval", vals)
        print(f"api_pending.tsv: {len(rows)} py rows, {len(vals)} pyval rows (wrong constant values)")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()

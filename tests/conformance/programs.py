"""Differential random programs: vtkbuf against VTK 9.7.1, step by step (README.md).

  VTKPY programs.py record OUT.json [N]   generate programs 0..N-1 (program i = seed i)
                                           while running them in VTK 9.7.1; write each
                                           program's steps with VTK's output of each step
  python programs.py check VTK.json        replay every program here (vtkbuf, natively or
                                           in Pyodide), compare step by step, print the
                                           agreement rate and the divergence categories
  python programs.py show VTK.json I       one program, VTK's and this side's outputs
  python programs.py uptodate VTK.json     exit 0 if recorded by this generator (hash)

A program is a sequence of API calls on a few objects (slots): one array of a class and
layout chosen by the seed (AOS of every type, the named typed classes, SOA, scaled SOA,
bit), or vtkPoints, vtkCellArray, vtkPointData or vtkFieldData (with arrays to attach),
vtkPolyData, vtkIdList (alone, and with cells and points) or vtkStringArray. Programs
are valid: indexes in range and values whose conversion VTK defines; the generator reads
the live VTK object to pick them (recording happens in VTK only) and writes every value a
step leaves uninitialised. The operations are the table programs_ops.txt, one line
each: kind slot Method argument-tokens precondition; the small interpreter `run_step`
does the rest.

Comparing: the first step whose canonical output differs is a program's divergence;
after it the program's state may differ, so later steps are not compared. A divergence
is categorised: `missing method` (vtkbuf has no such method), `missing class`, `missing
overload` (vtkbuf raises TypeError for arguments VTK accepts), or by a line of
programs_known.tsv (method, category, reason): the categories of the one rule
(docs/python.md, semantics: a memory, b undefined, c stale, d wrap) or `pending`
(issue-17 work not merged yet). Anything else fails; a line of programs_known.tsv that
no program hits first is reported (drop it once the difference is fixed).
"""
import hashlib
import json
import os
import random
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
N_PROGRAMS = 3000
STEPS = (8, 24)
KNOWN = os.path.join(HERE, "programs_known.tsv")

# VTK type id -> (kind, min, max) of values a program writes through SetValue (x); 64-bit
# and `long` types stay in 32-bit range (vtkLongArray is 32-bit on wasm32); the double
# interface (d: SetTuple, SetComponent, ...) stays within +-2**31 so every cast is defined.
I32 = (-2**31, 2**31 - 1)
U32 = (0, 2**32 - 1)
TYPES = {1: ("bit", 0, 1), 2: ("char", 32, 126), 3: ("int", 0, 255), 15: ("int", -128, 127),
         4: ("int", -2**15, 2**15 - 1), 5: ("int", 0, 2**16 - 1), 6: ("int", *I32), 7: ("int", *U32),
         8: ("int", *I32), 9: ("int", *U32), 12: ("int", *I32), 16: ("int", *I32),
         17: ("int", *U32), 10: ("float", -1e6, 1e6), 11: ("float", -1e12, 1e12),
         13: ("str", 0, 3)}
KEYS = ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64")
NAMED = ("vtkCharArray", "vtkSignedCharArray", "vtkUnsignedCharArray", "vtkShortArray",
         "vtkUnsignedShortArray", "vtkIntArray", "vtkUnsignedIntArray", "vtkLongArray",
         "vtkUnsignedLongArray", "vtkLongLongArray", "vtkUnsignedLongLongArray", "vtkIdTypeArray",
         "vtkFloatArray", "vtkDoubleArray", "vtkTypeInt8Array", "vtkTypeUInt8Array",
         "vtkTypeInt16Array", "vtkTypeUInt16Array", "vtkTypeInt32Array", "vtkTypeUInt32Array",
         "vtkTypeInt64Array", "vtkTypeUInt64Array", "vtkTypeFloat32Array", "vtkTypeFloat64Array",
         "vtkBitArray")
ARRAY_SETUPS = ([(n, None) for n in NAMED] + [("vtkAOSDataArrayTemplate", k) for k in KEYS]
                + [("vtkSOADataArrayTemplate", k) for k in KEYS]
                + [("vtkScaledSOADataArrayTemplate", k) for k in KEYS])
NAMES = ("x", "y", "Normals", "temp")
STRINGS = ("", "a", "ab", "x y", "temp", "\u00e9t\u00e9")

# The operations, one per line: kind slot Method argument-tokens precondition
# (programs_ops.txt, where the tokens and preconditions are listed).
OPS_FILE = os.path.join(HERE, "programs_ops.txt")
with open(OPS_FILE) as _f:
    OPS = "".join(line for line in _f if line.strip() and not line.startswith("#"))
TABLE = [tuple(line.split()) for line in OPS.strip().splitlines()]
assert all(len(op) == 5 for op in TABLE), [op for op in TABLE if len(op) != 5]


def generator_hash():
    """Of the generator and interpreter (this file up to "record / check", and the table
    programs_ops.txt): recorded VTK outputs are reused while they are unchanged."""
    with open(os.path.abspath(__file__), "rb") as f:
        text = f.read()
    with open(OPS_FILE, "rb") as f:
        ops = f.read()
    return hashlib.sha256(text[:text.index(b"# -- record / check")] + ops).hexdigest()[:16]


def namespace():
    warnings.simplefilter("ignore")
    from vtkmodules import vtkCommonCore, vtkCommonDataModel
    g = {k: v for k, v in vars(vtkCommonCore).items() if k.startswith("vtk")}
    g.update({k: v for k, v in vars(vtkCommonDataModel).items() if k.startswith("vtk")})
    return g


def canon(x, depth=0):
    """The canonical text of a step's result (the same on both sides when they agree)."""
    if depth > 3:
        return "..."
    if isinstance(x, (list, tuple)):
        inner = ", ".join(canon(y, depth + 1) for y in x)
        return f"[{inner}]" if isinstance(x, list) else f"({inner})"
    if hasattr(x, "GetNumberOfValues") and hasattr(x, "GetValue"):
        vals = [x.GetValue(i) for i in range(x.GetNumberOfValues())]
        return (f"<array {x.GetName()!r} {x.GetNumberOfComponents()}x"
                f"{x.GetNumberOfTuples()} {canon(vals, depth + 1)}>")
    if hasattr(x, "GetNumberOfIds") and hasattr(x, "GetId"):
        return f"<ids {canon([x.GetId(i) for i in range(x.GetNumberOfIds())], depth + 1)}>"
    if hasattr(x, "GetClassName"):
        return f"<{x.GetClassName()}>"
    if isinstance(x, float):
        return repr(x)
    return repr(x)


# -- building objects ----------------------------------------------------------------

def new(g, spec):
    """A fresh object from a setup spec [what, class, key, scale]."""
    what, cls, key, scale = spec
    if cls not in g:
        raise LookupError("NoClass")
    if what == "array":
        obj = g[cls][key]() if key else g[cls]()
        if scale is not None:
            obj.SetScale(scale)
        return obj
    return g[cls]()


def setup(rng):
    """(kind, [(slot, spec, [(method, args)])]) for one program: the objects it starts with."""
    kind = rng.choice(("array", "array", "array", "points", "cells", "attributes", "polydata",
                       "idlist", "cellids", "fielddata", "strings"))
    slots = []
    if kind == "array":
        cls, key = rng.choice(ARRAY_SETUPS)
        scale = None
        if cls == "vtkScaledSOADataArrayTemplate":
            scale = rng.choice((1, 2, 3)) if "int" in key else rng.choice((0.5, 2.0, 0.25))
        nc = 1 if cls == "vtkBitArray" and rng.random() < 0.5 else rng.choice((1, 1, 2, 3))
        spec = ["array", cls, key, scale]
        slots.append(("a", spec, [("SetNumberOfComponents", [nc])]))
        slots.append(("b", spec, [("SetNumberOfComponents", [nc])]))
    elif kind == "points":
        slots += [("q", ["other", "vtkPoints", None, None], []),
                  ("q2", ["other", "vtkPoints", None, None], [])]
    elif kind == "cells":
        slots += [("k", ["other", "vtkCellArray", None, None], []),
                  ("k2", ["other", "vtkCellArray", None, None], [])]
    elif kind in ("attributes", "fielddata"):
        if kind == "attributes":
            slots.append(("pd", ["other", "vtkPointData", None, None], []))
        else:
            slots += [("f", ["other", "vtkFieldData", None, None], []),
                      ("f2", ["other", "vtkFieldData", None, None], [])]
        for slot, name, nc in (("x", "x", 1), ("y", "y", 3), ("z", "temp", 1)):
            n = rng.randint(0, 3)
            slots.append((slot, ["array", "vtkFloatArray", None, None],
                          [("SetName", [name]), ("SetNumberOfComponents", [nc]),
                           ("SetNumberOfTuples", [n])]
                          + [("SetValue", [i, float(rng.randint(-9, 9))]) for i in range(n * nc)]))
    elif kind == "idlist":
        slots += [("l", ["other", "vtkIdList", None, None], []),
                  ("l2", ["other", "vtkIdList", None, None], [])]
    elif kind == "strings":
        slots += [("a", ["other", "vtkStringArray", None, None], []),
                  ("b", ["other", "vtkStringArray", None, None],
                   [("InsertNextValue", [rng.choice(STRINGS)]) for _ in range(rng.randint(0, 3))])]
    else:
        if kind == "cellids":
            slots += [("l", ["other", "vtkIdList", None, None], []),
                      ("q2", ["other", "vtkPoints", None, None], [])]
        slots += [("m", ["other", "vtkPolyData", None, None], []),
                  ("m2", ["other", "vtkPolyData", None, None], []),
                  ("q", ["other", "vtkPoints", None, None],
                   [("InsertNextPoint", [float(rng.randint(-5, 5)) for _ in range(3)])
                    for _ in range(rng.randint(0, 6))]),
                  ("k", ["other", "vtkCellArray", None, None],
                   [("InsertNextCell", [n, [rng.randrange(6) for _ in range(n)]])
                    for n in [rng.randint(1, 4) for _ in range(rng.randint(0, 4))]])]
        if kind == "cellids":  # the polydata holds the points and cells from the start
            slots.append(("m", None, [("SetPoints", [{"slot": "q"}]), ("SetPolys", [{"slot": "k"}])]))
    return kind, slots


# -- the generator (runs in VTK: reads the live objects for valid arguments) -------------

def _value(rng, kind, lo, hi, double):
    if kind == "str":
        return rng.choice(STRINGS)
    if kind == "bit":
        return rng.choice((0, 1))
    if kind == "char" and not double:
        return chr(rng.randint(lo, hi))
    if kind == "float":
        return rng.choice((0.0, 1.0, -2.5, 0.125, rng.randint(-1000, 1000) / 8,
                           float(rng.randint(int(lo), int(hi)))))
    if double:
        lo, hi = max(lo, -2**31), min(hi, 2**31 - 1)
    small = rng.randint(max(lo, -9), max(lo, min(hi, 9)))
    v = rng.choice((lo, hi, max(lo, 0), max(lo, 1), rng.randint(lo, hi), small))
    if double:
        return float(v) if rng.random() < 0.8 else v + (0.5 if v < hi else -0.5)
    return v


def gen_args(rng, spec, objs, slot):
    obj = objs[slot]
    if spec == "-":
        return []
    out = []
    typ = TYPES.get(obj.GetDataType()) if hasattr(obj, "GetDataType") and slot in ("a", "b") else None
    for tok in spec.split(","):
        if tok.startswith("o:"):
            out.append({"slot": tok[2:]})
        elif tok == "v":
            out.append(rng.randrange(obj.GetNumberOfValues()))
        elif tok == "t":
            out.append(rng.randrange(obj.GetNumberOfTuples()))
        elif tok == "c":
            out.append(rng.randrange(obj.GetNumberOfComponents()))
        elif tok in ("x", "d"):
            out.append(_value(rng, *typ, tok == "d"))
        elif tok == "T":
            out.append([_value(rng, *typ, True) for _ in range(obj.GetNumberOfComponents())])
        elif tok == "3":
            out += [rng.randint(-40, 40) / 4 for _ in range(3)]
        elif tok == "N":
            out.append(rng.randint(0, 6))
        elif tok == "V":
            out.append(rng.randint(0, 5) * obj.GetNumberOfComponents())
        elif tok == "s":
            out.append(rng.choice(NAMES))
        elif tok == "i":
            out.append(rng.randrange(max(obj.GetNumberOfArrays(), 1)))
        elif tok == "A":
            out.append(rng.randrange(5))
        elif tok == "p":
            pts = obj if slot == "q" else obj.GetPoints()
            out.append(rng.randrange(pts.GetNumberOfPoints()))
        elif tok == "L":
            n = rng.randint(1, 4)
            out += [n, [rng.randrange(8) for _ in range(n)]]
        elif tok == "I":
            nb = objs["b"].GetNumberOfTuples()
            n = rng.randint(0, nb)
            out += [rng.randint(0, obj.GetNumberOfTuples()), n, rng.randint(0, nb - n)]
        elif tok == "J":
            out.append(rng.randrange(objs["b"].GetNumberOfTuples()))
        elif tok == "l":
            out.append(rng.randrange(obj.GetNumberOfIds()))
        elif tok == "P":
            out.append(rng.randrange(8))
        elif tok == "C":
            out.append(rng.randrange(obj.GetNumberOfCells()))
        elif tok == "R":
            cid = rng.randrange(obj.GetNumberOfCells())
            n = obj.GetCellSize(cid)
            out += [cid, n, [rng.randrange(8) for _ in range(n)]]
        else:
            raise ValueError(f"programs.py: unknown argument token {tok!r}")
    return out


def _holds(pre, obj, slot):
    if "+" in pre:
        return all(_holds(p, obj, slot) for p in pre.split("+"))
    if pre == "-":
        return True
    if pre == "nv":
        return obj.GetNumberOfValues() > 0
    if pre == "nt":
        return obj.GetNumberOfTuples() > 0
    if pre in ("nc1", "nc2", "nc3"):
        return obj.GetNumberOfComponents() == int(pre[2])
    if pre == "np":
        pts = obj if slot == "q" else obj.GetPoints()
        return pts is not None and pts.GetNumberOfPoints() > 0
    if pre == "nb":
        return _OBJS["b"].GetNumberOfTuples() > 0
    if pre == "same":
        return _OBJS["b"].GetNumberOfTuples() == obj.GetNumberOfTuples()
    if pre == "nl":
        return obj.GetNumberOfIds() > 0 if slot != "q" else _OBJS["l"].GetNumberOfIds() > 0
    if pre == "ids<np":
        ids = _OBJS["l"]
        return all(0 <= ids.GetId(i) < obj.GetNumberOfPoints() for i in range(ids.GetNumberOfIds()))
    if pre == "ncell":
        return obj.GetNumberOfCells() > 0 and (slot == "k" or obj.GetPolys() is not None)
    raise ValueError(f"programs.py: unknown precondition {pre!r}")


# Steps that write every value they add; after any other step that grows an array or a
# vtkPoints (SetNumberOfTuples, SetNumberOfPoints, ...) the generator writes the new
# values, so that no program reads memory VTK leaves uninitialised (the one rule, b).
WRITES_NEW = {"InsertNextValue", "InsertValue", "InsertNextTuple", "InsertNextTuple1", "InsertId",
              "InsertNextId", "InsertUniqueId", "GetCellAtId", "GetCellPoints", "GetPoints",
              "InsertNextTuple3", "InsertTuple", "InsertComponent", "InsertTuples", "DeepCopy",
              "InsertNextPoint", "InsertPoint"}


def _count(obj):
    if hasattr(obj, "GetNumberOfIds"):
        return obj.GetNumberOfIds()
    if hasattr(obj, "GetNumberOfValues"):
        return obj.GetNumberOfValues()
    if hasattr(obj, "GetNumberOfPoints") and hasattr(obj, "SetPoint"):
        return obj.GetNumberOfPoints()
    return 0


def _fill(rng, obj, slot, i):
    """(method, args) writing value (array), id (vtkIdList) or point (vtkPoints) i."""
    if hasattr(obj, "GetNumberOfIds"):
        return "SetId", [i, rng.randrange(8)]
    if hasattr(obj, "GetNumberOfValues"):
        return "SetValue", [i, _value(rng, *TYPES[obj.GetDataType()], False)]
    return "SetPoint", [i] + [rng.randint(-40, 40) / 4 for _ in range(3)]


_OBJS = {}  # the objects of the program being generated (for preconditions across slots)


def generate_and_record(g, seed):
    """Program `seed` and VTK's output of each step."""
    rng = random.Random(seed)
    kind, slots = setup(rng)
    objs, steps = _OBJS, []
    objs.clear()
    for slot, spec, calls in slots:
        if spec is not None:
            steps.append([slot, "#new", spec, run_step(g, objs, slot, "#new", spec)])
        for method, args in calls:
            steps.append([slot, method, args, run_step(g, objs, slot, method, args)])
    table = [op for op in TABLE if op[0] == kind]
    for _ in range(rng.randint(*STEPS)):
        cands = [op for op in table if (op[2].startswith("#") or hasattr(objs[op[1]], op[2]))
                 and _holds(op[4], objs[op[1]], op[1])]
        _, slot, method, spec, _pre = rng.choice(cands)
        args = gen_args(rng, spec, objs, slot)
        before = _count(objs[slot])
        steps.append([slot, method, args, run_step(g, objs, slot, method, args)])
        if steps[-1][3] in ("!NoMethod", "!NoClass"):
            raise SystemExit(f"programs.py: OPS names {method} on {slot}, which VTK 9.7.1 lacks")
        if method not in WRITES_NEW:  # VTK leaves grown values uninitialised: write them
            for i in range(before, _count(objs[slot])):
                m, a = _fill(rng, objs[slot], slot, i)
                steps.append([slot, m, a, run_step(g, objs, slot, m, a)])
    for slot in dict.fromkeys(s[0] for s in slots):  # the final state of every object
        steps.append([slot, "#state", [], run_step(g, objs, slot, "#state", [])])
    return {"kind": kind, "steps": steps}


# -- the interpreter (both sides) ---------------------------------------------------------

# steps whose output includes the object's state after them
SHOW_STATE = {"DeepCopy", "ShallowCopy", "PassData"}


def run_step(g, objs, slot, method, args):
    """Run one step, return its canonical output (or !ExceptionType / !NoMethod)."""
    try:
        if method == "#new":
            try:
                objs[slot] = new(g, args)
            except LookupError:
                return "!NoClass"
            return canon(None)
        obj = objs[slot]
        if method == "#state":
            if hasattr(obj, "GetNumberOfValues") or hasattr(obj, "GetNumberOfIds"):
                return canon(obj)
            if hasattr(obj, "GetNumberOfPoints") and not hasattr(obj, "GetPolys"):
                return canon([obj.GetPoint(i) for i in range(obj.GetNumberOfPoints())])
            if hasattr(obj, "GetOffsetsArray"):
                return canon([obj.GetOffsetsArray(), obj.GetConnectivityArray()])
            if hasattr(obj, "GetNumberOfArrays"):
                return canon([obj.GetArrayName(i) for i in range(obj.GetNumberOfArrays())])
            return canon([obj.GetNumberOfPoints(), obj.GetNumberOfCells()])
        if not hasattr(obj, method):
            return "!NoMethod"
        real = [objs[a["slot"]] if isinstance(a, dict) else a for a in args]
        out = canon(getattr(obj, method)(*real))
        if method in SHOW_STATE:  # what a copy did shows at the copy
            out += " " + run_step(g, objs, slot, "#state", [])
        return out
    except Exception as e:  # noqa: BLE001
        return f"!{type(e).__name__}"


# -- record / check -------------------------------------------------------------------

def record(path, n):
    g = namespace()
    progs = [generate_and_record(g, seed) for seed in range(n)]
    tmp = f"{path}.{os.getpid()}.tmp"  # atomic: both conformance suites may record at once
    with open(tmp, "w") as f:
        json.dump({"generator": generator_hash(), "programs": progs}, f, separators=(",", ":"))
    os.replace(tmp, path)
    print(f"recorded {n} programs, {sum(len(p['steps']) for p in progs)} steps")


def read_known():
    known = {}
    with open(KNOWN) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                method, cat, reason = line.rstrip("\n").split("\t")
                known[method] = (cat, reason)
    return known


def replay(g, prog):
    """(index of the first diverging step or None, vtkbuf's output there, outputs so far)."""
    objs = {}
    for i, (slot, method, args, want) in enumerate(prog["steps"]):
        got = run_step(g, objs, slot, method, args)
        if got != want:
            return i, got
    return None, None


ABI_SIZE = {"GetElementComponentSize", "GetDataTypeSize", "GetActualMemorySize",
            "GetDataTypeMin", "GetDataTypeMax"}


def only_present(g, prog):
    """True if every class and method the program uses exists here (checked statically)."""
    classes = {}
    for slot, method, args, _want in prog["steps"]:
        if method == "#new":
            _what, cls, key, _scale = args
            if cls not in g:
                return False
            classes[slot] = g[cls][key] if key else g[cls]
        elif not method.startswith("#") and not hasattr(classes.get(slot), method):
            return False
    return True


def categorise(step, got, known):
    slot, method, args, want = step
    if got == "!NoMethod":
        return "missing method"
    if got == "!NoClass":
        return "missing class"
    if got == "!TypeError" and not want.startswith("!"):
        return "missing overload"
    if method in known:
        return known[method][0]
    if sys.platform == "emscripten" and method in ABI_SIZE:
        return "platform: C long is 32-bit on wasm32"
    return None


def check(path):
    """(passed, failed): one count per program, plus failures of the suite itself."""
    try:
        with open(path) as f:
            data = json.load(f)
    except OSError:
        print(f"FAIL programs: no recording {path} (tools/run-conformance records it)")
        return 0, 1
    if data["generator"] != generator_hash():
        print("FAIL programs: the recording is from another generator: re-record (tools/run-conformance)")
        return 0, 1
    g = namespace()
    known = read_known()
    agree, cats, failed, hit, first, groups = 0, {}, 0, set(), {}, {}
    steps_same = steps_all = present = present_agree = 0
    by_kind = {}
    for seed, prog in enumerate(data["programs"]):
        i, got = replay(g, prog)
        per_kind = by_kind.setdefault(prog["kind"], [0, 0])
        per_kind[0] += 1
        per_kind[1] += i is None
        if only_present(g, prog):
            present += 1
            present_agree += i is None
        steps_all += len(prog["steps"])
        steps_same += len(prog["steps"]) if i is None else i
        if i is None:
            agree += 1
            continue
        step = prog["steps"][i]
        cat = categorise(step, got, known)
        groups[cat or "UNEXPLAINED"] = groups.get(cat or "UNEXPLAINED", 0) + 1
        if step[1] in known:
            hit.add(step[1])
        label = f"{cat or 'UNEXPLAINED'}: {step[1]}"
        cats[label] = cats.get(label, 0) + 1
        first.setdefault(label, (seed, step, got))
        if cat is None:
            failed += 1
    n = len(data["programs"])
    print(f"programs ({sys.platform}): {n} programs, {agree} agree with VTK 9.7.1 to the end "
          f"({100.0 * agree / max(n, 1):.1f}%); {steps_same} of {steps_all} steps agree before "
          f"the first divergence; first divergences by category: "
          + ", ".join(f"{c} {k}" for c, k in sorted(groups.items(), key=lambda kv: -kv[1])))
    print(f"programs using only classes and methods vtkbuf has: {present}, of which {present_agree} "
          f"agree to the end ({100.0 * present_agree / max(present, 1):.1f}%)")
    print("agreeing to the end by kind: " + ", ".join(f"{k} {a}/{t}" for k, (t, a) in sorted(by_kind.items())))
    for label, count in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])):
        seed, step, got = first[label]
        print(f"  {count:5}  {label}   (first: program {seed}: {step[0]}.{step[1]}{tuple(step[2])} "
              f"VTK {step[3][:60]} vtkbuf {got[:60]})")
    # a line no program hits first is reported, not failed: a divergence hidden behind an
    # earlier one (missing methods) would make the check flaky as methods arrive
    for m in sorted(set(known) - hit):
        print(f"NOTE programs_known.tsv: {m} diverges first in no program (fixed? drop the line)")
    if n < N_PROGRAMS:
        print(f"FAIL programs: {n} programs, at least {N_PROGRAMS} required")
    bad = failed + (n < N_PROGRAMS)
    return n - failed, bad


def show(path, seed):
    with open(path) as f:
        prog = json.load(f)["programs"][seed]
    g, objs = namespace(), {}
    for slot, method, args, want in prog["steps"]:
        got = run_step(g, objs, slot, method, args)
        print(f"{'  ' if got == want else '!='} {slot}.{method}{tuple(args)} -> VTK {want}"
              + ("" if got == want else f" | here {got}"))


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "record":
        record(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else N_PROGRAMS)
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        passed, bad = check(sys.argv[2])
        print(f"{passed} passed, {bad} failed")
        sys.exit(1 if bad else 0)
    elif len(sys.argv) == 3 and sys.argv[1] == "uptodate":  # exit 0: recorded by this generator
        try:
            with open(sys.argv[2]) as f:
                head = f.read(64)
        except OSError:
            sys.exit(1)
        sys.exit(0 if f'"generator":"{generator_hash()}"' in head else 1)
    elif len(sys.argv) == 4 and sys.argv[1] == "show":
        show(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()

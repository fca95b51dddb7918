#!/usr/bin/env python3
"""Emscripten SIGNATURE_CONVERSIONS for the memory64 JS module (wasm/CMakeLists.txt).

In a wasm64 build, pointers and the pointer-sized integers (size_t, long, ...) are
i64, which JS sees as BigInt. Emscripten converts them to and from JS Numbers for
the exports named in -sSIGNATURE_CONVERSIONS=name:sig,... ('p' pointer-sized, '_'
anything else; the return type first), so js/ passes and receives Numbers for
addresses, sizes and observer ids in both builds (int64_t stays BigInt in both).

Reads wasm/exports.txt and the declarations in src/*.h and wasm/*.c; prints the
comma-separated list. A listed function without a declaration is an error.
  python3 wasm/signatures.py ROOT
"""
import os
import re
import sys

# integer types whose size follows the pointer's (i32 on wasm32, i64 on wasm64)
POINTER_SIZED = {"size_t", "ssize_t", "ptrdiff_t", "intptr_t", "uintptr_t", "long",
                 "long int", "unsigned long", "unsigned long int", "signed long"}
TYPE_WORDS = {"int", "long", "char", "short", "double", "float", "unsigned", "signed"}
RUNTIME = {"_malloc", "_free"}  # Emscripten converts its own


def declarations(root):
    text = []
    for d, ext in (("src", ".h"), ("wasm", ".c")):
        for f in sorted(os.listdir(os.path.join(root, d))):
            if f.endswith(ext):
                with open(os.path.join(root, d, f), encoding="utf-8") as fh:
                    text.append(fh.read())
    code = "\n".join(text)
    code = re.sub(r"/\*.*?\*/", " ", code, flags=re.S)
    code = re.sub(r"//[^\n]*", " ", code)
    fn_ptr_types = set(re.findall(r"typedef[^;{}]*\(\s*\*\s*(\w+)\s*\)", code))
    decls = {}
    for m in re.finditer(r"(?:^|[;}\n])\s*((?:const\s+)?[A-Za-z_][\w\s\*]*?)\b(vb_\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[;{]", code):
        decls.setdefault(m.group(2), (m.group(1), m.group(3)))
    return decls, fn_ptr_types


def kind(ctype, fn_ptr_types):
    t = re.sub(r"\b(const|volatile|static|extern|inline|struct|enum|restrict|VB_API)\b", " ", ctype)
    t = " ".join(t.split())
    if "*" in t or "(" in t:
        return "p"
    words = t.split()
    if words and words[-1] in fn_ptr_types:
        return "p"
    return "p" if t in POINTER_SIZED else "_"


def param_type(param):
    """The type of one parameter (its name dropped); arrays and function pointers are pointers."""
    p = " ".join(param.split())
    if any(ch in p for ch in "*[("):
        return "*"
    words = p.split()
    if len(words) >= 2 and words[-1] not in TYPE_WORDS:
        words = words[:-1]
    return " ".join(words)


def main(root):
    decls, fn_ptr_types = declarations(root)
    with open(os.path.join(root, "wasm", "exports.txt"), encoding="utf-8") as fh:
        names = [l.strip() for l in fh if l.strip()]
    out = []
    for name in names:
        if name in RUNTIME:
            continue
        c = name[1:]
        if c not in decls:
            sys.exit(f"signatures.py: no declaration of {c} in src/*.h or wasm/*.c")
        ret, params = decls[c]
        sig = kind(ret, fn_ptr_types)
        plist = [p for p in params.split(",") if p.strip()]
        if plist != ["void"] and [p.strip() for p in plist] != ["void"]:
            for p in plist:
                sig += kind(param_type(p), fn_ptr_types)
        if "p" in sig:
            out.append(f"{c}:{sig}")
    print(",".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

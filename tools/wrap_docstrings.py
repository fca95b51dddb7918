#!/usr/bin/env python3
"""Wrap the docstrings of the extension's tables in VBPY_DOC(...) (python/src/vbpy.h):
the doc of each method row ({"Name", fn, METH_X, "doc"} and {"Name", VBPY_FC(fn), "doc"}),
of each property row ({"name", get, set, "doc", closure}) and each `.tp_doc = "..."` (or
`.tp_doc = doc`, a macro's parameter).
VBPY_DOC keeps them in the native build and drops them from the Pyodide side module.

Idempotent (wrapped docs are left alone); rows whose doc is NULL are left alone.
  tools/wrap_docstrings.py [FILE.c ...]     rewrite (default: python/src/*.c, python/pyodide/*.c)
  tools/wrap_docstrings.py --check [...]    list unwrapped docs, exit 1 if any
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# tokens that matter: string and char literals, comments, brackets, commas
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|/\*.*?\*/|//[^\n]*|[{}(),]', re.S)
STRING_EXPR = re.compile(r'^(?:\s|\\\n|"(?:[^"\\\n]|\\.)*"|#?\s*[A-Za-z_]\w*)+$')


def is_doc(text):
    """a string expression: string literals, #param and macro parameters, one literal at least"""
    t = text.strip()
    return bool(t) and '"' in t and STRING_EXPR.match(t) and not t.startswith("VBPY_DOC")


def rows(src):
    """(start, end, [(elem_start, elem_end)...]) of each innermost {...} group"""
    stack = []
    for m in TOKEN.finditer(src):
        tok = m.group()
        if tok == "{":
            stack.append([m.end(), [], 0, m.end(), True])  # start, elems, paren depth, elem start, innermost
        elif tok == "}" and stack:
            start, elems, depth, es, inner = stack.pop()
            if stack:
                stack[-1][4] = False
            if inner:
                elems.append((es, m.start()))
                yield start, m.start(), elems
        elif not stack:
            continue
        elif tok == "(":
            stack[-1][2] += 1
        elif tok == ")":
            stack[-1][2] -= 1
        elif tok == "," and stack[-1][2] == 0:
            stack[-1][1].append((stack[-1][3], m.start()))
            stack[-1][3] = m.end()


def docs(src):
    """spans (start, end) of the unwrapped docs of src"""
    out = []
    for _, _, elems in rows(src):
        vals = [src[a:b].strip() for a, b in elems]
        if vals and vals[-1] == "":  # trailing comma
            vals, elems = vals[:-1], elems[:-1]
        if not vals or not ('"' in vals[0] or re.fullmatch(r"\w+", vals[0])):
            continue
        if len(vals) == 4 and "METH_" in vals[2]:
            i = 3  # method row
        elif len(vals) == 3 and vals[1].startswith("VBPY_FC("):
            i = 2  # method row, METH_FASTCALL
        elif len(vals) == 5 and all(re.fullmatch(r"\w+", v) for v in vals[1:3]):
            i = 3  # property row
        else:
            continue
        if is_doc(vals[i]):
            a, b = elems[i]
            text = src[a:b]
            lead = re.match(r"(?:\s|\\\n)*", text).end()  # blanks and line continuations
            tail = len(text) - len(re.sub(r"(?:\s|\\\n)*$", "", text))
            out.append((a + lead, b - tail))
    for m in re.finditer(r'\.tp_doc\s*=\s*((?:"(?:[^"\\\n]|\\.)*"|\s|\\\n)+?)\s*[,}]', src):
        if is_doc(m.group(1)):
            out.append(m.span(1))
    # .tp_doc = doc: a macro's parameter (or a variable) holding the string
    for m in re.finditer(r'\.tp_doc\s*=\s*([A-Za-z_]\w*)\s*[,}]', src):
        if m.group(1) not in ("NULL", "VBPY_DOC"):
            out.append(m.span(1))
    return sorted(out)


def wrap(src):
    for a, b in reversed(docs(src)):
        src = src[:a] + "VBPY_DOC(" + src[a:b] + ")" + src[b:]
    return src


def main(argv):
    check = "--check" in argv
    files = [a for a in argv if a != "--check"] or sorted(
        glob.glob(os.path.join(ROOT, "python/src/*.c")) + glob.glob(os.path.join(ROOT, "python/pyodide/*.c")))
    left = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            src = fh.read()
        found = docs(src)
        if check:
            for a, _ in found:
                print(f"{os.path.relpath(f, ROOT)}:{src.count(chr(10), 0, a) + 1}: docstring not in VBPY_DOC()")
            left += len(found)
        elif found:
            with open(f, "w", encoding="utf-8") as fh:
                fh.write(wrap(src))
            print(f"{os.path.relpath(f, ROOT)}: {len(found)} docstrings wrapped")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

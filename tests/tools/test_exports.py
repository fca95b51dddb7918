"""Only the C API leaves the native module (the visibility rule, src/vb_api.h).

* Every function a public header of src/ declares carries VB_API: a new
  declaration without it fails here (the core is compiled with
  -fvisibility=hidden, so without VB_API it would silently not be exported).
* In the core library the symbols of default visibility are exactly the API
  (the functions the public headers declare): no internal vb__* function is
  visible, and no API function is missing.
* `nm -D --defined-only` of the native extension module lists PyInit__vtkbuf
  alone: no binding plumbing (vbpy_*, the Vb*_Type objects), no core symbol.
Public headers: every src/*.h except vb_api.h, vb_internal.h and *_impl.h;
vtkbuf.h includes them all."""
import glob
import os
import re
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "src")
INTERNAL = re.compile(r"^(vb_api|vb_internal|vtkbuf|vb_structured|vb_names|vb_cell_tables|.*_impl)\.h$")  # private headers


def public_headers():
    return sorted(p for p in glob.glob(os.path.join(SRC, "*.h"))
                  if not INTERNAL.match(os.path.basename(p)))


def declarations(text):
    """(name, has VB_API) of each function declared at file level: comments and
    preprocessor lines removed, statements at brace depth 0 split on ';'."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    text = re.sub(r"^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", " ", text, flags=re.M)
    out, depth, stmt = [], 0, ""
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            stmt = ""  # a struct/enum body ends; its typedef name follows
        elif depth == 0:
            if ch == ";":
                s = " ".join(stmt.split())
                stmt = ""
                m = re.match(r"(?!typedef\b)(VB_API\s+)?[\w\s\*]*?\b(\w+)\s*\(", s)
                if m:
                    out.append((m.group(2), bool(m.group(1))))
            else:
                stmt += ch
    return out


def api():
    names = {}
    for h in public_headers():
        with open(h, encoding="utf-8") as f:
            for name, marked in declarations(f.read()):
                names[name] = (os.path.basename(h), marked)
    return names


def test_the_parser_sees_the_headers():
    names = api()
    assert len(names) > 200
    assert names["vb_array_set_value_s"] == ("vb_array.h", True)
    assert "vb__fail" not in names  # vb_internal.h is not public
    assert declarations("typedef void (*fn)(int);\nint f(int x);\nVB_API void g(void);\n"
                        "typedef struct { int (*h)(void); } s;\n") == [("f", False), ("g", True)]


def test_umbrella_header_includes_every_public_header():
    with open(os.path.join(SRC, "vtkbuf.h"), encoding="utf-8") as f:
        included = set(re.findall(r'#include "(\w+\.h)"', f.read()))
    assert sorted(os.path.basename(h) for h in public_headers() if os.path.basename(h) not in included) == []


def test_every_public_declaration_has_vb_api():
    missing = sorted(f"{h}: {n}" for n, (h, marked) in api().items() if not marked)
    assert missing == [], "declare these with VB_API (src/vb_api.h): " + ", ".join(missing)


def built(pattern, what):
    found = glob.glob(os.path.join(ROOT, "build", "native", pattern))
    if len(found) != 1:
        pytest.fail(f"expected one {what} in build/native (make native), found {found}")
    return found[0]


def test_core_library_makes_exactly_the_api_visible():
    """In the core (libvtkbuf_core.a), the defined global symbols of default
    visibility are exactly the API; everything else is hidden."""
    out = subprocess.run(["readelf", "-sW", built("src/libvtkbuf_core.a", "core library")],
                         check=True, capture_output=True, text=True).stdout
    visible, hidden = set(), set()
    for line in out.splitlines():
        f = line.split()
        if len(f) == 8 and f[4] in ("GLOBAL", "WEAK") and f[6] != "UND":
            (visible if f[5] == "DEFAULT" else hidden).add(f[7])
    assert len(hidden) > 10  # the parser sees the internals (sanity)
    assert sorted(visible - set(api())) == [], "visible but not the API (static, or no VB_API)"
    assert sorted(set(api()) - visible) == [], "API functions declared but not defined visible"


def test_native_module_exports_only_its_init():
    """The extension module exports PyInit__vtkbuf alone: the binding's plumbing and
    the core linked into it are hidden."""
    out = subprocess.run(["nm", "-D", "--defined-only", built("python/_vtkbuf*.so", "native module")],
                         check=True, capture_output=True, text=True).stdout
    exported = {line.split()[-1] for line in out.splitlines() if line.strip()}
    assert exported == {"PyInit__vtkbuf"}

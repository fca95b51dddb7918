# vtkbuf: one C core built three ways (native, JS module, Pyodide side module).
#
#   make demo            the main job: build what is needed, run the seed's examples
#                        natively and inside Pyodide (Node)
#   make test            every suite (C, C under ASan+UBSan, native pytest, Jest,
#                        pytest inside Pyodide); ends with "N passed, N failed"
#   make site            build/site: an offline JupyterLite site with vtkbuf preinstalled
#   make demo-page       build/demo: Pyodide console + vtk.js view of a zero-copy vtkbuf sphere
#   make serve           serve both on 127.0.0.1, print the URLs
#   make check-asan | check-valgrind | bench
#
# Toolchain: provisioned on first use by tools/provision-* into ~/.cache/vtkbuf
# (override with VTKBUF_CACHE). Emscripten runs in a Debian sid chroot through
# tools/sid-run; to use an emsdk on PATH instead: make EMRUN= ...
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-print-directory

# the version pins (versions.json, the one place they are written)
include build/versions.mk
build/versions.mk: versions.json tools/versions.py
	@mkdir -p build && python3 tools/versions.py --make > $@

VERSION      := $(VTKBUF_VERSION)
EMRUN        ?= tools/sid-run
VENV_PY      := .venv/bin/python
CACHE        := $(or $(VTKBUF_CACHE),$(HOME)/.cache/vtkbuf)
PYODIDE_ROOT := $(CACHE)/pyodide-$(PYODIDE_VERSION)-root
PY_TAG       := $(CPYTHON_TAG)-$(CPYTHON_TAG)-$(PY_ABI_TAG)
WASM_WHEEL   := dist/vtkbuf-$(VERSION)-$(PY_TAG).whl
COMPAT_WHEEL := dist/vtkbuf_vtkmodules-$(VERSION)-py3-none-any.whl

include mk/core.mk
include mk/python.mk
include mk/js.mk

.PHONY: all provision native wasm js wheels test demo bench clean distclean site serve demo-page view

all: native wasm

provision:
	@tools/provision-all

# --- native: C core, C tests, CPython extension installed into .venv ---------
# The one native wheel path: pip + scikit-build-core (pyproject.toml), as
# `pip install .`, kept incremental in build/native (its build-dir, shared with
# the C tests and benchmarks, which the second step builds).
SKBUILD_NATIVE := -C build-dir=build/native -C cmake.build-type=RelWithDebInfo \
  -C cmake.define.VB_BUILD_TESTS=ON -C cmake.define.VB_BUILD_BENCH=ON -C cmake.define.VB_WERROR=ON
native:
	@echo '[vtkbuf] native build (build/native, scikit-build-core) + install into .venv'
	@tools/provision-venv
	@CMAKE_GENERATOR="Unix Makefiles" CMAKE_BUILD_PARALLEL_LEVEL=$(VB_JOBS) $(VENV_PY) -m pip install -q \
	  --no-deps --no-build-isolation --force-reinstall $(SKBUILD_NATIVE) . ./python/compat
	@cmake --build build/native -j $(VB_JOBS)

# --- wasm: JS ES module + Pyodide side module (one Emscripten build) ----------
wasm: js wheels

build/wasm/build.ninja:
	@tools/provision-pyheaders
	@$(EMRUN) emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DVB_BUILD_JS=ON -DVB_BUILD_PYODIDE=ON -DVB_PYODIDE_INCLUDE=$(PYODIDE_ROOT)/include/python3.14 >/dev/null

build/wasm/.built: build/wasm/build.ninja FORCE
	@echo '[vtkbuf] emscripten build (build/wasm): JS module + Pyodide side module'
	@$(EMRUN) cmake --build build/wasm | { grep -v -e '^\[' -e 'not yet stable' || true; }
	@touch $@

# the JS modules alone, wasm32 and memory64 (the Pyodide side module is not needed for them)
build/wasm/.built-js: build/wasm/build.ninja FORCE
	@echo '[vtkbuf] emscripten build (build/wasm): JS modules (wasm32, memory64)'
	@$(EMRUN) cmake --build build/wasm --target vtkbuf_js vtkbuf_js64 | { grep -v -e '^\[' -e 'not yet stable' || true; }
	@touch $@

# js/dist/{index,pyodide,memory64}.mjs: the shipped entries, js/*.mjs + the Emscripten glue
# (js/dist/io_read.mjs: read(), imported on its first call with vtkbuf.io.wasm, wasm/split.py)
# bundled and minified by esbuild, code shared by both in one chunk (so both see the
# same StaleViewError); the sources stay the development and test entry

js: build/wasm/.built-js
	@tools/provision-npm
	@mkdir -p js/dist
	@cp build/wasm/wasm/vtkbuf.mjs build/wasm/wasm/vtkbuf.wasm build/wasm/wasm/vtkbuf.io.wasm \
	  build/wasm/wasm/vtkbuf64.mjs build/wasm/wasm/vtkbuf64.wasm build/wasm/wasm/vtkbuf64.io.wasm js/dist/
	@rm -f js/dist/index.mjs js/dist/pyodide.mjs js/dist/memory64.mjs js/dist/io_read.mjs js/dist/vtkjs.mjs js/dist/chunk-*.mjs
	@# the core's exports (_vb_*, 360 names written twice in the glue and again in js/)
	@# get short property names in the bundle (--mangle-props: 2.4 KB gzipped); the
	@# names js/ passes as strings (M[fn]) keep theirs, and no other _vb_ string may be left;
	@# the bundle's glue assigns the .wasm's exports as they are and the JS layer calls them
	@# by those names (tools/slim-glue.mjs, esbuild's mangle cache: 5 KB gzipped);
	@# --keep-names: the classes' names are VTK's API (GetClassName, IsA, messages; 1.8 KB)
	@keep=$$(grep -oh "['\"\`]_vb_[a-z0-9_]*['\"\`]" js/*.mjs | tr -d "'\"\`" | sort -u | paste -sd'|'); \
	rm -rf build/js-stage && mkdir -p build/js-stage/js/dist && cp js/*.mjs build/js-stage/js/ && cp versions.json build/js-stage/; \
	node tools/slim-glue.mjs js/dist/vtkbuf.mjs js/dist/vtkbuf64.mjs build/js-stage/js/dist build/js-stage/mangle.json "$$keep"; \
	node_modules/.bin/esbuild build/js-stage/js/index.mjs build/js-stage/js/pyodide.mjs build/js-stage/js/memory64.mjs \
	  build/js-stage/js/io_read.mjs --bundle --splitting --format=esm \
	  --minify --keep-names --platform=neutral --external:'node:*' --external:pyodide --define:VB_BUNDLED=true \
	  --mangle-props='^_vb_' --mangle-quoted=true --mangle-cache=build/js-stage/mangle.json $${keep:+--reserve-props="^($$keep)\$$"} \
	  --out-extension:.js=.mjs --chunk-names=chunk-[hash] --log-level=warning --outdir=js/dist; \
	left=$$(cat js/dist/index.mjs js/dist/pyodide.mjs js/dist/memory64.mjs js/dist/io_read.mjs js/dist/chunk-*.mjs | \
	  grep -o '_vb_[A-Za-z0-9_]*' | sort -u | grep -v -x -E "$${keep:-^$$}" || true); \
	if [ -n "$$left" ]; then echo "make js: _vb_ names left unmangled in js/dist (built in js/ at run time?): $$left" >&2; exit 1; fi
	@# vtkbuf/vtkjs: the vtk.js bridge on its own (vtk.js stays the user's, a peer dependency)
	@node_modules/.bin/esbuild js/vtkjs.mjs --bundle --format=esm --minify --platform=neutral \
	  --external:'@kitware/vtk.js' --external:'@kitware/vtk.js/*' --log-level=warning --outfile=js/dist/vtkjs.mjs
	@# vtkbuf/memory64's types: index.d.ts and js/types/ (in js/dist/types64/) with its LP64
	@# long/ulong (64-bit views; TypedArrayOf in views.d.ts)
	@rm -rf js/dist/types64 && mkdir -p js/dist/types64
	@for f in js/types/*.d.ts; do \
	  sed -e 's/long: Int32Array; ulong: Uint32Array;/long: BigInt64Array; ulong: BigUint64Array;/' \
	    -e "1s|.*|// vtkbuf/memory64's types, generated from $$f by make js.|" $$f > js/dist/types64/$${f##*/} || exit 1; \
	done
	@sed -e "s|from './types/|from './types64/|" \
	  -e '1s|.*|// Type declarations of vtkbuf/memory64 (js/memory64.mjs), generated from js/index.d.ts by make js.|' \
	  js/index.d.ts > js/dist/memory64.d.ts
	@grep -q 'long: BigInt64Array; ulong: BigUint64Array;' js/dist/types64/views.d.ts
	@! grep -q -e "'\./types/" -e 'long: Int32Array' js/dist/memory64.d.ts js/dist/types64/*.d.ts

wheels: build/wasm/.built
	@tools/provision-venv
	@rm -f dist/vtkbuf-*.whl dist/vtkbuf_vtkmodules-*.whl
	@$(VENV_PY) tools/make_wheel.py --project pyproject.toml --tag $(PY_TAG) \
	  --pkg python/vtkbuf --ext build/wasm/python/_vtkbuf.cpython-314-wasm32-emscripten.so --strip-docs --bundle --lzma --out dist >/dev/null
	@$(VENV_PY) tools/make_wheel.py --project python/compat/pyproject.toml --tag py3-none-any \
	  --pkg python/compat/vtkmodules --module python/compat/vtk.py --out dist >/dev/null
	@mkdir -p js/dist && rm -f js/dist/*.whl && cp dist/vtkbuf-*.whl dist/vtkbuf_vtkmodules-*.whl js/dist/

FORCE:

# --- the offline JupyterLite site and the demo page -------------------------------
site: wasm view
	@tools/provision-pyodide
	@tools/build-site

# the notebook view (python/view: vtkbuf-view, not in the core wheel): its front end
# (python/view/js/widget.mjs + the vtk.js parts it uses) bundled by esbuild into the
# package's static/widget.js, packed as dist/vtkbuf_view-*.whl (pure Python)
VIEW_WHEEL := dist/vtkbuf_view-$(VERSION)-py3-none-any.whl
view: $(VIEW_WHEEL)
$(VIEW_WHEEL): $(wildcard python/view/vtkbuf_view/*.py python/view/js/*.mjs) python/view/pyproject.toml package-lock.json
	@tools/provision-npm
	@rm -rf build/view && mkdir -p build/view && cp -r python/view/vtkbuf_view build/view/
	@node_modules/.bin/esbuild python/view/js/widget.mjs --bundle --format=esm --minify --log-level=warning \
	  --outfile=build/view/vtkbuf_view/static/widget.js
	@rm -f dist/vtkbuf_view-*.whl
	@$(VENV_PY) tools/make_wheel.py --project python/view/pyproject.toml --tag py3-none-any \
	  --pkg build/view/vtkbuf_view --out dist >/dev/null
	@echo "[vtkbuf] $@ ($$(stat -c %s $@) bytes; widget.js $$(gzip -9c build/view/vtkbuf_view/static/widget.js | wc -c) bytes gzipped)"

demo-page: site
	@tools/build-demo

serve: demo-page
	@node tools/serve.mjs

# --- jobs ----------------------------------------------------------------------
test: all demo-page
	@tools/provision-pyodide
	@tools/provision-chromium
	@tools/run-tests

demo: all
	@tools/provision-pyodide
	@tools/demo

# every benchmark set runs; the exit status says whether any missed its target.
# The page of numbers: bench/results/<date>.md and .png (tools/bench_report.py)
bench:
	@mkdir -p build; set +e; ( rc=0; for t in bench-c bench-python bench-js; do \
	  echo "=== $$t"; $(MAKE) -s $$t || rc=1; done; exit $$rc ) 2>&1 | tee build/bench.log; \
	  rc=$$?; set -e; $(VENV_PY) tools/bench_report.py build/bench.log; exit $$rc

clean:
	@rm -rf build dist js/dist

distclean: clean
	@rm -rf .venv node_modules

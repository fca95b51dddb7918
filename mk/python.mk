# mk/python.mk - Python layer targets, included by the top-level Makefile
# (include mk/python.mk).
#
#   bench-python   bench/python/run.py: np.asarray(buf) at N = 1e3..1e8, numpy_to_vtk /
#                  vtk_to_numpy / InsertNextTuple / a vtkFloatArray of 1e6 values as a
#                  NumPy array (len, arr[i], arr[a:b], arr + 1, np.sum, np.asarray) against
#                  VTK 9.7.1 from PyPI (separate venv, tools/provision-vtk-bench), and
#                  zero-copy vs copy inside Pyodide; then reading/writing a ~100 MB .vtu
#                  (appended raw, binary zlib) against VTK 9.7.1 and memcpy
#                  (bench/python/io_ops.py; `.venv/bin/python bench/python/run.py --io` alone)
#   valgrind-python  native pytest suite under valgrind memcheck (invalid reads/writes fail);
#                    VB_UNDER_VALGRIND=1 tells tests to run fewer examples (test_stateful.py)
#   asan-python    the whole native pytest suite (every case) against the extension built
#                  with ASan + UBSan (build/asan-python), the sanitizer runtimes preloaded
#                  into the host Python; any report fails (make check-asan and make test)

.PHONY: bench-python valgrind-python valgrind-python-run asan-python

bench-python: native wasm
	tools/provision-vtk-bench >/dev/null
	.venv/bin/python bench/python/run.py

# every case of every test under valgrind (make check-valgrind runs this too)
valgrind-python: native
	@VB_VALGRIND_FULL=1 $(MAKE) -s valgrind-python-run

# the suite under valgrind without building or reinstalling (tools/run-tests runs
# this beside other suites, after make all: at most 3 cases of a parametrized test,
# tests/python/conftest.py; VB_VALGRIND_FULL=1: all of them). Memcheck checks every
# read and write, free and leak here, but not the definedness of values
# (--undef-value-errors=no): this CPython build hands out objects memcheck marks
# undefined (int("1"), the _json accelerator's lists: its reports inside libpython are
# what tools/python.supp suppresses), so the extension's first look at them was reported.
# Definedness is checked where no interpreter is in between: c-valgrind (the C tests).
valgrind-python-run:
	VB_UNDER_VALGRIND=1 PYTHONMALLOC=malloc valgrind --error-exitcode=1 --undef-value-errors=no \
	  --suppressions=tools/python.supp -q \
	  .venv/bin/python -m pytest tests/python -q -p no:cacheprovider --expect-platform=linux

# The extension and the core with ASan + UBSan (RelWithDebInfo: -O2 -g), loaded by the
# host Python with the sanitizer runtimes preloaded (the interpreter is not
# instrumented; ASAN_PY_MALLOC=malloc, the default, puts Python's own objects in ASan's
# heap too; make test's python-asan passes pymalloc: the core's and the extension's own
# memory still fully checked, in 55 % of the time, 43 s vs 78 s).
# The package is staged from python/vtkbuf (symlinks) with the sanitized module, ahead
# of .venv's on PYTHONPATH. Leaks: the interpreter keeps memory at exit by design, so
# LeakSanitizer is off here; the C tests check leaks (check-asan, valgrind) and the
# Python suite checks the core's live-object counts. Every case runs: the suite costs
# ~1/3 of its sampled valgrind run's CPU (2026-12-03: 65 s vs 202 s) and UBSan checks
# the arithmetic valgrind cannot see (it found a signed overflow in the legacy reader's
# extent check at once).
ASAN_PY_DIR := build/asan-python
ASAN_PY_MALLOC ?= malloc
asan-python:
	@test -f $(ASAN_PY_DIR)/CMakeCache.txt || $(VB_CMAKE) -S . -B $(ASAN_PY_DIR) -DVB_SANITIZE=ON \
	  -DVB_BUILD_PYTHON=ON -DVB_BUILD_TESTS=OFF -DVB_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DPython3_EXECUTABLE=$(CURDIR)/.venv/bin/python >/dev/null
	@$(VB_CMAKE) --build $(ASAN_PY_DIR) -j $(VB_JOBS) --target _vtkbuf >/dev/null
	@rm -rf $(ASAN_PY_DIR)/pkg && mkdir -p $(ASAN_PY_DIR)/pkg/vtkbuf
	@for f in python/vtkbuf/*.py; do ln -s $(CURDIR)/$$f $(ASAN_PY_DIR)/pkg/vtkbuf/; done
	@cp $(ASAN_PY_DIR)/python/_vtkbuf*.so $(ASAN_PY_DIR)/pkg/vtkbuf/
	LD_PRELOAD="$$(gcc -print-file-name=libasan.so):$$(gcc -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 PYTHONMALLOC=$(ASAN_PY_MALLOC) \
	  PYTHONPATH=$(CURDIR)/$(ASAN_PY_DIR)/pkg \
	  .venv/bin/python -m pytest tests/python -q -p no:cacheprovider -p no:faulthandler \
	  --expect-platform=linux --expect-vtkbuf-dir=$(CURDIR)/$(ASAN_PY_DIR)/pkg/vtkbuf

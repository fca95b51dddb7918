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

.PHONY: bench-python valgrind-python valgrind-python-run

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

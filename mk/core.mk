# mk/core.mk - C core targets, included by the top-level Makefile
# (standalone: make -f mk/core.mk check-asan).
#
#   test-c          build/native (RelWithDebInfo), run the C tests with ctest
#   check-asan      build/asan (Debug, VB_SANITIZE=ON: ASan+UBSan), run the C tests,
#                   then the Python suite against the sanitized extension (asan-python)
#   check-valgrind  build/native tests, then the whole Python suite (every case),
#                   under valgrind memcheck; any error or definite/indirect leak fails
#   bench-c         build/bench (Release, -O2), run the C benchmarks
#   fuzz            libFuzzer harness tests/fuzz/fuzz_core.c (clang + ASan + UBSan,
#                   in the sid chroot) for FUZZ_SECONDS (default 60); fails on any
#                   crash (tools/run-fuzz)

VB_CMAKE    ?= cmake
VB_CTEST    ?= ctest
VB_VALGRIND ?= valgrind
VB_JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
VB_CORE_SRC := $(wildcard src/*.c src/*.h tests/c/*.c tests/c/*.h bench/*.c)

VB_VALGRIND_FLAGS = --error-exitcode=1 --leak-check=full \
  --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect

.PHONY: test-c check-asan check-asan-c check-valgrind valgrind-c-run bench-c fuzz

build/native/CMakeCache.txt:
	$(VB_CMAKE) -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo

build/asan/CMakeCache.txt:
	$(VB_CMAKE) -S . -B build/asan -DVB_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug

build/bench/CMakeCache.txt:
	$(VB_CMAKE) -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" -DVB_BUILD_TESTS=OFF

test-c: build/native/CMakeCache.txt
	$(VB_CMAKE) --build build/native -j $(VB_JOBS)
	cd build/native && $(VB_CTEST) --output-on-failure -R '^c_'

check-asan: check-asan-c
	@$(MAKE) -s asan-python

# the C tests alone (tools/run-tests' c-asan; its python-asan runs asan-python)
check-asan-c: build/asan/CMakeCache.txt
	$(VB_CMAKE) --build build/asan -j $(VB_JOBS)
	cd build/asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(VB_CTEST) --output-on-failure -R '^c_'

# Runs every C test executable directly under valgrind (one process each) so
# that the exit status reflects memcheck errors and leaks.  VB_UNDER_VALGRIND
# tells tests that valgrind cannot map huge allocations (test_memory runs a
# smaller equivalent and says so), also where valgrind.h is missing.
check-valgrind: build/native/CMakeCache.txt
	$(VB_CMAKE) --build build/native -j $(VB_JOBS)
	@$(MAKE) -s valgrind-c-run
	@$(MAKE) -s valgrind-python

# the C test executables under valgrind, without building (tools/run-tests runs
# this beside other suites, after make all)
valgrind-c-run:
	@set -e; n=0; for t in build/native/tests/c/test_*; do \
	  [ -x "$$t" ] || continue; n=$$((n+1)); \
	  echo "== valgrind $$t"; \
	  VB_UNDER_VALGRIND=1 $(VB_VALGRIND) $(VB_VALGRIND_FLAGS) -q "$$t" || { echo "valgrind: FAILED $$t"; exit 1; }; \
	done; echo "valgrind: $$n test executable(s), 0 errors, 0 leaks"

bench-c: build/bench/CMakeCache.txt
	$(VB_CMAKE) --build build/bench -j $(VB_JOBS)
	@for b in build/bench/bench/bench_*; do [ -x "$$b" ] && "$$b"; done; true

FUZZ_SECONDS ?= 60
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tools/run-fuzz

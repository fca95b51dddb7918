# mk/js.mk - JavaScript targets, included by the top-level Makefile
# (include mk/js.mk).
#
#   bench-js        JS view benchmarks on Node (bench/js/views.mjs): safe vs raw sums,
#                   view creation cost, copy-in/copy-out bandwidth; then memory64 vs
#                   wasm32 for the JS rows under Node 24 (bench/js/memory64.mjs, ratio)
#   test-js         the Jest suite (wasm32 and memory64) and the headless-Chromium browser test
#   pack-js         list what `npm pack` would ship (package contents and size)

VB_NODE ?= node

.PHONY: bench-js test-js pack-js

js/dist/vtkbuf.wasm:
	$(MAKE) js

bench-js: js/dist/vtkbuf.wasm
	@$(VB_NODE) bench/js/views.mjs
	@$(EMRUN) node bench/js/memory64.mjs

test-js: js/dist/vtkbuf.wasm
	tools/run-tests jest jest-memory64 browser

pack-js: js/dist/vtkbuf.wasm
	npm pack --dry-run --ignore-scripts

# mk/js.mk - JavaScript targets, included by the top-level Makefile
# (include mk/js.mk).
#
#   bench-js        JS view benchmarks on Node (bench/js/*.mjs): safe vs raw sums,
#                   view creation cost, copy-in/copy-out bandwidth
#   test-js         the Jest suite and the headless-Chromium browser test
#   pack-js         list what `npm pack` would ship (package contents and size)

VB_NODE ?= node

.PHONY: bench-js test-js pack-js

js/dist/vtkbuf.wasm:
	$(MAKE) js

bench-js: js/dist/vtkbuf.wasm
	@for b in bench/js/*.mjs; do $(VB_NODE) "$$b"; done

test-js: js/dist/vtkbuf.wasm
	tools/run-tests jest browser

pack-js: js/dist/vtkbuf.wasm
	npm pack --dry-run --ignore-scripts

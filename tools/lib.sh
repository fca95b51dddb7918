# Shared helpers for tools/*: cache layout and "verified step" bookkeeping.
# A step is complete only when its stamp file exists; the stamp is written
# after the step's own verification passed, so a half-finished step is never
# reused (it is redone from scratch on the next run).
set -euo pipefail

VB_TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export VB_ROOT="$(cd "$VB_TOOLS/.." && pwd)"
export VB_CACHE="${VTKBUF_CACHE:-$HOME/.cache/vtkbuf}"

# Pinned versions: the cache keys.
SID_KEY="sid-emscripten-6"          # chroot with emscripten + python3.14 + numpy build deps
PYODIDE_VERSION="314.0.7"
PY_ABI_TAG="pyemscripten_2026_0_wasm32"
NUMPY_VERSION="2.4.6"
SID_ROOT="$VB_CACHE/$SID_KEY"

vb_log()  { printf '[vtkbuf] %s\n' "$*" >&2; }
vb_die()  { # step remedy...
  local step="$1"; shift
  printf '[vtkbuf] FAILED step "%s": %s\n' "$step" "$*" >&2
  exit 1
}
vb_done() { [ -f "$1/.vtkbuf-complete" ]; }
vb_mark() { date -u +%FT%TZ > "$1/.vtkbuf-complete"; }

# Shared helpers for tools/*: cache layout and "verified step" bookkeeping.
# A step is complete only when its stamp file exists; the stamp is written
# after the step's own verification passed, so a half-finished step is never
# reused (it is redone from scratch on the next run).
set -euo pipefail

VB_TOOLS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export VB_ROOT="$(cd "$VB_TOOLS/.." && pwd)"
export VB_CACHE="${VTKBUF_CACHE:-$HOME/.cache/vtkbuf}"

# Pinned versions (versions.json): the cache keys. SID_KEY names the chroot with
# emscripten + python3.14 + numpy build deps; also PYODIDE_VERSION, PY_ABI_TAG,
# CPYTHON_TAG, NUMPY_VERSION, VTK_VERSION, VTKBUF_VERSION.
eval "$(python3 "$VB_TOOLS/versions.py")"
SID_ROOT="$VB_CACHE/$SID_KEY"
# the platform string of the ABI tag (pyemscripten_2026_0_wasm32 -> pyemscripten-2026_0-wasm32)
PY_HOST_PLATFORM="$(sed 's/_/-/; s/_\([^_]*\)$/-\1/' <<<"$PY_ABI_TAG")"

vb_log()  { printf '[vtkbuf] %s\n' "$*" >&2; }
vb_die()  { # step remedy...
  local step="$1"; shift
  printf '[vtkbuf] FAILED step "%s": %s\n' "$step" "$*" >&2
  exit 1
}
vb_done() { [ -f "$1/.vtkbuf-complete" ]; }
vb_mark() { date -u +%FT%TZ > "$1/.vtkbuf-complete"; }

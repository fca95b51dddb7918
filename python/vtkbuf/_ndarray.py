"""Every vtkbuf data array is a NumPy-compatible array, as in VTK 9.7.

VTK 9.7 applies ``VTKAOSArray`` to each array-of-structs class and
``VTKSOAArray`` to each struct-of-arrays class (``numpy_interface.vtk_aos_array``,
``vtk_soa_array``); this module gives vtkbuf's classes the same behaviour, written
for vtkbuf:

* AOS arrays expose their values as one zero-copy ndarray (shape ``(n,)`` or
  ``(n, k)``); indexing returns views of it, arithmetic and ufuncs return new
  VTK-backed arrays carrying ``dataset``/``association``, reductions return NumPy
  scalars or ndarrays, and VTK's broadcasting of ``(n,)`` against ``(n, k)``
  applies.
* SOA arrays expose one zero-copy ndarray per component and work per component;
  ``np.asarray`` gives a contiguous copy.  Scaled SOA arrays behave the same over
  their scaled values (computed, hence copies: the stored data is unscaled).

Memory safety is vtkbuf's: the cached view behind an array lives in the C
wrapper (``_vb_view``/``_vb_set_view``); it is dropped when the array fires
BufferChangedEvent and checked against the array's shape on every use, so the
array object never serves stale or dangling memory.  Views handed out earlier
hold their own memory block and stay valid (detached).

The parts, one concern each: _ndarray_base (the shared mixin), _ndarray_assign
(item and slice assignment: NumPy's casting, checked by the core), _ndarray_aos, _ndarray_soa and
_ndarray_soa_functions (the NumPy functions SOA arrays override). Importing this
module installs the mixins on vtkbuf's array classes (vtkbuf imports it when NumPy
is there).

Deliberate differences from VTK 9.7.1 are listed in docs/contract.md.
"""
from . import _templates, _vtkbuf as _c
from . import _ndarray_soa_functions  # noqa: F401  (registers SOA's NumPy overrides)
from ._ndarray_aos import VTKAOSArray
from ._ndarray_base import (  # noqa: F401
    _UNINITIALIZED, VTKDataArrayMixin, make_override_registry, register_template_overrides,
)
from ._ndarray_soa import _SOA_OVERRIDE, VTKSOAArray  # noqa: F401
from ._ndarray_implicit import VTKConstantArray, VTKAffineArray
from ._ndarray_structured import VTKStructuredPointArray

_IMPLICIT_MIXINS = {_c.LAYOUT_CONSTANT: VTKConstantArray, _c.LAYOUT_AFFINE: VTKAffineArray,
                    _c.LAYOUT_STRUCTURED: VTKStructuredPointArray}


# ---- installing the mixins on vtkbuf's classes --------------------------------

def mixin_for(layout, type_id):
    """The mixin a vtkbuf array class of this layout and VTK type gets (None for
    char arrays, which VTK 9.7 leaves without one)."""
    if type_id == _c.VTK_CHAR:
        return None
    if layout in _IMPLICIT_MIXINS:
        return _IMPLICIT_MIXINS[layout]
    return VTKAOSArray if layout == _c.LAYOUT_AOS else VTKSOAArray


_templates.set_mixins(mixin_for)

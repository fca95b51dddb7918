"""Item and slice assignment of the NumPy-native arrays (`arr[i] = x`, `arr[a:b] = y`,
`VTKArray[...] = z`): NumPy's casting, as VTK 9.7's arrays assign (a float array into
an int array truncates), without the conversions NumPy leaves wrapping or undefined.

The rule is the core's (src/vb_span.h, VB_RULES_CAST): every value is checked before
anything is written; a value the target type cannot hold is OverflowError (300 into
uint8, 1e300 or inf into an int array, an int array whose values do not fit), NaN into
an integer array ValueError, a complex value TypeError; the array is then unchanged.
This module only shapes the value as NumPy would (broadcasting, strings parsed as
NumPy parses them) and hands the flat spans to the core (`_vtkbuf._span_convert`).
"""
import numpy as np

from . import _vtkbuf as _c

# NumPy kinds the core takes as typed spans (buffer formats it knows)
_TYPED = frozenset("iuf")


def _source(value, dtype):
    """value as a C-contiguous ndarray the core reads as a typed span, or a list of
    Python objects (converted one by one: big ints, strings, mixed sequences)."""
    src = value if isinstance(value, np.ndarray) else np.asarray(value)
    k = src.dtype.kind
    if k == "b":
        return src.view(np.uint8)
    if k in _TYPED:
        if not src.dtype.isnative:
            src = src.astype(src.dtype.newbyteorder("="))
        if k == "f" and src.dtype.itemsize not in (4, 8):  # float16, long double
            src = src.astype(np.float64)
        return src
    if k in "OUS":
        return src
    raise TypeError(f"cannot assign values of {src.dtype} to an array of {dtype} "
                    "(a complex value would lose its imaginary part)" if k == "c" else
                    f"cannot assign values of {src.dtype} to an array of {dtype}")


def cast(value, dtype, shape):
    """A new C-contiguous ndarray of dtype and shape holding value (broadcast), converted
    by the core's rule; raises (and writes nothing anywhere) on a refused value."""
    src = _source(value, dtype)
    out = np.empty(shape, dtype)
    src = np.broadcast_to(src, shape)
    if src.dtype.kind in "OUS":
        _c._span_convert(out, src.ravel().tolist())
    else:
        _c._span_convert(out, np.ascontiguousarray(src))
    return out


def assign(view, index, value):
    """view[index] = value under the core's rule (view: an ndarray over the storage)."""
    view[index] = cast(value, view.dtype, np.shape(view[index]))


def assign_all(items):
    """Several (view, index, value) assignments, all converted before any is written."""
    done = [(v, i, cast(x, v.dtype, np.shape(v[i]))) for v, i, x in items]
    for v, i, x in done:
        v[i] = x

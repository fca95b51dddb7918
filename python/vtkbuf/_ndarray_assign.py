"""The number rules of NumPy item and slice assignment into a vtkbuf array
(the core's SetValue rules), used by VTKAOSArray/VTKSOAArray.__setitem__."""
import numpy as np

_INT_LIMITS = {}


def _limits(dt):
    lim = _INT_LIMITS.get(dt)
    if lim is None:
        info = np.iinfo(dt)
        lim = _INT_LIMITS[dt] = (int(info.min), int(info.max))
    return lim



# ---- the number rules for item assignment (the core's SetValue rules) --------

def _refuse_float(dt):
    raise TypeError(f"cannot assign a non-integer value to an array of {dt} "
                    "(the value API's rule: use an int)")


def _check_ints(lo, hi, dt, a):
    if a.size and (a.min() < lo or a.max() > hi):
        raise OverflowError(f"value out of range for an array of {dt} [{lo}, {hi}]")


def _check_assign(dt, value):
    """Raise as SetValue would for values entering an array of dtype dt:
    OverflowError for an integer outside the type, TypeError for a real given to
    an integer array or for anything that is not a real number."""
    kind = dt.kind
    t = type(value)
    if t is int:
        if kind in "iu":
            lo, hi = _limits(dt)
            if not lo <= value <= hi:
                raise OverflowError(f"{value} out of range for an array of {dt} [{lo}, {hi}]")
        return
    if t is float:
        if kind in "iu":
            _refuse_float(dt)
        return
    if t is bool:
        return
    if t is list or t is tuple:  # Python numbers one by one (NumPy would pick a dtype)
        for x in value:
            _check_assign(dt, x)
        return
    a = value if isinstance(value, np.ndarray) else np.asarray(value)
    k = a.dtype.kind
    if k == "b":
        return
    if k in "iu":
        if kind in "iu":
            lo, hi = _limits(dt)
            il, ih = _limits(a.dtype)
            if il < lo or ih > hi:
                _check_ints(lo, hi, dt, a)
        return
    if k == "f":
        if kind in "iu":
            _refuse_float(dt)
        return
    if k == "O":
        for x in a.flat:
            _check_assign(dt, x)
        return
    raise TypeError(f"cannot assign values of {a.dtype} to an array of {dt}")


def _assign(view, index, value):
    _check_assign(view.dtype, value)
    if view.dtype.kind == "f":
        with np.errstate(over="ignore"):  # as SetValue: 1e300 -> inf in float32
            view[index] = value
    else:
        view[index] = value


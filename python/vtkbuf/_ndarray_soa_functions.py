"""The NumPy functions VTKSOAArray overrides (np.sum, np.mean, ..., np.where,
np.dot): computed per component without materializing the array."""
import operator

import numpy as np

from ._ndarray_soa import (VTKSOAArray, _from_components, _override_numpy_soa, _soa_comps,
                           _soa_nd, _soa_plain)


def _soa_fold(comps, step):
    acc = comps[0].copy()
    for c in comps[1:]:
        acc = step(acc, c)
    return acc


def _pysum(values):
    total = 0
    for v in values:
        total = total + v
    return total


def _soa_reduction(npfunc, whole, per_axis0_dtype, across):
    """Register an SOA override of a NumPy reduction: `whole(comps, a, kw)` for
    axis=None, one result per component for axis=0 (cast to the array's dtype when
    per_axis0_dtype), `across(comps, a, kw)` for axis=1, NumPy on a contiguous copy
    otherwise or when empty."""
    def impl(a, axis=None, **kwargs):
        if not isinstance(a, VTKSOAArray):
            return NotImplemented
        comps = _soa_comps(a)
        if comps is None or (axis not in (None, 0, 1)) or (axis is None and whole is None) \
                or (axis == 1 and across is None):
            return npfunc(a.__array__(), axis=axis, **kwargs)
        if axis is None:
            return whole(comps, a, kwargs)
        if axis == 0:
            vals = [npfunc(c, **kwargs) for c in comps]
            return np.array(vals, dtype=comps[0].dtype) if per_axis0_dtype else np.array(vals)
        return across(comps, a, kwargs)
    impl.__name__ = f"_soa_{npfunc.__name__}"
    _override_numpy_soa(npfunc)(impl)


def _moments(comps, a, kwargs):
    """(sum x, sum x^2, n) over all values, as VTK computes std/var for axis=None."""
    sx = _pysum(np.sum(c) for c in comps)
    sx2 = _pysum(np.sum(c * c) for c in comps)
    return sx, sx2, a.size


def _var_whole(comps, a, kwargs):
    sx, sx2, n = _moments(comps, a, kwargs)
    return (sx2 - sx * sx / n) / (n - kwargs.get("ddof", 0))


def _var_across(comps, a, kwargs):
    nc = len(comps)
    mean = _soa_fold(comps, operator.add) / nc
    acc = (comps[0] - mean) ** 2
    for c in comps[1:]:
        acc = acc + (c - mean) ** 2
    return acc / (nc - kwargs.get("ddof", 0))


def _argbest(better, pick):
    def across(comps, a, kwargs):
        best = comps[0].copy()
        idx = np.zeros(len(best), dtype=np.intp)
        for j, c in enumerate(comps[1:], 1):
            idx[better(c, best)] = j
            pick(best, c, out=best)
        return idx

    def whole(comps, a, kwargs):
        extreme = np.min if pick is np.minimum else np.max
        arg = np.argmin if pick is np.minimum else np.argmax
        val, row, col = extreme(comps[0]), arg(comps[0]), 0
        for j, c in enumerate(comps[1:], 1):
            v = extreme(c)
            if better(v, val):
                val, row, col = v, arg(c), j
        return row if len(comps) == 1 else row * len(comps) + col
    return whole, across


def _minmax_across(pick):
    def across(comps, a, kwargs):
        acc = comps[0].copy()
        for c in comps[1:]:
            pick(acc, c, out=acc)
        return acc
    return across


def _prod_whole(comps, a, kwargs):
    r = np.prod(comps[0], **kwargs)
    for c in comps[1:]:
        r = r * np.prod(c, **kwargs)
    return r


_soa_reduction(np.sum, lambda comps, a, kw: _pysum(np.sum(c, **kw) for c in comps), True,
               lambda comps, a, kw: _soa_fold(comps, operator.add))
_soa_reduction(np.mean, lambda comps, a, kw: _pysum(np.sum(c, **kw) for c in comps) / a.size, True,
               lambda comps, a, kw: _soa_fold(comps, operator.add) / len(comps))
_soa_reduction(np.min, lambda comps, a, kw: min(np.min(c, **kw) for c in comps), True,
               _minmax_across(np.minimum))
_soa_reduction(np.max, lambda comps, a, kw: max(np.max(c, **kw) for c in comps), True,
               _minmax_across(np.maximum))
_soa_reduction(np.var, _var_whole, True, _var_across)
_soa_reduction(np.std, lambda comps, a, kw: np.sqrt(_var_whole(comps, a, kw)), True,
               lambda comps, a, kw: np.sqrt(_var_across(comps, a, kw)))
_soa_reduction(np.any, lambda comps, a, kw: any(np.any(c, **kw) for c in comps), False,
               lambda comps, a, kw: _soa_fold([c.astype(bool) for c in comps], operator.or_))
_soa_reduction(np.all, lambda comps, a, kw: all(np.all(c, **kw) for c in comps), False,
               lambda comps, a, kw: _soa_fold([c.astype(bool) for c in comps], operator.and_))
_soa_reduction(np.prod, _prod_whole, True, lambda comps, a, kw: _soa_fold(comps, operator.mul))
_soa_reduction(np.argmin, *_argbest(operator.lt, np.minimum)[:1], False, _argbest(operator.lt, np.minimum)[1])
_soa_reduction(np.argmax, *_argbest(operator.gt, np.maximum)[:1], False, _argbest(operator.gt, np.maximum)[1])


def _soa_per_component_axis0(npfunc):
    def impl(a, axis=None, **kwargs):
        if not isinstance(a, VTKSOAArray):
            return NotImplemented
        comps = _soa_comps(a)
        if comps is None or axis != 0:
            return npfunc(a.__array__(), axis=axis, **kwargs)
        return _from_components([npfunc(c, **kwargs) for c in comps])
    _override_numpy_soa(npfunc)(impl)


_soa_per_component_axis0(np.cumsum)
_soa_per_component_axis0(np.cumprod)


@_override_numpy_soa(np.concatenate)
def _soa_concatenate(arrays, axis=0, **kwargs):
    if not isinstance(arrays, (list, tuple)):
        return NotImplemented
    if not all(isinstance(a, VTKSOAArray) for a in arrays) or axis != 0 \
            or len({a.GetNumberOfComponents() for a in arrays}) != 1:
        return np.concatenate([_soa_plain(a) for a in arrays], axis=axis, **kwargs)
    per = [_soa_comps(a) for a in arrays]
    if any(p is None for p in per):
        return np.concatenate([a.__array__() for a in arrays], axis=axis, **kwargs)
    return _from_components([np.concatenate([p[c] for p in per], **kwargs)
                             for c in range(len(per[0]))])


@_override_numpy_soa(np.clip)
def _soa_clip(a, a_min=None, a_max=None, **kwargs):
    if not isinstance(a, VTKSOAArray):
        return NotImplemented
    comps = _soa_comps(a)
    if comps is None:
        return np.clip(a.__array__(), a_min, a_max, **kwargs)
    return _from_components([np.clip(c, a_min, a_max, **kwargs) for c in comps])


@_override_numpy_soa(np.sort)
def _soa_sort(a, axis=0, **kwargs):
    if not isinstance(a, VTKSOAArray):
        return NotImplemented
    comps = _soa_comps(a)
    if comps is None or axis != 0:
        return np.sort(a.__array__(), axis=axis, **kwargs)
    return _from_components([np.sort(c, **kwargs) for c in comps])


@_override_numpy_soa(np.where)
def _soa_where(condition, x=None, y=None):
    if x is None and y is None:
        return np.where(_soa_plain(condition))
    ref = next((v for v in (condition, x, y) if isinstance(v, VTKSOAArray)), None)
    if ref is None:
        return np.where(condition, x, y)
    if _soa_comps(ref) is not None:
        nc = ref.GetNumberOfComponents()

        def split(v):
            if isinstance(v, VTKSOAArray):
                return _soa_comps(v)
            if np.isscalar(v) or (isinstance(v, np.ndarray) and v.ndim == 0):
                return [v] * nc
            return None
        parts = [split(v) for v in (condition, x, y)]
        if all(p is not None for p in parts):
            return _from_components([np.where(parts[0][c], parts[1][c], parts[2][c])
                                     for c in range(nc)])
    return np.where(_soa_plain(condition), _soa_plain(x), _soa_plain(y))


@_override_numpy_soa(np.isin)
def _soa_isin(element, test_elements, **kwargs):
    comps = _soa_comps(element) if isinstance(element, VTKSOAArray) else None
    if comps is None:
        return np.isin(_soa_plain(element), test_elements, **kwargs)
    return _from_components([np.isin(c, test_elements, **kwargs) for c in comps])


@_override_numpy_soa(np.round)
def _soa_round(a, decimals=0, out=None):
    comps = _soa_comps(a) if isinstance(a, VTKSOAArray) else None
    if comps is None or out is not None:
        return np.round(_soa_plain(a), decimals=decimals, out=out)
    return _from_components([np.round(c, decimals=decimals) for c in comps])


@_override_numpy_soa(np.dot)
def _soa_dot(a, b):
    if not isinstance(a, VTKSOAArray):
        return NotImplemented
    comps = _soa_comps(a)
    if comps is None:
        return np.dot(a.__array__(), _soa_nd(b))
    b = _soa_nd(b)
    if b.ndim == 1 and len(b) == len(comps):
        acc = comps[0] * b[0]
        for j in range(1, len(comps)):
            acc = acc + comps[j] * b[j]
        return acc
    return np.dot(a.__array__(), b)


"""VTK 9.7's ``vtkmodules.numpy_interface.algorithms``, the array functions
that need no VTK filter, over NumPy arrays, ``VTKArray``,
``VTKCompositeDataArray`` and ``NoneArray``:

- reductions ``sum``, ``max``, ``min``, ``all``, ``mean``, ``var``, ``std``
  (axis None: every value; 0: per component; 1: per tuple). Over a composite
  array, axis None and 0 reduce across the chunks; axis 1 is chunk by chunk.
  The results of axis None/0 are float64 (``all``: bool), as VTK's.
- element-wise functions (``sqrt``, ``exp``, ``sin``, ..., ``abs``, ``ln``,
  ``log10``), two-operand ones (``add``, ``power``, ``hypot``, ...), and the
  vector functions ``dot``, ``cross``, ``mag``, ``norm``, chunk by chunk;
  a NoneArray operand gives NoneArray.
- ``shape``, ``flatnonzero``, ``nonzero``, ``where``, ``isin``,
  ``expand_dims``, ``array_count``, ``make_vector``; also registered as the
  NumPy functions of a VTKCompositeDataArray (``np.sum(composite)``, ...).
Parallel (MPI) reductions and the functions needing a filter (gradient,
cell quality, ...) are not provided."""
import numpy as np

from ._composite_array import OVERRIDES, VTKCompositeDataArray
from .dataset_adapter import NoneArray, VTKArray


def _chunkwise(f):
    """f applied to each chunk of a composite array (NoneArray stays), to a
    plain array directly; NoneArray gives NoneArray"""
    def apply(array, *args, **kwargs):
        if array is NoneArray:
            return NoneArray
        if isinstance(array, VTKCompositeDataArray):
            return array._like([NoneArray if a is NoneArray else f(a, *args, **kwargs) for a in array.Arrays])
        return f(array, *args, **kwargs)
    apply.__name__ = getattr(f, "__name__", "apply")
    return apply


def _pairwise(f):
    """f over two operands; two composites chunk by chunk, a composite and a
    plain value with the value repeated"""
    def apply(a, b):
        if a is NoneArray or b is NoneArray:
            return NoneArray
        ca, cb = isinstance(a, VTKCompositeDataArray), isinstance(b, VTKCompositeDataArray)
        if not (ca or cb):
            return f(a, b)
        n = len((a if ca else b).Arrays)
        la, lb = (a.Arrays if ca else [a] * n), (b.Arrays if cb else [b] * n)
        res = [NoneArray if x is NoneArray or y is NoneArray else f(x, y) for x, y in zip(la, lb)]
        return (a if ca else b)._like(res)
    apply.__name__ = getattr(f, "__name__", "apply")
    return apply


def _reduce(name, combine):
    op = getattr(np, name)

    def reduce(array, axis=None, controller=None, **kwargs):
        if array is NoneArray:
            return NoneArray
        if isinstance(array, VTKCompositeDataArray):
            if axis not in (None, 0):
                return _chunkwise(lambda a: op(a, axis))(array)
            parts = [np.asarray(op(a, axis)) for a in array.Arrays if a is not NoneArray]
            if not parts:
                return NoneArray
            r = combine(np.asarray(parts), axis=0)
            return r if name == "all" else np.float64(r) if np.ndim(r) == 0 else r.astype(np.float64)
        r = np.asarray(op(array, axis))
        return r if name == "all" else np.asarray(r, dtype=np.float64)[()]
    reduce.__name__ = name
    return reduce


sum = _reduce("sum", np.sum)  # noqa: A001
max = _reduce("max", np.max)  # noqa: A001
min = _reduce("min", np.min)  # noqa: A001
all = _reduce("all", np.all)  # noqa: A001


def array_count(array, axis=None, controller=None):
    """values (axis None) or tuples counted, NoneArray chunks as 0"""
    if array is NoneArray:
        return np.int64(0)
    if isinstance(array, VTKCompositeDataArray):
        return np.int64(np.sum([array_count(a, axis) for a in array.Arrays]))
    return np.int64(np.size(array) if axis is None else np.shape(array)[0])


def mean(array, axis=None, controller=None, size=None):
    if axis not in (None, 0):
        return _chunkwise(lambda a: np.mean(a, axis))(array)
    s = sum(array, axis)
    return NoneArray if s is NoneArray else s / (array_count(array, axis) if size is None else size)


def var(array, axis=None, controller=None):
    if axis not in (None, 0):
        return _chunkwise(lambda a: np.var(a, axis))(array)
    m = mean(array, axis)
    if m is NoneArray:
        return m
    d = array - m
    return sum(d * d, axis) / array_count(array, axis)


def std(array, axis=None, controller=None):
    v = var(array, axis)
    return NoneArray if v is NoneArray else np.sqrt(v)


def shape(array):
    if array is NoneArray:
        return ()
    if isinstance(array, VTKCompositeDataArray):
        shp = None
        for a in array.Arrays:
            if a is NoneArray:
                continue
            if shp is not None and (len(a.shape) != len(shp) or tuple(a.shape[1:]) != tuple(shp[1:])):
                raise ValueError("Expected arrays of same shape")
            shp = list(a.shape) if shp is None else [shp[0] + a.shape[0]] + shp[1:]
        return tuple(shp) if shp is not None else (0,)
    return np.shape(array)


def flatnonzero(array):
    if not isinstance(array, VTKCompositeDataArray):
        return NoneArray if array is NoneArray else np.flatnonzero(array)
    res, offset = [], 0
    for a in array.Arrays:
        if a is NoneArray:
            res.append(NoneArray)
        else:
            res.append(np.flatnonzero(a) + offset)
            offset += a.size
    return array._like(res)


def _like(fill):
    def like(array, dtype=None, *args, **kwargs):
        return array._like([NoneArray if a is NoneArray else np.full(a.shape, fill, dtype=dtype or a.dtype)
                            if fill is not None else np.empty(a.shape, dtype=dtype or a.dtype)
                            for a in array.Arrays])
    return like


def _unwrap(f):
    return lambda a, *args, **kwargs: f(a, *args, **kwargs)


def dot(a1, a2):
    """per tuple dot product of two arrays of vectors"""
    def d(x, y):
        if np.shape(x)[1] != np.shape(y)[1]:
            raise RuntimeError(f"Dot product only works with vectors of same dimension. "
                               f"Input shapes {np.shape(x)} and {np.shape(y)}")
        return VTKArray(np.add.reduce(x * y, 1))
    return _pairwise(d)(a1, a2)


def cross(x, y):
    def c(a, b):
        if np.shape(a) != np.shape(b) or np.ndim(a) not in (1, 2) or np.shape(a)[-1] != 3:
            raise RuntimeError(f"Cross only works for 3D vectors or an array of 3D vectors. "
                               f"Input shapes {np.shape(a)} and {np.shape(b)}")
        return np.cross(a, b)
    return _pairwise(c)(x, y)


def _mag(a):
    return np.sqrt(np.add.reduce(a * a, 1))


mag = _chunkwise(lambda a: VTKArray(_mag(a)))
norm = _chunkwise(lambda a: a / _mag(a).reshape((np.shape(a)[0], 1)))
abs = _chunkwise(np.abs)  # noqa: A001
ln = log = _chunkwise(np.log)
log10 = _chunkwise(np.log10)
for _n in ("sqrt", "negative", "reciprocal", "square", "exp", "floor", "ceil", "rint", "sin", "cos", "tan",
           "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "isnan",
           "logical_not"):
    globals()[_n] = _chunkwise(getattr(np, _n))
for _n in ("add", "subtract", "multiply", "divide", "mod", "remainder", "power", "hypot", "arctan2",
           "bitwise_or"):
    globals()[_n] = _pairwise(getattr(np, _n))
nonzero = _chunkwise(_unwrap(np.nonzero))
isin = _chunkwise(_unwrap(np.isin))
expand_dims = _chunkwise(_unwrap(np.expand_dims))


def where(*args):
    return _chunkwise(_unwrap(np.where))(*args) if len(args) == 1 else _pairwise(lambda c, x: np.where(c, x, args[2]))(
        args[0], args[1])


def make_vector(arrayx, arrayy, arrayz=None):
    """an (n, 3) array from 2 or 3 arrays of n values (z 0 if not given)"""
    def mk(x, y, z=None):
        z = np.zeros(np.shape(x)) if z is None else z
        return VTKArray(np.stack([x, y, z], axis=1))
    if arrayz is None:
        return _pairwise(mk)(arrayx, arrayy)
    return _pairwise(lambda xy, z: mk(xy[:, 0], xy[:, 1], z))(_pairwise(mk)(arrayx, arrayy), arrayz)


OVERRIDES.update({np.sum: sum, np.max: max, np.min: min, np.all: all, np.mean: mean, np.var: var, np.std: std,
                  np.shape: shape, np.flatnonzero: flatnonzero, np.nonzero: nonzero, np.isin: isin,
                  np.where: where, np.expand_dims: expand_dims, np.zeros_like: _like(0), np.ones_like: _like(1),
                  np.empty_like: _like(None), np.bitwise_or: globals()["bitwise_or"]})
if hasattr(np, "amax"):
    OVERRIDES.update({np.amax: max, np.amin: min})

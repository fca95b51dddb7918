"""NumPy faces of the implicit arrays (VTK 9.7's vtk_constant_array,
vtk_affine_array and vtk_structured_point_array, written for vtkbuf).

An implicit array stores no values (the core computes each read). NumPy sees it
lazily: ``np.asarray`` materialises a copy (through the core's DeepCopy into an
AOS array, whose memory block the result holds: it never dangles), ufuncs and
scalar arithmetic that keep the array's form return a new implicit array
(a constant stays constant, an affine array stays affine, structured points
stay structured per axis), reductions with a closed form are computed from the
parameters, anything else materialises. Item assignment is refused: the
array is read-only (VTK 9.7.1 ignores writes silently).
"""
import numpy as np

from . import _vtkbuf as _c
from ._ndarray_base import VTKDataArrayMixin, _SCALAR_TYPE


def _materialize(arr, dtype=None):
    """The values as a new ndarray (tuples x components)."""
    from ._templates import vtkAOSDataArrayTemplate, _VtkTypeId
    tid = arr.GetDataType()
    out = vtkAOSDataArrayTemplate[_VtkTypeId(tid)]()
    out.DeepCopy(arr)
    nc = arr.GetNumberOfComponents()
    if out.GetNumberOfTuples() == 0:
        res = np.empty((0,) if nc == 1 else (0, nc), dtype=_SCALAR_TYPE[tid])
    else:
        res = np.array(memoryview(out), copy=False)
    return res if dtype is None else res.astype(dtype)


def _is_scalar(x):
    return np.isscalar(x) or (isinstance(x, np.ndarray) and x.ndim == 0)


class VTKImplicitArrayMixin(VTKDataArrayMixin):
    """Shared by the implicit arrays: materialising protocol, read-only items."""

    __slots__ = ()

    def _init_from_data(self, data):  # pragma: no cover - the kinds define __init__
        raise TypeError(f"{type(self).__name__} takes no initial data")

    @property
    def dtype(self):
        return np.dtype(_SCALAR_TYPE[self.GetDataType()])

    @property
    def nbytes(self):
        return self.size * self.dtype.itemsize

    def __array__(self, dtype=None, copy=None):
        return _materialize(self, dtype)

    def to_numpy(self, dtype=None):
        return _materialize(self, dtype)

    def __getitem__(self, index):
        if isinstance(index, (int, np.integer)):
            n = self.GetNumberOfTuples()
            i = int(index) + n if index < 0 else int(index)
            if not 0 <= i < n:
                raise IndexError(f"index {index} is out of bounds for axis 0 with size {n}")
            t = np.array(self.GetTuple(i), dtype=self.dtype)
            return t[0] if self.GetNumberOfComponents() == 1 else t
        return self.__array__()[index]

    def __setitem__(self, index, value):
        raise TypeError(f"{type(self).__name__} is read-only (an implicit array stores no values)")

    def __iter__(self):
        for i in range(self.GetNumberOfTuples()):
            yield self[i]

    def _lazy_ufunc(self, ufunc, inputs):  # the kinds override; None: not lazy
        return None

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if method == "__call__" and not kwargs:
            lazy = self._lazy_ufunc(ufunc, inputs)
            if lazy is not None:
                return lazy
        if kwargs.get("out") is not None:
            return NotImplemented
        args = [np.asarray(x) if isinstance(x, VTKImplicitArrayMixin) else x for x in inputs]
        result = getattr(ufunc, method)(*args, **kwargs)
        return self._wrap_result(result) if method == "__call__" else result

    def _lazy_function(self, func, args, kwargs):  # the kinds override; NotImplemented: none
        return NotImplemented

    def __array_function__(self, func, types, args, kwargs):
        res = self._lazy_function(func, args, kwargs)
        if res is not NotImplemented:
            return res

        def conv(a):
            if isinstance(a, VTKImplicitArrayMixin):
                return np.asarray(a)
            if isinstance(a, (list, tuple)):
                return type(a)(conv(x) for x in a)
            return a
        return func(*conv(args), **{k: conv(v) for k, v in kwargs.items()})

    def __str__(self):
        return str(self.__array__())


def _ufunc_op(ufunc, reflected):
    if reflected:
        return lambda self, other: ufunc(other, self)
    return lambda self, other: ufunc(self, other)


for _name, _uf in (("add", np.add), ("sub", np.subtract), ("mul", np.multiply),
                   ("truediv", np.true_divide), ("floordiv", np.floor_divide), ("pow", np.power),
                   ("mod", np.mod)):
    setattr(VTKImplicitArrayMixin, f"__{_name}__", _ufunc_op(_uf, False))
    setattr(VTKImplicitArrayMixin, f"__r{_name}__", _ufunc_op(_uf, True))
for _name, _uf in (("lt", np.less), ("le", np.less_equal), ("eq", np.equal), ("ne", np.not_equal),
                   ("ge", np.greater_equal), ("gt", np.greater)):
    setattr(VTKImplicitArrayMixin, f"__{_name}__", _ufunc_op(_uf, False))
VTKImplicitArrayMixin.__neg__ = lambda self: np.negative(self)
VTKImplicitArrayMixin.__pos__ = lambda self: np.positive(self)
VTKImplicitArrayMixin.__abs__ = lambda self: np.absolute(self)
VTKImplicitArrayMixin.__hash__ = None


def _shape_args(shape):
    if shape is None:
        return None
    if isinstance(shape, (int, np.integer)):
        return int(shape), 1
    shape = tuple(int(s) for s in shape)
    if len(shape) == 1:
        return shape[0], 1
    if len(shape) == 2:
        return shape
    raise ValueError(f"shape must be (ntuples,) or (ntuples, ncomponents), not {shape}")


def _new_like(template, tid, shape, *params):
    """A new implicit array of the template's kind, type tid, shape and backend."""
    from ._templates import _VtkTypeId
    out = template[_VtkTypeId(tid)]()
    out.SetNumberOfComponents(shape[1])
    out.SetNumberOfTuples(shape[0])
    out.ConstructBackend(*params)
    return out


def _flat_axis(arr, axis):
    return axis is None or (axis == 0 and arr.GetNumberOfComponents() == 1)


class VTKConstantArray(VTKImplicitArrayMixin):
    """vtkConstantArray as NumPy sees it: every value the same (O(1) memory).

    ``vtkConstantArray['float64'](shape, value)``: shape ntuples or
    (ntuples, ncomponents)."""

    __slots__ = ()

    def __init__(self, shape=None, value=0, **kwargs):
        if isinstance(shape, str):
            return
        super().__init__(**kwargs)
        sh = _shape_args(shape)
        if sh is not None:
            self.SetNumberOfComponents(sh[1])
            self.SetNumberOfTuples(sh[0])
        self.ConstructBackend(value)

    @property
    def value(self):
        return self.dtype.type(self.GetConstantValue())

    def _shape2(self):
        return self.GetNumberOfTuples(), self.GetNumberOfComponents()

    def _lazy_ufunc(self, ufunc, inputs):
        vals = []
        for x in inputs:
            if isinstance(x, VTKConstantArray):
                if x._shape2() != self._shape2():
                    return None
                vals.append(x.value)
            elif _is_scalar(x):
                vals.append(x)
            else:
                return None
        with np.errstate(all="ignore"):
            v = ufunc(*vals)
        if isinstance(v, tuple) or np.dtype(type(v)).kind not in "iufb":
            return None
        tid = _c._type_from_key(np.result_type(v).name) if np.result_type(v) != np.bool_ else _c.VTK_SIGNED_CHAR
        from ._templates import vtkConstantArray
        return _new_like(vtkConstantArray, tid, self._shape2(), float(v))

    def _lazy_function(self, func, args, kwargs):
        if not args or args[0] is not self or not _flat_axis(self, kwargs.get("axis")) \
                or set(kwargs) - {"axis"}:
            return NotImplemented
        n, v = self.size, self.value
        if func in (np.min, np.max, np.mean, np.amin, np.amax):
            if n == 0:
                return NotImplemented
            return v if func is not np.mean else np.float64(v)
        if func is np.sum:
            return (np.asarray([v]) * n)[0] if n else self.dtype.type(0)
        return NotImplemented

    def __repr__(self):
        return f"VTKConstantArray(value={self.GetConstantValue()}, shape={self.shape}, dtype={self.dtype})"


class VTKAffineArray(VTKImplicitArrayMixin):
    """vtkAffineArray as NumPy sees it: value i = slope * i + intercept.

    ``vtkAffineArray['float64'](shape, slope, intercept)``."""

    __slots__ = ()

    def __init__(self, shape=None, slope=0, intercept=0, **kwargs):
        if isinstance(shape, str):
            return
        super().__init__(**kwargs)
        sh = _shape_args(shape)
        if sh is not None:
            self.SetNumberOfComponents(sh[1])
            self.SetNumberOfTuples(sh[0])
        self.ConstructBackend(slope, intercept)

    def _lazy_ufunc(self, ufunc, inputs):
        if self.GetNumberOfComponents() != 1 or self.dtype.kind != "f":
            return None  # integer results would need rounding at every value
        s, b = self.GetSlope(), self.GetIntercept()
        if len(inputs) == 1 and ufunc in (np.negative, np.positive):
            k = -1.0 if ufunc is np.negative else 1.0
            p = (k * s, k * b)
        elif len(inputs) == 2 and inputs[0] is self and _is_scalar(inputs[1]):
            c = float(inputs[1])
            p = {np.add: (s, b + c), np.subtract: (s, b - c), np.multiply: (s * c, b * c),
                 np.true_divide: (s / c, b / c) if c else None}.get(ufunc)
        elif len(inputs) == 2 and inputs[1] is self and _is_scalar(inputs[0]):
            c = float(inputs[0])
            p = {np.add: (s, b + c), np.subtract: (-s, c - b), np.multiply: (s * c, b * c)}.get(ufunc)
        else:
            p = None
        if p is None:
            return None
        from ._templates import vtkAffineArray
        return _new_like(vtkAffineArray, self.GetDataType(), (self.GetNumberOfTuples(), 1), *p)

    def _lazy_function(self, func, args, kwargs):
        if not args or args[0] is not self or not _flat_axis(self, kwargs.get("axis")) \
                or set(kwargs) - {"axis"} or self.size == 0:
            return NotImplemented
        n, s, b = self.size, self.GetSlope(), self.GetIntercept()
        first, last = self[0], self[n - 1] if self.GetNumberOfComponents() == 1 else None
        if last is None or self.dtype.kind != "f":
            return NotImplemented
        if func is np.min:
            return min(first, last)
        if func is np.max:
            return max(first, last)
        if func is np.sum:
            return self.dtype.type(n * b + s * n * (n - 1) / 2)
        if func is np.mean:
            return np.float64(b + s * (n - 1) / 2)
        return NotImplemented

    def __repr__(self):
        return (f"VTKAffineArray(slope={self.GetSlope()}, intercept={self.GetIntercept()}, "
                f"num_values={self.GetNumberOfValues()}, dtype={self.dtype})")

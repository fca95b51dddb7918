"""VTKSOAArray: the NumPy behaviour of a struct-of-arrays vtkbuf array (one
zero-copy ndarray per component, cached in the C wrapper; scaled SOA arrays over
their computed values); the NumPy functions it overrides are registered by
vtkbuf._ndarray_soa_functions."""
import numpy as np

from . import _vtkbuf as _c
from ._ndarray_assign import assign_all as _assign_all, cast as _cast
from ._ndarray_base import (_SCALAR_TYPE, _UNINITIALIZED, VTKDataArrayMixin, _install_ops,
                            make_override_registry)
from .numpy_support import numpy_to_vtk_soa

# ---- SOA ---------------------------------------------------------------------

class _SOACache:
    """The cached per-component views of an SOA array. `holder` is the list
    reported as `_observer_id`: [id] while the cache lives, [None] once the
    array dropped it (BufferChangedEvent), as VTK's self-removing observer."""

    __slots__ = ("comps", "holder")

    def __init__(self, comps):
        self.comps = comps
        self.holder = [id(self)]

    def __del__(self):
        self.holder[0] = None


def _soa_comps(arr):
    """Per-component 1-D arrays of length GetNumberOfTuples(): zero-copy views
    (cached) of an SOA array, computed scaled values of a scaled SOA array; None
    when the array is empty."""
    v = arr._vb_view()
    if v is not None:
        return v.comps
    n = arr.GetNumberOfTuples()
    if n == 0:
        return None
    raw = [np.asarray(arr.GetComponentBuffer(c))[:n] for c in range(arr.GetNumberOfComponents())]
    if arr._vb_layout == _c.LAYOUT_SCALED_SOA:
        s = arr.GetScale()
        return [(r * np.float64(s)).astype(r.dtype) for r in raw]  # not cached: SetScale fires nothing
    arr._vb_set_view(_SOACache(raw))
    return raw


def _soa_dtype(arr):
    comps = _soa_comps(arr)
    return comps[0].dtype if comps else _SCALAR_TYPE[arr.GetDataType()]


def _soa_nd(x):
    """A contiguous ndarray of an SOA array (a copy), anything else through np.asarray."""
    if isinstance(x, VTKSOAArray):
        return x.__array__()
    return x if type(x) is np.ndarray else np.asarray(x)


def _soa_plain(x):
    return x.__array__() if isinstance(x, VTKSOAArray) else x


def _soa_args(x):
    if isinstance(x, VTKSOAArray):
        return x.__array__()
    if isinstance(x, (list, tuple)):
        return type(x)(_soa_args(y) for y in x)
    return x


def _from_components(components, dtype=None, like=None):
    """A new VTK SOA array over the given component arrays (zero-copy when they
    are contiguous); bool components are stored as int8 (VTK has no bool type)
    while the cached views keep their bool dtype, as VTK."""
    comps = []
    for c in components:
        c = np.ascontiguousarray(c)
        comps.append(c if c.flags.writeable else c.copy())
    dt = comps[0].dtype if dtype is None else np.dtype(dtype)
    backing = [c.view(np.int8) for c in comps] if dt == np.bool_ else comps
    out = numpy_to_vtk_soa(backing)
    if like is not None:
        out._dataset = like._dataset
        out._association = like._association
    out._vb_set_view(_SOACache(comps))
    return out


def _soa_op(op, reflected=False):
    def method(self, other):
        comps = _soa_comps(self)
        if comps is None:
            return op(other, self.__array__()) if reflected else op(self.__array__(), _soa_nd(other))
        per = self._per_component(other)
        if per is None:
            return op(other, self.__array__()) if reflected else op(self.__array__(), _soa_plain(other))
        if reflected:
            return _from_components([op(b, a) for a, b in zip(comps, per)], like=self)
        return _from_components([op(a, b) for a, b in zip(comps, per)], like=self)
    return method



_SOA_OVERRIDE, _override_numpy_soa = make_override_registry()


class VTKSOAArray(VTKDataArrayMixin):
    """NumPy behaviour of a struct-of-arrays VTK array
    (vtkSOADataArrayTemplate[T], and in vtkbuf vtkScaledSOADataArrayTemplate[T]):
    one zero-copy ndarray per component, element-wise work per component,
    ``np.asarray`` a contiguous copy."""

    __slots__ = ()

    def _init_from_data(self, data):
        t = _SCALAR_TYPE[self.GetDataType()]
        arrays = [np.ascontiguousarray(c, dtype=t) for c in data]
        if not arrays:
            raise ValueError("data must be a non-empty iterable of component arrays")
        n = len(arrays[0])
        for i, a in enumerate(arrays):
            if len(a) != n:
                raise ValueError("All component arrays must have the same length; "
                                 f"component 0 has {n}, component {i} has {len(a)}")
        self.SetNumberOfComponents(len(arrays))
        self.SetNumberOfTuples(n)
        for c, a in enumerate(arrays):
            self.SetArray(c, a if a.flags.writeable else a.copy(), n, True, True)

    # the cache, under VTK's private names
    @property
    def _component_arrays(self):
        return _soa_comps(self)

    @_component_arrays.setter
    def _component_arrays(self, value):
        self._vb_set_view(None if value is None or value is _UNINITIALIZED else _SOACache(list(value)))

    @property
    def _components_cache(self):
        v = self._vb_view()
        return _UNINITIALIZED if v is None else v.comps

    @property
    def _observer_id(self):
        v = self._vb_view()
        return None if v is None else v.holder

    @property
    def _buffers(self):
        return [self.GetComponentBuffer(c) for c in range(self.GetNumberOfComponents())]

    @property
    def _num_tuples(self):
        return self.GetNumberOfTuples()

    @property
    def _num_components(self):
        return self.GetNumberOfComponents()

    @property
    def _dtype(self):
        return _soa_dtype(self)

    @property
    def dtype(self):
        return _soa_dtype(self)

    @property
    def components(self):
        comps = _soa_comps(self)
        return list(comps) if comps else []

    def to_numpy(self, dtype=None):
        return self.__array__(dtype=dtype)

    @staticmethod
    def _from_components(components, dtype=None):
        return _from_components(components, dtype)

    def _copy_metadata_to(self, target):
        if isinstance(target, VTKSOAArray):
            target._dataset = self._dataset
            target._association = self._association
        return target

    def __array__(self, dtype=None, copy=None):
        comps = _soa_comps(self)
        if comps is None:
            return np.empty((0,), dtype=dtype or np.float64)
        if len(comps) == 1:
            return np.array(comps[0], dtype=dtype, copy=True)
        out = np.column_stack(comps)
        if dtype is not None and out.dtype != dtype:
            out = out.astype(dtype)
        return out

    def _per_component(self, other):
        """other as one operand per component, or None when it does not split."""
        nc = self.GetNumberOfComponents()
        if np.isscalar(other) or (isinstance(other, np.ndarray) and other.ndim == 0):
            return [other] * nc
        nt = self.GetNumberOfTuples()
        if isinstance(other, VTKSOAArray):
            oc = _soa_comps(other)
            if oc is not None and other.GetNumberOfComponents() == nc and other.GetNumberOfTuples() == nt:
                return oc
            return None
        if isinstance(other, np.ndarray):
            shp = other.shape
            if shp == (nt,):
                return [other] * nc
            if shp == (nt, 1):
                return [other.ravel()] * nc
            if shp == (nt, nc):
                return [other[:, c] for c in range(nc)]
            if other.size == 1:
                return [other.flat[0]] * nc
        return None

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if kwargs.get("out") is not None:
            return NotImplemented
        comps = _soa_comps(self)
        if comps is None:
            return getattr(ufunc, method)(*[_soa_plain(x) for x in inputs], **kwargs)
        if method in ("reduce", "accumulate"):
            a = inputs[0]
            if not isinstance(a, VTKSOAArray):
                return NotImplemented
            return _soa_reduce_method(a, ufunc, method, kwargs)
        if method != "__call__":
            return NotImplemented
        per = []
        for x in inputs:
            p = self._per_component(x)
            if p is None:
                return ufunc(*[_soa_plain(y) for y in inputs], **kwargs)
            per.append(p)
        return _from_components([ufunc(*[p[c] for p in per], **kwargs) for c in range(len(comps))],
                                like=self)

    def __array_function__(self, func, types, args, kwargs):
        impl = _SOA_OVERRIDE.get(func)
        if impl is not None:
            return impl(*args, **kwargs)
        return func(*_soa_args(args), **{k: _soa_args(v) for k, v in kwargs.items()})

    def __getitem__(self, index):
        comps = _soa_comps(self)
        if comps is None:
            return self.__array__()[index]
        nc = len(comps)
        if type(index) is tuple:
            if len(index) == 2 and isinstance(index[1], (int, np.integer)):
                row, col = index
                c = comps[col if col >= 0 else nc + col]
                return c if isinstance(row, slice) and row == slice(None) else c[row]
            return self.__array__()[index]
        if isinstance(index, (int, np.integer)):
            i = index if index >= 0 else self.GetNumberOfTuples() + index
            if nc == 1:
                return comps[0][i]
            return np.array([c[i] for c in comps], dtype=comps[0].dtype)
        if isinstance(index, slice):
            parts = [c[index] for c in comps]
            if len(parts[0]) == 0:
                return self.__array__()[index]
            return _from_components(parts, comps[0].dtype)
        if isinstance(index, np.ndarray) and index.dtype == np.bool_ \
                and index.shape == (self.GetNumberOfTuples(),):
            parts = [c[index] for c in comps]
            if len(parts[0]):
                return _from_components(parts, comps[0].dtype)
        return self.__array__()[index]

    def __setitem__(self, index, value):
        comps = _soa_comps(self)
        if comps is None:
            raise IndexError("cannot set items on an empty array")
        scaled = self._vb_layout == _c.LAYOUT_SCALED_SOA
        targets = [c.copy() for c in comps] if scaled else comps
        nc = len(comps)
        todo = []  # every component converted before any is written (_assign_all)
        if type(index) is tuple and len(index) == 2 and isinstance(index[1], (int, np.integer)):
            row, col = index
            todo.append((targets[col if col >= 0 else nc + col], row, value))
        elif isinstance(index, (int, np.integer)):
            i = index if index >= 0 else self.GetNumberOfTuples() + index
            if nc == 1:
                todo.append((targets[0], i, value))
            else:
                todo += [(targets[c], i, value[c]) for c in range(nc)]
        elif isinstance(index, slice):
            if nc == 1:
                todo.append((targets[0], index, value))
            else:
                val = np.asarray(value)
                todo += [(targets[c], index, val[..., c] if val.ndim > 1 else val) for c in range(nc)]
        else:
            raise IndexError(f"Unsupported index type for VTKSOAArray: {type(index)}")
        _assign_all(todo)
        if scaled:
            self._store_scaled(comps, targets)

    def _store_scaled(self, old, new):
        """Write changed values of a scaled array back as raw = value / scale."""
        n = self.GetNumberOfTuples()
        s = np.float64(self.GetScale())
        for c, (o, v) in enumerate(zip(old, new)):
            changed = (o != v) & ~(np.isnan(o) & np.isnan(v)) if v.dtype.kind == "f" else (o != v)
            if changed.any():
                raw = np.asarray(self.GetComponentBuffer(c))[:n]
                raw[changed] = _cast(v[changed] / s, raw.dtype, (int(changed.sum()),))

    __hash__ = None

    def __neg__(self):
        comps = _soa_comps(self)
        if comps is None:
            return -self.__array__()
        return _from_components([-c for c in comps], comps[0].dtype, like=self)

    def __abs__(self):
        comps = _soa_comps(self)
        if comps is None:
            return np.abs(self.__array__())
        return _from_components([np.abs(c) for c in comps], comps[0].dtype, like=self)

    def __iter__(self):
        for i in range(self.GetNumberOfTuples()):
            yield self[i]

    def astype(self, dtype):
        comps = _soa_comps(self)
        if comps is None:
            return self.__array__().astype(dtype)
        return _from_components([c.astype(dtype) for c in comps], np.dtype(dtype))

    def __repr__(self):
        return f"VTKSOAArray(shape={self.shape}, dtype={_soa_dtype(self)})"

    def __str__(self):
        return str(self.__array__())

    @property
    def T(self):
        return self.__array__().T

    @property
    def nbytes(self):
        comps = _soa_comps(self)
        return sum(c.nbytes for c in comps) if comps else 0

    def copy(self, order="C"):
        comps = _soa_comps(self)
        if comps is None:
            return self.__array__().copy(order=order)
        return _from_components([c.copy() for c in comps], comps[0].dtype)

    def clip(self, a_min=None, a_max=None, **kwargs):
        return _SOA_OVERRIDE[np.clip](self, a_min, a_max, **kwargs)

    def round(self, decimals=0, **kwargs):
        comps = _soa_comps(self)
        if comps is None:
            return np.round(self.__array__(), decimals=decimals, **kwargs)
        return _from_components([np.round(c, decimals=decimals, **kwargs) for c in comps])

    def sort(self, axis=0, **kwargs):
        return _SOA_OVERRIDE[np.sort](self, axis, **kwargs)


_install_ops(VTKSOAArray, _soa_op)


def _strip_axis(kwargs):
    return {k: v for k, v in kwargs.items() if k != "axis"}


def _soa_reduce_method(a, ufunc, method, kwargs):
    """ufunc.reduce / ufunc.accumulate over an SOA array, per component."""
    comps = _soa_comps(a)
    axis = kwargs.get("axis", 0)
    kw = _strip_axis(kwargs)
    if method == "accumulate":
        if axis == 0:
            return _from_components([ufunc.accumulate(c, **kw) for c in comps], like=a)
        return ufunc.accumulate(a.__array__(), **kwargs)
    if axis == 0:
        return np.array([ufunc.reduce(c, **kw) for c in comps], dtype=comps[0].dtype)
    if axis == 1:
        acc = comps[0].copy()
        for c in comps[1:]:
            ufunc(acc, c, out=acc, **kw)
        return acc
    if axis is None:
        return ufunc.reduce(np.array([ufunc.reduce(c, **kw) for c in comps]), **kw)
    return ufunc.reduce(a.__array__(), **kwargs)


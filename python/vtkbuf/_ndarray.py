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

Deliberate differences from VTK 9.7.1 are listed in docs/python.md.
"""
import operator
import weakref

import numpy as np

from . import _vtkbuf as _c

_UNINITIALIZED = object()  # what the private cache attributes report when empty

# VTK type id -> NumPy scalar type of its C type (numpy.longlong for long long, as VTK)
_SCALAR_TYPE = {r["id"]: {"q": np.longlong, "Q": np.ulonglong}.get(r["format"])
                or np.dtype(r["format"]).type for r in _c._type_table()}

# ---- item/slice assignment: NumPy's casting, checked by the core (_assign.py) ----
from ._assign import assign as _assign, assign_all as _assign_all, cast as _cast  # noqa: E402


# ---- the shared base ---------------------------------------------------------

class VTKDataArrayMixin:
    """Shared by VTKAOSArray and VTKSOAArray: metadata, shape, reductions and
    shape methods (materializing through ``__array__``)."""

    __slots__ = ()
    _dataset = None       # weak reference to the owning data set
    _association = None   # POINT, CELL, ... as set by the data model

    def __init__(self, *args, **kwargs):
        # VTK 9.7: vtkFloatArray(data) starts with data's values (the layout's
        # _init_from_data); a str first argument is VTK's SWIG-pointer form, not data
        super().__init__(**kwargs)
        if args and not isinstance(args[0], str):
            self._init_from_data(args[0])

    def _set_dataset(self, dataset):
        self._dataset = None if dataset is None else weakref.ref(dataset)

    @property
    def dataset(self):
        ref = self._dataset
        return None if ref is None else ref()

    @dataset.setter
    def dataset(self, value):
        self._set_dataset(value)

    @property
    def association(self):
        return self._association

    @association.setter
    def association(self, value):
        self._association = value

    def _wrap_result(self, result):
        """A result with one row per tuple becomes a VTK-backed AOS array that
        carries this array's metadata (bool results are stored as int8, as VTK);
        anything else is returned as is."""
        if type(result) is not np.ndarray or result.ndim == 0 \
                or result.shape[0] != self.GetNumberOfTuples():
            return result
        if result.dtype == np.bool_:
            result = result.view(np.int8)
        from .numpy_support import numpy_to_vtk
        out = numpy_to_vtk(result if result.flags.c_contiguous else np.ascontiguousarray(result))
        out._dataset = self._dataset
        out._association = self._association
        return out

    @property
    def shape(self):
        nc = self.GetNumberOfComponents()
        nt = self.GetNumberOfTuples()
        return (nt,) if nc == 1 else (nt, nc)

    @property
    def ndim(self):
        return 1 if self.GetNumberOfComponents() == 1 else 2

    @property
    def size(self):
        return self.GetNumberOfTuples() * self.GetNumberOfComponents()

    @property
    def T(self):
        return self.__array__().T

    __hash__ = None

    def __len__(self):
        return self.GetNumberOfTuples()

    def copy(self, order="C"):
        return self.__array__().copy(order=order)

    def reshape(self, *args, **kwargs):
        return self.__array__().reshape(*args, **kwargs)

    def flatten(self, order="C"):
        return self.__array__().flatten(order=order)

    def ravel(self, order="C"):
        return self.__array__().ravel(order=order)

    def squeeze(self, axis=None):
        return self.__array__().squeeze(axis=axis)

    def transpose(self, *axes):
        return self.__array__().transpose(*axes)

    def tolist(self):
        return self.__array__().tolist()

    def astype(self, dtype):
        return self.__array__().astype(dtype)

    def clip(self, a_min=None, a_max=None, **kwargs):
        return np.clip(self.__array__(), a_min, a_max, **kwargs)

    def round(self, decimals=0, **kwargs):
        return np.round(self.__array__(), decimals=decimals, **kwargs)

    def sort(self, axis=0, **kwargs):
        """A sorted copy (VTK's; ndarray.sort sorts in place)."""
        return np.sort(self.__array__(), axis=axis, **kwargs)

    def dot(self, other):
        return np.dot(self, other)


def _reduction(fn):
    def method(self, axis=None, **kwargs):
        return fn(self, axis=axis, **kwargs)
    method.__name__ = fn.__name__
    method.__doc__ = f"numpy.{fn.__name__}(self, axis, ...)"
    return method


for _fn in (np.sum, np.mean, np.min, np.max, np.std, np.var, np.any, np.all, np.prod,
            np.argmin, np.argmax, np.cumsum, np.cumprod):
    setattr(VTKDataArrayMixin, _fn.__name__, _reduction(_fn))
del _fn


def make_override_registry():
    """(registry, decorator): ``@decorator(numpy.sum)`` records a replacement
    for a NumPy function in ``registry`` (used by ``__array_function__``)."""
    registry = {}

    def register(numpy_function):
        def record(func):
            registry[numpy_function] = func
            return func
        return record
    return registry, register


# dtype strings whose template instantiation gets an override, in the order
# VTK 9.7 uses: a sized name is registered before an alias of the same class
_OVERRIDE_DTYPES = ("float32", "float64", "int8", "int16", "int32", "intc", "int64", "longlong",
                    "int", "uint8", "uint16", "uint32", "uintc", "uint64", "ulonglong", "uint")


def register_template_overrides(mixin_cls, template_cls, name_prefix, concrete_classes=None):
    """Override every instantiation of ``template_cls`` (indexed by the dtype
    strings VTK uses, each underlying class once, keeping the first name) and
    each of ``concrete_classes`` with a subclass mixing in ``mixin_cls``, named
    ``<name_prefix>_<dtype>`` / ``<name_prefix>_<class name>``."""
    done = set()
    for name in _OVERRIDE_DTYPES:
        try:
            base = template_cls[name]
        except (KeyError, TypeError, ValueError):
            continue
        if id(base) in done:
            continue
        done.add(id(base))
        base.override(type(f"{name_prefix}_{name}", (mixin_cls, base), {"__doc__": mixin_cls.__doc__}))
    for base in concrete_classes or ():
        base.override(type(f"{name_prefix}_{base.__name__}", (mixin_cls, base),
                           {"__doc__": mixin_cls.__doc__}))


# ---- AOS ---------------------------------------------------------------------

def _aos_fresh(arr):
    """Build (and cache) the zero-copy view of an AOS array; None when empty."""
    if arr.GetNumberOfTuples() == 0:
        return None
    return arr._vb_set_view(np.asarray(memoryview(arr)))


def _aos_empty(arr, dtype=None):
    nc = arr.GetNumberOfComponents()
    return np.empty((0,) if nc == 1 else (0, nc), dtype=dtype or _SCALAR_TYPE[arr.GetDataType()])


def _aos_nd(x):
    """ndarray of a VTKAOSArray (its cached view), or np.asarray of anything else."""
    if isinstance(x, VTKAOSArray):
        v = x._vb_view()
        if v is None:
            v = _aos_fresh(x)
            if v is None:
                return _aos_empty(x)
        return v
    return x if type(x) is np.ndarray else np.asarray(x)


def _aos_args(x):
    if isinstance(x, VTKAOSArray):
        return _aos_nd(x)
    if isinstance(x, (list, tuple)):
        return type(x)(_aos_args(y) for y in x)
    return x


def _vtk_broadcast(a, b):
    """VTK's rule: a 1-D operand whose length is the other's number of rows
    broadcasts along rows ((n,) against (n, k) -> (n, 1)); otherwise NumPy's."""
    if a.ndim < b.ndim:
        if a.ndim == 1 and a.shape[0] == b.shape[0]:
            a = a.reshape(a.shape + (1,) * (b.ndim - 1))
    elif b.ndim < a.ndim:
        if b.ndim == 1 and b.shape[0] == a.shape[0]:
            b = b.reshape(b.shape + (1,) * (a.ndim - 1))
    return a, b


def _aos_op(op, reflected=False):
    def method(self, other):
        a = _aos_nd(self)
        b = _aos_nd(other)
        if reflected:
            b, a = _vtk_broadcast(b, a)
            return self._wrap_result(op(b, a))
        a, b = _vtk_broadcast(a, b)
        return self._wrap_result(op(a, b))
    return method


# The operators both array kinds implement element-wise: (name, operator,
# reflected); _install_ops sets each on a class from its kind's factory.
_BINARY_OPS = [(f"__{n}__", getattr(operator, n), False) for n in
               ("add", "sub", "mul", "truediv", "floordiv", "pow", "mod",
                "lt", "le", "eq", "ne", "ge", "gt")]
_BINARY_OPS += [(f"__r{n[2:]}", op, True) for n, op, _ in _BINARY_OPS[:7]]


def _install_ops(cls, make_op):
    for name, op, reflected in _BINARY_OPS:
        setattr(cls, name, make_op(op, reflected))


class VTKAOSArray(VTKDataArrayMixin):
    """NumPy behaviour of an array-of-structs VTK array (vtkFloatArray, ...,
    vtkAOSDataArrayTemplate[T]): a zero-copy view of its values."""

    __slots__ = ()

    def _init_from_data(self, data):
        z = np.ascontiguousarray(data)
        if z.ndim > 2:
            raise ValueError("Only 1D and 2D arrays are supported")
        if z.ndim == 2:
            self.SetNumberOfComponents(z.shape[1])
        if z.size == 0:
            return
        z = np.ascontiguousarray(z, dtype=_SCALAR_TYPE[self.GetDataType()])
        if not z.flags.writeable:
            z = z.copy()
        flat = z.reshape(-1)
        self.SetVoidArray(flat, flat.size, 1)

    # the cache, under VTK's private names
    @property
    def _array_view(self):
        v = self._vb_view()
        return _aos_fresh(self) if v is None else v

    @property
    def _array_cache(self):
        v = self._vb_view()
        return _UNINITIALIZED if v is None else v

    @_array_cache.setter
    def _array_cache(self, value):
        self._vb_set_view(None if value is _UNINITIALIZED else value)

    @property
    def dtype(self):
        t = _SCALAR_TYPE[self.GetDataType()]
        return np.dtype(t) if self.GetNumberOfTuples() else t  # VTK: the scalar type when empty

    @property
    def nbytes(self):
        return self.GetNumberOfTuples() * self.GetNumberOfComponents() * self.GetDataTypeSize()

    def to_numpy(self, dtype=None):
        return self.__array__(dtype=dtype)

    def __array__(self, dtype=None, copy=None):
        v = self._vb_view()
        if v is None:
            v = _aos_fresh(self)
            if v is None:
                return _aos_empty(self, dtype)
        if copy:
            v = v.copy()
        if dtype is not None and v.dtype != np.dtype(dtype):
            v = v.astype(dtype)
        return v

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if kwargs.get("out") is not None:
            return NotImplemented
        args = [_aos_nd(x) if isinstance(x, VTKAOSArray) else x for x in inputs]
        result = getattr(ufunc, method)(*args, **kwargs)
        return self._wrap_result(result) if method == "__call__" else result

    def __array_function__(self, func, types, args, kwargs):
        if func is np.sum and len(args) == 1 and not kwargs:
            return np.add.reduce(_aos_nd(args[0]), axis=None)
        return func(*_aos_args(args), **{k: _aos_args(v) for k, v in kwargs.items()})

    def __getitem__(self, index):
        v = self._vb_view()
        if v is None:
            v = _aos_fresh(self)
            if v is None:
                v = _aos_empty(self)
        return v[index]

    def __setitem__(self, index, value):
        v = self._vb_view()
        if v is None:
            v = _aos_fresh(self)
            if v is None:
                raise IndexError("Cannot set items on empty VTKAOSArray")
        if type(index) is int and v.ndim == 1 and (type(value) is int or
                                                   (type(value) is float and v.dtype.kind == "f")):
            n = v.shape[0]
            i = index + n if index < 0 else index
            if not 0 <= i < n:
                raise IndexError(f"index {index} is out of bounds for axis 0 with size {n}")
            self.SetValue(i, value)  # an int or a real into a real array: SetValue's rule is the cast's
            return
        _assign(v, index, value)

    __hash__ = None

    def __neg__(self):
        return self._wrap_result(np.negative(_aos_nd(self)))

    def __abs__(self):
        return self._wrap_result(np.absolute(_aos_nd(self)))

    def __iter__(self):
        v = _aos_nd(self)
        for i in range(v.shape[0]):
            yield v[i]

    def __repr__(self):
        return f"VTKAOSArray(shape={self.shape}, dtype={self.dtype})"

    def __str__(self):
        return str(self.__array__())

    @staticmethod
    def _from_array(narray):
        from .numpy_support import numpy_to_vtk
        return numpy_to_vtk(narray)


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
    from .numpy_support import numpy_to_vtk_soa
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


_install_ops(VTKAOSArray, _aos_op)

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
        return _soa_clip(self, a_min, a_max, **kwargs)

    def round(self, decimals=0, **kwargs):
        comps = _soa_comps(self)
        if comps is None:
            return np.round(self.__array__(), decimals=decimals, **kwargs)
        return _from_components([np.round(c, decimals=decimals, **kwargs) for c in comps])

    def sort(self, axis=0, **kwargs):
        return _soa_sort(self, axis, **kwargs)


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


# ---- installing the mixins on vtkbuf's classes --------------------------------

def mixin_for(layout, type_id):
    """The mixin a vtkbuf array class of this layout and VTK type gets (None for
    char arrays, which VTK 9.7 leaves without one)."""
    if type_id == _c.VTK_CHAR:
        return None
    return VTKAOSArray if layout == _c.LAYOUT_AOS else VTKSOAArray

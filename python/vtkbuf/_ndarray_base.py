"""The base both NumPy-native array kinds share (vtkbuf._ndarray): metadata
(``dataset``/``association``), shape, reductions and shape methods, result
wrapping, the element-wise operator table and VTK 9.7's override helpers."""
import operator
import weakref

import numpy as np

from . import _vtkbuf as _c
from .numpy_support import numpy_to_vtk

_UNINITIALIZED = object()  # what the private cache attributes report when empty

# VTK type id -> NumPy scalar type of its C type (numpy.longlong for long long, as VTK)
_SCALAR_TYPE = {r["id"]: {"q": np.longlong, "Q": np.ulonglong}.get(r["format"])
                or np.dtype(r["format"]).type for r in _c._type_table()}


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



# The operators both array kinds implement element-wise: (name, operator,
# reflected); _install_ops sets each on a class from its kind's factory.
_BINARY_OPS = [(f"__{n}__", getattr(operator, n), False) for n in
               ("add", "sub", "mul", "truediv", "floordiv", "pow", "mod",
                "lt", "le", "eq", "ne", "ge", "gt")]
_BINARY_OPS += [(f"__r{n[2:]}", op, True) for n, op, _ in _BINARY_OPS[:7]]


def _install_ops(cls, make_op):
    for name, op, reflected in _BINARY_OPS:
        setattr(cls, name, make_op(op, reflected))


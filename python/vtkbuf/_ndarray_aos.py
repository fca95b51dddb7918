"""VTKAOSArray: the NumPy behaviour of an array-of-structs vtkbuf array (one
zero-copy ndarray of its values, cached in the C wrapper)."""
import numpy as np

from ._ndarray_assign import assign as _assign
from ._ndarray_base import _SCALAR_TYPE, _UNINITIALIZED, VTKDataArrayMixin, _install_ops
from .numpy_support import numpy_to_vtk

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
        return numpy_to_vtk(narray)



_install_ops(VTKAOSArray, _aos_op)

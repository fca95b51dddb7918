"""NumPy face of vtkStructuredPointArray (VTK 9.7's vtk_structured_point_array,
written for vtkbuf): the points of an image data or rectilinear grid, computed
from three coordinate arrays. Without a direction matrix, per-axis work stays
lazy: ``points[:, c]`` is a ``VTKStructuredAxisArray``, element-wise ufuncs and
scalar arithmetic give a new structured array over transformed axes, and
sum/min/max/mean cost O(nx + ny + nz)."""
import numpy as np

from ._ndarray_implicit import VTKImplicitArrayMixin, _is_scalar


def _axis_column(values, axis, dims):
    """Column `axis` of the points (i fastest) from its axis values."""
    nx, ny, nz = dims
    if axis == 0:
        return np.tile(values, ny * nz)
    if axis == 1:
        return np.tile(np.repeat(values, nx), nz)
    return np.repeat(values, nx * ny)


class VTKStructuredAxisArray:
    """One column of a structured point array, kept as its axis values."""

    def __init__(self, values, axis, dims, dataset=None):
        self._values = np.asarray(values)
        self._axis = axis
        self._dims = tuple(dims)
        self.dataset = dataset

    shape = property(lambda self: (int(np.prod(self._dims)),))
    dtype = property(lambda self: self._values.dtype)
    ndim = property(lambda self: 1)
    size = property(lambda self: int(np.prod(self._dims)))

    def __len__(self):
        return self.size

    def __repr__(self):
        return f"VTKStructuredAxisArray(axis={self._axis}, dims={self._dims}, dtype={self.dtype})"

    def __array__(self, dtype=None, copy=None):
        out = _axis_column(self._values, self._axis, self._dims)
        return out if dtype is None else out.astype(dtype)

    def __getitem__(self, index):
        if isinstance(index, (int, np.integer)):
            n = self.size
            i = int(index) + n if index < 0 else int(index)
            if not 0 <= i < n:
                raise IndexError(f"index {index} is out of bounds for axis 0 with size {n}")
            stride = (1, self._dims[0], self._dims[0] * self._dims[1])[self._axis]
            return self._values[(i // stride) % self._dims[self._axis]]
        return self.__array__()[index]

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if method == "__call__" and not kwargs:
            if len(inputs) == 1:
                return VTKStructuredAxisArray(ufunc(self._values), self._axis, self._dims)
            if len(inputs) == 2:
                a, b = inputs
                if a is self and _is_scalar(b):
                    return VTKStructuredAxisArray(ufunc(self._values, b), self._axis, self._dims)
                if b is self and _is_scalar(a):
                    return VTKStructuredAxisArray(ufunc(a, self._values), self._axis, self._dims)
        args = [np.asarray(x) if isinstance(x, VTKStructuredAxisArray) else x for x in inputs]
        return getattr(ufunc, method)(*args, **kwargs)

    __add__ = lambda self, o: np.add(self, o)  # noqa: E731
    __radd__ = lambda self, o: np.add(o, self)  # noqa: E731
    __sub__ = lambda self, o: np.subtract(self, o)  # noqa: E731
    __rsub__ = lambda self, o: np.subtract(o, self)  # noqa: E731
    __mul__ = lambda self, o: np.multiply(self, o)  # noqa: E731
    __rmul__ = lambda self, o: np.multiply(o, self)  # noqa: E731
    __truediv__ = lambda self, o: np.true_divide(self, o)  # noqa: E731
    __rtruediv__ = lambda self, o: np.true_divide(o, self)  # noqa: E731
    __pow__ = lambda self, o: np.power(self, o)  # noqa: E731
    __neg__ = lambda self: np.negative(self)  # noqa: E731


class VTKStructuredPointArray(VTKImplicitArrayMixin):
    """vtkStructuredPointArray as NumPy sees it (see the module's doc)."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        if args and isinstance(args[0], str):
            return
        super().__init__(**kwargs)

    @classmethod
    def from_axes(cls, axis_arrays, dims=None):
        """A new structured point array over three 1-D axis arrays."""
        from ._templates import vtkStructuredPointArray
        from .numpy_support import numpy_to_vtk
        axes = [np.ascontiguousarray(a) for a in axis_arrays]
        dt = np.result_type(*axes)
        axes = [a.astype(dt, copy=False) for a in axes]
        if dims is None:
            dims = tuple(len(a) for a in axes)
        arr = vtkStructuredPointArray[dt.name]()
        ext = [0, dims[0] - 1, 0, dims[1] - 1, 0, dims[2] - 1]
        from ._structured_data import vtkStructuredData
        arr.ConstructBackend(*[numpy_to_vtk(a, deep=True) for a in axes], ext,
                             vtkStructuredData.GetDataDescriptionFromExtent(ext))
        return arr

    def _axes(self):
        """[X, Y, Z] as ndarrays, or None when a direction matrix applies or unconstructed."""
        if self.GetUsesDirectionMatrix() or self.GetXCoordinates() is None:
            return None
        dims = self._dims()
        out = []
        for c, get in enumerate((self.GetXCoordinates, self.GetYCoordinates, self.GetZCoordinates)):
            a = get()
            v = np.asarray(a) if a is not None else np.zeros(0)
            if v.shape[0] < dims[c]:  # a coordinate past its array reads 0 (the core's rule)
                v = np.concatenate([v, np.zeros(dims[c] - v.shape[0], v.dtype)])
            out.append(v[:dims[c]])
        return out

    def __array__(self, dtype=None, copy=None):
        axes = self._axes()
        if axes is None or self.GetNumberOfComponents() != 3 or self.GetNumberOfTuples() != int(np.prod(self._dims())):
            return super().__array__(dtype, copy)  # the core computes every value
        dims = self._dims()
        out = np.empty((int(np.prod(dims)), 3), dtype=dtype or self.dtype)
        for c in range(3):  # each column from its axis (no direction matrix)
            out[:, c] = _axis_column(axes[c].astype(out.dtype, copy=False), c, dims)
        return out

    to_numpy = __array__

    def _dims(self):
        e = self._extent()
        return tuple(max(e[2 * c + 1] - e[2 * c] + 1, 0) for c in range(3))

    def __getitem__(self, index):
        if isinstance(index, tuple) and len(index) == 2 and index[0] == slice(None) \
                and isinstance(index[1], (int, np.integer)):
            axes = self._axes()
            c = int(index[1])
            if axes is not None and -3 <= c < 3:
                return VTKStructuredAxisArray(axes[c % 3], c % 3, self._dims(),
                                              self.dataset)
        return super().__getitem__(index)

    def _lazy_ufunc(self, ufunc, inputs):
        axes = self._axes()
        if axes is None or ufunc.nout != 1:
            return None
        if len(inputs) == 1:
            new = [ufunc(a) for a in axes]
        elif len(inputs) == 2 and inputs[0] is self and _is_scalar(inputs[1]):
            new = [ufunc(a, inputs[1]) for a in axes]
        elif len(inputs) == 2 and inputs[1] is self and _is_scalar(inputs[0]):
            new = [ufunc(inputs[0], a) for a in axes]
        else:
            return None
        if np.result_type(*new).kind not in "iuf":
            return None
        return VTKStructuredPointArray.from_axes(new, self._dims())

    def _lazy_function(self, func, args, kwargs):
        if not args or args[0] is not self or set(kwargs) - {"axis"} or self.GetNumberOfTuples() == 0:
            return NotImplemented
        axis = kwargs.get("axis")
        axes = self._axes()
        if axes is None or axis not in (None, 0):
            return NotImplemented
        dims = self._dims()
        n = int(np.prod(dims))
        if func is np.sum:
            per = np.array([a.sum(dtype=np.float64) * (n // len(a)) for a in axes]).astype(self.dtype)
        elif func is np.mean:
            per = np.array([a.mean() for a in axes])
        elif func is np.min:
            per = np.array([a.min() for a in axes], dtype=self.dtype)
        elif func is np.max:
            per = np.array([a.max() for a in axes], dtype=self.dtype)
        else:
            return NotImplemented
        if axis == 0:
            return per
        if func is np.sum:
            return per.sum()
        return {np.mean: np.mean, np.min: np.min, np.max: np.max}[func](per)

    def __repr__(self):
        return f"VTKStructuredPointArray(shape={self.shape}, dtype={self.dtype})"

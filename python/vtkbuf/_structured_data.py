"""vtkStructuredData's static helpers over extents (what VTK 9.7's
vtk_structured_point_array needs): data description, point/cell counts, data
dimension, dimensions. Data descriptions are VTK's (vtkStructuredData.h):
SINGLE_POINT 1, X/Y/Z_LINE 2-4, XY/YZ/XZ_PLANE 5-7, XYZ_GRID 8, EMPTY 9."""

_BY_AXES = {(): 1, (0,): 2, (1,): 3, (2,): 4, (0, 1): 5, (1, 2): 6, (0, 2): 7, (0, 1, 2): 8}
_DIMENSION = {0: 0, 1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 2, 8: 3, 9: 0}


def _dims(ext):
    ext = [int(v) for v in ext]
    if len(ext) != 6:
        raise TypeError("expected an extent of 6 integers")
    return [max(ext[2 * c + 1] - ext[2 * c] + 1, 0) for c in range(3)]


class vtkStructuredData:
    """Static helpers of VTK's vtkStructuredData (the ones over extents)."""

    VTK_STRUCTURED_SINGLE_POINT, VTK_STRUCTURED_XYZ_GRID, VTK_STRUCTURED_EMPTY = 1, 8, 9

    @staticmethod
    def GetDimensionsFromExtent(ext, dims=None):
        d = _dims(ext)
        if dims is not None:
            dims[:] = d
        return tuple(d)

    @staticmethod
    def GetDataDescriptionFromExtent(ext):
        d = _dims(ext)
        if 0 in d:
            return 9
        return _BY_AXES[tuple(c for c in range(3) if d[c] > 1)]

    @staticmethod
    def GetDataDimension(description):
        return _DIMENSION.get(int(description), 0)

    @staticmethod
    def GetNumberOfPoints(ext):
        d = _dims(ext)
        return d[0] * d[1] * d[2]

    @staticmethod
    def GetNumberOfCells(ext):
        d = _dims(ext)
        if 0 in d:
            return 0
        n = 1
        for v in d:
            n *= max(v - 1, 1)
        return n

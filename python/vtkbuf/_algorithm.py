"""vtkAlgorithm constants (vtkAlgorithm::DesiredOutputPrecision, VTK's values)."""
from . import _vtkbuf as _c


class vtkAlgorithm:
    """Holds VTK's output-precision constants for SetOutputPointsPrecision()."""

    SINGLE_PRECISION = _c.SINGLE_PRECISION  # 0: float points
    DOUBLE_PRECISION = _c.DOUBLE_PRECISION  # 1: double points
    DEFAULT_PRECISION = _c.DEFAULT_PRECISION  # 2: like the input (a source: float)

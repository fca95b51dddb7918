"""vtkbuf: VTK-style typed buffers and data arrays with zero-copy NumPy views.

Names follow VTK: ``vtkBuffer['float64']()``, ``vtkAbstractBuffer``, VTK type ids
(``VTK_DOUBLE`` ...). Every NumPy view or memoryview of a buffer holds the memory
block it points into, so it stays valid (never reads freed memory) even after the
buffer reallocates; it is then detached from the buffer.
"""
from ._vtkbuf import (  # noqa: F401
    vtkAbstractBuffer,
    VTK_VOID, VTK_CHAR, VTK_SIGNED_CHAR, VTK_UNSIGNED_CHAR, VTK_SHORT, VTK_UNSIGNED_SHORT,
    VTK_INT, VTK_UNSIGNED_INT, VTK_LONG, VTK_UNSIGNED_LONG, VTK_LONG_LONG,
    VTK_UNSIGNED_LONG_LONG, VTK_FLOAT, VTK_DOUBLE, VTK_ID_TYPE,
)
from ._templates import vtkBuffer, type_id  # noqa: F401

__version__ = "0.1.0"
__all__ = ["vtkAbstractBuffer", "vtkBuffer", "type_id"]

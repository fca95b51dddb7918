"""vtkmodules.vtkCommonCore over vtkbuf: the classes real VTK keeps in this module
(objects, buffers, data arrays, vtkCommand, vtkPoints, the VTK_* type ids). Data
objects live in vtkCommonDataModel and sources in vtkFiltersSources, as in VTK."""
import vtkbuf as _vb
from vtkbuf import (  # noqa: F401
    vtkObject, vtkAbstractBuffer, vtkBuffer, vtkAbstractArray, vtkDataArray, vtkCommand,
    vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate,
    vtkPoints,
)
from vtkbuf import vtkIdList, vtkCollection, vtkDataArrayCollection, vtkVariant  # noqa: F401
from vtkbuf import vtkConstantArray, vtkAffineArray, vtkStructuredPointArray  # noqa: F401
from vtkbuf import (  # noqa: F401
    vtkInformation, vtkInformationKey, vtkInformationStringKey, vtkInformationIntegerKey,
)
from vtkbuf import vtkStringArray, vtkVariantArray  # noqa: F401
from vtkbuf import vtkScalarsToColors, vtkLookupTable  # noqa: F401
from vtkbuf._lookup_table import CONSTANTS as _LUT_CONSTANTS
from vtkbuf._reference import reference, number_reference, string_reference, tuple_reference  # noqa: F401
from vtkbuf import vtkObject as vtkObjectBase  # noqa: F401  (VTK's root class; one level here)

# every typed array class (vtkFloatArray, vtkIdTypeArray, ...) and type id
globals().update({n: getattr(_vb, n) for n in _vb.ARRAY_CLASSES})
globals().update({n: getattr(_vb, n) for n in _vb.__all__ if n.startswith("VTK_")})
globals().update(_LUT_CONSTANTS)
del _vb, _LUT_CONSTANTS

"""vtkmodules.vtkCommonCore over vtkbuf."""
from vtkbuf import *  # noqa: F401,F403
from vtkbuf import (  # noqa: F401
    vtkObject, vtkAbstractBuffer, vtkBuffer, vtkDataArray, vtkCommand,
    vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate,
    vtkPoints,
)

"""vtkmodules.all over vtkbuf: every class and constant the compat modules provide
(VTK's monolithic namespace, limited to what vtkbuf has)."""
from vtkmodules.vtkCommonCore import *  # noqa: F401,F403
from vtkmodules.vtkCommonDataModel import *  # noqa: F401,F403
from vtkmodules.vtkCommonExecutionModel import *  # noqa: F401,F403
from vtkmodules.vtkFiltersSources import *  # noqa: F401,F403
from vtkmodules.vtkFiltersGeometry import *  # noqa: F401,F403
from vtkmodules.vtkIOLegacy import *  # noqa: F401,F403
from vtkmodules.vtkIOXML import *  # noqa: F401,F403
from vtkmodules.vtkIOParallelXML import *  # noqa: F401,F403

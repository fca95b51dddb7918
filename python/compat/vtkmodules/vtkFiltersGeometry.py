"""vtkmodules.vtkFiltersGeometry over vtkbuf (no pipeline: SetInputData, Update, GetOutput)."""
from vtkbuf import vtkGeometryFilter, vtkDataSetSurfaceFilter  # noqa: F401

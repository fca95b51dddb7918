from vtkmodules.util.numpy_support import numpy_to_vtk
import numpy as np

data = np.array([1.0, 2.0, 3.0], dtype=np.float32)
vtk_arr = numpy_to_vtk(data)

# The numpy array reference is stored on the buffer, keeping memory valid

import numpy as np
from vtkmodules.vtkCommonCore import vtkFloatArray

# Create a VTK array
arr = vtkFloatArray()
arr.SetNumberOfComponents(3)
arr.SetNumberOfTuples(100)

# Get the underlying buffer (for AOS arrays)
buf = arr.GetBuffer()

# Create a numpy view of the raw buffer
raw_data = np.asarray(buf)
print(raw_data.shape)  # (300,) - flattened view of 100 tuples x 3 components

import vtkmodules.numpy_interface.dataset_adapter as dsa
from vtkmodules.vtkFiltersSources import vtkSphereSource

sphere = vtkSphereSource()
sphere.Update()

# Wrap the output
wrapped = dsa.WrapDataObject(sphere.GetOutput())

# Access point coordinates as VTKArray (numpy subclass)
points = wrapped.Points

# The VTKArray holds a buffer reference, ensuring memory safety
print(points.shape)

# %% [markdown]
# # Looking at data sets
#
# A vtkbuf data set as the last expression of a cell (or `vtkbuf.show(obj, **options)`)
# shows an interactive 3-D view, drawn by vtk.js in this page from the package
# `vtkbuf-view` (preinstalled here): drag to rotate, shift-drag to pan, the wheel to zoom,
# "reset" for the first camera. It is coloured by the active scalars (or
# `scalars="name"`) through VTK's default lookup table, with a scalar bar.

# %%
# An unstructured grid of 3 x 2 x 2 hexahedra with a point scalar "T" = x + z: the view
# draws its outer surface (vtkGeometryFilter: 32 quads).
import vtkbuf

nx, ny, nz = 4, 3, 3
pid = lambda i, j, k: i + nx * (j + ny * k)  # noqa: E731
grid = vtkbuf.vtkUnstructuredGrid()
points = vtkbuf.vtkPoints()
T = vtkbuf.vtkFloatArray()
T.SetName("T")
for k in range(nz):
    for j in range(ny):
        for i in range(nx):
            points.InsertNextPoint(i, j, k)
            T.InsertNextValue(i + k)
grid.SetPoints(points)
for k in range(nz - 1):
    for j in range(ny - 1):
        for i in range(nx - 1):
            grid.InsertNextCell(vtkbuf.VTK_HEXAHEDRON, 8, [
                pid(i, j, k), pid(i + 1, j, k), pid(i + 1, j + 1, k), pid(i, j + 1, k),
                pid(i, j, k + 1), pid(i + 1, j, k + 1), pid(i + 1, j + 1, k + 1), pid(i, j + 1, k + 1)])
grid.GetPointData().SetScalars(T)
print(grid.GetNumberOfCells(), "hexahedra,", grid.GetNumberOfPoints(), "points")
grid

# %%
# A polydata with point scalars: four unit squares side by side, each with its own four
# points at the level 0, 1, 2 or 3. Unlit, each square shows exactly the colour the
# lookup table gives its level.
squares = vtkbuf.vtkPolyData()
corners = vtkbuf.vtkPoints()
quads = vtkbuf.vtkCellArray()
level = vtkbuf.vtkFloatArray()
level.SetName("level")
for q in range(4):
    first = corners.GetNumberOfPoints()
    for x, y in ((q, 0), (q + 1, 0), (q + 1, 1), (q, 1)):
        corners.InsertNextPoint(x, y, 0)
        level.InsertNextValue(q)
    quads.InsertNextCell(4, [first, first + 1, first + 2, first + 3])
squares.SetPoints(corners)
squares.SetPolys(quads)
squares.GetPointData().SetScalars(level)
vtkbuf.show(squares, lighting=False, background=(1, 1, 1), height=300)

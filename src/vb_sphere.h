/* vb_sphere.h - vtkSphereSource: a polygonal sphere as vb_polydata.
 *
 * Same parameters, defaults, clamping and output as VTK 9.7's
 * vtkSphereSource (verified point for point and cell for cell against VTK
 * 9.7.1, see tests/c/test_sphere.c and docs/data-objects.md):
 *   Radius 0.5 (clamped to [0, 1e299]), Center (0,0,0),
 *   ThetaResolution 8 and PhiResolution 8 (clamped to [3, INT_MAX]),
 *   StartTheta 0, EndTheta 360, StartPhi 0, EndPhi 180 (each clamped to
 *   [0, 360]), LatLongTessellation off, GenerateNormals on,
 *   OutputPointsPrecision VB_SINGLE_PRECISION (float points; only
 *   VB_DOUBLE_PRECISION gives double points, any other value float, as VTK).
 * The defaults give 50 points and 96 triangles.
 *
 * Output: points (type per precision), polys (triangles, or quads between
 * the pole caps with LatLongTessellation), and, with GenerateNormals, a
 * float point-data array "Normals" (3 components) set as the active
 * normals.  Verts, lines, strips and cell data are empty.
 *
 * Deviation from VTK (documented choice): a non-finite radius, center
 * component or angle (NaN; also +/-inf for radius and center) is rejected by
 * the setter with VB_EINVAL and the parameter is left unchanged, where VTK
 * would clamp infinities and propagate NaN into the points.
 *
 * Pipeline: setters that change a value stamp the source modified (fires
 * ModifiedEvent).  vb_sphere_source_update() regenerates the output when a
 * parameter changed since the last update (or on the first update); the
 * output polydata object stays the same across updates, but its points,
 * cell arrays and normals are new objects each time (as in VTK), so arrays
 * obtained from an earlier update stay valid and unchanged.
 *
 * Ownership: vb_sphere_source_new returns a new reference;
 * vb_sphere_source_get_output returns a borrowed polydata valid while the
 * source lives (vb_polydata_retain to keep it longer).
 */
#ifndef VB_SPHERE_H
#define VB_SPHERE_H

#include "vb_api.h"

#include "vb_object.h"
#include "vb_polydata.h"

/* vtkAlgorithm::DesiredOutputPrecision */
enum { VB_SINGLE_PRECISION = 0, VB_DOUBLE_PRECISION = 1, VB_DEFAULT_PRECISION = 2 };

typedef struct vb_sphere_source vb_sphere_source; /* a vb_object, class "vtkSphereSource" */

VB_API vb_sphere_source *vb_sphere_source_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_sphere_source_object(vb_sphere_source *s);     /* borrowed */
VB_API vb_sphere_source *vb_sphere_source_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API void vb_sphere_source_retain(vb_sphere_source *s);            /* NULL ok */
VB_API void vb_sphere_source_release(vb_sphere_source *s);           /* NULL ok */

/* Setters return VB_OK (value clamped as VTK) or VB_EINVAL (NULL source,
 * non-finite value). Getters return the stored (clamped) value; 0 for NULL. */
VB_API int vb_sphere_source_set_radius(vb_sphere_source *s, double r);
VB_API double vb_sphere_source_get_radius(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_center(vb_sphere_source *s, double x, double y, double z);
VB_API int vb_sphere_source_get_center(const vb_sphere_source *s, double c[3]);
VB_API int vb_sphere_source_set_theta_resolution(vb_sphere_source *s, int n);
VB_API int vb_sphere_source_get_theta_resolution(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_phi_resolution(vb_sphere_source *s, int n);
VB_API int vb_sphere_source_get_phi_resolution(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_start_theta(vb_sphere_source *s, double deg);
VB_API double vb_sphere_source_get_start_theta(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_end_theta(vb_sphere_source *s, double deg);
VB_API double vb_sphere_source_get_end_theta(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_start_phi(vb_sphere_source *s, double deg);
VB_API double vb_sphere_source_get_start_phi(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_end_phi(vb_sphere_source *s, double deg);
VB_API double vb_sphere_source_get_end_phi(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_lat_long_tessellation(vb_sphere_source *s, int on); /* stored as given */
VB_API int vb_sphere_source_get_lat_long_tessellation(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_generate_normals(vb_sphere_source *s, int on);      /* stored as given */
VB_API int vb_sphere_source_get_generate_normals(const vb_sphere_source *s);
VB_API int vb_sphere_source_set_output_points_precision(vb_sphere_source *s, int p); /* stored as given */
VB_API int vb_sphere_source_get_output_points_precision(const vb_sphere_source *s);

/* Generate the output if needed.  VB_ENOMEM / VB_EOVERFLOW (resolutions too
 * large for memory) while generating leave the previous output untouched;
 * out of memory while installing the new output leaves it empty.  A failed
 * update is retried by the next call. */
VB_API int vb_sphere_source_update(vb_sphere_source *s);
/* The output polydata (borrowed; empty before the first update). */
VB_API vb_polydata *vb_sphere_source_get_output(const vb_sphere_source *s);

#endif

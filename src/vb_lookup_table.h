/* vb_lookup_table.h - vtkLookupTable (with vtkScalarsToColors' vector
 * modes and alpha): a table of RGBA colours built from HSVA ramps, and the
 * mapping of scalars to colours, with VTK 9.7.1's numbers (table values,
 * ramps, log scale, NaN/below/above range colours, MapScalars), checked
 * against VTK by tests/data/lookup_table_ref.json (tools/gen_lookup_table_reference.py).
 *
 * Properties are read and written by kind (VB_LUT_*), one function per value
 * shape, so that each binding is a table of names:
 *   doubles: TableRange (2; SetRange/GetRange are the same), HueRange,
 *     SaturationRange, ValueRange, AlphaRange (2 each), NanColor,
 *     BelowRangeColor, AboveRangeColor (4 each), Alpha (1, clamped to [0, 1]);
 *   ints: Ramp, Scale, VectorMode, VectorComponent, VectorSize,
 *     UseBelowRangeColor, UseAboveRangeColor.
 * As VTK: a table range with max < min, or crossing 0 with the log scale, is
 * ignored (VB_OK, unchanged); switching to the log scale with a range
 * crossing 0 sets the range to [1, 10].  Deviations (rule b): a colour
 * component outside [0, 1] (NaN: 0) is saturated when converted to a byte
 * (VTK's cast is undefined); a Ramp other than 0..2 is refused (VB_EINVAL).
 *
 * Build() rebuilds the table when a property changed since the last build
 * and no SetTableValue came after it (VTK's rule); ForceBuild() always does.
 * Neither allocates.  The table always holds NumberOfColors + 4 colours
 * (the 4 special colours: repeated last, below, above, NaN).
 *
 * Ownership: vb_lookup_table_new returns a new reference; map_scalars gives a
 * new reference to a new unsigned char array (the input array itself, retained,
 * for direct RGBA colours with Alpha 1, as VTK). */
#ifndef VB_LOOKUP_TABLE_H
#define VB_LOOKUP_TABLE_H

#include "vb_api.h"
#include "vb_array.h"
#include "vb_object.h"

typedef struct vb_lookup_table vb_lookup_table; /* a vb_object, class "vtkLookupTable" */

enum { /* double properties: vb_lookup_table_set_doubles / get_doubles */
  VB_LUT_TABLE_RANGE, VB_LUT_HUE_RANGE, VB_LUT_SATURATION_RANGE, VB_LUT_VALUE_RANGE,
  VB_LUT_ALPHA_RANGE, VB_LUT_NAN_COLOR, VB_LUT_BELOW_RANGE_COLOR, VB_LUT_ABOVE_RANGE_COLOR,
  VB_LUT_ALPHA, VB_LUT_DOUBLES
};
enum { /* int properties: vb_lookup_table_set_int / get_int */
  VB_LUT_RAMP, VB_LUT_SCALE, VB_LUT_VECTOR_MODE, VB_LUT_VECTOR_COMPONENT, VB_LUT_VECTOR_SIZE,
  VB_LUT_USE_BELOW_RANGE_COLOR, VB_LUT_USE_ABOVE_RANGE_COLOR, VB_LUT_INTS
};
enum { VB_RAMP_LINEAR = 0, VB_RAMP_SCURVE = 1, VB_RAMP_SQRT = 2 };
enum { VB_SCALE_LINEAR = 0, VB_SCALE_LOG10 = 1 };
enum { VB_VECTOR_MAGNITUDE = 0, VB_VECTOR_COMPONENT = 1, VB_VECTOR_RGBCOLORS = 2 };
enum { VB_COLOR_MODE_DEFAULT = 0, VB_COLOR_MODE_MAP_SCALARS = 1, VB_COLOR_MODE_DIRECT_SCALARS = 2 };

VB_API vb_lookup_table *vb_lookup_table_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_lookup_table_object(vb_lookup_table *t);       /* borrowed */
VB_API vb_lookup_table *vb_lookup_table_from_object(vb_object *o);  /* borrowed; NULL if not one */
VB_API void vb_lookup_table_retain(vb_lookup_table *t);             /* NULL ok */
VB_API void vb_lookup_table_release(vb_lookup_table *t);            /* NULL ok */

/* Number of values of a double property (2, 4 or 1); 0 for an unknown kind. */
VB_API int vb_lookup_table_doubles_size(int which);
/* v holds vb_lookup_table_doubles_size(which) values. VB_EINVAL: NULL, unknown kind. */
VB_API int vb_lookup_table_set_doubles(vb_lookup_table *t, int which, const double *v);
VB_API int vb_lookup_table_get_doubles(const vb_lookup_table *t, int which, double *out);
VB_API int vb_lookup_table_set_int(vb_lookup_table *t, int which, int v);
VB_API int vb_lookup_table_get_int(const vb_lookup_table *t, int which); /* 0 for NULL/unknown */

/* SetNumberOfTableValues: n >= 0 (VB_EINVAL), VB_ENOMEM leaves the table as it was. */
VB_API int vb_lookup_table_set_number_of_table_values(vb_lookup_table *t, int64_t n);
VB_API int64_t vb_lookup_table_get_number_of_colors(const vb_lookup_table *t); /* -1 for NULL */
VB_API int vb_lookup_table_build(vb_lookup_table *t);
VB_API int vb_lookup_table_force_build(vb_lookup_table *t);
/* SetTableValue: 0 <= i < NumberOfColors (VB_ERANGE), rgba as VTK (bytes v*255+0.5). */
VB_API int vb_lookup_table_set_table_value(vb_lookup_table *t, int64_t i, const double rgba[4]);
/* GetTableValue: i clamped to [0, NumberOfColors-1] as VTK; VB_ERANGE for an empty table. */
VB_API int vb_lookup_table_get_table_value(const vb_lookup_table *t, int64_t i, double rgba[4]);
/* GetIndex (-1 for NaN), MapValue (RGBA bytes), GetColor (rgb / 255), GetOpacity (a / 255). */
VB_API int64_t vb_lookup_table_get_index(const vb_lookup_table *t, double v);
VB_API int vb_lookup_table_map_value(const vb_lookup_table *t, double v, unsigned char rgba[4]);
VB_API int vb_lookup_table_get_color(const vb_lookup_table *t, double v, double rgb[3]);
VB_API double vb_lookup_table_get_opacity(const vb_lookup_table *t, double v);

/* MapScalars(array, colorMode, component): a new reference to a new RGBA unsigned char
 * array with the array's tuples, as VTK: direct colours for an unsigned char
 * array in the default mode or in the direct mode (1-4 components; other
 * types in the direct mode: VB_ETYPE), otherwise component `component`
 * (clamped) mapped through the table, or, for component < 0 and several
 * components, the vector mode (magnitude of the first VectorSize components
 * (VTK ignores VectorComponent there), or component VectorComponent; RGBColors: VB_EINVAL, not
 * in vtkbuf).  NULL on failure (vb_last_status()), nothing made. */
VB_API vb_array *vb_lookup_table_map_scalars(const vb_lookup_table *t, const vb_array *a,
                                             int color_mode, int component);

#endif

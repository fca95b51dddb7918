/* vtkbuf.h - umbrella header for the vtkbuf C core.
 * VTK-style typed buffers and data arrays with reference-counted memory
 * blocks; see docs/c-api.md for the overview and ownership rules. */
#ifndef VTKBUF_H
#define VTKBUF_H

#include "vb_error.h"
#include "vb_types.h"
#include "vb_scalar.h"
#include "vb_span.h"
#include "vb_object.h"
#include "vb_block.h"
#include "vb_buffer.h"
#include "vb_array.h"
#include "vb_implicit.h"
#include "vb_points.h"
#include "vb_cell_array.h"
#include "vb_field_data.h"
#include "vb_attributes.h"
#include "vb_data_object.h"
#include "vb_data_set.h"
#include "vb_view.h"
#include "vb_polydata.h"
#include "vb_image_data.h"
#include "vb_rectilinear_grid.h"
#include "vb_sphere.h"
#include "vb_id_list.h"
#include "vb_cell.h"
#include "vb_cell_types.h"
#include "vb_unstructured_grid.h"
#include "vb_collection.h"
#include "vb_variant.h"
#include "vb_information.h"
#include "vb_composite.h"
#include "vb_value_array.h"
#include "vb_structured_grid.h"
#include "vb_table.h"
#include "vb_io.h"
#include "vb_lookup_table.h"
#include "vb_surface.h"

#endif

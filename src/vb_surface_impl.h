/* vb_surface_impl.h - private: what vb_surface.c shares with
 * vb_surface_structured.c (vtkDataSetSurfaceFilter's structured path). */
#ifndef VB_SURFACE_IMPL_H
#define VB_SURFACE_IMPL_H

#include "vb_internal.h"
#include "vb_surface.h"

/* a growable id list; v is owned (vb__free), {0} is empty */
typedef struct {
  vb_id *v;
  int64_t n, cap;
} vb__ids;

/* append n ids (VB_ENOMEM, b unchanged, on failure) */
int vb__ids_push(vb__ids *b, const vb_id *x, int64_t n);

/* dst: src's arrays (allocated like them) holding the tuples ids[0..n) of
 * src, then, when name is not NULL, an id-type array `name` of ids */
int vb__surface_copy_attributes(vb_attributes *dst, const vb_attributes *src, const vb_id *ids, int64_t n,
                                const char *name);

/* the six sides of a structured extent e (VTK's ExecuteFaceQuads): the input
 * ids of their points (each side its own) into pts, their quads (4 ids into
 * pts each) into conn, their input cells into cells */
int vb__surface_sides(const int e[6], vb__ids *pts, vb__ids *conn, vb__ids *cells);

/* vtkDataSetSurfaceFilter of an image, rectilinear or structured grid with
 * cells (VTK 9.7.1's structured path) into the empty pd */
int vb__surface_structured(vb_data_object *in, vb_polydata *pd, const int pass[2]);

#endif

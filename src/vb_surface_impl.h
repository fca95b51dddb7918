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

/* one face of vb__surface_shrink: the cell and its face's 4 input point ids;
 * a negative status stops the walk */
typedef int (*vb__face_fn)(void *ctx, vb_id cell, const vb_id p[4]);

/* VTK's "shrinking faces" of a 3-D structured grid g (extent e) with hidden
 * cells: along each axis, every column of cells gives the min face of the
 * first cell of each visible run and the max face of its last, to face(ctx).
 * gf: vtkGeometryFilter's walk (the side's first axis fastest; duplicate cells
 * are not visible, and a run they end gives no face), else
 * vtkDataSetSurfaceFilter's (the side's second axis fastest) */
int vb__surface_shrink(vb_structured_grid *g, const int e[6], int gf, vb__face_fn face, void *ctx);

/* vtkDataSetSurfaceFilter of an image, rectilinear or structured grid with
 * cells (VTK 9.7.1's structured path) into the empty pd */
int vb__surface_structured(vb_data_object *in, vb_polydata *pd, const int pass[2]);

#endif

/* vb_data_set_impl.h - what every data object class of the core shares: the
 * base struct (field data; point/cell data for data sets; points for point
 * sets) and the class record through which vb_data_object.c and
 * vb_data_set.c answer the generic vtkDataObject / vtkDataSet / vtkPointSet
 * calls.  Private: included by the .c files of data object classes.
 *
 * Defining a data object class:
 *   struct my { vb_data_object base; ...what the class adds... };
 *   static const vb_data_class my_data = {.type_id = ..., .flags = ..., .ncells = ..., ...};
 *     (designated initializers: members may be added at the end)
 *   static const vb_class my_class = {"vtkMy", vb__data_object_destroy, NULL, &my_data};
 *   new:  calloc, vb__data_object_init(&m->base, &my_class), then the class's own
 *         members; on any failure vb_object_release(&m->base.obj).
 */
#ifndef VB_DATA_SET_IMPL_H
#define VB_DATA_SET_IMPL_H

#include "vb_data_set.h"
#include "vb_internal.h"

struct vb_data_object {
  vb_object obj;
  vb_field_data *field_data;             /* owned; NULL after SetFieldData(None) */
  vb_attributes *point_data, *cell_data; /* owned; data sets only, never NULL there */
  vb_points *points;                     /* owned; point sets only, NULL until set */
};

/* vb_data_class.flags */
enum { VB__DATA_SET = 1, VB__POINT_SET = 2 | VB__DATA_SET, VB__COMPOSITE = 4 };
/* copy_structure modes: VTK CopyStructure (share), the structure part of
 * ShallowCopy, of DeepCopy */
enum { VB__COPY_SHARE, VB__COPY_SHALLOW, VB__COPY_DEEP };

typedef struct vb_data_class {
  int type_id; /* VTK's data object type id (vtkType.h), VB_POLY_DATA, ... */
  int flags;
  /* Data sets.  A NULL hook takes the default noted. */
  int64_t (*npoints)(const vb_data_object *d);                    /* NULL: the points' count */
  int (*point)(const vb_data_object *d, int64_t id, double x[3]); /* NULL: the points'; id checked */
  int64_t (*ncells)(const vb_data_object *d);                     /* NULL: 0 */
  /* cell `id` (checked: 0 <= id < ncells): its VTK cell type (>= 0) or a
   * negative status; when ids != NULL its point ids replace the list's */
  int (*cell)(vb_data_object *d, int64_t id, vb_id_list *ids);
  int (*bounds)(const vb_data_object *d, double b[6]); /* NULL: the points' bounds */
  int64_t (*max_cell_size)(const vb_data_object *d);   /* NULL: 0 */
  /* The structure only (not point/cell/field data), dst and src of this
   * class, dst != src.  For point sets the base has copied the points
   * already.  Leaves dst unchanged on failure.  NULL: nothing to copy. */
  int (*copy_structure)(vb_data_object *dst, const vb_data_object *src, int mode);
  /* VTK Initialize(): the class's structure dropped (the base drops points,
   * empties field/point/cell data).  NULL: nothing. */
  int (*initialize)(vb_data_object *d);
  int64_t (*memory)(const vb_data_object *d); /* KiB of what the class adds; NULL: 0 */
  void (*destroy)(vb_data_object *d);         /* frees what the class added; NULL: nothing */
  /* number of points of cell `id` (checked); NULL: counted through `cell` */
  int64_t (*cell_size)(vb_data_object *d, int64_t id);
  /* GetAttributes(type) of a data object that is not a data set (vtkTable's
   * row data); NULL: point/cell data of data sets, else none */
  vb_attributes *(*attributes)(const vb_data_object *d, int type);
  /* Classes whose whole object answers differently (composite data sets: the
   * leaves').  GetNumberOfElements(type); NULL: points, cells, the tuples of
   * the type's attributes (a table's rows) or of the field data. */
  int64_t (*elements)(const vb_data_object *d, int type);
  /* DeepCopy / ShallowCopy (deep 1 / 0) from src (src != dst, any class), as
   * the call `fn`; NULL: structure, points, attributes and field data below. */
  int (*copy)(vb_data_object *dst, const vb_data_object *src, int deep, const char *fn);
} vb_data_class;

/* The base of a new data object of class cls, zeroed before: field data,
 * and point/cell data for data sets.  VB_OK, or VB_ENOMEM: then release d
 * with vb_object_release (the class's destroy hook sees its members still
 * zeroed, as after any partial construction). */
int vb__data_object_init(vb_data_object *d, const vb_class *cls);
/* vb_class.destroy of every data object class: the class's destroy hook,
 * then the base's references, then d itself. */
void vb__data_object_destroy(vb_object *o);
/* the class record of d (NULL d: NULL) */
const vb_data_class *vb__data_class(const vb_data_object *d);

#endif

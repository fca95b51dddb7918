/* vb_field_data_impl.h - the struct shared by vtkFieldData and its subclass
 * vtkDataSetAttributes (vb_field_data.c, vb_attributes*.c).  Private. */
#ifndef VB_FIELD_DATA_IMPL_H
#define VB_FIELD_DATA_IMPL_H

#include "vb_attributes.h"
#include "vb_internal.h"

enum { VB__COPY_KINDS = 3 }; /* COPYTUPLE, INTERPOLATE, PASSDATA */

typedef struct {
  char *name;
  int on;
} vb__copy_flag;

struct vb_field_data {
  vb_object obj;
  vb_array **arrays;
  int n, cap;
  /* copy flags (vtkFieldData) */
  vb__copy_flag *flags;
  int nflags;
  int copy_all_off; /* DoCopyAllOff (DoCopyAllOn is its negation) */
  int ghosts_to_skip;
  /* vtkDataSetAttributes only (unused, all -1, in a plain field data) */
  int is_attributes;
  int active[VB_NUM_ATTRIBUTES];
  int copy_attr[VB__COPY_KINDS][VB_NUM_ATTRIBUTES];
  /* CopyAllocate / InterpolateAllocate: source array index -> target index */
  int *required, nrequired; /* source indices */
  int *target;              /* target index of each required source index */
  int ntarget;              /* length of target[] (source's array count) */
};

struct vb_attributes {
  struct vb_field_data fd;
};

/* field data of the given class (0: vtkFieldData, 1: vtkDataSetAttributes) */
vb_field_data *vb__field_data_new(int is_attributes);
/* reset copy flags of a field data (CopyAllOn + ClearFieldFlags) and of
 * attributes (VTK InitializeFields' defaults) */
void vb__field_data_default_flags(vb_field_data *fd);
/* the array list only: release every array, unset the active attributes */
void vb__field_data_clear_arrays(vb_field_data *fd);
/* copy the copy flags (field names, all on/off, attribute flags) */
int vb__field_data_copy_flags(vb_field_data *dst, const vb_field_data *src);
void vb__attributes_forget_copy(vb_field_data *fd); /* drop required/target */
/* vtkAbstractArray::GetActualMemorySize: ceil(storage bytes / 1024) */
int64_t vb__array_kib(const vb_array *a);
/* a new empty array like a (type, layout, components, name) */
vb_array *vb__array_like(const vb_array *a);

#endif

/* vb_field_data_impl.h - the struct shared by vtkFieldData and its subclass
 * vtkDataSetAttributes (vb_field_data.c, vb_attributes*.c).  Private. */
#ifndef VB_FIELD_DATA_IMPL_H
#define VB_FIELD_DATA_IMPL_H

#include "vb_attributes.h"
#include "vb_internal.h"
#include "vb_value_array.h"

enum { VB__COPY_KINDS = 3 }; /* COPYTUPLE, INTERPOLATE, PASSDATA */

typedef struct {
  char *name;
  int on;
} vb__copy_flag;

struct vb_field_data {
  vb_object obj;
  vb_object **arrays; /* vtkAbstractArrays: vb_array or vb_value_array (vb_abstract_array.c) */
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

/* ---- the arrays of a field data (vb_abstract_array.c): a vb_array or a
 * vb_value_array, as vtkAbstractArray ---- */
int vb__aa_is(const vb_object *o);
const char *vb__aa_name(const vb_object *o);
int vb__aa_ncomp(const vb_object *o);
int64_t vb__aa_ntuples(const vb_object *o);
int vb__aa_set_ntuples(vb_object *o, int64_t n);
int vb__aa_reserve(vb_object *o, int64_t ntuples);
int vb__aa_squeeze(vb_object *o);
int64_t vb__aa_kib(const vb_object *o);
vb_object *vb__aa_like(const vb_object *o);                /* new reference */
int vb__aa_deep_copy(vb_object *dst, const vb_object *src); /* same class */
/* array i of fd as a data array, NULL for a string / variant array */
static inline vb_array *vb__fd_arr(const vb_field_data *fd, int i) { return vb_array_from_object(fd->arrays[i]); }

#endif

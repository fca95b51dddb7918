/* vb_attributes.c - vtkDataSetAttributes: the active attributes over a
 * field data (vb_field_data.c holds the array list and the class). */
#include "vb_field_data_impl.h"

#include <string.h>

#define FD(at) ((vb_field_data *)(at))
#define CFD(at) ((const vb_field_data *)(at))

#define CHECK_AT(at) VB_CHECK((at) != NULL, VB_EINVAL, "attributes is NULL")
#define CHECK_TYPE(type) \
  VB_CHECK((type) >= 0 && (type) < VB_NUM_ATTRIBUTES, VB_EINVAL, "unknown attribute type %d", (type))

/* is_attributes: 1 plain, 2 vtkPointData, 3 vtkCellData; their default
 * ghosts to skip, as VTK's constructors */
static const int assoc_ghosts[2] = {2, 40}; /* vtkPointData, vtkCellData */

vb_attributes *vb_attributes_new_association(int association) {
  vb_field_data *fd;
  if (association < VB_ASSOCIATION_NONE || association > VB_ASSOCIATION_CELLS) {
    VB_FAIL(VB_EINVAL, "unknown association %d", association);
    return NULL;
  }
  if (!(fd = vb__field_data_new(1))) return NULL;
  fd->is_attributes = 2 + association; /* 1 none, 2 points, 3 cells */
  if (association >= 0) fd->ghosts_to_skip = assoc_ghosts[association];
  return (vb_attributes *)fd;
}

vb_attributes *vb_attributes_new(void) { return vb_attributes_new_association(VB_ASSOCIATION_NONE); }

int vb_attributes_get_association(const vb_attributes *at) {
  return at ? CFD(at)->is_attributes - 2 : VB_ASSOCIATION_NONE;
}

int vb_attributes_get_number_of_arrays(const vb_attributes *at) { return vb_field_data_get_number_of_arrays(CFD(at)); }
int vb_attributes_add_array(vb_attributes *at, vb_array *a) { return vb_field_data_add_array(FD(at), a); }
vb_array *vb_attributes_get_array(const vb_attributes *at, int index) { return vb_field_data_get_array(CFD(at), index); }
vb_array *vb_attributes_get_array_by_name(const vb_attributes *at, const char *name, int *index) {
  return vb_field_data_get_array_by_name(CFD(at), name, index);
}
const char *vb_attributes_get_array_name(const vb_attributes *at, int index) {
  return vb_field_data_get_array_name(CFD(at), index);
}
int vb_attributes_has_array(const vb_attributes *at, const char *name) { return vb_field_data_has_array(CFD(at), name); }
int vb_attributes_remove_array(vb_attributes *at, const char *name) { return vb_field_data_remove_array(FD(at), name); }
int vb_attributes_remove_array_by_index(vb_attributes *at, int index) {
  return vb_field_data_remove_array_by_index(FD(at), index);
}
int vb_attributes_initialize(vb_attributes *at) { return vb_field_data_initialize(FD(at)); }

static const char *const type_names[VB_NUM_ATTRIBUTES] = {
  "Scalars", "Vectors", "Normals", "TCoords", "Tensors", "GlobalIds",
  "PedigreeIds", "EdgeFlag", "Tangents", "RationalWeights", "HigherOrderDegrees", "ProcessIds"};
static const char *const long_names[VB_NUM_ATTRIBUTES] = {
  "vtkDataSetAttributes::SCALARS", "vtkDataSetAttributes::VECTORS", "vtkDataSetAttributes::NORMALS",
  "vtkDataSetAttributes::TCOORDS", "vtkDataSetAttributes::TENSORS", "vtkDataSetAttributes::GLOBALIDS",
  "vtkDataSetAttributes::PEDIGREEIDS", "vtkDataSetAttributes::EDGEFLAG", "vtkDataSetAttributes::TANGENTS",
  "vtkDataSetAttributes::RATIONALWEIGHTS", "vtkDataSetAttributes::HIGHERORDERDEGREES",
  "vtkDataSetAttributes::PROCESSIDS"};

const char *vb_attributes_attribute_type_name(int type) {
  return type >= 0 && type < VB_NUM_ATTRIBUTES ? type_names[type] : NULL;
}
const char *vb_attributes_long_attribute_type_name(int type) {
  return type >= 0 && type < VB_NUM_ATTRIBUTES ? long_names[type] : NULL;
}

/* vtkDataSetAttributes::NumberOfAttributeComponents / AttributeLimits */
int vb_attributes_check_number_of_components(int nc, int type) {
  static const int ncomp[VB_NUM_ATTRIBUTES] = {0, 3, 3, 3, 9, 1, 1, 1, 3, 1, 3, 1};
  if (type < 0 || type >= VB_NUM_ATTRIBUTES) return 0;
  if (type == VB_ATTRIBUTE_SCALARS) return 1;             /* NOLIMIT */
  if (type == VB_ATTRIBUTE_TCOORDS) return nc <= 3;       /* MAX */
  return nc == ncomp[type] || (type == VB_ATTRIBUTE_TENSORS && nc == 6); /* EXACT (+ TENSORS6) */
}

static int check_components(const vb_array *a, int type, const char *fn) {
  if (!a) return vb__fail(fn, VB_ETYPE, "a string or variant array cannot be the active %s", type_names[type]);
  int nc = vb_array_get_number_of_components(a);
  if (vb_attributes_check_number_of_components(nc, type)) return VB_OK;
  return vb__fail(fn, VB_EINVAL, "an array of %d components cannot be the active %s", nc, type_names[type]);
}

int vb_attributes_set_attribute(vb_attributes *at, vb_array *a, int type) {
  int cur, st, idx;
  vb_field_data *fd = FD(at);
  CHECK_AT(at);
  CHECK_TYPE(type);
  cur = fd->active[type];
  if (!a) {
    if (cur != -1) {
      fd->active[type] = -1;
      vb_object_modified(&fd->obj);
    }
    return VB_OK;
  }
  if ((st = check_components(a, type, "SetAttribute")) != VB_OK) return st;
  if (cur >= 0 && fd->arrays[cur] == vb_array_object(a)) return cur;
  vb_array_retain(a); /* survives the removal below even if a was held only by at */
  if (cur >= 0) vb_field_data_remove_array_by_index(fd, cur);
  idx = vb_field_data_add_array(fd, a);
  vb_array_release(a);
  if (idx < 0) return idx;
  fd->active[type] = idx;
  vb_object_modified(&fd->obj);
  return idx;
}

int vb_attributes_set_active_attribute(vb_attributes *at, int index, int type) {
  int st;
  vb_field_data *fd = FD(at);
  CHECK_AT(at);
  CHECK_TYPE(type);
  if (index != -1 && (index < 0 || index >= fd->n))
    return VB_FAIL(VB_ERANGE, "index %d not in [0, %d)", index, fd->n);
  if (index >= 0 && type != VB_ATTRIBUTE_PEDIGREEIDS && /* VTK checks no pedigree ids here */
      (st = check_components(vb__fd_arr(fd, index), type, "SetActiveAttribute")) != VB_OK)
    return st;
  if (fd->active[type] != index) {
    fd->active[type] = index;
    vb_object_modified(&fd->obj);
  }
  return VB_OK;
}

int vb_attributes_set_active_attribute_by_name(vb_attributes *at, const char *name, int type) {
  int i, st;
  CHECK_AT(at);
  CHECK_TYPE(type);
  VB_CHECK(name != NULL, VB_EINVAL, "name is NULL");
  vb_field_data_get_array_by_name(CFD(at), name, &i);
  /* as VTK: a name not found unsets the attribute, an array of the wrong
   * number of components leaves it; both answer -1 without an error */
  if (i >= 0 && type != VB_ATTRIBUTE_PEDIGREEIDS &&
      (!vb__fd_arr(FD(at), i) || /* VTK: only data arrays are active attributes */
       !vb_attributes_check_number_of_components(vb__aa_ncomp(FD(at)->arrays[i]), type)))
    return -1;
  if ((st = vb_attributes_set_active_attribute(at, i, type)) != VB_OK) return st;
  return i;
}

vb_array *vb_attributes_get_attribute(const vb_attributes *at, int type) {
  if (!at || type < 0 || type >= VB_NUM_ATTRIBUTES) {
    VB_FAIL(VB_EINVAL, "%s", at ? "unknown attribute type" : "attributes is NULL");
    return NULL;
  }
  return CFD(at)->active[type] >= 0 ? vb__fd_arr(CFD(at), CFD(at)->active[type]) : NULL;
}

vb_array *vb_attributes_get_attribute_by_name(const vb_attributes *at, const char *name, int type) {
  vb_array *a = vb_field_data_get_array_by_name(CFD(at), name, NULL);
  return a && vb_attributes_check_number_of_components(vb_array_get_number_of_components(a), type) ? a : NULL;
}

int vb_attributes_get_active_attribute_index(const vb_attributes *at, int type) {
  if (!at || type < 0 || type >= VB_NUM_ATTRIBUTES) return -1;
  return CFD(at)->active[type];
}

int vb_attributes_is_array_an_attribute(const vb_attributes *at, int index) {
  for (int t = 0; at && index >= 0 && t < VB_NUM_ATTRIBUTES; t++)
    if (CFD(at)->active[t] == index) return t;
  return -1;
}

int vb_attributes_set_scalars(vb_attributes *at, vb_array *a) {
  return vb_attributes_set_attribute(at, a, VB_ATTRIBUTE_SCALARS);
}
vb_array *vb_attributes_get_scalars(const vb_attributes *at) {
  return vb_attributes_get_attribute(at, VB_ATTRIBUTE_SCALARS);
}
int vb_attributes_set_normals(vb_attributes *at, vb_array *a) {
  return vb_attributes_set_attribute(at, a, VB_ATTRIBUTE_NORMALS);
}
vb_array *vb_attributes_get_normals(const vb_attributes *at) {
  return vb_attributes_get_attribute(at, VB_ATTRIBUTE_NORMALS);
}
int vb_attributes_set_active_scalars(vb_attributes *at, const char *name) {
  return vb_attributes_set_active_attribute_by_name(at, name, VB_ATTRIBUTE_SCALARS);
}
int vb_attributes_set_active_normals(vb_attributes *at, const char *name) {
  return vb_attributes_set_active_attribute_by_name(at, name, VB_ATTRIBUTE_NORMALS);
}

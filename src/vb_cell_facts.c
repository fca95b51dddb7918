/* vb_cell_facts.c - cell-type facts (vb_cell.h): names, dimension, linearity
 * and the VTK_* constants, from the tables tools/gen_cell_tables.py measured
 * on VTK 9.7.1 (vb_cell_tables.h). */
#include <stdlib.h>
#include <string.h>

#include "vb_cell.h"
#include "vb_cell_impl.h"
#include "vb_internal.h"
#include "vb_polydata.h"

#include "vb_cell_tables.h"

/* the entry "<id> <name>" for type (or name when name != NULL) in a table of
 * them; the name, NULL if none (*id its id) */
static const char *lookup(const char *tab, size_t size, int type, const char *name, int *id) {
  for (const char *p = tab; p < tab + size - 1; p += strlen(p) + 1) {
    const char *end;
    int v = (int)vb__strtoi(p, &end);
    if (name ? !strcmp(end + 1, name) : v == type) {
      if (id) *id = v;
      return end + 1;
    }
  }
  return NULL;
}

const char *vb_cell_type_class_name(int type) {
  const char *s = lookup(vb__cell_names, sizeof vb__cell_names, type, NULL, NULL);
  return s ? s : "UnknownClass";
}

int vb_cell_type_from_class_name(const char *name) {
  int id = -1;
  if (name) lookup(vb__cell_names, sizeof vb__cell_names, 0, name, &id);
  return id;
}

int vb_cell_type_is_linear(int type) {
  return type >= 0 && type < VB__NUMBER_OF_CELL_TYPES && (vb__cell_linear[type / 64] >> (type % 64) & 1);
}

int vb_cell_type_dimension(int type) {
  return type >= 0 && type < VB__NUMBER_OF_CELL_TYPES ? vb__cell_dims[type] - '0' : 0;
}

int vb_cell_type_is_supported(int type) {
  return (type >= VB_EMPTY_CELL && type <= VB_HEXAGONAL_PRISM) || type == VB_POLYHEDRON;
}

int vb_cell_type_constant_count(void) {
  int n = 0;
  for (const char *p = vb__cell_consts; p < vb__cell_consts + sizeof vb__cell_consts - 1; p += strlen(p) + 1) n++;
  return n;
}

const char *vb_cell_type_constant(int i, int *value) {
  const char *p = vb__cell_consts;
  if (i < 0 || i >= vb_cell_type_constant_count()) return NULL;
  while (i--) p += strlen(p) + 1;
  const char *end;
  int v = (int)vb__strtoi(p, &end);
  if (value) *value = v;
  return end + 1;
}

/* the topology of a fixed-size linear cell (NULL for the others):
 * npts, nedges, nfaces, edges, faces (vb_cell_tables.h) */
const unsigned char *vb__cell_topology(int type) {
  if (type < VB_VERTEX || type > VB_HEXAGONAL_PRISM || type == VB_POLY_VERTEX ||
      type == VB_POLY_LINE || type == VB_TRIANGLE_STRIP || type == VB_POLYGON)
    return NULL;
  return vb__cell_topo + vb__cell_topo_at[type];
}

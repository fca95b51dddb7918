/* vb_names.h - a list of optional strings by index (vtkAbstractArray's
 * component names) for the value arrays (vb_value_array.c).  Private. */
#ifndef VB_NAMES_H
#define VB_NAMES_H

#include <stdint.h>

typedef struct {
  char **v;  /* n entries, each owned or NULL (unset) */
  int64_t n;
  int has;   /* VTK's list exists (a name was set or copied) */
} vb__names;

/* name at c >= 0 (copied); c < 0 or NULL name: ignored (VTK).  VB_ENOMEM:
 * unchanged */
int vb__names_set(vb__names *l, int64_t c, const char *name, const char *fn);
const char *vb__names_get(const vb__names *l, int64_t c); /* borrowed; NULL unset */
/* *out = a copy of src (trailing unset names dropped); VB_ENOMEM */
int vb__names_dup(const vb__names *src, vb__names *out);
void vb__names_free(vb__names *l);

#endif

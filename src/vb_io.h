/* vb_io.h - VTK files in and out (docs/io.md): one parser and one writer per
 * format, fed from memory, no global state.
 *
 * Readers take a pointer and a length (borrowed for the call; a binding
 * reads a file into memory first) and return a new data object (a new
 * reference: vb_object_release it), or NULL with a negative vb_status and a
 * message naming the line and byte offset of what was wrong
 * (vb_last_error()).  Bad input, and a kind or feature of file vtkbuf does
 * not read yet, is VB_EINVAL (the message says which), sizes that cannot be
 * addressed VB_EOVERFLOW.  On error nothing is returned and nothing leaks.
 *
 * Writers append the file's bytes to a vb_io_bytes (owned by the caller,
 * zero-initialised before the first use, freed with vb_io_bytes_free); on
 * error the bytes appended so far are dropped (size is restored).
 */
#ifndef VB_IO_H
#define VB_IO_H

#include "vb_api.h"

#include <stddef.h>
#include <stdint.h>

#include "vb_object.h"

typedef struct vb_io_bytes {
  unsigned char *data; /* owned; vb_io_bytes_free releases it */
  size_t size, cap;
} vb_io_bytes;
VB_API void vb_io_bytes_free(vb_io_bytes *b); /* data freed, all zero again; NULL ok */

/* ---- legacy .vtk (vb_io_legacy_read.c, vb_io_legacy_write.c) ---- */
/* What the reader found besides the data object (NULL: not wanted). */
typedef struct vb_legacy_info {
  int version;      /* 10 x major + minor: 42, 51, ... (VTK's FileVersion) */
  int binary;       /* 1: BINARY, 0: ASCII */
  char header[256]; /* the title line (at most 255 bytes kept, as VTK) */
} vb_legacy_info;
/* VTK's ReadAllScalars/Vectors/...: bit (1 << VB_ATTRIBUTE_*) set: a second
 * section of that attribute is added as a plain array (VTK's default: it is
 * dropped); VB_LEGACY_READ_ALL_COLOR_SCALARS for COLOR_SCALARS. */
enum { VB_LEGACY_READ_ALL_COLOR_SCALARS = 1 << 12, VB_LEGACY_READ_ALL_FIELDS = 1 << 13 };
VB_API vb_object *vb_legacy_read(const void *data, size_t n, unsigned read_all, vb_legacy_info *info);

typedef struct vb_legacy_options {
  int binary;             /* VTK SetFileTypeToBinary: 1; ASCII: 0 */
  int version;            /* 51 (VTK 9.7.1's default) or 42 (OFFSETS/CONNECTIVITY vs legacy cells) */
  const char *header;     /* NULL: "vtk output" (VTK's default); borrowed for the call */
  const char *field_name; /* FIELD arrays' group name; NULL: "FieldData" */
  int write_extent;       /* VTK SetWriteExtent: EXTENT instead of DIMENSIONS (image data, structured
                             and rectilinear grids; image data then keep their origin) */
} vb_legacy_options;
/* Appends the file for obj (a data set of any kind, or a vtkDataObject: its
 * field data) as VTK 9.7.1's writer
 * writes it, byte for byte.  opt NULL: ASCII, 5.1. */
VB_API int vb_legacy_write(vb_object *obj, const vb_legacy_options *opt, vb_io_bytes *out);

#endif

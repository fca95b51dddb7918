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

#include "vb_block.h"
#include "vb_object.h"

typedef struct vb_io_bytes {
  unsigned char *data; /* owned; vb_io_bytes_free releases it */
  size_t size, cap;
} vb_io_bytes;
VB_API void vb_io_bytes_free(vb_io_bytes *b); /* data freed, all zero again; NULL ok */
/* appends p[0, n) (VB_ENOMEM / VB_EOVERFLOW, b unchanged, on failure) */
VB_API int vb_io_bytes_append(vb_io_bytes *b, const void *p, size_t n);

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


/* ---- XML serial .vtp .vtu .vti .vtr .vts (vb_io_xml_*.c) ---- */
/* zlib comes from the binding (docs/io.md): inflate src[0, n), one block
 * of a vtkZLibDataCompressor stream, into exactly `expected` bytes at dst
 * (the size the file's header gives) and return VB_OK; a bad stream, or
 * one that gives fewer or more bytes (a zlib bomb), is a negative
 * vb_status (the core names the block).  ctx is the callbacks' ctx. */
typedef int (*vb_inflate_fn)(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected);
/* Composite files (.vtm, .vtpc) name other files: the binding loads one
 * (`file` as written, NUL-terminated, borrowed for the call; relative to
 * the composite file's directory) into *out (a new reference) and returns
 * VB_OK, or a negative vb_status (the core names the file and position). */
typedef int (*vb_xml_load_fn)(void *ctx, const char *file, vb_object **out);
typedef struct vb_io_callbacks {
  vb_inflate_fn inflate; /* NULL: compressed arrays are an error */
  vb_xml_load_fn load;   /* NULL: composite files naming files are an error */
  void *ctx;             /* handed to the callbacks, never dereferenced by the core */
} vb_io_callbacks;
typedef struct vb_xml_info {
  char type[40];       /* VTKFile type="...": "PolyData", "UnstructuredGrid", ... */
  char compressor[40]; /* "" or "vtkZLibDataCompressor" */
  int header64;        /* header_type="UInt64" */
  int big_endian;      /* byte_order="BigEndian" */
} vb_xml_info;
/* Reads a serial VTK XML file (.vtp .vtu .vti .vtr .vts, and the
 * composite .vtm / .vtpc through cb->load) from data[0, n)
 * (borrowed for the call); cb (borrowed; NULL: no zlib) inflates
 * compressed blocks; info (NULL: not wanted) says what the file was. */
VB_API vb_object *vb_xml_read(const void *data, size_t n, const vb_io_callbacks *cb, vb_xml_info *info);
/* As vb_xml_read over bytes [off, off + n) of blk (borrowed): appended raw
 * arrays in the host's byte order, aligned there, use that memory in place
 * (each holds a reference to blk) rather than a copy. */
VB_API vb_object *vb_xml_read_block(vb_block *blk, size_t off, size_t n, const vb_io_callbacks *cb, vb_xml_info *info);
/* Where to put a file of file_size bytes, its first bytes head[0, n), so
 * that the most of its appended raw values are aligned (for
 * vb_xml_read_block): the offset from an 8-aligned address, 0..7. */
VB_API size_t vb_xml_align(const void *head, size_t n, size_t file_size);
/* ---- XML serial .vtp .vtu .vti .vtr .vts (vb_io_xml_write*.c) ---- */
/* zlib's compress2(src[0, n), level) appended to out (a zlib stream, as
 * vtkZLibDataCompressor makes one block); VB_OK or a negative vb_status.
 * Each binding hands one over (docs/io.md: zlib through a callback). */
typedef int (*vb_deflate_fn)(void *ctx, const unsigned char *src, size_t n, int level, vb_io_bytes *out);
enum { VB_XML_ASCII = 0, VB_XML_BINARY = 1, VB_XML_APPENDED = 2 };
typedef struct vb_xml_options {
  int data_mode;       /* VB_XML_*; VTK's default: appended */
  int raw_appended;    /* VTK EncodeAppendedDataOff: 1; base64 (VTK's default): 0 */
  int header64;        /* SetHeaderTypeToUInt64: 1 */
  int zlib;            /* SetCompressorTypeToZLib (VTK's default): 1; needs deflate */
  int level;           /* compression level; 0: 5 (VTK's) */
  size_t block_size;   /* 0: 32768 (VTK's) */
  vb_deflate_fn deflate; /* borrowed for the call, with its ctx */
  void *deflate_ctx;
} vb_xml_options;
/* Appends the XML file for obj as VTK 9.7.1's vtkXML<Kind>Writer writes
 * it for a freshly built data set, byte for byte (polydata, unstructured,
 * image, rectilinear and structured grids).  opt NULL: appended base64,
 * UInt32 headers, no compression. */
VB_API int vb_xml_write(vb_object *obj, const vb_xml_options *opt, vb_io_bytes *out);
/* The composite XML files as VTK 9.7.1's vtkXMLMultiBlockDataWriter (obj a
 * vtkMultiBlockDataSet: .vtm) and vtkXMLPartitionedDataSetCollectionWriter
 * (a vtkPartitionedDataSetCollection: .vtpc) write them: file_name is the
 * index file's name (borrowed; a path is allowed, only its last part is
 * used): the leaves go to the directory named after it without its
 * extension ("<name>_data" without one), as <dir>/<dir>_<n>.<ext>.  Appends
 * to out every file, each framed as: its path relative to the index file's
 * directory, NUL, its size (8 bytes little-endian), its bytes; the leaves
 * first, in order, the index file last under the path "".  opt as
 * vb_xml_write (the index writes its field data binary in appended mode). */
VB_API int vb_xml_write_composite(vb_object *obj, const vb_xml_options *opt, const char *file_name, vb_io_bytes *out);
/* As vb_xml_write, the file handed to write(ctx, bytes, n) (VB_OK or a
 * negative vb_status) in pieces, in order, from once its header is
 * complete: uncompressed appended arrays straight from their memory. */
typedef int (*vb_write_fn)(void *ctx, const void *p, size_t n);
VB_API int vb_xml_write_to(vb_object *obj, const vb_xml_options *opt, vb_write_fn write, void *ctx);

#endif

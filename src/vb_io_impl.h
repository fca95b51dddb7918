/* vb_io_impl.h - what the file formats share (private): the type table
 * (legacy and XML type names, widths in files), value conversion between
 * file bytes and array memory, the growing output and the error with a
 * position.  Files: vb_io_common.c (these), vb_io_base64.c, vb_io_xml_tok.c,
 * vb_io_legacy_read.c, vb_io_legacy_write.c. */
#ifndef VB_IO_IMPL_H
#define VB_IO_IMPL_H

#include <stdarg.h>

#include "vb_array.h"
#include "vb_block.h"
#include "vb_internal.h"
#include "vb_io.h"

/* One row per VTK type a file can hold. */
typedef struct vb__io_type {
  int type;           /* VB_FLOAT, ... (VB_BIT: packed bits) */
  const char *legacy; /* legacy type name as VTK 9.7.1 writes it */
  const char *xml;    /* XML type="..." name */
  int width;          /* bytes of one value in a binary legacy file (long: 8, as
                         VTK on LP64; vtkIdType: 4, VTK writes it as int) */
  char kind;          /* 'i' signed, 'u' unsigned, 'f' real, 'b' bit */
} vb__io_type;
const vb__io_type *vb__io_type_of(int type); /* NULL: no file type */
/* row of a legacy type name (case-insensitive; "signed_char" reads as char,
 * as VTK); NULL if unknown */
const vb__io_type *vb__io_type_legacy(const char *name);

/* n values of `width` bytes and kind at src (big-endian when be) into the
 * memory of an array of type dst_type at dst.  A value that does not fit
 * the array's type (a 64-bit "long" on a 32-bit long): VB_ENOFIT and *bad =
 * its index. */
int vb__io_decode(void *dst, int dst_type, const unsigned char *src, int width, char kind, int be,
                  int64_t n, int64_t *bad);
/* n values of an array's memory (type src_type) as width-byte big-endian
 * values of kind into dst (narrowing as a C cast, VTK's int for vtkIdType) */
void vb__io_encode_be(unsigned char *dst, int width, char kind, const void *src, int src_type, int64_t n);

/* Output: append bytes / printf; VB_ENOMEM / VB_EOVERFLOW without a message
 * (the writer names it). */
int vb__io_put(vb_io_bytes *b, const void *p, size_t n);
/* n more bytes at the end of b, to fill (NULL and *st set on failure) */
unsigned char *vb__io_grow(vb_io_bytes *b, size_t n, int *st);
int vb__io_printf(vb_io_bytes *b, const char *fmt, ...) VB_PRINTF(2, 3);
/* VTK's EncodeWriteString: %XX for bytes < 33 or > 126, '"' and '%' */
int vb__io_put_encoded(vb_io_bytes *b, const char *s);
/* VTK's DecodeString, in place: s[0, len) (NUL-terminated after), returns
 * the decoded length (a %00 decodes to a NUL) */
size_t vb__io_decode_n(char *s, size_t len);
void vb__io_decode_name(char *s);

/* base64 (vb_io_base64.c): encode appends 4 characters per 3 bytes ('='
 * padded); decode writes at most cap bytes of s[0, n) to out, skipping
 * whitespace, stopping at '=' or a character outside the alphabet (*bad =
 * its index, else (size_t)-1); *used = characters consumed (padding and
 * whitespace after it included); returns the bytes written. */
int vb__io_base64_encode(vb_io_bytes *b, const unsigned char *p, size_t n);
size_t vb__io_base64_decode(const unsigned char *s, size_t n, unsigned char *out, size_t cap, size_t *used,
                            size_t *bad);

/* The XML tokenizer (vb_io_xml_tok.c): a pull parser over p[0, n)
 * (borrowed while used).  vb__xml_next moves to the next event: a start tag
 * (name, attributes, empty for <x/>; an empty element gives no END), an end
 * tag, character data inside an element (raw: entities not decoded), or the
 * end of the input; declarations and comments are skipped.  Errors
 * (VB_EINVAL, positioned): a bad tag, an end tag that does not match, text
 * outside the root, nesting deeper than VB__XML_MAX_DEPTH, the input ending
 * inside an element.  A reader may take raw bytes itself from x->pos (the
 * AppendedData section) and move x->pos past them. */
enum { VB__XML_START = 1, VB__XML_END, VB__XML_TEXT, VB__XML_EOF };
enum { VB__XML_MAX_DEPTH = 64, VB__XML_MAX_ATTRS = 32 };
typedef struct vb__xml {
  const unsigned char *p;
  size_t n, pos;
  int kind, empty, depth, nattr;
  const char *name, *text; /* point into p */
  size_t name_len, text_len;
  struct { const char *name, *value; size_t name_len, value_len; } attr[VB__XML_MAX_ATTRS];
  const char *stack[VB__XML_MAX_DEPTH];
  size_t stack_len[VB__XML_MAX_DEPTH];
} vb__xml;
void vb__xml_init(vb__xml *x, const void *p, size_t n);
int vb__xml_next(vb__xml *x);
/* the raw value of attribute `name` of the current start tag (NULL: absent) */
const char *vb__xml_attr(const vb__xml *x, const char *name, size_t *len);
/* s[0, n) with &amp; &lt; &gt; &quot; &apos; decoded into out (at most
 * cap - 1 bytes, NUL-terminated); returns the length */
size_t vb__xml_decode(const char *s, size_t n, char *out, size_t cap);

/* Number formatting, the one place (vb_io_legacy_write.c): value i of base
 * (an array of row t's type) as VTK's ASCII writers write it (xml 0: the
 * legacy writer's {:g}/{:.11g} and a space; xml 1: vtk::to_string, the
 * shortest that reads back); a double with C++ ostream precision prec
 * (prec 0: shortest as a double, -1: as a float).  Return the length. */
int vb__io_format_value(const vb__io_type *t, const void *base, int64_t i, int xml, char *buf, size_t cap);
int vb__io_format_double(double v, int prec, char *buf, size_t cap);
/* an AOS array with a's values (a itself, retained, when it is one; NULL
 * and *st = VB_ENOMEM on failure); release it */
vb_array *vb__io_aos(vb_array *a, int *st);

/* The failure of a reader at byte `off` of the input: "<what> line L (byte
 * off): <detail>"; returns status. */
int vb__io_fail_at(const char *what, const unsigned char *base, size_t off, int status, const char *fmt, ...)
  VB_PRINTF(5, 6);


/* XML data arrays (vb_io_xml_data.c): what the reader knows of the file */
typedef struct vb__xml_file {
  const unsigned char *p;     /* the whole file (borrowed) */
  size_t n;
  int be, header64, zlib;     /* BigEndian, header_type="UInt64", vtkZLibDataCompressor */
  size_t appended;            /* offset of the byte after <AppendedData>'s '_'; 0: none */
  int appended_raw;           /* encoding="raw" (else base64) */
  const vb_io_callbacks *cb;  /* inflate (NULL: compressed data is an error) */
  vb_block *blk;              /* the block p lies in (borrowed; NULL: none): appended raw
                                 arrays in the host's order share it (a reference each) */
} vb__xml_file;
/* The DataArray whose start tag is at byte `at` (text: its character data,
 * [text, text + text_len) of the file) as a new array (*out, a new
 * reference).  ntuples < 0: as many tuples as the data holds; else the data
 * must hold at least that many.  Errors name the position. */
int vb__xml_data_array(const vb__xml_file *f, size_t at, size_t text, size_t text_len, int64_t ntuples, vb_array **out);
/* The composite file whose root element (vtkMultiBlockDataSet or
 * vtkPartitionedDataSetCollection: type) starts at `at` (vb_io_xml_composite.c) */
int vb__xml_composite(const vb__xml_file *f, int type, size_t at, vb_object **out);
/* a decimal integer of s[0, n) (blanks around allowed) into *v; VB_EINVAL if not one */
int vb__xml_int(const char *s, size_t n, int64_t *v);

#endif

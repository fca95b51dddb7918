/* vb_array.h - data arrays: AOS (vtkAOSDataArrayTemplate and the concrete
 * vtkFloatArray, vtkDoubleArray, vtkIntArray, vtkIdTypeArray, ...), SOA
 * (vtkSOADataArrayTemplate) and scaled SOA (vtkScaledSOADataArrayTemplate).
 *
 * Model (as VTK): an array has NumberOfComponents (>= 1), a MaxId (index of
 * the last valid value, -1 when empty) and a Size (allocated values).  AOS
 * storage is one vb_buffer of Size elements, tuple-interleaved; SOA storage
 * is one vb_buffer per component.  Size is always derived from the buffers
 * (AOS: element count; SOA: components x the smallest component count), so
 * an array stays consistent even when a buffer it shares is reallocated by
 * someone else; MaxId is clamped to Size - 1 where needed.
 *
 * Growth (VTK 9.7 Resize policy): growing to T tuples from a capacity of C
 * tuples allocates C + T tuples; shrinking allocates exactly T.  Hence
 * InsertNext* is amortized O(1) (capacity at least doubles), and
 * SetNumberOfTuples(100) on an empty 3-component array gives exactly 300.
 * New memory is zeroed without being written (vb_block_new_zeroed): growth
 * copies the old contents only, so a huge array costs resident memory only
 * where it is written.  An allocation the system refuses is VB_ENOMEM with
 * the array unchanged.
 *
 * BufferChangedEvent (calldata NULL) fires on the array exactly when the
 * memory behind it moves or is replaced (any buffer of the array gets a new
 * block or element count, or a buffer object is replaced), once per call,
 * after the array is in its new state, and never when nothing moved.  It is
 * followed by ModifiedEvent.  A buffer shared with another party that is
 * reallocated through that party also fires it on the array.
 *
 * Errors: every call returning int returns VB_OK or a negative vb_status
 * with a message in vb_last_error(); on error the array is unchanged.
 * Index arguments are checked (VB_ERANGE): value/tuple getters and setters
 * only address existing values [0, NumberOfValues); Insert* grow.
 *
 * Values: the tagged (_s) functions are the bindings' entry points and
 * follow vb_scalar.h's rules: VB_RULES_VALUE for the value API (exact
 * integers, VB_ENOFIT / VB_ETYPE as VTK's Python wrapping), VB_RULES_DOUBLE
 * for the tuple/component API (saturating through double; 64-bit integer
 * arrays take integers exactly, read back as REAL).  Every component is checked before anything is written.
 * The double functions are the C double interface (a C cast that saturates
 * for integer types, NaN -> 0).  Scaled SOA arrays store raw = value /
 * scale and return raw * scale; component buffers hold the raw data.
 *
 * Bit arrays (vtkBitArray): vb_array_new(VB_BIT) (AOS only) stores 8
 * values per byte, most significant bit first, as VTK 9.7.1; its buffer
 * (vb_array_get_buffer) is a vb_buffer of VB_UNSIGNED_CHAR holding
 * ceil(Size / 8) bytes, and Size (vb_array_get_size) counts bits.  The
 * value API takes integers in C int's range (VB_ENOFIT past it, VB_ETYPE for
 * a REAL) and stores non-zero as 1; the double API stores 1 when the
 * truncated value is non-zero (VTK's static_cast<int>; vtkbuf: NaN 0).
 * Values read back 0/1 (INT, or REAL under VB_RULES_DOUBLE).  Inserting
 * past Size grows to Size + index + 2 bits rounded up to whole tuples (VTK
 * 9.7.1); Resize/Reserve/SetNumberOf* follow the common policy.  New bits
 * are 0.  vb_array_elem_size is 0 (VTK's GetDataTypeSize), there is no
 * contiguous buffer (NULL), vb_array_data is the first byte, SetArray
 * counts n in bits (ceil(n / 8) bytes adopted), SetBuffer takes a buffer of
 * VB_UNSIGNED_CHAR (Size = 8 x its bytes).  Deep copies to or from other
 * types go through double (other -> bit as the double API).
 *
 * Ownership: constructors return a new reference (release with
 * vb_array_release).  Buffers returned by getters are borrowed: valid while
 * the array holds them; vb_buffer_retain() to keep one.  Not thread-safe.
 */
#ifndef VB_ARRAY_H
#define VB_ARRAY_H

#include "vb_api.h"

#include <stddef.h>
#include <stdint.h>

#include "vb_block.h"
#include "vb_buffer.h"
#include "vb_object.h"
#include "vb_scalar.h"

typedef struct vb_array vb_array; /* a vb_object */

enum { VB_LAYOUT_AOS = 0, VB_LAYOUT_SOA = 1, VB_LAYOUT_SCALED_SOA = 2 };
/* implicit arrays (vb_implicit.h): no storage, values computed */
enum { VB_LAYOUT_CONSTANT = 3, VB_LAYOUT_AFFINE = 4, VB_LAYOUT_STRUCTURED = 5 };

/* ---- lifetime ---- */
VB_API vb_array *vb_array_new(int type);            /* AOS; NULL + VB_ETYPE / VB_ENOMEM */
VB_API vb_array *vb_array_new_soa(int type);        /* SOA, 1 component */
VB_API vb_array *vb_array_new_scaled_soa(int type); /* scaled SOA, scale 1.0 */
/* layout: VB_LAYOUT_*; convenience for bindings */
VB_API vb_array *vb_array_new_layout(int type, int layout);
VB_API vb_object *vb_array_object(vb_array *a);     /* borrowed, same object */
VB_API vb_array *vb_array_from_object(vb_object *o); /* borrowed; NULL if o is not an array */
VB_API void vb_array_retain(vb_array *a);           /* NULL ok */
VB_API void vb_array_release(vb_array *a);          /* NULL ok */

/* ---- description ---- */
VB_API int vb_array_layout(const vb_array *a);     /* VB_LAYOUT_*, -1 for NULL */
VB_API int vb_array_type(const vb_array *a);       /* VTK type id (GetDataType) */
VB_API size_t vb_array_elem_size(const vb_array *a); /* GetDataTypeSize */
/* "vtkFloatArray", "vtkIdTypeArray", ..., "vtkSOADataArrayTemplate<float>"... static */
VB_API const char *vb_array_class_name(const vb_array *a);

/* ---- shape ---- */
VB_API int vb_array_set_number_of_components(vb_array *a, int n); /* n >= 1 (VB_EINVAL);
   AOS keeps storage (reinterpreted); SOA replaces its component buffers by
   empty ones (MaxId = -1) when n changes. */
VB_API int vb_array_get_number_of_components(const vb_array *a);
VB_API int vb_array_set_number_of_tuples(vb_array *a, int64_t n); /* Resize + MaxId = n*comps-1 */
VB_API int64_t vb_array_get_number_of_tuples(const vb_array *a);  /* (MaxId+1) / comps */
VB_API int vb_array_set_number_of_values(vb_array *a, int64_t n); /* Resize(ceil(n/comps)) + MaxId = n-1 */
VB_API int64_t vb_array_get_number_of_values(const vb_array *a);  /* MaxId + 1 */
VB_API int64_t vb_array_get_max_id(const vb_array *a);
VB_API int64_t vb_array_get_size(const vb_array *a);              /* allocated values */

/* ---- storage ---- */
VB_API int vb_array_resize(vb_array *a, int64_t ntuples);        /* growth policy above; keeps data */
/* ReserveTuples (VTK 9.7): when ntuples exceeds the capacity C (in tuples),
 * grow by the Resize policy to C + ntuples; else nothing.  Keeps data and
 * MaxId.  ReserveValues: the same for ceil(nvalues / comps) tuples. */
VB_API int vb_array_reserve_tuples(vb_array *a, int64_t ntuples);
VB_API int vb_array_reserve_values(vb_array *a, int64_t nvalues);
/* VTK Allocate(size, ext): MaxId = -1; new zeroed storage of ceil(size/comps)
 * tuples if size > Size or size == 0, else storage kept.  ext is ignored. */
VB_API int vb_array_allocate(vb_array *a, int64_t size, int64_t ext);
VB_API int vb_array_squeeze(vb_array *a);    /* Size = NumberOfTuples * comps */
VB_API int vb_array_initialize(vb_array *a); /* release storage; MaxId = -1; comps kept */

/* ---- values (value index i in [0, NumberOfValues)): VB_RULES_VALUE ---- */
VB_API int vb_array_get_value_s(const vb_array *a, int64_t i, vb_scalar *out);
VB_API int vb_array_set_value_s(vb_array *a, int64_t i, const vb_scalar *v);
VB_API int vb_array_insert_value_s(vb_array *a, int64_t i, const vb_scalar *v); /* grows; MaxId = max(MaxId, i) */
VB_API int vb_array_insert_next_value_s(vb_array *a, const vb_scalar *v);       /* amortized O(1) */

/* ---- tuples (t in [0, NumberOfTuples); comps scalars), either rules ---- */
VB_API int vb_array_get_tuple_s(const vb_array *a, int64_t t, int rules, vb_scalar *out);
VB_API int vb_array_set_tuple_s(vb_array *a, int64_t t, int rules, const vb_scalar *tuple);
VB_API int vb_array_insert_tuple_s(vb_array *a, int64_t t, int rules, const vb_scalar *tuple); /* grows */
VB_API int vb_array_insert_next_tuple_s(vb_array *a, int rules, const vb_scalar *tuple);
VB_API int vb_array_get_component_s(const vb_array *a, int64_t t, int c, int rules, vb_scalar *out);
VB_API int vb_array_set_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v);

/* ---- VTK 9.7's typed accessors (vb_array_typed.c) ----
 * Get/SetTypedComponent, Get/Set/Insert/InsertNextTypedTuple are the
 * component/tuple functions above with VB_RULES_VALUE.
 * InsertTypedComponent: c in [0, comps), t >= 0; when t is past the last
 * tuple the array first gets t + 1 tuples (VTK's InsertComponent), then
 * component c of tuple t is set; the value is checked before anything
 * changes. */
VB_API int vb_array_insert_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v);
/* GetValueRange: min and max of component comp (-1: tuple magnitudes) in
 * the array's value type, read back as VB_RULES_VALUE (CHAR for char
 * arrays, exact 64-bit integers); NaNs skipped.  An empty array gives
 * VTK's {1e299, -1e299} converted (saturated) to the type.  comp outside
 * [-1, comps) is VB_ERANGE. */
VB_API int vb_array_get_value_range(const vb_array *a, int comp, vb_scalar out[2]);
/* LookupValue: *index = the first value index whose value equals v
 * converted to the array's type as VTK 9.7.1 converts it (an integer
 * wraps into an integer type, a real is truncated: 0.1 finds 0; float
 * arrays compare v as a float), or -1.  Never found: a real whose integral
 * part is outside an integer type (VTK's cast is undefined), a character
 * for other than a 1-byte integer type (or past 127).  NaN finds NaN.
 * An integer past int64 is VB_ENOFIT (as VTK), a real for a bit array
 * VB_ETYPE.  Not finding is not an error. */
VB_API int vb_array_lookup_value_s(const vb_array *a, const vb_scalar *v, int64_t *index);

/* ---- the C double interface (saturating, as VB_RULES_DOUBLE for REAL) ---- */
VB_API int vb_array_get_value(const vb_array *a, int64_t i, double *out);
VB_API int vb_array_set_value(vb_array *a, int64_t i, double v);
VB_API int vb_array_insert_value(vb_array *a, int64_t i, double v);
VB_API int vb_array_insert_next_value(vb_array *a, double v);
VB_API int vb_array_get_tuple(const vb_array *a, int64_t t, double *out);
VB_API int vb_array_set_tuple(vb_array *a, int64_t t, const double *tuple);
VB_API int vb_array_insert_tuple(vb_array *a, int64_t t, const double *tuple);
VB_API int vb_array_insert_next_tuple(vb_array *a, const double *tuple);
VB_API int vb_array_get_component(const vb_array *a, int64_t t, int c, double *out);
VB_API int vb_array_set_component(vb_array *a, int64_t t, int c, double v);
/* 64-bit integer conveniences: get is a C conversion (exact for every type
 * that holds the value); set/insert_next are the value API with an INT. */
VB_API int vb_array_get_value_i64(const vb_array *a, int64_t i, int64_t *out);
VB_API int vb_array_set_value_i64(vb_array *a, int64_t i, int64_t v);
VB_API int vb_array_insert_next_value_i64(vb_array *a, int64_t v);

/* ---- range: comp in [0, comps) or -1 for the L2 magnitude of tuples.
 * NaNs are skipped; an empty array gives {1e299, -1e299} (VTK). ---- */
VB_API int vb_array_get_range(const vb_array *a, int comp, double out[2]);

/* ---- copies ---- */
/* dst gets src's components and values (converted to dst's type; exact
 * between integer types).  dst keeps its layout; storage is reused in
 * place when it already has exactly the needed size (no event), else
 * replaced.  A scaled dst copies raw data and scale from a scaled src of
 * the same type, otherwise gets scale 1.  dst == src: no-op. */
VB_API int vb_array_deep_copy(vb_array *dst, const vb_array *src);
/* Same type and layout: dst shares src's memory blocks (not its buffer
 * objects): writes are visible through both until either reallocates, and
 * neither ever frees memory the other uses.  Otherwise a deep copy. */
VB_API int vb_array_shallow_copy(vb_array *dst, const vb_array *src);

/* ---- buffers ---- */
/* AOS: the array's buffer (borrowed).  SOA: NULL + VB_ETYPE. */
VB_API vb_buffer *vb_array_get_buffer(const vb_array *a);
/* SOA/scaled SOA: buffer of component c (borrowed, raw data for scaled).
 * NULL + VB_ERANGE for a bad c, NULL + VB_ETYPE for an AOS array. */
VB_API vb_buffer *vb_array_get_component_buffer(const vb_array *a, int c);
/* The one buffer holding the values contiguously, tuple-interleaved
 * (borrowed): the AOS buffer, or the buffer of a one-component unscaled
 * SOA array; NULL, without an error, for any other array. */
VB_API vb_buffer *vb_array_contiguous_buffer(const vb_array *a);
/* Borrowed pointer to value 0 (AOS, or SOA with one component), valid until
 * storage changes; NULL when empty. NULL + VB_ETYPE for multi-comp SOA. */
VB_API void *vb_array_data(const vb_array *a);

/* AOS: use buf (retained; shared, not copied) as storage.  buf must have
 * the array's type (VB_ETYPE).  update_max_id: MaxId = count - 1, else MaxId
 * is kept (clamped to the new Size).  Same buffer: no event. */
VB_API int vb_array_set_buffer(vb_array *a, vb_buffer *buf, int update_max_id);
/* SOA: same for component c; update_max_id: MaxId = comps * count - 1, kept
 * even while other components are smaller (NumberOfValues is clamped to the
 * allocated size until they are set, as VTK 9.7's SetBuffer sequence needs). */
VB_API int vb_array_set_component_buffer(vb_array *a, int c, vb_buffer *buf, int update_max_id);

/* AOS SetArray: adopt n values at data (not copied); Size = n, MaxId = n-1.
 * save != 0: vtkbuf never frees data (the caller keeps it valid while any
 * holder of the block lives).  save == 0: release(ctx, data) is called when
 * the last holder of the block lets go; release NULL means free(data).
 * On error nothing is adopted and release is not called. */
VB_API int vb_array_set_array(vb_array *a, void *data, int64_t n, int save, vb_release_fn release,
                              void *ctx);
/* SOA SetArray(comp, ...): n values for component c.  update_max_id:
 * MaxId = comps * n - 1. */
VB_API int vb_array_set_component_array(vb_array *a, int c, void *data, int64_t n, int update_max_id,
                                        int save, vb_release_fn release, void *ctx);

/* ---- scaled SOA ---- */
VB_API double vb_array_get_scale(const vb_array *a); /* 1.0 for other layouts */
/* VB_ETYPE unless scaled SOA; VB_EINVAL for 0, NaN or infinite scale. */
VB_API int vb_array_set_scale(vb_array *a, double scale);

/* ---- name (vtkAbstractArray::SetName/GetName) ---- */
/* Borrowed; NULL when the array has no name.  Valid until the next
 * vb_array_set_name on this array or its destruction. */
VB_API const char *vb_array_get_name(const vb_array *a);
/* The string is copied; NULL clears the name.  Fires ModifiedEvent when the
 * name changes.  VB_ENOMEM leaves the old name. */
VB_API int vb_array_set_name(vb_array *a, const char *name);

/* ---- editing (vb_array_edit.c) ----
 * Every call checks all its inputs before it changes anything (a refused
 * call leaves the array unchanged).  None fires ModifiedEvent unless storage
 * moves (VTK's value writes do not call Modified).  Values move between
 * arrays of the same type exactly; between types under VB_RULES_DOUBLE
 * (what would wrap or is undefined in the destination is refused).  Source
 * arrays are borrowed for the call; src == dst is allowed (tuples are
 * copied in order, as VTK's loop).  Copying no tuple checks nothing (VTK). */
/* Fill (VB_RULES_DOUBLE) / FillValue (VB_RULES_VALUE): every value (AOS:
 * up to MaxId, a partial last tuple too; SOA and bits: whole tuples).  FillComponent / FillTypedComponent: component c in [0, comps)
 * (VB_ERANGE). */
VB_API int vb_array_fill_s(vb_array *a, int rules, const vb_scalar *v);
VB_API int vb_array_fill_component_s(vb_array *a, int c, int rules, const vb_scalar *v);
/* InsertComponent (VTK's, rules as the caller's API: VB_RULES_DOUBLE for
 * vtkDataArray::InsertComponent): t >= 0 and c in [0, comps) (VB_ERANGE);
 * grows to t + 1 tuples by the Resize policy when needed (bit arrays too),
 * writes the value, MaxId = max(MaxId, t x comps + c) (the component, not
 * the whole tuple, as VTK 9.7.1). */
VB_API int vb_array_insert_one_component_s(vb_array *a, int64_t t, int c, int rules, const vb_scalar *v);
/* CopyComponent: component sc of src into component dc of dst, through
 * the double rules; tuple counts must match (VB_EINVAL), components exist
 * (VB_ERANGE). */
VB_API int vb_array_copy_component(vb_array *dst, int dc, const vb_array *src, int sc);
/* Reset: MaxId = -1, storage kept.  RemoveTuple(t): t in [0, tuples)
 * (VB_ERANGE); later tuples move down, capacity kept; the last tuple is
 * RemoveLastTuple: NumberOfTuples - 1, then Squeeze (VTK).  RemoveFirst /
 * RemoveLast on an empty array: nothing.  A bit array removes only its last
 * tuple (VB_ETYPE otherwise: VTK 9.7.1 does not implement it). */
VB_API int vb_array_reset(vb_array *a);
VB_API int vb_array_remove_tuple(vb_array *a, int64_t t);
VB_API int vb_array_remove_first_tuple(vb_array *a);
VB_API int vb_array_remove_last_tuple(vb_array *a);
/* Tuples from another array with as many components (VB_EINVAL otherwise);
 * source tuple indices must exist in src (VB_ERANGE).
 * SetTuple(i, j, src): i in [0, tuples).  InsertTuple / InsertNextTuple
 * grow (as InsertTuple of values); *index = the tuple written (NULL ok).
 * InsertTuples(dst_ids, src_ids, n): dst[dst_ids[k]] = src[src_ids[k]],
 * growing to max(dst_ids) + 1 tuples (MaxId raised, never lowered);
 * _range: n tuples from src_start to dst_start; _starting_at: src[src_ids[k]]
 * to dst_start + k.  The id arrays are borrowed for the call. */
VB_API int vb_array_set_tuple_from(vb_array *dst, int64_t i, const vb_array *src, int64_t j);
VB_API int vb_array_insert_tuple_from(vb_array *dst, int64_t i, const vb_array *src, int64_t j);
VB_API int vb_array_insert_next_tuple_from(vb_array *dst, const vb_array *src, int64_t j, int64_t *index);
VB_API int vb_array_insert_tuples(vb_array *dst, const int64_t *dst_ids, const int64_t *src_ids, int64_t n,
                           const vb_array *src);
VB_API int vb_array_insert_tuples_range(vb_array *dst, int64_t dst_start, int64_t n, int64_t src_start,
                                 const vb_array *src);
VB_API int vb_array_insert_tuples_starting_at(vb_array *dst, int64_t dst_start, const int64_t *src_ids, int64_t n,
                                       const vb_array *src);
/* GetTuples: a's tuples ids[k] (or p1..p2 inclusive; none when p2 < p1)
 * into out's tuples 0, 1, ...; out is not grown and its MaxId is kept (VTK):
 * the tuples written must lie in out's allocated tuples (VB_ERANGE). */
VB_API int vb_array_get_tuples(const vb_array *a, const int64_t *ids, int64_t n, vb_array *out);
VB_API int vb_array_get_tuples_range(const vb_array *a, int64_t p1, int64_t p2, vb_array *out);
/* InterpolateTuple: tuple i of dst (inserted: grows) = sum weights[k] x
 * src[ids[k]], or (1 - t) src1[id1] + t src2[id2]; sources of dst's type
 * (VB_ETYPE) and components; integer results rounded half away from zero
 * and clamped to the type, NaN 0 (VTK's RoundDoubleToIntegralIfNecessary). */
VB_API int vb_array_interpolate_tuple(vb_array *dst, int64_t i, const int64_t *ids, int64_t n, const vb_array *src,
                               const double *weights);
VB_API int vb_array_interpolate_tuple2(vb_array *dst, int64_t i, int64_t id1, const vb_array *s1, int64_t id2,
                                const vb_array *s2, double t);

/* ---- information (vb_array_info.c) ---- */
/* Component names (vtkAbstractArray): any c >= 0, independent of the
 * number of components; c < 0 or a NULL name is ignored (VTK).  The name is
 * copied.  Get: borrowed, NULL when unset, valid until the name is set
 * again or the array dies.  Copy: dst's names = src's when src has a list
 * (*copied = 1), else nothing (*copied = 0; copied may be NULL).
 * DeepCopy / ShallowCopy also copy the name and component names (VTK). */
VB_API int vb_array_set_component_name(vb_array *a, int64_t c, const char *name);
VB_API const char *vb_array_get_component_name(const vb_array *a, int64_t c);
VB_API int vb_array_has_a_component_name(const vb_array *a);
VB_API int vb_array_copy_component_names(vb_array *dst, const vb_array *src, int *copied);
/* GetDataTypeRange of a type id: {min, max} as VTK's vtkType.h says (float
 * +-1e38, double +-1e299, the integer types' limits, bit {0, 1}; {0, 1}
 * for an unknown id). */
VB_API int vb_array_get_data_type_range(int type, double out[2]);
/* GetDataTypeValueMin / Max: the type's limits as the value API reads them
 * (INT / UINT exact, REAL for real types as the range above, CHAR for char
 * arrays: codes 0x80 and 0x7f, as VTK's Python). */
VB_API int vb_array_get_data_type_value_range(const vb_array *a, vb_scalar out[2]);
enum { VB_ARRAY_TYPE_BIT = 4, VB_ARRAY_TYPE_AOS = 5, VB_ARRAY_TYPE_SOA = 6, VB_ARRAY_TYPE_SCALED_SOA = 7 };
enum { VB_ARRAY_TYPE_AFFINE = 11, VB_ARRAY_TYPE_CONSTANT = 13, VB_ARRAY_TYPE_STRUCTURED_POINT = 17 };
VB_API int vb_array_get_array_type(const vb_array *a);                /* VB_ARRAY_TYPE_* (GetArrayType) */
VB_API const char *vb_array_get_array_type_as_string(const vb_array *a); /* "VTK_AOS_DATA_ARRAY"...; static */
VB_API int vb_array_is_integral(const vb_array *a);                   /* bit and integer types (char too) */
VB_API int vb_array_has_standard_memory_layout(const vb_array *a);    /* AOS (bits too) */
VB_API int64_t vb_array_get_data_size(const vb_array *a);             /* comps x tuples */
VB_API int64_t vb_array_get_actual_memory_size(const vb_array *a);    /* KiB of the capacity, rounded up; bits 0 */
/* GetFiniteRange: as vb_array_get_range, skipping infinities too. */
VB_API int vb_array_get_finite_range(const vb_array *a, int comp, double out[2]);
VB_API double vb_array_get_max_norm(const vb_array *a); /* largest tuple L2 norm, 0 when empty */

/* ---- 64-bit integer tuples and GetData (vb_array_int64.c) ----
 * Get: tuple t as int64 / uint64: integer arrays exactly, or modulo 2^64
 * into the other signedness (VTK's static_cast); reals truncated, and a real
 * with no such integer (NaN, infinite, out of range) is VB_ENOFIT.  Set:
 * the value rules (VB_ENOFIT for what does not fit).  out / tuple hold
 * comps values, borrowed for the call. */
VB_API int vb_array_get_integer_tuple(const vb_array *a, int64_t t, int64_t *out);
VB_API int vb_array_get_unsigned_tuple(const vb_array *a, int64_t t, uint64_t *out);
VB_API int vb_array_set_integer_tuple(vb_array *a, int64_t t, const int64_t *tuple);
VB_API int vb_array_set_unsigned_tuple(vb_array *a, int64_t t, const uint64_t *tuple);
/* GetData: tuples [t0, t1] x components [c0, c1] of a, as doubles,
 * row by row into values 0.. of out, an AOS double array (VB_ETYPE) that
 * keeps its components; out grows as VTK's WritePointer (ReserveTuples(n /
 * comps + 1) when n values exceed its capacity) and MaxId = max(MaxId,
 * n - 1).  Ranges outside a are VB_ERANGE. */
VB_API int vb_array_get_data(const vb_array *a, int64_t t0, int64_t t1, int c0, int c1, vb_array *out);

/* ExportToVoidPointer: the values, tuple-interleaved in the array's type
 * (bit arrays: the packed bytes; scaled SOA: raw x scale), into dst, which
 * must hold them (VB_ERANGE when nbytes is too small: VTK writes past it).
 * dst is borrowed for the call. */
VB_API int vb_array_export_to(const vb_array *a, void *dst, size_t nbytes);
/* WritePointer(i, n) of an AOS numeric array (VB_ETYPE otherwise): values
 * [i, i + n) become addressable (VTK: ReserveTuples((i + n) / comps + 1)
 * when they exceed the capacity; MaxId = max(MaxId, i + n - 1)) and *out is
 * the address of value i after the call's observers ran (NULL when the array
 * has no storage for the values, e.g. an observer shrank it), borrowed:
 * valid until the storage changes. */
VB_API int vb_array_write_pointer(vb_array *a, int64_t i, int64_t n, void **out);

/* MaxDiscreteValues (vtkAbstractArray): a setting only (vtkbuf computes no
 * prominent values); 32 by default. */
VB_API unsigned vb_array_get_max_discrete_values(const vb_array *a);
VB_API int vb_array_set_max_discrete_values(vb_array *a, unsigned n);

#endif

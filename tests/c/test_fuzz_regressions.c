/* test_fuzz_regressions.c - one test per bug that tests/fuzz/fuzz_core (and fuzz_legacy) found
 * (tests/fuzz/README.md lists them), each reduced to the calls that
 * triggered it.  Run under ASan+UBSan by make check-asan. */
#include <stdint.h>

#include "vb_test.h"

/* crash-412f24f7: InsertValue(INT64_MAX) computed i + 1 - 1 with a signed
 * overflow (UBSan) before any check, and growing to make index INT64_MAX
 * addressable computed INT64_MAX / 1 + 1 tuples; now VB_EOVERFLOW, the
 * array unchanged. */
TEST(test_insert_value_at_int64_max) {
  vb_array *a = vb_array_new(VB_FLOAT);
  vb_scalar s = vb_scalar_real(1.0);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 5.0), VB_OK);
  CHECK_EQ_INT(vb_array_insert_value(a, INT64_MAX, 1.0), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_value_s(a, INT64_MAX, &s), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_value(a, INT64_MAX - 1, 1.0), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 1);
  CHECK_EQ_INT(vb_array_get_size(a), 1);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 6.0), VB_OK);
  vb_array_release(a);
}

/* crash-82273e92: an SOA array whose components share one buffer object
 * (SetComponentBuffer twice) allocated a new block per slot on growth and
 * installed only the first: the other leaked.  Now a shared buffer grows
 * once; both components see it. */
TEST(test_soa_shared_component_buffer_growth) {
  vb_array *a = vb_array_new_soa(VB_FLOAT);
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  double t[3] = {1, 2, 3}, out[3];
  long blocks;
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_buffer(a, 0, b, 0), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_buffer(a, 1, b, 0), VB_OK);
  blocks = vb_block_live_count();
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 4), VB_OK);
  CHECK_EQ_INT(vb_block_live_count(), blocks + 2); /* the shared buffer's and component 2's */
  CHECK(vb_array_get_component_buffer(a, 0) == b && vb_array_get_component_buffer(a, 1) == b);
  CHECK_EQ_INT(vb_buffer_count(b), 4);
  CHECK_EQ_INT(vb_array_set_tuple(a, 3, t), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuple(a, 3, out), VB_OK);
  CHECK(out[0] == 2 && out[1] == 2 && out[2] == 3); /* components 0 and 1 alias */
  CHECK_EQ_INT(vb_array_resize(a, 100), VB_OK);
  CHECK_EQ_INT(vb_array_squeeze(a), VB_OK);
  vb_buffer_release(b);
  vb_array_release(a);
}

/* crash-6859c29e: an observer of a buffer runs while an array operation
 * swaps that buffer's block, in the middle of the operation.  One that
 * empties the buffer made InsertValue write through a NULL pointer after
 * the growth (UBSan), and could make DeepCopy / ShallowCopy / growth index
 * past a buffer list that the observer replaced.  Operations now commit
 * into the buffers they captured and re-check before writing values:
 * VB_ESTATE, memory-safe. */
static int shrink_budget;
static void shrink_buffer(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)ev; (void)cd; (void)ud;
  if (shrink_budget-- > 0) vb_buffer_reallocate(vb_buffer_from_object(o), 0);
}

static void reshape_array(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd;
  if (shrink_budget-- > 0) vb_array_set_number_of_components(ud, 1); /* replaces its buffers */
}

TEST(test_observer_changes_storage_mid_operation) {
  vb_array *a = vb_array_new(VB_FLOAT), *src = vb_array_new(VB_INT), *soa = vb_array_new_soa(VB_DOUBLE);
  vb_array *soa2 = vb_array_new_soa(VB_DOUBLE);
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  int i;
  CHECK_EQ_INT(vb_array_set_buffer(a, b, 1), VB_OK);
  vb_object_add_observer(vb_buffer_object(b), VB_BUFFER_CHANGED_EVENT, shrink_buffer, NULL, NULL);
  shrink_budget = 1;
  CHECK_EQ_INT(vb_array_insert_value(a, 10, 1.0), VB_ESTATE);
  CHECK_EQ_INT(vb_array_get_size(a), 0);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
  for (i = 0; i < 5; i++) CHECK_EQ_INT(vb_array_insert_next_value(src, i), VB_OK);
  shrink_budget = 1;
  CHECK_EQ_INT(vb_array_deep_copy(a, src), VB_ESTATE);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
  shrink_budget = 0;
  CHECK_EQ_INT(vb_array_deep_copy(a, src), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 5);
  /* an SOA array whose first component's swap replaces all its buffers */
  CHECK_EQ_INT(vb_array_set_number_of_components(soa, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(soa, 2), VB_OK);
  vb_object_add_observer(vb_buffer_object(vb_array_get_component_buffer(soa, 0)), VB_BUFFER_CHANGED_EVENT,
                         reshape_array, soa, NULL);
  shrink_budget = 1;
  CHECK_EQ_INT(vb_array_set_number_of_tuples(soa, 50), VB_OK); /* memory-safe; the observer's shape wins */
  CHECK_EQ_INT(vb_array_get_number_of_components(soa), 1);
  CHECK_EQ_INT(vb_array_set_number_of_components(soa2, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(soa2, 2), VB_OK);
  vb_object_add_observer(vb_buffer_object(vb_array_get_component_buffer(soa2, 0)), VB_BUFFER_CHANGED_EVENT,
                         reshape_array, soa2, NULL);
  shrink_budget = 1;
  CHECK_EQ_INT(vb_array_set_number_of_components(soa, 3), VB_OK);
  CHECK_EQ_INT(vb_array_deep_copy(soa2, soa), VB_ESTATE); /* soa2 reshaped while reallocated */
  shrink_budget = 1;
  CHECK_EQ_INT(vb_array_shallow_copy(soa, soa2), VB_OK);
  vb_buffer_release(b);
  vb_array_release(a);
  vb_array_release(src);
  vb_array_release(soa);
  vb_array_release(soa2);
}

/* crash-c63884dc: vb_points_get_point wrote NumberOfComponents doubles
 * into x[3] (stack overflow) after the shared data array was given 5
 * components; the point accessors now check for 3 (VB_ESTATE). */
TEST(test_points_data_with_other_component_count) {
  vb_points *p = vb_points_new(VB_FLOAT);
  double x[3] = {1, 2, 3}, b[6];
  CHECK(vb_points_insert_next_point(p, x) == 0);
  CHECK_EQ_INT(vb_array_set_number_of_components(vb_points_get_data(p), 5), VB_OK);
  CHECK_EQ_INT(vb_points_get_point(p, 0, x), VB_ESTATE);
  CHECK_EQ_INT(vb_points_set_point(p, 0, x), VB_ESTATE);
  CHECK_EQ_INT(vb_points_insert_point(p, 0, x), VB_ESTATE);
  CHECK(vb_points_insert_next_point(p, x) == VB_ESTATE);
  CHECK_EQ_INT(vb_points_get_bounds(p, b), VB_ESTATE);
  CHECK_EQ_INT(vb_array_set_number_of_components(vb_points_get_data(p), 3), VB_OK);
  CHECK_EQ_INT(vb_points_get_point(p, 0, x), VB_OK);
  CHECK(x[0] == 1 && x[1] == 2 && x[2] == 3);
  vb_points_release(p);
}

/* crash-81bd06a4: the offsets array of a cell array is shared and
 * writable; arbitrary offsets made get_max_cell_size / get_cell_size
 * subtract with a signed overflow (UBSan), and update_cell_count compute
 * INT64_MAX - (negative).  Now such a cell is VB_ESTATE (skipped by
 * get_max_cell_size). */
TEST(test_cell_array_with_arbitrary_offsets) {
  vb_cell_array *ca = vb_cell_array_new();
  vb_id pts[3] = {0, 1, 2}, out[8];
  int64_t n = -1;
  vb_array *off = vb_cell_array_get_offsets_array(ca);
  CHECK(vb_cell_array_insert_next_cell(ca, 3, pts) == 0);
  CHECK(vb_cell_array_insert_next_cell(ca, 3, pts) == 1);
  CHECK_EQ_INT(vb_array_set_value_i64(off, 1, INT64_MIN + 5), VB_OK);
  CHECK_EQ_INT(vb_array_set_value_i64(off, 2, INT64_MAX - 5), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_cell_size(ca, 0, &n), VB_ESTATE);
  CHECK_EQ_INT(vb_cell_array_get_cell_size(ca, 1, &n), VB_ESTATE);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 8, &n), VB_ESTATE);
  CHECK_EQ_INT(vb_cell_array_get_max_cell_size(ca), 0);
  CHECK_EQ_INT(vb_cell_array_update_cell_count(ca, INT64_MAX), VB_ESTATE); /* offsets[1] < 0 */
  CHECK_EQ_INT(vb_array_set_value_i64(off, 1, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_value_i64(off, 2, INT64_MAX), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 8, &n), VB_ERANGE);
  CHECK_EQ_INT(vb_array_set_value_i64(off, 2, 6), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_cell(ca, 1, out, 8, &n), VB_OK);
  CHECK(n == 3 && out[2] == 2);
  CHECK_EQ_INT(vb_cell_array_get_max_cell_size(ca), 3);
  /* crash-320889d8: the offsets array emptied by its other holder gave
   * NumberOfCells -1; now 0, and the next cell restores offsets[0] = 0 */
  CHECK_EQ_INT(vb_array_initialize(off), VB_OK);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 0);
  CHECK_EQ_INT(vb_cell_array_get_cell_size(ca, 0, &n), VB_ERANGE);
  CHECK(vb_cell_array_insert_next_cell(ca, 3, pts) == 0);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 1);
  CHECK_EQ_INT(vb_array_initialize(off), VB_OK);
  CHECK(vb_cell_array_insert_next_cell_n(ca, 2) == 0);
  CHECK_EQ_INT(vb_cell_array_get_number_of_cells(ca), 1);
  vb_cell_array_release(ca);
}

/* crash-86a11486: vb_object_remove_observer on a buffer with a guessed id
 * removed the observer through which the array that uses the buffer hears
 * of its changes: the buffer then moved without a BufferChangedEvent on the
 * array.  vtkbuf's own observers are no longer removable by id. */
static int heard;
static void hear(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
  heard++;
}

TEST(test_internal_observer_not_removable) {
  vb_array *a = vb_array_new_soa(VB_FLOAT);
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  unsigned long id;
  CHECK_EQ_INT(vb_array_set_component_buffer(a, 0, b, 0), VB_OK);
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, hear, NULL, NULL);
  for (id = 1; id < 10; id++) CHECK_EQ_INT(vb_object_remove_observer(vb_buffer_object(b), id), VB_EINVAL);
  heard = 0;
  CHECK_EQ_INT(vb_buffer_allocate(b, 5), VB_OK);
  CHECK_EQ_INT(heard, 1);
  id = vb_object_add_observer(vb_buffer_object(b), VB_MODIFIED_EVENT, hear, NULL, NULL);
  CHECK_EQ_INT(vb_object_remove_observer(vb_buffer_object(b), id), VB_OK); /* the user's own: removable */
  vb_buffer_release(b);
  vb_array_release(a);
}

/* crash-1c9b116f: a buffer shared with an array changed through the buffer
 * (not through the array); the array's BufferChangedEvent observer dropped
 * the last reference to the array, and the array was then stamped modified
 * after it had been freed (heap-use-after-free).  The array now holds a
 * reference while its observers run. */
static vb_array *doomed;
static void drop_array(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
  vb_array_release(doomed);
  doomed = NULL;
}

TEST(test_array_released_by_its_observer_on_buffer_change) {
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  doomed = vb_array_new(VB_FLOAT);
  CHECK_EQ_INT(vb_array_set_buffer(doomed, b, 1), VB_OK);
  vb_object_add_observer(vb_array_object(doomed), VB_BUFFER_CHANGED_EVENT, drop_array, NULL, NULL);
  CHECK_EQ_INT(vb_buffer_allocate(b, 10), VB_OK); /* the array's observer frees it */
  CHECK(doomed == NULL);
  CHECK_EQ_INT(vb_buffer_allocate(b, 20), VB_OK);
  vb_buffer_release(b);
}

/* fuzz (2026-12-03): WritePointer(i, n) with i + n = INT64_MAX on a 1-component array
 * computed VTK's ReserveTuples(need / comps + 1) in int64_t: signed overflow (UBSan).
 * Now a VB_EOVERFLOW, the array unchanged. */
TEST(test_write_pointer_at_int64_max) {
  vb_array *a = vb_array_new(VB_FLOAT);
  void *p = (void *)1;
  CHECK_EQ_INT(vb_array_insert_next_value(a, 1.0), VB_OK);
  CHECK_EQ_INT(vb_array_write_pointer(a, INT64_MAX, 0, &p), VB_EOVERFLOW);
  CHECK(p == NULL);
  CHECK_EQ_INT(vb_array_write_pointer(a, INT64_MAX - 5, 5, &p), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 1);
  vb_array_release(a);
}

/* found by the fuzzer after the merge of the implicit arrays: GetTuples into an
 * implicit array wrote through its (absent) storage: refused as every write */
TEST(test_get_tuples_into_an_implicit_array) {
  vb_array *src = vb_array_new(VB_DOUBLE), *out = vb_array_new_layout(VB_DOUBLE, VB_LAYOUT_CONSTANT);
  int64_t ids[1] = {0};
  CHECK_EQ_INT(vb_array_insert_next_value(src, 1.0), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(out, 4), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuples_range(src, 0, 0, out), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_tuples(src, ids, 1, out), VB_ETYPE);
  CHECK_EQ_INT(vb_array_insert_tuples(out, ids, ids, 1, src), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_number_of_values(out), 4);
  vb_array_release(src);
  vb_array_release(out);
}

/* fuzz_legacy (2026-12-03): in tests/fuzz/corpus_legacy/regress-attribute-replaced-by-name.vtk
 * the cell data's PEDIGREE_IDS 'sym' (1-component int) replaces the TENSORS6 'sym' array
 * by name, so the TENSORS attribute keeps pointing at a 1-component array, as VTK 9.7.1's
 * vtkPolyDataReader leaves it too.  VTK's writer then writes 9 values a tuple from past the
 * array's end; vtkbuf refuses, and the message (which said "8 tuples, ... needs 8") now names
 * the components. */
TEST(test_legacy_attribute_replaced_by_name) {
  FILE *f = fopen(VB_TEST_DATA "/../fuzz/corpus_legacy/regress-attribute-replaced-by-name.vtk", "rb");
  static unsigned char buf[8192];
  size_t n = f ? fread(buf, 1, sizeof buf, f) : 0;
  vb_object *o;
  vb_attributes *cd;
  vb_io_bytes out = {NULL, 0, 0};
  vb_legacy_options opt = {1, 51, NULL, NULL, 0};
  if (f) fclose(f);
  CHECK(n > 2000);
  o = vb_legacy_read(buf, n, 0, NULL);
  CHECK(o != NULL);
  if (!o) return;
  cd = vb_data_set_get_cell_data(vb_data_object_from_object(o));
  CHECK(vb_attributes_get_attribute(cd, VB_ATTRIBUTE_TENSORS) == vb_attributes_get_attribute(cd, VB_ATTRIBUTE_PEDIGREEIDS));
  CHECK_EQ_INT(vb_array_get_number_of_components(vb_attributes_get_attribute(cd, VB_ATTRIBUTE_TENSORS)), 1);
  CHECK_EQ_INT(vb_legacy_write(o, &opt, &out), VB_EINVAL);
  CHECK(strstr(vb_last_error(), "array 'sym' has 1 components, the section needs 9") != NULL);
  CHECK(out.size == 0);
  vb_io_bytes_free(&out);
  vb_object_release(o);
}

/* fuzz_xml_read (2026-12-03): a DataSet element directly under a .vtpc's root (no
 * Partitions around it) was placed as a null child of the collection, which refused it
 * with a message naming no byte of the file.  VTK's reader refuses the file ("Syntax
 * error in file."); vtkbuf now says where. */
TEST(test_vtpc_dataset_outside_partitions) {
  static const char f[] =
    "<VTKFile type=\"vtkPartitionedDataSetCollection\" version=\"1.0\">\n"
    "  <vtkPartitionedDataSetCollection>\n    <DataSet index=\"0\"/>\n"
    "    <Partitions index=\"1\"/>\n  </vtkPartitionedDataSetCollection>\n</VTKFile>\n";
  CHECK(vb_xml_read(f, sizeof f - 1, NULL, NULL) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_EINVAL);
  CHECK(strstr(vb_last_error(), "line 3 (byte 103)") && strstr(vb_last_error(), "a DataSet outside Partitions"));
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

int main(void) {
  RUN(test_insert_value_at_int64_max);
  RUN(test_soa_shared_component_buffer_growth);
  RUN(test_observer_changes_storage_mid_operation);
  RUN(test_points_data_with_other_component_count);
  RUN(test_cell_array_with_arbitrary_offsets);
  RUN(test_internal_observer_not_removable);
  RUN(test_array_released_by_its_observer_on_buffer_change);
  RUN(test_write_pointer_at_int64_max);
  RUN(test_get_tuples_into_an_implicit_array);
  RUN(test_legacy_attribute_replaced_by_name);
  RUN(test_vtpc_dataset_outside_partitions);
  return vb_test_done();
}

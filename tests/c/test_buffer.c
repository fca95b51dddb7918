/* test_buffer.c - errors, types, blocks, buffers. */
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

static const int all_types[] = {VB_CHAR, VB_UNSIGNED_CHAR, VB_SHORT, VB_UNSIGNED_SHORT, VB_INT,
                                VB_UNSIGNED_INT, VB_LONG, VB_UNSIGNED_LONG, VB_FLOAT, VB_DOUBLE,
                                VB_ID_TYPE, VB_SIGNED_CHAR, VB_LONG_LONG, VB_UNSIGNED_LONG_LONG};
#define NTYPES (int)(sizeof all_types / sizeof all_types[0])

TEST(test_types) {
  int i;
  CHECK_EQ_INT(vb_type_size(VB_FLOAT), 4);
  CHECK_EQ_INT(vb_type_size(VB_DOUBLE), 8);
  CHECK_EQ_INT(vb_type_size(VB_ID_TYPE), 8);
  CHECK_EQ_INT(vb_type_size(VB_INT), 4);
  CHECK_EQ_INT(vb_type_size(VB_LONG), sizeof(long));
  CHECK_EQ_INT(vb_type_size(VB_VOID), 0);
  CHECK_EQ_INT(vb_type_size(99), 0);
  CHECK(!vb_type_is_valid(VB_VOID));
  CHECK(!vb_type_is_valid(1));
  CHECK(vb_type_name(99) == NULL);
  CHECK(strcmp(vb_type_name(VB_FLOAT), "float") == 0);
  CHECK(strcmp(vb_type_name(VB_DOUBLE), "double") == 0);
  CHECK(strcmp(vb_type_name(VB_INT), "int") == 0);
  for (i = 0; i < NTYPES; i++) {
    CHECK(vb_type_is_valid(all_types[i]));
    CHECK(vb_type_size(all_types[i]) > 0);
    CHECK(vb_type_name(all_types[i]) != NULL);
  }
}

TEST(test_errors) {
  vb_clear_error();
  CHECK(strcmp(vb_last_error(), "") == 0);
  CHECK(strcmp(vb_strerror(VB_OK), "success") == 0);
  CHECK(strlen(vb_strerror(VB_ENOMEM)) > 0);
  CHECK(strlen(vb_strerror(12345)) > 0);
  CHECK(vb_buffer_new(1234) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ETYPE);
  CHECK(strstr(vb_last_error(), "1234") != NULL);
  CHECK_EQ_INT(vb_buffer_allocate(NULL, 3), VB_EINVAL);
  CHECK(strlen(vb_last_error()) > 0);
}

TEST(test_block_basics) {
  vb_block *b = vb_block_new(100);
  CHECK(b != NULL);
  CHECK(((uintptr_t)vb_block_data(b) % 64) == 0);
  CHECK_EQ_INT(vb_block_size(b), 100);
  CHECK_EQ_INT(vb_block_refcount(b), 1);
  CHECK(vb_block_is_owned(b));
  vb_block_retain(b);
  CHECK_EQ_INT(vb_block_refcount(b), 2);
  vb_block_release(b);
  vb_block_release(b);
  vb_block_release(NULL);
  b = vb_block_new(0);
  CHECK(b != NULL && vb_block_data(b) != NULL);
  vb_block_release(b);
  b = vb_block_new_zeroed(33);
  {
    int i, z = 1;
    for (i = 0; i < 33; i++) z &= ((unsigned char *)vb_block_data(b))[i] == 0;
    CHECK(z);
  }
  vb_block_release(b);
  CHECK(vb_block_new(SIZE_MAX - 8) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_EOVERFLOW);
}

static int released;
static void count_release(void *ctx, void *data) {
  released++;
  CHECK(ctx == (void *)&released);
  free(data);
}

TEST(test_block_adopt) {
  void *mem = malloc(64);
  vb_block *b;
  released = 0;
  b = vb_block_adopt(mem, 64, count_release, &released);
  CHECK(b && vb_block_data(b) == mem && !vb_block_is_owned(b));
  vb_block_retain(b);
  vb_block_release(b);
  CHECK_EQ_INT(released, 0);
  vb_block_release(b);
  CHECK_EQ_INT(released, 1);
  /* not owned */
  {
    char stack[8];
    b = vb_block_adopt(stack, sizeof stack, NULL, NULL);
    CHECK(b != NULL);
    vb_block_release(b);
  }
  CHECK(vb_block_adopt(NULL, 4, NULL, NULL) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_EINVAL);
  b = vb_block_adopt(NULL, 0, NULL, NULL);
  CHECK(b != NULL);
  vb_block_release(b);
  /* allocation failure: release is not called, caller keeps the memory */
  mem = malloc(8);
  released = 0;
  vbt_alloc_fail_after(0);
  b = vb_block_adopt(mem, 8, count_release, &released);
  vbt_alloc_reset();
  CHECK(b == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
  CHECK_EQ_INT(released, 0);
  free(mem);
}

TEST(test_buffer_all_types) {
  int i;
  for (i = 0; i < NTYPES; i++) {
    vb_buffer *b = vb_buffer_new(all_types[i]);
    size_t k, nb;
    int zero = 1;
    CHECK(b != NULL);
    if (!b) continue;
    CHECK_EQ_INT(vb_buffer_type(b), all_types[i]);
    CHECK_EQ_INT(vb_buffer_elem_size(b), vb_type_size(all_types[i]));
    CHECK_EQ_INT(vb_buffer_count(b), 0);
    CHECK(vb_buffer_block(b) == NULL);
    CHECK(vb_buffer_data(b) == NULL);
    CHECK(strcmp(vb_object_class_name(vb_buffer_object(b)), "vtkBuffer") == 0);
    CHECK(vb_buffer_from_object(vb_buffer_object(b)) == b);
    CHECK_EQ_INT(vb_buffer_allocate(b, 10), VB_OK);
    CHECK_EQ_INT(vb_buffer_count(b), 10);
    nb = vb_buffer_nbytes(b);
    CHECK_EQ_INT(nb, 10 * vb_type_size(all_types[i]));
    CHECK(((uintptr_t)vb_buffer_data(b) % 16) == 0);
    for (k = 0; k < nb; k++) zero &= ((unsigned char *)vb_buffer_data(b))[k] == 0;
    CHECK(zero);
    memset(vb_buffer_data(b), 0x5a, nb);
    CHECK_EQ_INT(vb_buffer_reallocate(b, 20), VB_OK);
    for (k = 0; k < nb; k++) zero &= ((unsigned char *)vb_buffer_data(b))[k] == 0x5a;
    for (; k < 2 * nb; k++) zero &= ((unsigned char *)vb_buffer_data(b))[k] == 0;
    CHECK(zero);
    CHECK_EQ_INT(vb_buffer_reallocate(b, 5), VB_OK);
    CHECK_EQ_INT(vb_buffer_count(b), 5);
    CHECK_EQ_INT(((unsigned char *)vb_buffer_data(b))[0], 0x5a);
    CHECK_EQ_INT(vb_buffer_allocate(b, 0), VB_OK);
    CHECK(vb_buffer_block(b) == NULL);
    vb_buffer_release(b);
  }
}

static int nchanged;
static void on_changed(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)cd; (void)ud;
  if (ev == VB_BUFFER_CHANGED_EVENT) nchanged++;
}

TEST(test_buffer_events) {
  vb_buffer *b = vb_buffer_new(VB_DOUBLE);
  unsigned long id = vb_object_add_observer(vb_buffer_object(b), VB_BUFFER_CHANGED_EVENT, on_changed, NULL, NULL);
  CHECK(id > 0);
  nchanged = 0;
  vb_buffer_allocate(b, 0);
  CHECK_EQ_INT(nchanged, 0); /* empty -> empty: nothing moved */
  vb_buffer_allocate(b, 4);
  CHECK_EQ_INT(nchanged, 1);
  vb_buffer_reallocate(b, 4);
  CHECK_EQ_INT(nchanged, 1); /* same size: silent */
  vb_buffer_reallocate(b, 8);
  CHECK_EQ_INT(nchanged, 2);
  vb_buffer_allocate(b, 8); /* contents dropped: new block */
  CHECK_EQ_INT(nchanged, 3);
  CHECK_EQ_INT(vb_buffer_reallocate(b, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(nchanged, 3);
  {
    vb_block *blk = vb_buffer_block(b);
    CHECK_EQ_INT(vb_buffer_set_block(b, blk, 8), VB_OK);
    CHECK_EQ_INT(nchanged, 3); /* same block, same count */
    CHECK_EQ_INT(vb_buffer_set_block(b, blk, 4), VB_OK);
    CHECK_EQ_INT(nchanged, 4);
  }
  vb_buffer_release(b);
}

TEST(test_buffer_errors) {
  vb_buffer *b = vb_buffer_new(VB_DOUBLE);
  void *data;
  CHECK_EQ_INT(vb_buffer_allocate(b, 3), VB_OK);
  data = vb_buffer_data(b);
  CHECK_EQ_INT(vb_buffer_allocate(b, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_buffer_allocate(b, INT64_MAX), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_buffer_reallocate(b, INT64_MAX / 4), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_buffer_reallocate(b, INT64_MIN), VB_EOVERFLOW);
  /* 2^31 doubles: past a 32-bit address space, fine on 64-bit (not allocated here) */
  CHECK(vb_buffer_data(b) == data && vb_buffer_count(b) == 3);
  CHECK_EQ_INT(vb_buffer_set_block(b, NULL, 3), VB_EINVAL);
  {
    vb_block *small = vb_block_new(16);
    CHECK_EQ_INT(vb_buffer_set_block(b, small, 3), VB_EOVERFLOW);
    CHECK_EQ_INT(vb_buffer_set_block(b, small, -1), VB_EOVERFLOW);
    vb_block_release(small);
  }
  CHECK(vb_buffer_data(b) == data && vb_buffer_count(b) == 3);
  /* allocation failure leaves the buffer unchanged */
  vbt_alloc_fail_after(0);
  CHECK_EQ_INT(vb_buffer_allocate(b, 10), VB_ENOMEM);
  CHECK_EQ_INT(vb_buffer_reallocate(b, 10), VB_ENOMEM);
  CHECK(vb_buffer_new(VB_FLOAT) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
  vbt_alloc_reset();
  CHECK(vb_buffer_data(b) == data && vb_buffer_count(b) == 3);
  CHECK_EQ_INT(vb_buffer_count(NULL), 0);
  CHECK(vb_buffer_data(NULL) == NULL);
  vb_buffer_release(b);
}

/* The project's key invariant: export taken -> reallocation -> export read and released. */
TEST(test_export_survives_reallocation) {
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  vb_block *export_blk;
  float *view;
  int i, ok = 1;
  vb_buffer_allocate(b, 1000);
  for (i = 0; i < 1000; i++) ((float *)vb_buffer_data(b))[i] = (float)i;
  export_blk = vb_buffer_block(b); /* what np.asarray(buf) does */
  vb_block_retain(export_blk);
  view = vb_block_data(export_blk);
  CHECK_EQ_INT(vb_buffer_reallocate(b, 100000), VB_OK); /* moves */
  CHECK(vb_buffer_block(b) != export_blk);
  CHECK_EQ_INT(vb_block_refcount(export_blk), 1);
  for (i = 0; i < 1000; i++) ok &= view[i] == (float)i; /* old memory still valid */
  view[0] = -1.0f;                                      /* writes are detached */
  CHECK(((float *)vb_buffer_data(b))[0] == 0.0f);
  CHECK(ok);
  vb_buffer_allocate(b, 3);
  vb_buffer_release(b); /* buffer gone, export still valid */
  CHECK(view[999] == 999.0f);
  vb_block_release(export_blk); /* last holder frees */
}

static void free_release(void *ctx, void *data) {
  (void)ctx;
  free(data);
}

TEST(test_buffer_foreign) {
  vb_buffer *b = vb_buffer_new(VB_INT);
  int *mem = malloc(4 * sizeof(int));
  mem[0] = 7;
  CHECK_EQ_INT(vb_buffer_set_foreign(b, mem, 4, free_release, NULL), VB_OK);
  CHECK(vb_buffer_data(b) == mem);
  CHECK_EQ_INT(vb_buffer_count(b), 4);
  CHECK_EQ_INT(vb_buffer_reallocate(b, 8), VB_OK); /* copies out, releases foreign */
  CHECK_EQ_INT(((int *)vb_buffer_data(b))[0], 7);
  vb_buffer_release(b);
}

int main(void) {
  RUN(test_types);
  RUN(test_errors);
  RUN(test_block_basics);
  RUN(test_block_adopt);
  RUN(test_buffer_all_types);
  RUN(test_buffer_events);
  RUN(test_buffer_errors);
  RUN(test_export_survives_reallocation);
  RUN(test_buffer_foreign);
  return vb_test_done();
}

/* vb_table.h - vtkTable: a data object whose row data (a vtkDataSetAttributes)
 * holds the columns, one data array each; the rows are the first column's
 * tuples.  The generic vtkDataObject calls (vb_data_object.h) answer for it:
 * GetAttributes / GetAttributesAsFieldData(VB_DATA_ROW) give the row data,
 * GetNumberOfElements(VB_DATA_ROW) the rows, DeepCopy / ShallowCopy copy the
 * row data (its object kept), Initialize empties it.
 *
 * Where VTK prints an error and does nothing (a column of another row
 * count, a column index or name not found) vtkbuf does nothing without an
 * error, as VTK; indices that VTK would read or write past an array are
 * VB_ERANGE.
 *
 * Ownership: new returns a new reference; getters return borrowed objects
 * valid while the table holds them; setters retain.  Errors: a negative
 * vb_status with vb_last_error(), the table unchanged.
 */
#ifndef VB_TABLE_H
#define VB_TABLE_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_data_object.h"
#include "vb_variant.h"

enum { VB_TABLE = 19, VB_DATA_ROW = 6 }; /* VTK_TABLE; vtkDataObject::ROW */

typedef struct vb_table vb_table; /* a vb_data_object, class "vtkTable" */

VB_API vb_table *vb_table_new(void); /* NULL + VB_ENOMEM */
VB_API vb_table *vb_table_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API vb_data_object *vb_table_data_object(vb_table *t); /* borrowed, same object */

VB_API vb_attributes *vb_table_get_row_data(const vb_table *t); /* borrowed; never NULL for a table */
VB_API int vb_table_set_row_data(vb_table *t, vb_attributes *rd); /* retains; NULL is VB_EINVAL */

VB_API int64_t vb_table_get_number_of_rows(const vb_table *t); /* first column's tuples, 0 without */
/* SetNumberOfRows: every column gets n tuples (new values zero) */
VB_API int vb_table_set_number_of_rows(vb_table *t, int64_t n);
VB_API int vb_table_get_number_of_columns(const vb_table *t);
/* AddColumn(a) / InsertColumn(a, index) (index clamped to [0, columns]): 1
 * added (a column of the same name is replaced, as vtkFieldData), 0 not
 * added because a's tuples differ from the rows of a table with columns */
VB_API int vb_table_insert_column(vb_table *t, vb_array *a, int64_t index);
/* RemoveColumn(col): 1 removed, 0 no such column */
VB_API int vb_table_remove_column(vb_table *t, int64_t col);
VB_API vb_array *vb_table_get_column(const vb_table *t, int64_t col); /* borrowed; NULL: none */
/* InsertNextBlankRow(default): one tuple of `def` (through double, as
 * InsertNextTuple) appended to every column; the new row's index */
VB_API int64_t vb_table_insert_next_blank_row(vb_table *t, double def);
/* InsertRows(row, n): row clamped to [0, rows]; the rows from there move n
 * down (the n rows at row keep their old values, as VTK's); RemoveRows(row,
 * n): up to n rows from row removed, the later ones moved up (row < 0 with
 * rows to move: VB_ERANGE, VTK writes before the arrays); RemoveAllRows:
 * every column emptied.  n <= 0: nothing. */
VB_API int vb_table_insert_rows(vb_table *t, int64_t row, int64_t n);
VB_API int vb_table_remove_rows(vb_table *t, int64_t row, int64_t n);
VB_API int vb_table_remove_all_rows(vb_table *t);
/* GetValue(row, col) into out (cleared first): invalid for a column or row
 * not found (row >= rows); a 1-component column's value as its type (an id
 * array's as long long, a bit array's as int); a wider column's tuple as a
 * new 1-tuple array of its type (an object variant).  row < 0: VB_ERANGE. */
VB_API int vb_table_get_value(const vb_table *t, int64_t row, int64_t col, vb_variant *out);
/* SetValue(row, col, v): a 1-component column takes v converted to its type
 * (To<Type>; an invalid conversion is ignored, as VTK); a wider column a
 * variant holding a data array with as many components (its first tuple),
 * anything else ignored.  A column not found: nothing.  A row outside the
 * column: VB_ERANGE. */
VB_API int vb_table_set_value(vb_table *t, int64_t row, int64_t col, const vb_variant *v);

#endif

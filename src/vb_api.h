/* vb_api.h - VB_API marks the C API: every function a public header of src/
 * declares carries it, and only those are visible outside the library (the
 * core and the bindings are compiled with -fvisibility=hidden; internals,
 * vb_internal.h's vb__*, and the bindings' plumbing stay hidden).
 * tests/tools/test_exports.py checks it: no public declaration without VB_API,
 * the core's visible symbols are exactly the API, and the Python extension
 * (which links the core in, hidden) exports PyInit__vtkbuf alone. */
#ifndef VB_API_H
#define VB_API_H

#if defined(_WIN32)
#define VB_API
#elif defined(__GNUC__) || defined(__clang__)
#define VB_API __attribute__((visibility("default")))
#else
#define VB_API
#endif

#endif

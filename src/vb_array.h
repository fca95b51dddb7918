/* placeholder, replaced below */
#ifndef VB_ARRAY_H
#define VB_ARRAY_H
#endif

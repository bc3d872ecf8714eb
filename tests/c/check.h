/* The C tests' one assertion: CHECK(cond) reports a failed condition with its place and
   counts it in `failures`; each test's main returns failures ? 1 : 0. */
#ifndef ARGMAP_TESTS_C_CHECK_H
#define ARGMAP_TESTS_C_CHECK_H

#include <stdio.h>

static int failures = 0;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                              \
        }                                                                            \
    } while (0)

#endif

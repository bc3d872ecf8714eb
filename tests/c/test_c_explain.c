/* The C API's explanation entry point, compiled as C. */
#include <argmap/argmap.h>

#include <stdio.h>
#include <string.h>

#include "check.h"

int main(void) {
    char* error = NULL;
    /* a <-> b, b -> c: c is credulously accepted under preferred (with a), rejected in grounded terms. */
    argmap_map* map = argmap_parse("[a]: A\n  - [b]: B\n  -> [b]\n[c]: C\n  - [b]\n", "argdown", &error);
    CHECK(map != NULL);
    if (!map) return 1;
    char* json = argmap_explain(map, "c", "preferred", NULL, &error);
    CHECK(json != NULL);
    if (json) {
        CHECK(strstr(json, "\"verdict\": \"credulous\"") != NULL);
        CHECK(strstr(json, "\"defence\"") != NULL);
        argmap_free_string(json);
    }
    CHECK(argmap_explain(map, "nobody", "preferred", NULL, &error) == NULL);
    CHECK(error != NULL && strstr(error, "unknown claim 'nobody'") != NULL);
    argmap_free_string(error);
    error = NULL;
    CHECK(argmap_explain(map, "c", "fuzzy", NULL, &error) == NULL);
    CHECK(error != NULL && strstr(error, "unknown semantics") != NULL);
    argmap_free_string(error);
    argmap_map_free(map);
    return failures ? 1 : 0;
}

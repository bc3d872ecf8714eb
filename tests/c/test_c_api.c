/* The C API, used from C: load, evaluate, gradual, edit, write, errors. Exits non-zero on failure. */
#include <argmap/argmap.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static long find(const argmap_map* m, const char* id) {
    for (size_t i = 0; i < argmap_claim_count(m); ++i)
        if (strcmp(argmap_claim_id(m, i), id) == 0) return (long)i;
    return -1;
}

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    char* error = NULL;
    argmap_map* m = argmap_load(argv[1], &error);
    CHECK(m != NULL);
    if (!m) {
        fprintf(stderr, "%s\n", error);
        return 1;
    }
    CHECK(argmap_claim_count(m) == 45);
    const char** labels = NULL;
    CHECK(argmap_evaluate(m, "grounded", "none", NULL, &labels, &error) == 0);
    CHECK(strcmp(labels[find(m, "Co-existence")], "in") == 0);
    CHECK(argmap_evaluate(m, "PR", "none", NULL, &labels, &error) == 0);
    CHECK(strcmp(labels[find(m, "Open Chinese base")], "credulous") == 0);
    CHECK(argmap_evaluate(m, "grounded", "none", "clash", &labels, &error) == 0);
    CHECK(strcmp(labels[find(m, "Co-existence")], "out") == 0);
    CHECK(argmap_evaluate(m, "fuzzy", NULL, NULL, &labels, &error) != 0);
    CHECK(error && strstr(error, "unknown semantics"));
    argmap_free_string(error);
    error = NULL;
    argmap_map_free(m);

    /* Build by hand: t (0.5) attacked by o (1): DF-QuAD 0.5 - 0.5 * 1 = 0. */
    m = argmap_map_new();
    CHECK(argmap_add_claim(m, "t", "Build a tram.", "thesis", 0.5, &error) == 0);
    CHECK(argmap_add_claim(m, "o", "Too expensive.", NULL, 1.0, &error) == 0);
    CHECK(argmap_add_relation(m, "attack", "o", "t", 1.0, &error) == 0);
    CHECK(argmap_add_relation(m, "attack", "o", "ghost", 1.0, &error) != 0);
    CHECK(error && strstr(error, "unknown claim 'ghost'"));
    argmap_free_string(error);
    error = NULL;
    const double* s = NULL;
    CHECK(argmap_gradual(m, "df-quad", &s, &error) == 0);
    CHECK(fabs(s[0] - 0.0) < 1e-12);
    CHECK(argmap_gradual(m, "h-categorizer", &s, &error) == 0);
    CHECK(fabs(s[0] - 0.25) < 1e-12);
    /* Attribution: removing o's attack raises t from 0.25 to 0.5 (h-categorizer): -0.25. */
    char* why = argmap_attribution(m, "t", "h-categorizer", "removal", &error);
    CHECK(why && strstr(why, "\"value\": -0.25"));
    argmap_free_string(why);
    CHECK(argmap_attribution(m, "t", "h-categorizer", "lime", &error) == NULL);
    CHECK(error && strstr(error, "unknown attribution method 'lime'"));
    argmap_free_string(error);
    error = NULL;
    char* budget = argmap_budget_attribution(m, "t", "grounded", 0, &error);
    CHECK(budget && strstr(budget, "\"verified\": true"));
    argmap_free_string(budget);
    char* json = argmap_write(m, "json", &error);
    CHECK(json && strstr(json, "\"format\": \"argmap\""));
    argmap_map* back = argmap_parse(json, "json", &error);
    CHECK(back && argmap_claim_count(back) == 2 && argmap_relation_count(back) == 1);
    argmap_free_string(json);
    argmap_map_free(back);
    CHECK(argmap_parse("[A]: x {weight: 7}", "argdown", &error) == NULL);
    CHECK(error && strstr(error, "<string>:1:17"));
    argmap_free_string(error);
    argmap_map_free(m);
    printf("%d failed\n", failures);
    return failures ? 1 : 0;
}

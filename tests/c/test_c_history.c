/* The C API's histories, what-if, explanations and report, used from C. Every expectation is
 * computed through the API itself another way (a checkout against the file it came from, a
 * what-if against evaluating the edited copy, a timeline against evaluating each checkout).
 * Arguments: tram-v1.argdown tram-v2.argdown central-asia.argdown WORK_DIR. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include <argmap/argmap.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static long find(const argmap_map* m, const char* id) {
    for (size_t i = 0; i < argmap_claim_count(m); ++i)
        if (strcmp(argmap_claim_id(m, i), id) == 0) return (long)i;
    return -1;
}

static argmap_map* load(const char* path) {
    char* error = NULL;
    argmap_map* m = argmap_load(path, &error);
    if (!m) {
        fprintf(stderr, "%s\n", error);
        exit(1);
    }
    return m;
}

/* Same content: the JSON writer's text of both. */
static int same_map(const argmap_map* a, const argmap_map* b) {
    char* x = argmap_write(a, "json", NULL);
    char* y = argmap_write(b, "json", NULL);
    const int same = x && y && strcmp(x, y) == 0;
    argmap_free_string(x);
    argmap_free_string(y);
    return same;
}

/* Copies of the per-claim statuses (argmap_evaluate's strings live until the map changes). */
static char** statuses(argmap_map* m, const char* semantics, const char* camp) {
    const char** s = NULL;
    char* error = NULL;
    if (argmap_evaluate(m, semantics, "none", camp, &s, &error) != 0) {
        fprintf(stderr, "%s\n", error);
        exit(1);
    }
    char** out = calloc(argmap_claim_count(m) + 1, sizeof *out);
    for (size_t i = 0; i < argmap_claim_count(m); ++i) out[i] = strdup(s[i]);
    return out;
}

static void free_statuses(char** s) {
    for (size_t i = 0; s[i]; ++i) free(s[i]);
    free(s);
}

/* The value of the first "key": "value" at or after p, copied into buf. */
static const char* json_string_after(const char* p, const char* key, char* buf, size_t size) {
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\"%s\": \"", key);
    const char* k = p ? strstr(p, pattern) : NULL;
    if (!k) return NULL;
    k += strlen(pattern);
    const char* e = strchr(k, '"');
    size_t n = (size_t)(e - k) < size - 1 ? (size_t)(e - k) : size - 1;
    memcpy(buf, k, n);
    buf[n] = 0;
    return buf;
}

static void test_history(const char* v1_path, const char* v2_path, const char* work) {
    char* error = NULL;
    argmap_map* v1 = load(v1_path);
    argmap_map* v2 = load(v2_path);
    argmap_history* h = argmap_history_new();
    CHECK(argmap_history_revision_count(h) == 0);
    CHECK(argmap_history_commit(h, v1, "ann", "first draft", "2024-01-01", &error) == 0);
    CHECK(argmap_history_commit(h, v2, "bob", "a grant", "2024-02-01T10:00:00Z", &error) == 0);
    CHECK(argmap_history_commit(h, v2, NULL, NULL, "yesterday", &error) != 0);
    CHECK(error && strstr(error, "yesterday"));
    argmap_free_string(error);
    error = NULL;
    CHECK(argmap_history_revision_count(h) == 2);
    CHECK(argmap_history_commit(h, v2, "eve", "unchanged", NULL, &error) == 0);
    CHECK(argmap_history_revision_count(h) == 2); /* nothing changed, nothing recorded */
    CHECK(strcmp(argmap_history_revision_author(h, 0), "ann") == 0);
    CHECK(strcmp(argmap_history_revision_message(h, 1), "a grant") == 0);
    CHECK(strcmp(argmap_history_revision_timestamp(h, 1), "2024-02-01T10:00:00Z") == 0);
    CHECK(argmap_history_revision_id(h, 2) == NULL);
    /* The first revision adds every claim and relation of v1. */
    CHECK(argmap_history_revision_operation_count(h, 0) == argmap_claim_count(v1) + argmap_relation_count(v1));

    /* Checkouts give back the maps committed, by number, id and date. */
    argmap_map* c1 = argmap_history_checkout(h, "1", &error);
    CHECK(c1 && same_map(c1, v1));
    argmap_map* by_date = argmap_history_checkout(h, "2024-01-15", &error);
    CHECK(by_date && same_map(by_date, v1));
    argmap_map* head = argmap_history_head(h);
    CHECK(head && same_map(head, v2));
    argmap_map* empty = argmap_history_checkout(h, "0", &error);
    CHECK(empty && argmap_claim_count(empty) == 0);
    CHECK(argmap_history_checkout(h, "9", &error) == NULL);
    CHECK(error && strstr(error, "no revision '9'"));
    argmap_free_string(error);
    error = NULL;

    /* Saved and loaded again: the same revisions. */
    char path[4096];
    snprintf(path, sizeof path, "%s/c-history.xml", work);
    CHECK(argmap_history_save(h, path, &error) == 0);
    argmap_history* back = argmap_history_load(path, 0, &error);
    CHECK(back != NULL);
    char* a = argmap_history_revisions_json(h, &error);
    char* b = back ? argmap_history_revisions_json(back, &error) : NULL;
    CHECK(a && b && strcmp(a, b) == 0);
    CHECK(a && strstr(a, "\"message\": \"first draft\""));
    argmap_free_string(a);
    argmap_free_string(b);
    argmap_history_free(back);
    CHECK(argmap_history_load("/nonexistent/x.xml", 0, &error) == NULL);
    CHECK(error != NULL);
    argmap_free_string(error);
    error = NULL;

    /* The timeline of every claim of v2 agrees with evaluating each checkout. */
    const char* semantics[] = {"grounded", "preferred"};
    for (size_t s = 0; s < 2; ++s)
        for (size_t i = 0; i < argmap_claim_count(v2); ++i) {
            const char* claim = argmap_claim_id(v2, i);
            char* t = argmap_history_timeline_json(h, claim, semantics[s], NULL, NULL, &error);
            CHECK(t != NULL);
            if (!t) continue;
            const char* rev = t;
            for (int k = 1; k <= 2; ++k) {
                char ref[8], key[32], got[64];
                snprintf(ref, sizeof ref, "%d", k);
                snprintf(key, sizeof key, "\"number\": %d", k);
                rev = strstr(rev, key);
                CHECK(rev != NULL);
                if (!rev) break;
                argmap_map* m = argmap_history_checkout(h, ref, &error);
                const long at = find(m, claim);
                if (at < 0) {
                    CHECK(strstr(rev, "\"present\": false") != NULL);
                } else {
                    char** st = statuses(m, semantics[s], NULL);
                    const char* key2 = s == 0 ? "label" : "acceptance";
                    CHECK(json_string_after(rev, key2, got, sizeof got) && strcmp(got, st[at]) == 0);
                    free_statuses(st);
                }
                argmap_map_free(m);
            }
            argmap_free_string(t);
        }
    CHECK(argmap_history_timeline_json(h, "nobody", NULL, NULL, NULL, &error) == NULL);
    CHECK(error && strstr(error, "unknown claim 'nobody'"));
    argmap_free_string(error);
    error = NULL;
    argmap_map_free(c1);
    argmap_map_free(by_date);
    argmap_map_free(head);
    argmap_map_free(empty);
    argmap_history_free(h);
    argmap_map_free(v1);
    argmap_map_free(v2);
}

/* What-if retracting a claim equals evaluating a copy without it. */
static void check_retraction(argmap_map* m, const char* claim, const char* semantics, const char* gradual,
                             const char* camp) {
    char* error = NULL;
    argmap_edits* e = argmap_edits_new();
    CHECK(argmap_edits_retract(e, claim) == 0);
    argmap_whatif* w = NULL;
    CHECK(argmap_what_if(m, e, semantics, gradual, camp, &w, &error) == 0);
    if (!w) {
        fprintf(stderr, "%s\n", error);
        ++failures;
        return;
    }
    argmap_map* edited = argmap_map_copy(m);
    CHECK(argmap_remove_claim(edited, claim, &error) == 0);
    size_t expected = 1; /* the retracted claim itself: present -> absent */
    if (gradual) {
        const double* s = NULL;
        CHECK(argmap_gradual(m, gradual, &s, &error) == 0);
        double* before = malloc(argmap_claim_count(m) * sizeof *before);
        memcpy(before, s, argmap_claim_count(m) * sizeof *before);
        CHECK(argmap_gradual(edited, gradual, &s, &error) == 0);
        /* Strengths are iterated to 1e-9 both ways: every claim that moved clearly is listed,
           every listed value is the evaluated one, and nothing unmoved is listed. */
        size_t listed = 1;
        for (size_t i = 0; i < argmap_claim_count(edited); ++i) {
            const long j = find(m, argmap_claim_id(edited, i));
            const double moved = fabs(before[j] - s[i]);
            size_t k = 0;
            while (k < argmap_whatif_count(w) && strcmp(argmap_whatif_claim(w, k), argmap_claim_id(edited, i)) != 0) ++k;
            if (k == argmap_whatif_count(w)) {
                CHECK(moved <= 1e-6);
                continue;
            }
            ++listed;
            CHECK(moved > 1e-12);
            CHECK(fabs(strtod(argmap_whatif_before(w, k), NULL) - before[j]) < 1e-6);
            CHECK(fabs(strtod(argmap_whatif_after(w, k), NULL) - s[i]) < 1e-6);
        }
        expected = listed;
        CHECK(listed > 1);
        free(before);
    } else {
        const char* name = semantics ? semantics : "grounded"; /* what-if's default */
        char** before = statuses(m, name, camp);
        char** after = statuses(edited, name, camp);
        for (size_t i = 0; i < argmap_claim_count(edited); ++i) {
            const long j = find(m, argmap_claim_id(edited, i));
            if (strcmp(before[j], after[i]) == 0) continue;
            ++expected;
            size_t k = 0;
            while (k < argmap_whatif_count(w) && strcmp(argmap_whatif_claim(w, k), argmap_claim_id(edited, i)) != 0) ++k;
            CHECK(k < argmap_whatif_count(w));
            if (k < argmap_whatif_count(w)) {
                CHECK(strcmp(argmap_whatif_before(w, k), before[j]) == 0);
                CHECK(strcmp(argmap_whatif_after(w, k), after[i]) == 0);
            }
        }
        free_statuses(before);
        free_statuses(after);
    }
    CHECK(argmap_whatif_count(w) == expected);
    size_t k = 0;
    while (k < argmap_whatif_count(w) && strcmp(argmap_whatif_claim(w, k), claim) != 0) ++k;
    CHECK(k < argmap_whatif_count(w) && argmap_whatif_before(w, k) != NULL && argmap_whatif_after(w, k) == NULL);
    argmap_whatif_free(w);
    argmap_edits_free(e);
    argmap_map_free(edited);
}

static void test_whatif(const char* ca_path) {
    char* error = NULL;
    argmap_map* m = load(ca_path);
    check_retraction(m, "Clash in Central Asia", NULL, NULL, NULL);
    check_retraction(m, "Genuine partnership", "grounded", NULL, NULL);
    check_retraction(m, "Chinese restraint", "PR", NULL, NULL);
    check_retraction(m, "Genuine partnership", "grounded", NULL, "clash");
    check_retraction(m, "Western wishful thinking", NULL, "df-quad", NULL);

    /* An added attack: the target's status after equals evaluating a copy with it. */
    argmap_edits* e = argmap_edits_new();
    CHECK(argmap_edits_add_claim(e, "doubt", "A new doubt.", "claim", 1.0) == 0);
    CHECK(argmap_edits_attack(e, "doubt", "Co-existence", 1.0) == 0);
    CHECK(argmap_edits_count(e) == 2);
    argmap_whatif* w = NULL;
    CHECK(argmap_what_if(m, e, "grounded", NULL, NULL, &w, &error) == 0);
    argmap_map* edited = argmap_map_copy(m);
    CHECK(argmap_add_claim(edited, "doubt", "A new doubt.", "claim", 1.0, &error) == 0);
    CHECK(argmap_add_relation(edited, "attack", "doubt", "Co-existence", 1.0, &error) == 0);
    char** after = statuses(edited, "grounded", NULL);
    int seen_doubt = 0, seen_thesis = 0;
    for (size_t k = 0; w && k < argmap_whatif_count(w); ++k) {
        const long i = find(edited, argmap_whatif_claim(w, k));
        CHECK(i >= 0 && strcmp(argmap_whatif_after(w, k), after[i]) == 0);
        if (strcmp(argmap_whatif_claim(w, k), "doubt") == 0) seen_doubt = argmap_whatif_before(w, k) == NULL;
        if (strcmp(argmap_whatif_claim(w, k), "Co-existence") == 0) seen_thesis = 1;
    }
    CHECK(seen_doubt && seen_thesis);
    free_statuses(after);
    argmap_whatif_free(w);
    argmap_edits_free(e);
    argmap_map_free(edited);

    /* An edit that does not apply is an error naming it. */
    e = argmap_edits_new();
    argmap_edits_retract(e, "nobody");
    w = NULL;
    CHECK(argmap_what_if(m, e, NULL, NULL, NULL, &w, &error) != 0 && w == NULL);
    CHECK(error && strstr(error, "nobody"));
    argmap_free_string(error);
    error = NULL;
    argmap_edits_free(e);
    argmap_map_free(m);
}

static void test_explain_and_report(const char* ca_path, const char* work) {
    char* error = NULL;
    argmap_map* m = load(ca_path);
    const char* camps[] = {NULL, "clash"};
    for (size_t c = 0; c < 2; ++c) {
        char** labels = statuses(m, "grounded", camps[c]);
        for (size_t i = 0; i < argmap_claim_count(m); ++i) {
            char* x = argmap_explain_grounded_json(m, argmap_claim_id(m, i), camps[c], 0, &error);
            char got[64];
            CHECK(x && json_string_after(x, "label", got, sizeof got) && strcmp(got, labels[i]) == 0);
            argmap_free_string(x);
        }
        free_statuses(labels);
    }
    CHECK(argmap_explain_grounded_json(m, "nobody", NULL, 0, &error) == NULL);
    CHECK(error && strstr(error, "unknown claim 'nobody'"));
    argmap_free_string(error);
    error = NULL;

    char* html = argmap_report_html(m, 10, &error);
    CHECK(html != NULL);
    if (html) {
        CHECK(strncmp(html, "<!DOCTYPE html>", 15) == 0);
        for (size_t i = 0; i < argmap_claim_count(m); ++i) {
            char id[64];
            snprintf(id, sizeof id, "id=\"claim_%zu\"", i);
            CHECK(strstr(html, id) != NULL);
        }
        CHECK(strstr(html, "\"format\":\"argmap-report\"") != NULL);
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/c-report.html", work);
    CHECK(argmap_report_write(m, path, 10, &error) == 0);
    FILE* f = fopen(path, "rb");
    CHECK(f != NULL);
    if (f && html) {
        /* The same results byte for byte (deterministic on this map). The diagram is not
           compared: Graphviz may emit the camp clusters in another order when it draws a
           second time in one process. */
        fseek(f, 0, SEEK_END);
        const long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char* text = malloc((size_t)n + 1);
        CHECK(fread(text, 1, (size_t)n, f) == (size_t)n);
        text[n] = 0;
        CHECK(strncmp(text, "<!DOCTYPE html>", 15) == 0);
        const char* blob_file = strstr(text, "<script type=\"application/json\"");
        const char* blob_string = strstr(html, "<script type=\"application/json\"");
        CHECK(blob_file && blob_string && strcmp(blob_file, blob_string) == 0);
        free(text);
    }
    if (f) fclose(f);
    argmap_free_string(html);
    CHECK(argmap_report_write(m, "/nonexistent/dir/r.html", 10, &error) != 0);
    CHECK(error && strstr(error, "/nonexistent/dir/r.html"));
    argmap_free_string(error);
    argmap_map_free(m);
}

int main(int argc, char** argv) {
    if (argc != 5) return 2;
    test_history(argv[1], argv[2], argv[4]);
    test_whatif(argv[3]);
    test_explain_and_report(argv[3], argv[4]);
    printf("%d failed\n", failures);
    return failures ? 1 : 0;
}

/* The justification status through the C API (argmap_framework_justification_status,
 * argmap_justification_status) against a brute-force enumeration written here in C: every
 * subset of a small framework checked against the definitions of conflict-free, naive,
 * admissible, complete, grounded, preferred, stable, semi-stable and stage. Frameworks: no
 * stable extension, self-attacks, several components, seeded random ones, in i23, APX and TGF;
 * a map built through the API. Then the timeout (unknown, return 2) and errors with positions.
 * Exits non-zero on failure. */
#include <argmap/argmap.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define MAXN 16   /* arguments of a framework here */
#define BRUTE 12  /* at most this many for the brute force */

/* A framework as bit masks: att[a] has bit b when a attacks b; by[b] has bit a then. */
typedef struct {
    int n;
    unsigned att[MAXN], by[MAXN];
} AF;

static void add_attack(AF* af, int a, int b) {
    af->att[a] |= 1u << b;
    af->by[b] |= 1u << a;
}

static int conflict_free(const AF* af, unsigned s) {
    for (int a = 0; a < af->n; ++a)
        if ((s >> a & 1u) && (af->att[a] & s)) return 0;
    return 1;
}

static unsigned attacked_by(const AF* af, unsigned s) {
    unsigned out = 0;
    for (int a = 0; a < af->n; ++a)
        if (s >> a & 1u) out |= af->att[a];
    return out;
}

/* The arguments s defends: every attacker attacked by s. */
static unsigned defended(const AF* af, unsigned s) {
    const unsigned hit = attacked_by(af, s);
    unsigned out = 0;
    for (int a = 0; a < af->n; ++a)
        if ((af->by[a] & ~hit) == 0) out |= 1u << a;
    return out;
}

enum { CF, NA, ADM, CO, GR, PR, ST, SST, STG, NSEM };
static const char* const CODES[NSEM] = {"CF", "NA", "ADM", "CO", "GR", "PR", "ST", "SST", "STG"};

/* Is s a conflict-free (CF), admissible (ADM) or complete (CO) set? */
static int is_base(const AF* af, int base, unsigned s) {
    if (!conflict_free(af, s)) return 0;
    if (base == CF) return 1;
    const unsigned d = defended(af, s);
    if ((s & ~d) != 0) return 0; /* admissible: defends its members */
    if (base == ADM) return 1;
    return d == s; /* complete: contains all it defends */
}

/* The status of every argument under sem: the extensions are the sets of the base (CF, ADM or
 * CO) that pass the semantics' condition, maximality compared with every other set of the base. */
static void brute_status(const AF* af, int sem, const char** out) {
    static unsigned char base_of[1u << BRUTE];
    const unsigned all = (1u << af->n) - 1u;
    const int base = sem == CF || sem == NA || sem == ST || sem == STG ? CF : sem == ADM || sem == PR ? ADM : CO;
    for (unsigned s = 0; s <= all; ++s) base_of[s] = (unsigned char)is_base(af, base, s);
    unsigned in_all = all, in_some = 0;
    int any = 0;
    for (unsigned s = 0; s <= all; ++s) {
        if (!base_of[s]) continue;
        const unsigned range = s | attacked_by(af, s);
        int ok = 1;
        if (sem == ST) ok = range == all;
        else if (sem != CF && sem != ADM && sem != CO)
            for (unsigned t = 0; t <= all && ok; ++t) {
                if (t == s || !base_of[t]) continue;
                if (sem == GR) ok = (s & ~t) == 0;                 /* the least complete extension */
                else if (sem == NA || sem == PR) ok = (s & t) != s; /* no strict superset */
                else {                                              /* SST, STG: no strictly larger range */
                    const unsigned rt = t | attacked_by(af, t);
                    ok = !((range & rt) == range && rt != range);
                }
            }
        if (!ok) continue;
        any = 1;
        in_all &= s;
        in_some |= s;
    }
    for (int a = 0; a < af->n; ++a)
        out[a] = !any || !(in_some >> a & 1u) ? "rejected" : (in_all >> a & 1u) ? "sceptical" : "credulous";
}

/* The framework as i23 text. */
static void to_i23(const AF* af, char* buf, size_t size) {
    size_t k = (size_t)snprintf(buf, size, "p af %d\n", af->n);
    for (int a = 0; a < af->n; ++a)
        for (int b = 0; b < af->n; ++b)
            if (af->att[a] >> b & 1u) k += (size_t)snprintf(buf + k, size - k, "%d %d\n", a + 1, b + 1);
}

static int checked = 0;

/* Every semantics of the brute force on fw (whose arguments are af's, in order). */
static void check_framework(const AF* af, argmap_framework* fw, const char* what) {
    CHECK(fw != NULL);
    if (!fw) return;
    CHECK(argmap_framework_size(fw) == (size_t)af->n);
    for (int sem = 0; sem < NSEM; ++sem) {
        const char* want[MAXN];
        const char** got = NULL;
        char* error = NULL;
        brute_status(af, sem, want);
        const int rc = argmap_framework_justification_status(fw, CODES[sem], 0, &got, &error);
        CHECK(rc == 0);
        if (rc != 0) {
            fprintf(stderr, "%s %s: %s\n", what, CODES[sem], error ? error : "");
            argmap_free_string(error);
            continue;
        }
        for (int a = 0; a < af->n; ++a)
            if (strcmp(got[a], want[a]) != 0) {
                fprintf(stderr, "%s %s argument %d: got %s, expected %s\n", what, CODES[sem], a + 1, got[a], want[a]);
                ++failures;
            }
        ++checked;
    }
}

static unsigned long long lcg = 20261201ull;
static unsigned next_random(void) {
    lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(lcg >> 33);
}

int main(int argc, char** argv) {
    char* error = NULL;
    char text[4096];
    if (argc != 2) return 2;

    /* A file: floating reinstatement (tests/data/floating.af), preferred {1, 4} and {2, 4} by hand. */
    snprintf(text, sizeof text, "%s/floating.af", argv[1]);
    argmap_framework* fw = argmap_framework_load(text, &error);
    CHECK(fw != NULL);
    if (fw) {
        const char** status = NULL;
        CHECK(argmap_framework_justification_status(fw, "preferred", 0, &status, &error) == 0);
        CHECK(strcmp(status[0], "credulous") == 0 && strcmp(status[1], "credulous") == 0);
        CHECK(strcmp(status[2], "rejected") == 0 && strcmp(status[3], "sceptical") == 0);
        CHECK(strcmp(argmap_framework_name(fw, 3), "4") == 0);
        argmap_framework_free(fw);
    }

    /* Odd cycle 0 -> 1 -> 2 -> 0 (no stable extension) beside 3 <-> 4, both attacking 5: APX. */
    AF odd = {6, {0}, {0}};
    const int odd_edges[][2] = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 3}, {3, 5}, {4, 5}};
    for (size_t i = 0; i < sizeof odd_edges / sizeof odd_edges[0]; ++i) add_attack(&odd, odd_edges[i][0], odd_edges[i][1]);
    fw = argmap_framework_parse(
        "arg(a).\narg(b).\narg(c).\narg(d).\narg(e).\narg(f).\n"
        "att(a,b).\natt(b,c).\natt(c,a).\natt(d,e).\natt(e,d).\natt(d,f).\natt(e,f).\n", "apx", &error);
    check_framework(&odd, fw, "odd cycle");
    CHECK(fw && strcmp(argmap_framework_name(fw, 3), "d") == 0);
    CHECK(fw && argmap_framework_name(fw, 6) == NULL);
    argmap_framework_free(fw);

    /* Self-attacks: 0 attacks itself and 1, 1 -> 2, 2 <-> 3, 4 attacks itself, 5 attacks 4: TGF. */
    AF self = {6, {0}, {0}};
    const int self_edges[][2] = {{0, 0}, {0, 1}, {1, 2}, {2, 3}, {3, 2}, {4, 4}, {5, 4}};
    for (size_t i = 0; i < sizeof self_edges / sizeof self_edges[0]; ++i) add_attack(&self, self_edges[i][0], self_edges[i][1]);
    fw = argmap_framework_parse("1\n2\n3\n4\n5\n6\n#\n1 1\n1 2\n2 3\n3 4\n4 3\n5 5\n6 5\n", "tgf", &error);
    check_framework(&self, fw, "self-attacks");
    argmap_framework_free(fw);

    /* Seeded random frameworks of several components (i23), up to MAXN arguments. */
    for (int round = 0; round < 40; ++round) {
        AF af = {0, {0}, {0}};
        const int parts = 1 + round % 3;
        for (int p = 0; p < parts && af.n < BRUTE; ++p) {
            int k = 1 + (int)(next_random() % 4);
            if (af.n + k > BRUTE) k = BRUTE - af.n;
            const unsigned density = 2 + (unsigned)(round % 3); /* attack with probability 1/density */
            for (int a = af.n; a < af.n + k; ++a)
                for (int b = af.n; b < af.n + k; ++b)
                    if (next_random() % density == 0) add_attack(&af, a, b);
            af.n += k;
        }
        to_i23(&af, text, sizeof text);
        fw = argmap_framework_parse(text, "i23", &error);
        char what[32];
        snprintf(what, sizeof what, "random %d", round);
        check_framework(&af, fw, what);
        argmap_framework_free(fw);
    }
    fprintf(stderr, "%d framework x semantics pairs checked against the brute force\n", checked);
    CHECK(checked == 42 * NSEM);

    /* A map built through the API: claims are the arguments, in order. p <-> q, r -> q, s attacks
     * itself and r, t alone. */
    argmap_map* m = argmap_map_new();
    const char* ids[] = {"p", "q", "r", "s", "t"};
    for (int i = 0; i < 5; ++i) CHECK(argmap_add_claim(m, ids[i], ids[i], NULL, 1.0, &error) == 0);
    AF mapped = {5, {0}, {0}};
    const int map_edges[][2] = {{0, 1}, {1, 0}, {2, 1}, {3, 3}, {3, 2}};
    for (size_t i = 0; i < sizeof map_edges / sizeof map_edges[0]; ++i) {
        CHECK(argmap_add_relation(m, "attack", ids[map_edges[i][0]], ids[map_edges[i][1]], 1.0, &error) == 0);
        add_attack(&mapped, map_edges[i][0], map_edges[i][1]);
    }
    for (int sem = 0; sem < NSEM; ++sem) {
        const char* want[MAXN];
        const char** got = NULL;
        brute_status(&mapped, sem, want);
        CHECK(argmap_justification_status(m, CODES[sem], NULL, NULL, 0, &got, &error) == 0);
        for (int a = 0; a < 5; ++a)
            if (strcmp(got[a], want[a]) != 0) {
                fprintf(stderr, "map %s claim %s: got %s, expected %s\n", CODES[sem], ids[a], got[a], want[a]);
                ++failures;
            }
    }
    const char** got = NULL;
    CHECK(argmap_justification_status(m, "preferred", "magic", NULL, 0, &got, &error) == 1);
    CHECK(error && strstr(error, "unknown support interpretation 'magic'"));
    argmap_free_string(error);
    error = NULL;
    CHECK(argmap_justification_status(m, "preferred", NULL, "nobody", 0, &got, &error) == 1);
    CHECK(error && strstr(error, "nobody"));
    argmap_free_string(error);
    error = NULL;
    argmap_map_free(m);

    /* A timeout: 6 mutual attacks (grounded-undecided) and the chain 13 -> 14 -> 15. What is
     * decided is right; the rest is "unknown" and the call returns 2. */
    {
        AF af = {15, {0}, {0}};
        for (int i = 0; i < 6; ++i) {
            add_attack(&af, 2 * i, 2 * i + 1);
            add_attack(&af, 2 * i + 1, 2 * i);
        }
        add_attack(&af, 12, 13);
        add_attack(&af, 13, 14);
        to_i23(&af, text, sizeof text);
        fw = argmap_framework_parse(text, "i23", &error);
        CHECK(fw != NULL);
        const char* want[MAXN];
        /* Preferred by hand: each pair credulous, the chain in, out, in. */
        for (int a = 0; a < 12; ++a) want[a] = "credulous";
        want[12] = "sceptical", want[13] = "rejected", want[14] = "sceptical";
        CHECK(argmap_framework_justification_status(fw, "PR", 0, &got, &error) == 0);
        for (int a = 0; a < 15; ++a) CHECK(strcmp(got[a], want[a]) == 0);
        /* A timeout the clock cannot hold (1e30 s, infinity) is no limit: all decided. */
        CHECK(argmap_framework_justification_status(fw, "PR", 1e30, &got, &error) == 0);
        for (int a = 0; a < 15; ++a) CHECK(strcmp(got[a], want[a]) == 0);
        CHECK(argmap_framework_justification_status(fw, "PR", HUGE_VAL, &got, &error) == 0);
        for (int a = 0; a < 15; ++a) CHECK(strcmp(got[a], want[a]) == 0);
        CHECK(argmap_framework_justification_status(fw, "PR", 1e-9, &got, &error) == 2);
        int unknown = 0;
        for (int a = 0; a < 15; ++a) {
            if (strcmp(got[a], "unknown") == 0) ++unknown;
            else CHECK(strcmp(got[a], want[a]) == 0);
        }
        CHECK(unknown > 0);
        CHECK(strcmp(got[12], "sceptical") == 0 && strcmp(got[13], "rejected") == 0); /* the grounded labelling decides these */
        CHECK(argmap_framework_justification_status(fw, "ST", 1e-9, &got, &error) == 2);
        for (int a = 0; a < 15; ++a) CHECK(strcmp(got[a], "unknown") == 0 || strcmp(got[a], "rejected") == 0);
        argmap_framework_free(fw);
    }

    /* Errors: positions, unknown names, NULLs. */
    fw = argmap_framework_parse("p af 2\n1 3\n", "i23", &error);
    CHECK(fw == NULL);
    CHECK(error && strstr(error, "<string>:2:"));
    argmap_free_string(error);
    error = NULL;
    fw = argmap_framework_parse("p af 1\n", "yaml", &error);
    CHECK(fw == NULL && error && strstr(error, "unknown framework format 'yaml'"));
    argmap_free_string(error);
    error = NULL;
    fw = argmap_framework_load("nope.af", &error);
    CHECK(fw == NULL && error && strstr(error, "nope.af"));
    argmap_free_string(error);
    error = NULL;
    fw = argmap_framework_load("framework.txt", &error);
    CHECK(fw == NULL && error && strstr(error, "not known from the extension"));
    argmap_free_string(error);
    error = NULL;
    fw = argmap_framework_parse("p af 1\n", "i23", &error);
    CHECK(argmap_framework_justification_status(fw, "fuzzy", 0, &got, &error) == 1);
    CHECK(error && strstr(error, "unknown semantics 'fuzzy'"));
    argmap_free_string(error);
    error = NULL;
    CHECK(argmap_framework_justification_status(NULL, "PR", 0, &got, &error) == 1);
    argmap_free_string(error);
    argmap_framework_free(fw);
    CHECK(argmap_framework_size(NULL) == 0);

    if (failures) fprintf(stderr, "%d failure(s)\n", failures);
    return failures ? 1 : 0;
}

/* argmap C API: opaque handles over the C++ library, for C and FFI callers.
 *
 *   char* error = NULL;
 *   argmap_map* map = argmap_load("debate.argdown", &error);
 *   if (!map) { fprintf(stderr, "%s\n", error); argmap_free_string(error); return 1; }
 *   const char** status = NULL;
 *   if (argmap_evaluate(map, "preferred", "none", NULL, &status, &error) == 0)
 *       for (size_t i = 0; i < argmap_claim_count(map); ++i)
 *           printf("%s %s\n", argmap_claim_id(map, i), status[i]);
 *   argmap_map_free(map);
 *
 * Strings returned through `error` are owned by the caller (argmap_free_string); all other
 * strings belong to the map and live until the map is freed or changed.
 */
#ifndef ARGMAP_ARGMAP_H
#define ARGMAP_ARGMAP_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct argmap_map argmap_map;

/** Library version, "major.minor.patch". */
const char* argmap_version(void);

/** Reads a map (format from the extension). NULL on failure, with *error = "file:line:col: ...". */
argmap_map* argmap_load(const char* path, char** error);
/** Reads a map from text in the named format (argdown, xml, json, graphml, aif, bag, i23, apx, tgf). */
argmap_map* argmap_parse(const char* text, const char* format, char** error);
argmap_map* argmap_map_new(void);
void argmap_map_free(argmap_map* map);
void argmap_free_string(char* s);

size_t argmap_claim_count(const argmap_map* map);
const char* argmap_claim_id(const argmap_map* map, size_t i);
const char* argmap_claim_text(const argmap_map* map, size_t i);
size_t argmap_relation_count(const argmap_map* map);

/** Adds a claim; kind is thesis, claim, argument, evidence or assumption. 0 on success. */
int argmap_add_claim(argmap_map* map, const char* id, const char* text, const char* kind, double weight, char** error);
/** Adds a relation (attack, support, undercut). 0 on success. */
int argmap_add_relation(argmap_map* map, const char* type, const char* source, const char* target, double weight,
                        char** error);

/** Evaluates under a semantics (name or ICCMA code), a support interpretation and an optional
 *  camp as audience (NULL: none). On success *result points to one string per claim, owned by
 *  the map: "in"/"out"/"undec" for grounded, ideal and eager, else "sceptical"/"credulous"/"rejected". */
int argmap_evaluate(argmap_map* map, const char* semantics, const char* support, const char* camp, const char*** result,
                    char** error);
/** Gradual strengths (e.g. "df-quad", "sum:euler"); *result points to one double per claim, owned by the map. */
int argmap_gradual(argmap_map* map, const char* semantics, const double** result, char** error);

/** Writes the map in a format to a new string (free with argmap_free_string); NULL on failure. */
char* argmap_write(const argmap_map* map, const char* format, char** error);
/** Draws the map with grounded labels to .svg, .png or .dot. 0 on success. */
int argmap_render(const argmap_map* map, const char* path, char** error);

/** Why a claim is accepted or rejected under a semantics (name or ICCMA code), with an optional
 *  camp as audience (NULL: none): the explanation as JSON text (verdict, certificate extension,
 *  dispute tree, witnesses, defeater; see `argmap explain --json`), a new string to free with
 *  argmap_free_string. NULL on failure with *error set. */
char* argmap_explain(const argmap_map* map, const char* claim, const char* semantics, const char* camp, char** error);

#ifdef __cplusplus
}
#endif

#endif

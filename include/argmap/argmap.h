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
/** The justification status of every claim under a semantics (name or ICCMA code; grounded,
 *  ideal and eager too), with a support interpretation (NULL: none) and a camp as audience
 *  (NULL: none): *result points to one string per claim, owned by the map (valid until the next
 *  such call, a change or argmap_map_free): "sceptical" (in every extension), "credulous" (in
 *  some), "rejected" (in none; every claim when the semantics has no extension), or "unknown"
 *  where the timeout (seconds; <= 0: none) fired before the claim was decided. Returns 0 when
 *  every claim is decided, 2 when the timeout left some unknown, 1 on error (*error set). */
int argmap_justification_status(argmap_map* map, const char* semantics, const char* support, const char* camp,
                                double timeout, const char*** result, char** error);
/** Gradual strengths (e.g. "df-quad", "sum:euler"); *result points to one double per claim, owned by the map. */
int argmap_gradual(argmap_map* map, const char* semantics, const double** result, char** error);

/** Who carries a claim's gradual strength (gradual e.g. "df-quad"; method "removal", "gradient"
 *  or "shapley", NULL: removal), as a JSON object in a new string (argmap_free_string); NULL on failure. */
char* argmap_attribution(const argmap_map* map, const char* claim, const char* gradual, const char* method, char** error);
/** Which attacks a minimal inconsistency budget disregards to make the claim accepted under
 *  "grounded" or "preferred" (credulously, or sceptically when sceptical != 0), as JSON. */
char* argmap_budget_attribution(const argmap_map* map, const char* claim, const char* semantics, int sceptical,
                                char** error);

/** Writes the map in a format to a new string (free with argmap_free_string); NULL on failure. */
char* argmap_write(const argmap_map* map, const char* format, char** error);
/** Draws the map with grounded labels to .svg, .png or .dot. 0 on success. */
int argmap_render(const argmap_map* map, const char* path, char** error);

/* ---- abstract frameworks (include/argmap/framework.hpp, extensions.hpp) ---- */

typedef struct argmap_framework argmap_framework;

/** Reads a framework from .af/.i23 (ICCMA 2023), .apx or .tgf, the format from the extension.
 *  NULL on failure with *error = "file:line:col: ...". */
argmap_framework* argmap_framework_load(const char* path, char** error);
/** Reads a framework from text in i23, apx or tgf. */
argmap_framework* argmap_framework_parse(const char* text, const char* format, char** error);
void argmap_framework_free(argmap_framework* af);
size_t argmap_framework_size(const argmap_framework* af);
/** Argument i's name ("1".."n" in i23); NULL when out of range. Owned by the framework. */
const char* argmap_framework_name(const argmap_framework* af, size_t i);
/** The justification status of every argument, as argmap_justification_status does for claims:
 *  *result points to one string per argument in order, owned by the framework (valid until the
 *  next such call or argmap_framework_free). Returns 0 when every argument is decided, 2 when
 *  the timeout (seconds; <= 0: none) left some "unknown", 1 on error (*error set). */
int argmap_framework_justification_status(argmap_framework* af, const char* semantics, double timeout,
                                          const char*** result, char** error);

/* ---- editing, copying (used with histories and what-if) ---- */

/** An independent copy of a map. */
argmap_map* argmap_map_copy(const argmap_map* map);
/** Removes a claim with every relation touching it (and their undercuts). 0 on success. */
int argmap_remove_claim(argmap_map* map, const char* id, char** error);

/* ---- claim tracking: histories (include/argmap/history.hpp, timeline.hpp) ---- */

typedef struct argmap_history argmap_history;

/** A map's history from its native XML or JSON file (git = 0), or one revision per git commit
 *  that changed the file (git = 1). NULL on failure with *error. */
argmap_history* argmap_history_load(const char* path, int git, char** error);
/** An empty history (the empty map, no revisions). */
argmap_history* argmap_history_new(void);
void argmap_history_free(argmap_history* history);
/** Records `next` as a new revision (the operations from the head to it). timestamp: ISO 8601
 *  or NULL for now; author and message may be NULL. 0 on success; a map equal to the head
 *  records nothing (the revision count says so). */
int argmap_history_commit(argmap_history* history, const argmap_map* next, const char* author, const char* message,
                          const char* timestamp, char** error);
/** Writes the head with its history to .xml or .json. 0 on success. */
int argmap_history_save(const argmap_history* history, const char* path, char** error);
size_t argmap_history_revision_count(const argmap_history* history);
/** Fields of revision i (0-based); NULL when out of range. Owned by the history. */
const char* argmap_history_revision_id(const argmap_history* history, size_t i);
const char* argmap_history_revision_timestamp(const argmap_history* history, size_t i);
const char* argmap_history_revision_author(const argmap_history* history, size_t i);
const char* argmap_history_revision_message(const argmap_history* history, size_t i);
size_t argmap_history_revision_operation_count(const argmap_history* history, size_t i);
/** Every revision as JSON text: [{"number", "id", "timestamp", "author", "message",
 *  "operations": ["+ claim x", ...]}]. Free with argmap_free_string; NULL on failure. */
char* argmap_history_revisions_json(const argmap_history* history, char** error);
/** The map as it was: reference is a revision id, a number of revisions ("0": the empty map),
 *  a unique id prefix (4+ characters) or an ISO 8601 date. A new map; NULL with *error. */
argmap_map* argmap_history_checkout(const argmap_history* history, const char* reference, char** error);
/** A copy of the state after every revision. */
argmap_map* argmap_history_head(const argmap_history* history);
/** The timeline of one claim as JSON text, as `argmap timeline MAP CLAIM --format json` writes
 *  it: {"claim", "semantics", "revisions": [{"number", "id", "timestamp", "author", "message",
 *  "present", "label"?, "acceptance"?, "strength"?, "changed"}], "changes": [{"number", "id",
 *  "before", "after"}]}. semantics (NULL: grounded, unless gradual alone is given), gradual
 *  (NULL: none) and camp (NULL: no audience). Free with argmap_free_string; NULL on failure. */
char* argmap_history_timeline_json(const argmap_history* history, const char* claim, const char* semantics,
                                   const char* gradual, const char* camp, char** error);

/* ---- what-if: hypothetical edits (include/argmap/whatif.hpp) ---- */

typedef struct argmap_edits argmap_edits;
typedef struct argmap_whatif argmap_whatif;

argmap_edits* argmap_edits_new(void);
void argmap_edits_free(argmap_edits* edits);
size_t argmap_edits_count(const argmap_edits* edits);
/** Each appends one edit; checked when what-if applies them. 0 on success. */
int argmap_edits_retract(argmap_edits* edits, const char* claim);
int argmap_edits_add_claim(argmap_edits* edits, const char* id, const char* text, const char* kind, double weight);
int argmap_edits_attack(argmap_edits* edits, const char* source, const char* target, double weight);
int argmap_edits_support(argmap_edits* edits, const char* source, const char* target, double weight);
int argmap_edits_remove_relation(argmap_edits* edits, const char* relation_id);
int argmap_edits_claim_weight(argmap_edits* edits, const char* claim, double weight);
int argmap_edits_relation_weight(argmap_edits* edits, const char* relation_id, double weight);

/** What the edits would move, under an extension semantics (NULL: grounded) or, when gradual
 *  is given, a gradual semantics; camp (NULL: none) as audience. *result is a new handle.
 *  Fails (with *error) when an edit does not apply or the limits fired. 0 on success. */
int argmap_what_if(const argmap_map* map, const argmap_edits* edits, const char* semantics, const char* gradual,
                   const char* camp, argmap_whatif** result, char** error);
void argmap_whatif_free(argmap_whatif* result);
/** The claims whose status moved, in map order (claims added by the edits last). */
size_t argmap_whatif_count(const argmap_whatif* result);
const char* argmap_whatif_claim(const argmap_whatif* result, size_t i);
/** Status before and after: "in"/"out"/"undec", "sceptical"/"credulous"/"rejected", or the
 *  strength printed with 17 significant digits; NULL when the claim does not exist then. */
const char* argmap_whatif_before(const argmap_whatif* result, size_t i);
const char* argmap_whatif_after(const argmap_whatif* result, size_t i);

/* ---- explanations (include/argmap/explain.hpp) ---- */

/** Why a claim is in, out or undec under grounded semantics, as JSON text (as `argmap explain
 *  --format json`): {"subject", "label", "reason", "because": [...]}. camp: NULL or an audience;
 *  max_depth 0 means 8. Free with argmap_free_string; NULL on failure. */
char* argmap_explain_grounded_json(const argmap_map* map, const char* claim, const char* camp, size_t max_depth,
                                   char** error);

/* ---- the HTML report (include/argmap/report.hpp) ---- */

/** The self-contained HTML report (every semantics, gradual semantics and camp as audience;
 *  timeout: seconds per evaluation, <= 0 for none). Free with argmap_free_string; NULL on failure. */
char* argmap_report_html(const argmap_map* map, double timeout, char** error);
/** Writes the report to a file. 0 on success. */
int argmap_report_write(const argmap_map* map, const char* path, double timeout, char** error);
/** Why a claim is accepted or rejected under a semantics (name or ICCMA code), with an optional
 *  camp as audience (NULL: none): the explanation as JSON text (verdict, certificate extension,
 *  dispute tree, witnesses, defeater; see `argmap explain --json`), a new string to free with
 *  argmap_free_string. NULL on failure with *error set. */
char* argmap_explain(const argmap_map* map, const char* claim, const char* semantics, const char* camp, char** error);

#ifdef __cplusplus
}
#endif

#endif

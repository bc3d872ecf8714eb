// argmap/io.hpp: reading and writing maps.
//
// Readers never throw on bad input: they return a ParseResult that carries a status, the
// position (file, line, column; for XML also the element path) and a readable description,
// plus any warnings. On failure the output map is left empty.
//
// Every reader takes ReadLimits (input size, nesting depth, claims, relations, text length)
// with defaults that keep a hostile or broken file from exhausting memory or stack; a file
// past a limit fails with ParseStatus::limit_exceeded naming the file, the position and the
// limit.
//
// Threads: readers and writers keep no shared state; any number of threads may read or write
// different maps at once. A map being read into or written from belongs to that one call.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/framework.hpp"
#include "argmap/model.hpp"

namespace argmap::io {

enum class ParseStatus {
    ok,
    file_error,         ///< cannot open or read the file
    syntax_error,       ///< the text does not follow the format's grammar
    invalid_value,      ///< a value is out of range or of the wrong kind
    unknown_reference,  ///< an id names nothing
    duplicate_id,       ///< an id is defined twice
    invalid_utf8,       ///< the text is not UTF-8
    unsupported,        ///< a construct the reader does not support
    limit_exceeded,     ///< the input passes a ReadLimits cap
};

std::string_view to_string(ParseStatus status) noexcept;

/// A position in an input and a message about it.
struct Diagnostic {
    std::string file;
    std::size_t line = 0;    ///< 1-based; 0 when unknown
    std::size_t column = 0;  ///< 1-based, in bytes; 0 when unknown
    std::string element;     ///< element path for tree formats, e.g. "/argmap/claims/claim[3]"
    std::string message;

    /// "file:line:column: message" (the GNU convention editors understand).
    std::string to_string() const;
};

struct ParseResult {
    ParseStatus status = ParseStatus::ok;
    Diagnostic error;                   ///< meaningful when status != ok
    std::vector<Diagnostic> warnings;   ///< things read but not understood, or guessed

    explicit operator bool() const noexcept { return status == ParseStatus::ok; }
    /// "file:line:column: error: message", or "ok".
    std::string description() const;
};

/// Caps a reader enforces before and while it builds a map. The defaults admit every real
/// debate and ICCMA instance we know of and keep memory within a small multiple of max_bytes.
/// A file is checked before it is read into memory (a 1 GB file fails without being read).
struct ReadLimits {
    std::size_t max_bytes = std::size_t{256} << 20;  ///< input size in bytes
    std::size_t max_depth = 100;                     ///< nesting of XML elements, JSON arrays/objects; in Argdown YAML brackets and indentation levels
                                                     ///< (the JSON and AIF readers also refuse more than 64 on their own)
    std::size_t max_claims = 5'000'000;              ///< claims (arguments for i23/APX/TGF), checked against i23's "p af N" before allocating
    std::size_t max_relations = 50'000'000;          ///< relations (attacks)
    std::size_t max_text_bytes = std::size_t{1} << 20;  ///< one claim's id or text, one relation's id
};

/// Thrown by writers when a file cannot be written.
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Writes `bytes` to the file `path` so that a reader (or a crash, a full disk, a kill) sees
/// either the old file or the whole new one, never a part: the bytes go to a temporary file in
/// the same folder, which is flushed to disk (fsync) and renamed over `path`. On failure the
/// old file is left as it was, the temporary is removed and WriteError names the path and the
/// system's reason. A new file gets the mode 0666 less the umask; an existing one keeps its mode.
/// A symbolic link is followed (its target is replaced); a path that names something other than
/// a regular file (a device, a FIFO such as /dev/stdout) is written in place, which cannot be atomic.
/// Every writer of argmap (maps, histories, diagrams, timelines, the CLI) goes through it.
void write_file_atomically(const std::string& path, std::string_view bytes);

// ---- Argdown, as @argdown/cli 1.7.5 reads it; docs/formats.md says how it maps into the model ----
ParseResult read_argdown(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
ParseResult read_argdown_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits = {});

// ---- native XML: lossless for every part of the model ----
ParseResult read_xml(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
ParseResult read_xml_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits = {});
std::string write_xml(const ArgumentMap& map);
void write_xml_file(const ArgumentMap& map, const std::string& path);

// ---- Argdown writer: accepted by the Argdown CLI, read back as the same map; lost_in() says what it loses ----
std::string write_argdown(const ArgumentMap& map);

// ---- Uncertainpy BAG: arg(name, base). att(a, b). sup(a, b). (an optional third weight) ----
ParseResult read_bag(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
ParseResult read_bag_file(const std::string& path, ArgumentMap& out, const ReadLimits& limits = {});
/// Claims with ids usable as BAG names ([A-Za-z0-9_]); undercuts and texts are not carried.
std::string write_bag(const ArgumentMap& map);

// ---- JSON: the whole map, lossless; schema in docs/argmap-map.schema.json ----
ParseResult read_json(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
std::string write_json(const ArgumentMap& map);

// ---- GraphML (yEd, Gephi, NetworkX): typed keys for text, kind, camps, weight, label, type ----
ParseResult read_graphml(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
std::string write_graphml(const ArgumentMap& map);

// ---- AIF JSON as AIFdb and OVA write it ----
ParseResult read_aif(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
std::string write_aif(const ArgumentMap& map);

// ---- Argdown's JSON export (`argdown json`, @argdown/cli 1.7.5): read only; see docs/formats.md ----
ParseResult read_argdown_json(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});

// ---- abstract frameworks as maps: claims named by the arguments, attack relations ----
ParseResult read_i23_map(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
ParseResult read_apx_map(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
ParseResult read_tgf_map(std::string_view text, ArgumentMap& out, std::string_view filename = "<input>",
                             const ReadLimits& limits = {});
/// Attacks between claims only (numbered in map order for i23; by id for APX and TGF).
std::string write_i23(const ArgumentMap& map);
std::string write_apx(const ArgumentMap& map);
std::string write_tgf(const ArgumentMap& map);

// ---- one entry point ----
enum class Format { argdown, xml, json, graphml, aif, bag, i23, apx, tgf, argdown_json };
std::string_view to_string(Format f) noexcept;
/// By name: argdown, xml, json, graphml, aif, bag, i23, apx, tgf, argdown-json.
std::optional<Format> parse_format(std::string_view name) noexcept;
/// By extension: .argdown .ad, .xml .argmap, .json, .graphml, .aif .aif.json, .bag, .af .i23, .apx, .tgf,
/// .argdown.json (argdown-json, read only).
std::optional<Format> format_of(std::string_view path) noexcept;
/// Reads a map with the given format, or by extension (a .json file holding AIF nodes and
/// edges is read as AIF; one holding Argdown's "statements" and "arguments" as argdown-json).
ParseResult load_map(const std::string& path, ArgumentMap& out, std::optional<Format> format = std::nullopt,
                     const ReadLimits& limits = {});
ParseResult read_map(std::string_view text, Format format, ArgumentMap& out, std::string_view filename = "<input>",
                     const ReadLimits& limits = {});
/// Writes a map in the given format, or by extension; throws WriteError (also for argdown-json,
/// which is read only).
void save_map(const ArgumentMap& map, const std::string& path, std::optional<Format> format = std::nullopt);
std::string write_map(const ArgumentMap& map, Format format);
/// What `format` cannot carry of this map, one readable line each (empty: nothing is lost).
std::vector<std::string> lost_in(const ArgumentMap& map, Format format);

// ---- abstract frameworks: ICCMA 2023 (i23), ASPARTIX (APX), trivial graph format (TGF) ----
enum class AfFormat { i23, apx, tgf };
/// .af/.i23 -> i23, .apx -> apx, .tgf -> tgf.
std::optional<AfFormat> af_format_of(std::string_view path) noexcept;
std::optional<AfFormat> parse_af_format(std::string_view name) noexcept;

struct NamedFramework {
    Framework framework;
    std::vector<std::string> names;  ///< argument names (i23: "1".."n")
};
ParseResult read_af(std::string_view text, AfFormat format, NamedFramework& out, std::string_view filename = "<input>",
                    const ReadLimits& limits = {});
ParseResult read_af_file(const std::string& path, AfFormat format, NamedFramework& out, const ReadLimits& limits = {});

}  // namespace argmap::io

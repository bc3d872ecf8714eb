// The YAML subset used by Argdown data: flow values ({a: 1, b: [x, "y z"]}) on one line, and
// block mappings (front matter). Values keep the column where they start, for diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace argmap::io::detail {

struct DataEntry;

struct DataValue {
    enum class Kind { scalar, list, mapping } kind = Kind::scalar;
    std::string text;  // scalar
    bool quoted = false;
    std::vector<DataValue> items;                            // list
    std::vector<DataEntry> entries;  // mapping (std::vector allows the incomplete type here)
    std::size_t line = 0, column = 0;

    const DataValue* get(std::string_view key) const;
};

struct DataEntry {
    std::string first;  // key
    DataValue second;   // value
};

inline const DataValue* DataValue::get(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k == key) return &v;
    return nullptr;
}

struct DataError {
    std::size_t line = 0, column = 0;
    std::string message;
};

/// Parses one flow value starting at text[pos]; advances pos past it. `column0` is the column
/// of text[0] in its line. Nesting deeper than 32 levels is an error.
std::optional<DataValue> parse_flow_value(std::string_view text, std::size_t& pos, std::size_t line,
                                          std::size_t column0, DataError& error, int depth = 0);

/// Parses block-mapping lines (front matter). `first_line` is the line number of lines[0].
std::optional<DataValue> parse_block_mapping(const std::vector<std::string_view>& lines, std::size_t first_line,
                                             DataError& error);

/// Writes a scalar in the form the parser reads back as the same string.
std::string quote_scalar(std::string_view s);

}  // namespace argmap::io::detail

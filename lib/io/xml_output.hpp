// Serialising a pugixml document to a string (shared by the XML writers), and two checks the
// XML readers share.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace argmap::io::detail {

/// A document with the XML declaration and a root element of the given name.
inline pugi::xml_node new_document(pugi::xml_document& doc, const char* root) {
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    return doc.append_child(root);
}

inline std::string serialise(const pugi::xml_document& doc) {
    struct StringWriter : pugi::xml_writer {
        std::string out;
        void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
    } w;
    doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
    // pugixml escapes carriage returns in attributes but not in text. An XML parser turns a raw
    // CR (and CR LF) in text into LF (XML 1.0, 2.11), so other tools would read a text with a CR
    // changed; as &#13; it stays a CR everywhere. The writers use no CDATA, comments or PIs, so
    // every CR in the output is inside text.
    if (w.out.find('\r') == std::string::npos) return std::move(w.out);
    std::string out;
    out.reserve(w.out.size() + 64);
    for (char c : w.out) {
        if (c == '\r') out += "&#13;";
        else out += c;
    }
    return out;
}

/// Where a parse error is best shown: pugixml reports an unclosed CDATA section, comment or
/// processing instruction at the end of the text; the place it was opened is more useful.
inline std::size_t xml_error_offset(std::string_view text, const pugi::xml_parse_result& res) {
    std::size_t at = res.offset > 0 ? static_cast<std::size_t>(res.offset) : 0;
    if (at > text.size()) at = text.size();
    const char* opener = res.status == pugi::status_bad_cdata ? "<![CDATA[" : res.status == pugi::status_bad_comment ? "<!--"
                         : res.status == pugi::status_bad_pi                                                        ? "<?"
                                                                                                                    : nullptr;
    if (!opener) return at;
    const std::size_t open = text.substr(0, at).rfind(opener);
    return open == std::string_view::npos ? at : open;
}

/// Where non-markup text follows the root element's end tag `</name>` (pugixml drops such text
/// silently), or npos. Comments, processing instructions and white space may follow.
inline std::size_t text_after_root(std::string_view text, std::string_view name) {
    const std::string close = "</" + std::string(name);
    std::size_t p = text.rfind(close);
    if (p == std::string_view::npos) return std::string_view::npos;  // a self-closing root
    p = text.find('>', p);
    if (p == std::string_view::npos) return std::string_view::npos;
    for (++p; p < text.size();) {
        const char c = text[p];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++p;
        } else if (text.substr(p, 4) == "<!--" || text.substr(p, 2) == "<?") {
            const bool comment = text[p + 1] == '!';
            const std::size_t e = text.find(comment ? "-->" : "?>", p);
            if (e == std::string_view::npos) return p;
            p = e + (comment ? 3 : 2);
        } else {
            return p;
        }
    }
    return std::string_view::npos;
}

/// A second element or text beside the root element (pugixml accepts them; XML does not), or
/// an empty node.
inline pugi::xml_node beside_root(const pugi::xml_document& doc) {
    bool root = false;
    for (auto n : doc.children()) {
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) return n;
        if (n.type() != pugi::node_element) continue;
        if (root) return n;
        root = true;
    }
    return {};
}

}  // namespace argmap::io::detail

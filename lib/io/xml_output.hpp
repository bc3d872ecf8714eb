// Serialising a pugixml document to a string (shared by the XML writers).
#pragma once

#include <string>

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

}  // namespace argmap::io::detail

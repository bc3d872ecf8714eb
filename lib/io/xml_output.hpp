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
    return std::move(w.out);
}

}  // namespace argmap::io::detail

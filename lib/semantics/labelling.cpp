// Labellings (Caminada 2006): names, extraction of the in-set, and the completeness check.
#include "argmap/semantics.hpp"

namespace argmap {

std::string_view to_string(Label label) noexcept {
    switch (label) {
    case Label::in: return "in";
    case Label::out: return "out";
    case Label::undec: return "undec";
    }
    return "undec";
}

std::vector<arg_t> in_arguments(std::span<const Label> labelling) {
    std::vector<arg_t> out;
    for (std::size_t a = 0; a < labelling.size(); ++a)
        if (labelling[a] == Label::in) out.push_back(static_cast<arg_t>(a));
    return out;
}

bool is_complete_labelling(const Framework& af, std::span<const Label> lab) {
    if (lab.size() != af.size()) return false;
    for (arg_t a = 0; a < af.size(); ++a) {
        bool some_in = false, all_out = true;
        for (arg_t b : af.attackers(a)) {
            some_in |= lab[b] == Label::in;
            all_out &= lab[b] == Label::out;
        }
        switch (lab[a]) {
        case Label::in: if (!all_out) return false; break;
        case Label::out: if (!some_in) return false; break;
        case Label::undec: if (all_out || some_in) return false; break;
        }
    }
    return true;
}

}  // namespace argmap

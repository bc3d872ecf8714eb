#include "argmap/version.hpp"

namespace argmap {

std::string_view version() noexcept { return ARGMAP_VERSION_STRING; }

}  // namespace argmap

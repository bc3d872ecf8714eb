#include "argmap/history.hpp"

// argmap: argument mapping, argumentation semantics and claim tracking.
//
// One include for the whole public API:
//   model.hpp      ArgumentMap, Claim, Relation, Camp (what people edit)
//   framework.hpp  Framework (compact attack graph) and project() from a map
//   semantics.hpp  Label, grounded labelling, evaluate_grounded()
//   io.hpp         Argdown and native XML readers/writers with positioned errors
//   prediction.hpp predictions(): which forecasts are open, due or resolved, as of a date
//   render.hpp     DOT through cgraph, SVG/PNG through gvc
//
// Worked example:
//
//   #include <argmap/argmap.hpp>
//   #include <iostream>
//
//   int main() {
//       argmap::ArgumentMap map;
//       map.add_claim({.id = "t", .text = "We should act now.", .kind = argmap::ClaimKind::thesis});
//       map.add_claim({.id = "o", .text = "Acting now costs too much."});
//       map.add_claim({.id = "r", .text = "Waiting costs more.", .kind = argmap::ClaimKind::evidence});
//       map.add_relation({.type = argmap::RelationType::attack, .source = "o", .target = "t"});
//       map.add_relation({.type = argmap::RelationType::attack, .source = "r", .target = "o"});
//
//       const auto labels = argmap::evaluate_grounded(map);   // t: in, o: out, r: in
//       for (std::size_t i = 0; i < labels.size(); ++i)
//           std::cout << map.claims()[i].id << " " << argmap::to_string(labels[i]) << "\n";
//       argmap::render_file(map, labels, "tiny.svg");
//
//       argmap::ArgumentMap loaded;
//       if (auto r = argmap::io::read_argdown_file("debate.argdown", loaded); !r)
//           std::cerr << r.description() << "\n";          // file:line:column: error: ...
//   }
#pragma once

#include "argmap/diff.hpp"
#include "argmap/explain.hpp"
#include "argmap/attribution.hpp"
#include "argmap/explain_extension.hpp"
#include "argmap/text.hpp"
#include "argmap/extensions.hpp"
#include "argmap/framework.hpp"
#include "argmap/gradual.hpp"
#include "argmap/history.hpp"
#include "argmap/io.hpp"
#include "argmap/model.hpp"
#include "argmap/prediction.hpp"
#include "argmap/render.hpp"
#include "argmap/report.hpp"
#include "argmap/semantics.hpp"
#include "argmap/timeline.hpp"
#include "argmap/version.hpp"
#include "argmap/whatif.hpp"

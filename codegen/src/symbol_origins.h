// The size report's side table (codegen.h, SymbolOrigin): which member each function of the
// module belongs to.
#pragma once

#include <vector>

#include "codegen/codegen.h"
#include "module.h"

namespace dartc::codegen {

// One entry per defined function that lowering attributed to a member, in module order (which is
// deterministic). Functions named after a member's function ("<symbol>.<closure entry>",
// "<symbol>.<dynamic call>") but not lowered as pending functions are attributed to that member.
void collectSymbolOrigins(const Module& m, std::vector<SymbolOrigin>& out);

}  // namespace dartc::codegen

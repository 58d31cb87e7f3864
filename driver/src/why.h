// `--why=<library>::<Class>.<member>`: why type-flow analysis kept a member (or a class), as a
// chain of reasons back to an entry point, one per line.
#pragma once

#include <string>
#include <string_view>

#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::driver {

// The text `--why` prints for `spec`; on a spec that names nothing, fills `error` instead and
// returns an empty string.
std::string explainWhyKept(const kernel::Program& program, const tfa::FlowFacts& facts, std::string_view spec,
                           std::string& error);

}  // namespace dartc::driver

// A readable text form of kernel, for debugging (`dartc compile exe --dump-kernel`) and for unit
// tests that check what the frontend lowered a construct to.
#pragma once

#include <string>

#include "frontend/program.h"

namespace dartc::kernel {

std::string printExpression(const Expression* e);
std::string printStatement(const Statement* s, int indent = 0);
std::string printMember(const Member* m);
// Every library that is not a dart: library (or all of them).
std::string printProgram(const Program& p, bool includeCore = false);

}  // namespace dartc::kernel

// What tree shaking kept and removed, per library, from the analysis's facts (the same counting
// as --verbose: every member and class of every library of the program).
#pragma once

#include "frontend/program.h"
#include "program_names.h"
#include "size_report.h"
#include "tfa/flow_facts.h"

namespace dartc::driver::size_report {

TreeShakingSummary summarizeTreeShaking(const kernel::Program& program, const tfa::FlowFacts& facts, const ProgramNames& names);

}  // namespace dartc::driver::size_report

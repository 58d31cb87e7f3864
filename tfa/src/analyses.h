// The two whole-program analyses behind tfa::analyze(): type-flow analysis (the default) and Rapid
// Type Analysis (`--no-tfa`). Both fill the same FlowFacts.
#pragma once

#include "tfa/flow_facts.h"

namespace dartc::tfa {

void runRapidTypeAnalysis(const kernel::Program& program, FlowFacts& facts);
void runTypeFlowAnalysis(const kernel::Program& program, const AnalysisOptions& options, FlowFacts& facts);

}  // namespace dartc::tfa

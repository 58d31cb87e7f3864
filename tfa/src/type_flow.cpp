// runTypeFlowAnalysis: the analysis from the roots to a fixpoint, then the facts. Stack checks are
// decided on the facts (recursion.cpp); when some function needs one, the stack overflow helper
// becomes reachable, the analysis resumes, and the facts are rebuilt.
#include <cstdio>
#include <cstdlib>

#include "analyses.h"
#include "facts_builder.h"

namespace dartc::tfa {

using namespace kernel;

void FactsBuilder::reset() {
  FlowFacts fresh;
  fresh.stats_ = f_.stats_;
  f_ = std::move(fresh);
  f_.precise_ = true;
  f_.implicit_ = a_.implicit();
}

void FactsBuilder::build() {
  reset();
  shake();
  devirtualize();
  unbox();
  recordReturns();
  recordReasons();
  count();
  if (std::getenv("DARTC_TFA_DEBUG")) dump();
}

void FactsBuilder::dump() const {
  // Debugging aid (DARTC_TFA_DEBUG=1): what the analysis found, on stderr.
  TypeStore& t = a_.types();
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& f = *fn;
    std::string name = f.member ? f.member->qualifiedName() : "?";
    if (f.kind == FunctionInfo::Kind::Closure) name += ".<closure>";
    if (f.kind == FunctionInfo::Kind::FieldInitializer) name += ".<initializer>";
    std::fprintf(stderr, "tfa: %s%s%s -> %s\n", name.c_str(), f.invoked ? "" : " (not invoked)", f.kept ? "" : " (not kept)",
                 f.resultType ? t.toString(f.resultType).c_str() : "-");
    for (size_t i = 0; i < f.parameterTypes.size(); ++i) {
      std::fprintf(stderr, "tfa:   param %zu: %s%s\n", i, t.toString(f.parameterTypes[i]).c_str(), f.parameterPassed[i] ? "" : " (never passed)");
    }
  }
  const std::vector<SiteRecord>& sites = a_.sites();
  for (size_t i = 0; i < sites.size(); ++i) {
    if (!sites[i].receiver) continue;
    const SiteTarget& st = f_.sites_[i];
    std::fprintf(stderr, "tfa: site %zu %s on %s: %s %s\n", i, a_.selector(sites[i].selector).toString().c_str(),
                 t.toString(sites[i].receiver).c_str(),
                 st.kind == SiteKind::Direct ? "direct" : st.kind == SiteKind::Unreachable ? "unreachable" : "virtual",
                 st.target ? st.target->qualifiedName().c_str() : "");
  }
  for (const auto& [part, site] : a_.toStringSites()) {
    const SiteTarget& st = f_.toStringSites_.at(part);
    std::fprintf(stderr, "tfa: toString at %u on %s: %s %s\n", part->loc.offset, t.toString(site.receiver).c_str(),
                 st.kind == SiteKind::Direct ? "direct" : st.kind == SiteKind::Unreachable ? "unreachable" : "virtual",
                 st.target ? st.target->qualifiedName().c_str() : "");
  }
  for (const auto& [field, state] : a_.fieldStates()) {
    std::fprintf(stderr, "tfa: field %s: %s%s%s\n", field->qualifiedName().c_str(), t.toString(state->value).c_str(),
                 state->read ? " read" : "", state->written ? " written" : "");
  }
}

void FactsBuilder::count() {
  AnalysisStats& s = f_.stats_;
  s = a_.stats();
  s.typeFlow = true;
  s.keptMembers = f_.reachableOrder_.size();
  s.totalMembers = f_.totalMembers_;
  s.keptClasses = f_.usedOrder_.size();
  s.totalClasses = f_.totalClasses_;
  s.instanceCallSites = s.devirtualizedSites = s.unreachableSites = 0;
  auto site = [&](const SiteTarget& t) {
    ++s.instanceCallSites;
    if (t.kind == SiteKind::Direct) ++s.devirtualizedSites;
    if (t.kind == SiteKind::Unreachable) ++s.unreachableSites;
  };
  const std::vector<SiteRecord>& records = a_.sites();
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].receiver && records[i].kind == CallSpec::Kind::Virtual) site(f_.sites_[i]);
  }
  for (const auto& [part, t] : f_.toStringSites_) site(t);
  s.removedFields = 0;
  for (const Member* m : f_.reachableOrder_) {
    if (m->memberKind == MemberKind::Field && !f_.readFields_.count(static_cast<const Field*>(m))) ++s.removedFields;
  }
  s.unboxedSlots = f_.variableKinds_.size() + f_.returnKinds_.size() + f_.fieldKinds_.size();
  s.recordReturns = f_.recordReturns_.size();
  s.recordLocals = f_.recordLocals_.size();
}

bool FactsBuilder::needsStackOverflowHelper() const {
  // Checked functions that may run, and lazy initializers (always checked), call the helper when
  // the stack is exhausted (codegen's stack_check.cpp).
  for (const auto& fn : a_.functions()) {
    const FunctionInfo& info = *fn;
    if (!info.invoked) continue;
    if (info.kind == FunctionInfo::Kind::FieldInitializer) return true;
    if (info.function && f_.needsStackCheck(info.function)) return true;
  }
  return false;
}

void runTypeFlowAnalysis(const Program& program, const AnalysisOptions& options, FlowFacts& facts) {
  TypeFlowAnalysis analysis(program, options);
  analysis.addRoots();
  FactsBuilder builder(program, analysis, facts);
  const ImplicitMembers& im = analysis.implicit();
  for (;;) {
    analysis.solve();
    builder.build();
    if (!options.stackChecks || !im.throwStackOverflow || analysis.helperRequired(im.throwStackOverflow)) break;
    findRecursion(program, facts);
    bool needed = builder.needsStackOverflowHelper();
    if (!needed) break;
    analysis.requireHelper(im.throwStackOverflow, nullptr, nullptr);
  }
  findRecursion(program, facts);
}

}  // namespace dartc::tfa

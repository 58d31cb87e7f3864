// Turns the state of a finished type-flow analysis into FlowFacts, one transformation per file:
// tree shaking (tree_shaking.cpp), devirtualization (devirtualization.cpp), unboxing
// (unboxing.cpp) and the reasons members and classes are kept (why_kept.cpp).
#pragma once

#include "analysis.h"
#include "tfa/flow_facts.h"

namespace dartc::tfa {

class FactsBuilder {
 public:
  FactsBuilder(const kernel::Program& program, TypeFlowAnalysis& analysis, FlowFacts& facts)
      : p_(program), a_(analysis), f_(facts) {}

  // Everything, from scratch (the facts may be rebuilt after the analysis resumes).
  void build();
  // Whether code that may run checks the stack (after findRecursion on the facts).
  bool needsStackOverflowHelper() const;

 private:
  void reset();
  void shake();          // reachable members, allocated and used classes, fields that are read
  void devirtualize();   // call sites: direct, virtual or unreachable; the table's selectors
  void unbox();          // parameters, locals, returns and fields that hold only int/double/bool
  void recordReturns();  // functions returning a record's fields, locals holding them
  void recordReasons();  // why each kept member and class is kept
  void count();          // statistics for --verbose
  void dump() const;     // DARTC_TFA_DEBUG=1: the facts on stderr

  SiteTarget classify(const SiteRecord& site, bool* virtualCall);

  const kernel::Program& p_;
  TypeFlowAnalysis& a_;
  FlowFacts& f_;
};

}  // namespace dartc::tfa

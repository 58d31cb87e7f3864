#include "tree_shaking_summary.h"

namespace dartc::driver::size_report {

TreeShakingSummary summarizeTreeShaking(const kernel::Program& program, const tfa::FlowFacts& facts, const ProgramNames& names) {
  TreeShakingSummary summary;
  summary.typeFlow = facts.isTypeFlow();
  for (const kernel::Library* lib : program.libraries) {
    LibraryShaking counts;
    counts.library = names.library(lib);
    auto member = [&](const kernel::Member* m) {
      ++counts.totalMembers;
      if (facts.isReachable(m)) ++counts.keptMembers;
      else summary.removedMemberNames.push_back(names.qualified(m));
    };
    for (const kernel::Field* f : lib->fields) member(f);
    for (const kernel::Procedure* p : lib->procedures) member(p);
    for (const kernel::Class* c : lib->classes) {
      ++counts.totalClasses;
      if (facts.isUsed(c)) {
        ++counts.keptClasses;
        summary.keptClassNames.push_back(names.qualified(c));
      } else {
        summary.removedClassNames.push_back(names.qualified(c));
      }
      for (const kernel::Field* f : c->fields) member(f);
      for (const kernel::Constructor* k : c->constructors) member(k);
      for (const kernel::Procedure* p : c->procedures) member(p);
    }
    summary.keptMembers += counts.keptMembers;
    summary.totalMembers += counts.totalMembers;
    summary.keptClasses += counts.keptClasses;
    summary.totalClasses += counts.totalClasses;
    summary.libraries.push_back(std::move(counts));
  }
  return summary;
}

}  // namespace dartc::driver::size_report

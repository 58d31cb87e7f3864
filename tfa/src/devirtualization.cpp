// Devirtualization: a call site whose receivers can reach exactly one implementation calls it
// directly; one that no receiver ever reaches is unreachable; the rest dispatch through the global
// table, which then holds only the selectors still called virtually.
#include <algorithm>
#include <map>

#include "facts_builder.h"

namespace dartc::tfa {

using namespace kernel;

SiteTarget FactsBuilder::classify(const SiteRecord& site, bool* virtualCall) {
  *virtualCall = false;
  if (!site.receiver) return {};  // never analyzed: keep the conservative dispatch
  if (site.receiver->isEmpty()) return {SiteKind::Unreachable, nullptr};
  bool lacking = false;
  std::vector<const Member*> targets = a_.dispatchTargets(site.receiver, site.selector, &lacking, 2);
  if (targets.size() == 1 && !lacking) return {SiteKind::Direct, targets[0]};
  // No class answers (or, with closures called through `call`, no member does): the call either
  // never happens or ends in noSuchMethod, which dispatch through the table reports.
  if (targets.empty() && !lacking) return {SiteKind::Unreachable, nullptr};
  *virtualCall = !targets.empty();
  return {};
}

void FactsBuilder::devirtualize() {
  f_.sites_.assign(p_.callSiteCount, SiteTarget{});
  std::map<std::pair<std::string, std::pair<int, std::string>>, Selector> table;  // ordered for determinism
  auto virtualSelector = [&](SelectorId id) {
    const Selector& s = a_.selector(id);
    std::string lib = s.privateLibrary ? s.privateLibrary->uri : "";
    table.emplace(std::make_pair(std::string(s.name), std::make_pair(static_cast<int>(s.kind), lib)), s);
    f_.callCounts_[s]++;
  };
  const std::vector<SiteRecord>& sites = a_.sites();
  for (size_t i = 0; i < sites.size(); ++i) {
    const SiteRecord& site = sites[i];
    // Dynamic and closure calls keep their own lookups in codegen.
    if (!site.receiver || site.kind != CallSpec::Kind::Virtual) continue;
    bool isVirtual = false;
    f_.sites_[i] = classify(site, &isVirtual);
    if (isVirtual) virtualSelector(site.selector);
  }
  for (const auto& [part, site] : a_.toStringSites()) {
    bool isVirtual = false;
    f_.toStringSites_[part] = classify(site, &isVirtual);
    if (isVirtual) virtualSelector(site.selector);
  }
  for (const auto& [key, s] : table) f_.tableSelectors_.push_back(s);
}

}  // namespace dartc::tfa

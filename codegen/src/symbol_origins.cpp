#include "symbol_origins.h"

#include <string>
#include <unordered_map>

#include "naming.h"

namespace dartc::codegen {

namespace {

// The member of a function named "<base>.<suffix>" (entries and stubs around a member's body):
// the longest base, cut at a '.', that is the name of a function with a known member.
const kernel::Member* memberByNamePrefix(std::string_view name,
                                          const std::unordered_map<std::string_view, const kernel::Member*>& byName) {
  for (size_t dot = name.rfind('.'); dot != std::string_view::npos && dot > 0; dot = name.rfind('.', dot - 1)) {
    auto it = byName.find(name.substr(0, dot));
    if (it != byName.end()) return it->second;
  }
  return nullptr;
}

}  // namespace

void collectSymbolOrigins(const Module& m, std::vector<SymbolOrigin>& out) {
  std::unordered_map<std::string_view, const kernel::Member*> byName;
  for (const auto& [fn, member] : m.functionMembers) byName.emplace(fn->getName(), member);
  for (const llvm::Function& f : m.module) {
    if (f.isDeclaration()) continue;
    auto known = m.functionMembers.find(const_cast<llvm::Function*>(&f));
    const kernel::Member* member = known != m.functionMembers.end() ? known->second : memberByNamePrefix(f.getName(), byName);
    if (!member) continue;
    SymbolOrigin origin;
    origin.symbol = f.getName().str();
    origin.member = member;
    std::string prefix = symbolPrefix(member);
    origin.localName = origin.symbol.rfind(prefix, 0) == 0 ? origin.symbol.substr(prefix.size()) : origin.symbol;
    out.push_back(std::move(origin));
  }
}

}  // namespace dartc::codegen

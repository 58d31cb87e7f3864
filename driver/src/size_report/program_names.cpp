#include "program_names.h"

#include <algorithm>
#include <filesystem>

namespace dartc::driver::size_report {

namespace fs = std::filesystem;

ProgramNames::ProgramNames(const kernel::Program& program) {
  if (program.mainLibrary && !program.mainLibrary->path.empty()) {
    mainDirectory_ = fs::absolute(fs::path(program.mainLibrary->path)).lexically_normal().parent_path().string();
  }
}

std::string ProgramNames::library(const kernel::Library* lib) const {
  if (!lib) return "?";
  bool isFile = lib->uri.rfind("file:", 0) == 0;
  if (!isFile || lib->path.empty() || mainDirectory_.empty()) return lib->uri;
  fs::path path = fs::absolute(fs::path(lib->path)).lexically_normal();
  return path.lexically_relative(mainDirectory_).generic_string();
}

std::string ProgramNames::cls(const kernel::Class* c) const { return c ? std::string(c->name) : kTopLevelClass; }

std::string ProgramNames::qualified(const kernel::Class* c) const { return library(c->library) + "::" + std::string(c->name); }

std::string ProgramNames::qualified(const kernel::Member* m) const {
  std::string name = library(m->library) + "::";
  if (m->enclosingClass) name += std::string(m->enclosingClass->name) + ".";
  return name + codegen::localSymbolName(m);
}

DartSymbols::DartSymbols(const std::vector<codegen::SymbolOrigin>& origins, const ProgramNames& names) {
  for (const codegen::SymbolOrigin& o : origins) {
    bySymbol_.push_back({o.symbol, {names.library(o.member->library), names.cls(o.member->enclosingClass), o.localName}});
  }
  std::sort(bySymbol_.begin(), bySymbol_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

const DartSymbols::Named* DartSymbols::find(std::string_view symbol) const {
  auto it = std::lower_bound(bySymbol_.begin(), bySymbol_.end(), symbol,
                             [](const auto& entry, std::string_view s) { return entry.first < s; });
  return it != bySymbol_.end() && it->first == symbol ? &it->second : nullptr;
}

bool DartSymbols::name(std::string_view symbol, SizeEntry& out) const {
  for (size_t end = symbol.size(); end != std::string_view::npos && end > 0; end = symbol.rfind('.', end - 1)) {
    if (const Named* n = find(symbol.substr(0, end))) {
      out.library = n->library;
      out.cls = n->cls;
      out.name = n->name + std::string(symbol.substr(end));
      return true;
    }
  }
  return false;
}

}  // namespace dartc::driver::size_report

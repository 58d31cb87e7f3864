// How the size report names the program's libraries, classes and members: dart: and package:
// libraries by their URI, the program's own files by their path relative to the main file's
// directory (so a report does not depend on where the program was compiled), members the way
// their functions' symbols do ("get:x", "new:named").
#pragma once

#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "frontend/program.h"
#include "size_report.h"

namespace dartc::driver::size_report {

class ProgramNames {
 public:
  explicit ProgramNames(const kernel::Program& program);

  std::string library(const kernel::Library* lib) const;
  std::string cls(const kernel::Class* c) const;  // kTopLevelClass for null
  // "<library>::<Class>" and "<library>::<Class>.<member>" ("<library>::<member>" at the top level).
  std::string qualified(const kernel::Class* c) const;
  std::string qualified(const kernel::Member* m) const;

 private:
  std::string mainDirectory_;
};

// Names the symbols of the program's functions (codegen's side table): library, class and the
// function's name within its class.
class DartSymbols {
 public:
  DartSymbols(const std::vector<codegen::SymbolOrigin>& origins, const ProgramNames& names);
  // Fills library, cls and name. A symbol the optimizer derived from a function's
  // ("<symbol>.cold.1") belongs to that function, with the suffix kept in its name.
  bool name(std::string_view symbol, SizeEntry& out) const;

 private:
  struct Named {
    std::string library, cls, name;
  };
  std::vector<std::pair<std::string, Named>> bySymbol_;  // sorted by symbol
  const Named* find(std::string_view symbol) const;
};

}  // namespace dartc::driver::size_report

#include "naming.h"

#include "tables.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

std::string libraryTag(const Library* lib) {
  if (!lib) return "?";
  if (lib->isCore && lib->uri.rfind("dart:", 0) == 0) return lib->uri;
  std::string uri = lib->uri;
  size_t slash = uri.rfind('/');
  std::string base = slash == std::string::npos ? uri : uri.substr(slash + 1);
  if (base.size() > 5 && base.substr(base.size() - 5) == ".dart") base.resize(base.size() - 5);
  return base;
}

}  // namespace

std::string symbolPrefix(const Member* member) {
  std::string prefix = libraryTag(member->library) + "::";
  if (member->enclosingClass) prefix += std::string(member->enclosingClass->name) + ".";
  return prefix;
}

std::string symbolName(const Member* member) { return symbolPrefix(member) + localSymbolName(member); }

std::string localSymbolName(const Member* member) {
  std::string name;
  switch (member->memberKind) {
    case MemberKind::Constructor: name += "new:"; break;
    case MemberKind::Field: name += "field:"; break;
    case MemberKind::Procedure: {
      auto* p = static_cast<const Procedure*>(member);
      if (p->kind == ProcedureKind::Getter) name += "get:";
      if (p->kind == ProcedureKind::Setter) name += "set:";
      if (p->kind == ProcedureKind::Factory) name += "factory:";
      break;
    }
  }
  name += member->name;
  return name;
}

std::string dartName(const Member* member) {
  // The VM's user-visible names: implementation classes go by their interface ("List.[]" for
  // _GrowableList), constructors and factories are "new C" / "new C.name", setters end in '='.
  std::string name;
  if (member->enclosingClass) name = visibleClassName(member->enclosingClass) + ".";
  name += member->name;
  bool isFactory = member->memberKind == MemberKind::Procedure &&
                   static_cast<const Procedure*>(member)->kind == ProcedureKind::Factory;
  if (member->memberKind == MemberKind::Constructor || isFactory) {
    if (member->name.empty()) name.pop_back();  // the unnamed constructor: "new C"
    return "new " + name;
  }
  if (member->memberKind == MemberKind::Procedure && static_cast<const Procedure*>(member)->kind == ProcedureKind::Setter) {
    name += "=";
  }
  // Extension members are named "Ext|member" in kernel; Dart prints "Ext.member".
  size_t bar = name.find('|');
  if (bar != std::string::npos) name[bar] = '.';
  return name;
}

}  // namespace dartc::codegen

// `--why`: finds the member named `<library>::<Class>.<member>` (or `<library>::<member>` at the
// top level, `<library>::<Class>` for a class; the library is its URI, its file name, or the file
// name without `.dart`) and follows the first reasons type-flow analysis recorded (KeepReason)
// from it to an entry point.
#include "why.h"

#include <unordered_set>

namespace dartc::driver {

using namespace kernel;

namespace {

bool libraryMatches(const Library* lib, std::string_view name) {
  std::string_view uri = lib->uri;
  if (uri == name) return true;
  size_t slash = uri.rfind('/');
  std::string_view file = slash == std::string_view::npos ? uri : uri.substr(slash + 1);
  if (file == name) return true;
  return file.size() > 5 && file.substr(file.size() - 5) == ".dart" && file.substr(0, file.size() - 5) == name;
}

std::string libraryTag(const Library* lib) {
  if (!lib) return "?";
  if (lib->uri.rfind("dart:", 0) == 0) return lib->uri;
  std::string_view uri = lib->uri;
  size_t slash = uri.rfind('/');
  std::string file(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
  if (file.size() > 5 && file.substr(file.size() - 5) == ".dart") file.resize(file.size() - 5);
  return file;
}

std::string nameOf(const Member* m) {
  std::string name = libraryTag(m->library) + "::";
  if (m->enclosingClass) name += std::string(m->enclosingClass->name) + ".";
  name += m->name.empty() ? "new" : std::string(m->name);
  return name;
}

std::string nameOf(const Class* c) { return libraryTag(c->library) + "::" + std::string(c->name); }

const Member* findMember(const std::vector<const Member*>& candidates, std::string_view name) {
  for (const Member* m : candidates) {
    if (m->name == name || (name == "new" && m->name.empty())) return m;
  }
  return nullptr;
}

// One line: "<what> is kept: <reason> [by <member>]".
std::string line(const std::string& subject, const tfa::KeepReason& r) {
  std::string text = subject + ": " + std::string(r.what.empty() ? "kept" : r.what);
  if (r.byClass) text += " (of " + nameOf(r.byClass) + ")";
  else if (r.by) text += std::string(r.byClosure ? " in a closure of " : " by ") + nameOf(r.by);
  return text + "\n";
}

}  // namespace

std::string explainWhyKept(const Program& program, const tfa::FlowFacts& facts, std::string_view spec, std::string& error) {
  size_t sep = spec.rfind("::");
  if (sep == std::string_view::npos || sep == 0 || sep + 2 >= spec.size()) {
    error = "The --why option expects <library>::<Class>.<member> or <library>::<member> (was: \"" + std::string(spec) + "\").";
    return {};
  }
  std::string_view libName = spec.substr(0, sep);
  std::string_view rest = spec.substr(sep + 2);
  size_t dot = rest.find('.');
  std::string_view className = dot == std::string_view::npos ? std::string_view() : rest.substr(0, dot);
  std::string_view memberName = dot == std::string_view::npos ? rest : rest.substr(dot + 1);
  const Member* member = nullptr;
  const Class* cls = nullptr;
  bool libraryFound = false;
  for (const Library* lib : program.libraries) {
    if (!libraryMatches(lib, libName)) continue;
    libraryFound = true;
    if (className.empty()) {
      std::vector<const Member*> top(lib->procedures.begin(), lib->procedures.end());
      top.insert(top.end(), lib->fields.begin(), lib->fields.end());
      member = findMember(top, memberName);
      for (const Class* c : lib->classes) {
        if (!member && c->name == memberName) cls = c;
      }
    } else {
      for (const Class* c : lib->classes) {
        if (c->name != className) continue;
        std::vector<const Member*> all(c->procedures.begin(), c->procedures.end());
        all.insert(all.end(), c->fields.begin(), c->fields.end());
        all.insert(all.end(), c->constructors.begin(), c->constructors.end());
        member = findMember(all, memberName);
      }
    }
    if (member || cls) break;
  }
  if (!member && !cls) {
    error = libraryFound ? "The --why option names nothing: no '" + std::string(rest) + "' in library '" + std::string(libName) + "'."
                         : "The --why option names nothing: no library '" + std::string(libName) + "'.";
    return {};
  }
  std::string out;
  // Follow the chain; a member or class seen twice ends it (a reason never loops back, but a
  // wrong fact must not hang the compiler).
  std::unordered_set<const void*> seen;
  const Member* m = member;
  const Class* c = cls;
  while (m || c) {
    if (!seen.insert(m ? static_cast<const void*>(m) : static_cast<const void*>(c)).second) break;
    std::string subject = m ? nameOf(m) : nameOf(c);
    const tfa::KeepReason* r = m ? facts.reasonFor(m) : facts.reasonFor(c);
    if (!r) {
      out += subject + ": not kept (nothing reachable from main uses it; tree shaking removed it)\n";
      break;
    }
    out += line(subject, *r);
    if (r->byClass) {
      c = r->byClass;
      m = nullptr;
    } else {
      m = r->by;
      c = nullptr;
    }
  }
  return out;
}

}  // namespace dartc::driver

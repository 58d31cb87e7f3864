#include "report_json.h"

#include <llvm/Support/JSON.h>
#include <llvm/Support/raw_ostream.h>

namespace dartc::driver::size_report {

namespace {

using llvm::json::OStream;

void writeCounts(OStream& j, const char* key, size_t kept, size_t total) {
  j.attributeObject(key, [&] {
    j.attribute("kept", static_cast<int64_t>(kept));
    j.attribute("removed", static_cast<int64_t>(total - kept));
    j.attribute("total", static_cast<int64_t>(total));
  });
}

void writeStrings(OStream& j, const char* key, const std::vector<std::string>& values) {
  j.attributeArray(key, [&] {
    for (const std::string& v : values) j.value(v);
  });
}

void writeSizes(OStream& j, const SizeNode& node) {
  j.attribute("name", node.name);
  j.attribute("size", static_cast<int64_t>(node.bytes));
  j.attribute("code", static_cast<int64_t>(node.code));
  j.attribute("data", static_cast<int64_t>(node.data));
}

const char* groupOf(const std::string& library) {
  if (library == kRuntimeLibrary) return "runtime";
  if (library == kGeneratedLibrary) return "generated";
  if (library == kSystemLibrary) return "system";
  if (library == kOtherLibrary) return "other";
  return "dart";
}

}  // namespace

std::string reportToJson(const SizeReport& r) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OStream j(os, 1);
  j.object([&] {
    j.attribute("schema", kSchemaName);
    j.attribute("version", kSchemaVersion);
    j.attribute("executable", r.executable);
    j.attribute("target", r.target);
    j.attribute("fileSize", static_cast<int64_t>(r.fileSize));
    j.attributeObject("totals", [&] {
      j.attribute("code", static_cast<int64_t>(r.root.code));
      j.attribute("data", static_cast<int64_t>(r.root.data));
      j.attribute("other", static_cast<int64_t>(r.root.bytes - r.root.code - r.root.data));
      j.attribute("memoryOnly", static_cast<int64_t>(r.memoryOnlyBytes()));
    });
    j.attributeArray("sections", [&] {
      for (const SectionSize& s : r.sections) {
        j.object([&] {
          j.attribute("name", s.name);
          j.attribute("kind", s.inFile ? byteKindName(s.kind) : "memory");
          j.attribute("size", static_cast<int64_t>(s.bytes));
        });
      }
    });
    j.attributeArray("libraries", [&] {
      for (const SizeNode& lib : r.root.children) {
        j.object([&] {
          writeSizes(j, lib);
          j.attribute("group", groupOf(lib.name));
          j.attributeArray("classes", [&] {
            for (const SizeNode& cls : lib.children) {
              j.object([&] {
                writeSizes(j, cls);
                j.attributeArray("functions", [&] {
                  for (const SizeNode& fn : cls.children) {
                    j.object([&] {
                      j.attribute("name", fn.name);
                      j.attribute("kind", byteKindName(fn.kind));
                      j.attribute("size", static_cast<int64_t>(fn.bytes));
                      if (!fn.symbol.empty()) j.attribute("symbol", fn.symbol);
                    });
                  }
                });
              });
            }
          });
        });
      }
    });
    const TreeShakingSummary& t = r.treeShaking;
    j.attributeObject("treeShaking", [&] {
      j.attribute("analysis", t.typeFlow ? "type-flow" : "rapid-type");
      writeCounts(j, "members", t.keptMembers, t.totalMembers);
      writeCounts(j, "classes", t.keptClasses, t.totalClasses);
      j.attributeArray("libraries", [&] {
        for (const LibraryShaking& l : t.libraries) {
          j.object([&] {
            j.attribute("name", l.library);
            writeCounts(j, "members", l.keptMembers, l.totalMembers);
            writeCounts(j, "classes", l.keptClasses, l.totalClasses);
          });
        }
      });
      writeStrings(j, "keptClasses", t.keptClassNames);
      writeStrings(j, "removedClasses", t.removedClassNames);
      writeStrings(j, "removedMembers", t.removedMemberNames);
    });
    const DispatchTableSummary& d = r.dispatchTable;
    j.attributeObject("dispatchTable", [&] {
      j.attribute("classIds", static_cast<int64_t>(d.classIds));
      j.attribute("selectors", static_cast<int64_t>(d.selectors));
      j.attribute("length", static_cast<int64_t>(d.length));
      j.attribute("filled", static_cast<int64_t>(d.filled));
      j.attribute("size", static_cast<int64_t>(d.bytes));
    });
  });
  os << "\n";
  return text;
}

namespace {

// Reading: every accessor records the first problem as a path into the document.
class Reader {
 public:
  std::string problem;

  const llvm::json::Object* object(const llvm::json::Value* v, const std::string& where) {
    const llvm::json::Object* o = v ? v->getAsObject() : nullptr;
    if (!o) fail(where + " is missing or not an object");
    return o;
  }
  const llvm::json::Array* array(const llvm::json::Object* o, llvm::StringRef key, const std::string& where) {
    const llvm::json::Array* a = o ? o->getArray(key) : nullptr;
    if (!a) fail(where + "." + key.str() + " is missing or not an array");
    return a;
  }
  std::string string(const llvm::json::Object* o, llvm::StringRef key, const std::string& where) {
    auto s = o ? o->getString(key) : std::nullopt;
    if (!s) fail(where + "." + key.str() + " is missing or not a string");
    return s ? s->str() : "";
  }
  uint64_t size(const llvm::json::Object* o, llvm::StringRef key, const std::string& where) {
    auto n = o ? o->getInteger(key) : std::nullopt;
    if (!n || *n < 0) fail(where + "." + key.str() + " is missing or not a non-negative integer");
    return n && *n >= 0 ? static_cast<uint64_t>(*n) : 0;
  }
  // A node with name, size, code and data; children under `childKey` (empty: a leaf).
  SizeNode node(const llvm::json::Value& v, const std::string& where, const char* childKey, const char* grandchildKey) {
    SizeNode n;
    const llvm::json::Object* o = object(&v, where);
    n.name = string(o, "name", where);
    n.bytes = size(o, "size", where);
    if (!childKey) {
      std::string kind = string(o, "kind", where);
      n.kind = kind == "code" ? ByteKind::Code : kind == "data" ? ByteKind::Data : ByteKind::Other;
      if (n.kind == ByteKind::Code) n.code = n.bytes;
      if (n.kind == ByteKind::Data) n.data = n.bytes;
      if (auto symbol = o ? o->getString("symbol") : std::nullopt) n.symbol = symbol->str();
      return n;
    }
    n.code = size(o, "code", where);
    n.data = size(o, "data", where);
    if (const llvm::json::Array* children = array(o, childKey, where)) {
      for (size_t i = 0; i < children->size() && problem.empty(); ++i) {
        n.children.push_back(node((*children)[i], where + "." + childKey + "[" + std::to_string(i) + "]", grandchildKey, nullptr));
      }
    }
    return n;
  }

 private:
  void fail(const std::string& what) {
    if (problem.empty()) problem = what;
  }
};

}  // namespace

bool reportFromJson(const std::string& text, SizeReport& report, std::string& error) {
  llvm::Expected<llvm::json::Value> parsed = llvm::json::parse(text);
  if (!parsed) {
    error = "it is not valid JSON (" + llvm::toString(parsed.takeError()) + ")";
    return false;
  }
  Reader in;
  const llvm::json::Object* top = in.object(&*parsed, "the document");
  if (!top || top->getString("schema") != std::optional<llvm::StringRef>(kSchemaName)) {
    error = std::string("it is not a size report (no \"schema\": \"") + kSchemaName + "\")";
    return false;
  }
  if (top->getInteger("version") != std::optional<int64_t>(kSchemaVersion)) {
    error = "its version is not " + std::to_string(kSchemaVersion);
    return false;
  }
  report.executable = in.string(top, "executable", "the report");
  report.target = in.string(top, "target", "the report");
  report.fileSize = in.size(top, "fileSize", "the report");
  if (const llvm::json::Array* libraries = in.array(top, "libraries", "the report")) {
    report.root = SizeNode{};
    for (size_t i = 0; i < libraries->size() && in.problem.empty(); ++i) {
      SizeNode lib = in.node((*libraries)[i], "libraries[" + std::to_string(i) + "]", "classes", "functions");
      report.root.bytes += lib.bytes;
      report.root.code += lib.code;
      report.root.data += lib.data;
      report.root.children.push_back(std::move(lib));
    }
  }
  if (const llvm::json::Object* t = in.object(top->get("treeShaking"), "the report.treeShaking")) {
    const llvm::json::Object* members = in.object(t->get("members"), "treeShaking.members");
    const llvm::json::Object* classes = in.object(t->get("classes"), "treeShaking.classes");
    report.treeShaking.keptMembers = in.size(members, "kept", "treeShaking.members");
    report.treeShaking.totalMembers = in.size(members, "total", "treeShaking.members");
    report.treeShaking.keptClasses = in.size(classes, "kept", "treeShaking.classes");
    report.treeShaking.totalClasses = in.size(classes, "total", "treeShaking.classes");
  }
  if (const llvm::json::Object* d = in.object(top->get("dispatchTable"), "the report.dispatchTable")) {
    report.dispatchTable.length = in.size(d, "length", "dispatchTable");
    report.dispatchTable.filled = in.size(d, "filled", "dispatchTable");
    report.dispatchTable.bytes = in.size(d, "size", "dispatchTable");
  }
  if (!in.problem.empty()) {
    error = in.problem;
    return false;
  }
  return true;
}

}  // namespace dartc::driver::size_report

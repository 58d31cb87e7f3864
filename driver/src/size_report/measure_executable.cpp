#include "measure_executable.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include <llvm/BinaryFormat/ELF.h>
#include <llvm/Demangle/Demangle.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>

#include "llvm_expected.h"

namespace dartc::driver::size_report {

namespace {

using llvm::object::ELFObjectFileBase;

// A sized function or datum defined in a section of an object or executable.
struct Symbol {
  std::string name;
  uint64_t section = 0;  // section index
  uint64_t address = 0;
  uint64_t size = 0;
  bool local = false;
  std::string file;      // for local symbols: the STT_FILE symbol before it (a source file)
  uint64_t ownBytes = 0; // `size` less the bytes an earlier symbol (an alias) already covers
};

struct Section {
  std::string name;
  uint64_t index = 0;
  uint64_t size = 0;
  bool alloc = false;
  bool inFile = true;
  ByteKind kind = ByteKind::Other;
};

std::vector<Section> readSections(const ELFObjectFileBase& obj) {
  std::vector<Section> sections;
  for (llvm::object::ELFSectionRef sec : obj.sections()) {
    Section s;
    s.name = valueOr<llvm::StringRef>(sec.getName(), "").str();
    s.index = sec.getIndex();
    s.size = sec.getSize();
    s.alloc = (sec.getFlags() & llvm::ELF::SHF_ALLOC) != 0;
    s.inFile = sec.getType() != llvm::ELF::SHT_NOBITS;
    s.kind = (sec.getFlags() & llvm::ELF::SHF_EXECINSTR) ? ByteKind::Code : s.alloc ? ByteKind::Data : ByteKind::Other;
    if (s.index != 0) sections.push_back(std::move(s));
  }
  return sections;
}

// The sized functions and data, with the source file of each local symbol, then the bytes of each
// that no earlier symbol at a lower address (or an alias with a smaller name) covers.
std::vector<Symbol> readSymbols(const ELFObjectFileBase& obj) {
  std::vector<Symbol> symbols;
  std::string file;
  for (const llvm::object::ELFSymbolRef& sym : obj.symbols()) {
    uint8_t type = sym.getELFType();
    if (type == llvm::ELF::STT_FILE) {
      file = valueOr<llvm::StringRef>(sym.getName(), "").str();
      continue;
    }
    if ((type != llvm::ELF::STT_FUNC && type != llvm::ELF::STT_OBJECT) || sym.getSize() == 0) continue;
    auto section = valueOr(sym.getSection(), obj.section_end());
    if (section == obj.section_end()) continue;
    Symbol s;
    s.name = valueOr<llvm::StringRef>(sym.getName(), "").str();
    s.section = section->getIndex();
    s.address = valueOr<uint64_t>(sym.getValue(), 0);
    s.size = sym.getSize();
    s.local = sym.getBinding() == llvm::ELF::STB_LOCAL;
    if (s.local) s.file = file;
    symbols.push_back(std::move(s));
  }
  std::sort(symbols.begin(), symbols.end(), [](const Symbol& a, const Symbol& b) {
    return std::tie(a.section, a.address, a.name) < std::tie(b.section, b.address, b.name);
  });
  uint64_t coveredSection = ~uint64_t(0), coveredEnd = 0;
  for (Symbol& s : symbols) {
    if (s.section != coveredSection) {
      coveredSection = s.section;
      coveredEnd = 0;
    }
    uint64_t start = std::max(s.address, coveredEnd);
    uint64_t end = s.address + s.size;
    s.ownBytes = end > start ? end - start : 0;
    coveredEnd = std::max(coveredEnd, end);
  }
  return symbols;
}

// An object of the program, parsed from memory.
struct ParsedObject {
  std::unique_ptr<llvm::object::ObjectFile> file;
  const ELFObjectFileBase* elf = nullptr;
};

ParsedObject parseObject(const std::vector<char>* bytes, const char* name) {
  ParsedObject parsed;
  if (!bytes || bytes->empty()) return parsed;
  auto file = llvm::object::ObjectFile::createObjectFile(llvm::MemoryBufferRef(llvm::StringRef(bytes->data(), bytes->size()), name));
  if (!file) {
    llvm::consumeError(file.takeError());
    return parsed;
  }
  parsed.file = std::move(*file);
  parsed.elf = llvm::dyn_cast<ELFObjectFileBase>(parsed.file.get());
  return parsed;
}

// The executable's section that the linker put an input section into: the same name, or the
// longest name the input's extends after a '.' (".rodata.str1.1" -> ".rodata").
const Section* outputSectionOf(const std::string& input, const std::vector<Section>& sections) {
  const Section* best = nullptr;
  for (const Section& s : sections) {
    bool match = input == s.name || (input.size() > s.name.size() && input.rfind(s.name, 0) == 0 && input[s.name.size()] == '.');
    if (match && s.alloc && s.inFile && (!best || s.name.size() > best->name.size())) best = &s;
  }
  return best;
}

class Attribution {
 public:
  Attribution(const DartSymbols& dart, const RuntimeArchiveIndex& runtime) : dart_(dart), runtime_(runtime) {}

  void addProgramObject(const ParsedObject& object, bool isLineTable) {
    if (!object.elf) return;
    for (const Symbol& s : readSymbols(*object.elf)) (isLineTable ? lineTableSymbols_ : programSymbols_).insert(s.name);
  }

  // Names a symbol of the executable.
  SizeEntry classify(const Symbol& s, ByteKind kind) const {
    SizeEntry e;
    e.kind = kind;
    e.bytes = s.ownBytes;
    e.symbol = s.name;
    if (programSymbols_.count(s.name)) {
      if (dart_.name(s.name, e)) return e;
      e.library = kGeneratedLibrary;
      e.cls = kind == ByteKind::Code ? "entry point and stubs" : "tables";
      e.name = s.name;
      return e;
    }
    if (lineTableSymbols_.count(s.name)) {
      e.library = kGeneratedLibrary;
      e.cls = "line table";
      e.name = s.name;
      return e;
    }
    // The runtime's code by source file; the rest (C startup files, a static libc and libgcc)
    // in one class, since a static libc's objects have no file symbols to tell them apart.
    std::string file = runtime_.fileOf(s.name, s.local, s.file);
    e.library = file.empty() ? kSystemLibrary : kRuntimeLibrary;
    e.cls = file.empty() ? "C libraries and startup" : file;
    e.name = llvm::demangle(s.name);
    return e;
  }

 private:
  const DartSymbols& dart_;
  const RuntimeArchiveIndex& runtime_;
  std::set<std::string> programSymbols_;
  std::set<std::string> lineTableSymbols_;
};

// The program object's bytes that no symbol names (constants, strings, type descriptors, unwind
// and exception tables, padding), per input section, moved from the executable's unattributed
// bytes (`uncovered`, per output section index) to the "(generated)" group.
void attributeUnnamedProgramBytes(const ParsedObject& object, const char* cls, const std::vector<Section>& exeSections,
                                  std::map<uint64_t, uint64_t>& uncovered, std::vector<SizeEntry>& entries) {
  if (!object.elf) return;
  std::map<uint64_t, uint64_t> named;
  for (const Symbol& s : readSymbols(*object.elf)) named[s.section] += s.ownBytes;
  for (const Section& in : readSections(*object.elf)) {
    if (!in.alloc || !in.inFile || in.size <= named[in.index]) continue;
    const Section* out = outputSectionOf(in.name, exeSections);
    if (!out) continue;
    uint64_t bytes = std::min(in.size - named[in.index], uncovered[out->index]);
    uncovered[out->index] -= bytes;
    entries.push_back({kGeneratedLibrary, cls, in.name, out->kind, bytes, ""});
  }
}

}  // namespace

bool measureExecutable(const std::string& path, const ProgramObjects& objects, const DartSymbols& dart,
                       const RuntimeArchiveIndex& runtime, Measurement& out, std::string& error) {
  std::error_code ec;
  out.fileSize = std::filesystem::file_size(path, ec);
  if (ec) {
    error = "Couldn't read the executable '" + path + "': " + ec.message() + ".";
    return false;
  }
  auto binary = llvm::object::ObjectFile::createObjectFile(path);
  if (!binary) {
    error = "Couldn't read the executable '" + path + "': " + llvm::toString(binary.takeError()) + ".";
    return false;
  }
  auto* exe = llvm::dyn_cast<ELFObjectFileBase>(binary->getBinary());
  if (!exe) {
    error = "'" + path + "' is not an ELF executable.";
    return false;
  }
  std::vector<Section> sections = readSections(*exe);
  std::vector<Symbol> symbols = readSymbols(*exe);
  if (symbols.empty()) {
    error = "The executable '" + path + "' has no symbol table (was it stripped?); the size report needs one.";
    return false;
  }
  ParsedObject program = parseObject(objects.program, "main.o");
  ParsedObject lineTable = parseObject(objects.lineTable, "line_table.o");
  Attribution attribution(dart, runtime);
  attribution.addProgramObject(program, false);
  attribution.addProgramObject(lineTable, true);

  std::map<uint64_t, const Section*> byIndex;
  std::map<uint64_t, uint64_t> uncovered;  // per section in the file: bytes no symbol covers
  uint64_t sectionBytes = 0;
  for (const Section& s : sections) {
    out.sections.push_back({s.name, s.size, s.kind, s.inFile});
    byIndex[s.index] = &s;
    if (!s.inFile) continue;
    uncovered[s.index] = s.size;
    sectionBytes += s.size;
  }
  for (const Symbol& s : symbols) {
    auto it = byIndex.find(s.section);
    if (it == byIndex.end() || !it->second->inFile || s.ownBytes == 0) continue;
    uint64_t bytes = std::min(s.ownBytes, uncovered[s.section]);
    if (bytes == 0) continue;
    uncovered[s.section] -= bytes;
    SizeEntry e = attribution.classify(s, it->second->kind);
    e.bytes = bytes;
    out.entries.push_back(std::move(e));
  }
  attributeUnnamedProgramBytes(program, "unnamed bytes", sections, uncovered, out.entries);
  attributeUnnamedProgramBytes(lineTable, "line table", sections, uncovered, out.entries);
  for (const auto& [index, bytes] : uncovered) {
    const Section* s = byIndex[index];
    out.entries.push_back({kOtherLibrary, s->alloc ? "unnamed bytes" : "not loaded", s->name, s->kind, bytes, ""});
  }
  if (out.fileSize > sectionBytes) {
    out.entries.push_back({kOtherLibrary, "not loaded", "ELF headers and alignment", ByteKind::Other, out.fileSize - sectionBytes, ""});
  }
  return true;
}

}  // namespace dartc::driver::size_report

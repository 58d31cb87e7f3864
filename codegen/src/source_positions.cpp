#include "source_positions.h"

#include <filesystem>

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>

namespace dartc::codegen {

using namespace kernel;

namespace {

// Characters a path keeps unescaped in a URI (RFC 3986 pchar plus '/'), as Dart's Uri.file does.
bool keepsInUri(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-._~!$&'()*+,;=:@/").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string percentEncode(std::string_view path) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (keepsInUri(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// UTF-16 code units in a prefix of a line of UTF-8 text (the VM counts columns in a String).
uint32_t utf16Units(std::string_view utf8) {
  uint32_t units = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += c >= 0xF0 ? 2 : 1;        // four-byte sequences are surrogate pairs
  }
  return units;
}

}  // namespace

std::string SourcePositions::fileUri(const Library& library, const std::string& libraryPath, const std::string& filePath) {
  if (filePath == libraryPath) {
    if (library.uri.rfind("file://", 0) == 0) return "file://" + percentEncode(library.uri.substr(7));
    return library.uri;
  }
  // A part: its path relative to the library's directory, resolved against the library's URI.
  namespace fs = std::filesystem;
  std::string relative = fs::path(filePath).lexically_relative(fs::path(libraryPath).parent_path()).generic_string();
  if (library.uri.rfind("dart:", 0) == 0) {
    // dartc keeps the parts of dart:x in a directory of their own (core/list.dart); the VM
    // names them dart:x/list.dart.
    size_t slash = relative.find('/');
    std::string rest = slash == std::string::npos ? relative : relative.substr(slash + 1);
    return library.uri + "/" + rest;
  }
  std::string base = library.uri.substr(0, library.uri.rfind('/') + 1);
  if (base.rfind("file://", 0) == 0) return "file://" + percentEncode(base.substr(7) + relative);
  return base + relative;
}

SourcePositions::SourcePositions(llvm::Module& module, const SourceManager* sources, const Program& program, bool optimized)
    : module_(module), sources_(sources), optimized_(optimized) {
  if (!sources) return;
  for (const Library* lib : program.libraries) {
    auto note = [&](const Node* n) {
      if (n->loc.valid()) libraryOfFile_.emplace(n->loc.file, lib);
    };
    note(lib);
    for (const Class* c : lib->classes) {
      note(c);
      for (const Field* f : c->fields) note(f);
      for (const Procedure* p : c->procedures) note(p);
      for (const Constructor* k : c->constructors) note(k);
    }
    for (const Procedure* p : lib->procedures) note(p);
    for (const Field* f : lib->fields) note(f);
  }
  builder_ = std::make_unique<llvm::DIBuilder>(module);
  module.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  module.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  unit_ = builder_->createCompileUnit(llvm::dwarf::DW_LANG_C, builder_->createFile("dart_program", ""), "dartc", optimized,
                                     "", 0, "", llvm::DICompileUnit::LineTablesOnly);
  functionType_ = builder_->createSubroutineType(builder_->getOrCreateTypeArray({}));
}

SourcePositions::~SourcePositions() = default;

llvm::DIFile* SourcePositions::fileOf(FileId id) {
  auto it = files_.find(id);
  if (it != files_.end()) return it->second;
  const std::string& path = sources_->file(id).path();
  std::string uri = path;
  auto lib = libraryOfFile_.find(id);
  if (lib != libraryOfFile_.end()) uri = fileUri(*lib->second, lib->second->path, path);
  llvm::DIFile* file = builder_->createFile(std::to_string(uris_.size()), "");
  uris_.push_back(uri);
  files_[id] = file;
  return file;
}

std::pair<uint32_t, uint32_t> SourcePositions::lineAndColumn(SourceLoc loc) const {
  const SourceFile& file = sources_->file(loc.file);
  LineCol lc = file.lineCol(loc.offset);
  std::string_view text = file.lineText(lc.line);
  uint32_t bytes = lc.column - 1;
  if (bytes > text.size()) bytes = static_cast<uint32_t>(text.size());
  return {lc.line, utf16Units(text.substr(0, bytes)) + 1};
}

void SourcePositions::beginFunction(llvm::Function* fn, SourceLoc loc) {
  if (!enabled() || !loc.valid() || loc.file >= sources_->fileCount() || subprograms_.count(fn)) return;
  llvm::DIFile* file = fileOf(loc.file);
  uint32_t line = lineAndColumn(loc).first;
  auto flags = llvm::DISubprogram::SPFlagDefinition;
  if (optimized_) flags |= llvm::DISubprogram::SPFlagOptimized;
  llvm::DISubprogram* sp =
      builder_->createFunction(file, fn->getName(), "", file, line, functionType_, line, llvm::DINode::FlagZero, flags);
  fn->setSubprogram(sp);
  subprograms_[fn] = {sp, loc.file};
}

llvm::DIScope* SourcePositions::scopeFor(llvm::DISubprogram* sp, FileId file) {
  // Code from another file inside a function (a mixin's field initializers in a constructor)
  // gets a lexical block naming that file.
  auto& block = blockFiles_[{sp, file}];
  if (!block) block = builder_->createLexicalBlockFile(sp, fileOf(file));
  return block;
}

llvm::DebugLoc SourcePositions::at(llvm::Function* fn, SourceLoc loc) {
  if (!enabled() || !loc.valid() || loc.file >= sources_->fileCount()) return {};
  auto it = subprograms_.find(fn);
  if (it == subprograms_.end()) return {};
  auto [sp, spFile] = it->second;
  auto [line, column] = lineAndColumn(loc);
  llvm::DIScope* scope = loc.file == spFile ? static_cast<llvm::DIScope*>(sp) : scopeFor(sp, loc.file);
  return llvm::DILocation::get(module_.getContext(), line, column, scope);
}

void SourcePositions::finish() {
  if (!enabled()) return;
  for (llvm::Function& fn : module_) {
    if (fn.isDeclaration()) continue;
    llvm::DISubprogram* sp = fn.getSubprogram();
    if (!sp) {
      // Stubs and entry points get an artificial subprogram too. Without one, a Dart function
      // inlined into a stub would lose its inlining context (LLVM leaves code inlined at a call
      // without a location unattributed), and with it the frame of the closure or method the
      // stub forwards to. The line table skips frames of functions it does not know.
      sp = builder_->createFunction(unit_->getFile(), fn.getName(), "", unit_->getFile(), 0, functionType_, 0,
                                    llvm::DINode::FlagArtificial, llvm::DISubprogram::SPFlagDefinition);
      fn.setSubprogram(sp);
    }
    for (llvm::Instruction& inst : llvm::instructions(fn)) {
      if (llvm::isa<llvm::CallBase>(inst) && !inst.getDebugLoc()) {
        inst.setDebugLoc(llvm::DILocation::get(module_.getContext(), 0, 0, sp));
      }
    }
  }
  builder_->finalize();
}

void SourcePositions::keepCallSitesOnly(llvm::Module& module) {
  for (llvm::Function& fn : module) {
    if (!fn.getSubprogram()) continue;
    for (llvm::Instruction& inst : llvm::instructions(fn)) {
      if (!llvm::isa<llvm::CallBase>(inst) && inst.getDebugLoc()) inst.setDebugLoc({});
    }
  }
}

}  // namespace dartc::codegen

// Source positions of generated code, for the stack traces' `file:line:col` (docs/stack-traces.md).
// Every Dart function gets a debug-info subprogram and every instruction the debug location of
// the kernel node it was lowered from; LLVM carries them through optimization and inlining into
// the object's DWARF line table, which line_table.cpp turns into the runtime's compact table.
// The DWARF itself never reaches the executable.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/DebugLoc.h>
#include <llvm/IR/Module.h>

#include "frontend/program.h"
#include "frontend/source.h"

namespace dartc::codegen {

class SourcePositions {
 public:
  // Without `sources` (unit tests) nothing is recorded and every location is empty.
  SourcePositions(llvm::Module& module, const SourceManager* sources, const kernel::Program& program, bool optimized);
  ~SourcePositions();

  bool enabled() const { return builder_ != nullptr; }
  // Gives `fn` a subprogram declared at `loc`, named by its (unique) LLVM name so that the line
  // table can tell which function an inlined frame belongs to.
  void beginFunction(llvm::Function* fn, SourceLoc loc);
  // The location of `loc` inside `fn` (empty when either is unknown).
  llvm::DebugLoc at(llvm::Function* fn, SourceLoc loc);
  // Gives every call without a location a line-0 one (the IR verifier requires calls in a
  // function with debug info to have one) and finalizes the debug info.
  void finish();

  // After optimization: drops the debug locations of everything but calls. A stack trace only
  // ever asks about a call (a return address), so this keeps the line table to one row per call.
  static void keepCallSitesOnly(llvm::Module& module);

  // The files' URIs. Debug info names file i "i": LLVM would split a URI like a path, and the
  // line table needs the URI back exactly.
  const std::vector<std::string>& fileUris() const { return uris_; }

  // The URI the Dart VM prints for a source file: `file:///abs/path.dart` (percent-encoded),
  // `dart:core/list.dart` for a part of a core library, `package:a/b.dart`.
  static std::string fileUri(const kernel::Library& library, const std::string& libraryPath, const std::string& filePath);

 private:
  llvm::DIFile* fileOf(FileId id);
  llvm::DIScope* scopeFor(llvm::DISubprogram* sp, FileId file);
  std::pair<uint32_t, uint32_t> lineAndColumn(SourceLoc loc) const;  // column in UTF-16 units

  llvm::Module& module_;
  const SourceManager* sources_;
  std::unique_ptr<llvm::DIBuilder> builder_;
  llvm::DICompileUnit* unit_ = nullptr;
  llvm::DISubroutineType* functionType_ = nullptr;
  bool optimized_;
  std::unordered_map<FileId, const kernel::Library*> libraryOfFile_;
  std::unordered_map<FileId, llvm::DIFile*> files_;
  std::vector<std::string> uris_;
  std::unordered_map<llvm::Function*, std::pair<llvm::DISubprogram*, FileId>> subprograms_;
  std::map<std::pair<llvm::DISubprogram*, FileId>, llvm::DILexicalBlockFile*> blockFiles_;
};

}  // namespace dartc::codegen

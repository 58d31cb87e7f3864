#include "runtime_archive.h"

#include <llvm/Object/Archive.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

namespace dartc::driver::size_report {

std::string fileStem(std::string_view file) {
  size_t slash = file.rfind('/');
  if (slash != std::string_view::npos) file = file.substr(slash + 1);
  size_t dot = file.find('.');
  return std::string(dot == std::string_view::npos || dot == 0 ? file : file.substr(0, dot));
}

std::string RuntimeArchiveIndex::fileOf(const std::string& symbol, bool local, const std::string& fileSymbol) const {
  if (!local) {
    auto it = globalFiles.find(symbol);
    return it == globalFiles.end() ? "" : it->second;
  }
  std::string stem = fileStem(fileSymbol);
  auto it = localsByFile.find(stem);
  return it != localsByFile.end() && it->second.count(symbol) ? stem : "";
}

RuntimeArchiveIndex indexRuntimeArchive(const std::string& path) {
  RuntimeArchiveIndex index;
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) return index;
  auto archive = llvm::object::Archive::create((*buffer)->getMemBufferRef());
  if (!archive) {
    llvm::consumeError(archive.takeError());
    return index;
  }
  llvm::Error err = llvm::Error::success();
  for (const llvm::object::Archive::Child& child : (*archive)->children(err)) {
    auto name = child.getName();
    auto binary = child.getAsBinary();
    if (!name || !binary) {
      if (!name) llvm::consumeError(name.takeError());
      if (!binary) llvm::consumeError(binary.takeError());
      continue;
    }
    auto* object = llvm::dyn_cast<llvm::object::ObjectFile>(binary->get());
    if (!object) continue;
    std::string stem = fileStem(*name);
    std::unordered_set<std::string>& locals = index.localsByFile[stem];
    for (const llvm::object::SymbolRef& sym : object->symbols()) {
      auto flags = sym.getFlags();
      auto symName = sym.getName();
      if (!flags || !symName) {
        if (!flags) llvm::consumeError(flags.takeError());
        if (!symName) llvm::consumeError(symName.takeError());
        continue;
      }
      if (*flags & llvm::object::SymbolRef::SF_Undefined) continue;
      if (*flags & llvm::object::SymbolRef::SF_Global) index.globalFiles.emplace(symName->str(), stem);
      else locals.insert(symName->str());
    }
  }
  llvm::consumeError(std::move(err));
  return index;
}

}  // namespace dartc::driver::size_report

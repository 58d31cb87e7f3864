#include "runtime_archive.h"

#include <llvm/Object/Archive.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/MemoryBuffer.h>

#include "llvm_expected.h"

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
    auto binary = valueOr<std::unique_ptr<llvm::object::Binary>>(child.getAsBinary(), nullptr);
    auto* object = llvm::dyn_cast_or_null<llvm::object::ObjectFile>(binary.get());
    if (!object) continue;
    std::string stem = fileStem(valueOr<llvm::StringRef>(child.getName(), ""));
    std::unordered_set<std::string>& locals = index.localsByFile[stem];
    for (const llvm::object::SymbolRef& sym : object->symbols()) {
      uint32_t flags = valueOr<uint32_t>(sym.getFlags(), llvm::object::SymbolRef::SF_Undefined);
      std::string name = valueOr<llvm::StringRef>(sym.getName(), "").str();
      if ((flags & llvm::object::SymbolRef::SF_Undefined) || name.empty()) continue;
      if (flags & llvm::object::SymbolRef::SF_Global) index.globalFiles.emplace(name, stem);
      else locals.insert(name);
    }
  }
  llvm::consumeError(std::move(err));
  return index;
}

}  // namespace dartc::driver::size_report

#include "line_table.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>
#include <llvm/Support/Error.h>

#include "emit_object.h"
#include "resume_calling_convention.h"

namespace dartc::codegen {

namespace {

// One Dart frame at a code address: a function of the function table, a file, a position.
struct Frame {
  uint32_t function = 0;
  uint32_t file = 0;
  uint32_t line = 0;
  uint32_t column = 0;
  bool operator==(const Frame& o) const {
    return function == o.function && file == o.file && line == o.line && column == o.column;
  }
};

void putUleb(std::vector<uint8_t>& out, uint64_t v) {
  do {
    uint8_t byte = v & 0x7F;
    v >>= 7;
    if (v) byte |= 0x80;
    out.push_back(byte);
  } while (v);
}

struct FunctionSymbol {
  uint64_t section = 0;
  uint64_t start = 0;
  uint64_t size = 0;
};

class Encoder {
 public:
  Encoder(const std::vector<std::string>& functions, const std::vector<bool>& visible, const std::vector<std::string>& files)
      : names_(functions), visible_(visible), files_(files) {
    for (size_t i = 0; i < functions.size(); ++i) indexOf_.emplace(functions[i], static_cast<uint32_t>(i));
  }

  // Appends the records of function `index` (code at `symbol`): one per address where the
  // frames change, each the address's frames innermost first, read from the DWARF.
  void addFunction(uint32_t index, const FunctionSymbol& symbol, const std::vector<uint64_t>& addresses,
                   llvm::DWARFContext& dwarf) {
    const llvm::DILineInfoSpecifier spec(llvm::DILineInfoSpecifier::FileLineInfoKind::RawValue,
                                         llvm::DINameKind::ShortName);
    std::vector<Frame> previous;
    bool previousOwn = false;
    bool first = true;
    uint64_t lastOffset = 0;
    for (uint64_t address : addresses) {
      llvm::DIInliningInfo info = dwarf.getInliningInfoForAddress({address, symbol.section}, spec);
      // Frames innermost first. Frames of functions that are no Dart frame (inlined stubs, or
      // the function itself when it is a stub hosting inlined Dart code) are left out. The
      // outermost DWARF frame is the function itself: LLVM gives a function without inlined
      // calls no subprogram entry, so its name may be missing; a different name means the
      // address was misread, and the record is dropped rather than trusted. A frame without a
      // position (line 0) keeps only its function.
      std::vector<Frame> frames;
      bool own = false;  // the last frame is the function's own
      uint32_t count = info.getNumberOfFrames();
      for (uint32_t k = 0; k < count; ++k) {
        const llvm::DILineInfo& line = info.getFrame(k);
        auto fn = indexOf_.find(line.FunctionName);
        bool outermost = k + 1 == count;
        // CoroSplit's parts of a coroutine (addCoroutineParts) keep its subprogram's name.
        if (outermost && fn != indexOf_.end() && fn->second != index && !isCoroutinePart(names_[index], line.FunctionName)) {
          frames.clear();
          own = false;
          break;
        }
        if (!outermost && fn == indexOf_.end()) continue;
        // A checked entry's call of its unchecked twin (unchecked_calls.cpp, at line 0): one
        // Dart frame, the twin's, whether the checked entry was inlined or hosts the twin.
        if (k > 0 && line.Line == 0 && isUncheckedTwin(info.getFrame(k - 1).FunctionName, line.FunctionName)) continue;
        uint32_t function = outermost ? index : fn->second;
        if (!visible_[function]) continue;
        uint32_t file = fileIndex(line.FileName);
        bool positioned = line.Line != 0 && file != kNoFile;
        frames.push_back({function, positioned ? file : 0, positioned ? line.Line : 0, positioned ? line.Column : 0});
        own = outermost;
      }
      // Nothing known at all: the function's own location serves.
      if (std::all_of(frames.begin(), frames.end(), [](const Frame& f) { return f.line == 0; })) {
        frames.clear();
        own = false;
      }
      if (!first && frames == previous && own == previousOwn) continue;
      uint64_t offset = address - symbol.start;
      putUleb(data_, offset - lastOffset);
      putUleb(data_, frames.size() << 1 | (own ? 1 : 0));
      for (size_t k = 0; k < frames.size(); ++k) {
        if (!own || k + 1 < frames.size()) putUleb(data_, frames[k].function);  // inlined: which function
        putUleb(data_, frames[k].file);
        putUleb(data_, frames[k].line);
        putUleb(data_, frames[k].column);
      }
      lastOffset = offset;
      previous = std::move(frames);
      previousOwn = own;
      first = false;
    }
  }
  void endFunction() { index_.push_back(static_cast<uint32_t>(data_.size())); }
  void begin() { index_.push_back(0); }

  const std::vector<uint8_t>& data() const { return data_; }
  const std::vector<uint32_t>& index() const { return index_; }
  const std::vector<std::string>& files() const { return files_; }

 private:
  static constexpr uint32_t kNoFile = ~0u;
  uint32_t fileIndex(const std::string& name) const {
    uint32_t n = 0;
    if (name.empty() || name.size() > 9) return kNoFile;
    for (char c : name) {
      if (c < '0' || c > '9') return kNoFile;
      n = n * 10 + static_cast<uint32_t>(c - '0');
    }
    return n < files_.size() ? n : kNoFile;
  }

  static bool isCoroutinePart(const std::string& part, const std::string& coroutine) {
    size_t length = coroutineNameLength(part);
    return length != 0 && std::string_view(part).substr(0, length) == coroutine;
  }

  static bool isUncheckedTwin(const std::string& inner, const std::string& outer) {
    return inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 &&
           inner.compare(outer.size(), 10, ".unchecked") == 0;
  }

  const std::vector<std::string>& names_;
  const std::vector<bool>& visible_;
  const std::vector<std::string>& files_;
  std::unordered_map<std::string, uint32_t> indexOf_;
  std::vector<uint8_t> data_;
  std::vector<uint32_t> index_;
};

// The table as an LLVM module of three constants.
std::unique_ptr<llvm::Module> tableModule(llvm::LLVMContext& ctx, const Encoder& e) {
  auto module = std::make_unique<llvm::Module>("dart_line_table", ctx);
  auto* ptr = llvm::PointerType::getUnqual(ctx);
  auto define = [&](llvm::Constant* init, const char* name) {
    new llvm::GlobalVariable(*module, init->getType(), true, llvm::GlobalValue::ExternalLinkage, init, name);
  };
  define(llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<uint32_t>(e.index())), "dartrt_line_table_index");
  std::vector<uint8_t> data = e.data();
  if (data.empty()) data.push_back(0);
  define(llvm::ConstantDataArray::get(ctx, llvm::ArrayRef<uint8_t>(data)), "dartrt_line_table_data");
  std::vector<llvm::Constant*> files;
  for (const std::string& name : e.files()) {
    auto* text = llvm::ConstantDataArray::getString(ctx, name, true);
    auto* gv = new llvm::GlobalVariable(*module, text->getType(), true, llvm::GlobalValue::PrivateLinkage, text, ".file");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    files.push_back(gv);
  }
  if (files.empty()) files.push_back(llvm::ConstantPointerNull::get(ptr));
  define(llvm::ConstantArray::get(llvm::ArrayType::get(ptr, files.size()), files), "dartrt_line_table_files");
  return module;
}

}  // namespace

bool buildLineTable(const LineTableInput& input, std::vector<char>& tableObject, std::string& error) {
  llvm::MemoryBufferRef buffer(llvm::StringRef(input.object->data(), input.object->size()), "dart_program.o");
  auto object = llvm::object::ObjectFile::createObjectFile(buffer);
  if (!object) {
    error = llvm::toString(object.takeError());
    return false;
  }
  // Where each function is: its symbol's section and offset.
  std::unordered_map<std::string, FunctionSymbol> symbols;
  for (const llvm::object::SymbolRef& sym : (*object)->symbols()) {
    auto type = sym.getType();
    auto name = sym.getName();
    auto address = sym.getAddress();
    auto section = sym.getSection();
    if (!type || !name || !address || !section) {
      if (!type) llvm::consumeError(type.takeError());
      if (!name) llvm::consumeError(name.takeError());
      if (!address) llvm::consumeError(address.takeError());
      if (!section) llvm::consumeError(section.takeError());
      continue;
    }
    if (*type != llvm::object::SymbolRef::ST_Function || *section == (*object)->section_end()) continue;
    symbols[name->str()] = {(*section)->getIndex(), *address, llvm::object::ELFSymbolRef(sym).getSize()};
  }
  std::unique_ptr<llvm::DWARFContext> dwarf =
      llvm::DWARFContext::create(**object, llvm::DWARFContext::ProcessDebugRelocations::Process, nullptr, "",
                                 [&](llvm::Error e) { llvm::consumeError(std::move(e)); },
                                 [&](llvm::Error e) { llvm::consumeError(std::move(e)); });
  // Every address where a line table row starts, by section.
  std::map<uint64_t, std::vector<uint64_t>> rowStarts;
  for (const auto& unit : dwarf->compile_units()) {
    const llvm::DWARFDebugLine::LineTable* lines = dwarf->getLineTableForUnit(unit.get());
    if (!lines) continue;
    for (const llvm::DWARFDebugLine::Row& row : lines->Rows) {
      if (!row.EndSequence) rowStarts[row.Address.SectionIndex].push_back(row.Address.Address);
    }
  }
  for (auto& [section, starts] : rowStarts) {
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  }
  Encoder encoder(*input.functions, *input.visible, *input.files);
  encoder.begin();
  for (size_t i = 0; i < input.functions->size(); ++i) {
    auto sym = symbols.find((*input.functions)[i]);
    auto starts = sym == symbols.end() ? rowStarts.end() : rowStarts.find(sym->second.section);
    if (starts != rowStarts.end()) {
      const FunctionSymbol& s = sym->second;
      auto from = std::lower_bound(starts->second.begin(), starts->second.end(), s.start);
      auto to = std::lower_bound(starts->second.begin(), starts->second.end(), s.start + s.size);
      encoder.addFunction(static_cast<uint32_t>(i), s, std::vector<uint64_t>(from, to), *dwarf);
    }
    encoder.endFunction();
  }
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module = tableModule(ctx, encoder);
  if (!configureTarget(*module, input.arch, error)) return false;
  return emitUnoptimized(*module, input.arch, tableObject, error);
}

}  // namespace dartc::codegen

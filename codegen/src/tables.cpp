// The program-wide tables the runtime reads (DESIGN.md §2-§5): the class table with pointer maps,
// the builtin class ids, class names, the function table for stack traces, the global dispatch
// table, and the entry point `dart_program_main`.
#include "tables.h"

#include <unordered_map>
#include <unordered_set>

#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Intrinsics.h>

#include "dartrt/abi.h"
#include "function_lowering.h"
#include "resume_calling_convention.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

tfa::SelectorKind selectorKindOf(const dispatch::TableEntry& e) {
  switch (e.kind) {
    case dispatch::EntryKind::FieldGet:
    case dispatch::EntryKind::TearOff: return tfa::SelectorKind::Getter;
    case dispatch::EntryKind::FieldSet: return tfa::SelectorKind::Setter;
    case dispatch::EntryKind::GetterThenCall: return tfa::SelectorKind::Method;
    case dispatch::EntryKind::Call: {
      auto* p = static_cast<const Procedure*>(e.member);
      if (p->kind == ProcedureKind::Getter) return tfa::SelectorKind::Getter;
      if (p->kind == ProcedureKind::Setter) return tfa::SelectorKind::Setter;
      return tfa::SelectorKind::Method;
    }
  }
  return tfa::SelectorKind::Method;
}

struct BuiltinLayout {
  uint32_t size;
  DartLayoutKind kind;
  std::vector<uint32_t> pointerWords;  // word indexes holding value words
};

}  // namespace

const std::vector<const dispatch::TableEntry*>& tableSlots(Module& m) {
  if (m.tableSlots.empty()) m.tableSlots = m.layout.tableSlots();
  return m.tableSlots;
}

llvm::Function* tableStub(Module& m, const dispatch::TableEntry& e) {
  llvm::Function*& stub = m.tableStubs[&e];
  if (stub) return stub;
  tfa::Selector s = tfa::selectorOf(selectorKindOf(e), e.member);
  Signature sig = m.tableSignature(s);
  stub = llvm::Function::Create(sig.type, llvm::GlobalValue::InternalLinkage,
                                "dispatch:" + s.toString() + "@" + std::string(e.member->enclosingClass ? e.member->enclosingClass->name : ""),
                                m.module);
  stub->setUWTableKind(llvm::UWTableKind::Async);
  m.functionMembers[stub] = e.member;  // the size report counts it with its member
  if (Module::prefersInline(e.member)) stub->addFnAttr(llvm::Attribute::AlwaysInline);  // guarded list calls
  return stub;
}

void emitDispatchTable(Module& m) {
  const std::vector<const dispatch::TableEntry*>& slots = tableSlots(m);
  std::vector<llvm::Constant*> init;
  init.reserve(slots.size());
  for (const dispatch::TableEntry* e : slots) {
    if (!e) {
      init.push_back(llvm::ConstantPointerNull::get(m.ptr));
      continue;
    }
    llvm::Function* stub = tableStub(m, *e);
    if (stub->empty()) {
      tfa::Selector s = tfa::selectorOf(selectorKindOf(*e), e->member);
      PendingFunction pf;
      pf.member = e->member;
      pf.llvmFunction = stub;
      FunctionLowering(m, pf).lowerTableStub(*e, m.tableShape(s));
    }
    init.push_back(stub);
  }
  if (init.empty()) init.push_back(llvm::ConstantPointerNull::get(m.ptr));
  m.dispatchTable();
  m.defineDispatchTable(llvm::ConstantArray::get(llvm::ArrayType::get(m.ptr, init.size()), init));
}

// The name the Dart VM shows for a class in messages and runtimeType: implementation classes of
// the core library go by their public interface's name.
std::string visibleClassName(const Class* c) {
  std::string_view n = c->name;
  if (c->library && c->library->uri == "dart:core") {
    if (n == "_OneByteString" || n == "_TwoByteString") return "String";
    if (n == "_List" || n == "_GrowableList" || n == "_ImmutableList") return "List";
    if (n == "_LinkedHashMap") return "_Map";
    if (n == "_LinkedHashSet") return "_Set";
  }
  return std::string(n);
}

void emitClassTables(Module& m) {
  const CoreTypes& core = m.core();
  const tfa::ImplicitMembers& im = m.facts.implicit();
  std::unordered_map<const Class*, BuiltinLayout> builtins;
  BuiltinLayout boxed{16, DART_LAYOUT_INSTANCE, {}};
  builtins[core.intClass] = boxed;
  builtins[core.doubleClass] = boxed;
  builtins[core.boolClass] = boxed;
  builtins[core.nullClass] = {16, DART_LAYOUT_ABSTRACT, {}};
  if (im.oneByteStringClass) builtins[im.oneByteStringClass] = {sizeof(DartString), DART_LAYOUT_BYTES, {}};
  if (im.twoByteStringClass) builtins[im.twoByteStringClass] = {sizeof(DartString), DART_LAYOUT_BYTES, {}};
  BuiltinLayout array{sizeof(DartArray), DART_LAYOUT_VALUE_ARRAY, {1}};
  if (im.fixedArrayClass) builtins[im.fixedArrayClass] = array;
  if (im.immutableListClass) builtins[im.immutableListClass] = array;
  if (const Class* ctx = m.program.findClass("dart:core", "_Context")) builtins[ctx] = array;
  if (im.closureClass) builtins[im.closureClass] = {sizeof(DartClosure), DART_LAYOUT_INSTANCE, {2, 3}};
  if (im.stackTraceClass) builtins[im.stackTraceClass] = {sizeof(DartStackTrace), DART_LAYOUT_BYTES, {}};
  if (im.bigIntDigitsClass) builtins[im.bigIntDigitsClass] = {sizeof(DartBigIntDigits), DART_LAYOUT_BYTES, {}};
  // Typed data's bytes {header, length, bytes} (byte_store_intrinsics.cpp): never scanned.
  if (const Class* bytes = m.program.findClass("dart:typed_data", "_ByteStore")) builtins[bytes] = {sizeof(DartByteStore), DART_LAYOUT_BYTES, {}};
  // Type objects are never on the heap; the entry exists for their class id only.
  if (im.typeClass) builtins[im.typeClass] = {sizeof(DartRtType), DART_LAYOUT_BYTES, {}};

  auto* infoTy = llvm::StructType::get(m.llvm, {m.ptr, m.i32, m.i32, m.i32, m.i32, m.ptr});
  std::vector<llvm::Constant*> infos;
  std::vector<llvm::Constant*> names;
  const auto& byCid = m.layout.classesByCid();
  for (size_t cid = 0; cid < byCid.size(); ++cid) {
    const Class* c = byCid[cid];
    std::string name = c ? std::string(c->name) : "<reserved>";
    uint32_t size = 16;
    DartLayoutKind kind = DART_LAYOUT_ABSTRACT;
    std::vector<uint32_t> words;
    if (c) {
      auto b = builtins.find(c);
      const dispatch::ClassLayout* cl = m.layout.classLayout(c);
      if (b != builtins.end()) {
        size = b->second.size;
        kind = b->second.kind;
        words = b->second.pointerWords;
      } else if (cl && cl->isAllocated && !c->isAbstract) {
        size = cl->instanceSize;
        kind = DART_LAYOUT_INSTANCE;
        for (size_t i = 0; i < cl->slots.size(); ++i) {
          if (cl->slots[i] == dispatch::SlotRep::Value) words.push_back(static_cast<uint32_t>(i + 1));
        }
      }
    }
    size_t mapWords = 0;
    llvm::Constant* map = llvm::ConstantPointerNull::get(m.ptr);
    if (!words.empty()) {
      uint32_t maxWord = *std::max_element(words.begin(), words.end());
      mapWords = maxWord / 64 + 1;
      std::vector<uint64_t> bits(mapWords, 0);
      for (uint32_t w : words) bits[w / 64] |= uint64_t(1) << (w % 64);
      std::vector<llvm::Constant*> consts;
      for (uint64_t v : bits) consts.push_back(llvm::ConstantInt::get(m.i64, v));
      auto* arrTy = llvm::ArrayType::get(m.i64, mapWords);
      auto* gv = new llvm::GlobalVariable(m.module, arrTy, true, llvm::GlobalValue::PrivateLinkage,
                                          llvm::ConstantArray::get(arrTy, consts), "dartc.ptrmap");
      gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
      map = gv;
    }
    infos.push_back(llvm::ConstantStruct::get(
        infoTy, {m.cString(name), llvm::ConstantInt::get(m.i32, size), llvm::ConstantInt::get(m.i32, kind),
                 llvm::ConstantInt::get(m.i32, mapWords), llvm::ConstantInt::get(m.i32, 0), map}));
    if (m.usesClassNames()) names.push_back(m.stringLiteral(c ? visibleClassName(c) : name));
  }
  auto* tableTy = llvm::ArrayType::get(infoTy, infos.size());
  new llvm::GlobalVariable(m.module, tableTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(tableTy, infos),
                           "dartrt_class_table");
  new llvm::GlobalVariable(m.module, m.i32, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(m.i32, infos.size()), "dartrt_class_count");
  if (m.usesClassNames()) {
    m.defineClassNames(llvm::ConstantArray::get(llvm::ArrayType::get(m.ptr, names.size()), names));
  }
  // The builtin class ids, in the order of DartBuiltinCids.
  std::vector<uint32_t> ids = {m.nullCid(),         m.intCid(),   m.doubleCid(),  m.boolCid(),       m.oneByteStringCid(),
                               m.twoByteStringCid(), m.arrayCid(), m.closureCid(), m.stackTraceCid(), m.typeCid(),
                               m.bigIntDigitsCid(), m.recordCid()};
  static_assert(sizeof(DartBuiltinCids) == 12 * sizeof(uint32_t), "update the builtin cid list");
  std::vector<llvm::Type*> fieldTypes(ids.size(), m.i32);
  auto* cidsTy = llvm::StructType::get(m.llvm, fieldTypes);
  std::vector<llvm::Constant*> cidConsts;
  for (uint32_t id : ids) cidConsts.push_back(llvm::ConstantInt::get(m.i32, id));
  new llvm::GlobalVariable(m.module, cidsTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantStruct::get(cidsTy, cidConsts),
                           "dartrt_builtin_cids");
  m.emitClassTypes();
  m.emitRecordShapes();
}

void collectFunctionTable(Module& m) {
  // Every generated function with a Dart name, in module order (the runtime sorts by address).
  for (llvm::Function& f : m.module) {
    if (f.isDeclaration()) continue;
    auto it = m.dartNames.find(&f);
    if (it == m.dartNames.end()) continue;
    auto lib = m.functionLibraries.find(&f);
    m.functionTableEntries.push_back({it->second, lib == m.functionLibraries.end() ? nullptr : lib->second});
    m.functionTableNames.push_back(f.getName().str());
    m.functionTableVisible.push_back(!it->second.empty());
  }
}

void emitFunctionTable(Module& m) {
  m.forgetCachedStrings();
  auto* entryTy = llvm::StructType::get(m.llvm, {m.ptr, m.ptr});
  llvm::Constant* none = llvm::ConstantPointerNull::get(m.ptr);
  std::vector<llvm::Constant*> entries;
  std::vector<llvm::Constant*> locations;
  for (size_t i = 0; i < m.functionTableEntries.size(); ++i) {
    const Module::FunctionTableEntry& entry = m.functionTableEntries[i];
    // Looked up by name: optimization may have deleted the function or replaced it by one with
    // fewer parameters under the same name.
    llvm::Function* f = m.module.getFunction(m.functionTableNames[i]);
    llvm::Constant* start = f && !f->isDeclaration() ? static_cast<llvm::Constant*>(f) : none;
    llvm::Constant* name = entry.name.empty() ? none : m.cString(entry.name);
    entries.push_back(llvm::ConstantStruct::get(entryTy, {start, name}));
    locations.push_back(entry.library ? m.cString(entry.library->uri) : none);
  }
  auto* tableTy = llvm::ArrayType::get(entryTy, entries.size());
  new llvm::GlobalVariable(m.module, tableTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(tableTy, entries),
                           "dartrt_function_table");
  new llvm::GlobalVariable(m.module, m.i32, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(m.i32, entries.size()), "dartrt_function_count");
  auto* locTy = llvm::ArrayType::get(m.ptr, locations.size());
  new llvm::GlobalVariable(m.module, locTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(locTy, locations),
                           "dartrt_function_locations");
}

void emitParameterNameTable(Module& m) {
  std::vector<llvm::Constant*> names;
  for (const auto& [text, literal] : m.parameterNames) names.push_back(literal);
  auto* tableTy = llvm::ArrayType::get(m.ptr, names.size());
  new llvm::GlobalVariable(m.module, tableTy, true, llvm::GlobalValue::ExternalLinkage, llvm::ConstantArray::get(tableTy, names),
                           "dartrt_parameter_names");
  new llvm::GlobalVariable(m.module, m.i32, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(m.i32, names.size()), "dartrt_parameter_name_count");
}

void addFunctionTableCopy(Module& m, size_t origin, std::string name) {
  // Copies first: push_back may move the vectors' elements.
  Module::FunctionTableEntry entry = m.functionTableEntries[origin];
  bool visible = m.functionTableVisible[origin];
  m.functionTableEntries.push_back(entry);
  m.functionTableNames.push_back(std::move(name));
  m.functionTableVisible.push_back(visible);
}

void addCoroutineParts(Module& m) {
  // CoroSplit names the functions it splits off after the coroutine (coroutineNameLength) and
  // copies kCoroutineAttribute to them. The resume function runs the body: without an
  // entry of its own, a frame stopped in it had no name and lost its position.
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < m.functionTableNames.size(); ++i) index.emplace(m.functionTableNames[i], i);
  for (llvm::Function& f : m.module) {
    if (f.isDeclaration() || !f.hasFnAttribute(kCoroutineAttribute)) continue;
    std::string name = f.getName().str();
    auto origin = index.find(name.substr(0, coroutineNameLength(name)));
    if (origin != index.end() && !index.count(name)) addFunctionTableCopy(m, origin->second, name);
  }
}

void addInlineHosts(Module& m) {
  // Functions that are no Dart frame themselves (stubs, entry points) but had Dart code inlined
  // into them after optimization: a stub forwarding to a closure often absorbs the closure. They
  // join the function table without a name, so that the stack trace walks their frames and
  // finds the Dart frames inside through the line table.
  std::unordered_set<std::string> dart(m.functionTableNames.begin(), m.functionTableNames.end());
  std::vector<llvm::Function*> hosts;
  for (llvm::Function& f : m.module) {
    if (f.isDeclaration() || dart.count(f.getName().str())) continue;
    bool hostsDart = false;
    for (llvm::Instruction& inst : llvm::instructions(f)) {
      for (const llvm::DILocation* at = inst.getDebugLoc().get(); at && !hostsDart; at = at->getInlinedAt()) {
        hostsDart = dart.count(at->getScope()->getSubprogram()->getName().str()) != 0;
      }
      if (hostsDart) break;
    }
    if (hostsDart) hosts.push_back(&f);
  }
  if (hosts.empty()) return;
  auto extend = [&](const char* name, auto&& entryOf) {
    llvm::GlobalVariable* old = m.module.getNamedGlobal(name);
    std::vector<llvm::Constant*> items;
    auto* init = llvm::cast<llvm::ConstantArray>(old->getInitializer());
    for (unsigned i = 0; i < init->getNumOperands(); ++i) items.push_back(init->getOperand(i));
    for (llvm::Function* f : hosts) items.push_back(entryOf(f));
    auto* type = llvm::ArrayType::get(init->getType()->getElementType(), items.size());
    auto* gv = new llvm::GlobalVariable(m.module, type, true, llvm::GlobalValue::ExternalLinkage,
                                        llvm::ConstantArray::get(type, items));
    old->eraseFromParent();
    gv->setName(name);
  };
  auto* entryTy = llvm::StructType::get(m.llvm, {m.ptr, m.ptr});
  llvm::Constant* noName = llvm::ConstantPointerNull::get(m.ptr);
  extend("dartrt_function_table", [&](llvm::Function* f) { return llvm::ConstantStruct::get(entryTy, {f, noName}); });
  extend("dartrt_function_locations", [&](llvm::Function*) { return noName; });
  llvm::GlobalVariable* count = m.module.getNamedGlobal("dartrt_function_count");
  count->setInitializer(llvm::ConstantInt::get(m.i32, m.functionTableNames.size() + hosts.size()));
  for (llvm::Function* f : hosts) {
    m.functionTableNames.push_back(f->getName().str());
    m.functionTableVisible.push_back(false);
  }
}

// void dartrt_throw_out_of_memory(): the runtime calls it when the heap is exhausted inside
// dartrt_allocate, to throw the core library's OutOfMemoryError.
void emitOutOfMemoryThrower(Module& m) {
  const Procedure* helper = m.facts.implicit().throwOutOfMemory;
  if (!helper) return;
  auto* fn = llvm::Function::Create(llvm::FunctionType::get(m.voidTy, {}, false), llvm::GlobalValue::ExternalLinkage,
                                    "dartrt_throw_out_of_memory", m.module);
  fn->setUWTableKind(llvm::UWTableKind::Async);
  fn->setDoesNotReturn();
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(m.llvm, "entry", fn));
  b.CreateCall(m.directFunction(helper), {});
  b.CreateUnreachable();
}

namespace {

// The landing pad of the entry points: an exception that escapes is reported the way the Dart VM
// reports it (its toString and the stack trace; the process ends with 255, a spawned isolate
// only ends itself, precompiled_runtime/src/isolate_threads.cpp).
void emitUncaughtReport(Module& m, llvm::IRBuilder<>& b) {
  auto* lpType = llvm::StructType::get(m.llvm, {m.ptr, m.i32});
  llvm::LandingPadInst* lp = b.CreateLandingPad(lpType, 1);
  lp->addClause(llvm::ConstantPointerNull::get(m.ptr));
  llvm::Value* unwind = b.CreateExtractValue(lp, 0);
  llvm::Value* exception = b.CreateCall(m.rt.exceptionValue(), {unwind});
  llvm::Value* trace = b.CreateCall(m.rt.exceptionStackTrace(), {unwind});
  b.CreateCall(m.rt.endCatch(), {unwind});
  llvm::Value* text = exception;
  const Procedure* report = m.facts.implicit().reportUnhandled;
  if (report && !m.facts.mayRun(report)) {
    // Type-flow analysis found nothing that is ever thrown.
    b.CreateCall(llvm::Intrinsic::getDeclaration(&m.module, llvm::Intrinsic::trap));
    b.CreateUnreachable();
    return;
  }
  if (report) {
    // The core library formats it (calling toString through Dart code).
    llvm::Function* f = m.directFunction(report);
    b.CreateCall(f, {exception, trace});
    b.CreateUnreachable();
    return;
  }
  llvm::FunctionType* unhandledTy = llvm::FunctionType::get(m.voidTy, {m.ptr, m.ptr}, false);
  b.CreateCall(m.rt.get("dartrt_unhandled_exception", unhandledTy, true), {text, trace});
  b.CreateUnreachable();
}

// void dart_run_event_loop(): the event loop of a spawned isolate, after its entry point
// (abi.h). Only when the program has one.
void emitEventLoopEntry(Module& m) {
  const Procedure* loop = m.facts.implicit().runEventLoop;
  if (!loop || !m.facts.mayRun(loop)) return;
  auto* fn = llvm::Function::Create(llvm::FunctionType::get(m.voidTy, {}, false), llvm::GlobalValue::ExternalLinkage,
                                    "dart_run_event_loop", m.module);
  fn->setUWTableKind(llvm::UWTableKind::Async);
  fn->setPersonalityFn(m.rt.personality());
  llvm::IRBuilder<> b(m.llvm);
  auto* entry = llvm::BasicBlock::Create(m.llvm, "entry", fn);
  auto* done = llvm::BasicBlock::Create(m.llvm, "done", fn);
  auto* landing = llvm::BasicBlock::Create(m.llvm, "uncaught", fn);
  b.SetInsertPoint(entry);
  b.CreateInvoke(m.directFunction(loop), done, landing, {})->setIsNoInline();
  b.SetInsertPoint(done);
  b.CreateRetVoid();
  b.SetInsertPoint(landing);
  emitUncaughtReport(m, b);
}

}  // namespace

void emitEntryPoint(Module& m) {
  // void dart_program_main(ptr args): runs main; an exception that escapes it is reported the way
  // the Dart VM reports it (its toString and the stack trace) and ends the process with 255.
  auto* type = llvm::FunctionType::get(m.voidTy, {m.ptr}, false);
  auto* fn = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage, "dart_program_main", m.module);
  fn->setUWTableKind(llvm::UWTableKind::Async);
  fn->setPersonalityFn(m.rt.personality());
  llvm::IRBuilder<> b(m.llvm);
  auto* entry = llvm::BasicBlock::Create(m.llvm, "entry", fn);
  auto* ok = llvm::BasicBlock::Create(m.llvm, "ok", fn);
  auto* landing = llvm::BasicBlock::Create(m.llvm, "uncaught", fn);
  b.SetInsertPoint(entry);
  const Procedure* main = m.program.mainProcedure;
  llvm::Function* mainFn = m.directFunction(main);
  Signature sig = m.signatureOf(main);
  std::vector<llvm::Value*> args;
  if (!sig.params.empty()) {
    // main(List<String> args): the runtime passes an array of strings; the core library makes it
    // a List<String>.
    llvm::Value* list = fn->getArg(0);
    if (const Procedure* wrap = m.facts.implicit().mainArguments) list = b.CreateCall(m.directFunction(wrap), {list});
    args.push_back(list);
  }
  // main stays a function of its own, as in the VM: the size report and profiles find the
  // program's code under its name rather than inside this entry stub.
  b.CreateInvoke(mainFn, ok, landing, args)->setIsNoInline();
  b.SetInsertPoint(ok);
  // Then the event loop, until no work is left (dart:async, docs/async.md); its uncaught errors
  // are reported like main's.
  const Procedure* loop = m.facts.implicit().runEventLoop;
  if (loop && m.facts.mayRun(loop)) {
    auto* done = llvm::BasicBlock::Create(m.llvm, "done", fn);
    b.CreateInvoke(m.directFunction(loop), done, landing, {})->setIsNoInline();
    b.SetInsertPoint(done);
  }
  b.CreateRetVoid();
  b.SetInsertPoint(landing);
  emitUncaughtReport(m, b);
  emitEventLoopEntry(m);
}

}  // namespace dartc::codegen

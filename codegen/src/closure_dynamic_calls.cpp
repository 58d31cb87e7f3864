// A closure call's dynamic path, out of line (issue 10, closures).
//
// A call of a function-typed value tests the closure's shape against the static type's and calls
// its entry directly when they match (closures.cpp, callClosure); otherwise (a closure with
// optional parameters called with fewer arguments, ...) it passes the arguments in arrays to
// the closure's dynamic entry. That path allocated both arrays inline at every call site, some
// forty instructions that nearly never run: a closure whose body calls other closures, such as
// `(x) => f(g(x))`, was then too large for LLVM to inline where it is called, and the closures
// it finds in its context never became direct calls. Calls with positional arguments only take
// that path through one shared helper per argument count, marked cold and never inlined.
#include <string>
#include <vector>

#include <llvm/IR/IRBuilder.h>

#include "dartrt/abi.h"
#include "module.h"

namespace dartc::codegen {

llvm::Function* Module::closureDynamicCall(size_t positional) {
  llvm::Function*& fn = closureDynamicCalls[positional];
  if (fn) return fn;
  std::vector<llvm::Type*> params(2 + positional, ptr);
  fn = llvm::Function::Create(llvm::FunctionType::get(ptr, params, false), llvm::GlobalValue::InternalLinkage,
                              "dartc.closure_dynamic_call." + std::to_string(positional), module);
  fn->addFnAttr(llvm::Attribute::NoInline);
  fn->addFnAttr(llvm::Attribute::Cold);
  dartNames[fn] = "";  // no Dart frame of its own in stack traces
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(llvm, "entry", fn));
  // The same arrays the inline path made: a DartArray of the positional words, an empty one of
  // named arguments (the runtime's allocation writes the header; the rest is stored here).
  auto array = [&](const std::vector<llvm::Value*>& words) {
    uint64_t size = dart_align_size(sizeof(DartArray) + 8 * words.size());
    llvm::Value* a = b.CreateCall(rt.allocate(), {llvm::ConstantInt::get(i64, size),
                                                  llvm::ConstantInt::get(i64, dart_make_header(arrayCid(), size))});
    b.CreateStore(llvm::ConstantInt::get(i64, words.size()), b.CreateConstInBoundsGEP1_64(i8, a, offsetof(DartArray, length)));
    for (size_t i = 0; i < words.size(); ++i) {
      b.CreateStore(words[i], b.CreateConstInBoundsGEP1_64(i8, a, sizeof(DartArray) + 8 * i));
    }
    return a;
  };
  llvm::Value* closure = fn->getArg(0);
  llvm::Value* info = fn->getArg(1);
  std::vector<llvm::Value*> words;
  for (size_t i = 0; i < positional; ++i) words.push_back(fn->getArg(2 + i));
  llvm::Value* posArray = array(words);
  llvm::Value* namedArray = array({});
  llvm::Value* dyn = b.CreateLoad(ptr, b.CreateConstInBoundsGEP1_64(i8, info, 8));
  b.CreateRet(b.CreateCall(llvm::FunctionCallee(dynamicEntryType(), dyn), {closure, posArray, namedArray}));
  return fn;
}

}  // namespace dartc::codegen

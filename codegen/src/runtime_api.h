// Declarations of the runtime's entry points (precompiled_runtime/include/dartrt/abi.h) in the
// LLVM module, created on first use so a program only references what it calls.
#pragma once

#include <string>

#include <llvm/IR/Function.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Module.h>

namespace dartc::codegen {

class RuntimeApi {
 public:
  explicit RuntimeApi(llvm::Module& module);

  // The thread-local pointer to the current isolate.
  llvm::GlobalVariable* currentIsolate();

  llvm::FunctionCallee allocate();           // ptr (i64 size, i64 header); may throw OutOfMemoryError
  llvm::FunctionCallee boxInt();             // ptr (i64)
  llvm::FunctionCallee boxDouble();          // ptr (double)
  llvm::FunctionCallee printString();        // void (ptr)
  llvm::FunctionCallee intToString();        // ptr (i64)
  llvm::FunctionCallee doubleToString();     // ptr (double)
  llvm::FunctionCallee stringConcat();       // ptr (ptr, ptr)
  llvm::FunctionCallee stringConcatN();      // ptr (ptr parts, i64 count)
  llvm::FunctionCallee stringEquals();       // i32 (ptr, ptr)
  llvm::FunctionCallee stringHash();         // i32 (ptr)
  llvm::FunctionCallee stringCompare();      // i64 (ptr, ptr)
  llvm::FunctionCallee identityHash();       // i64 (ptr)
  llvm::FunctionCallee rememberObject();     // void (ptr object, ptr value): touches only the GC's state
  llvm::FunctionCallee instantiateType();      // ptr (ptr type, ptr instantiator, ptr function): read-only
  llvm::FunctionCallee instantiateTypeArgs();  // ptr (ptr vector, ptr instantiator, ptr function): read-only
  llvm::FunctionCallee isInstance();           // i1 (ptr value, ptr type): read-only
  llvm::FunctionCallee throwException();     // void (ptr) noreturn
  llvm::FunctionCallee rethrowException();   // void (ptr, ptr) noreturn
  llvm::FunctionCallee exceptionValue();     // ptr (ptr)
  llvm::FunctionCallee exceptionStackTrace();  // ptr (ptr)
  llvm::FunctionCallee endCatch();           // void (ptr)
  llvm::Function* personality();             // the personality routine
  llvm::FunctionCallee unwindResume();       // _Unwind_Resume(ptr)
  // Any other runtime entry, by name and type.
  llvm::FunctionCallee get(const std::string& name, llvm::FunctionType* type, bool noReturn = false);

 private:
  llvm::Module& module_;
  llvm::LLVMContext& ctx_;
  llvm::GlobalVariable* isolate_ = nullptr;
};

}  // namespace dartc::codegen

// Resume functions of coroutines take LLVM's preserve_none calling convention
// (resume_calling_convention.cpp). Runs once at the end of LLVM's pipeline, and after CoroSplit at
// -O0.
#pragma once

#include <string_view>

#include <llvm/IR/PassManager.h>

namespace dartc::codegen {

// The attribute beginCoroutine puts on every coroutine; CoroSplit copies it to the functions it
// splits off (resume, destroy, cleanup).
inline constexpr const char* kCoroutineAttribute = "dartc-coroutine";
// The length of the coroutine's name within the name of a function CoroSplit split off it
// (the coroutine's name plus ".resume", ".destroy" or ".cleanup"), or 0 for other names.
inline size_t coroutineNameLength(std::string_view part) {
  for (std::string_view suffix : {".resume", ".destroy", ".cleanup"}) {
    if (part.size() > suffix.size() && part.ends_with(suffix)) return part.size() - suffix.size();
  }
  return 0;
}
// `_resumeCoroutine` reads the resume function from a coroutine handle with a call to this
// declaration (ptr (ptr handle)), which marks the indirect call that uses it as a resumption;
// the pass below replaces each such call with the load it stands for.
inline constexpr const char* kResumeFunctionMarker = "dartc.coroutine_resume_function";

class ResumeCallingConvention : public llvm::PassInfoMixin<ResumeCallingConvention> {
 public:
  llvm::PreservedAnalyses run(llvm::Module& m, llvm::ModuleAnalysisManager& am);
};

}  // namespace dartc::codegen

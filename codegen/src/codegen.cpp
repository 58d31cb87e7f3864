// Codegen's driver: lowers every reachable function (starting from the entry point and following
// the calls it lowers), emits the program-wide tables, verifies the module, and hands it to the
// LLVM back end.
#include "codegen/codegen.h"

#include <chrono>

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include "closure_specialization.h"
#include "emit_object.h"
#include "function_lowering.h"
#include "line_table.h"
#include "module.h"
#include "symbol_origins.h"
#include "tables.h"

namespace dartc::codegen {

namespace {

void lowerPending(Module& m) {
  // Lowering a function declares the functions it calls; they are lowered in turn (FIFO, so the
  // order, and the output, is deterministic).
  for (size_t i = 0; i < m.pending.size(); ++i) {
    PendingFunction p = m.pending[i];
    if (p.member) m.functionMembers[p.llvmFunction] = p.member;
    FunctionLowering(m, p).lower();
    if (m.failed()) return;
  }
  m.pending.clear();
}

}  // namespace

bool generate(const kernel::Program& program, const tfa::FlowFacts& facts, const dispatch::ProgramLayout& layout,
              const Options& options, Output& out, Diagnostics& diags) {
  auto start = std::chrono::steady_clock::now();
  llvm::LLVMContext context;
  llvm::Module module("dart_program", context);
  std::string error;
  if (!configureTarget(module, options.arch, error)) {
    diags.error({}, "The target '" + targetTriple(options.arch) + "' is not available: " + error);
    return false;
  }
  Module m(program, facts, layout, options, context, module, diags);
  emitEntryPoint(m);
  emitOutOfMemoryThrower(m);
  lowerPending(m);
  if (m.failed()) return false;
  emitDispatchTable(m);
  lowerPending(m);
  emitClassTables(m);
  m.finishStatics();
  collectFunctionTable(m);
  emitParameterNameTable(m);
  m.emitFunctionShapes();  // last: lowering and the class tables number function type shapes
  if (m.failed()) return false;
  for (llvm::Function& f : module) {
    if (f.isDeclaration()) continue;
    f.setUWTableKind(llvm::UWTableKind::Async);  // exceptions and stack traces walk every frame
    // No sibling calls: a frame that jumps to its callee would vanish from stack traces, which
    // show every active Dart frame, as the VM's do.
    f.addFnAttr("disable-tail-calls", "true");
    ++out.functionCount;
  }
  m.positions.finish();
  std::string verifyErrors;
  llvm::raw_string_ostream verifyStream(verifyErrors);
  if (llvm::verifyModule(module, &verifyStream)) {
    diags.error({}, "internal compiler error: invalid LLVM IR generated:\n" + verifyErrors.substr(0, 4000));
    if (options.wantLLVMIR) {
      llvm::raw_string_ostream os(out.llvmIR);
      module.print(os, nullptr);
    }
    return false;
  }
  out.lowerSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  collectSymbolOrigins(m, out.symbolOrigins);  // before the optimizer deletes inlined functions
  if (!optimize(module, options, out, error)) {
    diags.error({}, "LLVM failed to optimize: " + error);
    return false;
  }
  addSpecializedFunctions(m);  // clones made by ClosureSpecialization: frames like their originals'
  addCoroutineParts(m);
  emitFunctionTable(m);
  if (m.positions.enabled()) {
    addInlineHosts(m);
    SourcePositions::keepCallSitesOnly(module);
  }
  if (!emit(module, options, out, error)) {
    diags.error({}, "LLVM failed to emit code: " + error);
    return false;
  }
  if (m.positions.enabled()) {
    auto tableStart = std::chrono::steady_clock::now();
    if (!buildLineTable({&out.object, &m.functionTableNames, &m.functionTableVisible, &m.positions.fileUris(), options.arch}, out.lineTable, error)) {
      diags.error({}, "internal compiler error: cannot build the line table: " + error);
      return false;
    }
    out.lineTableSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - tableStart).count();
  }
  return true;
}

}  // namespace dartc::codegen

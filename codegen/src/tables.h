// Program-wide tables the runtime reads, emitted after every function has been lowered.
#pragma once

#include "module.h"

namespace dartc::codegen {

void emitDispatchTable(Module& m);  // the global dispatch table and its entry stubs
// The stub the dispatch table holds for `entry` (one per implementation), declared on first use.
llvm::Function* tableStub(Module& m, const dispatch::TableEntry& entry);
// The table's slots (class id + selector offset), computed once.
const std::vector<const dispatch::TableEntry*>& tableSlots(Module& m);
void emitClassTables(Module& m);    // class table, builtin cids, class names
// The function table (names of generated functions, for stack traces) is collected before
// optimization and emitted after it, so that it does not keep functions alive: a function that
// was inlined everywhere loses its body, and one called only directly can lose its unused
// parameters (LLVM's dead argument elimination). Its entry then has no code, only the name that
// inlined frames refer to.
void collectFunctionTable(Module& m);
void emitFunctionTable(Module& m);
void emitParameterNameTable(Module& m);  // named parameters' name constants, for Function.apply
void addInlineHosts(Module& m);     // after optimization: nameless entries for stubs holding Dart code
// After optimization, before emitFunctionTable: CoroSplit's resume, destroy and cleanup
// functions are frames of the coroutine they were split from (its name and library).
void addCoroutineParts(Module& m);
// Appends an entry for the function `name` that is a frame of entry `origin` (same name and
// library): clones made after the table was collected.
void addFunctionTableCopy(Module& m, size_t origin, std::string name);
void emitEntryPoint(Module& m);     // dart_program_main
void emitOutOfMemoryThrower(Module& m);  // dartrt_throw_out_of_memory, for heap exhaustion

// The name the Dart VM shows for a class in messages and runtimeType ("List" for _GrowableList).
std::string visibleClassName(const kernel::Class* c);

}  // namespace dartc::codegen

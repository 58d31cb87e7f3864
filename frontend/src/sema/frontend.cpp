// The frontend's entry point: load, declare, resolve, check, lower — and hand on the Program.
#include "frontend/frontend.h"

#include <chrono>

#include "sema/checker.h"
#include "sema/unsupported_members.h"

namespace dartc::frontend {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::unique_ptr<kernel::Program> compileToKernel(const Options& options, SourceManager& sources, Diagnostics& diags,
                                                 PhaseTimes* times) {
  // Diagnostics come out in source order once the frontend is done, however it got to them.
  struct EchoHold {
    Diagnostics& d;
    explicit EchoHold(Diagnostics& diags) : d(diags) { d.holdEcho(); }
    ~EchoHold() { d.releaseEcho(); }
  } hold(diags);
  auto program = std::make_unique<kernel::Program>();
  sema::Checker checker(*program, sources, diags, options);
  auto start = std::chrono::steady_clock::now();
  bool loaded = checker.loadProgram();
  if (times) times->parseSeconds = checker.parseSeconds;
  if (!loaded || diags.hasErrors()) return nullptr;

  start = std::chrono::steady_clock::now();
  checker.buildDeclarations();
  checker.resolveCoreTypes();
  if (diags.hasErrors()) return nullptr;
  checker.resolveClassHeaders();
  checker.resolveExtensionHeaders();
  checker.resolveSignatures();
  checker.checkClassHierarchies();
  if (times) times->declarationsSeconds = secondsSince(start) - 0;

  start = std::chrono::steady_clock::now();
  if (!diags.limitReached()) checker.checkBodies();
  if (!diags.limitReached()) sema::rejectUnsupportedLibraryMembers(*program, diags);
  if (!diags.hasErrors()) checker.eraseExtensionTypes();
  if (times) times->bodiesSeconds = secondsSince(start);

  // The entry point.
  sema::TopBinding mainBinding = checker.mainLibrary->declared["main"];
  if (!mainBinding.getter || mainBinding.getter->memberKind != kernel::MemberKind::Procedure ||
      static_cast<kernel::Procedure*>(mainBinding.getter)->kind != kernel::ProcedureKind::Method) {
    diags.error({}, "'" + options.mainPath + "' doesn't have a 'main' function.");
    return nullptr;
  }
  auto* main = static_cast<kernel::Procedure*>(mainBinding.getter);
  if (main->function && main->function->requiredPositionalCount > 1) {
    diags.error(main->loc, "The function 'main' must have at most one required parameter.");
  }
  program->mainProcedure = main;
  program->mainLibrary = checker.mainLibrary->library;
  // Dependencies first, the main library last.
  auto& libs = program->libraries;
  libs.erase(std::find(libs.begin(), libs.end(), program->mainLibrary));
  libs.push_back(program->mainLibrary);
  if (diags.hasErrors()) return nullptr;
  return program;
}

}  // namespace dartc::frontend

namespace dartc::sema {

void Checker::resolveCoreTypes() {
  kernel::CoreTypes& core = program.core;
  auto cls = [&](const char* name) -> Class* {
    auto it = coreLibrary->declared.find(name);
    return it == coreLibrary->declared.end() ? nullptr : it->second.cls;
  };
  core.objectClass = cls("Object");
  core.nullClass = cls("Null");
  core.boolClass = cls("bool");
  core.numClass = cls("num");
  core.intClass = cls("int");
  core.doubleClass = cls("double");
  core.stringClass = cls("String");
  core.functionClass = cls("Function");
  core.typeClass = cls("Type");
  core.listClass = cls("List");
  core.mapClass = cls("Map");
  core.setClass = cls("Set");
  core.iterableClass = cls("Iterable");
  core.iteratorClass = cls("Iterator");
  core.recordClass = cls("Record");
  core.enumClass = cls("Enum");
  core.stackTraceClass = cls("StackTrace");
  core.comparableClass = cls("Comparable");
  core.mapEntryClass = cls("MapEntry");
  core.futureClass = program.findClass("dart:async", "Future");  // exported by dart:core
  const char* required[] = {"Object", "Null", "bool", "num", "int", "double", "String", "Function", "Type",
                            "List", "Map", "Set", "Iterable", "Iterator", "Record", "StackTrace"};
  for (const char* name : required) {
    if (!cls(name)) {
      diags.error({}, std::string("The core library doesn't declare the class '") + name + "'; is dartc installed correctly?");
    }
  }
  if (diags.hasErrors()) return;
  kernel::TypeStore& t = types();
  core.objectType = t.interface(core.objectClass);
  core.objectNullableType = t.nullable(core.objectType);
  core.boolType = t.interface(core.boolClass);
  core.numType = t.interface(core.numClass);
  core.intType = t.interface(core.intClass);
  core.doubleType = t.interface(core.doubleClass);
  core.stringType = t.interface(core.stringClass);
  core.functionType = t.interface(core.functionClass);
  core.typeType = t.interface(core.typeClass);
  core.stackTraceType = t.interface(core.stackTraceClass);
  core.recordType = t.interface(core.recordClass);
}

}  // namespace dartc::sema

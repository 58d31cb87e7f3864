// The core library members that lowered code uses without naming them in source, looked up by
// name (the contract between the core library, TFA and codegen).
#include "tfa/flow_facts.h"

namespace dartc::tfa {

using namespace kernel;

ImplicitMembers resolveImplicitMembers(const Program& p) {
  ImplicitMembers im;
  auto cls = [&](const char* name) { return p.findClass("dart:core", name); };
  auto top = [&](const char* name) { return p.findTopLevelProcedure("dart:core", name); };
  im.mainArguments = top("_mainArguments");
  im.growableListClass = cls("_GrowableList");
  im.immutableListClass = cls("_ImmutableList");
  im.fixedArrayClass = cls("_List");
  im.linkedHashMapClass = cls("_LinkedHashMap");
  im.linkedHashSetClass = cls("_LinkedHashSet");
  im.oneByteStringClass = cls("_OneByteString");
  im.twoByteStringClass = cls("_TwoByteString");
  im.closureClass = cls("_Closure");
  im.contextClass = cls("_Context");
  im.stackTraceClass = cls("_StackTrace");
  im.typeClass = cls("_Type");
  im.bigIntDigitsClass = cls("_BigIntDigits");
  im.constMapClass = cls("_ConstMap");
  im.constSetClass = cls("_ConstSet");
  im.recordClass = cls("_Record");
  im.makeRecord[0] = top("_makeRecord");
  im.makeRecord[1] = top("_makeRecord1");
  im.makeRecord[2] = top("_makeRecord2");
  im.makeRecord[3] = top("_makeRecord3");
  im.recordField = top("_recordField");
  im.futureClass = p.findClass("dart:async", "Future");
  im.throwNullCheck = top("_throwNullCheck");
  im.throwCastError = top("_throwCastError");
  im.throwNoSuchMethod = top("_throwNoSuchMethod");
  im.invokeNoSuchMethod = top("_invokeNoSuchMethod");
  im.throwIntegerDivisionByZero = top("_throwIntegerDivisionByZero");
  im.throwNonFiniteToInt = top("_throwNonFiniteToInt");
  im.throwRangeError = top("_throwRangeError");
  im.throwArgumentError = top("_throwArgumentError");
  im.throwParameterTypeError = top("_throwParameterTypeError");
  im.throwLateInitialization = top("_throwLateInitialization");
  im.throwCyclicInitialization = top("_throwCyclicInitialization");
  im.throwAssertionError = top("_throwAssertionError");
  im.throwStackOverflow = top("_throwStackOverflow");
  im.throwOutOfMemory = top("_throwOutOfMemory");
  im.reportUnhandled = p.findTopLevelProcedure("dart:_internal", "reportUnhandledError");
  im.runEventLoop = p.findTopLevelProcedure("dart:async", "_runEventLoop");
  im.requireEventLoop = p.findTopLevelProcedure("dart:async", "_requireEventLoop");
  im.coroutineFrame = p.findTopLevelProcedure("dart:async", "_coroutineFrame");
  im.resumeCoroutine = p.findTopLevelProcedure("dart:async", "_resumeCoroutine");
  auto unnamedConstructor = [](const Class* c) -> const Constructor* {
    if (!c) return nullptr;
    for (const Constructor* k : c->constructors) {
      if (k->name.empty()) return k;
    }
    return nullptr;
  };
  auto method = [](const Class* c, std::string_view name) -> const Procedure* {
    for (; c; c = c->superclass()) {
      for (const Procedure* proc : c->procedures) {
        if (proc->name == name && !proc->isStatic && !proc->isAbstract) return proc;
      }
    }
    return nullptr;
  };
  im.linkedHashMapNew = unnamedConstructor(im.linkedHashMapClass);
  im.linkedHashMapPut = method(im.linkedHashMapClass, "[]=");
  im.linkedHashSetNew = unnamedConstructor(im.linkedHashSetClass);
  im.linkedHashSetAdd = method(im.linkedHashSetClass, "add");
  if (im.growableListClass) {
    for (const Constructor* k : im.growableListClass->constructors) {
      if (k->name == "_fromArray") im.growableListFromArray = k;
    }
  }
  return im;
}

std::vector<const Procedure*> ImplicitMembers::throwHelpers() const {
  std::vector<const Procedure*> out;
  for (const Procedure* p : {throwNullCheck, throwCastError, throwNoSuchMethod, throwIntegerDivisionByZero, throwNonFiniteToInt, throwRangeError,
                             throwArgumentError, throwParameterTypeError, throwLateInitialization,
                             throwCyclicInitialization, throwAssertionError, throwStackOverflow, throwOutOfMemory}) {
    if (p) out.push_back(p);
  }
  return out;
}

}  // namespace dartc::tfa

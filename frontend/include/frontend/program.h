// The Program: every library of a compilation (user code and the core library) in kernel form,
// plus the stores that own its nodes, types and constants. This is what the frontend hands on.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/kernel.h"
#include "frontend/types.h"

namespace dartc::kernel {

// Owns every kernel node of a Program.
class NodeArena {
 public:
  template <typename T, typename... Args>
  T* make(SourceLoc loc, Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    node->loc = loc;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  std::string_view keep(std::string s) {
    strings_.push_back(std::make_unique<std::string>(std::move(s)));
    return *strings_.back();
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<std::string>> strings_;
};

// Canonicalizes constants: structurally equal constants are one object.
class ConstantStore {
 public:
  ConstantStore();
  ~ConstantStore();
  Constant* canonicalize(std::unique_ptr<Constant> c);
  const std::vector<Constant*>& all() const { return ordered_; }
  Constant* nullConstant();
  Constant* boolConstant(bool v, const DartType* type);

 private:
  std::unordered_map<std::string, Constant*> byKey_;
  std::vector<std::unique_ptr<Constant>> owned_;
  std::vector<Constant*> ordered_;
};

// Classes and members of the core library that the language itself refers to (literals,
// desugaring, intrinsics). Filled by the frontend once dart:core is loaded.
struct CoreTypes {
  Class* objectClass = nullptr;
  Class* nullClass = nullptr;
  Class* boolClass = nullptr;
  Class* numClass = nullptr;
  Class* intClass = nullptr;
  Class* doubleClass = nullptr;
  Class* stringClass = nullptr;
  Class* functionClass = nullptr;
  Class* typeClass = nullptr;
  Class* listClass = nullptr;
  Class* mapClass = nullptr;
  Class* setClass = nullptr;
  Class* iterableClass = nullptr;
  Class* iteratorClass = nullptr;
  Class* recordClass = nullptr;
  Class* enumClass = nullptr;
  Class* futureClass = nullptr;
  Class* streamClass = nullptr;
  Class* stackTraceClass = nullptr;
  Class* comparableClass = nullptr;
  Class* mapEntryClass = nullptr;

  const InterfaceType* objectType = nullptr;    // Object
  const DartType* objectNullableType = nullptr; // Object?
  const InterfaceType* boolType = nullptr;
  const InterfaceType* numType = nullptr;
  const InterfaceType* intType = nullptr;
  const InterfaceType* doubleType = nullptr;
  const InterfaceType* stringType = nullptr;
  const InterfaceType* functionType = nullptr;
  const InterfaceType* typeType = nullptr;
  const InterfaceType* stackTraceType = nullptr;
  const InterfaceType* recordType = nullptr;
};

class Program {
 public:
  Program() = default;
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  std::vector<Library*> libraries;  // dependencies first; the main library last
  Library* mainLibrary = nullptr;
  Procedure* mainProcedure = nullptr;
  CoreTypes core;

  TypeStore types;
  ConstantStore constants;
  NodeArena arena;

  // Dense id counts, for side tables indexed by id.
  uint32_t classCount = 0;
  uint32_t memberCount = 0;
  uint32_t variableCount = 0;
  uint32_t callSiteCount = 0;

  std::vector<Class*> allClasses() const;
  std::vector<Member*> allMembers() const;  // top-level members and class members
  // Looks up a class of a dart: library, e.g. findClass("dart:core", "_GrowableList").
  Class* findClass(std::string_view libraryUri, std::string_view name) const;
  Procedure* findProcedure(Class* cls, std::string_view name) const;
  Procedure* findTopLevelProcedure(std::string_view libraryUri, std::string_view name) const;
};

}  // namespace dartc::kernel

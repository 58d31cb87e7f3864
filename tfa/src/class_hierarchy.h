// The closed-world class hierarchy as the type-flow analysis sees it: every kernel class, plus one
// pseudo-class per kind of closure (a function expression or local function, a static tear-off,
// an instance tear-off), so that type sets can say which closures a value may be. Subtype tests
// are O(1) along `extends` (depth-first intervals) and a binary search for classes reached through
// `implements`/`with`. Nothing here depends on which classes are allocated.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::tfa {

using ClassId = uint32_t;
constexpr ClassId kNoClass = UINT32_MAX;

enum class ClosureKind : uint8_t {
  Function,         // a function expression or local function: `function` in `member`
  StaticTearOff,    // a top-level or static procedure as a value
  InstanceTearOff,  // a method bound to its receiver
};

struct ClosureClass {
  ClosureKind kind = ClosureKind::Function;
  const kernel::FunctionNode* function = nullptr;  // the code that runs when it is called
  const kernel::Member* member = nullptr;          // Function: enclosing member; else the procedure
};

class ClassHierarchy {
 public:
  ClassHierarchy(const kernel::Program& program, const ImplicitMembers& implicit);

  size_t size() const { return kernelCount_ + closures_.size(); }
  size_t kernelClassCount() const { return kernelCount_; }
  ClassId idOf(const kernel::Class* c) const { return c->id; }
  // The kernel class of an id; closure pseudo-classes answer _Closure.
  const kernel::Class* kernelClass(ClassId c) const;
  bool isClosureClass(ClassId c) const { return c != kNoClass && c >= kernelCount_; }
  const ClosureClass& closureClass(ClassId c) const { return closures_[c - kernelCount_]; }
  // The pseudo-class of a kind of closure, created on first use.
  ClassId closureClassFor(ClosureKind kind, const kernel::FunctionNode* function, const kernel::Member* member);

  bool isSubtype(ClassId sub, ClassId super) const;
  // The nearest class that both extend (Object when nothing closer).
  ClassId commonSuperclass(ClassId a, ClassId b) const;
  ClassId superclassOf(ClassId c) const;
  // Abstract classes, mixin declarations and Never-instantiated helpers: no instance is ever
  // exactly of this class.
  bool isAbstract(ClassId c) const { return !isClosureClass(c) && abstract_[c]; }
  // Whether any class (or closure) extends, implements or mixes in c.
  bool hasSubtypes(ClassId c) const { return !isClosureClass(c) && hasSubtypes_[c]; }
  // Calls f(s) for every strict supertype s of c (each once).
  template <typename F>
  void forEachSupertype(ClassId c, F f) const {
    if (isClosureClass(c)) {
      if (closureClass_ == kNoClass) return;
      f(closureClass_);
      c = closureClass_;
    }
    for (ClassId s = super_[c]; s != kNoClass; s = super_[s]) f(s);
    const std::vector<ClassId>& extra = interfaces_[c];
    for (ClassId s : extra) {
      if (!isExtendsAncestor(s, c)) f(s);
    }
  }

  // Whether c is `ancestor` or below it through `extends` alone (never true for closures).
  bool extendsFrom(ClassId ancestor, ClassId c) const {
    return !isClosureClass(c) && !isClosureClass(ancestor) && isExtendsAncestor(ancestor, c);
  }
  // The depth-first number of c in the `extends` tree: the classes extending c (strictly) are
  // exactly those numbered in (preorder(c), lastDescendant(c)].
  uint32_t preorder(ClassId c) const { return pre_[c]; }
  uint32_t lastDescendant(ClassId c) const { return post_[c]; }

  // Calls f(s) for the strict supertypes of c that are not on its superclass chain (reached
  // through `implements` or `with`).
  template <typename F>
  void forEachInterfaceSupertype(ClassId c, F f) const {
    if (isClosureClass(c)) c = closureClass_;
    if (c == kNoClass) return;
    for (ClassId s : interfaces_[c]) {
      if (!isExtendsAncestor(s, c)) f(s);
    }
  }

  std::string name(ClassId c) const;

  ClassId objectClass = kNoClass, nullClass = kNoClass, intClass = kNoClass, doubleClass = kNoClass,
          boolClass = kNoClass, functionClass = kNoClass, closureClass_ = kNoClass;

 private:
  bool isExtendsAncestor(ClassId ancestor, ClassId c) const {
    return pre_[ancestor] <= pre_[c] && pre_[c] <= post_[ancestor];
  }
  void numberExtendsTree();
  void collectInterfaces();

  size_t kernelCount_ = 0;
  std::vector<const kernel::Class*> classes_;
  std::vector<ClassId> super_;
  std::vector<uint32_t> depth_;
  std::vector<uint32_t> pre_, post_;  // depth-first interval over `extends`
  // Supertypes reached through at least one `implements`/`with` edge (with their superclasses),
  // sorted; may repeat classes of the extends chain.
  std::vector<std::vector<ClassId>> interfaces_;
  std::vector<bool> abstract_;
  std::vector<bool> hasSubtypes_;
  std::deque<ClosureClass> closures_;  // stable addresses: dispatch targets point at them
  std::unordered_map<const void*, ClassId> closureIds_[3];
};

}  // namespace dartc::tfa

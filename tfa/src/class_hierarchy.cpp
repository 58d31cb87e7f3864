#include "class_hierarchy.h"

#include <algorithm>

namespace dartc::tfa {

using namespace kernel;

ClassHierarchy::ClassHierarchy(const Program& program, const ImplicitMembers& implicit) {
  std::vector<Class*> all = program.allClasses();
  kernelCount_ = program.classCount;
  for (const Class* c : all) kernelCount_ = std::max<size_t>(kernelCount_, c->id + 1);
  classes_.assign(kernelCount_, nullptr);
  super_.assign(kernelCount_, kNoClass);
  depth_.assign(kernelCount_, 0);
  abstract_.assign(kernelCount_, true);  // ids without a class (none expected) are never instances
  hasSubtypes_.assign(kernelCount_, false);
  interfaces_.assign(kernelCount_, {});
  for (const Class* c : all) {
    classes_[c->id] = c;
    abstract_[c->id] = c->isAbstract || c->isMixinDeclaration;
    if (const Class* s = c->superclass()) {
      super_[c->id] = s->id;
      hasSubtypes_[s->id] = true;
    }
    for (const InterfaceType* i : c->interfaces) hasSubtypes_[i->cls->id] = true;
  }
  const CoreTypes& core = program.core;
  auto idOrNone = [](const Class* c) { return c ? c->id : kNoClass; };
  objectClass = idOrNone(core.objectClass);
  nullClass = idOrNone(core.nullClass);
  intClass = idOrNone(core.intClass);
  doubleClass = idOrNone(core.doubleClass);
  boolClass = idOrNone(core.boolClass);
  functionClass = idOrNone(core.functionClass);
  closureClass_ = idOrNone(implicit.closureClass);
  // Closures are instances of pseudo-classes below _Closure, never of _Closure itself.
  if (closureClass_ != kNoClass) {
    hasSubtypes_[closureClass_] = true;
    abstract_[closureClass_] = true;
  }
  numberExtendsTree();
  collectInterfaces();
}

void ClassHierarchy::numberExtendsTree() {
  std::vector<std::vector<ClassId>> children(kernelCount_);
  std::vector<ClassId> roots;
  for (ClassId c = 0; c < kernelCount_; ++c) {
    if (super_[c] == kNoClass) roots.push_back(c);
    else children[super_[c]].push_back(c);
  }
  pre_.assign(kernelCount_, 0);
  post_.assign(kernelCount_, 0);
  uint32_t counter = 0;
  // Iterative depth-first walk: hierarchies may be thousands of classes deep.
  std::vector<std::pair<ClassId, size_t>> stack;
  for (ClassId root : roots) {
    stack.push_back({root, 0});
    pre_[root] = counter++;
    while (!stack.empty()) {
      auto& [c, next] = stack.back();
      if (next < children[c].size()) {
        ClassId child = children[c][next++];
        depth_[child] = depth_[c] + 1;
        pre_[child] = counter++;
        stack.push_back({child, 0});
      } else {
        post_[c] = counter - 1;
        stack.pop_back();
      }
    }
  }
}

void ClassHierarchy::collectInterfaces() {
  // Supertypes before subtypes (Kahn's algorithm over extends and implements edges), so each
  // class's set is built from finished sets.
  std::vector<std::vector<ClassId>> users(kernelCount_);
  std::vector<uint32_t> pending(kernelCount_, 0);
  for (ClassId c = 0; c < kernelCount_; ++c) {
    const Class* k = classes_[c];
    if (!k) continue;
    if (super_[c] != kNoClass) {
      users[super_[c]].push_back(c);
      ++pending[c];
    }
    for (const InterfaceType* i : k->interfaces) {
      users[i->cls->id].push_back(c);
      ++pending[c];
    }
  }
  std::vector<ClassId> ready;
  for (ClassId c = 0; c < kernelCount_; ++c) {
    if (pending[c] == 0) ready.push_back(c);
  }
  while (!ready.empty()) {
    ClassId c = ready.back();
    ready.pop_back();
    const Class* k = classes_[c];
    if (k) {
      std::vector<ClassId> set;
      if (super_[c] != kNoClass) set = interfaces_[super_[c]];
      for (const InterfaceType* i : k->interfaces) {
        ClassId id = i->cls->id;
        for (ClassId s = id; s != kNoClass; s = super_[s]) set.push_back(s);
        set.insert(set.end(), interfaces_[id].begin(), interfaces_[id].end());
      }
      std::sort(set.begin(), set.end());
      set.erase(std::unique(set.begin(), set.end()), set.end());
      interfaces_[c] = std::move(set);
    }
    for (ClassId u : users[c]) {
      if (--pending[u] == 0) ready.push_back(u);
    }
  }
}

const Class* ClassHierarchy::kernelClass(ClassId c) const {
  if (c == kNoClass) return nullptr;
  if (isClosureClass(c)) return closureClass_ == kNoClass ? nullptr : classes_[closureClass_];
  return classes_[c];
}

ClassId ClassHierarchy::closureClassFor(ClosureKind kind, const FunctionNode* function, const Member* member) {
  const void* key = kind == ClosureKind::Function ? static_cast<const void*>(function) : static_cast<const void*>(member);
  auto& ids = closureIds_[static_cast<int>(kind)];
  auto it = ids.find(key);
  if (it != ids.end()) return it->second;
  ClassId id = static_cast<ClassId>(size());
  closures_.push_back({kind, function, member});
  ids.emplace(key, id);
  return id;
}

ClassId ClassHierarchy::superclassOf(ClassId c) const {
  if (isClosureClass(c)) return closureClass_;
  return c == kNoClass ? kNoClass : super_[c];
}

bool ClassHierarchy::isSubtype(ClassId sub, ClassId super) const {
  if (sub == super || super == objectClass) return true;
  if (isClosureClass(super)) return false;
  if (isClosureClass(sub)) {
    if (closureClass_ == kNoClass) return false;
    sub = closureClass_;
    if (sub == super) return true;
  }
  if (isExtendsAncestor(super, sub)) return true;
  const std::vector<ClassId>& extra = interfaces_[sub];
  return std::binary_search(extra.begin(), extra.end(), super);
}

ClassId ClassHierarchy::commonSuperclass(ClassId a, ClassId b) const {
  if (isClosureClass(a)) a = closureClass_;
  if (isClosureClass(b)) b = closureClass_;
  if (a == kNoClass || b == kNoClass) return objectClass;
  while (a != b) {
    if (depth_[a] >= depth_[b]) a = super_[a];
    else b = super_[b];
    if (a == kNoClass || b == kNoClass) return objectClass;
  }
  return a;
}

std::string ClassHierarchy::name(ClassId c) const {
  if (c == kNoClass) return "<none>";
  if (isClosureClass(c)) {
    const ClosureClass& k = closureClass(c);
    std::string m = k.member ? k.member->qualifiedName() : "?";
    switch (k.kind) {
      case ClosureKind::Function: return "closure in " + m;
      case ClosureKind::StaticTearOff: return "tear-off " + m;
      case ClosureKind::InstanceTearOff: return "bound " + m;
    }
  }
  return classes_[c] ? std::string(classes_[c]->name) : "<class " + std::to_string(c) + ">";
}

}  // namespace dartc::tfa

// Type-argument vectors that are another vector unchanged, and the covariance checks this makes
// cheap (issue 10; docs/generics.md, "Shared vectors").
//
// Generic code mostly passes its own type arguments on as they are: RedBlackTree<K, V> makes
// `_Node<K, V>`s, List<E>.filled makes a `_GrowableList<E>`. Such a vector is the instantiator's
// (or the function's) vector itself, as the VM's canShareInstantiatorTypeArguments finds; the new
// object (or callee) gets that pointer, with no call of dartrt_instantiate_type_args.
//
// Then the covariance check of `node.left = other` (field type `_Node<K, V>?`) or of a parameter
// `_Node<K, V> x` in RedBlackTree<K, V> can pass without building `_Node<K, V>` at run time: a
// value of class _Node (or a subclass) whose vector *is* the instantiator's vector has exactly
// the type the check instantiates. Anything else takes the old path (instantiate, then the
// inline tests and dartrt_is_instance), so the fast path only ever decides "passes" when that is
// certain. In cd these checks were 37 % of the instructions (is_instance_slow, subtype and
// instantiate, 240 instructions a check).
#include <llvm/IR/Constants.h>
#include <llvm/IR/MDBuilder.h>

#include "function_lowering.h"

namespace dartc::codegen {

using namespace kernel;

namespace {

const Member* memberOf(const PendingFunction& p) { return p.member ? p.member : p.lazyField; }

}  // namespace

uint32_t FunctionLowering::flatLength(const Class* cls) const {
  return m_.flatOffset(cls) + static_cast<uint32_t>(cls->typeParams.size());
}

std::optional<FunctionLowering::ParamSlot> FunctionLowering::paramSlot(const DartType* t, Module::TypeParamMode mode) const {
  // The same rule as Module::rtTypeIn's encoding of a parameter reference.
  if (t->kind != TypeKind::TypeParameter || t->isNullable()) return std::nullopt;
  const TypeParameter* p = static_cast<const TypeParameterType*>(t)->param;
  if (p->isFunctionTypeParam || (p->declaringClass && mode == Module::TypeParamMode::Factory)) {
    return ParamSlot{true, m_.functionTypeParamIndex(p)};
  }
  if (p->declaringClass && mode != Module::TypeParamMode::Own) return ParamSlot{false, m_.flatOffset(p->declaringClass) + p->index};
  return std::nullopt;
}

std::optional<bool> FunctionLowering::identityVector(const std::vector<const DartType*>& types, Module::TypeParamMode mode) const {
  if (types.empty()) return std::nullopt;
  std::optional<bool> fromFunction;
  for (size_t i = 0; i < types.size(); ++i) {
    std::optional<ParamSlot> slot = paramSlot(types[i], mode);
    if (!slot || slot->index != i) return std::nullopt;
    if (fromFunction && *fromFunction != slot->fromFunction) return std::nullopt;
    fromFunction = slot->fromFunction;
  }
  return fromFunction;
}

bool FunctionLowering::instanceVectorsHaveLength(const Class* cls, size_t length) const {
  // `this` may be an instance of any subclass: each one's vector must have this length, so that
  // an object given it has a vector of its own class's length (as every allocation makes).
  const dispatch::ClassLayout* cl = m_.layout.classLayout(cls);
  if (!cl || cl->typeArgsOffset < 0) return false;
  const auto& byCid = m_.layout.classesByCid();
  for (uint32_t cid = cl->cid; cid <= cl->lastSubclassCid && cid < byCid.size(); ++cid) {
    const Class* sub = byCid[cid];
    if (sub && flatLength(sub) != length) return false;
  }
  return true;
}

std::vector<const DartType*> FunctionLowering::resolvedTypeArgs(const std::vector<const DartType*>& types) {
  // As typeArgsValue resolves them; a parameter without a value here shares nothing (empty),
  // and typeArgsValue reports it.
  std::vector<const DartType*> out;
  quietReify_ = true;
  for (const DartType* t : types) {
    const DartType* r = fromMixinParameters(t);
    if (!reifiable(r, SourceLoc{})) {
      out.clear();
      break;
    }
    out.push_back(r);
  }
  quietReify_ = false;
  return out;
}

llvm::Value* FunctionLowering::sharedTypeArgs(const std::vector<const DartType*>& types) {
  Module::TypeParamMode mode = typeMode();
  std::optional<bool> fromFunction = identityVector(types, mode);
  if (!fromFunction) return nullptr;
  const Member* m = memberOf(pending_);
  if (*fromFunction) {
    // The hidden parameter of a generic member or factory: its callers pass exactly as many
    // arguments as it has type parameters (calleeTypeArgs, boundsTypeArgs). Closures build
    // theirs from their context and own arguments: not shared.
    if (pending_.isClosure || !sig_.hasTypeArgs || !typeArgs_) return nullptr;
    if (pending_.function->typeParams.size() != types.size()) return nullptr;
    return typeArgs_;
  }
  const Class* cls = m ? m->enclosingClass : nullptr;
  bool instance = m && cls && (m->isInstanceMember() || m->memberKind == MemberKind::Constructor);
  if (!instance || flatLength(cls) != types.size() || !instanceVectorsHaveLength(cls, types.size())) return nullptr;
  return instantiatorTypeArgs();
}

const Class* FunctionLowering::identityCheckClass(const DartType* type, Module::TypeParamMode mode, bool& fromFunction) const {
  if (type->kind != TypeKind::Interface) return nullptr;
  auto* it = static_cast<const InterfaceType*>(type);
  const Class* cls = it->cls;
  // The class's own arguments must open its flattened vector (no generic superclass), so that
  // the vector's first entries are the arguments of `cls` in the value's class and its subclasses.
  if (!cls || cls->typeParams.empty() || m_.flatOffset(cls) != 0 || it->args.size() != cls->typeParams.size()) return nullptr;
  const dispatch::ClassLayout* cl = m_.layout.classLayout(cls);
  if (!cl || cl->typeArgsOffset < 0) return nullptr;
  std::optional<bool> from = identityVector(it->args, mode);
  if (!from) return nullptr;
  fromFunction = *from;
  return cls;
}

void FunctionLowering::checkAgainstTemplate(llvm::Value* value, const DartType* type, Module::TypeParamMode mode,
                                            llvm::Value* instantiator, llvm::Value* function,
                                            const std::function<llvm::Value*()>& typeWord, std::string_view name, SourceLoc loc) {
  bool fromFunction = false;
  const Class* cls = identityCheckClass(type, mode, fromFunction);
  llvm::Value* vector = fromFunction ? function : instantiator;
  if (!cls || !vector || llvm::isa<llvm::ConstantPointerNull>(vector)) {
    checkValueType(value, typeWord(), name, loc);
    return;
  }
  const dispatch::ClassLayout* cl = m_.layout.classLayout(cls);
  llvm::BasicBlock* sameClass = newBlock("generic.check.class");
  llvm::BasicBlock* other = newBlock("generic.check.other");
  llvm::BasicBlock* slow = newBlock("generic.check.slow");
  llvm::BasicBlock* ok = newBlock("generic.check.ok");
  auto likely = llvm::MDBuilder(m_.llvm).createBranchWeights(1000, 1);
  // An instance of cls or of a subclass (class ids number the superclass tree depth-first):
  // its vector starts with its arguments for cls, at the same offset in every class.
  llvm::Value* cid = cidOf(value);
  llvm::Value* rel = b_.CreateSub(cid, llvm::ConstantInt::get(m_.i32, cl->cid));
  b_.CreateCondBr(b_.CreateICmpULE(rel, llvm::ConstantInt::get(m_.i32, cl->lastSubclassCid - cl->cid)), sameClass, other, likely);
  b_.SetInsertPoint(sameClass);
  llvm::Value* own = loadTypeArgsSlot(value, cl->typeArgsOffset, "value.targs");
  b_.CreateCondBr(b_.CreateICmpEQ(own, vector), ok, slow, likely);
  b_.SetInsertPoint(other);
  if (type->isNullable()) {
    b_.CreateCondBr(b_.CreateICmpEQ(cid, llvm::ConstantInt::get(m_.i32, m_.nullCid())), ok, slow);
  } else {
    b_.CreateBr(slow);
  }
  b_.SetInsertPoint(slow);
  checkValueType(value, typeWord(), name, loc);
  b_.CreateBr(ok);
  b_.SetInsertPoint(ok);
}

}  // namespace dartc::codegen

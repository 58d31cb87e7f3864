// Instantiations of constant templates with constant vectors, done at compile time (issue 10:
// "type-argument vectors that are constant at a site are built once, at compile time").
//
// Codegen calls dartrt_instantiate_type_args(template, instantiator, function) wherever a vector
// mentions a type parameter. After inlining, or once interprocedural constant propagation found
// that every caller of a generic function passes the same vector (List.filled called only as
// `List<Object?>.filled` in storage), the template and both vectors are read-only constants and
// the call computes the same vector on every run: storage spent 19 % of its instructions there.
// This pass evaluates such calls on the constants (the runtime's `instantiate`, types.cpp) and
// replaces them with a read-only vector or type. It gives up, leaving the call, on anything the
// runtime would normalize beyond adding a `?` to an interface, function or record type
// (FutureOr, Never?), and on a parameter without a value (a null or short vector): the runtime
// then decides as before. Types are compared structurally (same_type), so a constant equal to
// one the runtime interns is as good; identical structures reuse one global (LLVM uniques the
// initializers). It also composes chains of instantiations (composeInstantiations below).
#include "type_args_folding.h"

#include <map>
#include <optional>
#include <vector>

#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

#include "dartrt/abi.h"

namespace dartc::codegen {

namespace {

// A DartRtType constant: { i64 header, i8 kind, i8 nullable, i16 num_args, i32 id, [n x ptr] }.
struct TypeParts {
  llvm::Constant* header;
  uint8_t kind;
  uint8_t nullable;
  uint32_t id;
  std::vector<llvm::Constant*> args;
};

llvm::GlobalVariable* constantGlobal(llvm::Value* v) {
  auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(v->stripPointerCasts());
  if (!gv || !gv->isConstant() || !gv->hasDefinitiveInitializer()) return nullptr;
  return gv;
}

// The entries of a constant array of pointers (an empty one may be a zeroinitializer).
std::optional<std::vector<llvm::Constant*>> pointers(llvm::Constant* array) {
  auto* ty = llvm::dyn_cast<llvm::ArrayType>(array->getType());
  if (!ty) return std::nullopt;
  std::vector<llvm::Constant*> out;
  for (uint64_t i = 0; i < ty->getNumElements(); ++i) {
    llvm::Constant* e = array->getAggregateElement(static_cast<unsigned>(i));
    if (!e || !constantGlobal(e)) return std::nullopt;
    out.push_back(e);
  }
  return out;
}

uint64_t intField(llvm::Constant* c) { return llvm::cast<llvm::ConstantInt>(c)->getZExtValue(); }

std::optional<TypeParts> decodeType(llvm::Value* v) {
  llvm::GlobalVariable* gv = constantGlobal(v);
  if (!gv) return std::nullopt;
  auto* init = llvm::dyn_cast<llvm::ConstantStruct>(gv->getInitializer());
  if (!init || init->getNumOperands() != 6) return std::nullopt;
  for (unsigned i = 0; i < 5; ++i) {
    if (!llvm::isa<llvm::ConstantInt>(init->getOperand(i))) return std::nullopt;
  }
  auto args = pointers(init->getOperand(5));
  if (!args || intField(init->getOperand(3)) != args->size()) return std::nullopt;
  return TypeParts{init->getOperand(0), static_cast<uint8_t>(intField(init->getOperand(1))),
                   static_cast<uint8_t>(intField(init->getOperand(2))), static_cast<uint32_t>(intField(init->getOperand(4))),
                   std::move(*args)};
}

// A DartRtTypeArgs constant: { i64 0, i64 length, [n x ptr] }; null is the null pointer.
std::optional<std::vector<llvm::Constant*>> decodeVector(llvm::Value* v) {
  llvm::GlobalVariable* gv = constantGlobal(v);
  if (!gv) return std::nullopt;
  auto* init = llvm::dyn_cast<llvm::ConstantStruct>(gv->getInitializer());
  if (!init || init->getNumOperands() != 3 || !llvm::isa<llvm::ConstantInt>(init->getOperand(1))) return std::nullopt;
  auto types = pointers(init->getOperand(2));
  if (!types || intField(init->getOperand(1)) != types->size()) return std::nullopt;
  return types;
}

class Folder {
 public:
  explicit Folder(llvm::Module& m) : m_(m), ptr_(llvm::PointerType::get(m.getContext(), 0)) {}

  // runtime: instantiate(t, env); null: not folded.
  llvm::Constant* instantiate(llvm::Constant* t, const std::optional<std::vector<llvm::Constant*>>& inst,
                              const std::optional<std::vector<llvm::Constant*>>& fn) {
    std::optional<TypeParts> p = decodeType(t);
    if (!p) return nullptr;
    if (p->kind == DART_TYPE_CLASS_PARAM || p->kind == DART_TYPE_FUNCTION_PARAM) {
      const auto& vec = p->kind == DART_TYPE_CLASS_PARAM ? inst : fn;
      if (!vec || p->id >= vec->size()) return nullptr;  // dynamic: left to the runtime
      llvm::Constant* value = (*vec)[p->id];
      return p->nullable ? withNullable(value) : value;
    }
    if (!hasParameters(*p)) return t;
    if (p->kind == DART_TYPE_FUTURE_OR) return nullptr;  // normalized by the runtime
    return rebuilt(*p, [&](llvm::Constant* a) { return instantiate(a, inst, fn); });
  }

  // The template `t` (an entry of an outer call's template) with its references to the vector
  // of `kind` replaced by the entries of `inner`, the template of the call that computes that
  // vector. The runtime's instantiate substitutes values node by node, normalizing each node it
  // rebuilds (make_type), so instantiating the result with the inner call's vectors gives what
  // the outer call gives (structurally). null: not composed (a reference to the other vector or
  // past the inner vector's end, a function or FutureOr type around a parameter).
  llvm::Constant* substitute(llvm::Constant* t, uint8_t kind, const std::vector<llvm::Constant*>& inner) {
    std::optional<TypeParts> p = decodeType(t);
    if (!p) return nullptr;
    if (p->kind == DART_TYPE_CLASS_PARAM || p->kind == DART_TYPE_FUNCTION_PARAM) {
      if (p->kind != kind || p->id >= inner.size()) return nullptr;
      return p->nullable ? templateWithNullable(inner[p->id]) : inner[p->id];
    }
    if (!hasParameters(*p)) return t;
    if (p->kind != DART_TYPE_INTERFACE && p->kind != DART_TYPE_RECORD) return nullptr;
    return rebuilt(*p, [&](llvm::Constant* a) { return substitute(a, kind, inner); });
  }

  // The vector of `each` applied to every entry of `entries`; null when `each` gives up on one.
  template <typename Each>
  llvm::Constant* mappedVector(const std::vector<llvm::Constant*>& entries, Each&& each) {
    std::optional<std::vector<llvm::Constant*>> types = mapped(entries, each);
    return types ? makeVector(*types) : nullptr;
  }

  llvm::Constant* makeVector(const std::vector<llvm::Constant*>& types) {
    auto* i64 = llvm::Type::getInt64Ty(m_.getContext());
    auto* arrTy = llvm::ArrayType::get(ptr_, types.size());
    auto* structTy = llvm::StructType::get(m_.getContext(), {i64, i64, arrTy});
    return global(llvm::ConstantStruct::get(structTy, {llvm::ConstantInt::get(i64, 0), llvm::ConstantInt::get(i64, types.size()),
                                                       llvm::ConstantArray::get(arrTy, types)}),
                  "dartc.type_args.folded");
  }

 private:
  bool hasParameters(const TypeParts& p) {
    if (p.kind == DART_TYPE_CLASS_PARAM || p.kind == DART_TYPE_FUNCTION_PARAM) return true;
    for (llvm::Constant* a : p.args) {
      std::optional<TypeParts> q = decodeType(a);
      if (!q || hasParameters(*q)) return true;  // (undecodable: treated as needing the runtime)
    }
    return false;
  }

  template <typename Each>
  static std::optional<std::vector<llvm::Constant*>> mapped(const std::vector<llvm::Constant*>& in, Each&& each) {
    std::vector<llvm::Constant*> out;
    for (llvm::Constant* c : in) {
      llvm::Constant* r = each(c);
      if (!r) return std::nullopt;
      out.push_back(r);
    }
    return out;
  }

  // A type of p's kind, flag and id whose arguments are `each` of p's; null when `each` gives up.
  template <typename Each>
  llvm::Constant* rebuilt(const TypeParts& p, Each&& each) {
    std::optional<std::vector<llvm::Constant*>> args = mapped(p.args, each);
    return args ? makeType(p.header, p.kind, p.nullable, p.id, *args) : nullptr;
  }

  // runtime: with_nullable, for the cases that need no normalization.
  llvm::Constant* withNullable(llvm::Constant* t) {
    std::optional<TypeParts> p = decodeType(t);
    if (!p) return nullptr;
    if (p->nullable || p->kind == DART_TYPE_DYNAMIC || p->kind == DART_TYPE_VOID || p->kind == DART_TYPE_NULL) return t;
    if (p->kind != DART_TYPE_INTERFACE && p->kind != DART_TYPE_FUNCTION && p->kind != DART_TYPE_RECORD) return nullptr;
    return makeType(p->header, p->kind, 1, p->id, p->args);
  }

  // `T?` for a template T: what with_nullable makes of T's instantiation, as a template. A
  // parameter reference gets the flag (the runtime applies with_nullable to its value, and
  // with_nullable is idempotent); so does an interface, function or record type (the runtime
  // rebuilds it with its own flag). A type without parameters as withNullable.
  llvm::Constant* templateWithNullable(llvm::Constant* t) {
    std::optional<TypeParts> p = decodeType(t);
    if (!p) return nullptr;
    if (!hasParameters(*p)) return withNullable(t);
    if (p->nullable) return t;
    if (p->kind != DART_TYPE_CLASS_PARAM && p->kind != DART_TYPE_FUNCTION_PARAM && p->kind != DART_TYPE_INTERFACE &&
        p->kind != DART_TYPE_FUNCTION && p->kind != DART_TYPE_RECORD) {
      return nullptr;
    }
    return makeType(p->header, p->kind, 1, p->id, p->args);
  }

  // The header depends only on the argument count (the object's size), so the template's serves.
  llvm::Constant* makeType(llvm::Constant* header, uint8_t kind, uint8_t nullable, uint32_t id,
                           const std::vector<llvm::Constant*>& args) {
    llvm::LLVMContext& c = m_.getContext();
    auto* arrTy = llvm::ArrayType::get(ptr_, args.size());
    auto* structTy = llvm::StructType::get(c, {llvm::Type::getInt64Ty(c), llvm::Type::getInt8Ty(c), llvm::Type::getInt8Ty(c),
                                               llvm::Type::getInt16Ty(c), llvm::Type::getInt32Ty(c), arrTy});
    return global(llvm::ConstantStruct::get(structTy, {header, llvm::ConstantInt::get(llvm::Type::getInt8Ty(c), kind),
                                                       llvm::ConstantInt::get(llvm::Type::getInt8Ty(c), nullable),
                                                       llvm::ConstantInt::get(llvm::Type::getInt16Ty(c), args.size()),
                                                       llvm::ConstantInt::get(llvm::Type::getInt32Ty(c), id),
                                                       llvm::ConstantArray::get(arrTy, args)}),
                  "dartc.type.folded");
  }

  // One read-only global per structure: an existing one of codegen's when there is one.
  llvm::Constant* global(llvm::Constant* init, const char* name) {
    if (byInit_.empty()) {
      for (llvm::GlobalVariable& g : m_.globals()) {
        if (g.isConstant() && g.hasDefinitiveInitializer() && g.getName().starts_with("dartc.type")) {
          byInit_.emplace(g.getInitializer(), &g);
        }
      }
    }
    auto found = byInit_.find(init);
    if (found != byInit_.end()) return found->second;
    auto* gv = new llvm::GlobalVariable(m_, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, name);
    gv->setAlignment(llvm::Align(16));  // as codegen's: runtime types are objects
    byInit_.emplace(init, gv);
    return gv;
  }

  llvm::Module& m_;
  llvm::PointerType* ptr_;
  std::map<llvm::Constant*, llvm::GlobalVariable*> byInit_;
};

std::optional<std::optional<std::vector<llvm::Constant*>>> constantVectorArg(llvm::Value* v) {
  if (llvm::isa<llvm::ConstantPointerNull>(v)) return std::optional<std::vector<llvm::Constant*>>{};
  auto vec = decodeVector(v);
  if (!vec) return std::nullopt;
  return vec;
}

bool isInstantiation(llvm::Value* v, llvm::StringRef name) {
  auto* call = llvm::dyn_cast<llvm::CallInst>(v);
  llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
  return callee && call->arg_size() == 3 && callee->getName() == name;
}

// An instantiation whose instantiator or function vector is itself computed by an instantiation
// of a constant template: the outer template composed with the inner one, instantiated with the
// inner call's vectors. Inlining makes these chains: som's `List<E?>.filled(...)` in `Vector<E>`
// instantiates `[E?]` with the Vector's vector, then `_GrowableList<E>._filled` (its E is that
// `E?`) instantiates `_List<E?>`'s `[E?]` and `_GrowableList<E>`'s flattened `[E, E, E]` with the
// result. Composed, the first becomes the inner call itself (`(E?)?` is `E?`) and the second
// no longer waits for it; the runtime's cache sees one lookup fewer per Vector.
bool composeInstantiations(llvm::Function& f, Folder& folder) {
  bool changed = false;
  std::vector<llvm::CallInst*> calls;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& i : bb) {
      if (isInstantiation(&i, "dartrt_instantiate_type_args") || isInstantiation(&i, "dartrt_instantiate_type")) {
        calls.push_back(llvm::cast<llvm::CallInst>(&i));
      }
    }
  }
  // A chain composes one link per round (the inner call may itself be an outer one).
  for (bool again = true; again;) {
    again = false;
    for (auto it = calls.begin(); it != calls.end(); ++it) {
      llvm::CallInst* call = *it;
      if (!call || !llvm::isa<llvm::Constant>(call->getArgOperand(0))) continue;
      for (unsigned which = 1; which <= 2; ++which) {
        auto* inner = llvm::dyn_cast<llvm::CallInst>(call->getArgOperand(which));
        if (!inner || !isInstantiation(inner, "dartrt_instantiate_type_args")) continue;
        auto innerTemplate = decodeVector(inner->getArgOperand(0));
        if (!innerTemplate) continue;
        uint8_t kind = which == 1 ? DART_TYPE_CLASS_PARAM : DART_TYPE_FUNCTION_PARAM;
        auto* outerTemplate = llvm::cast<llvm::Constant>(call->getArgOperand(0));
        llvm::Constant* composed = nullptr;
        if (call->getCalledFunction()->getName() == "dartrt_instantiate_type") {
          composed = folder.substitute(outerTemplate, kind, *innerTemplate);
        } else if (auto entries = decodeVector(outerTemplate)) {
          composed = folder.mappedVector(*entries, [&](llvm::Constant* t) { return folder.substitute(t, kind, *innerTemplate); });
        }
        if (!composed) continue;
        if (composed == inner->getArgOperand(0) && call->getCalledFunction() == inner->getCalledFunction()) {
          call->replaceAllUsesWith(inner);
          call->eraseFromParent();
          *it = nullptr;
        } else {
          call->setArgOperand(0, composed);
          call->setArgOperand(1, inner->getArgOperand(1));
          call->setArgOperand(2, inner->getArgOperand(2));
        }
        changed = again = true;
        break;
      }
    }
  }
  return changed;
}

}  // namespace

llvm::PreservedAnalyses ConstantTypeArgsFolding::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  Folder composer(*f.getParent());
  bool composedAny = composeInstantiations(f, composer);
  std::vector<llvm::CallInst*> calls;
  for (llvm::BasicBlock& bb : f) {
    for (llvm::Instruction& i : bb) {
      auto* call = llvm::dyn_cast<llvm::CallInst>(&i);
      llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
      if (!callee || call->arg_size() != 3) continue;
      llvm::StringRef name = callee->getName();
      if (name != "dartrt_instantiate_type_args" && name != "dartrt_instantiate_type") continue;
      if (!llvm::isa<llvm::Constant>(call->getArgOperand(0)) || !llvm::isa<llvm::Constant>(call->getArgOperand(1)) ||
          !llvm::isa<llvm::Constant>(call->getArgOperand(2))) {
        continue;
      }
      calls.push_back(call);
    }
  }
  if (calls.empty()) return composedAny ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
  Folder& folder = composer;
  bool changed = composedAny;
  for (llvm::CallInst* call : calls) {
    auto inst = constantVectorArg(call->getArgOperand(1));
    auto fn = constantVectorArg(call->getArgOperand(2));
    if (!inst || !fn) continue;
    auto* templ = llvm::cast<llvm::Constant>(call->getArgOperand(0));
    llvm::Constant* result = nullptr;
    if (call->getCalledFunction()->getName() == "dartrt_instantiate_type") {
      result = folder.instantiate(templ, *inst, *fn);
    } else if (auto entries = decodeVector(templ)) {
      result = folder.mappedVector(*entries, [&](llvm::Constant* t) { return folder.instantiate(t, *inst, *fn); });
    }
    if (!result) continue;
    call->replaceAllUsesWith(result);
    call->eraseFromParent();
    changed = true;
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace dartc::codegen

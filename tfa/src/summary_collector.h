// Builds the summary of a function body from the kernel (docs/tfa.md, "Summaries"). Effects
// that do not depend on argument types happen here, once: allocating the classes the body
// instantiates, creating closure classes, requiring the helpers of implicit checks, marking
// classes used by type tests.
#pragma once

#include <unordered_map>

#include "analysis.h"
#include "frontend/kernel.h"

namespace dartc::tfa {

class SummaryCollector {
 public:
  SummaryCollector(TypeFlowAnalysis& analysis, FunctionInfo& function);
  std::unique_ptr<Summary> collect();

 private:
  uint32_t emit(Statement s);
  uint32_t constant(TypeRef t);
  uint32_t join(std::vector<uint32_t> inputs);
  void setInputs(Statement& s, const std::vector<uint32_t>& inputs);
  // Whether a virtual call with this interface target can never have a null receiver.
  bool receiverNeverNull(const kernel::Member* interfaceTarget) const;
  uint32_t narrow(uint32_t value, TypeRef to);
  uint32_t call(CallSpec spec, std::vector<uint32_t> args);
  uint32_t directCall(const kernel::Member* target, CallKind kind, uint32_t receiver, const kernel::Arguments* args,
                      KeepKind why);
  uint32_t virtualCall(SelectorKind kind, std::string_view name, const kernel::Member* interfaceTarget, uint32_t siteId,
                       uint32_t receiver, const kernel::Arguments* args, std::vector<uint32_t> extra = {});
  uint32_t dynamicCall(SelectorKind kind, std::string_view name, uint32_t siteId, uint32_t receiver,
                       const kernel::Arguments* args, std::vector<uint32_t> extra = {});
  // The call just emitted (statement `call`) returns a value of static type `t`: an imprecise
  // result (a native's, a cone) is narrowed to it.
  uint32_t typed(uint32_t call, const kernel::DartType* t);
  // Appends the evaluated arguments (positional, then named sorted by name) to `out`.
  void arguments(const kernel::Arguments* args, CallSpec& spec, std::vector<uint32_t>& out);

  void parameters(const kernel::FunctionNode* fn);
  void constructorPrologue(const kernel::Constructor* k);
  uint32_t thisValue();
  uint32_t read(const kernel::Variable* v, const kernel::DartType* readType);
  void assign(const kernel::Variable* v, uint32_t value);
  uint32_t& joinOf(const kernel::Variable* v);

  void statement(const kernel::Statement* s);
  uint32_t expression(const kernel::Expression* e);
  uint32_t stringConcat(const kernel::StringConcat* e);
  uint32_t collectionLiteral(const kernel::Expression* e);
  uint32_t closure(const kernel::FunctionNode* fn);
  // A call of a core library helper (kNone when the library lacks it); the call's result.
  uint32_t helper(const kernel::Procedure* p, std::vector<uint32_t> args = {});
  uint32_t helperWithStaticArgs(const kernel::Procedure* p);
  // A switch case's constant `k` matched against `subject`: the constant's `==` is called.
  void caseEquals(const kernel::Expression* caseExpr, uint32_t k, uint32_t subject);
  void lateAccess();
  bool hasNestedClosures(const kernel::Member* m) const;

  TypeFlowAnalysis& a_;
  FunctionInfo& f_;
  TypeStore& types_;
  const ImplicitMembers& im_;
  std::unique_ptr<Summary> s_;
  const kernel::Member* owner_;  // the member whose code this is (reasons, `this` of closures)
  uint32_t receiver_ = kNone;
  std::unordered_map<const kernel::Variable*, uint32_t> joins_;
  std::unordered_map<uint32_t, uint32_t> firstRead_;  // join -> first statement reading it
  std::vector<uint32_t> returns_;
  std::vector<std::pair<const kernel::Procedure*, std::vector<uint32_t>>> helperCalls_;
};

}  // namespace dartc::tfa

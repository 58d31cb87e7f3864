// Runs type-flow analysis on a small in-memory program (with the real core library) and answers
// questions about its facts in the analysis's own words ("int", "{A, B}", "cone(Shape)?").
#pragma once

#include <memory>
#include <string>

#include "../frontend/compile_fixture.h"
#include "analysis.h"
#include "facts_builder.h"
#include "frontend/kernel_walk.h"
#include "tfa/flow_facts.h"

namespace dartc::testing {

struct Analyzed {
  explicit Analyzed(const std::string& source, tfa::AnalysisOptions options = {}) : compiled(source) {
    if (!compiled.ok()) return;
    analysis = std::make_unique<tfa::TypeFlowAnalysis>(*compiled.program, options);
    analysis->addRoots();
    analysis->solve();
    tfa::FactsBuilder(*compiled.program, *analysis, facts).build();
  }

  bool ok() const { return analysis != nullptr; }

  // "Class.member" or a top-level name in the main library.
  const kernel::Member* member(const std::string& qualified) const {
    for (const kernel::Member* m : compiled.program->allMembers()) {
      if (m->library == compiled.program->mainLibrary && m->qualifiedName() == qualified) return m;
    }
    return nullptr;
  }
  const kernel::Class* cls(const std::string& name) const { return compiled.cls(name); }
  std::string type(tfa::TypeRef t) const { return t ? analysis->types().toString(t) : "<none>"; }

  std::string field(const std::string& qualified) const {
    auto* f = static_cast<const kernel::Field*>(member(qualified));
    if (!f) return "<no field>";
    auto it = analysis->fieldStates().find(f);
    return it == analysis->fieldStates().end() ? "<never accessed>" : type(it->second->value);
  }
  const tfa::FunctionInfo* info(const std::string& qualified) const {
    const kernel::Member* m = member(qualified);
    for (const auto& f : analysis->functions()) {
      if (f->kind == tfa::FunctionInfo::Kind::Member && f->member == m) return f.get();
    }
    return nullptr;
  }
  std::string param(const std::string& qualified, size_t index) const {
    const tfa::FunctionInfo* f = info(qualified);
    if (!f || index >= f->parameterTypes.size()) return "<never called>";
    return type(f->parameterTypes[index]);
  }
  std::string result(const std::string& qualified) const {
    const tfa::FunctionInfo* f = info(qualified);
    return f && f->resultType ? type(f->resultType) : "<never called>";
  }
  // The type of a local variable (or parameter) by name, inside a member.
  std::string local(const std::string& qualified, std::string_view name) const {
    const kernel::Variable* found = nullptr;
    kernel::Walker w;
    w.onDeclare = [&](const kernel::Variable* v) {
      if (v->name == name) found = v;
    };
    w.walkMember(member(qualified));
    if (!found) return "<no variable>";
    tfa::TypeRef t = found->isCaptured ? analysis->capturedType(found) : analysis->variableTypes()[found->id];
    return t ? type(t) : "<never assigned>";
  }

  // A parameter or local by name, inside a member.
  const kernel::Variable* variable(const std::string& qualified, std::string_view name) const {
    const kernel::Variable* found = nullptr;
    kernel::Walker w;
    w.onDeclare = [&](const kernel::Variable* v) {
      if (v->name == name) found = v;
    };
    w.walkMember(member(qualified));
    if (found) return found;
    const kernel::Member* m = member(qualified);
    const kernel::FunctionNode* fn = m && m->memberKind == kernel::MemberKind::Procedure ? static_cast<const kernel::Procedure*>(m)->function : nullptr;
    if (!fn) return nullptr;
    for (const kernel::Variable* v : fn->positional) {
      if (v->name == name) return v;
    }
    for (const kernel::Variable* v : fn->named) {
      if (v->name == name) return v;
    }
    return nullptr;
  }

  // The instance call sites named `name` in a member, in source order.
  std::vector<uint32_t> sites(const std::string& qualified, std::string_view name) const {
    std::vector<uint32_t> out;
    kernel::Walker w;
    w.onExpression = [&](const kernel::Expression* e) {
      switch (e->kind) {
        case kernel::ExprKind::InstanceInvocation:
          if (static_cast<const kernel::InstanceInvocation*>(e)->name == name) out.push_back(static_cast<const kernel::InstanceInvocation*>(e)->siteId);
          break;
        case kernel::ExprKind::InstanceGet:
          if (static_cast<const kernel::InstanceGet*>(e)->name == name) out.push_back(static_cast<const kernel::InstanceGet*>(e)->siteId);
          break;
        case kernel::ExprKind::InstanceSet:
          if (static_cast<const kernel::InstanceSet*>(e)->name == name) out.push_back(static_cast<const kernel::InstanceSet*>(e)->siteId);
          break;
        default: break;
      }
    };
    w.walkMember(member(qualified));
    return out;
  }
  // "direct A.foo", "virtual" or "unreachable" for the first site named `name` in a member.
  std::string site(const std::string& qualified, std::string_view name, size_t index = 0) const {
    std::vector<uint32_t> ids = sites(qualified, name);
    if (index >= ids.size()) return "<no site>";
    tfa::SiteTarget t = facts.siteTarget(ids[index]);
    switch (t.kind) {
      case tfa::SiteKind::Direct: return "direct " + t.target->qualifiedName();
      case tfa::SiteKind::Unreachable: return "unreachable";
      default: return "virtual";
    }
  }
  std::string receiver(const std::string& qualified, std::string_view name, size_t index = 0) const {
    std::vector<uint32_t> ids = sites(qualified, name);
    if (index >= ids.size()) return "<no site>";
    return type(analysis->sites()[ids[index]].receiver);
  }

  Compiled compiled;
  std::unique_ptr<tfa::TypeFlowAnalysis> analysis;
  tfa::FlowFacts facts;
};

}  // namespace dartc::testing

// Assignments: `=`, compound operators, `??=`, prefix and postfix `++`/`--`, on locals, statics,
// instance members, index operators, super members, extension setters and dynamic receivers.
// Subexpressions of the target are evaluated once, through temporaries.
#include "sema/body_checker.h"
#include "sema/patterns.h"

namespace dartc::sema {

using kernel::MemberKind;
using kernel::ProcedureKind;
using kernel::TypeKind;

struct BodyChecker::LValue {
  enum class Kind { Local, Static, Instance, Index, Super, SuperIndex, Dynamic, Extension } kind = Kind::Local;
  SourceLoc loc;
  Name name;
  Variable* variable = nullptr;
  Member* getter = nullptr;
  Member* setter = nullptr;
  Expression* receiver = nullptr;  // evaluated once (a temporary read when reused)
  Expression* index = nullptr;
  Variable* receiverTemp = nullptr;
  Variable* indexTemp = nullptr;
  // Extension members (`extension.getter` is also the `[]` operator and `extension.setter` the
  // `[]=` operator of an index lvalue), with the type arguments of their extensions.
  ExtensionMember extension;
  std::vector<const DartType*> getterTypeArgs, setterTypeArgs;
  bool explicitExtension = false;  // `E(x).p = v`: the type arguments are the application's
  const DartType* readType = nullptr;
  const DartType* writeType = nullptr;
};

namespace {

Name operatorOf(ast::AssignOp op) {
  switch (op) {
    case ast::AssignOp::Add: return "+";
    case ast::AssignOp::Sub: return "-";
    case ast::AssignOp::Mul: return "*";
    case ast::AssignOp::Div: return "/";
    case ast::AssignOp::TruncDiv: return "~/";
    case ast::AssignOp::Mod: return "%";
    case ast::AssignOp::Shl: return "<<";
    case ast::AssignOp::Shr: return ">>";
    case ast::AssignOp::UShr: return ">>>";
    case ast::AssignOp::BitAnd: return "&";
    case ast::AssignOp::BitOr: return "|";
    case ast::AssignOp::BitXor: return "^";
    default: return "";
  }
}

}  // namespace

std::optional<BodyChecker::LValue> BodyChecker::lvalue(ast::Expr* target) {
  LValue lv;
  lv.loc = target->loc;
  auto fromMembers = [&](LValue& l, Member* getter, Member* setter, Name name) {
    l.getter = getter;
    l.setter = setter;
    l.name = name;
  };
  switch (target->kind) {
    case ast::ExprKind::Identifier: {
      auto* id = static_cast<ast::IdentifierExpr*>(target);
      NameRef ref = resolveName(id->name, id->loc);
      lv.name = id->name;
      switch (ref.kind) {
        case NameRef::Kind::Local:
          lv.kind = LValue::Kind::Local;
          lv.variable = ref.variable;
          lv.readType = flow_.promotedType(ref.variable) ? flow_.promotedType(ref.variable) : ref.variable->type;
          lv.writeType = ref.variable->type;
          return lv;
        case NameRef::Kind::LocalFunction:
          error(id->loc, "The local function '" + std::string(id->name) + "' can't be assigned to.");
          return std::nullopt;
        case NameRef::Kind::ThisMember: {
          if (isStaticContext_) {
            error(id->loc, "Instance members can't be accessed from a static method.");
            return std::nullopt;
          }
          lv.kind = LValue::Kind::Instance;
          lv.receiver = implicitThis(id->loc);
          Member* setter = ref.setter || !cls_ ? ref.setter : c_.lookupInterfaceMember(cls_, id->name, LookupKind::Setter);
          fromMembers(lv, ref.getter, setter, id->name);
          break;
        }
        case NameRef::Kind::ExtensionMember:
          lv.kind = LValue::Kind::Extension;
          lv.receiver = get(extensionThis_, id->loc);
          lv.extension = ref.extensionMember;
          break;
        case NameRef::Kind::StaticMember:
        case NameRef::Kind::TopLevel:
          if (ref.top.cls || ref.top.typedefInfo || ref.top.extension) {
            error(id->loc, "Types can't be assigned to.");
            return std::nullopt;
          }
          lv.kind = LValue::Kind::Static;
          fromMembers(lv, ref.getter, ref.setter, id->name);
          break;
        case NameRef::Kind::TypeParameter:
          error(id->loc, "Types can't be assigned to.");
          return std::nullopt;
        case NameRef::Kind::ThisExtension:
          lv.kind = LValue::Kind::Extension;
          lv.receiver = implicitThis(id->loc);
          findExtension(lv.receiver->type, id->name, false, id->loc, &lv.extension);
          {
            ExtensionMember setter;
            if (findExtension(lv.receiver->type, id->name, true, id->loc, &setter)) lv.extension.setter = setter.setter;
          }
          break;
        case NameRef::Kind::None:
          undefinedName(id->loc, id->name);
          return std::nullopt;
      }
      break;
    }
    case ast::ExprKind::PropertyAccess: {
      auto* pa = static_cast<ast::PropertyAccessExpr*>(target);
      lv.name = pa->name;
      lv.loc = pa->nameLoc.valid() ? pa->nameLoc : pa->loc;
      if (pa->target->kind == ast::ExprKind::Super) {
        if (!cls_ || isStaticContext_) {
          error(pa->target->loc, "Can't use 'super' outside of an instance member.");
          return std::nullopt;
        }
        lv.kind = LValue::Kind::Super;
        fromMembers(lv, c_.lookupConcreteMember(cls_, pa->name, LookupKind::Getter, true),
                    c_.lookupConcreteMember(cls_, pa->name, LookupKind::Setter, true), pa->name);
        break;
      }
      if (pa->target->kind == ast::ExprKind::Identifier) {
        Name first = static_cast<ast::IdentifierExpr*>(pa->target)->name;
        NameRef ref = resolveName(first, pa->target->loc);
        Class* staticClass = ref.kind == NameRef::Kind::TopLevel ? ref.top.cls : nullptr;
        if (ref.kind == NameRef::Kind::TopLevel && ref.top.empty() && lib_->prefixes.count(first)) {
          const Namespace* ns = c_.lookupPrefix(lib_, first);
          auto it = ns->find(pa->name);
          if (it == ns->end() || (!it->second.getter && !it->second.setter)) {
            error(lv.loc, "The setter '" + std::string(pa->name) + "' isn't defined.");
            return std::nullopt;
          }
          lv.kind = LValue::Kind::Static;
          fromMembers(lv, it->second.getter, it->second.setter, pa->name);
          break;
        }
        if (staticClass) {
          lv.kind = LValue::Kind::Static;
          fromMembers(lv, c_.lookupStaticMember(staticClass, pa->name, LookupKind::Getter),
                      c_.lookupStaticMember(staticClass, pa->name, LookupKind::Setter), pa->name);
          break;
        }
      }
      if (appliedExtension(pa->target)) {
        auto app = checkExtensionApplication(pa->target, pa->nullAware);
        if (!app) return std::nullopt;
        lv.kind = LValue::Kind::Extension;
        lv.receiver = app->receiver;
        auto it = app->ext->members.find(pa->name);
        if (it != app->ext->members.end()) lv.extension = it->second;
        lv.getterTypeArgs = lv.setterTypeArgs = app->typeArgs;
        lv.explicitExtension = true;
        break;
      }
      lv.receiver = checkSelectorTarget(pa->target);
      // `a?.x = v`, `a?.x += v`, `a?.x++`: skipped, value null, when `a` is null (the enclosing
      // check() closes the null shortening around the whole assignment).
      if (pa->nullAware) lv.receiver = shortNullAware(lv.receiver);
      const DartType* rt = lv.receiver->type;
      if (rt->isDynamicLike()) {
        lv.kind = LValue::Kind::Dynamic;
        lv.readType = lv.writeType = types().dynamicType();
        return lv;
      }
      const DartType* bound = types().nonNullable(ts().resolveToBound(rt));
      Class* cls = bound->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(bound)->cls : nullptr;
      Member* getter = cls ? c_.lookupInterfaceMember(cls, pa->name, LookupKind::Getter) : nullptr;
      Member* setter = cls ? c_.lookupInterfaceMember(cls, pa->name, LookupKind::Setter) : nullptr;
      if (!getter && !setter) {
        ExtensionMember ext;
        if (findExtension(rt, pa->name, true, lv.loc, &ext) || findExtension(rt, pa->name, false, lv.loc, &ext)) {
          lv.kind = LValue::Kind::Extension;
          findExtension(rt, pa->name, false, lv.loc, &lv.extension);
          ExtensionMember s;
          if (findExtension(rt, pa->name, true, lv.loc, &s)) lv.extension.setter = s.setter;
          break;
        }
      }
      checkNotNullable(lv.receiver, pa->name, lv.loc, "property");
      lv.kind = LValue::Kind::Instance;
      fromMembers(lv, getter, setter, pa->name);
      break;
    }
    case ast::ExprKind::Index: {
      auto* ix = static_cast<ast::IndexExpr*>(target);
      lv.kind = LValue::Kind::Index;
      lv.name = "[]=";
      if (ix->target->kind == ast::ExprKind::Super) {
        // `super[i] = v`, `super[i] += v`: the superclass's operators, called non-virtually.
        if (!cls_ || isStaticContext_) {
          error(ix->target->loc, "Can't use 'super' outside of an instance member.");
          return std::nullopt;
        }
        lv.kind = LValue::Kind::SuperIndex;
        lv.getter = c_.lookupConcreteMember(cls_, "[]", LookupKind::Getter, true);
        lv.setter = c_.lookupConcreteMember(cls_, "[]=", LookupKind::Getter, true);
        if (!lv.setter || lv.setter->memberKind != MemberKind::Procedure) {
          error(ix->loc, "The operator '[]=' isn't defined in a superclass.");
          return std::nullopt;
        }
        const FunctionType* setType = c_.methodType(static_cast<Procedure*>(lv.setter), cls_->thisType);
        if (!setType || setType->positional.size() != 2) return std::nullopt;
        lv.index = checkAssignable(ix->index, setType->positional[0], AssignContext::Argument);
        lv.writeType = setType->positional[1];
        if (lv.getter && lv.getter->memberKind == MemberKind::Procedure) {
          lv.readType = c_.methodType(static_cast<Procedure*>(lv.getter), cls_->thisType)->returnType;
        }
        return lv;
      }
      // `E(x)[i] = v` and extension `[]=` operators.
      auto extensionIndex = [&](ExtensionInfo* ext, const std::vector<const DartType*>& typeArgs) -> std::optional<LValue> {
        lv.kind = LValue::Kind::Extension;
        auto get = ext->members.find("[]");
        auto set = ext->members.find("[]=");
        if (get != ext->members.end()) lv.extension.getter = get->second.getter;
        if (set != ext->members.end()) lv.extension.setter = set->second.getter;
        if (!lv.extension.setter) {
          error(ix->loc, "The operator '[]=' isn't defined for the extension '" + std::string(ext->name) + "'.");
          return std::nullopt;
        }
        lv.getterTypeArgs = lv.setterTypeArgs = typeArgs;
        lv.explicitExtension = true;
        Substitution s;
        for (size_t i = 0; i < typeArgs.size() && i < ext->typeParams.size(); ++i) s[ext->typeParams[i]] = typeArgs[i];
        const FunctionType* setType = lv.extension.setter->function->type;
        if (setType->positional.size() != 3) return std::nullopt;
        lv.index = checkAssignable(ix->index, ts().substitute(setType->positional[1], s), AssignContext::Argument);
        lv.writeType = ts().substitute(setType->positional[2], s);
        if (lv.extension.getter && lv.extension.getter->function) {
          lv.readType = ts().substitute(lv.extension.getter->function->type->returnType, s);
        }
        return lv;
      };
      if (appliedExtension(ix->target)) {
        auto app = checkExtensionApplication(ix->target, ix->nullAware);
        if (!app) return std::nullopt;
        lv.receiver = app->receiver;
        return extensionIndex(app->ext, app->typeArgs);
      }
      lv.receiver = checkSelectorTarget(ix->target);
      if (ix->nullAware) lv.receiver = shortNullAware(lv.receiver);
      const DartType* rt = lv.receiver->type;
      if (rt->isDynamicLike()) {
        lv.kind = LValue::Kind::Dynamic;
        lv.index = check(ix->index, nullptr);
        lv.readType = lv.writeType = types().dynamicType();
        return lv;
      }
      const DartType* bound = types().nonNullable(ts().resolveToBound(rt));
      Class* cls = bound->kind == TypeKind::Interface ? static_cast<const InterfaceType*>(bound)->cls : nullptr;
      lv.getter = cls ? c_.lookupInterfaceMember(cls, "[]", LookupKind::Getter) : nullptr;
      lv.setter = cls ? c_.lookupInterfaceMember(cls, "[]=", LookupKind::Getter) : nullptr;
      ExtensionMember extensionSetter;
      if (!lv.setter && !lv.getter) {
        if (ExtensionInfo* ext = findExtension(rt, "[]=", false, ix->loc, &extensionSetter)) {
          return extensionIndex(ext, inferExtensionTypeArgs(ext, rt));
        }
      }
      if (!lv.setter) {
        error(ix->loc, "The operator '[]=' isn't defined for the type '" + rt->toString() + "'.");
        return std::nullopt;
      }
      checkNotNullable(lv.receiver, "[]=", ix->loc, "operator");
      const FunctionType* setType = c_.methodType(static_cast<Procedure*>(lv.setter), bound);
      lv.index = checkAssignable(ix->index, setType->positional[0], AssignContext::Argument);
      lv.writeType = setType->positional[1];
      if (lv.getter && lv.getter->memberKind == MemberKind::Procedure) {
        lv.readType = c_.methodType(static_cast<Procedure*>(lv.getter), bound)->returnType;
      }
      return lv;
    }
    case ast::ExprKind::Paren:
      return lvalue(static_cast<ast::ParenExpr*>(target)->inner);
    default:
      error(target->loc, "Illegal assignment target.");
      return std::nullopt;
  }
  // Members: the read and write types.
  const DartType* receiverType = lv.receiver ? types().nonNullable(lv.receiver->type) : nullptr;
  if (lv.kind == LValue::Kind::Extension) {
    // The getter and setter may come from different extensions: each has its own arguments.
    auto typeOf = [&](Procedure* p, std::vector<const DartType*>& args, bool isSetter) -> const DartType* {
      if (!p || !p->function) return nullptr;
      ExtensionInfo* ext = extensionOf(p);
      if (!ext) return nullptr;
      if (!lv.explicitExtension) args = inferExtensionTypeArgs(ext, lv.receiver->type);
      Substitution s;
      for (size_t i = 0; i < args.size() && i < ext->typeParams.size(); ++i) s[ext->typeParams[i]] = args[i];
      const FunctionType* ft = p->function->type;
      return ts().substitute(isSetter ? ft->positional.back() : ft->returnType, s);
    };
    lv.readType = typeOf(lv.extension.getter, lv.getterTypeArgs, false);
    lv.writeType = typeOf(lv.extension.setter, lv.setterTypeArgs, true);
    return lv;
  }
  if (lv.getter) lv.readType = lv.kind == LValue::Kind::Static ? c_.getterType(lv.getter, nullptr) : c_.getterType(lv.getter, receiverType ? receiverType : (cls_ ? cls_->thisType : nullptr));
  if (lv.setter) lv.writeType = lv.kind == LValue::Kind::Static ? c_.setterType(lv.setter, nullptr) : c_.setterType(lv.setter, receiverType ? receiverType : (cls_ ? cls_->thisType : nullptr));
  return lv;
}

Expression* BodyChecker::checkAssignment(ast::AssignmentExpr* e, const DartType* context) {
  bool effect = forEffect_;
  forEffect_ = false;
  bool postfix = postfixValueWanted_;  // consumed here, so nested assignments don't see it
  postfixValueWanted_ = false;
  if (e->pattern) return PatternLowering::assignment(*this, e);
  std::optional<LValue> maybe = lvalue(e->target);
  if (!maybe) {
    check(e->value, nullptr);
    return invalid(e->loc);
  }
  LValue& lv = *maybe;
  SourceLoc loc = e->loc;

  // Evaluates the receiver and index once when the target is read and written.
  bool compound = e->op != ast::AssignOp::Assign;
  std::vector<Variable*> lets;
  // A write whose value is kept in a temporary (index operators, extension setters) binds the
  // receiver and index first, so they are evaluated before the right-hand side, as Dart requires.
  bool valueInTemp = (lv.kind == LValue::Kind::Index && !effect) || (lv.kind == LValue::Kind::Dynamic && lv.index) ||
                     lv.kind == LValue::Kind::Extension;
  auto bindOnce = [&]() {
    if (lv.receiver && (compound || valueInTemp)) {
      lv.receiverTemp = temp(lv.receiver, lv.receiver->loc);
      lets.push_back(lv.receiverTemp);
    }
    if (lv.index && (compound || !effect || valueInTemp)) {
      lv.indexTemp = temp(lv.index, lv.index->loc);
      lets.push_back(lv.indexTemp);
    }
  };
  auto receiver = [&]() -> Expression* { return lv.receiverTemp ? get(lv.receiverTemp, loc) : lv.receiver; };
  auto indexExpr = [&]() -> Expression* { return lv.indexTemp ? get(lv.indexTemp, loc) : lv.index; };
  bindOnce();

  auto read = [&]() -> Expression* {
    switch (lv.kind) {
      case LValue::Kind::Local: return readVariable(lv.variable, lv.loc);
      case LValue::Kind::Static:
        if (!lv.getter) {
          error(lv.loc, "The getter '" + std::string(lv.name) + "' isn't defined.");
          return invalid(lv.loc);
        }
        return staticGet(lv.getter, lv.loc);
      case LValue::Kind::Instance: return instanceGet(receiver(), lv.name, lv.loc, false);
      case LValue::Kind::Super: {
        if (!lv.getter) {
          error(lv.loc, "The getter '" + std::string(lv.name) + "' isn't defined in a superclass.");
          return invalid(lv.loc);
        }
        auto* g = make<kernel::SuperGet>(lv.loc);
        g->target = lv.getter;
        g->type = lv.readType;
        return g;
      }
      case LValue::Kind::SuperIndex: {
        if (!lv.getter || lv.getter->memberKind != MemberKind::Procedure) {
          error(lv.loc, "The operator '[]' isn't defined in a superclass.");
          return invalid(lv.loc);
        }
        auto* call = make<kernel::SuperInvocation>(lv.loc);
        call->target = static_cast<Procedure*>(lv.getter);
        call->arguments = make<kernel::Arguments>(lv.loc);
        call->arguments->positional.push_back(indexExpr());
        call->type = lv.readType;
        return call;
      }
      case LValue::Kind::Dynamic: {
        if (lv.index) {
          auto* d = make<kernel::DynamicInvocation>(lv.loc);
          d->receiver = receiver();
          d->name = "[]";
          d->arguments = make<kernel::Arguments>(lv.loc);
          d->arguments->positional.push_back(indexExpr());
          d->siteId = c_.nextSiteId();
          d->type = types().dynamicType();
          return d;
        }
        auto* d = make<kernel::DynamicGet>(lv.loc);
        d->receiver = receiver();
        d->name = lv.name;
        d->siteId = c_.nextSiteId();
        d->type = types().dynamicType();
        return d;
      }
      case LValue::Kind::Index: {
        if (!lv.getter || lv.getter->memberKind != MemberKind::Procedure) {
          error(lv.loc, "The operator '[]' isn't defined for the type '" + lv.receiver->type->toString() + "'.");
          return invalid(lv.loc);
        }
        auto* ii = make<kernel::InstanceInvocation>(lv.loc);
        ii->receiver = receiver();
        ii->name = "[]";
        ii->interfaceTarget = static_cast<Procedure*>(lv.getter);
        ii->arguments = make<kernel::Arguments>(lv.loc);
        ii->arguments->positional.push_back(indexExpr());
        ii->siteId = c_.nextSiteId();
        ii->type = lv.readType;
        return ii;
      }
      case LValue::Kind::Extension: {
        if (!lv.extension.getter) {
          error(lv.loc, "The getter '" + std::string(lv.name) + "' isn't defined.");
          return invalid(lv.loc);
        }
        auto* si = make<kernel::StaticInvocation>(lv.loc);
        si->target = lv.extension.getter;
        si->arguments = make<kernel::Arguments>(lv.loc);
        si->arguments->types = lv.getterTypeArgs;
        si->arguments->positional.push_back(receiver());
        if (lv.index) si->arguments->positional.push_back(indexExpr());
        si->type = lv.readType;
        return si;
      }
    }
    return invalid(lv.loc);
  };

  // `let tv = value in { call } => tv`: an operator or setter call whose result is the value
  // assigned, kept in `tv` (which the call reads).
  auto afterCall = [&](Expression* call, Variable* tv) -> Expression* {
    auto* block = make<kernel::Block>(loc);
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = call;
    block->statements.push_back(es);
    auto* be = make<kernel::BlockExpr>(loc);
    be->body = block;
    be->value = get(tv, loc);
    be->type = tv->type;
    return let(tv, be);
  };

  // Writes `value` (already checked); the result's value is the assigned value. A setter or
  // `[]=` call is positioned at its target (the property's name, the '['), as the Dart front end
  // positions it: that is where a stack trace shows it.
  auto write = [&](Expression* value) -> Expression* {
    switch (lv.kind) {
      case LValue::Kind::Local: {
        Variable* v = lv.variable;
        if ((v->isFinal || v->isConst) && !v->isLate && (flow_.isAssigned(v) || v->initializer || v->isConst)) {
          error(lv.loc, "The final variable '" + std::string(v->name) + "' can only be set once.");
        } else if (v->isFinal && v->isLate && v->initializer) {
          error(lv.loc, "The final variable '" + std::string(v->name) + "' can only be set once.");
        }
        value = coerce(value, v->type, value->loc, AssignContext::Variable);
        auto* set = make<kernel::VariableSet>(loc);
        set->variable = v;
        set->value = value;
        set->type = value->type;
        noteVariableUse(v);
        flow_.markAssigned(v);
        // Assignment keeps a promotion the value satisfies, or promotes a nullable variable to
        // its non-nullable type; anything else demotes.
        const DartType* promoted = flow_.promotedType(v);
        if (closureWritten_.count(v->name)) {
          flow_.demote(v);
        } else if (promoted && ts().isSubtype(value->type, promoted)) {
          // keep
        } else if (v->type->isNullable() && !value->type->admitsNull() && value->type->kind != TypeKind::Never &&
                   ts().isSubtype(value->type, types().nonNullable(v->type))) {
          flow_.promote(v, types().nonNullable(v->type));
        } else {
          flow_.demote(v);
        }
        return set;
      }
      case LValue::Kind::Static: {
        Member* s = lv.setter;
        if (!s) {
          if (lv.getter && lv.getter->memberKind == MemberKind::Field) {
            error(lv.loc, "'" + std::string(lv.name) + "' can't be used as a setter because it's final.");
          } else {
            error(lv.loc, "The setter '" + std::string(lv.name) + "' isn't defined.");
          }
          return invalid(loc);
        }
        value = coerce(value, lv.writeType, value->loc, AssignContext::Variable);
        auto* set = make<kernel::StaticSet>(lv.loc);
        set->target = s;
        set->value = value;
        set->type = value->type;
        return set;
      }
      case LValue::Kind::Instance:
      case LValue::Kind::Super: {
        Member* s = lv.setter;
        if (!s) {
          bool isField = lv.getter && lv.getter->memberKind == MemberKind::Field;
          bool isMethod = lv.getter && lv.getter->memberKind == MemberKind::Procedure &&
                          static_cast<Procedure*>(lv.getter)->kind == ProcedureKind::Method;
          if (isField) {
            error(lv.loc, "'" + std::string(lv.name) + "' can't be used as a setter because it's final.");
          } else if (isMethod) {
            error(lv.loc, "Methods can't be assigned a value.");
          } else if (lv.getter && lv.getter->enclosingClass) {
            error(lv.loc, "There isn't a setter named '" + std::string(lv.name) + "' in class '" +
                              std::string(lv.getter->enclosingClass->name) + "'.");
          } else {
            error(lv.loc, "The setter '" + std::string(lv.name) + "' isn't defined for the type '" +
                              (lv.receiver ? lv.receiver->type->toString() : thisType()->toString()) + "'.");
          }
          return invalid(loc);
        }
        value = coerce(value, lv.writeType, value->loc, AssignContext::Variable);
        if (lv.kind == LValue::Kind::Super) {
          auto* set = make<kernel::SuperSet>(lv.loc);
          set->target = s;
          set->value = value;
          set->type = value->type;
          return set;
        }
        auto* set = make<kernel::InstanceSet>(lv.loc);
        set->receiver = receiver();
        set->name = lv.name;
        set->interfaceTarget = s;
        set->value = value;
        set->siteId = c_.nextSiteId();
        set->type = value->type;
        return set;
      }
      case LValue::Kind::Dynamic: {
        if (lv.index) {
          Variable* tv = temp(value, value->loc);
          auto* d = make<kernel::DynamicInvocation>(lv.loc);
          d->receiver = receiver();
          d->name = "[]=";
          d->arguments = make<kernel::Arguments>(loc);
          d->arguments->positional.push_back(indexExpr());
          d->arguments->positional.push_back(get(tv, loc));
          d->siteId = c_.nextSiteId();
          d->type = types().dynamicType();
          return afterCall(d, tv);
        }
        auto* d = make<kernel::DynamicSet>(lv.loc);
        d->receiver = receiver();
        d->name = lv.name;
        d->value = value;
        d->siteId = c_.nextSiteId();
        d->type = value->type;
        return d;
      }
      case LValue::Kind::SuperIndex: {
        value = coerce(value, lv.writeType, value->loc, AssignContext::Argument);
        auto* call = make<kernel::SuperInvocation>(loc);
        call->target = static_cast<Procedure*>(lv.setter);
        call->arguments = make<kernel::Arguments>(loc);
        call->arguments->positional.push_back(indexExpr());
        call->type = types().voidType();
        if (effect) {
          call->arguments->positional.push_back(value);
          return call;
        }
        Variable* tv = temp(value, value->loc);
        call->arguments->positional.push_back(get(tv, loc));
        return afterCall(call, tv);
      }
      case LValue::Kind::Index: {
        value = coerce(value, lv.writeType, value->loc, AssignContext::Argument);
        auto* ii = make<kernel::InstanceInvocation>(lv.loc);
        ii->receiver = receiver();
        ii->name = "[]=";
        ii->interfaceTarget = static_cast<Procedure*>(lv.setter);
        ii->arguments = make<kernel::Arguments>(loc);
        ii->arguments->positional.push_back(indexExpr());
        ii->siteId = c_.nextSiteId();
        ii->type = types().voidType();
        if (effect) {
          ii->arguments->positional.push_back(value);
          return ii;
        }
        Variable* tv = temp(value, value->loc);
        ii->arguments->positional.push_back(get(tv, loc));
        return afterCall(ii, tv);
      }
      case LValue::Kind::Extension: {
        if (!lv.extension.setter) {
          error(lv.loc, "The setter '" + std::string(lv.name) + "' isn't defined.");
          return invalid(loc);
        }
        value = coerce(value, lv.writeType, value->loc, AssignContext::Variable);
        Variable* tv = temp(value, value->loc);
        auto* si = make<kernel::StaticInvocation>(loc);
        si->target = lv.extension.setter;
        si->arguments = make<kernel::Arguments>(loc);
        si->arguments->types = lv.setterTypeArgs;
        si->arguments->positional.push_back(receiver());
        if (lv.index) si->arguments->positional.push_back(indexExpr());
        si->arguments->positional.push_back(get(tv, loc));
        si->type = types().voidType();
        return afterCall(si, tv);
      }
    }
    return invalid(loc);
  };

  Expression* result = nullptr;
  if (e->op == ast::AssignOp::Assign) {
    const DartType* ctx = lv.writeType ? lv.writeType : lv.readType;
    Expression* value = check(e->value, ctx);
    result = write(value);
  } else if (e->op == ast::AssignOp::IfNull) {
    Expression* current = read();
    Variable* t = temp(current, loc);
    FlowState before = flow_;
    // On the path where the variable already held a value, that value is not null: `x ??= v`
    // leaves a promotable local non-nullable on both paths.
    if (lv.kind == LValue::Kind::Local && lv.variable && !closureWritten_.count(lv.variable->name) &&
        !lv.variable->isLate && current->type->isNullable()) {
      before.promote(lv.variable, types().nonNullable(current->type));
    }
    Expression* value = check(e->value, lv.writeType);
    Expression* assigned = write(value);
    flow_ = FlowState::join(before, flow_);
    auto* test = make<kernel::EqualsNull>(loc);
    test->operand = get(t, loc);
    test->type = boolType();
    auto* nonNull = get(t, loc);
    nonNull->type = types().nonNullable(current->type);
    auto* c = make<kernel::Conditional>(loc);
    c->condition = test;
    c->thenExpr = assigned;
    c->elseExpr = nonNull;
    c->type = ts().upperBound(types().nonNullable(current->type), assigned->type);
    result = let(t, c);
  } else if (postfix) {
    Expression* current = read();
    Variable* old = temp(current, loc);
    Expression* combined = binaryOperator(get(old, loc), operatorOf(e->op), e->value, nullptr, loc);
    auto* block = make<kernel::Block>(loc);
    auto* es = make<kernel::ExpressionStmt>(loc);
    es->expression = write(combined);
    block->statements.push_back(es);
    auto* be = make<kernel::BlockExpr>(loc);
    be->body = block;
    be->value = get(old, loc);
    be->type = current->type;
    result = let(old, be);
  } else {
    Expression* current = read();
    Expression* combined = binaryOperator(current, operatorOf(e->op), e->value, nullptr, loc);
    result = write(combined);
  }
  for (auto it = lets.rbegin(); it != lets.rend(); ++it) result = let(*it, result);
  return result;
}

Expression* BodyChecker::checkIncDec(ast::Expr* target, bool increment, bool prefix, SourceLoc loc) {
  bool effect = forEffect_;
  forEffect_ = false;
  // `x++` is `x += 1` whose value is the old x; as a statement, the two are the same.
  auto* one = c_.astArena.make<ast::IntLiteralExpr>(loc);
  one->text = "1";
  auto* assign = c_.astArena.make<ast::AssignmentExpr>(loc);
  assign->op = increment ? ast::AssignOp::Add : ast::AssignOp::Sub;
  assign->target = target;
  assign->value = one;
  if (prefix || effect) {
    forEffect_ = effect;
    return checkAssignment(assign, nullptr);
  }
  // Postfix with its value used: the result is the old value, kept in a temporary.
  postfixValueWanted_ = true;
  Expression* result = checkAssignment(assign, nullptr);
  postfixValueWanted_ = false;
  return result;
}

}  // namespace dartc::sema

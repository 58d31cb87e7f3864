// Printing declarations, members, parameters and directives.
#include "syntax/ast_printer_impl.h"

namespace dartc::syntax::printer {

void Printer::param(const FormalParam* p) {
  if (p->isRequired) out += "required ";
  if (p->modifiers.isCovariant) out += "covariant ";
  if (p->modifiers.isFinal) out += "final ";
  if (p->modifiers.isVar) out += "var ";
  if (p->type) {
    type(p->type);
    out += ' ';
  }
  if (p->isThisField) out += "this.";
  if (p->isSuperParam) out += "super.";
  out += p->name;
  if (p->defaultValue) {
    out += " = ";
    expr(p->defaultValue);
  }
}

void Printer::params(const std::vector<FormalParam*>& list) {
  out += '(';
  ParamKind previous = ParamKind::RequiredPositional;
  for (size_t i = 0; i < list.size(); ++i) {
    ParamKind kind = list[i]->kind;
    if (i) out += ", ";
    if (kind != previous || (i == 0 && kind != ParamKind::RequiredPositional)) {
      out += kind == ParamKind::Named ? '{' : '[';
    }
    previous = kind;
    param(list[i]);
  }
  if (previous == ParamKind::Named) out += '}';
  if (previous == ParamKind::OptionalPositional) out += ']';
  out += ')';
}

void Printer::function(const FunctionDecl* fn, const char* head) {
  out += '(';
  out += head;
  if (fn->isExternal) out += " external";
  if (fn->isStatic) out += " static";
  if (fn->isAbstract) out += " abstract";
  switch (fn->functionKind) {
    case FunctionKind::Getter: out += " get"; break;
    case FunctionKind::Setter: out += " set"; break;
    case FunctionKind::Operator: out += " operator"; break;
    case FunctionKind::Function: break;
  }
  if (fn->returnType) {
    out += ' ';
    type(fn->returnType);
  }
  if (!fn->name.empty()) {
    out += ' ';
    out += fn->name;
  }
  typeParams(fn->typeParams);
  if (fn->hasParamList) {
    out += ' ';
    params(fn->params);
  }
  out += asyncText(fn->asyncKind);
  if (fn->arrowBody) {
    out += " => ";
    expr(fn->arrowBody);
  } else if (fn->blockBody) {
    out += ' ';
    stmt(fn->blockBody);
  } else {
    out += " ;";
  }
  out += ')';
}

void Printer::initializer(const Initializer* init) {
  switch (init->kind) {
    case InitializerKind::Field:
      out += "(= ";
      out += init->name;
      out += ' ';
      expr(init->value);
      out += ')';
      break;
    case InitializerKind::Super:
    case InitializerKind::Redirect:
      out += init->kind == InitializerKind::Super ? "(super" : "(this";
      if (!init->name.empty()) {
        out += '.';
        out += init->name;
      }
      args(init->args);
      out += ')';
      break;
    case InitializerKind::Assert:
      out += "(assert ";
      expr(init->value);
      if (init->message) {
        out += ' ';
        expr(init->message);
      }
      out += ')';
      break;
  }
}

void Printer::constructor(const ConstructorDecl* ctor) {
  out += "(ctor";
  if (ctor->isExternal) out += " external";
  if (ctor->isConst) out += " const";
  if (ctor->isFactory) out += " factory";
  out += ' ';
  out += ctor->className;
  if (!ctor->name.empty()) {
    out += '.';
    out += ctor->name;
  }
  out += ' ';
  params(ctor->params);
  if (!ctor->initializers.empty()) {
    out += " (:";
    for (const Initializer* init : ctor->initializers) {
      out += ' ';
      initializer(init);
    }
    out += ')';
  }
  if (ctor->redirectType) {
    out += " = ";
    type(ctor->redirectType);
    if (!ctor->redirectName.empty()) {
      out += '.';
      out += ctor->redirectName;
    }
  } else if (ctor->arrowBody) {
    out += " => ";
    expr(ctor->arrowBody);
  } else if (ctor->blockBody) {
    out += ' ';
    stmt(ctor->blockBody);
  } else {
    out += " ;";
  }
  out += ')';
}

void Printer::field(const FieldDecl* decl, const char* head) {
  out += '(';
  out += head;
  modifiers(decl->modifiers);
  if (decl->type) {
    out += ' ';
    type(decl->type);
  }
  declarators(decl->vars);
  out += ')';
}

void Printer::members(const std::vector<MemberDecl>& list) {
  for (const MemberDecl& member : list) {
    out += ' ';
    if (member.field) field(member.field, "field");
    if (member.method) function(member.method, "method");
    if (member.constructor) constructor(member.constructor);
  }
}

void Printer::typeList(const char* keyword, const std::vector<NamedTypeNode*>& types) {
  if (types.empty()) return;
  out += ' ';
  out += keyword;
  for (size_t i = 0; i < types.size(); ++i) {
    out += i ? ", " : " ";
    type(types[i]);
  }
}

void Printer::annotations(const std::vector<Expr*>& list) {
  for (const Expr* annotation : list) {
    out += '@';
    expr(annotation);
    out += ' ';
  }
}

void Printer::decl(const Decl* node) {
  annotations(node->annotations);
  switch (node->kind) {
    case DeclKind::Class: {
      auto* cls = static_cast<const ClassDecl*>(node);
      out += '(';
      const ClassModifiers& m = cls->modifiers;
      if (m.isAbstract) out += "abstract ";
      if (m.isSealed) out += "sealed ";
      if (m.isBase) out += "base ";
      if (m.isInterface) out += "interface ";
      if (m.isFinal) out += "final ";
      if (m.isMixinClass) out += "mixin ";
      out += "class ";
      out += cls->name;
      typeParams(cls->typeParams);
      if (cls->isAlias) out += " =";
      if (cls->superclass) {
        out += cls->isAlias ? " " : " extends ";
        type(cls->superclass);
      }
      typeList("with", cls->mixins);
      typeList("implements", cls->interfaces);
      members(cls->members);
      out += ')';
      break;
    }
    case DeclKind::Mixin: {
      auto* mixin = static_cast<const MixinDecl*>(node);
      out += mixin->isBase ? "(base mixin " : "(mixin ";
      out += mixin->name;
      typeParams(mixin->typeParams);
      typeList("on", mixin->onTypes);
      typeList("implements", mixin->interfaces);
      members(mixin->members);
      out += ')';
      break;
    }
    case DeclKind::Enum: {
      auto* enumDecl = static_cast<const EnumDecl*>(node);
      out += "(enum ";
      out += enumDecl->name;
      typeParams(enumDecl->typeParams);
      typeList("with", enumDecl->mixins);
      typeList("implements", enumDecl->interfaces);
      out += " (values";
      for (const EnumValueDecl& value : enumDecl->values) {
        out += ' ';
        if (!value.hasArgs && value.constructorName.empty() && value.typeArgs.empty()) {
          out += value.name;
          continue;
        }
        out += '(';
        out += value.name;
        typeArgs(value.typeArgs);
        if (!value.constructorName.empty()) {
          out += '.';
          out += value.constructorName;
        }
        args(value.args);
        out += ')';
      }
      out += ')';
      members(enumDecl->members);
      out += ')';
      break;
    }
    case DeclKind::Extension: {
      auto* extension = static_cast<const ExtensionDecl*>(node);
      out += "(extension";
      if (!extension->name.empty()) {
        out += ' ';
        out += extension->name;
      }
      typeParams(extension->typeParams);
      if (extension->isExtensionType) {
        out += " type";
        if (extension->isConst) out += " const";
        if (!extension->primaryName.empty()) {
          out += " .";
          out += extension->primaryName;
        }
        out += " (";
        if (extension->representation) param(extension->representation);
        out += ')';
        if (!extension->interfaces.empty()) {
          out += " implements";
          for (const NamedTypeNode* i : extension->interfaces) {
            out += ' ';
            type(i);
          }
        }
      } else {
        out += " on ";
        type(extension->onType);
      }
      members(extension->members);
      out += ')';
      break;
    }
    case DeclKind::Typedef: {
      auto* typedefDecl = static_cast<const TypedefDecl*>(node);
      out += "(typedef ";
      out += typedefDecl->name;
      typeParams(typedefDecl->typeParams);
      out += " = ";
      type(typedefDecl->aliased);
      out += ')';
      break;
    }
    case DeclKind::Function:
      function(static_cast<const FunctionDeclaration*>(node)->function, "function");
      break;
    case DeclKind::Variable:
      field(static_cast<const VariableDeclaration*>(node)->field, "variable");
      break;
  }
}

void Printer::directive(const Directive* node) {
  switch (node->kind) {
    case DirectiveKind::Library: out += "(library"; break;
    case DirectiveKind::Import: out += "(import"; break;
    case DirectiveKind::Export: out += "(export"; break;
    case DirectiveKind::Part: out += "(part"; break;
    case DirectiveKind::PartOf: out += "(part-of"; break;
  }
  if (!node->uri.empty()) {
    out += " \"";
    out += node->uri;
    out += '"';
  }
  if (node->isDeferred) out += " deferred";
  if (!node->prefix.empty()) {
    out += " as ";
    out += node->prefix;
  }
  for (const Combinator& combinator : node->combinators) {
    out += combinator.isShow ? " show" : " hide";
    for (Name name : combinator.names) {
      out += ' ';
      out += name;
    }
  }
  out += ')';
}

}  // namespace dartc::syntax::printer

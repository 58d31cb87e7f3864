// Top-level declarations: classes (with modifiers and the alias form), mixins, enums,
// extensions, typedefs, and top-level functions, getters, setters and variables.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

void Parser::parseTopLevel(ast::CompilationUnit* unit) {
  SourceLoc start = here();
  std::vector<ast::Expr*> annotations;
  parseMetadata(annotations);
  if (atDirective()) {
    unit->directives.push_back(parseDirective());
    return;
  }
  ast::Decl* decl = nullptr;
  switch (kind()) {
    case Tok::KwClass: decl = parseClass(start, {}); break;
    case Tok::KwEnum: decl = parseEnum(start); break;
    case Tok::KwTypedef:
      if (isIdentifierToken(peek()) || peek() == Tok::KwVoid || peek() == Tok::LParen) {
        decl = parseTypedef(start);
      }
      break;
    case Tok::KwExtension:
      // `extension type Name(...)` and `extension type const Name(...)`; `extension type on T`
      // and `extension type<T> on T` are extensions named `type`.
      if (isIdentifierToken(peek()) && textOf(pos_ + 1) == "type" &&
          (peek(2) == Tok::KwConst || (isIdentifierToken(peek(2)) && peek(2) != Tok::KwOn))) {
        decl = parseExtensionType(start);
        break;
      }
      // `extension E on`, `extension E<T> on`, and the unnamed `extension on`, `extension<T> on`.
      if (peek() == Tok::KwOn || peek() == Tok::Lt ||
          (isIdentifierToken(peek()) && (peek(2) == Tok::KwOn || peek(2) == Tok::Lt))) {
        decl = parseExtension(start);
      }
      break;
    default: break;
  }
  if (!decl && looksLikeClassModifiers()) decl = parseClassOrMixin(start);
  if (!decl) decl = parseTopLevelFunctionOrVariable(start);
  if (!decl) return;
  if (decl->kind == ast::DeclKind::Function) {
    static_cast<ast::FunctionDeclaration*>(decl)->function->annotations = annotations;
  } else if (decl->kind == ast::DeclKind::Variable) {
    static_cast<ast::VariableDeclaration*>(decl)->field->annotations = annotations;
  }
  decl->annotations = std::move(annotations);
  unit->declarations.push_back(decl);
}

// After metadata, at a modifier: `abstract class`, `sealed class`, `base mixin`, `mixin class`.
ast::Decl* Parser::parseClassOrMixin(SourceLoc start) {
  ast::ClassModifiers modifiers;
  while (true) {
    switch (kind()) {
      case Tok::KwAbstract: modifiers.isAbstract = true; break;
      case Tok::KwBase: modifiers.isBase = true; break;
      case Tok::KwInterface: modifiers.isInterface = true; break;
      case Tok::KwFinal: modifiers.isFinal = true; break;
      case Tok::KwSealed: modifiers.isSealed = true; break;
      case Tok::KwMixin:
        if (peek() == Tok::KwClass) {
          modifiers.isMixinClass = true;
          break;
        }
        return parseMixin(start, modifiers.isBase);
      default:
        if (at(Tok::KwClass)) return parseClass(start, modifiers);
        errorAtCurrent("Expected a declaration, but got '" + describe(pos_) + "'.");
        return nullptr;
    }
    advance();
  }
}

void Parser::parseTypeList(std::vector<ast::NamedTypeNode*>& out) {
  while (true) {
    out.push_back(parseNamedType());
    if (!accept(Tok::Comma)) break;
  }
}

ast::ClassDecl* Parser::parseClass(SourceLoc start, ast::ClassModifiers modifiers) {
  auto* decl = make<ast::ClassDecl>(start);
  decl->modifiers = modifiers;
  advance();  // `class`
  decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  if (at(Tok::Eq)) {
    // `class C = B with M implements I;`
    advance();
    decl->isAlias = true;
    decl->superclass = parseNamedType();
    if (accept(Tok::KwWith)) {
      parseTypeList(decl->mixins);
    } else {
      expect(Tok::KwWith);
    }
    if (accept(Tok::KwImplements)) parseTypeList(decl->interfaces);
    expectSemicolon();
    return decl;
  }
  if (accept(Tok::KwExtends)) decl->superclass = parseNamedType();
  if (accept(Tok::KwWith)) parseTypeList(decl->mixins);
  if (accept(Tok::KwImplements)) parseTypeList(decl->interfaces);
  parseClassBody(decl->members, decl->name, "A class declaration");
  return decl;
}

ast::MixinDecl* Parser::parseMixin(SourceLoc start, bool isBase) {
  auto* decl = make<ast::MixinDecl>(start);
  decl->isBase = isBase;
  advance();  // `mixin`
  decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  if (accept(Tok::KwOn)) parseTypeList(decl->onTypes);
  if (accept(Tok::KwImplements)) parseTypeList(decl->interfaces);
  parseClassBody(decl->members, {}, "A mixin declaration");
  return decl;
}

ast::EnumDecl* Parser::parseEnum(SourceLoc start) {
  auto* decl = make<ast::EnumDecl>(start);
  advance();  // `enum`
  decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  if (accept(Tok::KwWith)) parseTypeList(decl->mixins);
  if (accept(Tok::KwImplements)) parseTypeList(decl->interfaces);
  if (!at(Tok::LBrace)) {
    // Dart's wording, article included.
    errorAtCurrent("Expected a enum body, but got '" + describe(pos_) + "'.");
    return decl;
  }
  size_t open = advance();
  while (!at(Tok::RBrace) && !at(Tok::Semicolon) && !atEof()) {
    size_t before = pos_;
    parseEnumValue(decl);
    if (pos_ == before || !accept(Tok::Comma)) break;
  }
  if (accept(Tok::Semicolon)) parseClassMembers(decl->members, decl->name);
  expectClose(open, Tok::RBrace);
  return decl;
}

// `name`, `name(args)`, `name.named(args)`, `name<int>(args)`, with metadata.
void Parser::parseEnumValue(ast::EnumDecl* decl) {
  ast::EnumValueDecl value;
  parseMetadata(value.annotations);
  value.name = expectIdentifier(&value.loc);
  if (value.name.empty()) return;
  if (at(Tok::Lt)) parseTypeArguments(value.typeArgs);
  if (accept(Tok::Period)) value.constructorName = expectIdentifier();
  if (at(Tok::LParen)) {
    value.hasArgs = true;
    parseArguments(value.args);
  }
  decl->values.push_back(std::move(value));
}

// `extension Name<T> on Type { ... }` or `extension on Type { ... }`.
ast::ExtensionDecl* Parser::parseExtension(SourceLoc start) {
  auto* decl = make<ast::ExtensionDecl>(start);
  advance();  // `extension`
  if (atIdentifier() && !at(Tok::KwOn)) decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  if (accept(Tok::KwOn)) {
    decl->onType = parseType();
  } else {
    expect(Tok::KwOn);
    decl->onType = errorType(here());
  }
  parseClassBody(decl->members, {}, "An extension declaration");
  return decl;
}

// `extension type [const] Name<T>[.ctor](Rep r) [implements I, J] { ... }`. The representation
// declaration is the primary constructor's parameter list, which must be exactly one typed
// required positional parameter without modifiers.
ast::ExtensionDecl* Parser::parseExtensionType(SourceLoc start) {
  auto* decl = make<ast::ExtensionDecl>(start);
  decl->isExtensionType = true;
  advance();  // `extension`
  advance();  // `type`
  decl->isConst = accept(Tok::KwConst);
  decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  decl->primaryLoc = here();
  if (accept(Tok::Period)) decl->primaryName = expectIdentifier(&decl->primaryLoc);
  if (!at(Tok::LParen)) {
    errorAtCurrent("Expected a representation field.");
    return decl;
  }
  size_t open = pos_;
  std::vector<ast::FormalParam*> params;
  parseFormalParameters(params);
  if (params.empty()) {
    error(locOf(open + 1), "Expected a representation field.");
  } else if (params.size() > 1) {
    error(params[1]->loc, "Each extension type should have exactly one representation field.");
  } else {
    ast::FormalParam* p = params[0];
    if (p->modifiers.isFinal || p->modifiers.isVar || p->modifiers.isCovariant || p->modifiers.isConst) {
      error(p->loc, "Representation fields can't have modifiers.");
    } else if (p->kind != ast::ParamKind::RequiredPositional || p->isRequired || p->isThisField || p->isSuperParam) {
      error(p->loc, "Expected a representation field.");
    } else if (!p->type) {
      error(p->loc, "Expected a representation type.");
    } else {
      decl->representation = p;
    }
  }
  if (at(Tok::KwExtends)) {
    errorAtCurrent("An extension type declaration can't have an 'extends' clause.");
    advance();
    parseNamedType();
  }
  if (at(Tok::KwWith)) {
    errorAtCurrent("An extension type declaration can't have a 'with' clause.");
    advance();
    std::vector<ast::NamedTypeNode*> ignored;
    parseTypeList(ignored);
  }
  if (accept(Tok::KwImplements)) parseTypeList(decl->interfaces);
  parseClassBody(decl->members, decl->name, "An extension type declaration");
  return decl;
}

// `typedef F<T> = R Function(T);` or the old form `typedef R F<T>(T x);`.
ast::TypedefDecl* Parser::parseTypedef(SourceLoc start) {
  auto* decl = make<ast::TypedefDecl>(start);
  advance();  // `typedef`
  bool newForm = false;
  if (atIdentifier()) {
    if (peek() == Tok::Eq) {
      newForm = true;
    } else if (peek() == Tok::Lt) {
      size_t afterParams = skipTypeParameters(pos_ + 1);
      newForm = afterParams != kNoIndex && tok(afterParams).kind == Tok::Eq;
    }
  }
  if (newForm) {
    decl->name = expectIdentifier(&decl->nameLoc);
    if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
    advance();  // `=`
    decl->aliased = parseType();
    expectSemicolon();
    return decl;
  }
  ast::TypeNode* returnType = nullptr;
  size_t afterType = skipType(pos_);
  if (afterType != kNoIndex && isIdentifierToken(tok(afterType).kind)) returnType = parseType();
  decl->name = expectIdentifier(&decl->nameLoc);
  if (at(Tok::Lt)) parseTypeParameters(decl->typeParams);
  std::vector<ast::FormalParam*> params;
  if (at(Tok::LParen)) {
    parseFormalParameters(params);
  } else {
    expect(Tok::LParen);
  }
  decl->aliased = functionTypeFromParams(decl->nameLoc, returnType, {}, params);
  expectSemicolon();
  return decl;
}

// Functions, getters, setters and variables at the top level.
ast::Decl* Parser::parseTopLevelFunctionOrVariable(SourceLoc start) {
  bool isExternal = false;
  if (at(Tok::KwExternal) && (isIdentifierToken(peek()) || peek() == Tok::KwVoid ||
                              peek() == Tok::KwFinal || peek() == Tok::LParen)) {
    advance();
    isExternal = true;
  }
  ast::VarModifiers modifiers;
  modifiers.isExternal = isExternal;
  if (at(Tok::KwLate) && (peek() == Tok::KwFinal || peek() == Tok::KwVar ||
                          looksLikeLocalVariable(pos_ + 1))) {
    advance();
    modifiers.isLate = true;
  }
  bool hasVarKeyword = true;
  if (accept(Tok::KwFinal)) {
    modifiers.isFinal = true;
  } else if (accept(Tok::KwConst)) {
    modifiers.isConst = true;
  } else if (accept(Tok::KwVar)) {
    modifiers.isVar = true;
  } else {
    hasVarKeyword = false;
  }
  auto atAccessor = [&] {
    return (at(Tok::KwGet) || at(Tok::KwSet)) && isIdentifierToken(peek());
  };
  ast::TypeNode* type = nullptr;
  if (!modifiers.isVar && !atAccessor()) {
    size_t afterType = skipType(pos_);
    if (afterType != kNoIndex && isIdentifierToken(tok(afterType).kind)) type = parseType();
  }
  if (!hasVarKeyword && !modifiers.isLate) {
    bool isFunction = atIdentifier() && (peek() == Tok::LParen || peek() == Tok::Lt);
    if (atAccessor() || isFunction) {
      auto* fn = make<ast::FunctionDecl>(here());
      fn->returnType = type;
      fn->isExternal = isExternal;
      if (atAccessor()) {
        parseAccessorRest(fn, BodyContext::Declaration);
      } else {
        fn->name = expectIdentifier(&fn->loc);
        parseFunctionRest(fn, BodyContext::Declaration);
      }
      if (!fn->blockBody && !fn->arrowBody && !isExternal && !panic_) {
        error(fn->loc, "Expected a function body or '=>'.");
      }
      auto* decl = make<ast::FunctionDeclaration>(start);
      decl->function = fn;
      return decl;
    }
  }
  if (!atIdentifier()) {
    if (!hasVarKeyword && !type) {
      errorAtCurrent("Expected a declaration, but got '" + describe(pos_) + "'.");
      return nullptr;
    }
    expectedIdentifier();
    return nullptr;
  }
  if (!hasVarKeyword && !type) {
    errorAtCurrent(
        "Variables must be declared using the keywords 'const', 'final', 'var' or a type name.");
  }
  auto* decl = make<ast::VariableDeclaration>(start);
  decl->field = parseFieldRest(modifiers, type, start);
  return decl;
}

}  // namespace dartc::syntax

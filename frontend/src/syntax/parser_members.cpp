// Members of classes, mixins, enums and extensions: fields, methods, getters, setters,
// operators, and constructors of every form (named, const, factory, redirecting, initializer
// lists).
#include "syntax/parser_impl.h"

namespace dartc::syntax {

namespace {

// Modifier keywords that are built-in identifiers (`static`, `late`...) are modifiers only when
// a declaration follows; `int static;` and `static()` use them as names.
bool declarationFollows(Tok next) {
  return isIdentifierToken(next) || next == Tok::KwVoid || next == Tok::KwFinal ||
         next == Tok::KwConst || next == Tok::KwVar || next == Tok::LParen;
}

}  // namespace

void Parser::parseClassBody(std::vector<ast::MemberDecl>& members, ast::Name className,
                            std::string_view what) {
  if (!expectBody(what)) return;
  size_t open = advance();
  parseClassMembers(members, className);
  expectClose(open, Tok::RBrace);
}

void Parser::parseClassMembers(std::vector<ast::MemberDecl>& members, ast::Name className) {
  while (!at(Tok::RBrace) && !atEof()) {
    clearPanic();
    size_t before = pos_;
    parseClassMember(members, className);
    if (panic_) syncMember();
    if (pos_ == before) advance();
  }
}

void Parser::parseClassMember(std::vector<ast::MemberDecl>& members, ast::Name className) {
  SourceLoc start = here();
  std::vector<ast::Expr*> annotations;
  parseMetadata(annotations);
  bool canStartMember = atIdentifier() || at(Tok::KwFinal) || at(Tok::KwConst) ||
                        at(Tok::KwVar) || at(Tok::KwVoid) || at(Tok::LParen);
  if (!canStartMember) {
    errorAtCurrent("Expected a class member, but got '" + describe(pos_) + "'.");
    return;
  }
  ast::VarModifiers modifiers;
  bool isFactory = false;
  SourceLoc abstractLoc;
  while (true) {
    Tok k = kind();
    if (k == Tok::KwFinal) {
      modifiers.isFinal = true;
    } else if (k == Tok::KwConst) {
      modifiers.isConst = true;
    } else if (k == Tok::KwVar) {
      modifiers.isVar = true;
    } else if (!declarationFollows(peek())) {
      break;
    } else if (k == Tok::KwExternal) {
      modifiers.isExternal = true;
    } else if (k == Tok::KwStatic) {
      modifiers.isStatic = true;
    } else if (k == Tok::KwAbstract) {
      modifiers.isAbstract = true;
      abstractLoc = here();
    } else if (k == Tok::KwCovariant) {
      modifiers.isCovariant = true;
    } else if (k == Tok::KwLate) {
      modifiers.isLate = true;
    } else if (k == Tok::KwFactory) {
      isFactory = true;
    } else {
      break;
    }
    advance();
  }

  bool atClassName = !className.empty() && atIdentifier() && textOf(pos_) == className &&
                     (peek() == Tok::LParen || peek() == Tok::Period);
  // Only fields can be `abstract`; methods are abstract by having no body.
  auto rejectAbstract = [&] {
    if (modifiers.isAbstract) {
      error(abstractLoc, "Members of classes can't be declared to be 'abstract'.");
    }
  };
  if (isFactory || atClassName) {
    rejectAbstract();
    ast::ConstructorDecl* ctor = parseConstructor(std::move(annotations), modifiers.isConst,
                                                  isFactory, modifiers.isExternal);
    members.push_back({nullptr, nullptr, ctor});
    return;
  }

  auto atAccessor = [&] {
    return (at(Tok::KwGet) || at(Tok::KwSet)) && isIdentifierToken(peek());
  };
  ast::TypeNode* type = nullptr;
  if (!modifiers.isVar && !atAccessor() && !atOperatorName()) {
    size_t afterType = skipType(pos_);
    if (afterType != kNoIndex && isIdentifierToken(tok(afterType).kind)) type = parseType();
  }
  bool isOperator = atOperatorName();
  bool isMethod = atIdentifier() && (peek() == Tok::LParen || peek() == Tok::Lt);
  if (atAccessor() || isOperator || isMethod) {
    rejectAbstract();
    auto* fn = make<ast::FunctionDecl>(here());
    fn->returnType = type;
    fn->isStatic = modifiers.isStatic;
    fn->isExternal = modifiers.isExternal;
    fn->annotations = std::move(annotations);
    if (isOperator) {
      parseOperatorRest(fn);
    } else if (isMethod) {
      fn->name = expectIdentifier(&fn->loc);
      parseFunctionRest(fn, BodyContext::Declaration);
    } else {
      parseAccessorRest(fn, BodyContext::Declaration);
    }
    fn->isAbstract = !fn->blockBody && !fn->arrowBody && !fn->isExternal;
    members.push_back({nullptr, fn, nullptr});
    return;
  }
  if (!atIdentifier()) {
    errorAtCurrent("Expected a class member, but got '" + describe(pos_) + "'.");
    return;
  }
  if (!type && !modifiers.isVar && !modifiers.isFinal && !modifiers.isConst) {
    errorAtCurrent(
        "Variables must be declared using the keywords 'const', 'final', 'var' or a type name.");
  }
  ast::FieldDecl* field = parseFieldRest(modifiers, type, start);
  field->annotations = std::move(annotations);
  members.push_back({field, nullptr, nullptr});
}

ast::FieldDecl* Parser::parseFieldRest(ast::VarModifiers modifiers, ast::TypeNode* type,
                                       SourceLoc start) {
  auto* field = make<ast::FieldDecl>(start);
  field->modifiers = modifiers;
  field->type = type;
  parseVarDeclarators(field->vars);
  expectSemicolon();
  return field;
}

bool Parser::atOperatorName() const {
  if (!at(Tok::KwOperator)) return false;
  switch (peek()) {
    case Tok::EqEq: case Tok::Plus: case Tok::Minus: case Tok::Star: case Tok::Slash:
    case Tok::Percent: case Tok::TildeSlash: case Tok::Lt: case Tok::LtEq: case Tok::LtLt:
    case Tok::Gt: case Tok::Amp: case Tok::Bar: case Tok::Caret: case Tok::Tilde:
    case Tok::LBracket:
      return true;
    default:
      return false;
  }
}

// At `operator`: `operator ==(Object other)`, `operator [](int i)`, `operator []=(i, v)`,
// `operator -()` (named "unary-"), `operator >>(int n)`.
ast::FunctionDecl* Parser::parseOperatorRest(ast::FunctionDecl* fn) {
  advance();  // `operator`
  fn->functionKind = ast::FunctionKind::Operator;
  fn->loc = here();
  std::string_view name = tokenSpelling(kind());
  size_t tokenCount = 1;
  if (at(Tok::Gt)) {
    BinaryOperator op = binaryOperatorAt(pos_);
    tokenCount = op.tokenCount;
    name = op.op == ast::BinaryOp::UShr ? ">>>" : op.op == ast::BinaryOp::Shr ? ">>"
           : op.op == ast::BinaryOp::Ge ? ">=" : ">";
  } else if (at(Tok::LBracket)) {
    if (peek() != Tok::RBracket) {
      advance();
      expect(Tok::RBracket);
      return fn;
    }
    bool isSetter = peek(2) == Tok::Eq;
    name = isSetter ? "[]=" : "[]";
    tokenCount = isSetter ? 3 : 2;
  }
  for (size_t i = 0; i < tokenCount; ++i) advance();
  fn->name = name;
  parseFunctionRest(fn, BodyContext::Declaration);
  if (fn->name == "-" && fn->params.empty()) fn->name = "unary-";
  return fn;
}

// `C(...)`, `C.named(...)`, `const C(...)`, `factory C.named(...)`, `factory C() = D<T>.named;`,
// `C(...) : field = value, super.named(...), assert(...) { ... }`, `C.other() : this(1);`.
ast::ConstructorDecl* Parser::parseConstructor(std::vector<ast::Expr*> annotations,
                                               bool isConst, bool isFactory, bool isExternal) {
  auto* ctor = make<ast::ConstructorDecl>(here());
  ctor->isConst = isConst;
  ctor->isFactory = isFactory;
  ctor->isExternal = isExternal;
  ctor->annotations = std::move(annotations);
  ctor->className = expectIdentifier(&ctor->loc);
  if (accept(Tok::Period)) {
    if (at(Tok::KwNew)) {
      advance();  // `C.new(...)` declares the unnamed constructor
    } else {
      ctor->name = expectIdentifier();
    }
  }
  if (at(Tok::LParen)) {
    parseFormalParameters(ctor->params);
  } else {
    error(ctor->loc, "A function declaration needs an explicit list of parameters.");
  }
  if (isFactory && at(Tok::Eq)) {
    advance();
    parseConstructorReference(ctor->redirectType, ctor->redirectName);
    expectSemicolon();
    return ctor;
  }
  if (at(Tok::Colon)) parseInitializers(ctor);
  ast::AsyncKind enclosing = asyncKind_;
  asyncKind_ = ast::AsyncKind::Sync;
  if (at(Tok::LBrace)) {
    ctor->blockBody = parseBlock();
  } else if (at(Tok::Arrow)) {
    advance();
    ctor->arrowBody = parseExpression();
    expectSemicolon();
  } else if (!accept(Tok::Semicolon)) {
    errorAtCurrent("Expected a function body, but got '" + describe(pos_) + "'.");
  }
  asyncKind_ = enclosing;
  return ctor;
}

void Parser::parseInitializers(ast::ConstructorDecl* ctor) {
  advance();  // `:`
  while (true) {
    ctor->initializers.push_back(parseInitializer());
    if (!accept(Tok::Comma)) break;
  }
}

ast::Initializer* Parser::parseInitializer() {
  auto* init = make<ast::Initializer>(here());
  // In an initializer list, `(x) {` is the constructor body after a parenthesized value, not a
  // function literal (Dart's rule).
  ScopedFlag initializer(inInitializer_, true);
  if (at(Tok::KwSuper)) {
    advance();
    init->kind = ast::InitializerKind::Super;
    if (accept(Tok::Period)) init->name = expectIdentifier();
    parseArguments(init->args);
  } else if (at(Tok::KwThis)) {
    advance();
    if (accept(Tok::Period)) {
      init->name = expectIdentifier();
      if (at(Tok::LParen)) {
        init->kind = ast::InitializerKind::Redirect;
        parseArguments(init->args);
      } else {
        init->kind = ast::InitializerKind::Field;
        expect(Tok::Eq);
        init->value = parseExpression();
      }
    } else {
      init->kind = ast::InitializerKind::Redirect;
      parseArguments(init->args);
    }
  } else if (at(Tok::KwAssert)) {
    advance();
    init->kind = ast::InitializerKind::Assert;
    if (at(Tok::LParen)) {
      size_t open = advance();
      init->value = parseExpression();
      if (accept(Tok::Comma) && !at(Tok::RParen)) {
        init->message = parseExpression();
        accept(Tok::Comma);
      }
      expectClose(open, Tok::RParen);
    } else {
      expect(Tok::LParen);
    }
  } else if (atIdentifier()) {
    init->kind = ast::InitializerKind::Field;
    init->name = textOf(advance());
    expect(Tok::Eq);
    init->value = parseExpression();
  } else {
    errorAtCurrent("Expected an initializer.");
  }
  return init;
}

// The class and constructor named by `new`, `const` or a redirecting factory: `C`, `C.named`,
// `C<T>`, `C<T>.named`, `p.C<T>`, `p.C.named`. Without type arguments `A.b` is read as class
// `A`, constructor `b`; the checker reinterprets it when `A` is an import prefix.
void Parser::parseConstructorReference(ast::NamedTypeNode*& type, ast::Name& constructorName) {
  type = make<ast::NamedTypeNode>(here());
  if (!atIdentifier()) {
    expectedIdentifier();
    type->name = "dynamic";
    return;
  }
  auto nameAfterPeriod = [&]() -> ast::Name {
    if (at(Tok::KwNew)) {
      advance();
      return {};
    }
    return expectIdentifier();
  };
  ast::Name first = textOf(advance());
  type->name = first;
  if (at(Tok::Lt)) {
    parseTypeArguments(type->typeArgs);
    if (accept(Tok::Period)) constructorName = nameAfterPeriod();
    return;
  }
  if (!at(Tok::Period) || !(isIdentifierToken(peek()) || peek() == Tok::KwNew)) return;
  advance();
  if (at(Tok::KwNew)) {
    advance();
    return;
  }
  ast::Name second = textOf(advance());
  if (at(Tok::Lt) || (at(Tok::Period) && (isIdentifierToken(peek()) || peek() == Tok::KwNew))) {
    type->prefix = first;
    type->name = second;
    if (at(Tok::Lt)) parseTypeArguments(type->typeArgs);
    if (accept(Tok::Period)) constructorName = nameAfterPeriod();
    return;
  }
  constructorName = second;
}

}  // namespace dartc::syntax

// Directives: `library`, `import` (with `deferred`, `as`, `show`, `hide`, configurations),
// `export`, `part`, `part of`. All are parsed; later stages reject what dartc does not support.
#include "syntax/parser_impl.h"
#include "syntax/unicode.h"

namespace dartc::syntax {

bool Parser::atDirective() const {
  switch (kind()) {
    case Tok::KwLibrary: return peek() == Tok::Semicolon || isIdentifierToken(peek());
    case Tok::KwImport:
    case Tok::KwExport: return peek() == Tok::StringSegment;
    case Tok::KwPart: return peek() == Tok::StringSegment || peek() == Tok::KwOf;
    default: return false;
  }
}

ast::Directive* Parser::parseDirective() {
  auto* directive = make<ast::Directive>(here());
  auto dottedName = [&] {
    std::string name(expectIdentifier());
    while (at(Tok::Period) && isIdentifierToken(peek())) {
      advance();
      name += "." + std::string(expectIdentifier());
    }
    return name;
  };
  switch (kind()) {
    case Tok::KwLibrary:
      directive->kind = ast::DirectiveKind::Library;
      advance();
      if (!at(Tok::Semicolon)) directive->libraryName = dottedName();
      break;
    case Tok::KwPart:
      advance();
      if (accept(Tok::KwOf)) {
        directive->kind = ast::DirectiveKind::PartOf;
        if (at(Tok::StringSegment)) {
          directive->uri = parseUri(directive->uriLoc);
        } else {
          directive->uriLoc = here();
          directive->libraryName = dottedName();
        }
      } else {
        directive->kind = ast::DirectiveKind::Part;
        directive->uri = parseUri(directive->uriLoc);
      }
      break;
    default: {
      bool isImport = at(Tok::KwImport);
      directive->kind = isImport ? ast::DirectiveKind::Import : ast::DirectiveKind::Export;
      advance();
      directive->uri = parseUri(directive->uriLoc);
      // Configurable URIs: `if (dart.library.io) 'io.dart'`. Parsed and ignored.
      while (at(Tok::KwIf)) {
        advance();
        if (at(Tok::LParen)) {
          size_t open = advance();
          while (!at(Tok::RParen) && !atEof() && !panic_) {
            if (at(Tok::StringSegment)) {
              parseStringLiteral();
            } else {
              advance();
            }
          }
          expectClose(open, Tok::RParen);
        } else {
          expect(Tok::LParen);
        }
        SourceLoc ignored;
        parseUri(ignored);
      }
      if (isImport && at(Tok::KwDeferred)) {
        advance();
        directive->isDeferred = true;
      }
      if (isImport && accept(Tok::KwAs)) directive->prefix = expectIdentifier();
      while (at(Tok::KwShow) || at(Tok::KwHide)) {
        ast::Combinator combinator;
        combinator.isShow = at(Tok::KwShow);
        advance();
        while (true) {
          ast::Name name = expectIdentifier();
          if (!name.empty()) combinator.names.push_back(name);
          if (!accept(Tok::Comma)) break;
        }
        directive->combinators.push_back(std::move(combinator));
      }
      break;
    }
  }
  expectSemicolon();
  return directive;
}

// A string literal naming a URI, decoded to UTF-8.
std::string Parser::parseUri(SourceLoc& loc) {
  loc = here();
  if (!at(Tok::StringSegment)) {
    errorAtCurrent("Expected a String, but got '" + describe(pos_) + "'.");
    return {};
  }
  auto* literal = static_cast<ast::StringLiteralExpr*>(parseStringLiteral());
  loc = literal->loc;
  std::string uri;
  for (const ast::StringPart& part : literal->parts) {
    if (part.expr) {
      error(loc, "Can't use string interpolation in a URI.");
      break;
    }
    appendUtf8(uri, part.text);
  }
  return uri;
}

}  // namespace dartc::syntax

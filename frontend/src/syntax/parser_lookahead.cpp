// Lookahead: questions about the tokens ahead, answered by index without consuming anything or
// allocating. This is how the parser tells `List<int> x;` (a declaration) from `a < b;`, `(a) =>`
// from `(a)`, and `f<int>(x)` from `a < b > (c)`, the way Dart's own parser decides them.
#include "syntax/parser_impl.h"

namespace dartc::syntax {

namespace {

bool isOpenGroup(Tok k) {
  return k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace || k == Tok::InterpStart;
}

}  // namespace

// The index after the type starting at `i`, or kNoIndex when no type starts there.
size_t Parser::skipType(size_t i, int depth) const {
  if (depth > kMaxNesting) return kNoIndex;
  Tok k = tok(i).kind;
  bool functionWithoutReturnType =
      k == Tok::KwFunction && (tok(i + 1).kind == Tok::LParen || tok(i + 1).kind == Tok::Lt);
  if (functionWithoutReturnType) {
    // handled by the loop below
  } else if (k == Tok::KwVoid) {
    ++i;
  } else if (k == Tok::LParen) {
    i = skipRecordType(i, depth + 1);
    if (i == kNoIndex) return kNoIndex;
    if (tok(i).kind == Tok::Question) ++i;
  } else if (isIdentifierToken(k) && k != Tok::KwAwait) {
    ++i;
    if (tok(i).kind == Tok::Period && isIdentifierToken(tok(i + 1).kind)) i += 2;
    if (tok(i).kind == Tok::Lt) {
      i = skipTypeArguments(i, depth + 1);
      if (i == kNoIndex) return kNoIndex;
    }
    if (tok(i).kind == Tok::Question) ++i;
  } else {
    return kNoIndex;
  }
  // `R Function(...)`, possibly chained: `int Function(int) Function()`.
  while (tok(i).kind == Tok::KwFunction &&
         (tok(i + 1).kind == Tok::LParen || tok(i + 1).kind == Tok::Lt)) {
    ++i;
    if (tok(i).kind == Tok::Lt) {
      i = skipTypeParameters(i);
      if (i == kNoIndex) return kNoIndex;
    }
    if (tok(i).kind != Tok::LParen) return kNoIndex;
    uint32_t match = tok(i).match;
    if (match == kNoMatch || match < i) return kNoIndex;
    i = match + 1;
    if (tok(i).kind == Tok::Question) ++i;
  }
  return i;
}

// `(int, String name, {bool flag})`: i is at `(`.
size_t Parser::skipRecordType(size_t i, int depth) const {
  if (depth > kMaxNesting) return kNoIndex;
  uint32_t close = tok(i).match;
  if (close == kNoMatch || close < i) return kNoIndex;
  ++i;
  while (i < close) {
    if (tok(i).kind == Tok::LBrace) {
      uint32_t braceClose = tok(i).match;
      if (braceClose == kNoMatch || braceClose + 1 != close) return kNoIndex;
      ++i;
      while (i < braceClose) {
        i = skipType(i, depth + 1);
        if (i == kNoIndex || !isIdentifierToken(tok(i).kind)) return kNoIndex;
        ++i;
        if (tok(i).kind == Tok::Comma) ++i;
        else if (i != braceClose) return kNoIndex;
      }
      return close + 1;
    }
    i = skipType(i, depth + 1);
    if (i == kNoIndex) return kNoIndex;
    if (isIdentifierToken(tok(i).kind)) ++i;
    if (tok(i).kind == Tok::Comma) ++i;
    else if (i != close) return kNoIndex;
  }
  return close + 1;
}

// `<T, Map<K, V>>`: i is at `<`.
size_t Parser::skipTypeArguments(size_t i, int depth) const {
  ++i;
  while (true) {
    i = skipType(i, depth + 1);
    if (i == kNoIndex) return kNoIndex;
    if (tok(i).kind == Tok::Comma) {
      ++i;
    } else if (tok(i).kind == Tok::Gt) {
      return i + 1;
    } else {
      return kNoIndex;
    }
  }
}

// `<T extends Comparable<T>, U>`: i is at `<`.
size_t Parser::skipTypeParameters(size_t i) const {
  ++i;
  while (true) {
    while (tok(i).kind == Tok::At) {  // metadata on a type parameter
      ++i;
      while (isIdentifierToken(tok(i).kind) || tok(i).kind == Tok::Period) ++i;
      if (tok(i).kind == Tok::LParen) {
        uint32_t match = tok(i).match;
        if (match == kNoMatch || match < i) return kNoIndex;
        i = match + 1;
      }
    }
    if (!isIdentifierToken(tok(i).kind)) return kNoIndex;
    ++i;
    if (tok(i).kind == Tok::KwExtends) {
      i = skipType(i + 1, 1);
      if (i == kNoIndex) return kNoIndex;
    }
    if (tok(i).kind == Tok::Comma) {
      ++i;
    } else if (tok(i).kind == Tok::Gt) {
      return i + 1;
    } else {
      return kNoIndex;
    }
  }
}

// After `expr<...>`, these tokens make the `<...>` type arguments rather than comparisons
// (Dart's rule for explicit instantiation: `f<a, b>(c)` is a generic call).
bool Parser::isTypeArgumentFollower(Tok k) const {
  switch (k) {
    case Tok::LParen: case Tok::RParen: case Tok::RBracket: case Tok::RBrace:
    case Tok::InterpEnd: case Tok::Colon: case Tok::Semicolon: case Tok::Comma:
    case Tok::Period: case Tok::Question: case Tok::EqEq: case Tok::BangEq:
    case Tok::PeriodPeriod: case Tok::QuestionPeriod: case Tok::QuestionQuestion:
    case Tok::QuestionPeriodPeriod: case Tok::Amp: case Tok::Bar: case Tok::Caret:
    case Tok::Plus: case Tok::Star: case Tok::Percent: case Tok::Slash: case Tok::TildeSlash:
    case Tok::EndOfFile:
      return true;
    default:
      return false;
  }
}

bool Parser::looksLikeTypeArguments(size_t i) const {
  if (tok(i).kind != Tok::Lt) return false;
  size_t end = skipTypeArguments(i);
  return end != kNoIndex && isTypeArgumentFollower(tok(end).kind);
}

// Is the `?` at `questionIndex` the start of a conditional `? a : b` (rather than a nullable type
// or a null-aware index `?[`)? Scans for a matching `:` at the same bracket depth.
bool Parser::looksLikeConditional(size_t questionIndex) const {
  int pending = 1;
  size_t i = questionIndex + 1;
  // Bounded so that pathological input stays linear enough.
  for (size_t steps = 0; i < eof_ && steps < 10000; ++steps) {
    const Token& t = tokens_[i];
    if (isOpenGroup(t.kind)) {
      if (t.match == kNoMatch || t.match < i) return false;
      i = t.match + 1;
      continue;
    }
    switch (t.kind) {
      case Tok::Question: ++pending; break;
      case Tok::Colon:
        if (--pending == 0) return true;
        break;
      case Tok::Semicolon: case Tok::Comma: case Tok::RParen: case Tok::RBracket:
      case Tok::RBrace: case Tok::InterpEnd:
        return false;
      default: break;
    }
    ++i;
  }
  return false;
}

// `(params) =>`, `(params) {`, `(params) async {`, `<T>(params) => ...` at i.
bool Parser::isFunctionExpressionAt(size_t i) const {
  if (tok(i).kind == Tok::Lt) {
    i = skipTypeParameters(i);
    if (i == kNoIndex) return false;
  }
  if (tok(i).kind != Tok::LParen) return false;
  uint32_t close = tok(i).match;
  if (close == kNoMatch || close < i) return false;
  Tok after = tok(close + 1).kind;
  if (after == Tok::Arrow) return true;
  // In an initializer list `: x = (a) {` ends with the constructor body (Dart's rule).
  if (inInitializer_) return after == Tok::KwAsync && tok(close + 2).kind == Tok::Arrow;
  if (after == Tok::LBrace) return true;
  Tok afterModifier = tok(close + 2).kind;
  if (after == Tok::KwAsync) {
    return afterModifier == Tok::Arrow || afterModifier == Tok::LBrace ||
           afterModifier == Tok::Star;
  }
  return after == Tok::KwSync && afterModifier == Tok::Star;
}

// `Type name =`, `Type name;`, `Type name,`, `Type name in` (for-in) at i.
bool Parser::looksLikeLocalVariable(size_t i) const {
  size_t nameIndex = skipType(i);
  if (nameIndex == kNoIndex || !isIdentifierToken(tok(nameIndex).kind)) return false;
  // `c ? b = x : y;` is a conditional expression, not a declaration of `b` with type `c?`: the
  // `?` has its `:` (the way Dart's parser tells them apart).
  if (tok(nameIndex - 1).kind == Tok::Question && looksLikeConditional(nameIndex - 1)) return false;
  const Token& after = tok(nameIndex + 1);
  switch (after.kind) {
    case Tok::Eq: case Tok::Semicolon: case Tok::Comma: case Tok::KwIn: return true;
    default: break;
  }
  // `int x` followed by a line break: a declaration missing its `;`.
  return after.has(kNewlineBefore) && (isIdentifierToken(after.kind) || isReservedWord(after.kind));
}

// `name(...) {`, `name<T>(...) =>`, `Type name(...)` at i.
bool Parser::looksLikeLocalFunction(size_t i) const {
  auto bodyFollows = [&](size_t paren) {
    uint32_t close = tok(paren).match;
    if (close == kNoMatch || close < paren) return false;
    Tok after = tok(close + 1).kind;
    return after == Tok::Arrow || after == Tok::LBrace || after == Tok::KwAsync ||
           (after == Tok::KwSync && tok(close + 2).kind == Tok::Star);
  };
  if (isIdentifierToken(tok(i).kind)) {
    size_t j = i + 1;
    if (tok(j).kind == Tok::Lt) j = skipTypeParameters(j);
    if (j != kNoIndex && tok(j).kind == Tok::LParen && bodyFollows(j)) return true;
  }
  size_t nameIndex = skipType(i);
  if (nameIndex == kNoIndex || !isIdentifierToken(tok(nameIndex).kind)) return false;
  size_t j = nameIndex + 1;
  if (tok(j).kind == Tok::Lt) {
    j = skipTypeParameters(j);
    if (j == kNoIndex) return false;
  }
  // A type, a name and a parameter list cannot be anything but a function declaration, except
  // `e as (int, int);`: a cast to a record type, unless a body follows (a function named `as`).
  if (tok(nameIndex).kind == Tok::KwAs) return tok(j).kind == Tok::LParen && bodyFollows(j);
  return tok(j).kind == Tok::LParen;
}

// `Name(`, `prefix.Name(`, `Name<T>(` at i: an object pattern.
bool Parser::looksLikeObjectPattern(size_t i) const {
  if (!isIdentifierToken(tok(i).kind)) return false;
  ++i;
  if (tok(i).kind == Tok::Period && isIdentifierToken(tok(i + 1).kind)) i += 2;
  if (tok(i).kind == Tok::Lt) {
    i = skipTypeArguments(i);
    if (i == kNoIndex) return false;
  }
  return tok(i).kind == Tok::LParen;
}

// `var (a, b)`, `final [x, y]`, `var {'k': v}`, `final Point(:x)` at i (the `var`/`final`),
// as opposed to `final (int, int) pair` (a record type followed by a name).
bool Parser::looksLikePatternDeclaration(size_t i) const {
  Tok next = tok(i + 1).kind;
  if (next == Tok::LBracket || next == Tok::LBrace) return true;
  if (next == Tok::LParen) {
    size_t afterType = skipType(i + 1);
    return afterType == kNoIndex || !isIdentifierToken(tok(afterType).kind);
  }
  return looksLikeObjectPattern(i + 1);
}

// `abstract class`, `sealed class`, `base mixin M`, `mixin class`, `final class`...
bool Parser::looksLikeClassModifiers() const {
  size_t i = pos_;
  auto isModifier = [](Tok k) {
    return k == Tok::KwAbstract || k == Tok::KwBase || k == Tok::KwInterface ||
           k == Tok::KwFinal || k == Tok::KwSealed || k == Tok::KwMixin;
  };
  while (isModifier(tok(i).kind) && i < pos_ + 6) ++i;
  if (i == pos_) return false;
  if (tok(i).kind == Tok::KwClass) return true;
  return tok(i - 1).kind == Tok::KwMixin && isIdentifierToken(tok(i).kind);
}

bool Parser::startsStatement(Tok k) const {
  if (isIdentifierToken(k)) return true;
  switch (k) {
    case Tok::KwVar: case Tok::KwFinal: case Tok::KwConst: case Tok::KwIf: case Tok::KwFor:
    case Tok::KwWhile: case Tok::KwDo: case Tok::KwSwitch: case Tok::KwReturn: case Tok::KwTry:
    case Tok::KwBreak: case Tok::KwContinue: case Tok::KwThrow: case Tok::KwAssert:
    case Tok::KwVoid: case Tok::KwThis: case Tok::KwSuper: case Tok::KwRethrow:
      return true;
    default:
      return false;
  }
}

bool Parser::startsExpression(Tok k) const {
  if (isIdentifierToken(k)) return true;
  switch (k) {
    case Tok::IntLiteral: case Tok::DoubleLiteral: case Tok::StringSegment: case Tok::KwTrue:
    case Tok::KwFalse: case Tok::KwNull: case Tok::KwThis: case Tok::KwSuper: case Tok::KwNew:
    case Tok::KwConst: case Tok::KwThrow: case Tok::KwSwitch: case Tok::LParen:
    case Tok::LBracket: case Tok::LBrace: case Tok::Lt: case Tok::Bang: case Tok::Minus:
    case Tok::Tilde: case Tok::PlusPlus: case Tok::MinusMinus: case Tok::Hash:
      return true;
    default:
      return false;
  }
}

// The binary operator at i, if any. `>`-based operators are assembled from adjacent `>` and `=`
// tokens (see token.h); `>>=` and `>>>=` are assignments, not binary operators.
Parser::BinaryOperator Parser::binaryOperatorAt(size_t i) const {
  using ast::BinaryOp;
  auto simple = [](int precedence, BinaryOp op) {
    BinaryOperator result;
    result.precedence = precedence;
    result.op = op;
    return result;
  };
  auto joined = [&](size_t index, Tok next) {
    return tok(index).has(kJoinedNext) && tok(index + 1).kind == next;
  };
  switch (tok(i).kind) {
    case Tok::QuestionQuestion: return simple(kIfNullPrecedence, BinaryOp::IfNull);
    case Tok::BarBar: return simple(kLogicalOrPrecedence, BinaryOp::LogicalOr);
    case Tok::AmpAmp: return simple(kLogicalAndPrecedence, BinaryOp::LogicalAnd);
    case Tok::EqEq: return simple(kEqualityPrecedence, BinaryOp::Eq);
    case Tok::BangEq: return simple(kEqualityPrecedence, BinaryOp::Ne);
    case Tok::Lt: return simple(kRelationalPrecedence, BinaryOp::Lt);
    case Tok::LtEq: return simple(kRelationalPrecedence, BinaryOp::Le);
    case Tok::Gt: {
      if (joined(i, Tok::Gt)) {
        if (joined(i + 1, Tok::Gt)) {
          if (joined(i + 2, Tok::Eq)) return {};  // `>>>=`
          BinaryOperator result = simple(kShiftPrecedence, BinaryOp::UShr);
          result.tokenCount = 3;
          return result;
        }
        if (joined(i + 1, Tok::Eq)) return {};  // `>>=`
        BinaryOperator result = simple(kShiftPrecedence, BinaryOp::Shr);
        result.tokenCount = 2;
        return result;
      }
      if (joined(i, Tok::Eq)) {
        BinaryOperator result = simple(kRelationalPrecedence, BinaryOp::Ge);
        result.tokenCount = 2;
        return result;
      }
      return simple(kRelationalPrecedence, BinaryOp::Gt);
    }
    case Tok::KwIs: {
      BinaryOperator result = simple(kRelationalPrecedence, BinaryOp::Lt);
      result.isIs = true;
      return result;
    }
    case Tok::KwAs: {
      BinaryOperator result = simple(kRelationalPrecedence, BinaryOp::Lt);
      result.isAs = true;
      return result;
    }
    case Tok::Bar: return simple(kBitOrPrecedence, BinaryOp::BitOr);
    case Tok::Caret: return simple(kBitXorPrecedence, BinaryOp::BitXor);
    case Tok::Amp: return simple(kBitAndPrecedence, BinaryOp::BitAnd);
    case Tok::LtLt: return simple(kShiftPrecedence, BinaryOp::Shl);
    case Tok::Plus: return simple(kAdditivePrecedence, BinaryOp::Add);
    case Tok::Minus: return simple(kAdditivePrecedence, BinaryOp::Sub);
    case Tok::Star: return simple(kMultiplicativePrecedence, BinaryOp::Mul);
    case Tok::Slash: return simple(kMultiplicativePrecedence, BinaryOp::Div);
    case Tok::Percent: return simple(kMultiplicativePrecedence, BinaryOp::Mod);
    case Tok::TildeSlash: return simple(kMultiplicativePrecedence, BinaryOp::TruncDiv);
    default: return {};
  }
}

bool Parser::assignmentOperatorAt(size_t i, ast::AssignOp& op, size_t& tokenCount) const {
  using ast::AssignOp;
  tokenCount = 1;
  switch (tok(i).kind) {
    case Tok::Eq: op = AssignOp::Assign; return true;
    case Tok::PlusEq: op = AssignOp::Add; return true;
    case Tok::MinusEq: op = AssignOp::Sub; return true;
    case Tok::StarEq: op = AssignOp::Mul; return true;
    case Tok::SlashEq: op = AssignOp::Div; return true;
    case Tok::TildeSlashEq: op = AssignOp::TruncDiv; return true;
    case Tok::PercentEq: op = AssignOp::Mod; return true;
    case Tok::LtLtEq: op = AssignOp::Shl; return true;
    case Tok::AmpEq: op = AssignOp::BitAnd; return true;
    case Tok::BarEq: op = AssignOp::BitOr; return true;
    case Tok::CaretEq: op = AssignOp::BitXor; return true;
    case Tok::QuestionQuestionEq: op = AssignOp::IfNull; return true;
    case Tok::Gt: {
      auto joined = [&](size_t index, Tok next) {
        return tok(index).has(kJoinedNext) && tok(index + 1).kind == next;
      };
      if (!joined(i, Tok::Gt)) return false;
      if (joined(i + 1, Tok::Eq)) {
        op = AssignOp::Shr;
        tokenCount = 3;
        return true;
      }
      if (joined(i + 1, Tok::Gt) && joined(i + 2, Tok::Eq)) {
        op = AssignOp::UShr;
        tokenCount = 4;
        return true;
      }
      return false;
    }
    default: return false;
  }
}

}  // namespace dartc::syntax

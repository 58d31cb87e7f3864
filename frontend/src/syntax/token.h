// Tokens: what the lexer produces and the parser consumes. A token is 16 bytes: its kind, a few
// flags, and where its text lies in the source. The parser reads identifier and literal text
// straight from the source through these offsets, so tokens never own strings.
#pragma once

#include <cstdint>
#include <string_view>

namespace dartc::syntax {

enum class Tok : uint8_t {
  EndOfFile,
  Identifier,
  IntLiteral,
  DoubleLiteral,

  // A string literal is a run of tokens: StringSegment ((InterpIdent | InterpStart ... InterpEnd)
  // StringSegment)*. The text of a segment is the raw source between quotes and interpolations;
  // the last segment of a literal carries kLastSegment.
  StringSegment,
  InterpIdent,  // `$name` or `$this` inside a string; the token covers the name only
  InterpStart,  // `${`
  InterpEnd,    // the `}` closing `${`

  // Punctuation. `>` is always a single character; `>=`, `>>`, `>>=`, `>>>`, `>>>=` are formed by
  // the parser from adjacent tokens (kJoinedNext), so that `List<List<int>>` needs no splitting.
  LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  Semicolon, Colon, Comma,
  Period, PeriodPeriod, Ellipsis, EllipsisQuestion,
  Question, QuestionPeriod, QuestionPeriodPeriod, QuestionQuestion, QuestionQuestionEq,
  Eq, EqEq, BangEq, Arrow, Bang,
  Plus, Minus, Star, Slash, Percent, TildeSlash,
  PlusPlus, MinusMinus,
  PlusEq, MinusEq, StarEq, SlashEq, PercentEq, TildeSlashEq,
  Lt, LtEq, LtLt, LtLtEq, Gt,
  Amp, AmpAmp, AmpEq, Bar, BarBar, BarEq, Caret, CaretEq, Tilde,
  At, Hash,

  // Reserved words: never identifiers.
  KwAssert, KwBreak, KwCase, KwCatch, KwClass, KwConst, KwContinue, KwDefault, KwDo, KwElse,
  KwEnum, KwExtends, KwFalse, KwFinal, KwFinally, KwFor, KwIf, KwIn, KwIs, KwNew, KwNull,
  KwRethrow, KwReturn, KwSuper, KwSwitch, KwThis, KwThrow, KwTrue, KwTry, KwVar, KwVoid,
  KwWhile, KwWith,

  // Built-in identifiers: identifiers everywhere except as type names.
  KwAbstract, KwAs, KwCovariant, KwDeferred, KwDynamic, KwExport, KwExtension, KwExternal,
  KwFactory, KwFunction, KwGet, KwImplements, KwImport, KwInterface, KwLate, KwLibrary, KwMixin,
  KwOperator, KwPart, KwRequired, KwSet, KwStatic, KwTypedef,

  // Contextual keywords: ordinary identifiers outside the construct that gives them meaning.
  KwAsync, KwAwait, KwBase, KwHide, KwOf, KwOn, KwSealed, KwShow, KwSync, KwWhen, KwYield,
};

inline constexpr Tok kFirstReserved = Tok::KwAssert;
inline constexpr Tok kLastReserved = Tok::KwWith;
inline constexpr Tok kFirstBuiltIn = Tok::KwAbstract;
inline constexpr Tok kLastContextual = Tok::KwYield;

// Token flags.
inline constexpr uint8_t kNewlineBefore = 1;  // a line break precedes the token
inline constexpr uint8_t kJoinedNext = 2;     // `>` immediately followed by `>` or `=`
inline constexpr uint8_t kLastSegment = 4;    // StringSegment: the literal ends here
inline constexpr uint8_t kRawString = 8;      // StringSegment of an `r'...'` literal
inline constexpr uint8_t kUnterminated = 16;  // last StringSegment of an unterminated literal

inline constexpr uint32_t kNoMatch = ~0u;

struct Token {
  Tok kind = Tok::EndOfFile;
  uint8_t flags = 0;
  uint32_t offset = 0;
  uint32_t length = 0;
  // For ( [ { and `${`: the index of the closing partner, and for closers the opener's index;
  // kNoMatch when unbalanced. Lets the parser skip a bracketed group in O(1).
  // For the first StringSegment of a literal: the offset where the literal starts (its `r` or
  // opening quote), since the segment's own text starts after the quotes.
  uint32_t match = kNoMatch;

  bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

inline bool isReservedWord(Tok k) { return k >= kFirstReserved && k <= kLastReserved; }
inline bool isBuiltInOrContextual(Tok k) { return k >= kFirstBuiltIn && k <= kLastContextual; }
// True for tokens that can name a variable, parameter or member.
inline bool isIdentifierToken(Tok k) { return k == Tok::Identifier || isBuiltInOrContextual(k); }

// The keyword spelled by `text`, or Tok::Identifier.
Tok keywordKind(std::string_view text);
// Fixed spelling of punctuation and keywords (`";"`, `"class"`); empty for variable tokens.
std::string_view tokenSpelling(Tok k);

}  // namespace dartc::syntax

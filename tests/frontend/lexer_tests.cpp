// Lexer tests: tokens, literals, comments, strings and escapes, interpolation, bracket matching,
// and lexical errors with their positions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "syntax/lexer.h"
#include "syntax/string_decoder.h"
#include "syntax/token.h"

using namespace dartc;
using namespace dartc::syntax;

namespace {

struct Lexed {
  explicit Lexed(std::string source) : diags(sources) {
    diags.setEcho(false);
    file = sources.add("test.dart", std::move(source));
    tokens = lex(file, sources.file(file).text(), diags);
  }

  std::string text(size_t i) const {
    return std::string(sources.file(file).text().substr(tokens[i].offset, tokens[i].length));
  }

  // "line:col: message" for every diagnostic.
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all()) {
      LineCol lc = sources.file(file).lineCol(d.loc.offset);
      out.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message);
    }
    return out;
  }

  SourceManager sources;
  Diagnostics diags;
  FileId file;
  std::vector<Token> tokens;
};

std::vector<Tok> kinds(const std::string& source) {
  Lexed lexed(source);
  std::vector<Tok> out;
  for (const Token& t : lexed.tokens) out.push_back(t.kind);
  return out;
}

// The decoded value of a single-segment string literal, as UTF-16.
std::u16string decoded(const std::string& literal) {
  Lexed lexed(literal);
  REQUIRE(lexed.tokens.size() >= 2);
  REQUIRE(lexed.tokens[0].kind == Tok::StringSegment);
  std::u16string out;
  decodeStringSegment(lexed.text(0), lexed.tokens[0].has(kRawString), out);
  return out;
}

std::vector<std::string> errorsOf(const std::string& source) { return Lexed(source).errors(); }

}  // namespace

TEST_CASE("lexer: empty input is just end of file") {
  CHECK(kinds("") == std::vector<Tok>{Tok::EndOfFile});
  CHECK(kinds("   \n\t  \r\n") == std::vector<Tok>{Tok::EndOfFile});
}

TEST_CASE("lexer: identifiers may contain $ and _") {
  Lexed lexed("foo $bar _baz a1 $ _ __x$y");
  REQUIRE(lexed.tokens.size() == 8);
  for (size_t i = 0; i < 7; ++i) CHECK(lexed.tokens[i].kind == Tok::Identifier);
  CHECK(lexed.text(1) == "$bar");
  CHECK(lexed.text(6) == "__x$y");
}

TEST_CASE("lexer: reserved words, built-in identifiers and contextual keywords") {
  CHECK(kinds("class if var void with this super") ==
        std::vector<Tok>{Tok::KwClass, Tok::KwIf, Tok::KwVar, Tok::KwVoid, Tok::KwWith,
                         Tok::KwThis, Tok::KwSuper, Tok::EndOfFile});
  CHECK(kinds("abstract Function dynamic late required typedef") ==
        std::vector<Tok>{Tok::KwAbstract, Tok::KwFunction, Tok::KwDynamic, Tok::KwLate,
                         Tok::KwRequired, Tok::KwTypedef, Tok::EndOfFile});
  CHECK(kinds("async await yield on show hide of when sealed base sync") ==
        std::vector<Tok>{Tok::KwAsync, Tok::KwAwait, Tok::KwYield, Tok::KwOn, Tok::KwShow,
                         Tok::KwHide, Tok::KwOf, Tok::KwWhen, Tok::KwSealed, Tok::KwBase,
                         Tok::KwSync, Tok::EndOfFile});
  // Near misses stay identifiers.
  CHECK(kinds("Class function classes _class") ==
        std::vector<Tok>{Tok::Identifier, Tok::Identifier, Tok::Identifier, Tok::Identifier,
                         Tok::EndOfFile});
  CHECK(isIdentifierToken(Tok::KwAwait));
  CHECK(isIdentifierToken(Tok::KwDynamic));
  CHECK_FALSE(isIdentifierToken(Tok::KwClass));
}

TEST_CASE("lexer: punctuation and operators") {
  CHECK(kinds("... ...? ?.. ?. ?? ?\?= => == != ! ~/ ~/= ~ << <<= <= < ..") ==
        std::vector<Tok>{Tok::Ellipsis, Tok::EllipsisQuestion, Tok::QuestionPeriodPeriod,
                         Tok::QuestionPeriod, Tok::QuestionQuestion, Tok::QuestionQuestionEq,
                         Tok::Arrow, Tok::EqEq, Tok::BangEq, Tok::Bang, Tok::TildeSlash,
                         Tok::TildeSlashEq, Tok::Tilde, Tok::LtLt, Tok::LtLtEq, Tok::LtEq,
                         Tok::Lt, Tok::PeriodPeriod, Tok::EndOfFile});
  CHECK(kinds("+ ++ += - -- -= * *= / /= % %= & && &= | || |= ^ ^= @ # ; : , .") ==
        std::vector<Tok>{Tok::Plus, Tok::PlusPlus, Tok::PlusEq, Tok::Minus, Tok::MinusMinus,
                         Tok::MinusEq, Tok::Star, Tok::StarEq, Tok::Slash, Tok::SlashEq,
                         Tok::Percent, Tok::PercentEq, Tok::Amp, Tok::AmpAmp, Tok::AmpEq,
                         Tok::Bar, Tok::BarBar, Tok::BarEq, Tok::Caret, Tok::CaretEq, Tok::At,
                         Tok::Hash, Tok::Semicolon, Tok::Colon, Tok::Comma, Tok::Period,
                         Tok::EndOfFile});
}

TEST_CASE("lexer: '>' is always a single token, joined to a following '>' or '='") {
  Lexed lexed("a >>= b >> c > d >= e > > f");
  std::vector<Tok> expected{Tok::Identifier, Tok::Gt, Tok::Gt, Tok::Eq, Tok::Identifier,
                            Tok::Gt, Tok::Gt, Tok::Identifier, Tok::Gt, Tok::Identifier,
                            Tok::Gt, Tok::Eq, Tok::Identifier, Tok::Gt, Tok::Gt,
                            Tok::Identifier, Tok::EndOfFile};
  REQUIRE(lexed.tokens.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) CHECK(lexed.tokens[i].kind == expected[i]);
  CHECK(lexed.tokens[1].has(kJoinedNext));
  CHECK(lexed.tokens[2].has(kJoinedNext));
  CHECK_FALSE(lexed.tokens[8].has(kJoinedNext));
  CHECK(lexed.tokens[10].has(kJoinedNext));
  CHECK_FALSE(lexed.tokens[13].has(kJoinedNext));
}

TEST_CASE("lexer: integer literals keep their text") {
  Lexed lexed("0 42 1_000_000 0x1F 0XFF_FF 1__0");
  REQUIRE(lexed.tokens.size() == 7);
  for (size_t i = 0; i < 6; ++i) CHECK(lexed.tokens[i].kind == Tok::IntLiteral);
  CHECK(lexed.text(2) == "1_000_000");
  CHECK(lexed.text(3) == "0x1F");
  CHECK(lexed.text(4) == "0XFF_FF");
  CHECK(lexed.errors().empty());
}

TEST_CASE("lexer: double literals") {
  Lexed lexed("1.5 1e10 1.5e-3 .5 2E+8 1_0.2_5");
  REQUIRE(lexed.tokens.size() == 7);
  for (size_t i = 0; i < 6; ++i) CHECK(lexed.tokens[i].kind == Tok::DoubleLiteral);
  CHECK(lexed.text(2) == "1.5e-3");
  CHECK(lexed.text(3) == ".5");
  CHECK(lexed.errors().empty());
}

TEST_CASE("lexer: a method call on an int literal is not a double") {
  CHECK(kinds("1.toString()") == std::vector<Tok>{Tok::IntLiteral, Tok::Period, Tok::Identifier,
                                                  Tok::LParen, Tok::RParen, Tok::EndOfFile});
  CHECK(kinds("1..isEven") ==
        std::vector<Tok>{Tok::IntLiteral, Tok::PeriodPeriod, Tok::Identifier, Tok::EndOfFile});
}

TEST_CASE("lexer: malformed numbers") {
  CHECK(errorsOf("var x = 1_;") ==
        std::vector<std::string>{"1:10: Digit separators ('_') in a number literal can only be "
                                 "placed between two digits."});
  CHECK(errorsOf("0x_1") ==
        std::vector<std::string>{"1:3: Digit separators ('_') in a number literal can only be "
                                 "placed between two digits."});
  CHECK(errorsOf("x = 0x;") ==
        std::vector<std::string>{"1:5: A hex digit (0-9 or A-F) must follow '0x'."});
  CHECK(errorsOf("1e+") == std::vector<std::string>{
                               "1:2: Numbers in exponential notation should always contain an "
                               "exponent (an integer number with an optional sign)."});
}

TEST_CASE("lexer: comments of every form are skipped") {
  CHECK(kinds("a // line\nb /* block */ c /* /* nested */ still comment */ d") ==
        std::vector<Tok>{Tok::Identifier, Tok::Identifier, Tok::Identifier, Tok::Identifier,
                         Tok::EndOfFile});
  CHECK(kinds("/// doc\n/** doc\n * more */\nclass") ==
        std::vector<Tok>{Tok::KwClass, Tok::EndOfFile});
  CHECK(kinds("a /**/ b /***/ c") ==
        std::vector<Tok>{Tok::Identifier, Tok::Identifier, Tok::Identifier, Tok::EndOfFile});
}

TEST_CASE("lexer: unterminated block comment") {
  CHECK(errorsOf("a\n  /* one /* two */ three") ==
        std::vector<std::string>{"2:3: Unterminated multi-line comment."});
}

TEST_CASE("lexer: line breaks are recorded on the following token") {
  Lexed lexed("a b\nc /* x\n */ d // e\nf");
  REQUIRE(lexed.tokens.size() == 6);
  CHECK_FALSE(lexed.tokens[1].has(kNewlineBefore));
  CHECK(lexed.tokens[2].has(kNewlineBefore));
  CHECK(lexed.tokens[3].has(kNewlineBefore));  // the block comment spans a line break
  CHECK(lexed.tokens[4].has(kNewlineBefore));
}

TEST_CASE("lexer: simple strings are one segment") {
  Lexed lexed("'abc' \"d'e\"");
  REQUIRE(lexed.tokens.size() == 3);
  CHECK(lexed.tokens[0].kind == Tok::StringSegment);
  CHECK(lexed.tokens[0].has(kLastSegment));
  CHECK(lexed.text(0) == "abc");
  CHECK(lexed.text(1) == "d'e");
}

TEST_CASE("lexer: escapes decode to UTF-16 code units") {
  CHECK(decoded(R"('\n\r\t\b\f\v')") == u"\n\r\t\b\f\v");
  CHECK(decoded(R"('\x41\u0042\u{43}')") == u"ABC");
  CHECK(decoded(R"('\$ \\ \' \"')") == u"$ \\ ' \"");
  CHECK(decoded(R"('\0\q\z')") == u"0qz");  // other escaped characters stand for themselves
  std::u16string emoji = decoded(R"('\u{1F600}')");
  REQUIRE(emoji.size() == 2);  // an astral code point is a surrogate pair
  CHECK(emoji[0] == 0xD83D);
  CHECK(emoji[1] == 0xDE00);
  CHECK(decoded("'h\xC3\xA9llo \xF0\x9F\x98\x80'") == u"h\u00E9llo \U0001F600");
}

TEST_CASE("lexer: raw strings keep backslashes and dollars") {
  Lexed lexed(R"(r'a\n$b' r"c\d")");
  REQUIRE(lexed.tokens.size() == 3);
  CHECK(lexed.tokens[0].has(kRawString));
  CHECK(decoded(R"(r'a\n$b')") == u"a\\n$b");
  CHECK(decoded(R"(r'''x\t''')") == u"x\\t");
  // `r` not followed by a quote is an identifier.
  CHECK(kinds("r + r'x'") ==
        std::vector<Tok>{Tok::Identifier, Tok::Plus, Tok::StringSegment, Tok::EndOfFile});
}

TEST_CASE("lexer: multi-line strings drop a first line of only whitespace") {
  CHECK(decoded("'''\nabc'''") == u"abc");
  CHECK(decoded("'''   \t\nabc\n'''") == u"abc\n");
  CHECK(decoded("\"\"\"\r\nabc\"\"\"") == u"abc");
  CHECK(decoded("'''abc\ndef'''") == u"abc\ndef");
  CHECK(decoded("''' x\nabc'''") == u" x\nabc");
  CHECK(decoded("r'''\n\\n'''") == u"\\n");
  CHECK(decoded("'''it's'''") == u"it's");
  // A backslash pairs with the character after it: escaped spaces, tabs and the line break
  // itself still make a blank first line; an escaped backslash is text (issue 9, A6).
  CHECK(decoded("'''\\ \\\t\nabc'''") == u"abc");
  CHECK(decoded("'''\\\nabc'''") == u"abc");
  CHECK(decoded("'''\\\\\nfoo'''") == u"\\\nfoo");
  CHECK(decoded("r'''\\\\\nfoo'''") == u"\\\\\nfoo");
  CHECK(decoded("''' \\x41\nB'''") == u" A\nB");
}

TEST_CASE("lexer: interpolation") {
  Lexed lexed("'a$b c${d + 1}e$this'");
  std::vector<Tok> expected{Tok::StringSegment, Tok::InterpIdent, Tok::StringSegment,
                            Tok::InterpStart, Tok::Identifier, Tok::Plus, Tok::IntLiteral,
                            Tok::InterpEnd, Tok::StringSegment, Tok::InterpIdent,
                            Tok::StringSegment, Tok::EndOfFile};
  REQUIRE(lexed.tokens.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) CHECK(lexed.tokens[i].kind == expected[i]);
  CHECK(lexed.text(1) == "b");
  CHECK(lexed.text(2) == " c");
  CHECK(lexed.text(9) == "this");
  CHECK(lexed.tokens[3].match == 7);
  CHECK(lexed.tokens[7].match == 3);
  CHECK_FALSE(lexed.tokens[8].has(kLastSegment));
  CHECK(lexed.tokens[10].has(kLastSegment));
  CHECK(lexed.errors().empty());
}

TEST_CASE("lexer: '$name' stops at '$'") {
  Lexed lexed("'$a$b'");
  CHECK(kinds("'$a$b'") ==
        std::vector<Tok>{Tok::StringSegment, Tok::InterpIdent, Tok::StringSegment,
                         Tok::InterpIdent, Tok::StringSegment, Tok::EndOfFile});
}

TEST_CASE("lexer: strings and braces nest inside interpolations") {
  Lexed lexed(R"('x${"in ${y} '}" + {1: 2}[1].toString()}z' + w)");
  CHECK(lexed.errors().empty());
  CHECK(lexed.tokens.back().kind == Tok::EndOfFile);
  CHECK(lexed.tokens[lexed.tokens.size() - 2].kind == Tok::Identifier);  // `w`
  // The outer literal's last segment is `z`.
  size_t zIndex = lexed.tokens.size() - 4;
  CHECK(lexed.tokens[zIndex].kind == Tok::StringSegment);
  CHECK(lexed.text(zIndex) == "z");
}

TEST_CASE("lexer: unterminated strings") {
  CHECK(errorsOf("var s = 'abc\nvar t = 1;") ==
        std::vector<std::string>{"1:9: Unterminated string literal."});
  CHECK(errorsOf("x = \"\"\"abc") == std::vector<std::string>{"1:5: Unterminated string literal."});
  // A `${` that never closes: one error, and well-formed synthetic closing tokens.
  Lexed lexed("'a${b");
  CHECK(lexed.errors() == std::vector<std::string>{"1:1: Unterminated string literal."});
  std::vector<Tok> expected{Tok::StringSegment, Tok::InterpStart, Tok::Identifier,
                            Tok::InterpEnd, Tok::StringSegment, Tok::EndOfFile};
  REQUIRE(lexed.tokens.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) CHECK(lexed.tokens[i].kind == expected[i]);
}

TEST_CASE("lexer: malformed escapes") {
  CHECK(errorsOf(R"('\x4g')") == std::vector<std::string>{
                                     "1:2: An escape sequence starting with '\\x' must be "
                                     "followed by 2 hexadecimal digits."});
  CHECK(errorsOf(R"('\u12')") ==
        std::vector<std::string>{"1:2: An escape sequence starting with '\\u' must be followed "
                                 "by 4 hexadecimal digits or from 1 to 6 digits between '{' and "
                                 "'}'."});
  CHECK(errorsOf(R"('\u{}')").size() == 1);
  CHECK(errorsOf(R"('\u{1234567}')").size() == 1);
  CHECK(errorsOf(R"('\u{110000}')") ==
        std::vector<std::string>{
            "1:2: The escape sequence starting with '\\u' isn't a valid code point."});
}

TEST_CASE("lexer: a lone '$' in a string") {
  CHECK(errorsOf("'cost: $5'") ==
        std::vector<std::string>{"1:8: A '$' has special meaning inside a string, and must be "
                                 "followed by an identifier or an expression in curly braces "
                                 "({})."});
  CHECK(errorsOf("'$'").size() == 1);
}

TEST_CASE("lexer: invalid UTF-8 and NUL bytes give one error for the whole file") {
  std::string invalid = "void main() {}\n\xFF\xFE garbage \x80\x80\x80";
  CHECK(errorsOf(invalid) == std::vector<std::string>{"1:1: The file is not valid UTF-8 text."});
  CHECK(kinds(invalid) == std::vector<Tok>{Tok::EndOfFile});
  std::string withNul("var x = 1;\0\0\0", 13);
  CHECK(errorsOf(withNul) == std::vector<std::string>{"1:1: The file is not valid UTF-8 text."});
  CHECK(errorsOf("\xC0\x80").size() == 1);          // overlong encoding
  CHECK(errorsOf("'\xED\xA0\x80'").size() == 1);    // encoded surrogate
  CHECK(errorsOf("'\xE2\x82'").size() == 1);        // truncated sequence
}

TEST_CASE("lexer: byte order mark and script tag are skipped") {
  CHECK(kinds("\xEF\xBB\xBFvoid") == std::vector<Tok>{Tok::KwVoid, Tok::EndOfFile});
  CHECK(kinds("#!/usr/bin/env dart\nvoid") == std::vector<Tok>{Tok::KwVoid, Tok::EndOfFile});
}

TEST_CASE("lexer: non-ASCII characters outside strings and comments") {
  CHECK(errorsOf("var caf\xC3\xA9 = 1; // caf\xC3\xA9") ==
        std::vector<std::string>{"1:8: The non-ASCII character '\xC3\xA9' (U+00E9) can't be used "
                                 "in identifiers, only in strings and comments."});
  CHECK(errorsOf("a\xC2\xA0= 1;") ==
        std::vector<std::string>{
            "1:2: The non-ASCII space character U+00A0 can only be used in strings and "
            "comments."});
  // A run of foreign text is one error, not one per character.
  CHECK(errorsOf("\xE4\xBD\xA0\xE5\xA5\xBD\xE4\xB8\x96\xE7\x95\x8C").size() == 1);
}

TEST_CASE("lexer: unexpected ASCII characters") {
  CHECK(errorsOf("a ` b") == std::vector<std::string>{"1:3: Unexpected character '`'."});
  CHECK(errorsOf("a \x01 b") == std::vector<std::string>{"1:3: Unexpected character U+0001."});
}

TEST_CASE("lexer: brackets are paired") {
  Lexed lexed("f(a[1], {b}) ]");
  // f ( a [ 1 ] , { b } ) ] EOF
  REQUIRE(lexed.tokens.size() == 13);
  CHECK(lexed.tokens[1].match == 10);
  CHECK(lexed.tokens[10].match == 1);
  CHECK(lexed.tokens[3].match == 5);
  CHECK(lexed.tokens[7].match == 9);
  CHECK(lexed.tokens[11].match == kNoMatch);  // stray `]`
}

TEST_CASE("lexer: unbalanced brackets stay local") {
  // `)` inside a block does not close the `(` outside it.
  Lexed a("f(() { x) })");
  // f ( ( ) { x ) } ) EOF
  CHECK(a.tokens[1].match == 8);
  CHECK(a.tokens[4].match == 7);
  CHECK(a.tokens[6].match == kNoMatch);
  // `}` abandons an unclosed `(` inside its block.
  Lexed b("{ f( }");
  CHECK(b.tokens[0].match == 3);
  CHECK(b.tokens[2].match == kNoMatch);
}

TEST_CASE("lexer: the error limit stops lexing") {
  std::string many;
  for (int i = 0; i < 200; ++i) many += "` ";
  Lexed lexed(many);
  CHECK(lexed.diags.errorCount() == 20);
  CHECK(lexed.tokens.back().kind == Tok::EndOfFile);
}

TEST_CASE("lexer: token offsets map to line and column") {
  Lexed lexed("a\n  bb\r\n\tccc");
  REQUIRE(lexed.tokens.size() == 4);
  const SourceFile& file = lexed.sources.file(lexed.file);
  LineCol second = file.lineCol(lexed.tokens[1].offset);
  CHECK(second.line == 2);
  CHECK(second.column == 3);
  LineCol third = file.lineCol(lexed.tokens[2].offset);
  CHECK(third.line == 3);
  CHECK(third.column == 2);
}

TEST_CASE("lexer: spelling of fixed tokens") {
  CHECK(tokenSpelling(Tok::KwClass) == "class");
  CHECK(tokenSpelling(Tok::QuestionQuestionEq) == "?\?=");
  CHECK(tokenSpelling(Tok::KwFunction) == "Function");
  CHECK(tokenSpelling(Tok::Identifier).empty());
  CHECK(keywordKind("yield") == Tok::KwYield);
  CHECK(keywordKind("yields") == Tok::Identifier);
}

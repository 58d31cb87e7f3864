#include "syntax/token.h"

namespace dartc::syntax {

namespace {

struct Keyword {
  std::string_view text;
  Tok kind;
};

// Grouped by length so a lookup compares against a handful of candidates at most.
constexpr Keyword kKeywords2[] = {
    {"as", Tok::KwAs}, {"do", Tok::KwDo}, {"if", Tok::KwIf}, {"in", Tok::KwIn},
    {"is", Tok::KwIs}, {"of", Tok::KwOf}, {"on", Tok::KwOn},
};
constexpr Keyword kKeywords3[] = {
    {"for", Tok::KwFor}, {"get", Tok::KwGet}, {"new", Tok::KwNew},
    {"set", Tok::KwSet}, {"try", Tok::KwTry}, {"var", Tok::KwVar},
};
constexpr Keyword kKeywords4[] = {
    {"base", Tok::KwBase}, {"case", Tok::KwCase}, {"else", Tok::KwElse}, {"enum", Tok::KwEnum},
    {"hide", Tok::KwHide}, {"late", Tok::KwLate}, {"null", Tok::KwNull}, {"part", Tok::KwPart},
    {"show", Tok::KwShow}, {"sync", Tok::KwSync}, {"this", Tok::KwThis}, {"true", Tok::KwTrue},
    {"void", Tok::KwVoid}, {"when", Tok::KwWhen}, {"with", Tok::KwWith},
};
constexpr Keyword kKeywords5[] = {
    {"async", Tok::KwAsync}, {"await", Tok::KwAwait}, {"break", Tok::KwBreak},
    {"catch", Tok::KwCatch}, {"class", Tok::KwClass}, {"const", Tok::KwConst},
    {"false", Tok::KwFalse}, {"final", Tok::KwFinal}, {"mixin", Tok::KwMixin},
    {"super", Tok::KwSuper}, {"throw", Tok::KwThrow}, {"while", Tok::KwWhile},
    {"yield", Tok::KwYield},
};
constexpr Keyword kKeywords6[] = {
    {"assert", Tok::KwAssert}, {"export", Tok::KwExport}, {"import", Tok::KwImport},
    {"return", Tok::KwReturn}, {"sealed", Tok::KwSealed}, {"static", Tok::KwStatic},
    {"switch", Tok::KwSwitch},
};
constexpr Keyword kKeywords7[] = {
    {"default", Tok::KwDefault}, {"dynamic", Tok::KwDynamic}, {"extends", Tok::KwExtends},
    {"factory", Tok::KwFactory}, {"finally", Tok::KwFinally}, {"library", Tok::KwLibrary},
    {"rethrow", Tok::KwRethrow}, {"typedef", Tok::KwTypedef},
};
constexpr Keyword kKeywords8[] = {
    {"abstract", Tok::KwAbstract}, {"continue", Tok::KwContinue}, {"deferred", Tok::KwDeferred},
    {"external", Tok::KwExternal}, {"Function", Tok::KwFunction}, {"operator", Tok::KwOperator},
    {"required", Tok::KwRequired},
};
constexpr Keyword kKeywords9[] = {
    {"covariant", Tok::KwCovariant}, {"extension", Tok::KwExtension},
    {"interface", Tok::KwInterface},
};
constexpr Keyword kKeywords10[] = {
    {"implements", Tok::KwImplements},
};

template <size_t N>
Tok findIn(const Keyword (&table)[N], std::string_view text) {
  for (const Keyword& k : table) {
    if (k.text[0] == text[0] && k.text == text) return k.kind;
  }
  return Tok::Identifier;
}

}  // namespace

Tok keywordKind(std::string_view text) {
  // Every keyword starts with a letter; `_x`, `$x` and digits-first never are keywords.
  switch (text.size()) {
    case 2: return findIn(kKeywords2, text);
    case 3: return findIn(kKeywords3, text);
    case 4: return findIn(kKeywords4, text);
    case 5: return findIn(kKeywords5, text);
    case 6: return findIn(kKeywords6, text);
    case 7: return findIn(kKeywords7, text);
    case 8: return findIn(kKeywords8, text);
    case 9: return findIn(kKeywords9, text);
    case 10: return findIn(kKeywords10, text);
    default: return Tok::Identifier;
  }
}

std::string_view tokenSpelling(Tok k) {
  switch (k) {
    case Tok::EndOfFile:
    case Tok::Identifier:
    case Tok::IntLiteral:
    case Tok::DoubleLiteral:
    case Tok::StringSegment:
    case Tok::InterpIdent: return {};
    case Tok::InterpStart: return "${";
    case Tok::InterpEnd: return "}";
    case Tok::LParen: return "(";
    case Tok::RParen: return ")";
    case Tok::LBracket: return "[";
    case Tok::RBracket: return "]";
    case Tok::LBrace: return "{";
    case Tok::RBrace: return "}";
    case Tok::Semicolon: return ";";
    case Tok::Colon: return ":";
    case Tok::Comma: return ",";
    case Tok::Period: return ".";
    case Tok::PeriodPeriod: return "..";
    case Tok::Ellipsis: return "...";
    case Tok::EllipsisQuestion: return "...?";
    case Tok::Question: return "?";
    case Tok::QuestionPeriod: return "?.";
    case Tok::QuestionPeriodPeriod: return "?..";
    case Tok::QuestionQuestion: return "??";
    case Tok::QuestionQuestionEq: return "?\?=";
    case Tok::Eq: return "=";
    case Tok::EqEq: return "==";
    case Tok::BangEq: return "!=";
    case Tok::Arrow: return "=>";
    case Tok::Bang: return "!";
    case Tok::Plus: return "+";
    case Tok::Minus: return "-";
    case Tok::Star: return "*";
    case Tok::Slash: return "/";
    case Tok::Percent: return "%";
    case Tok::TildeSlash: return "~/";
    case Tok::PlusPlus: return "++";
    case Tok::MinusMinus: return "--";
    case Tok::PlusEq: return "+=";
    case Tok::MinusEq: return "-=";
    case Tok::StarEq: return "*=";
    case Tok::SlashEq: return "/=";
    case Tok::PercentEq: return "%=";
    case Tok::TildeSlashEq: return "~/=";
    case Tok::Lt: return "<";
    case Tok::LtEq: return "<=";
    case Tok::LtLt: return "<<";
    case Tok::LtLtEq: return "<<=";
    case Tok::Gt: return ">";
    case Tok::Amp: return "&";
    case Tok::AmpAmp: return "&&";
    case Tok::AmpEq: return "&=";
    case Tok::Bar: return "|";
    case Tok::BarBar: return "||";
    case Tok::BarEq: return "|=";
    case Tok::Caret: return "^";
    case Tok::CaretEq: return "^=";
    case Tok::Tilde: return "~";
    case Tok::At: return "@";
    case Tok::Hash: return "#";
    case Tok::KwAssert: return "assert";
    case Tok::KwBreak: return "break";
    case Tok::KwCase: return "case";
    case Tok::KwCatch: return "catch";
    case Tok::KwClass: return "class";
    case Tok::KwConst: return "const";
    case Tok::KwContinue: return "continue";
    case Tok::KwDefault: return "default";
    case Tok::KwDo: return "do";
    case Tok::KwElse: return "else";
    case Tok::KwEnum: return "enum";
    case Tok::KwExtends: return "extends";
    case Tok::KwFalse: return "false";
    case Tok::KwFinal: return "final";
    case Tok::KwFinally: return "finally";
    case Tok::KwFor: return "for";
    case Tok::KwIf: return "if";
    case Tok::KwIn: return "in";
    case Tok::KwIs: return "is";
    case Tok::KwNew: return "new";
    case Tok::KwNull: return "null";
    case Tok::KwRethrow: return "rethrow";
    case Tok::KwReturn: return "return";
    case Tok::KwSuper: return "super";
    case Tok::KwSwitch: return "switch";
    case Tok::KwThis: return "this";
    case Tok::KwThrow: return "throw";
    case Tok::KwTrue: return "true";
    case Tok::KwTry: return "try";
    case Tok::KwVar: return "var";
    case Tok::KwVoid: return "void";
    case Tok::KwWhile: return "while";
    case Tok::KwWith: return "with";
    case Tok::KwAbstract: return "abstract";
    case Tok::KwAs: return "as";
    case Tok::KwCovariant: return "covariant";
    case Tok::KwDeferred: return "deferred";
    case Tok::KwDynamic: return "dynamic";
    case Tok::KwExport: return "export";
    case Tok::KwExtension: return "extension";
    case Tok::KwExternal: return "external";
    case Tok::KwFactory: return "factory";
    case Tok::KwFunction: return "Function";
    case Tok::KwGet: return "get";
    case Tok::KwImplements: return "implements";
    case Tok::KwImport: return "import";
    case Tok::KwInterface: return "interface";
    case Tok::KwLate: return "late";
    case Tok::KwLibrary: return "library";
    case Tok::KwMixin: return "mixin";
    case Tok::KwOperator: return "operator";
    case Tok::KwPart: return "part";
    case Tok::KwRequired: return "required";
    case Tok::KwSet: return "set";
    case Tok::KwStatic: return "static";
    case Tok::KwTypedef: return "typedef";
    case Tok::KwAsync: return "async";
    case Tok::KwAwait: return "await";
    case Tok::KwBase: return "base";
    case Tok::KwHide: return "hide";
    case Tok::KwOf: return "of";
    case Tok::KwOn: return "on";
    case Tok::KwSealed: return "sealed";
    case Tok::KwShow: return "show";
    case Tok::KwSync: return "sync";
    case Tok::KwWhen: return "when";
    case Tok::KwYield: return "yield";
  }
  return {};
}

}  // namespace dartc::syntax

// The RegExp engine (precompiled_runtime/src/regexp_*.cpp) without Dart code: parsing and the
// VM's error texts, matching with ECMAScript semantics (expected results from the specification's
// examples, §22.2.2), the heap backtrack stack on long inputs, case canonicalization and the
// cache of compiled programs.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fixture.h"
#include "regexp.h"
#include "regexp_internal.h"

extern "C" {
int64_t dartrt_regexp_compile(dart_word source, int64_t flags);
dart_word dartrt_regexp_error();
}

namespace rx = dartrt::regexp;

namespace {

dartrt::StrView view(const std::string& s) {
  return dartrt::StrView{reinterpret_cast<const uint8_t*>(s.data()), nullptr, s.size()};
}

dartrt::StrView view16(const std::u16string& s) {
  return dartrt::StrView{nullptr, reinterpret_cast<const uint16_t*>(s.data()), s.size()};
}

// Parses and compiles; the error message (or "") in *error.
rx::Program* compile(const std::string& pattern, uint32_t flags, std::string* error = nullptr) {
  rx::Tree tree;
  const char* message = nullptr;
  if (!rx::parse(view(pattern), flags, &tree, &message)) {
    if (error) *error = message;
    return nullptr;
  }
  if (error) *error = "";
  rx::Program* p = rx::compile(&tree, flags);
  tree.release();
  return p;
}

std::string error_of(const std::string& pattern, uint32_t flags = 0) {
  std::string error;
  compile(pattern, flags, &error);
  return error;
}

// "start-end" of every group, "-" for groups that did not participate; "none" without a match.
std::string run(const std::string& pattern, const std::string& input, uint32_t flags = 0, size_t start = 0,
                bool sticky = false) {
  rx::Program* p = compile(pattern, flags);
  REQUIRE(p != nullptr);
  std::vector<int64_t> captures(2 * (p->capture_count + 1));
  if (!rx::match(p, view(input), start, sticky, captures.data())) return "none";
  std::string out;
  for (size_t g = 0; g <= p->capture_count; ++g) {
    if (g) out += " ";
    if (captures[2 * g] < 0) {
      out += "-";
    } else {
      out += std::to_string(captures[2 * g]) + "-" + std::to_string(captures[2 * g + 1]);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("regexp: the specification's examples") {
  CHECK(run("a|ab", "abc") == "0-1");
  CHECK(run("((a)|(ab))((c)|(bc))", "abc") == "0-3 0-1 0-1 - 1-3 - 1-3");
  CHECK(run("a[a-z]{2,4}", "abcdefghi") == "0-5");
  CHECK(run("a[a-z]{2,4}?", "abcdefghi") == "0-3");
  CHECK(run("(aa|aabaac|ba|b|c)*", "aabaac") == "0-4 2-4");
  CHECK(run("(z)((a+)?(b+)?(c))*", "zaacbbbcac") == "0-10 0-1 8-10 8-9 - 9-10");
  CHECK(run("(a*)*", "b") == "0-0 -");
  CHECK(run("(a*)b\\1+", "baaaac") == "0-1 0-0");
  CHECK(run("(?=(a+))", "baaabac") == "1-1 1-4");
  CHECK(run("(?=(a+))a*b\\1", "baaabac") == "3-6 3-4");
  CHECK(run("(.*?)a(?!(a+)b\\2c)\\2(.*)", "baaabaac") == "0-8 0-2 - 3-8");
  CHECK(run("(?<=(\\d+)(\\d+))$", "1053") == "4-4 0-1 1-4");
}

TEST_CASE("regexp: captures reset per iteration, and back-references to unset groups match empty") {
  CHECK(run("(?:(a)|b)+", "ab") == "0-2 -");
  CHECK(run("(a)|\\1b", "b") == "0-1 -");
  CHECK(run("\\1(a)", "aa") == "0-1 0-1");
  CHECK(run("(?<a>x\\k<a>)", "xx") == "0-1 0-1");
}

TEST_CASE("regexp: lookbehind runs right to left, and lookarounds are atomic") {
  CHECK(run("(?<=\\$)\\d+", "cost $42") == "6-8");
  CHECK(run("(?<!\\$)\\b\\d+", "$10 20") == "4-6");
  CHECK(run("(?<=\\1d(o))r", "hodor") == "4-5 3-4");
  CHECK(run("(?<=(o)d\\1)r", "hodor") == "none");
  CHECK(run("(?=(a+))a*b\\1", "aab") == "none");   // the lookahead keeps its greedy choice
  CHECK(run("(?!(a))\\1b", "b") == "0-1 -");       // a negative lookaround leaves no captures
}

TEST_CASE("regexp: anchors, multiline, dotAll, word boundaries") {
  CHECK(run("^b", "a\nb") == "none");
  CHECK(run("^b", "a\nb", rx::kMultiLine) == "2-3");
  CHECK(run("a$", "a\nb", rx::kMultiLine) == "0-1");
  CHECK(run("a.b", "a\nb") == "none");
  CHECK(run("a.b", "a\nb", rx::kDotAll) == "0-3");
  CHECK(run("\\bb", "ab b") == "3-4");
  CHECK(run("\\Bb", "ab b") == "1-2");
}

TEST_CASE("regexp: sticky matching and start positions") {
  CHECK(run("b", "abc", 0, 0, true) == "none");
  CHECK(run("b", "abc", 0, 1, true) == "1-2");
  CHECK(run("a", "aba", 0, 1) == "2-3");
  CHECK(run("^a", "aba", 0, 1) == "none");
  CHECK(run("(?<=a)b", "ab", 0, 1, true) == "1-2");  // lookbehind sees before the start
}

TEST_CASE("regexp: ignoreCase uses Canonicalize, or simple case folding in unicode mode") {
  CHECK(rx::canonicalize('a', false) == 'A');
  CHECK(rx::canonicalize(0x17F, false) == 0x17F);  // long s would map to ASCII 'S': kept
  CHECK(rx::canonicalize(0x17F, true) == 's');
  CHECK(rx::canonicalize(0x212A, true) == 'k');
  CHECK(rx::canonicalize(0xB5, false) == 0x39C);
  CHECK(run("ABC", "xabc", rx::kIgnoreCase) == "1-4");
  CHECK(run("[^a]", "A", rx::kIgnoreCase) == "none");
  CHECK(run("(a)\\1", "aA", rx::kIgnoreCase) == "0-2 0-1");
  rx::Program* kelvin = compile("k", rx::kIgnoreCase | rx::kUnicode);
  int64_t captures[2];
  CHECK(rx::match(kelvin, view16(u"\u212A"), 0, false, captures));
  rx::Program* plain = compile("k", rx::kIgnoreCase);
  CHECK_FALSE(rx::match(plain, view16(u"\u212A"), 0, false, captures));
}

TEST_CASE("regexp: case_equivalents finds every character with the same canonical form") {
  // Brute force over the BMP: the classes by canonical form, against what case_equivalents
  // finds from each member (its candidates are the round trips and the tables' preimages).
  for (bool unicode : {false, true}) {
    std::vector<std::vector<uint32_t>> classes(0x10000);
    for (uint32_t c = 0; c <= 0xFFFF; ++c) classes[rx::canonicalize(c, unicode)].push_back(c);
    size_t checked = 0;
    for (uint32_t c = 0; c <= 0xFFFF; ++c) {
      const std::vector<uint32_t>& expected = classes[rx::canonicalize(c, unicode)];
      if (expected.size() == 1) continue;
      uint32_t found[rx::kMaxCaseEquivalents];
      size_t n = rx::case_equivalents(c, unicode, found);
      std::vector<uint32_t> got(found, found + n);
      std::sort(got.begin(), got.end());
      INFO("code point ", c, unicode ? " in unicode mode" : "");
      CHECK(got == expected);
      ++checked;
    }
    CHECK(checked > 1900);  // the tables map about a thousand pairs each way
  }
  // Classes of more than two: the symbol variants and the Kelvin sign.
  uint32_t eq[rx::kMaxCaseEquivalents];
  CHECK(rx::case_equivalents(0x3B8, false, eq) == 3);  // Θ θ ϑ (ϴ has no upper case)
  CHECK(rx::case_equivalents(0x3B8, true, eq) == 4);   // and ϴ, which folds to θ
  CHECK(rx::case_equivalents('k', true, eq) == 3);
  CHECK(rx::case_equivalents(0x1E61, false, eq) == 3);  // Ṡ ṡ ẛ
}

TEST_CASE("regexp: unicode mode reads code points") {
  rx::Program* dot = compile("^.$", rx::kUnicode);
  int64_t captures[2];
  CHECK(rx::match(dot, view16(u"\U0001F600"), 0, false, captures));
  CHECK(captures[1] == 2);
  rx::Program* units = compile("^.$", 0);
  CHECK_FALSE(rx::match(units, view16(u"\U0001F600"), 0, false, captures));
}

TEST_CASE("regexp: the VM's error messages") {
  CHECK(error_of("(") == "Unterminated group");
  CHECK(error_of("a)") == "Unmatched ')'");
  CHECK(error_of("a**") == "Nothing to repeat");
  CHECK(error_of("a{2,1}") == "numbers out of order in {} quantifier.");
  CHECK(error_of("[b-a]") == "Range out of order in character class");
  CHECK(error_of("[a") == "Unterminated character class");
  CHECK(error_of("\\") == "\\ at end of pattern");
  CHECK(error_of("(?<a>.)(?<a>.)") == "Duplicate capture group name");
  CHECK(error_of("\\k<b>(?<a>.)") == "Invalid named capture referenced");
  CHECK(error_of("(?<=a)+") == "invalid quantifier.");
  CHECK(error_of("\\-", rx::kUnicode) == "Invalid identity escape in Unicode pattern");
  CHECK(error_of("\\p{Foo}", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("[\\p{Foo}]", rx::kUnicode) == "Invalid property name in character class");
  CHECK(error_of("\\p{L}") == "");  // outside unicode mode: the letter p
  CHECK(error_of("a{,5}") == "");   // Annex B: literal braces
  std::string deep = std::string(1001, '(') + std::string(1001, ')');
  CHECK(error_of(deep)[0] == '!');
  std::string ok = std::string(900, '(') + "a" + std::string(900, ')');
  CHECK(error_of(ok) == "");
}

TEST_CASE("regexp: a million iterations backtrack on the heap, not the native stack") {
  std::string ab;
  for (int i = 0; i < 500000; ++i) ab += "ab";
  CHECK(run("(a|b)*", ab) == "0-1000000 999999-1000000");
  CHECK(run("(?:(a)|b)*$", ab) == "0-1000000 -");  // the last iteration reset group 1
  CHECK(run("(.)*?$", ab) == "0-1000000 999999-1000000");
  CHECK(run("^(?:(?=a)ab|b)+$", ab) == "0-1000000");
}

TEST_CASE("regexp: identical source and flags share one compiled program") {
  test_isolate();
  int64_t a = dartrt_regexp_compile(str("x+y"), 0);
  int64_t b = dartrt_regexp_compile(str("x+y"), 0);
  int64_t c = dartrt_regexp_compile(str("x+y"), rx::kIgnoreCase);
  CHECK(a != 0);
  CHECK(a == b);
  CHECK(a != c);
  CHECK(dartrt_regexp_compile(str("(x"), 0) == 0);
  CHECK(to_std(dartrt_regexp_error()) == "Unterminated group");
}

namespace {

// "start-end" of the whole match of `pattern` in the two-byte `input`, or "none".
std::string run16(const std::string& pattern, const std::u16string& input, uint32_t flags = 0) {
  rx::Program* p = compile(pattern, flags);
  REQUIRE(p != nullptr);
  std::vector<int64_t> captures(2 * (p->capture_count + 1));
  if (!rx::match(p, view16(input), 0, false, captures.data())) return "none";
  return std::to_string(captures[0]) + "-" + std::to_string(captures[1]);
}

bool quick_allows(const rx::Program* p, uint32_t unit, int offset) {
  return ((unit < 256 ? p->quick_units[unit] : p->quick_high) >> offset) & 1;
}

}  // namespace

TEST_CASE("regexp: the quick check filters start positions by their first units") {
  // regex-redux's alternations: eight units checked before the interpreter runs.
  rx::Program* dna = compile("agggtaaa|tttaccct", rx::kIgnoreCase);
  CHECK(dna->min_length == 8);
  CHECK(dna->quick_depth == 8);
  CHECK(quick_allows(dna, 'a', 0));
  CHECK(quick_allows(dna, 'T', 0));
  CHECK_FALSE(quick_allows(dna, 'g', 0));
  CHECK(quick_allows(dna, 'G', 1));
  CHECK_FALSE(quick_allows(dna, 'a', 1));
  CHECK(run("agggtaaa|tttaccct", "gggtaaaTTTACCCTagggtaa", rx::kIgnoreCase) == "7-15");
  CHECK(run("agggtaaa|tttaccct", "agggtaa", rx::kIgnoreCase) == "none");  // too short
  // Offsets where every unit passes end the check; a match shorter than the depth limits it.
  CHECK(compile("ab.", rx::kDotAll)->quick_depth == 2);
  CHECK(compile("ab.", 0)->quick_depth == 3);  // a line terminator cannot stand there
  CHECK(compile("ab|c", 0)->quick_depth == 1);
  CHECK(compile("a*", 0)->quick_depth == 0);
  CHECK(compile("(?:ab){2,3}c", 0)->min_length == 5);
  CHECK(run("(?:ab){2}c", "abababc") == "2-7");
  CHECK(run("(?:ab){2,3}c", "abababc") == "0-7");
  CHECK(run("x(?:a|bc)*y", "xbcay") == "0-5");
  CHECK(run("(?:a|)+b", "aab") == "0-3");
  // Empty matches, and matches that end at the end of the input.
  CHECK(run("a*", "bbb") == "0-0");
  CHECK(run("(?:)", "abc", 0, 3) == "3-3");
  CHECK(run("bc", "abc", 0, 1) == "1-3");
  CHECK(run("bc", "abc", 0, 2) == "none");
  CHECK(run("bc", "abc", 0, 2, true) == "none");
  // Back-references consume any units, or none.
  CHECK(run("(a)\\1b", "xaab") == "1-4 1-2");
  CHECK(run("(a)?\\1b", "xb") == "1-2 -");
  CHECK(run("(a)\\1b", "xab") == "none");
  // Lookarounds read outside the checked units without narrowing them.
  CHECK(run("(?<=ab)c", "abc") == "2-3");
  CHECK(run("a(?=bc)", "abab abc") == "5-6");
  CHECK(run("(?<!a)b", "abb") == "2-3");
  // ignoreCase: every case equivalent passes, beyond Latin-1 too.
  CHECK(run16("\\u03C3a", u"x\u03A3A", rx::kIgnoreCase) == "1-3");
  CHECK(run16("\\u03C3a", u"x\u03C2a", rx::kIgnoreCase) == "1-3");
  CHECK(run16("ks", u"\u212A\u017F", rx::kIgnoreCase | rx::kUnicode) == "0-2");
  CHECK(run16("ks", u"\u212A\u017F", rx::kIgnoreCase) == "none");
  // Unicode mode: an astral character takes two units, so what follows may be one unit later.
  CHECK(run16("a.b", u"a\U0001F600b", rx::kUnicode) == "0-4");
  CHECK(run16("a.b", u"a\U0001F600b") == "none");
  CHECK(run16("a..b", u"a\U0001F600b") == "0-4");
  CHECK(run16("\\u{1F600}x", u"y\U0001F600x", rx::kUnicode) == "1-4");
  CHECK(run16("[\\u{1F600}-\\u{1F64F}]z", u"\U0001F600\U0001F601z", rx::kUnicode) == "2-5");
  CHECK(run16("[^a]b", u"\U0001F600b", rx::kUnicode) == "0-3");
  CHECK(run16("\\uD83D", u"a\U0001F600", rx::kUnicode) == "none");  // half a pair
  CHECK(run16("\\uD83D", u"a\U0001F600") == "1-2");
}

namespace {

// The code points of \\p{name} or \\p{name=value}, as normalized ranges ("none" if unknown).
std::vector<rx::Range> property(const char* name, const char* value = nullptr, bool negate = false) {
  rx::CharClass cls = {};
  if (!rx::class_add_property(&cls, name, value, negate)) return {};
  rx::class_normalize(&cls);
  std::vector<rx::Range> out(cls.ranges.items, cls.ranges.items + cls.ranges.count);
  cls.ranges.release();
  return out;
}

uint64_t size_of(const std::vector<rx::Range>& ranges) {
  uint64_t n = 0;
  for (const rx::Range& r : ranges) n += r.to - r.from + 1;
  return n;
}

bool same(const std::vector<rx::Range>& a, std::initializer_list<rx::Range> b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const rx::Range& x, const rx::Range& y) {
           return x.from == y.from && x.to == y.to;
         });
}

}  // namespace

TEST_CASE("regexp: property tables decode to the Unicode 15.0 sets") {
  // Every code point has exactly one General_Category and one Script: the leaf categories' and the
  // scripts' sizes add up to the code space (and their unions, C L M N P S Z, to it as well).
  const char* leaves[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
                          "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};
  uint64_t total = 0;
  for (const char* leaf : leaves) total += size_of(property(leaf));
  CHECK(total == 0x110000);
  uint64_t groups = 0;
  for (const char* group : {"C", "L", "M", "N", "P", "S", "Z"}) groups += size_of(property(group));
  CHECK(groups == 0x110000);
  CHECK(size_of(property("LC")) == size_of(property("Lu")) + size_of(property("Ll")) + size_of(property("Lt")));
  CHECK(same(property("Cs"), {{0xD800, 0xDFFF}}));
  CHECK(same(property("Co"), {{0xE000, 0xF8FF}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}}));
  CHECK(same(property("Zl"), {{0x2028, 0x2028}}));
  CHECK(size_of(property("Cn")) == 0x110000 - size_of(property("Assigned")));
  CHECK(size_of(property("Lu")) == 1831);  // Unicode 15.0 (DerivedGeneralCategory.txt)
  CHECK(size_of(property("Nd")) == 680);
  // Binary properties (a category mask toggled by a diff) come out exact.
  CHECK(same(property("ASCII_Hex_Digit"), {{'0', '9'}, {'A', 'F'}, {'a', 'f'}}));
  CHECK(same(property("White_Space"), {{9, 13}, {0x20, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680},
                                       {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
                                       {0x3000, 0x3000}}));
  CHECK(same(property("Any"), {{0, 0x10FFFF}}));
  CHECK(same(property("ASCII"), {{0, 0x7F}}));
  CHECK(property("Any", nullptr, true).empty());
  CHECK(same(property("ASCII", nullptr, true), {{0x80, 0x10FFFF}}));
  CHECK(same(property("Regional_Indicator"), {{0x1F1E6, 0x1F1FF}}));
  CHECK(size_of(property("Noncharacter_Code_Point")) == 66);
  CHECK(size_of(property("Alphabetic")) == 137765);  // DerivedCoreProperties.txt's total, 15.0
  CHECK(size_of(property("ID_Start")) == 136345);
  CHECK(size_of(property("Uppercase")) == 1951);
  // Aliases name the same set; names are exact (no loose matching).
  CHECK(size_of(property("Alpha")) == size_of(property("Alphabetic")));
  CHECK(size_of(property("space")) == size_of(property("White_Space")));
  CHECK(property("alphabetic").empty());
  CHECK(property("Lowercase_letter").empty());
  CHECK(size_of(property("gc", "Lu")) == 1831);
  CHECK(size_of(property("General_Category", "Uppercase_Letter")) == 1831);
  CHECK(property("gc", "Alpha").empty());
  CHECK(property("Alpha", "Y").empty());
  // Scripts, and Script_Extensions where ScriptExtensions.txt replaces {Script}.
  CHECK(size_of(property("sc", "Greek")) == size_of(property("Script", "Grek")));
  CHECK(size_of(property("sc", "Greek")) == 518);  // Scripts.txt's total, 15.0
  CHECK(property("Greek").empty());                // a script needs sc= or scx=
  CHECK(property("sc", "Hrkt").empty());           // no code point: invalid, as on the VM
  auto has = [](const std::vector<rx::Range>& set, uint32_t c) {
    for (const rx::Range& r : set) {
      if (c >= r.from && c <= r.to) return true;
    }
    return false;
  };
  // U+0640 ARABIC TATWEEL: Script Common, Script_Extensions {Adlm Arab Mand Mani Ougr Phlp Rohg Sogd Syrc}.
  CHECK(has(property("sc", "Zyyy"), 0x640));
  CHECK_FALSE(has(property("scx", "Zyyy"), 0x640));
  CHECK(has(property("scx", "Syriac"), 0x640));
  CHECK_FALSE(has(property("sc", "Syriac"), 0x640));
  CHECK(has(property("scx", "Arab"), 0x627));  // not listed: its Script
  CHECK(size_of(property("scx", "Zzzz")) == size_of(property("sc", "Zzzz")));
  uint64_t scripts = 0;
  for (const char* sc : {"Latn", "Grek", "Cyrl", "Zyyy", "Zinh", "Zzzz", "Hani", "Arab"}) scripts += size_of(property("sc", sc));
  CHECK(scripts < 0x110000);
}

TEST_CASE("regexp: property escapes in patterns") {
  CHECK(run("\\p{Lu}+", "abcDEFg", rx::kUnicode) == "3-6");
  CHECK(run("\\P{Lu}+", "ABcdE", rx::kUnicode) == "2-4");
  CHECK(run("[\\p{Nd}x]+", "ab12x3c", rx::kUnicode) == "2-6");
  CHECK(run("[^\\p{L}]", "ab1", rx::kUnicode) == "2-3");
  CHECK(run("\\p{Lu}", "a", rx::kUnicode | rx::kIgnoreCase) == "0-1");   // closed over case
  CHECK(run("\\P{Lu}", "A", rx::kUnicode | rx::kIgnoreCase) == "0-1");   // 'a' is in \\P{Lu}
  CHECK(run("[^\\p{Lu}]", "a", rx::kUnicode | rx::kIgnoreCase) == "none");
  CHECK(run("\\p{L}", "xp{L}") == "1-5");  // outside unicode mode \\p is p
  CHECK(error_of("\\p", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{L", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\pL", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{}", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{L }", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{sc=}", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{sc=Greek=Latin}", rx::kUnicode) == "Invalid property name");
  CHECK(error_of("\\p{Changes_When_NFKC_Casefolded_And_More_Than_Forty}", rx::kUnicode) ==
        "Invalid property name");
  CHECK(error_of("[\\p{L}-z]", rx::kUnicode) == "Invalid character class");
  // Deseret (U+10400..U+1044F) has case: under /iu \\p{Ll} matches its capitals, as on the VM.
  int64_t captures[2];
  CHECK(rx::match(compile("^\\p{Ll}$", rx::kUnicode | rx::kIgnoreCase), view16(u"\U00010400"), 0, false, captures));
  CHECK(rx::match(compile("\\u{10400}", rx::kUnicode | rx::kIgnoreCase), view16(u"\U00010428"), 0, false, captures));
  CHECK_FALSE(rx::match(compile("^\\p{Ll}$", rx::kUnicode), view16(u"\U00010400"), 0, false, captures));
  CHECK(error_of("\\p{Changes_When_NFKC_Casefolded}", rx::kUnicode) == "");
}

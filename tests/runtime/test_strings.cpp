// Strings: representations, concatenation, equality, hashing, comparison, substrings, and UTF-8
// in both directions (printing and argv).
#include <doctest/doctest.h>
#include <unistd.h>

#include "dart_string.h"
#include "fixture.h"

namespace {

// A two-byte string from UTF-16 units (bypassing the canonical-representation rule on purpose
// where a test wants to).
dart_word utf16(std::initializer_list<uint16_t> units) {
  dart_word s = dartrt_string_new_two_byte((int64_t)units.size());
  uint16_t* data = const_cast<uint16_t*>(dart_two_byte_data(reinterpret_cast<DartString*>(s)));
  size_t i = 0;
  for (uint16_t u : units) data[i++] = u;
  return s;
}

uint32_t cid_of(dart_word s) { return dart_header_cid(reinterpret_cast<DartString*>(s)->header); }
uint32_t length_of(dart_word s) { return reinterpret_cast<DartString*>(s)->length; }

std::string bytes(dart_word s) { return to_std(s); }

}  // namespace

TEST_CASE("UTF-8 decoding picks the representation and replaces malformed input") {
  test_isolate();
  dart_word ascii = str("hello");
  CHECK(cid_of(ascii) == kOneByteStringCid);
  CHECK(length_of(ascii) == 5);
  dart_word latin1 = str("h\xC3\xA9llo");  // é fits one byte
  CHECK(cid_of(latin1) == kOneByteStringCid);
  CHECK(length_of(latin1) == 5);
  CHECK(dartrt_string_code_unit_at(latin1, 1) == 0xE9);
  dart_word euro = str("\xE2\x82\xAC");  // U+20AC
  CHECK(cid_of(euro) == kTwoByteStringCid);
  CHECK(dartrt_string_code_unit_at(euro, 0) == 0x20AC);
  dart_word emoji = str("\xF0\x9F\x98\x80");  // U+1F600: a surrogate pair
  CHECK(length_of(emoji) == 2);
  CHECK(dartrt_string_code_unit_at(emoji, 0) == 0xD83D);
  CHECK(dartrt_string_code_unit_at(emoji, 1) == 0xDE00);
  // Malformed: a lone continuation byte, a truncated sequence, an overlong encoding, an encoded
  // surrogate, and a byte that never appears in UTF-8.
  dart_word bad = str("a\x80" "b\xE2\x82" "c\xC0\xAF" "d\xED\xA0\x80" "e\xFF");
  CHECK(bytes(bad) ==
        "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e\xEF\xBF\xBD");
  CHECK(length_of(str("")) == 0);
}

TEST_CASE("UTF-8 encoding of two-byte strings: pairs combine, lone surrogates become U+FFFD") {
  test_isolate();
  CHECK(bytes(utf16({0xD83D, 0xDE00})) == "\xF0\x9F\x98\x80");
  CHECK(bytes(utf16({'a', 0xD83D, 'b'})) == "a\xEF\xBF\xBD" "b");     // lone high
  CHECK(bytes(utf16({'a', 0xDE00, 'b'})) == "a\xEF\xBF\xBD" "b");     // lone low
  CHECK(bytes(utf16({0xDE00, 0xD83D})) == "\xEF\xBF\xBD\xEF\xBF\xBD");  // reversed pair
  CHECK(bytes(utf16({0xD83D})) == "\xEF\xBF\xBD");                    // high at the end
  CHECK(bytes(utf16({0x20AC, 0x7FF, 0x80, 0x7F})) == "\xE2\x82\xAC\xDF\xBF\xC2\x80\x7F");
  CHECK(bytes(utf16({0xFFFF})) == "\xEF\xBF\xBF");
  CHECK(bytes(str("h\xC3\xA9")) == "h\xC3\xA9");  // Latin-1 one-byte data re-encoded
}

TEST_CASE("UTF-8 encoding in chunks never splits a surrogate pair") {
  test_isolate();
  // 2047 'x' then a pair straddling the 2048-unit chunk boundary of utf8_write.
  dart_word s = dartrt_string_new_two_byte(2050);
  uint16_t* d = const_cast<uint16_t*>(dart_two_byte_data(reinterpret_cast<DartString*>(s)));
  for (int i = 0; i < 2047; ++i) d[i] = 'x';
  d[2047] = 0xD83D;
  d[2048] = 0xDE00;
  d[2049] = 0x20AC;
  static std::string collected;
  collected.clear();
  dartrt::utf8_write(dartrt::string_view(s), [](const uint8_t* p, size_t n) { collected.append(reinterpret_cast<const char*>(p), n); });
  CHECK(collected == std::string(2047, 'x') + "\xF0\x9F\x98\x80\xE2\x82\xAC");
}

TEST_CASE("concatenation") {
  test_isolate();
  CHECK(bytes(dartrt_string_concat(str("foo"), str("bar"))) == "foobar");
  dart_word mixed = dartrt_string_concat(str("a"), str("\xE2\x82\xAC"));
  CHECK(cid_of(mixed) == kTwoByteStringCid);
  CHECK(bytes(mixed) == "a\xE2\x82\xAC");
  CHECK(bytes(dartrt_string_concat(str("x="), DART_NULL)) == "x=null");
  dart_word parts[] = {str("a"), str(""), str("\xC3\xA9"), str("\xF0\x9F\x98\x80"), str("z")};
  dart_word all = dartrt_string_concat_n(parts, 5);
  CHECK(length_of(all) == 5);
  CHECK(bytes(all) == "a\xC3\xA9\xF0\x9F\x98\x80z");
  CHECK(bytes(dartrt_string_concat_n(parts, 0)) == "");
  CHECK(dartrt_string_concat_n(parts, 1) == parts[0]);
}

TEST_CASE("equality, hashing and comparison") {
  test_isolate();
  dart_word a = str("hello"), b = str("hello"), c = str("help!");
  CHECK(a != b);
  CHECK(dartrt_string_equals(a, b));
  CHECK_FALSE(dartrt_string_equals(a, c));
  CHECK_FALSE(dartrt_string_equals(a, str("hell")));
  CHECK_FALSE(dartrt_string_equals(a, DART_NULL));
  CHECK(dartrt_string_equals(DART_NULL, DART_NULL));
  // Across representations (not canonical, but equality must not care).
  dart_word wide = utf16({'h', 'e', 'l', 'l', 'o'});
  CHECK(dartrt_string_equals(a, wide));
  CHECK(dartrt_string_hash(a) == dartrt_string_hash(wide));
  CHECK(dartrt_string_hash(a) == dartrt_string_hash(b));
  CHECK(dartrt_string_hash(a) != dartrt_string_hash(c));
  // The VM's hash: Jenkins one-at-a-time over code units, 30 bits, never 0.
  uint32_t h = 0;
  for (char ch : std::string("hello")) h = dart_hash_combine(h, (uint8_t)ch);
  CHECK(dartrt_string_hash(a) == dart_hash_finalize(h));
  CHECK(dartrt_string_hash(a) < (1u << 30));
  CHECK(dartrt_string_hash(str("")) == 1);
  // Cached in heap strings.
  CHECK(reinterpret_cast<DartString*>(a)->hash == dartrt_string_hash(a));
  // A string with a cached hash still compares equal to one without.
  CHECK(dartrt_string_equals(a, str("hello")));

  CHECK(dartrt_string_compare(str("a"), str("b")) == -1);
  CHECK(dartrt_string_compare(str("b"), str("a")) == 1);
  CHECK(dartrt_string_compare(str("abc"), str("abc")) == 0);
  CHECK(dartrt_string_compare(str("ab"), str("abc")) == -1);
  CHECK(dartrt_string_compare(str("B"), str("a")) == -1);
  CHECK(dartrt_string_compare(str("\xE2\x82\xAC"), str("\xC3\xA9")) == 1);
  // Code units, not code points: U+FFFF sorts after U+1F600 (a surrogate pair D83D DE00).
  CHECK(dartrt_string_compare(utf16({0xFFFF}), str("\xF0\x9F\x98\x80")) == 1);
}

TEST_CASE("substring, code units, fromCharCode") {
  test_isolate();
  dart_word s = str("hello world");
  CHECK(bytes(dartrt_string_substring(s, 6, 11)) == "world");
  CHECK(bytes(dartrt_string_substring(s, 3, 3)) == "");
  CHECK(dartrt_string_substring(s, 0, 11) == s);
  dart_word w = str("a\xE2\x82\xAC" "bc");
  dart_word tail = dartrt_string_substring(w, 2, 4);
  CHECK(cid_of(tail) == kOneByteStringCid);  // canonical: no unit above 0xFF left
  CHECK(bytes(tail) == "bc");
  CHECK(cid_of(dartrt_string_substring(w, 1, 3)) == kTwoByteStringCid);
  CHECK(dartrt_string_code_unit_at(s, 4) == 'o');
  CHECK(bytes(dartrt_string_from_char_code(65)) == "A");
  CHECK(bytes(dartrt_string_from_char_code(0xE9)) == "\xC3\xA9");
  CHECK(cid_of(dartrt_string_from_char_code(0xE9)) == kOneByteStringCid);
  CHECK(bytes(dartrt_string_from_char_code(0x20AC)) == "\xE2\x82\xAC");
  dart_word smile = dartrt_string_from_char_code(0x1F600);
  CHECK(length_of(smile) == 2);
  CHECK(bytes(smile) == "\xF0\x9F\x98\x80");
}

TEST_CASE("print writes UTF-8 and a newline to buffered stdout, and stderr flushes stdout first") {
  ChildResult r = run_in_child([] {
    dartrt_print_string(str("h\xC3\xA9llo"));
    dartrt_print_string(utf16({0xD83D, 0xDE00, ' ', 0xD800}));
    dartrt_print_string(DART_NULL);
    dartrt_stdout_write(str("no newline"));
    const uint8_t raw[] = {'!', '\n'};
    dartrt_stdout_write_bytes(raw, 2);
  });
  CHECK(r.exit_code == 0);
  CHECK(r.out == "h\xC3\xA9llo\n\xF0\x9F\x98\x80 \xEF\xBF\xBD\nnull\nno newline!\n");

  ChildResult order = run_in_child([] {
    dup2(1, 2);  // both streams into one pipe
    dartrt_print_string(str("first"));
    dartrt_stderr_write(str("second\n"));
    dartrt_print_string(str("third"));
  });
  CHECK(order.out == "first\nsecond\nthird\n");

  ChildResult big = run_in_child([] {
    std::string line(1000, 'y');
    for (int i = 0; i < 200; ++i) dartrt_print_string(str(line.c_str()));
  });
  CHECK(big.out.size() == 200 * 1001);
}

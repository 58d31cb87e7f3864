// int and double to text. Expected texts are what the Dart VM prints; they were derived by hand
// from the VM's rules (runtime/vm/double_conversion.cc and sdk/lib/_internal/vm/lib/double.dart:
// double-conversion's shortest/fixed/precision/exponential modes, decimal notation for decimal
// exponents in [-6, 21)) and cross-checked against JavaScript, whose Number formatting uses the
// same library and rules except where noted (JS prints "1e21"-style exponents without the
// trailing ".0" rules Dart adds, and JS's toFixed prints -0 as "0").
#include <doctest/doctest.h>
#include <math.h>

#include "dtoa.h"
#include "fixture.h"

namespace {

std::string d2s(double v) { return to_std(dartrt_double_to_string(v)); }
std::string fixed(double v, int f) { return to_std(dartrt_double_to_string_as_fixed(v, f)); }
std::string expo(double v, int f) { return to_std(dartrt_double_to_string_as_exponential(v, f)); }
std::string prec(double v, int p) { return to_std(dartrt_double_to_string_as_precision(v, p)); }
std::string i2s(int64_t v) { return to_std(dartrt_int_to_string(v)); }
std::string radix(int64_t v, int r) { return to_std(dartrt_int_to_radix_string(v, r)); }

double from_bits(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace

TEST_CASE("int.toString") {
  test_isolate();
  CHECK(i2s(0) == "0");
  CHECK(i2s(7) == "7");
  CHECK(i2s(-1) == "-1");
  CHECK(i2s(1234567890) == "1234567890");
  CHECK(i2s(-987654321012) == "-987654321012");
  CHECK(i2s(INT64_MAX) == "9223372036854775807");
  CHECK(i2s(INT64_MIN) == "-9223372036854775808");
  CHECK(i2s(DART_SMI_MAX) == "4611686018427387903");
  CHECK(i2s(DART_SMI_MIN) == "-4611686018427387904");
}

TEST_CASE("int.toRadixString") {
  test_isolate();
  CHECK(radix(0, 2) == "0");
  CHECK(radix(255, 16) == "ff");
  CHECK(radix(-255, 16) == "-ff");
  CHECK(radix(5, 2) == "101");
  CHECK(radix(35, 36) == "z");
  CHECK(radix(36, 36) == "10");
  CHECK(radix(8, 8) == "10");
  CHECK(radix(INT64_MAX, 16) == "7fffffffffffffff");
  CHECK(radix(INT64_MIN, 16) == "-8000000000000000");
  CHECK(radix(INT64_MIN, 2) == "-1" + std::string(63, '0'));
  CHECK(radix(INT64_MAX, 36) == "1y2p0ij32e8e7");
}

TEST_CASE("double.toString: the VM's shortest round-trip texts") {
  test_isolate();
  struct Case {
    double value;
    const char* text;
  } cases[] = {
      {1.0, "1.0"},
      {0.1, "0.1"},
      {100.0, "100.0"},
      {1e21, "1e+21"},
      {1.2345e21, "1.2345e+21"},
      {1e-7, "1e-7"},
      {1.5e-7, "1.5e-7"},
      {0.000001, "0.000001"},
      {0.0000012345, "0.0000012345"},
      {123456789012345680000.0, "123456789012345680000.0"},
      {1e20, "100000000000000000000.0"},
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {-1.5, "-1.5"},
      {3.14159, "3.14159"},
      {0.1 + 0.2, "0.30000000000000004"},
      {1.0 / 3.0, "0.3333333333333333"},
      {2.0 / 3.0, "0.6666666666666666"},
      {5e-324, "5e-324"},
      {-5e-324, "-5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {2.225073858507201e-308, "2.225073858507201e-308"},  // largest denormal
      {1e23, "1e+23"},
      {9007199254740993.0, "9007199254740992.0"},
      {9007199254740994.0, "9007199254740994.0"},
      {2251799813685248.5, "2251799813685248.5"},
      {1e16, "10000000000000000.0"},
      {1.2e16, "12000000000000000.0"},
      {12345.678, "12345.678"},
      {123e-20, "1.23e-18"},
      {4.35, "4.35"},
      {0.3, "0.3"},
      {2.5e-5, "0.000025"},
      {1e-6, "0.000001"},
      {nextafter(1e-6, 0.0), "9.999999999999997e-7"},
      {999999999999999900000.0, "999999999999999900000.0"},
      {1e22, "1e+22"},
      {5e-7, "5e-7"},
      {1.5, "1.5"},
      {100.5, "100.5"},
      {1e100, "1e+100"},
      {1.23456789e-100, "1.23456789e-100"},
      {6.02214076e23, "6.02214076e+23"},
      {299792458.0, "299792458.0"},
      {0.5, "0.5"},
      {1024.0, "1024.0"},
      {4294967296.0, "4294967296.0"},
      {1.7976931348623157e308 / 2, "8.988465674311579e+307"},
      {from_bits(0x0010000000000000), "2.2250738585072014e-308"},  // smallest normal
      {from_bits(0x7FEFFFFFFFFFFFFF), "1.7976931348623157e+308"},
      {from_bits(0x3FF0000000000001), "1.0000000000000002"},
      {from_bits(0x3FEFFFFFFFFFFFFF), "0.9999999999999999"},
      {NAN, "NaN"},
      {INFINITY, "Infinity"},
      {-INFINITY, "-Infinity"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(d2s(c.value) == c.text);
  }
}

TEST_CASE("double.toString round-trips (property over many values)") {
  test_isolate();
  uint64_t x = 0x9E3779B97F4A7C15ull;
  int failures = 0;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    double v = from_bits(x);
    if (isnan(v) || isinf(v)) continue;
    dartrt::Digits d;
    dartrt::shortest_digits(fabs(v) == 0 ? 1.0 : fabs(v), &d);
    std::string text = d2s(v);
    if (strtod(text.c_str(), nullptr) != v) ++failures;
    // Shortest: one digit less never reads back (checked against the %.*e of the C library).
    if (d.length > 1 && v != 0) {
      char shorter[64];
      snprintf(shorter, sizeof shorter, "%.*e", d.length - 2, fabs(v));
      if (strtod(shorter, nullptr) == fabs(v)) ++failures;
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("double.toStringAsFixed") {
  test_isolate();
  CHECK(fixed(1.005, 2) == "1.00");  // 1.00499999999999989...
  CHECK(fixed(1.45, 1) == "1.4");
  CHECK(fixed(2.5, 0) == "3");  // ties round up (away from zero)
  CHECK(fixed(-2.5, 0) == "-3");
  CHECK(fixed(0.5, 0) == "1");
  CHECK(fixed(1.5, 0) == "2");
  CHECK(fixed(0.4, 0) == "0");
  CHECK(fixed(123.456, 2) == "123.46");
  CHECK(fixed(0.0, 2) == "0.00");
  CHECK(fixed(0.0, 0) == "0");
  CHECK(fixed(-0.0, 2) == "-0.00");  // the VM keeps the sign (no UNIQUE_ZERO); JS prints "0.00"
  CHECK(fixed(-0.001, 2) == "-0.00");
  CHECK(fixed(0.000001, 3) == "0.000");
  CHECK(fixed(1e21, 2) == "1e+21");
  CHECK(fixed(-1e21, 2) == "-1e+21");
  CHECK(fixed(1e20, 2) == "100000000000000000000.00");
  CHECK(fixed(3.14159, 0) == "3");
  CHECK(fixed(3.14159, 4) == "3.1416");
  CHECK(fixed(1.23e-10, 20) == "0.00000000012300000000");
  CHECK(fixed(0.1, 20) == "0.10000000000000000555");
  CHECK(fixed(1.0, 20) == "1.00000000000000000000");
  CHECK(fixed(123456789.123456789, 5) == "123456789.12346");
  CHECK(fixed(0.05, 1) == "0.1");  // 0.05000000000000000277
  CHECK(fixed(0.15, 1) == "0.1");  // 0.1499999999999999944
  CHECK(fixed(999.9999, 2) == "1000.00");
  CHECK(fixed(5e-324, 20) == "0.00000000000000000000");
  CHECK(fixed(1.7976931348623157e308, 2) == "1.7976931348623157e+308");
  CHECK(fixed(NAN, 2) == "NaN");
  CHECK(fixed(INFINITY, 2) == "Infinity");
  CHECK(fixed(-INFINITY, 2) == "-Infinity");
  CHECK(fixed(42.0, 1) == "42.0");
  CHECK(fixed(-42.126, 2) == "-42.13");
}

TEST_CASE("double.toStringAsExponential") {
  test_isolate();
  CHECK(expo(123.456, -1) == "1.23456e+2");
  CHECK(expo(123.456, 2) == "1.23e+2");
  CHECK(expo(123.456, 0) == "1e+2");
  CHECK(expo(0.0, 2) == "0.00e+0");
  CHECK(expo(0.0, -1) == "0e+0");
  CHECK(expo(-0.0, -1) == "-0e+0");
  CHECK(expo(1.0, -1) == "1e+0");
  CHECK(expo(0.00001, 1) == "1.0e-5");
  CHECK(expo(-1.5, 0) == "-2e+0");
  CHECK(expo(1.5, 3) == "1.500e+0");
  CHECK(expo(1e21, -1) == "1e+21");
  CHECK(expo(1.7976931348623157e308, 20) == "1.79769313486231570815e+308");
  CHECK(expo(5e-324, 2) == "4.94e-324");
  CHECK(expo(NAN, 2) == "NaN");
  CHECK(expo(INFINITY, -1) == "Infinity");
  CHECK(expo(-INFINITY, 3) == "-Infinity");
}

TEST_CASE("double.toStringAsPrecision") {
  test_isolate();
  CHECK(prec(123.456, 2) == "1.2e+2");
  CHECK(prec(123.456, 4) == "123.5");
  CHECK(prec(123.456, 10) == "123.4560000");
  CHECK(prec(0.00001234, 2) == "0.000012");
  CHECK(prec(0.000001234, 2) == "0.0000012");
  CHECK(prec(0.0000001234, 2) == "1.2e-7");
  CHECK(prec(1e-7, 3) == "1.00e-7");
  CHECK(prec(0.0, 3) == "0.00");
  CHECK(prec(0.0, 1) == "0");
  CHECK(prec(-0.0, 3) == "-0.00");
  CHECK(prec(123456.0, 3) == "1.23e+5");
  CHECK(prec(123456.0, 6) == "123456");
  CHECK(prec(1.0, 1) == "1");
  CHECK(prec(9.99, 2) == "10");
  CHECK(prec(99.9, 2) == "1.0e+2");
  CHECK(prec(1e21, 3) == "1.00e+21");
  CHECK(prec(-1.5, 1) == "-2");
  CHECK(prec(2.5, 1) == "3");
  CHECK(prec(0.1, 21) == "0.100000000000000005551");
  CHECK(prec(NAN, 5) == "NaN");
  CHECK(prec(-INFINITY, 5) == "-Infinity");
}

TEST_CASE("boxing helpers") {
  test_isolate();
  CHECK(dartrt_box_int(5) == dart_smi_from(5));
  CHECK(dartrt_box_int(DART_SMI_MIN) == dart_smi_from(DART_SMI_MIN));
  dart_word big = dartrt_box_int(INT64_MAX);
  REQUIRE((big & 1) == 0);
  CHECK(dart_header_cid(reinterpret_cast<DartBoxedInt*>(big)->header) == kIntCid);
  CHECK(reinterpret_cast<DartBoxedInt*>(big)->value == INT64_MAX);
  dart_word d = dartrt_box_double(2.5);
  CHECK(dart_header_cid(reinterpret_cast<DartBoxedDouble*>(d)->header) == kDoubleCid);
  CHECK(reinterpret_cast<DartBoxedDouble*>(d)->value == 2.5);
}

namespace {

// double.tryParse as the runtime implements it: {ok, value}.
std::pair<bool, double> parse(const char* text) {
  double v = 0;
  bool ok = dartrt_double_try_parse(str(text), &v) != 0;
  return {ok, v};
}

}  // namespace

TEST_CASE("double.parse accepts the VM's syntax and rounds correctly") {
  test_isolate();
  CHECK(parse("1.5") == std::make_pair(true, 1.5));
  CHECK(parse("  -2.25e3 \n") == std::make_pair(true, -2250.0));
  CHECK(parse("+7") == std::make_pair(true, 7.0));
  CHECK(parse(".5") == std::make_pair(true, 0.5));
  CHECK(parse("5.") == std::make_pair(true, 5.0));
  CHECK(parse("1E-3") == std::make_pair(true, 0.001));
  CHECK(parse("0.1") == std::make_pair(true, 0.1));
  CHECK(parse("123456789012345678901234567890") == std::make_pair(true, 1.2345678901234568e29));
  CHECK(parse("2.2250738585072011e-308") == std::make_pair(true, 2.225073858507201e-308));
  CHECK(parse("1e400") == std::make_pair(true, (double)INFINITY));
  CHECK(parse("Infinity") == std::make_pair(true, (double)INFINITY));
  CHECK(parse("-Infinity") == std::make_pair(true, -(double)INFINITY));
  CHECK(parse("\xC2\xA0" "3\xE2\x80\x80") == std::make_pair(true, 3.0));  // NBSP, EN QUAD
  CHECK(parse("NaN").first);
  CHECK(isnan(parse("NaN").second));
  for (const char* bad : {"", " ", ".", "e5", "1e", "1e+", "--1", "1.2.3", "0x10", "inf", "nan", "Infinityx", "1 2", "1_000", "+", "-"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse(bad).first);
  }
}

TEST_CASE("identity hashes and clocks") {
  test_isolate();
  Node* a = new_node(0, 1);
  Node* b = new_node(0, 2);
  CHECK(dartrt_identity_hash(word(a)) == dartrt_identity_hash(word(a)));
  CHECK(dartrt_identity_hash(word(a)) != dartrt_identity_hash(word(b)));
  CHECK(dartrt_identity_hash(word(a)) > 0);
  CHECK(dartrt_identity_hash(word(a)) < (1 << 30));
  int64_t t0 = dartrt_monotonic_micros();
  CHECK(dartrt_monotonic_micros() >= t0);
  CHECK(dartrt_wall_clock_micros() > INT64_C(1600000000) * 1000000);
  CHECK(dartrt_number_of_processors() >= 1);
}

TEST_CASE("the 128-bit fast path of digit generation agrees with the big-integer reference") {
  uint64_t x = 0x2545F4914F6CDD1Dull;
  auto next = [&] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  int mismatches = 0;
  for (int i = 0; i < 100000; ++i) {
    double v;
    if (i % 2) {
      // Magnitudes around the fast path's edges: 2^-130 .. 2^80.
      int e = (int)(next() % 210) - 130;
      v = ldexp((double)(next() >> 11) / 9007199254740992.0 + 0.5, e);
    } else {
      uint64_t bits = next() & 0x7FEFFFFFFFFFFFFFull;
      memcpy(&v, &bits, sizeof v);
    }
    if (v == 0) continue;
    dartrt::Digits a, b;
    dartrt::shortest_digits(v, &a);
    dartrt::reference_digits(0, v, 0, &b);
    if (a.length != b.length || a.point != b.point || memcmp(a.digits, b.digits, (size_t)a.length) != 0) ++mismatches;
    int count = 1 + (int)(next() % 21);
    dartrt::counted_digits(v, count, &a);
    dartrt::reference_digits(1, v, count, &b);
    if (a.point != b.point || memcmp(a.digits, b.digits, (size_t)count) != 0) ++mismatches;
    if (v < 1e21) {
      int f = (int)(next() % 21);
      dartrt::fixed_digits(v, f, &a);
      dartrt::reference_digits(2, v, f, &b);
      if (a.length != b.length || memcmp(a.digits, b.digits, (size_t)a.length) != 0) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
}

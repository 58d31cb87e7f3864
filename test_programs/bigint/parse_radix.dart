// BigInt.parse/tryParse (the VM's rules: surrounding JavaScript whitespace, one sign, "0x" only
// without a radix, the radix checked only once the text has the shape of a number) and
// toString/toRadixString round trips in every radix. From the VM's
// sdk/lib/_internal/vm/lib/bigint_patch.dart; the values computed with Python 3's int(s, radix)
// and a digit loop (python3 on the build machine; test_programs/bigint/expected.py).
void main() {
  BigInt n = BigInt.parse("-31415926535897932384626433832795028841971693993751058209749445923");
  for (int radix = 2; radix <= 36; radix++) {
    String s = n.toRadixString(radix);
    BigInt back = BigInt.parse(s, radix: radix);
    print("$radix ${s.length} ${back == n} ${radix == 2 || radix == 7 || radix == 16 || radix == 36 ? s : ''}");
  }
  BigInt f = BigInt.from(3).pow(2000);
  print("3^2000 in radix 10 round trip: ${BigInt.parse(f.toString()) == f}, radix 16: ${BigInt.parse(f.toRadixString(16), radix: 16) == f}, radix 36: ${BigInt.parse(f.toRadixString(36), radix: 36) == f}");
  print("${f.toRadixString(10).length} ${f.toRadixString(3).length} ${f.toRadixString(27).length} ${f.toRadixString(16).substring(0, 20)}");
  List<String> inputs = [
    "0", "-0", "+0", "007", "  42  ", "\t-42\n", "\u00a0123\u3000", "\u0085123", "+-1", "--1", "- 1",
    "", " ", "+", "-", "0x", "0x1F", "0X1f", "-0xff", "0x-1", "0xg", "1e5", "12ab", "1_000", "١٢٣",
    "99999999999999999999999999999999999999", "9223372036854775808", "-9223372036854775809",
  ];
  for (String s in inputs) {
    String shown = s.replaceAll("\t", "\\t").replaceAll("\n", "\\n").replaceAll("\u00a0", "<nbsp>")
        .replaceAll("\u3000", "<ideographic space>").replaceAll("\u0085", "<nel>");
    print("'$shown': ${BigInt.tryParse(s)} radix 16: ${BigInt.tryParse(s, radix: 16)} radix 36: ${BigInt.tryParse(s, radix: 36)} radix 2: ${BigInt.tryParse(s, radix: 2)}");
  }
  print(BigInt.parse("zz", radix: 36));
  print(BigInt.parse("-ZZZZZZZZZZZZZZZZZZZZZZZZ", radix: 36));
  print(BigInt.parse("0x1f", radix: 34));
  print(BigInt.parse("11111111111111111111111111111111111111111111111111111111111111111111111", radix: 2));
  print(BigInt.parse("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"));
  try {
    BigInt.parse("12x");
  } on FormatException catch (e) {
    print(e);
  }
  try {
    BigInt.parse("");
  } on FormatException catch (e) {
    print(e);
  }
  try {
    BigInt.parse("12", radix: 37);
  } catch (e) {
    print(e);
  }
  try {
    print(BigInt.tryParse("xyz!", radix: 1));
    BigInt.tryParse("12", radix: 1);
  } catch (e) {
    print(e);
  }
  try {
    BigInt.one.toRadixString(1);
  } catch (e) {
    print(e);
  }
  try {
    BigInt.one.toRadixString(37);
  } catch (e) {
    print(e);
  }
}

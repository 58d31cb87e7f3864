// Numbers: int and double arithmetic, rounding, formatting and parsing with the VM's texts.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// num.dart, int.dart, double.dart; sdk/lib/_internal/vm/lib/integers.dart, double.dart,
// integers_patch.dart, double_patch.dart; the double-conversion rules the VM uses: shortest
// round-trip digits, decimal notation for exponents in [-6, 21), fixed/precision/exponential
// rounding half away from zero on the exact binary value). modPow results were checked with
// Python's pow(b, e, m). FormatException texts follow sdk/lib/core/exceptions.dart (source line
// plus a caret under the offset).
void main() {
  // int arithmetic.
  print('${7 ~/ 2} ${-7 ~/ 2} ${7 % 3} ${-7 % 3} ${7 % -3} ${7.remainder(-3)} ${(-7).remainder(3)}');
  print('${10 / 4} ${10 / 5} ${1 / 0} ${-1 / 0} ${0 / 0}');
  print(9223372036854775807 + 1);
  print(-9223372036854775808 - 1);
  print(3037000500 * 3037000500);
  print('${1 << 62} ${1 << 63} ${1 << 64} ${-1 >> 70} ${-1 >>> 60}');
  print('${5.isEven} ${5.isOdd} ${(-3).isNegative} ${0.isNegative} ${(-7).abs()} ${(-7).sign} ${0.sign}');
  print('${12.gcd(18)} ${(-12).gcd(18)} ${0.gcd(5)} ${7.gcd(0)}');
  print('${4.modPow(13, 497)} ${2.modPow(100, 1000000007)} ${3.modPow(1000000000000000000, 1000000000000000009)}');
  print('${0.bitLength} ${1.bitLength} ${255.bitLength} ${(-1).bitLength} ${(-256).bitLength} ${(1 << 62).bitLength}');
  print('${5.clamp(1, 3)} ${(-5).clamp(1, 3)} ${2.clamp(1, 3)} ${2.5.clamp(0, 1)}');
  print('${1.compareTo(2)} ${2.compareTo(1)} ${1.compareTo(1.0)} ${2.0.compareTo(1)}');
  print('${(-0.0).compareTo(0.0)} ${0.0.compareTo(-0.0)} ${double.nan.compareTo(1.0)} ${1.0.compareTo(double.nan)} ${double.nan.compareTo(double.nan)}');
  print('${1.toDouble()} ${3.9.toInt()} ${(-3.9).toInt()} ${7.toInt()}');

  // Rounding.
  print('${2.5.round()} ${(-2.5).round()} ${2.4.round()} ${(-0.5).round()} ${0.5.round()}');
  print('${(-2.6).floor()} ${2.1.ceil()} ${2.9.truncate()} ${(-2.9).truncate()}');
  print('${3.7.roundToDouble()} ${(-0.4).roundToDouble()} ${2.5.floorToDouble()} ${2.1.ceilToDouble()} ${(-2.7).truncateToDouble()}');
  print('${(-2.5).abs()} ${(-0.0).abs()} ${(-3.5).sign} ${0.0.sign} ${2.0.sign}');

  // double properties and constants.
  print('${double.nan.isNaN} ${double.infinity.isInfinite} ${double.negativeInfinity.isNegative} ${(-0.0).isNegative} ${0.0.isNegative}');
  print('${double.infinity.isFinite} ${1.5.isFinite} ${double.nan.isFinite}');
  print('${double.maxFinite} ${double.minPositive} ${double.infinity} ${double.negativeInfinity} ${double.nan}');

  // double.toString.
  print('${1e21} ${1e20} ${123456789012345680000.0} ${0.000001} ${0.0000001} ${1 / 3} ${100.0} ${-0.0}');
  print('${0.1 + 0.2} ${1.5e300 * 1e10} ${2e-320} ${123.0e-2} ${5e-324 / 2}');

  // toStringAsFixed / toStringAsExponential / toStringAsPrecision / toRadixString.
  print('${3.14159.toStringAsFixed(2)} ${1.005.toStringAsFixed(2)} ${(-0.0).toStringAsFixed(2)} ${1e21.toStringAsFixed(2)}');
  print('${123.456.toStringAsFixed(0)} ${0.5.toStringAsFixed(0)} ${2.5.toStringAsFixed(0)} ${(-2.5).toStringAsFixed(0)} ${1.45.toStringAsFixed(1)}');
  print('${42.toStringAsFixed(3)} ${double.nan.toStringAsFixed(2)} ${double.infinity.toStringAsFixed(1)} ${0.000001234.toStringAsFixed(8)}');
  print('${123456.toStringAsExponential(2)} ${0.00012.toStringAsExponential()} ${1.0.toStringAsExponential()} ${0.0.toStringAsExponential(3)}');
  print('${123.456.toStringAsPrecision(4)} ${0.000123.toStringAsPrecision(2)} ${123456789.0.toStringAsPrecision(3)} ${1.0.toStringAsPrecision(3)}');
  print('${255.toRadixString(16)} ${(-255).toRadixString(2)} ${35.toRadixString(36)} ${0.toRadixString(7)}');
  print((-9223372036854775808).toRadixString(16));

  // Parsing.
  print('${int.parse('42')} ${int.parse(' -17 ')} ${int.parse('0x1F')} ${int.parse('ff', radix: 16)} ${int.parse('-0x10')} ${int.parse('+5')}');
  print('${int.parse('12a', radix: 16)} ${int.parse('zz', radix: 36)} ${int.parse('-101', radix: 2)} ${int.parse('9223372036854775807')}');
  print('${int.parse('-9223372036854775808')} ${int.parse('0xFFFFFFFFFFFFFFFF')} ${int.parse('000000000000000000000000000042')}');
  print('${int.tryParse('abc')} ${int.tryParse('')} ${int.tryParse('1 2')} ${int.tryParse('0x')} ${int.tryParse('12', radix: 3)}');
  print('${double.parse('3.14')} ${double.parse('  1e3 ')} ${double.parse('-.5')} ${double.parse('Infinity')} ${double.parse('-Infinity')} ${double.parse('NaN')}');
  print('${double.parse('1')} ${double.tryParse('0x10')} ${double.tryParse('1.2.3')} ${double.tryParse('')} ${double.parse('1E-2')}');
  print('${num.parse('12')} ${num.parse('1.5')} ${num.parse(' 7 ') is int} ${num.tryParse('x')}');
  for (var text in ['abc', '', '  ', '-', '12x', '9223372036854775808', '-9223372036854775809', '0x']) {
    try {
      print(int.parse(text));
    } catch (e) {
      print(e);
    }
  }
  try {
    int.parse('2', radix: 2);
  } catch (e) {
    print(e);
  }
  try {
    int.parse('1', radix: 40);
  } catch (e) {
    print(e);
  }
  try {
    double.parse('abc');
  } catch (e) {
    print(e);
  }
  try {
    num.parse('x');
  } catch (e) {
    print(e);
  }

  // Errors.
  try {
    1.5.toStringAsFixed(21);
  } catch (e) {
    print(e);
  }
  try {
    1.5.toStringAsPrecision(0);
  } catch (e) {
    print(e);
  }
  try {
    10.toRadixString(1);
  } catch (e) {
    print(e);
  }
  try {
    double.infinity.toInt();
  } catch (e) {
    print(e);
  }
  try {
    double.nan.round();
  } catch (e) {
    print(e);
  }
  try {
    print(1 ~/ 0);
  } catch (e) {
    print(e);
  }
  try {
    print(5.modPow(-1, 7));
  } catch (e) {
    print(e);
  }
  try {
    print(3.clamp(5, 1));
  } catch (e) {
    print(e);
  }
}

// Conformance: Expressions — double operators and formatting (dartLangSpec.tex, "Numbers";
// dart:core double and num documentation): IEEE 754 arithmetic, NaN compares unequal to itself,
// `-0.0 == 0.0`, `toString` is the shortest round-tripping form with `.0` for integral values
// and exponents from 1e21, rounding methods, and int/double mixed arithmetic.
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  Expect.equals('0.30000000000000004', '${0.1 + 0.2}');
  Expect.equals('1.0', '${1.0}');
  Expect.equals('1e+21', '${1e21}');
  Expect.equals('100000000000000000000.0', '${1e20}');
  Expect.equals('1e-7', '${0.0000001}');
  Expect.equals('0.000001', '${0.000001}');
  Expect.equals('-0.0', '${-0.0}');
  Expect.equals('NaN', '${0.0 / 0.0}');
  Expect.equals('Infinity', '${1 / 0}');
  Expect.equals('-Infinity', '${-1 / 0}');
  Expect.equals('1.7976931348623157e+308', '${double.maxFinite}');
  Expect.equals('5e-324', '${double.minPositive}');

  var nan = double.nan;
  Expect.isFalse(nan == nan, 'NaN is not == to itself');
  Expect.isTrue(nan != nan);
  Expect.isFalse(nan < 1 || nan > 1 || nan == 1);
  Expect.isTrue(nan.isNaN);
  Expect.isTrue(0.0 == -0.0);
  Expect.isTrue((-0.0).isNegative);
  Expect.isFalse(0.0.isNegative);
  Expect.equals(1, 1.0.compareTo(0.5));
  Expect.equals(-1, (-0.0).compareTo(0.0), 'compareTo orders -0.0 before 0.0');
  Expect.equals(1, nan.compareTo(1.0), 'compareTo puts NaN last');

  Expect.isTrue(1 == 1.0, 'int and double compare by value');
  Expect.isTrue(1.0 == 1);
  Expect.equals(2.5, 1 + 1.5);
  Expect.isTrue((1 + 1.5) is double);
  Expect.isTrue((2 * 1.0) is double);

  Expect.equals(3, 2.5.round(), 'round half away from zero');
  Expect.equals(-3, (-2.5).round());
  Expect.equals(2, 2.7.truncate());
  Expect.equals(-2, (-2.7).truncate());
  Expect.equals(3, 2.1.ceil());
  Expect.equals(-3, (-2.1).floor());
  Expect.equals(2.0, 2.5.roundToDouble() - 1.0);
  Expect.throwsUnsupportedError(() => nan.toInt(), 'NaN has no int value');
  Expect.throwsUnsupportedError(() => double.infinity.round());
  Expect.equals('3.14', 3.14159.toStringAsFixed(2));
  Expect.equals('1.0e+3', 1000.0.toStringAsExponential(1));
  Expect.equals('3.1', 3.14159.toStringAsPrecision(2));
  Expect.equals('2', 1.5.toStringAsFixed(0), '1.5 rounds half away from zero');
  Expect.equals(1.5, double.parse('1.5'));
  Expect.equals(100.0, double.parse('1e2'));
  Expect.isTrue(double.parse('NaN').isNaN);
  Expect.equals(double.infinity, double.parse('Infinity'));
  Expect.equals(0.5, num.parse('0.5'));
  Expect.isTrue(num.parse('5') is int);
  Expect.equals(4.0, 16.0.sqrt2());
}

extension on double {
  double sqrt2() {
    var x = this;
    var r = x / 2;
    for (var i = 0; i < 30; i++) {
      r = (r + x / r) / 2;
    }
    return r;
  }
}

// Truncating division and toInt of doubles whose result is not finite. The VM computes
// `a ~/ b` on doubles as `(a / b).truncate()` (sdk/lib/_internal/vm/lib/double.dart,
// integers.dart: `~/` with a double operand), and `truncate`/`toInt` of infinity or NaN throw
// UnsupportedError("Infinity or NaN toInt"); only an int divided by the int 0 throws
// IntegerDivisionByZeroException. Found by tools/difftest.
void main() {
  num nan = double.nan;
  num zero = 0;
  var cases = <String, Object Function()>{
    '5.0 ~/ 0.0': () => 5.0 ~/ 0.0,
    'nan ~/ 1.0': () => double.nan ~/ 1.0,
    '5 ~/ 0.0': () => 5 ~/ 0.0,
    'num nan ~/ num 0': () => nan ~/ zero,
    'nan.toInt()': () => double.nan.toInt(),
    '-infinity.toInt()': () => double.negativeInfinity.toInt(),
    '5 ~/ 0': () => 5 ~/ (zero as int),
  };
  cases.forEach((name, f) {
    try {
      print('$name = ${f()}');
    } on IntegerDivisionByZeroException catch (e) {
      // Checked first: it implements UnsupportedError too.
      print('$name: $e');
    } on UnsupportedError catch (e) {
      print('$name: UnsupportedError: $e');
    }
  });
  print('${7.5 ~/ 2.0} ${-7.5 ~/ 2} ${7 ~/ 2.5}');
}

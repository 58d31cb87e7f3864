// A closure keeps an outer promotion of a variable that the enclosing member never writes
// (Dart's flow analysis: the closure's body starts from a join with only the variables written
// somewhere in the member). Parameters count as never written when nothing assigns them; each
// use below compiles only with the promotion (also in a late variable's initializer, which
// flow analysis treats like a closure). errors/closure_promotion_written_later is the
// rejected case (a write after the closure is made).
void Function() callLater(void Function(int)? callback) {
  if (callback == null) return () => print('no callback');
  return () => callback(1);
}

String Function() describe(Object value) {
  if (value is String) return () => 'string of length ${value.length}';
  if (value is int) return () => 'int, even: ${value.isEven}';
  return () => 'something else';
}

// A late initializer starts like a closure: `value` is never written, so it stays a String.
String lateLength(Object value) {
  if (value is! String) return 'not a string';
  late int length = value.length;
  return 'length $length';
}

class Holder {
  final int? count;
  Holder(this.count);

  int Function() doubler() {
    final c = count;
    if (c == null) return () => 0;
    return () => c * 2;
  }
}

void main() {
  callLater((int v) => print('called with $v'))();
  callLater(null)();
  int? x = int.parse('3') > 2 ? 5 : null;
  if (x != null) {
    var g = () => x + 1;
    print(g());
  }
  print(describe('four')());
  print(describe(10)());
  print(describe(1.5)());
  print(Holder(21).doubler()());
  print(Holder(null).doubler()());
  print(lateLength('seven'));
  print(lateLength(7));
}

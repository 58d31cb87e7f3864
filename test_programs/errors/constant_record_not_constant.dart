// A record literal in a constant context must have constant fields: the analyzer's
// NON_CONSTANT_RECORD_FIELD for an explicitly const record, CONST_INITIALIZED_WITH_NON_CONSTANT_VALUE
// for a const variable, and an evaluation that throws keeps its own message.
int next() => 1;
final two = 2;

void main() {
  var x = next();
  const r = (1, x);
  var pair = const (1, 'one', x);
  var named = const (a: 1, b: two);
  var thrown = const (1 ~/ 0, 2);
  print(r);
  print(pair);
  print(named);
  print(thrown);
}

// Conformance: Variables — lazy initialization of library and static variables (dartLangSpec.tex,
// "Variables": library and static variables with an initializer are initialized on first read;
// writing first skips the initializer). A throwing initializer: throwing_static_initializer.dart.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

int topLevel = t.log('init topLevel', 1);
final String topFinal = t.log('init topFinal', 'f');

class S {
  static int counter = t.log('init counter', 100);
  static final List<int> list = t.log('init list', <int>[]);
  static const int constant = 42;
}


int assignedFirst = t.log('init assignedFirst', 1);

void main() {
  t.add('main');
  Expect.equals(1, topLevel);
  Expect.equals(1, topLevel);
  t.expect('main init topLevel', 'initialized once, on first read');

  Expect.equals('f', topFinal);
  t.expect('init topFinal');

  Expect.equals(42, S.constant);
  t.expect('', 'constants need no initialization');

  S.counter++;
  Expect.equals(101, S.counter);
  t.expect('init counter', 'compound assignment reads (and so initializes) first');

  S.list.add(1);
  S.list.add(2);
  Expect.equals(2, S.list.length);
  t.expect('init list');


  assignedFirst = 5;
  Expect.equals(5, assignedFirst);
  t.expect('', 'writing before reading skips the initializer');
}

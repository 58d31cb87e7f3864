// Conformance: Classes and Libraries — static and top-level getters, setters and variables,
// compound assignment and `??=` on them (dartLangSpec.tex, "Getters", "Setters", "Static
// Methods", "Compound Assignment"): a setter/getter pair behaves like a variable.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();
int _store = 1;
int get value {
  t.add('get');
  return _store;
}

set value(int v) {
  t.add('set $v');
  _store = v;
}

String? maybeTop;

class Config {
  static int _level = 0;
  static int get level => _level;
  static set level(int v) => _level = v < 0 ? 0 : (v > 10 ? 10 : v);
  static String? name;
  static final List<String> log = [];
  static int counter = 0;
  static int next() => ++counter;
}

void main() {
  value += 2;
  t.expect('get set 3');
  value++;
  t.expect('get set 4');
  Expect.equals(4, value);
  t.expect('get');

  maybeTop ??= 'first';
  maybeTop ??= 'second';
  Expect.equals('first', maybeTop);

  Config.level = 42;
  Expect.equals(10, Config.level, 'the setter clamps');
  Config.level -= 3;
  Expect.equals(7, Config.level);
  Expect.isNull(Config.name);
  Config.name ??= 'cfg';
  Expect.equals('cfg', Config.name);
  Config.log.add('x');
  Expect.deepEquals(['x'], Config.log);
  Expect.equals(1, Config.next());
  Expect.equals(2, Config.next());
  Config.counter *= 10;
  Expect.equals(20, Config.counter);
}

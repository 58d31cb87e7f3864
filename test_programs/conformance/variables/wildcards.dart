// Conformance: Variables — wildcard variables (Dart 3.7, feature spec
// accepted/3.7/wildcard-variables: a local variable or parameter named `_` declares nothing, so
// several may appear in one scope, and `_` cannot be read).
// Expectations derived from the feature specification.
import '../lib/expect.dart';

int ignoreBoth(int _, int _) => 3;

void main() {
  var f = (int _, String _) => 'ok';
  Expect.equals('ok', f(1, 'x'));
  Expect.equals(3, ignoreBoth(1, 2));
  var count = 0;
  for (var _ in [1, 2, 3]) {
    count++;
  }
  Expect.equals(3, count);
  var _ = 5;
  var _ = 'again';
  Expect.deepEquals([0, 0], List.generate(2, (_) => 0));
  try {
    throw StateError('x');
  } catch (_) {
    count++;
  }
  Expect.equals(4, count);
}

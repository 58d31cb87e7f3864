// Conformance: Extensions — tear-offs of extension methods (dartLangSpec.tex, "Extensions",
// "Property Extraction"; feature spec accepted/2.7/static-extension-methods, "Tear-offs": `e.m`
// where m is an extension method evaluates e once and yields a function bound to that value).
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

extension Scale on List<int> {
  List<int> scaled(int k) => [for (var x in this) x * k];
}

extension Greeting on String {
  String greet(String other) => '$this greets $other';
}

List<int> numbers() => t.log('receiver', [1, 2]);

void main() {
  var f = numbers().scaled;
  t.expect('receiver', 'the receiver is evaluated at the tear-off');
  Expect.deepEquals([3, 6], f(3));
  Expect.deepEquals([2, 4], f(2));
  t.expect('', 'and not again at the calls');

  var names = ['b', 'c'].map('a'.greet).toList();
  Expect.deepEquals(['a greets b', 'a greets c'], names);
}

// Conformance: Generics — generic instance methods overridden in subclasses and called through
// a supertype, with explicit and inferred type arguments (dartLangSpec.tex, "Generics",
// "Instance Methods": an override has the same type parameters; the actual type arguments of
// the call reach the implementation that runs).
// Expectations derived from the specification.
import '../lib/expect.dart';

abstract class Converter {
  List<T> convert<T>(Object? o);
  String name<T>() => 'Converter<$T>';
}

class Wrapping extends Converter {
  @override
  List<T> convert<T>(Object? o) => <T>[if (o is T) o];
  @override
  String name<T>() => 'Wrapping<$T> via ${super.name<T>()}';
}

class Repeating implements Converter {
  @override
  List<T> convert<T>(Object? o) => <T>[if (o is T) o, if (o is T) o];
  @override
  String name<T>() => 'Repeating<$T>';
}

void main() {
  Converter c = Wrapping();
  var ints = c.convert<int>(5);
  Expect.equals('List<int>', ints.runtimeType.toString());
  Expect.deepEquals([5], ints);
  Expect.deepEquals([], c.convert<String>(5));
  Expect.equals('Wrapping<num> via Converter<num>', c.name<num>());
  List<double> inferred = c.convert(1.5);
  Expect.equals('List<double>', inferred.runtimeType.toString(), 'inferred from the context');

  for (var conv in <Converter>[Wrapping(), Repeating()]) {
    Expect.isTrue(conv.convert<String>('s') is List<String>);
  }
  Expect.deepEquals(['s', 's'], Repeating().convert<String>('s'));
  Expect.equals('Repeating<bool>', (Repeating() as Converter).name<bool>());
}

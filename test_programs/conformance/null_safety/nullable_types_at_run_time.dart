// Conformance: Types — `Null`, nullable types and `Never` at run time (dartLangSpec.tex, "Type
// Null", "Subtypes"; null safety feature spec: `Null` is a subtype of every `T?` and of no
// non-nullable type except... none; `T` is a subtype of `T?`).
// Expectations derived from the specification (sound null safety: `is` tests use the declared
// nullability).
import '../lib/expect.dart';

bool isInt(Object? o) => o is int;
bool isNullableInt(Object? o) => o is int?;
bool isObject(Object? o) => o is Object;

void main() {
  Expect.isFalse(isInt(null));
  Expect.isTrue(isNullableInt(null));
  Expect.isTrue(isNullableInt(1));
  Expect.isFalse(isNullableInt('1'));
  Expect.isFalse(isObject(null), 'null is not an Object');
  Expect.isTrue(null is Null);
  Expect.isTrue(null is dynamic);
  Expect.isTrue(null is Object?);
  Expect.isFalse(1 is Null);

  Object? n;
  Expect.throwsTypeError(() => n as int, 'null as int');
  Expect.isNull(n as int?, 'null as int?');
  Expect.equals(1, (1 as Object?) as int);

  // Generic collections keep nullability.
  var nullableInts = <int?>[1, null];
  Expect.isTrue(nullableInts is List<int?>);
  Expect.isFalse((nullableInts as Object) is List<int>);
  var ints = <int>[1];
  Expect.isTrue(ints is List<int?>, 'List<int> is a List<int?>');

  Expect.equals('Null', null.runtimeType.toString());
  Expect.isTrue(null == null);
  Expect.isTrue(identical(null, null));
}

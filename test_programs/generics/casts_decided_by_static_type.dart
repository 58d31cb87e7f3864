// Casts whose operand's static type is the target type made nullable (`_storage[i] as E` with
// `_storage` a `List<E?>`) or the target itself: dartc tests only null inline there, and leaves
// null to the full test (issue 10, docs/generics.md "Casts the static type decides"). Every
// answer must still be the subtype relation's: null passes a nullable type argument (E = int?),
// fails a non-nullable one, and Never rejects it; non-null values always pass, because the
// static type `E?` is sound. A covariance check of a read (whose operand type is not sound) must
// keep its full test.
//
// Expectations derived by hand from the Dart specification (null is an instance of T? , Null,
// dynamic and Object? only; a type parameter's value decides for T) and the VM's message for a
// failed cast: "type 'X' is not a subtype of type 'Y' in type cast"; the covariance check's
// message is the one of generics/covariance_checked_reads.
class Box<E> {
  final List<E?> items;
  Box(int n) : items = List<E?>.filled(n, null);

  E at(int i) => items[i] as E;

  void put(int i, E value) => items[i] = value;

  List<E> all() {
    final out = <E>[];
    for (var i = 0; i < items.length; i++) {
      out.add(items[i] as E);
    }
    return out;
  }
}

T unwrap<T>(T? x) => x as T;

T same<T>(T x) => x as T;

T promoted<T>(T x) {
  if (x is int) return x as T;  // x is T & int here
  return x;
}

class Holder<T> {
  void Function(T)? f;
  Holder(this.f);
}

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } catch (e) {
    print('$what: ${e is TypeError ? 'TypeError' : 'other'}: $e');
  }
}

void main() {
  final ints = Box<int>(3)..put(0, 1)..put(1, 2);
  attempt('int at 0', () => ints.at(0));
  attempt('int at 2 (null)', () => ints.at(2));
  attempt('int all', () => ints.all());

  final nullableInts = Box<int?>(2)..put(0, 7);
  attempt('int? at 0', () => nullableInts.at(0));
  attempt('int? at 1 (null)', () => nullableInts.at(1));
  attempt('int? all', () => nullableInts.all());

  final objects = Box<Object>(2)..put(0, 'x');
  attempt('Object at 0', () => objects.at(0));
  attempt('Object at 1 (null)', () => objects.at(1));

  final dyns = Box<dynamic>(1);
  attempt('dynamic at 0 (null)', () => dyns.at(0));

  // A Box<int> seen as Box<num>: the static type E? (num?) is a supertype of the real one.
  final Box<num> nums = Box<int>(2)..put(0, 5);
  attempt('num at 0', () => nums.at(0));
  attempt('num at 1 (null)', () => nums.at(1));

  attempt('unwrap<String>', () => unwrap<String>('s'));
  attempt('unwrap<String> null', () => unwrap<String>(null));
  attempt('unwrap<String?> null', () => unwrap<String?>(null));
  attempt('unwrap<Null> null', () => unwrap<Null>(null));
  attempt('unwrap<Never> null', () => unwrap<Never>(null));
  attempt('unwrap<Object?> null', () => unwrap<Object?>(null));
  attempt('same<int?> null', () => same<int?>(null));
  attempt('promoted<num>', () => promoted<num>(3));
  attempt('promoted<Object?> null', () => promoted<Object?>(null));

  Object? maybe = 3;
  attempt('Object? as Object', () => maybe as Object);
  maybe = null;
  attempt('null as Object', () => maybe as Object);
  String? s = null;
  attempt('String? null as String', () => s as String);

  // The covariance check of a read: the static type says `void Function(num)?`, the value is a
  // `void Function(int)`; the check must stay.
  final Holder<num> h = Holder<int>((int x) => print('got $x'));
  attempt('covariant read', () => h.f as void Function(num));
}

// Conformance: Types — instance creation through a type alias (dartLangSpec.tex, "Type
// Aliases": `F<T1..Tk>(...)` where F is an alias of a class type denotes the aliased type with
// the alias's type parameters substituted, so the created object has those type arguments).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Box<T> {
  Box();
  Box.named();
}

typedef IntBox = Box<int>;
typedef BoxOf<T> = Box<List<T>>;
typedef IntList = List<int>;
typedef Swap<A, B> = Map<B, A>;

void main() {
  Expect.equals('Box<int>', IntBox().runtimeType.toString());
  Expect.equals('Box<int>', IntBox.named().runtimeType.toString());
  Expect.equals('Box<List<String>>', BoxOf<String>().runtimeType.toString());
  Expect.isTrue(BoxOf<int>() is Box<List<int>>);
  Expect.equals('List<int>', IntList.empty().runtimeType.toString());
  Expect.equals('List<int>', IntList.filled(1, 0).runtimeType.toString());
  var m = Swap<int, String>();
  Expect.isTrue(m is Map<String, int>);
  var tearOff = IntBox.new;
  Expect.equals('Box<int>', tearOff().runtimeType.toString());
}

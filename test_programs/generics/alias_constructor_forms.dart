// Constructor calls and tear-offs through type aliases, in the forms the conformance program
// types/type_alias_instantiation does not cover: a prefixed alias, `new` and `const`, an alias of
// a raw generic class, an alias whose parameter is unused, and `C.new(...)`.
//
// Expectations derived by hand from the language specification ("Type Aliases": an alias of a
// class type used in an instance creation denotes the aliased type with the alias's type
// parameters substituted; a raw `Box` in the alias is instantiated to its bounds, Box<dynamic>;
// "Constructor tear-offs": `C.new` names the unnamed constructor), and the VM's runtimeType
// names (user classes print with their type arguments).
import '../libraries/lib/aliased_box.dart' as p;
import '../libraries/lib/aliased_box.dart';

class Plain {
  final int x;
  Plain([this.x = 1]);
}

typedef P = Plain;
typedef Ignored<T> = Box<String>;
typedef Raw = Box;

void main() {
  print(p.IntBox().runtimeType);
  print(p.IntBox.named().runtimeType);
  print(new p.IntBox().runtimeType);
  print(p.BoxOf<int>().runtimeType);
  print(const p.IntBox().runtimeType);
  print(new IntBox().runtimeType);
  print(identical(const IntBox(), const Box<int>()));
  print(P(3).x);
  print(P.new().x);
  print(Plain.new(2).x);
  print(Ignored().runtimeType);
  print(Ignored<double>.named().runtimeType);
  print(Raw().runtimeType);
  print((IntBox.named)().runtimeType);
}

// `items[i] as E` where items is a List<Object?>: the static type does not decide the cast, so
// it is tested against E's value, inline by the subtype run first (codegen-ir:
// type-parameter-cast-inline). Compare deltablue's `_storage[i] as E` with `_storage` a
// List<E?>: only null is tested there (codegen-ir: cast-from-nullable-self-null-only).
abstract class Shape {
  int get sides;
}

class Triangle extends Shape {
  @override
  int get sides => 3;
}

class Square extends Shape {
  @override
  int get sides => 4;
}

class Bag<E> {
  final List<Object?> items = [];

  @pragma('vm:never-inline')
  E pick(int i) => items[i] as E;
}

void main(List<String> args) {
  final bag = Bag<Shape>();
  final n = args.isEmpty ? 10 : int.parse(args[0]);
  for (var i = 0; i < n; i++) {
    bag.items.add(i.isEven ? Triangle() : Square());
  }
  var sides = 0;
  for (var i = 0; i < n; i++) {
    sides += bag.pick(i).sides;
  }
  print(sides);
}

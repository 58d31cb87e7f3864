// Calls on receivers whose type arguments are exact skip the callee's covariant parameter check
// (codegen/src/unchecked_calls.cpp): Box.put's unchecked entry is called from `viaExact` (a
// local holding `Box<num>(...)`), `viaSubclass` (a non-generic subclass) and `Box.putTwice`
// (through `this`); `viaParameter`'s Box<num> may be a Box<int>, so it calls the checked entry,
// which throws for 1.5. Output: 4.5 [1, 2, 1.5] 3 TypeError.
class Box<T> {
  final List<T> items = <T>[];

  @pragma('vm:never-inline')
  void put(T value) => items.add(value);

  @pragma('vm:never-inline')
  void putTwice(T value) {
    put(value);
    put(value);
  }
}

class IntBox extends Box<int> {}

@pragma('vm:never-inline')
num viaExact(num a, num b) {
  final box = Box<num>();
  box.put(a);
  box.put(b);
  return box.items[0] + box.items[1];
}

@pragma('vm:never-inline')
int viaSubclass(IntBox box, int v) {
  box.put(v);
  return box.items.length;
}

@pragma('vm:never-inline')
void viaParameter(Box<num> box, num v) => box.put(v);

void main() {
  print(viaExact(3, 1.5));
  final ints = Box<num>();
  viaParameter(ints, 1);
  viaParameter(ints, 2);
  viaParameter(ints, 1.5);
  final b = IntBox();
  b.putTwice(1);
  print('${ints.items} ${viaSubclass(b, 2)}');
  try {
    viaParameter(Box<int>(), 1.5);
  } on TypeError {
    print('TypeError');
  }
}

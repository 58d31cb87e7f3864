// A constructor call through a generic alias that rearranges its parameters, without type
// arguments: Dart infers the alias's arguments; dartc does not yet, so it refuses the call
// rather than guess.
class Box<T> {}

typedef BoxOf<T> = Box<List<T>>;

void main() {
  print(BoxOf().runtimeType);
}

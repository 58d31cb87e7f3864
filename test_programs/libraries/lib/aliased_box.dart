// A generic class and type aliases of it, imported with a prefix by
// generics/alias_constructor_forms.dart.
class Box<T> {
  const Box();
  Box.named();
}

typedef IntBox = Box<int>;
typedef BoxOf<T> = Box<List<T>>;

// A sync* function literal with a valid type is still rejected (docs/generators.md): the
// lowering is not built yet, so it must be a compile-time "not supported yet", never a
// miscompile. Object is a supertype of Iterable, so the return-type rule is satisfied.
void main() {
  Object Function() f = () sync* {
    yield 1;
  };
  print(f());
}

// A local that a closure writes is not promoted (the closure may run between the test and the
// use), also when the closure declares another variable of the same name in a sibling block.
void main() {
  Object x = 1;
  void Function()? f;
  f = () {
    {
      var x = 'inner';
      print(x);
    }
    x = 'now a string';
  };
  if (x is int) {
    f();
    print(x.isEven);
  }
}

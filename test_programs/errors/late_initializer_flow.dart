// A late variable's initializer runs at the first read, so flow analysis treats it like a
// closure (Dart's lateInitializer_begin): what it writes is a captured write, which stops the
// variable from being promoted, and it keeps an outer promotion only of a variable the function
// never writes. dartc used to check the initializer in place, and both programs below compiled
// and called a method on null.
void capturedWrite() {
  Object? x = 2;
  late Object? z = (x = null);
  if (x != null) {
    print(z);
    Object o = x;
    print(o);
  }
}

void writtenLater() {
  Object? x = 2;
  late Object z = x;
  x = null;
  print(z);
}

void main() {
  capturedWrite();
  writtenLater();
}

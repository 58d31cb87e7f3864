// Reading a late local that no path has assigned is a compile-time error; one that some path
// may have assigned is checked at run time instead.
int f(bool b) {
  late int maybe;
  if (b) maybe = 1;
  print(maybe);
  late final String never;
  return never.length;
}

void main() {
  print(f(true));
}

// Expected output derived by hand: top-level variables with non-constant initializers are
// initialized lazily, on first access (Dart language specification), so "init counter" prints
// only when `counter` is first read; constants are compile-time values.
const int limit = 3;
const String label = 'count';
final List<int> unused = [];
int initCounter() {
  print('init counter');
  return 10;
}

int counter = initCounter();
double ratio = 0.5;
bool flag = false;
String? maybe;

void bump() {
  counter++;
}

void main() {
  print('main starts');
  print('$label=$limit');
  print(counter);
  bump();
  bump();
  print(counter);
  ratio *= 3;
  print(ratio);
  flag = !flag;
  print(flag);
  print(maybe);
  maybe = 'set';
  print(maybe);
}

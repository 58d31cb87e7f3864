typedef IntFn = int Function();
class A extends IntFn {}

void main() {}

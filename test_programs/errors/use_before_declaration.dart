// A local used above its declaration in the same block is one error per use (the CFE's
// "can't be referenced before it is declared"), not also "Undefined name". The parameter of the
// same name does not help: the block's later declaration hides it for the whole block.
void f(int tmp) {
  tmp++;
  var tmp = 5;
  print(tmp);
}

void main() {
  x = 3;
  print(x);
  var (a, b) = (1, 2);
  (y, a) = (3, b);
  int x = 1;
  int y = 2;
  f(x + y);
}

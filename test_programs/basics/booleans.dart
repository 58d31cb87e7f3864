// Expected output derived by hand from Dart's boolean operators (short-circuit && and ||).
bool sideEffect(String what, bool value) {
  print('evaluated $what');
  return value;
}

void main() {
  print(true && false);
  print(true || false);
  print(!true);
  print(false || sideEffect('right of ||', true));
  print(true || sideEffect('never', false));
  print(false && sideEffect('never', true));
  print(true && sideEffect('right of &&', false));
  bool a = 3 > 2, b = 2 >= 3;
  print(a == b);
  print(a != b);
  print(a ? 'yes' : 'no');
  print(b ? 'yes' : 'no');
  print(true & false);
  print(true | false);
  print(true ^ true);
}

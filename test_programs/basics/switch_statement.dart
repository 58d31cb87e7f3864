// Expected output derived by hand from Dart 3 switch semantics: a case body that completes
// normally leaves the switch (no fall-through), empty cases share the next body.
String describe(int n) {
  switch (n) {
    case 0:
      return 'zero';
    case 1:
    case 2:
      return 'small';
    case 3:
      var s = 'three';
      return s;
    default:
      return 'many';
  }
}

String weekday(String day) {
  var kind = '?';
  switch (day) {
    case 'Sat':
    case 'Sun':
      kind = 'weekend';
    case 'Mon':
      kind = 'start';
    default:
      kind = 'weekday';
  }
  return kind;
}

void main() {
  for (var i = 0; i < 5; i++) {
    print('$i: ${describe(i)}');
  }
  print(weekday('Sun'));
  print(weekday('Mon'));
  print(weekday('Wed'));
  var total = 0;
  for (var i = 0; i < 10; i++) {
    switch (i % 3) {
      case 0:
        total += 100;
        break;
      case 1:
        total += 10;
      default:
        total += 1;
    }
  }
  print(total);
}

// Labels on the cases of a switch statement with patterns, and `continue label;` jumping to a
// labelled case. Expected output derived from the language specification ("Continue": a
// `continue L;` whose label is on a switch case continues with the statements of that case;
// the case's pattern and guard are not matched again) and the patterns feature specification
// ("Switch statement": a non-empty case body leaves the switch when it completes; an empty case
// shares the next case's body). A body reached through a label sees none of its pattern's
// variables (the analyzer's PATTERN_VARIABLE_SHARED_CASE_SCOPE_HAS_LABEL), so it runs the same
// whichever way it was entered.

sealed class Token {}

class Num extends Token {
  final int value;
  Num(this.value);
}

class Op extends Token {
  final String op;
  Op(this.op);
}

class End extends Token {}

bool noisy(String what) {
  print('  guard $what');
  return true;
}

// A small state machine: `continue` goes forward and backward, skipping the patterns.
void machine(Object? start) {
  var steps = 0;
  switch (start) {
    case int n when noisy('int'):
      print('  int $n');
      continue text;
    text:
    case String _ when noisy('string'):
      print('  text (step ${++steps})');
      if (steps < 3) continue text;
      continue last;
    case [var a, var b]:
      print('  pair $a $b');
    last:
    default:
      print('  default after $steps steps');
  }
}

// Exhaustive over a sealed class, no default: a label on a case with a guard.
String classify(Token t) {
  var out = <String>[];
  switch (t) {
    case Num(value: var v) when v < 0:
      out.add('negative');
      continue number;
    number:
    case Num():
      out.add('number');
    case Op(op: '+' || '-'):
      out.add('additive');
      continue op;
    op:
    case Op():
      out.add('operator');
    case End():
      out.add('end');
      continue number;
  }
  return out.join(' ');
}

// `continue` out of a loop, a nested switch and a try/finally inside the case body; `break`
// still leaves the whole switch.
void nested(Object o) {
  switch (o) {
    case (int x, int y):
      for (var i = 0;; i++) {
        if (i == x) {
          print('  loop left at $i');
          continue both;
        }
      }
    case (String s, _):
      switch (s) {
        case 'a':
          print('  inner a');
          continue both;
        default:
          print('  inner default');
      }
      print('  after inner');
    both:
    case [_, ...]:
      try {
        print('  both');
        if (o is List) continue done;
      } finally {
        print('  finally');
      }
      print('  after try');
      break;
    done:
    case _:
      print('  done');
  }
  print('  switch left');
}

// Several heads share a labelled body; the label may sit on any member of the group.
void shared(Object o) {
  switch (o) {
    case 1:
      print('  one');
      continue group;
    case String _:
    group:
    case double _:
    case bool _:
      print('  group');
    default:
      print('  other');
  }
}

// The same jump in a switch of constant cases only (the older lowering): the finally block the
// jump leaves runs first.
void constants(int n) {
  switch (n) {
    case 0:
      try {
        print('  zero');
        continue two;
      } finally {
        print('  finally');
      }
    case 1:
      print('  one');
    two:
    case 2:
      print('  two');
  }
}

// In a sync* body, an async body (across awaits) and a function literal.
Iterable<String> generated(Object o) sync* {
  switch (o) {
    case int n when n > 0:
      yield 'positive';
      continue other;
    other:
    case String _:
      yield 'other';
  }
}

Future<void> awaited(Object o) async {
  switch (o) {
    case (int x, _):
      await null;
      print('  record $x');
      continue tail;
    tail:
    default:
      await null;
      print('  tail');
  }
}

Future<void> main() async {
  print('machine(7)');
  machine(7);
  print('machine(s)');
  machine('s');
  print('machine([1, 2])');
  machine([1, 2]);
  print('machine(null)');
  machine(null);
  for (Token t in [Num(-3), Num(4), Op('+'), Op('*'), End()]) {
    print(classify(t));
  }
  for (Object o in [(2, 3), ('a', 1), ('b', 1), [9], 4.5]) {
    print('nested($o)');
    nested(o);
  }
  print('constants(0)');
  constants(0);
  for (Object o in [1, 'x', 2.5, true, 3]) {
    print('shared($o)');
    shared(o);
  }
  print('generated: ${generated(5).toList()} ${generated('s').toList()} ${generated(-1).toList()}');
  print('awaited((1, 2))');
  await awaited((1, 2));
  print('awaited(3)');
  await awaited(3);
  var literal = (Object o) {
    switch (o) {
      case [var a, ...]:
        print('  list $a');
        continue rest;
      rest:
      case _:
        print('  rest');
    }
  };
  print('literal([1])');
  literal([1]);
}

// Conformance: Statements — "Switch" on enum values (dartLangSpec.tex, "Switch", "Enums").
// Expectations derived from the specification: enum values are constants compared by
// identity; an exhaustive switch on an enum needs no default.
import '../lib/expect.dart';

enum Suit { clubs, diamonds, hearts, spades }

String color(Suit s) {
  switch (s) {
    case Suit.clubs:
    case Suit.spades:
      return 'black';
    case Suit.diamonds:
    case Suit.hearts:
      return 'red';
  }
}

int rank(Suit? s) {
  switch (s) {
    case Suit.spades:
      return 4;
    case null:
      return 0;
    default:
      return 1;
  }
}

void main() {
  Expect.equals('black', color(Suit.clubs));
  Expect.equals('red', color(Suit.hearts));
  Expect.equals('red', color(Suit.diamonds));
  Expect.equals('black', color(Suit.spades));
  Expect.equals(4, rank(Suit.spades));
  Expect.equals(0, rank(null));
  Expect.equals(1, rank(Suit.clubs));
  var colors = [for (var s in Suit.values) color(s)];
  Expect.deepEquals(['black', 'red', 'red', 'black'], colors);
}

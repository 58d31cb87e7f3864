// Helper library for libraries/imports_and_privacy.dart.
library library_b;

String describe() => 'b';
String onlyInB() => 'only b';
String hiddenInB() => 'hidden b';

class Shared {
  final String from = 'b';
}

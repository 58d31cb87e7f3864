// Helper library for libraries/imports_and_privacy.dart.
library library_a;

int counter = 0;
String describe() => 'a';
String _secret() => 'private a';
String revealSecret() => _secret();

class Shared {
  final String from = 'a';
  int _hidden = 1;
  int get hidden => _hidden;
}

String get topGetter => 'getter a';
set topSetter(int v) => counter = v;

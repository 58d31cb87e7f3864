// A redirecting factory constructor may not give its optional parameters default values: an
// omitted argument takes the redirectee's default (dartLangSpec, "Redirecting Factory
// Constructors"; the analyzer's DEFAULT_VALUE_IN_REDIRECTING_FACTORY_CONSTRUCTOR, reported at the
// default value). An optional parameter of a non-nullable type without a default is fine there.
class A {
  factory A([int x = 0]) = B;
  factory A.named({int y = 1}) = B.named;
  factory A.fine([int x]) = B;
}

class B implements A {
  B([int x = 1]);
  B.named({int y = 2});
}

void main() {
  A.fine();
}

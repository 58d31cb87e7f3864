// Values passed through `dynamic` are checked against the declared parameter and field types
// before use (issue 9, A0 and A5): a closure or tear-off called dynamically with a wrong or null
// argument must throw a TypeError instead of unboxing it, and a store through `dynamic` into a
// field of generic type checks the type arguments too.
//
// Expectations derived by hand from the language specification (a dynamic invocation checks each
// argument against the parameter's type and throws a TypeError when it fails) and the VM's
// message for parameter checks, "type 'A' is not a subtype of type 'B' of 'name'"
// (runtime/vm/compiler/frontend/kernel_to_il.cc checks the parameter by name; the implicit
// setter of a field names its parameter `value`, runtime/vm/compiler/frontend/scope_builder.cc).

class C<T> {}

class A {
  late C<int> c;
  List<String> names = [];
  int count = 0;
  C<int>? _held;
  set held(C<int> value) => _held = value;
  int total(List<int> values) => values.length;
}

int twice(int a) => a * 2;
double half([double d = 8.0]) => d / 2;
String greet({required String name, int times = 1}) => 'hi $name' * times;

void attempt(String label, Object? Function() f) {
  try {
    print('$label: ${f()}');
  } on TypeError catch (e) {
    print('$label: TypeError: $e');
  }
}

void main() {
  dynamic t = twice;
  attempt('int ok', () => t(21));
  attempt('int null', () => t(null));
  attempt('int string', () => t('x'));
  attempt('int double', () => t(1.5));

  dynamic h = half;
  attempt('optional missing', () => h());
  attempt('optional ok', () => h(3.0));
  attempt('optional null', () => h(null));
  attempt('optional int', () => h(3));

  dynamic g = greet;
  attempt('named ok', () => g(name: 'ann', times: 2));
  attempt('named null', () => g(name: 'ann', times: null));
  attempt('named wrong', () => g(name: 5));

  dynamic local = (bool flag, int n) => flag ? n : -n;
  attempt('local ok', () => local(false, 3));
  attempt('local wrong', () => local(1, 3));

  dynamic a = A();
  attempt('generic field ok', () {
    a.c = C<int>();
    return a.c is C<int>;
  });
  attempt('generic field wrong', () {
    a.c = C<bool>();
    return 'stored';
  });
  attempt('list field ok', () {
    a.names = <String>['x'];
    return a.names;
  });
  attempt('list field wrong', () {
    a.names = <int>[1];
    return 'stored';
  });
  attempt('int field null', () {
    a.count = null;
    return 'stored';
  });
  attempt('generic setter wrong', () {
    a.held = C<String>();
    return 'stored';
  });
  attempt('generic parameter ok', () => a.total(<int>[1, 2]));
  attempt('generic parameter wrong', () => a.total(<String>['x']));
  print((a as A).count);
}

// A read of a member whose declared type mentions a class type parameter in a parameter of a
// function type is checked against the read's static type (the CFE's covariance check: an
// AsExpression with isTypeError and isCovarianceCheck, so the VM's message has no " in type
// cast" suffix). Through a receiver whose static type arguments are supertypes of the real ones
// (`C<num> c = C<int>(...)`) the value read is not of the static type, and Dart throws a
// TypeError at the read, before any call.
//
// Expected output derived by hand from the language specification (the subtype rules for
// function types: parameters are contravariant, so `void Function(int)` is not a
// `void Function(num)`) and the VM's text for a failed implicit cast:
// "type '<actual>' is not a subtype of type '<static>'", with the VM's spelling of function
// types ("(int) => void"). Reads whose declared type uses T only covariantly (`T Function()`),
// reads through `this`, and reads through a receiver with the exact type arguments are not
// affected. Before this check the program printed a double's bits as an int.

class C<T> {
  void Function(T) f;
  T Function() make;
  List<void Function(T)> handlers;
  final void Function(T)? _maybe;
  C(this.f, this.make, this._maybe) : handlers = [f];
  void Function(T) get g => f;
  void Function(T) m() => f;
  // Through `this`: no check, the type arguments are the class's own.
  void callOwn(T x) => f(x);
  void callOther(C<T> other, T x) {
    // Field promotion of another object's private final field still works through the check.
    if (other._maybe != null) other._maybe(x);
  }
}

void attempt(String what, void Function() body, {bool showMessage = true}) {
  try {
    body();
    print('$what: ok');
  } catch (e) {
    // The list's message names its runtime class, which differs between the VM
    // (_GrowableList) and dartc (List), so only its kind is printed.
    print('$what: ${e is TypeError ? 'TypeError' : 'other'}${showMessage ? ': $e' : ''}');
  }
}

void main() {
  C<num> c = C<int>((int x) => print('got ${x + 1}'), () => 41, (int x) => print('maybe $x'));
  attempt('field read', () {
    c.f(1.5);
  });
  attempt('getter read', () {
    var h = c.g;
    print('not reached');
    h(2.5);
  });
  attempt('method result', () {
    c.m();
  });
  attempt('list of functions', () {
    c.handlers;
  }, showMessage: false);
  attempt('covariant-only member', () {
    num n = c.make();
    print('make gave $n');
  });
  attempt('through this', () {
    c.callOwn(3);
  });
  attempt('promoted private field', () {
    var d = C<int>((int x) {}, () => 0, (int x) => print('maybe $x'));
    d.callOther(d, 4);
  });
  C<int> exact = C<int>((int x) => print('exact ${x * 2}'), () => 1, null);
  attempt('exact type arguments', () {
    exact.f(5);
    exact.g(6);
    exact.m()(7);
    print(exact.handlers.length);
  });
  C<num> numbers = C<num>((num x) => print('num $x'), () => 2.5, null);
  attempt('same type arguments through C<num>', () {
    numbers.f(1.5);
  });
  C<Object> objects = C<int>((int x) {}, () => 0, null);
  attempt('nullable field holding null', () {
    C<Object> other = C<String>((String s) {}, () => '', null);
    print(other._maybe == null);
  });
  attempt('as Object', () {
    Object o = objects.f;
    print('not reached $o');
  });
}

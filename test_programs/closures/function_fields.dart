// Function-typed fields, parameters, getters and top-level variables: calling a field that holds
// a function (`obj.field(args)`), nullable function types with `?.call`, default callbacks,
// callbacks registered in a list, and objects with a `call` method.
//
// Expectations derived by hand from the Dart language specification: `o.f(x)` where `f` is a
// field or getter of function type calls the function it holds; `f?.call(x)` does nothing when
// `f` is null; an object with a `call` method can be invoked like a function. (Assigning such an
// object to a function type, an implicit `.call` tear-off, is in callable_objects_pending.dart.)

class Button {
  final String label;
  void Function(String)? onClick;
  final int Function(int) transform;
  Button(this.label, {this.onClick, int Function(int)? transform}) : transform = transform ?? ((x) => x);
  void click() => onClick?.call(label);
  String Function(String) get decorator => (s) => '[$label:$s]';
}

class EventBus {
  final _handlers = <void Function(int)>[];
  void listen(void Function(int) handler) => _handlers.add(handler);
  void emit(int value) {
    for (var h in _handlers) {
      h(value);
    }
  }
}

class Multiplier {
  final int factor;
  Multiplier(this.factor);
  int call(int x) => x * factor;
}

int Function(int, int) topLevelOp = (a, b) => a + b;

int useCallback(int x, {int Function(int)? callback}) => callback == null ? -x : callback(x);

void main() {
  var clicks = <String>[];
  var b = Button('ok', onClick: (l) => clicks.add('clicked $l'), transform: (x) => x * 3);
  b.click();
  b.click();
  print(clicks);
  print(b.transform(14));
  print(b.decorator('x'));
  var plain = Button('cancel');
  plain.click();
  print(clicks.length);
  print(plain.transform(14));
  print(plain.onClick == null);
  plain.onClick = (l) => clicks.add('late $l');
  plain.click();
  print(clicks);

  var bus = EventBus();
  var seen = 0;
  bus.listen((v) => seen += v);
  bus.listen((v) => seen *= 2);
  bus.emit(3);
  bus.emit(4);
  print(seen);

  print(topLevelOp(2, 3));
  topLevelOp = (a, b) => a * b;
  print(topLevelOp(2, 3));

  print(useCallback(5));
  print(useCallback(5, callback: (x) => x + 100));

  var triple = Multiplier(3);
  print(triple(7));
  print(triple.call(8));
}

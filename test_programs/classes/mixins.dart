// Expected output derived by hand from Dart's mixin semantics: a mixin's members are copied into
// each class that applies it, later mixins override earlier ones, `super` in a mixin calls the
// class it is applied to, and `on` constrains that superclass.
mixin Walker {
  int steps = 0;
  String walk() {
    steps++;
    return 'walking ($steps)';
  }
  String move() => 'walker moves';
}

mixin Swimmer {
  String swim() => 'swimming';
  String move() => 'swimmer moves';
}

class Animal {
  final String name;
  Animal(this.name);
  String describe() => 'animal $name';
}

class Duck extends Animal with Walker, Swimmer {
  Duck(String name) : super(name);
}

mixin Loud on Animal {
  String describe() => super.describe().toUpperCase2() + '!';
}

extension on String {
  String toUpperCase2() {
    var out = '';
    for (var i = 0; i < length; i++) {
      var c = codeUnitAt(i);
      out += String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
    }
    return out;
  }
}

class Lion extends Animal with Loud {
  Lion() : super('lion');
}

mixin class Counter {
  int count = 0;
  void increment() => count++;
}

class Clicks with Counter {}

class Both = Animal with Walker, Swimmer;

void main() {
  var d = Duck('donald');
  print(d.walk());
  print(d.walk());
  print(d.swim());
  print(d.move());
  print(d.describe());
  print(d is Walker);
  print(d is Swimmer);
  print(Lion().describe());
  var c = Clicks();
  c.increment();
  c.increment();
  print(c.count);
  var plain = Counter();
  plain.increment();
  print(plain.count);
  var both = Both('x');
  print('${both.walk()} ${both.move()} ${both.name}');
  Walker w = Duck('w');
  print(w.walk());
  print(w.steps);
}

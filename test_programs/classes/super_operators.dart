// Operators invoked on `super` in classes and in mixin declarations: binary operators, `[]`,
// `==` and `!=`, unary `-` and `~`. Each calls the operator the superclass chain defines (for a
// mixin declaration, the class it is applied to), never the override in the class itself.
//
// Expected output derived by hand from the specification: `super op e` is a super method
// invocation of `op`; `-super` and `~super` invoke `unary-` and `~` on super; `super == e`
// evaluates e to o, is false without calling `==` when o is null, and is super.==(o) otherwise;
// `super != e` is !(super == e).
class Base {
  final int v;
  Base(this.v);
  int operator +(int o) => v + o;
  int operator [](int i) => v * 10 + i;
  int operator -() => -v;
  int operator ~() => v ^ 0xFF;
  bool operator <(Base o) => v < o.v;
  @override
  bool operator ==(Object other) {
    print('  Base.== ${other is Base ? other.v : other}');
    return other is Base && other.v == v;
  }

  @override
  int get hashCode => v;
}

mixin Logged on Base {
  @override
  int operator +(int o) => (super + o) + 1000;
  @override
  int operator [](int i) => super[i] + 2000;
  @override
  int operator -() => -super - 5;
  @override
  int operator ~() => ~super + 1;
  @override
  bool operator <(Base o) => !(super < o);
  @override
  bool operator ==(Object other) {
    print('  Logged.==');
    return super == other;
  }

  @override
  int get hashCode => super.hashCode;
}

class Plain extends Base with Logged {
  Plain(super.v);
}

// An intermediate class overrides `+`; the mixin's super call reaches that override.
class Middle extends Base {
  Middle(super.v);
  @override
  int operator +(int o) => 7;
}

class Stacked extends Middle with Logged {
  Stacked(super.v);
}

// Super operators in a class, and `super != e`.
class Derived extends Base {
  Derived(super.v);
  int plus(int o) => super + o;
  int negated() => -super;
  bool differs(Object? o) => super != o;
  bool same(Object? o) => super == o;
}

// Object's own `==` through super: identity.
class Identity {
  bool same(Object? o) => super == o;
}

void main() {
  final p = Plain(3);
  print(p + 4);
  print(p[5]);
  print(-p);
  print(~p);
  print(p < Plain(9));
  print(p == Plain(3));
  print(p == Plain(4));

  final s = Stacked(1);
  print(s + 1);
  print(s[2]);

  final d = Derived(2);
  print(d.plus(40));
  print(d.negated());
  print(d.same(Derived(2)));
  print(d.same(null));
  print(d.differs(Derived(5)));
  print(d.differs(null));

  final i = Identity();
  print(i.same(i));
  print(i.same(Identity()));
  print(i.same(null));
}

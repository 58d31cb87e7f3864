// Are We Fast Yet: DeltaBlue. The incremental constraint solver (Freeman-Benson, Maloney,
// Borning), in the suite's version derived from Mario Wolczko's Smalltalk. One call runs the
// chain test (a chain of `n` equality constraints) and the projection test (`n` scale
// constraints); both check their results and throw on a wrong one. The call returns the last
// chain value plus the sum of the projected values: 99 + 5 n (n + 1) / 2 + 2000 n.
import 'som.dart';

class Sym implements CustomHash {
  @override
  final int customHash;

  const Sym(this.customHash);
}

const Sym absoluteStrongest = Sym(0);
const Sym required = Sym(1);
const Sym strongPreferred = Sym(2);
const Sym preferred = Sym(3);
const Sym strongDefault = Sym(4);
const Sym defaultStrength = Sym(5);
const Sym weakDefault = Sym(6);
const Sym absoluteWeakest = Sym(7);

class Strength {
  final int arithmeticValue;

  Strength(Sym symbolicValue) : arithmeticValue = _strengthTable.at(symbolicValue)!;

  bool sameAs(Strength s) => arithmeticValue == s.arithmeticValue;
  bool stronger(Strength s) => arithmeticValue < s.arithmeticValue;
  bool weaker(Strength s) => arithmeticValue > s.arithmeticValue;
  Strength strongest(Strength s) => s.stronger(this) ? s : this;
  Strength weakest(Strength s) => s.weaker(this) ? s : this;

  static Strength of(Sym strength) => _strengthConstant.at(strength)!;

  static final IdentityDictionary<Sym, int> _strengthTable = IdentityDictionary<Sym, int>()
    ..atPut(absoluteStrongest, -10000)
    ..atPut(required, -800)
    ..atPut(strongPreferred, -600)
    ..atPut(preferred, -400)
    ..atPut(strongDefault, -200)
    ..atPut(defaultStrength, 0)
    ..atPut(weakDefault, 500)
    ..atPut(absoluteWeakest, 10000);

  static final IdentityDictionary<Sym, Strength> _strengthConstant = _createStrengthConstants();

  static IdentityDictionary<Sym, Strength> _createStrengthConstants() {
    final constants = IdentityDictionary<Sym, Strength>();
    _strengthTable.getKeys().forEach((key) => constants.atPut(key, Strength(key)));
    return constants;
  }

  static final Strength absoluteWeakestStrength = of(absoluteWeakest);
  static final Strength requiredStrength = of(required);
}

abstract class AbstractConstraint {
  final Strength strength;

  AbstractConstraint(Sym strength) : strength = Strength.of(strength);

  bool isInput() => false;
  bool isSatisfied();
  void addToGraph();
  void removeFromGraph();
  Direction? chooseMethod(int mark);
  void execute();
  void inputsDo(void Function(Variable) fn);
  bool inputsHasOne(bool Function(Variable) fn);
  void markUnsatisfied();
  Variable getOutput();
  void recalculate();

  void addConstraint(Planner planner) {
    addToGraph();
    planner.incrementalAdd(this);
  }

  void destroyConstraint(Planner planner) {
    if (isSatisfied()) planner.incrementalRemove(this);
    removeFromGraph();
  }

  bool inputsKnown(int mark) =>
      !inputsHasOne((v) => !(v.mark == mark || v.stay || v.determinedBy == null));

  /// Satisfies this constraint if possible; returns the constraint it overrode, if any.
  AbstractConstraint? satisfy(int mark, Planner planner) {
    AbstractConstraint? overridden;
    chooseMethod(mark);
    if (isSatisfied()) {
      inputsDo((i) => i.mark = mark);
      final out = getOutput();
      overridden = out.determinedBy;
      overridden?.markUnsatisfied();
      out.determinedBy = this;
      if (!planner.addPropagate(this, mark)) throw StateError('Cycle encountered');
      out.mark = mark;
    } else {
      overridden = null;
      if (strength.sameAs(Strength.requiredStrength)) {
        throw StateError('Could not satisfy a required constraint');
      }
    }
    return overridden;
  }
}

enum Direction { forward, backward }

abstract class BinaryConstraint extends AbstractConstraint {
  final Variable v1;
  final Variable v2;
  Direction? direction;

  BinaryConstraint(this.v1, this.v2, Sym strength) : super(strength);

  @override
  bool isSatisfied() => direction != null;

  @override
  void addToGraph() {
    v1.addConstraint(this);
    v2.addConstraint(this);
    direction = null;
  }

  @override
  void removeFromGraph() {
    v1.removeConstraint(this);
    v2.removeConstraint(this);
    direction = null;
  }

  @override
  Direction? chooseMethod(int mark) {
    if (v1.mark == mark) {
      direction = v2.mark != mark && strength.stronger(v2.walkStrength) ? Direction.forward : null;
      return direction;
    }
    if (v2.mark == mark) {
      direction = v1.mark != mark && strength.stronger(v1.walkStrength) ? Direction.backward : null;
      return direction;
    }
    // Neither variable is marked, so there is a choice.
    if (v1.walkStrength.weaker(v2.walkStrength)) {
      direction = strength.stronger(v1.walkStrength) ? Direction.backward : null;
    } else {
      direction = strength.stronger(v2.walkStrength) ? Direction.forward : null;
    }
    return direction;
  }

  @override
  void inputsDo(void Function(Variable) fn) => fn(direction == Direction.forward ? v1 : v2);

  @override
  bool inputsHasOne(bool Function(Variable) fn) => fn(direction == Direction.forward ? v1 : v2);

  @override
  void markUnsatisfied() {
    direction = null;
  }

  @override
  Variable getOutput() => direction == Direction.forward ? v2 : v1;

  @override
  void recalculate() {
    final ihn = direction == Direction.forward ? v1 : v2;
    final out = direction == Direction.forward ? v2 : v1;
    out.walkStrength = strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) execute();
  }
}

abstract class UnaryConstraint extends AbstractConstraint {
  final Variable output;
  bool satisfied = false;

  UnaryConstraint(this.output, Sym strength, Planner planner) : super(strength) {
    addConstraint(planner);
  }

  @override
  bool isSatisfied() => satisfied;

  @override
  void addToGraph() {
    output.addConstraint(this);
    satisfied = false;
  }

  @override
  void removeFromGraph() {
    output.removeConstraint(this);
    satisfied = false;
  }

  @override
  Direction? chooseMethod(int mark) {
    satisfied = output.mark != mark && strength.stronger(output.walkStrength);
    return null;
  }

  @override
  void inputsDo(void Function(Variable) fn) {}

  @override
  bool inputsHasOne(bool Function(Variable) fn) => false;

  @override
  void markUnsatisfied() {
    satisfied = false;
  }

  @override
  Variable getOutput() => output;

  @override
  void recalculate() {
    output.walkStrength = strength;
    output.stay = !isInput();
    if (output.stay) execute();
  }
}

class EditConstraint extends UnaryConstraint {
  EditConstraint(super.v, super.strength, super.planner);

  @override
  bool isInput() => true;

  @override
  void execute() {}
}

class StayConstraint extends UnaryConstraint {
  StayConstraint(super.v, super.strength, super.planner);

  @override
  void execute() {}
}

class EqualityConstraint extends BinaryConstraint {
  EqualityConstraint(Variable v1, Variable v2, Sym strength, Planner planner) : super(v1, v2, strength) {
    addConstraint(planner);
  }

  @override
  void execute() {
    if (direction == Direction.forward) {
      v2.value = v1.value;
    } else {
      v1.value = v2.value;
    }
  }
}

class ScaleConstraint extends BinaryConstraint {
  final Variable scale;
  final Variable offset;

  ScaleConstraint(Variable src, this.scale, this.offset, Variable dest, Sym strength, Planner planner)
      : super(src, dest, strength) {
    addConstraint(planner);
  }

  @override
  void addToGraph() {
    v1.addConstraint(this);
    v2.addConstraint(this);
    scale.addConstraint(this);
    offset.addConstraint(this);
    direction = null;
  }

  @override
  void removeFromGraph() {
    v1.removeConstraint(this);
    v2.removeConstraint(this);
    scale.removeConstraint(this);
    offset.removeConstraint(this);
    direction = null;
  }

  @override
  void execute() {
    if (direction == Direction.forward) {
      v2.value = v1.value * scale.value + offset.value;
    } else {
      v1.value = (v2.value - offset.value) ~/ scale.value;
    }
  }

  @override
  void inputsDo(void Function(Variable) fn) {
    fn(direction == Direction.forward ? v1 : v2);
    fn(scale);
    fn(offset);
  }

  @override
  void recalculate() {
    final ihn = direction == Direction.forward ? v1 : v2;
    final out = direction == Direction.forward ? v2 : v1;
    out.walkStrength = strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay && scale.stay && offset.stay;
    if (out.stay) execute();
  }
}

class Variable {
  int value = 0;
  final Vector<AbstractConstraint> constraints = Vector<AbstractConstraint>(2);
  AbstractConstraint? determinedBy;
  Strength walkStrength = Strength.absoluteWeakestStrength;
  bool stay = true;
  int mark = 0;

  Variable();

  Variable.value(this.value);

  void addConstraint(AbstractConstraint c) => constraints.append(c);

  void removeConstraint(AbstractConstraint c) {
    constraints.remove(c);
    if (identical(determinedBy, c)) determinedBy = null;
  }
}

class Plan extends Vector<AbstractConstraint> {
  Plan() : super(15);

  void execute() => forEach((c) => c.execute());
}

class Planner {
  int currentMark = 1;

  int newMark() => ++currentMark;

  void incrementalAdd(AbstractConstraint c) {
    final mark = newMark();
    var overridden = c.satisfy(mark, this);
    while (overridden != null) {
      overridden = overridden.satisfy(mark, this);
    }
  }

  void incrementalRemove(AbstractConstraint c) {
    final out = c.getOutput();
    c.markUnsatisfied();
    c.removeFromGraph();
    final unsatisfied = removePropagateFrom(out);
    unsatisfied.forEach(incrementalAdd);
  }

  Plan extractPlanFromConstraints(Vector<AbstractConstraint> constraints) {
    final sources = Vector<AbstractConstraint>();
    constraints.forEach((c) {
      if (c.isInput() && c.isSatisfied()) sources.append(c);
    });
    return makePlan(sources);
  }

  Plan makePlan(Vector<AbstractConstraint> sources) {
    final mark = newMark();
    final plan = Plan();
    final todo = sources;
    while (!todo.isEmpty) {
      final c = todo.removeFirst()!;
      if (c.getOutput().mark != mark && c.inputsKnown(mark)) {
        // Not in the plan yet, and eligible for it.
        plan.append(c);
        c.getOutput().mark = mark;
        addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }
    return plan;
  }

  void addConstraintsConsumingTo(Variable v, Vector<AbstractConstraint> coll) {
    final determiningC = v.determinedBy;
    v.constraints.forEach((c) {
      if (!identical(c, determiningC) && c.isSatisfied()) coll.append(c);
    });
  }

  bool addPropagate(AbstractConstraint c, int mark) {
    final todo = Vector<AbstractConstraint>.withElement(c);
    while (!todo.isEmpty) {
      final d = todo.removeFirst()!;
      if (d.getOutput().mark == mark) {
        incrementalRemove(c);
        return false;
      }
      d.recalculate();
      addConstraintsConsumingTo(d.getOutput(), todo);
    }
    return true;
  }

  void change(Variable v, int newValue) {
    final editC = EditConstraint(v, preferred, this);
    final editV = Vector<AbstractConstraint>.withElement(editC);
    final plan = extractPlanFromConstraints(editV);
    for (var i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    editC.destroyConstraint(this);
  }

  void constraintsConsuming(Variable v, void Function(AbstractConstraint) fn) {
    final determiningC = v.determinedBy;
    v.constraints.forEach((c) {
      if (!identical(c, determiningC) && c.isSatisfied()) fn(c);
    });
  }

  Vector<AbstractConstraint> removePropagateFrom(Variable out) {
    final unsatisfied = Vector<AbstractConstraint>();
    out.determinedBy = null;
    out.walkStrength = Strength.absoluteWeakestStrength;
    out.stay = true;
    final todo = Vector<Variable>.withElement(out);
    while (!todo.isEmpty) {
      final v = todo.removeFirst()!;
      v.constraints.forEach((c) {
        if (!c.isSatisfied()) unsatisfied.append(c);
      });
      constraintsConsuming(v, (c) {
        c.recalculate();
        todo.append(c.getOutput());
      });
    }
    unsatisfied.sort((c1, c2) => c1.strength.stronger(c2.strength) ? -1 : 1);
    return unsatisfied;
  }

  /// A chain of n equality constraints, its end held by a stay constraint, edited at its start.
  static int chainTest(int n) {
    final planner = Planner();
    final vars = List<Variable>.generate(n + 1, (_) => Variable());
    for (var i = 0; i < n; i++) {
      EqualityConstraint(vars[i], vars[i + 1], required, planner);
    }
    StayConstraint(vars[n], strongDefault, planner);
    final editC = EditConstraint(vars[0], preferred, planner);
    final plan = planner.extractPlanFromConstraints(Vector<AbstractConstraint>.withElement(editC));
    for (var i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value != i) throw StateError('Chain test failed!');
    }
    editC.destroyConstraint(planner);
    return vars[n].value;
  }

  /// n variables projected through scale constraints, then the source, the destination, the
  /// scale and the offset changed in turn.
  static int projectionTest(int n) {
    final planner = Planner();
    final dests = Vector<Variable>();
    final scale = Variable.value(10);
    final offset = Variable.value(1000);
    var src = Variable();
    var dst = Variable();
    for (var i = 1; i <= n; i++) {
      src = Variable.value(i);
      dst = Variable.value(i);
      dests.append(dst);
      StayConstraint(src, defaultStrength, planner);
      ScaleConstraint(src, scale, offset, dst, required, planner);
    }
    planner.change(src, 17);
    if (dst.value != 1170) throw StateError('Projection test 1 failed!');
    planner.change(dst, 1050);
    if (src.value != 5) throw StateError('Projection test 2 failed!');
    planner.change(scale, 5);
    for (var i = 0; i < n - 1; i++) {
      if (dests.at(i)!.value != (i + 1) * 5 + 1000) throw StateError('Projection test 3 failed!');
    }
    planner.change(offset, 2000);
    var sum = 0;
    for (var i = 0; i < n; i++) {
      final value = dests.at(i)!.value;
      if (i < n - 1 && value != (i + 1) * 5 + 2000) throw StateError('Projection test 4 failed!');
      sum += value;
    }
    return sum;
  }
}

void main(List<String> args) {
  final n = args.isEmpty ? 100 : int.parse(args[0]);
  print(Planner.chainTest(n) + Planner.projectionTest(n));
}

// Are We Fast Yet: DeltaBlue in JavaScript (see deltablue.dart).
'use strict';
const { Vector, IdentityDictionary } = require('./som.js');

class Sym {
  constructor(hash) {
    this.hash = hash;
  }

  customHash() {
    return this.hash;
  }
}

const ABSOLUTE_STRONGEST = new Sym(0);
const REQUIRED = new Sym(1);
const STRONG_PREFERRED = new Sym(2);
const PREFERRED = new Sym(3);
const STRONG_DEFAULT = new Sym(4);
const DEFAULT = new Sym(5);
const WEAK_DEFAULT = new Sym(6);
const ABSOLUTE_WEAKEST = new Sym(7);

const strengthTable = new IdentityDictionary();
strengthTable.atPut(ABSOLUTE_STRONGEST, -10000);
strengthTable.atPut(REQUIRED, -800);
strengthTable.atPut(STRONG_PREFERRED, -600);
strengthTable.atPut(PREFERRED, -400);
strengthTable.atPut(STRONG_DEFAULT, -200);
strengthTable.atPut(DEFAULT, 0);
strengthTable.atPut(WEAK_DEFAULT, 500);
strengthTable.atPut(ABSOLUTE_WEAKEST, 10000);

class Strength {
  constructor(symbolicValue) {
    this.arithmeticValue = strengthTable.at(symbolicValue);
  }

  sameAs(s) { return this.arithmeticValue === s.arithmeticValue; }
  stronger(s) { return this.arithmeticValue < s.arithmeticValue; }
  weaker(s) { return this.arithmeticValue > s.arithmeticValue; }
  strongest(s) { return s.stronger(this) ? s : this; }
  weakest(s) { return s.weaker(this) ? s : this; }

  static of(strength) {
    return strengthConstant.at(strength);
  }
}

const strengthConstant = new IdentityDictionary();
strengthTable.getKeys().forEach((key) => strengthConstant.atPut(key, new Strength(key)));
const ABSOLUTE_WEAKEST_STRENGTH = Strength.of(ABSOLUTE_WEAKEST);
const REQUIRED_STRENGTH = Strength.of(REQUIRED);

const FORWARD = 1;
const BACKWARD = 2;

class AbstractConstraint {
  constructor(strength) {
    this.strength = Strength.of(strength);
  }

  isInput() {
    return false;
  }

  addConstraint(planner) {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  destroyConstraint(planner) {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    this.removeFromGraph();
  }

  inputsKnown(mark) {
    return !this.inputsHasOne((v) => !(v.mark === mark || v.stay || v.determinedBy === null));
  }

  satisfy(mark, planner) {
    let overridden;
    this.chooseMethod(mark);
    if (this.isSatisfied()) {
      this.inputsDo((i) => { i.mark = mark; });
      const out = this.getOutput();
      overridden = out.determinedBy;
      if (overridden !== null) overridden.markUnsatisfied();
      out.determinedBy = this;
      if (!planner.addPropagate(this, mark)) throw new Error('Cycle encountered');
      out.mark = mark;
    } else {
      overridden = null;
      if (this.strength.sameAs(REQUIRED_STRENGTH)) throw new Error('Could not satisfy a required constraint');
    }
    return overridden;
  }
}

class BinaryConstraint extends AbstractConstraint {
  constructor(v1, v2, strength) {
    super(strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = null;
  }

  isSatisfied() {
    return this.direction !== null;
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = null;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = null;
  }

  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && this.strength.stronger(this.v2.walkStrength) ? FORWARD : null;
      return this.direction;
    }
    if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && this.strength.stronger(this.v1.walkStrength) ? BACKWARD : null;
      return this.direction;
    }
    if (this.v1.walkStrength.weaker(this.v2.walkStrength)) {
      this.direction = this.strength.stronger(this.v1.walkStrength) ? BACKWARD : null;
    } else {
      this.direction = this.strength.stronger(this.v2.walkStrength) ? FORWARD : null;
    }
    return this.direction;
  }

  inputsDo(fn) {
    fn(this.direction === FORWARD ? this.v1 : this.v2);
  }

  inputsHasOne(fn) {
    return fn(this.direction === FORWARD ? this.v1 : this.v2);
  }

  markUnsatisfied() {
    this.direction = null;
  }

  getOutput() {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }

  recalculate() {
    const ihn = this.direction === FORWARD ? this.v1 : this.v2;
    const out = this.direction === FORWARD ? this.v2 : this.v1;
    out.walkStrength = this.strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
}

class UnaryConstraint extends AbstractConstraint {
  constructor(v, strength, planner) {
    super(strength);
    this.output = v;
    this.satisfied = false;
    this.addConstraint(planner);
  }

  isSatisfied() {
    return this.satisfied;
  }

  addToGraph() {
    this.output.addConstraint(this);
    this.satisfied = false;
  }

  removeFromGraph() {
    this.output.removeConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark) {
    this.satisfied = this.output.mark !== mark && this.strength.stronger(this.output.walkStrength);
    return null;
  }

  inputsDo(fn) {}

  inputsHasOne(fn) {
    return false;
  }

  markUnsatisfied() {
    this.satisfied = false;
  }

  getOutput() {
    return this.output;
  }

  recalculate() {
    this.output.walkStrength = this.strength;
    this.output.stay = !this.isInput();
    if (this.output.stay) this.execute();
  }
}

class EditConstraint extends UnaryConstraint {
  isInput() {
    return true;
  }

  execute() {}
}

class StayConstraint extends UnaryConstraint {
  execute() {}
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1, v2, strength, planner) {
    super(v1, v2, strength);
    this.addConstraint(planner);
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value;
    } else {
      this.v1.value = this.v2.value;
    }
  }
}

class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength, planner) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.addConstraint(planner);
  }

  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
    this.direction = null;
  }

  removeFromGraph() {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
    this.direction = null;
  }

  execute() {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = Math.trunc((this.v2.value - this.offset.value) / this.scale.value);
    }
  }

  inputsDo(fn) {
    fn(this.direction === FORWARD ? this.v1 : this.v2);
    fn(this.scale);
    fn(this.offset);
  }

  recalculate() {
    const ihn = this.direction === FORWARD ? this.v1 : this.v2;
    const out = this.direction === FORWARD ? this.v2 : this.v1;
    out.walkStrength = this.strength.weakest(ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Variable {
  constructor(value = 0) {
    this.value = value;
    this.constraints = new Vector(2);
    this.determinedBy = null;
    this.walkStrength = ABSOLUTE_WEAKEST_STRENGTH;
    this.stay = true;
    this.mark = 0;
  }

  addConstraint(c) {
    this.constraints.append(c);
  }

  removeConstraint(c) {
    this.constraints.remove(c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

class Plan extends Vector {
  constructor() {
    super(15);
  }

  execute() {
    this.forEach((c) => c.execute());
  }
}

class Planner {
  constructor() {
    this.currentMark = 1;
  }

  newMark() {
    return ++this.currentMark;
  }

  incrementalAdd(c) {
    const mark = this.newMark();
    let overridden = c.satisfy(mark, this);
    while (overridden !== null) overridden = overridden.satisfy(mark, this);
  }

  incrementalRemove(c) {
    const out = c.getOutput();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    unsatisfied.forEach((u) => this.incrementalAdd(u));
  }

  extractPlanFromConstraints(constraints) {
    const sources = new Vector();
    constraints.forEach((c) => {
      if (c.isInput() && c.isSatisfied()) sources.append(c);
    });
    return this.makePlan(sources);
  }

  makePlan(sources) {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    while (!todo.isEmpty()) {
      const c = todo.removeFirst();
      if (c.getOutput().mark !== mark && c.inputsKnown(mark)) {
        plan.append(c);
        c.getOutput().mark = mark;
        this.addConstraintsConsumingTo(c.getOutput(), todo);
      }
    }
    return plan;
  }

  addConstraintsConsumingTo(v, coll) {
    const determiningC = v.determinedBy;
    v.constraints.forEach((c) => {
      if (c !== determiningC && c.isSatisfied()) coll.append(c);
    });
  }

  addPropagate(c, mark) {
    const todo = Vector.withElement(c);
    while (!todo.isEmpty()) {
      const d = todo.removeFirst();
      if (d.getOutput().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.getOutput(), todo);
    }
    return true;
  }

  change(v, newValue) {
    const editC = new EditConstraint(v, PREFERRED, this);
    const plan = this.extractPlanFromConstraints(Vector.withElement(editC));
    for (let i = 0; i < 10; i++) {
      v.value = newValue;
      plan.execute();
    }
    editC.destroyConstraint(this);
  }

  constraintsConsuming(v, fn) {
    const determiningC = v.determinedBy;
    v.constraints.forEach((c) => {
      if (c !== determiningC && c.isSatisfied()) fn(c);
    });
  }

  removePropagateFrom(out) {
    const unsatisfied = new Vector();
    out.determinedBy = null;
    out.walkStrength = ABSOLUTE_WEAKEST_STRENGTH;
    out.stay = true;
    const todo = Vector.withElement(out);
    while (!todo.isEmpty()) {
      const v = todo.removeFirst();
      v.constraints.forEach((c) => {
        if (!c.isSatisfied()) unsatisfied.append(c);
      });
      this.constraintsConsuming(v, (c) => {
        c.recalculate();
        todo.append(c.getOutput());
      });
    }
    unsatisfied.sort((c1, c2) => (c1.strength.stronger(c2.strength) ? -1 : 1));
    return unsatisfied;
  }

  static chainTest(n) {
    const planner = new Planner();
    const vars = [];
    for (let i = 0; i < n + 1; i++) vars.push(new Variable());
    for (let i = 0; i < n; i++) new EqualityConstraint(vars[i], vars[i + 1], REQUIRED, planner);
    new StayConstraint(vars[n], STRONG_DEFAULT, planner);
    const editC = new EditConstraint(vars[0], PREFERRED, planner);
    const plan = planner.extractPlanFromConstraints(Vector.withElement(editC));
    for (let i = 0; i < 100; i++) {
      vars[0].value = i;
      plan.execute();
      if (vars[n].value !== i) throw new Error('Chain test failed!');
    }
    editC.destroyConstraint(planner);
    return vars[n].value;
  }

  static projectionTest(n) {
    const planner = new Planner();
    const dests = new Vector();
    const scale = new Variable(10);
    const offset = new Variable(1000);
    let src = null;
    let dst = null;
    for (let i = 1; i <= n; i++) {
      src = new Variable(i);
      dst = new Variable(i);
      dests.append(dst);
      new StayConstraint(src, DEFAULT, planner);
      new ScaleConstraint(src, scale, offset, dst, REQUIRED, planner);
    }
    planner.change(src, 17);
    if (dst.value !== 1170) throw new Error('Projection test 1 failed!');
    planner.change(dst, 1050);
    if (src.value !== 5) throw new Error('Projection test 2 failed!');
    planner.change(scale, 5);
    for (let i = 0; i < n - 1; i++) {
      if (dests.at(i).value !== (i + 1) * 5 + 1000) throw new Error('Projection test 3 failed!');
    }
    planner.change(offset, 2000);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const value = dests.at(i).value;
      if (i < n - 1 && value !== (i + 1) * 5 + 2000) throw new Error('Projection test 4 failed!');
      sum += value;
    }
    return sum;
  }
}

const n = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 100;
console.log(String(Planner.chainTest(n) + Planner.projectionTest(n)));

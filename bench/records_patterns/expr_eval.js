// Records and patterns benchmark, JavaScript version: the expression-tree evaluator of
// expr_eval.dart in the visitor style (classes with accept(), one visitor object per operation,
// a two-element array for the two results of measure). Values stay below 2^53 (products of two
// numbers under 1000003), so plain numbers compute exactly what the Dart ints do.
//   node expr_eval.js [rounds]     (default 1)
'use strict';

const MODULUS = 1000003;

class Num {
  constructor(value) { this.value = value; }
  accept(v) { return v.visitNum(this); }
}
class Var {
  accept(v) { return v.visitVar(this); }
}
class Add {
  constructor(left, right) { this.left = left; this.right = right; }
  accept(v) { return v.visitAdd(this); }
}
class Sub {
  constructor(left, right) { this.left = left; this.right = right; }
  accept(v) { return v.visitSub(this); }
}
class Mul {
  constructor(left, right) { this.left = left; this.right = right; }
  accept(v) { return v.visitMul(this); }
}
class Neg {
  constructor(operand) { this.operand = operand; }
  accept(v) { return v.visitNeg(this); }
}

let seed = 42;
function next() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const x = new Var();

function leaf() {
  return next() % 3 === 0 ? x : new Num(next() % 10);
}

function build(depth) {
  if (depth === 0) return leaf();
  switch (next() % 10) {
    case 0: case 1: case 2: return new Add(build(depth - 1), build(depth - 1));
    case 3: case 4: case 5: return new Mul(build(depth - 1), build(depth - 1));
    case 6: case 7: return new Sub(build(depth - 1), build(depth - 1));
    case 8: return new Neg(build(depth - 1));
    default: return leaf();
  }
}

class Eval {
  constructor(at) { this.at = at; }
  visitNum(e) { return e.value; }
  visitVar(e) { return this.at; }
  visitAdd(e) { return (e.left.accept(this) + e.right.accept(this)) % MODULUS; }
  visitSub(e) { return (e.left.accept(this) - e.right.accept(this) + MODULUS) % MODULUS; }
  visitMul(e) { return (e.left.accept(this) * e.right.accept(this)) % MODULUS; }
  visitNeg(e) { return (MODULUS - e.operand.accept(this)) % MODULUS; }
}

const isNum = (e, value) => e instanceof Num && e.value === value;

class Simplify {
  visitNum(e) { return e; }
  visitVar(e) { return e; }
  visitAdd(e) {
    const l = e.left.accept(this), r = e.right.accept(this);
    if (isNum(l, 0)) return r;
    if (isNum(r, 0)) return l;
    if (l instanceof Num && r instanceof Num) return new Num((l.value + r.value) % MODULUS);
    return new Add(l, r);
  }
  visitSub(e) {
    const l = e.left.accept(this), r = e.right.accept(this);
    if (isNum(r, 0)) return l;
    if (l instanceof Num && r instanceof Num) return new Num((l.value - r.value + MODULUS) % MODULUS);
    return new Sub(l, r);
  }
  visitMul(e) {
    const l = e.left.accept(this), r = e.right.accept(this);
    if (isNum(l, 0) || isNum(r, 0)) return new Num(0);
    if (isNum(l, 1)) return r;
    if (isNum(r, 1)) return l;
    if (l instanceof Num && r instanceof Num) return new Num((l.value * r.value) % MODULUS);
    return new Mul(l, r);
  }
  visitNeg(e) {
    const o = e.operand.accept(this);
    if (o instanceof Num) return new Num((MODULUS - o.value) % MODULUS);
    if (o instanceof Neg) return o.operand;
    return new Neg(o);
  }
}

class Measure {
  visitNum(e) { return [1, 1]; }
  visitVar(e) { return [1, 1]; }
  binary(e) {
    const [n1, d1] = e.left.accept(this);
    const [n2, d2] = e.right.accept(this);
    return [n1 + n2 + 1, (d1 > d2 ? d1 : d2) + 1];
  }
  visitAdd(e) { return this.binary(e); }
  visitSub(e) { return this.binary(e); }
  visitMul(e) { return this.binary(e); }
  visitNeg(e) {
    const [n, d] = e.operand.accept(this);
    return [n + 1, d + 1];
  }
}

function round() {
  const tree = build(14);
  const simple = tree.accept(new Simplify());
  let checksum = 0;
  for (let at = 0; at < 16; at++) {
    const v = tree.accept(new Eval(at * 7919));
    if (v !== simple.accept(new Eval(at * 7919))) throw new Error('simplification changed the value');
    checksum = (checksum + v) % MODULUS;
  }
  const measure = new Measure();
  const [nodes, depth] = tree.accept(measure);
  const [simpleNodes, simpleDepth] = simple.accept(measure);
  return checksum + nodes + depth + simpleNodes + simpleDepth;
}

const rounds = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
let checksum = 0;
for (let r = 0; r < rounds; r++) checksum += round();
console.log(String(checksum));

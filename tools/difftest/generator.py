"""Generates random, well-typed, terminating Dart programs in dartc's subset.

A program is deterministic from its seed. It prints a trace of its computation: results of
virtual, interface, super and `dynamic` calls on small class hierarchies, closures with captured
state, generic containers and functions, lists, maps and sets, caught exceptions, and int and
double arithmetic at the edges (wrap-around, `~/` and `%` with negative operands and zero,
shifts past 63, NaN and infinities). Lines written by `ck(...)` carry a value the generator
computed itself with the Dart VM's semantics (dart_values.py); a mismatch prints SELFCHECK-FAIL.

Termination: every callable (top-level function or method name of a hierarchy) has a rank, and
a body only calls callables of lower rank (super calls go up a finite chain), loops have literal
bounds, and loop counters are never assigned in the body.

Layout: one statement per line and a block's closing brace on its own line, so that the reducer
can remove statements and members by lines (see reducer.py).
"""

import math
import random
import struct

from dart_values import (DartThrow, MAX_INT, MIN_INT, double_binary, double_literal, double_to_string,
                         int_binary, int_compare, int_literal, int_to_double, int_unary)

INT_EDGES = [0, 1, -1, 2, -2, 3, 7, 31, 32, 63, 64, 65, 100, 255, 1 << 31, (1 << 31) - 1, -(1 << 31),
             1 << 32, 1 << 53, (1 << 53) + 1, MAX_INT, MIN_INT, MAX_INT - 1, MIN_INT + 1, 0x5555555555555555,
             -0x123456789abcdef]
DOUBLE_EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 0.2, 1e21, 1e-7, 1.5e300, -1e308, 5e-324,
                123456.789, float('inf'), float('-inf'), float('nan'), 9.223372036854776e18, 3.0, 1e16]
INT_OPS = ['+', '-', '*', '&', '|', '^', '~/', '%', '<<', '>>', '>>>']
CMP_OPS = ['<', '>', '<=', '>=', '==', '!=']

PRELUDE = r'''
int z = 0;

void ck(String id, Object? got, String want) {
  final s = '$got';
  if (s == want) {
    print('$id $s');
  } else {
    print('$id $s SELFCHECK-FAIL want $want');
  }
}

class Boom implements Exception {
  final int code;
  Boom(this.code);
  @override
  String toString() => 'Boom($code)';
}

class Box<T> {
  T v;
  Box(this.v);
  T get() => v;
  void put(T x) {
    v = x;
  }
  List<T> twice() => [v, v];
  R fold<R>(R init, R Function(R, T) f) => f(init, v);
  @override
  String toString() => 'Box($v)';
}

class Pair<A, B> {
  final A a;
  final B b;
  const Pair(this.a, this.b);
  Pair<B, A> swap() => Pair<B, A>(b, a);
  @override
  String toString() => '($a, $b)';
}

T pick<T>(bool c, T a, T b) => c ? a : b;

List<T> rep<T>(T x, int n) => List<T>.filled(n, x);

int sumAll(Iterable<int> xs) => xs.fold<int>(0, (a, b) => a + b);

enum Color { red, green, blue }

mixin Tally {
  int tally = 0;
  int bump(int by) {
    tally += by;
    return tally;
  }
}

class Counter with Tally {
  num total = 0;
  void add(num x) {
    total += x;
  }
}

extension IntX on int {
  int twice() => this * 2;
  bool get isBig => this > 1000;
}

class V {
  final int x;
  final int y;
  const V(this.x, this.y);
  V operator +(V o) => V(x + o.x, y + o.y);
  @override
  bool operator ==(Object o) => o is V && o.x == x && o.y == y;
  @override
  int get hashCode => x * 31 + y;
  @override
  String toString() => 'V($x, $y)';
}

int g0(int a, {int b = 3, int? c}) => a * b + (c ?? 7);

int g1(int a, [int b = 5]) => a - b;

int counter = 0;

int tick() => ++counter;

String colorName(Color c) {
  switch (c) {
    case Color.red:
      return 'r';
    case Color.green:
      return 'g';
    case Color.blue:
      return 'b';
  }
}

num half(num x) => x is int ? x ~/ 2 : x / 2;
'''


class Callable:
    def __init__(self, name, params, ret, family=None):
        self.name = name
        self.params = params  # list of (name, type)
        self.ret = ret
        self.family = family  # a Family for methods, None for top-level functions
        self.rank = 0
        self.cost = 1


class Family:
    """An abstract base class, concrete subclasses in a tree, and an interface some implement."""

    def __init__(self, idx):
        self.idx = idx
        self.base = 'A%d' % idx
        self.iface = 'I%d' % idx
        self.classes = []  # (name, parent name, implements iface?)
        self.methods = []  # Callables
        self.imethod = None
        self.other = 'C%d' % idx  # an unrelated class implementing only the interface


class Scope:
    def __init__(self, parent=None):
        self.parent = parent
        self.vars = []  # (name, type, assignable)

    def all(self):
        s, out = self, []
        while s:
            out.extend(s.vars)
            s = s.parent
        return out


class Gen:
    def __init__(self, seed, size=1.0):
        self.r = random.Random(seed)
        self.seed = seed
        self.size = size
        self.counter = 0
        self.ck_counter = 0
        self.families = []
        self.functions = []
        self.lines = []
        self.budget = 60  # calls (counting loop iterations) one body may make

    # --- helpers ----------------------------------------------------------------------------------

    def fresh(self, prefix):
        self.counter += 1
        return '%s%d' % (prefix, self.counter)

    def chance(self, p):
        return self.r.random() < p

    def emit(self, indent, text):
        self.lines.append('  ' * indent + text)

    def class_types(self):
        return [f.base for f in self.families]

    # --- expressions ------------------------------------------------------------------------------
    # ctx: dict(scope, rank, depth, this_family, in_try)

    def vars_of(self, ctx, ty, assignable=False):
        return [n for (n, t, a) in ctx['scope'].all() if t == ty and (a or not assignable)]

    def int_lit(self):
        if self.chance(0.5):
            return self.r.choice(INT_EDGES)
        return self.r.randint(-1000, 1000)

    def expr(self, ty, ctx, depth=0):
        if ty == 'int':
            return self.int_expr(ctx, depth)
        if ty == 'double':
            return self.double_expr(ctx, depth)
        if ty == 'bool':
            return self.bool_expr(ctx, depth)
        if ty == 'String':
            return self.string_expr(ctx, depth)
        if ty == 'List<int>':
            return self.list_expr(ctx, depth)
        if ty == 'Map<String, int>':
            vs = self.vars_of(ctx, ty)
            if vs and self.chance(0.6):
                return self.r.choice(vs)
            return "<String, int>{'a': %s, 'b': %s}" % (self.int_expr(ctx, depth + 1), self.int_expr(ctx, depth + 1))
        if ty in self.class_types():
            return self.object_expr(ty, ctx, depth)
        if ty == 'int Function(int)':
            vs = self.vars_of(ctx, ty)
            if vs and self.chance(0.7):
                return self.r.choice(vs)
            x = self.fresh('p')
            inner = dict(ctx, scope=Scope(ctx['scope']), mult=ctx['mult'] * 8)
            inner['scope'].vars.append((x, 'int', False))
            return '(int %s) => %s' % (x, self.int_expr(inner, depth + 1))
        raise ValueError(ty)

    def leaf_int(self, ctx):
        vs = self.vars_of(ctx, 'int')
        if vs and self.chance(0.6):
            return self.r.choice(vs)
        v = self.int_lit()
        return int_literal(v) if self.chance(0.5) else '(z + %s)' % int_literal(v)

    def safe_divisor(self, e):
        return '(%s | 1)' % e

    def int_expr(self, ctx, depth):
        if depth > 3 or self.chance(0.25):
            return self.leaf_int(ctx)
        k = self.r.randrange(22)
        d = depth + 1
        if k <= 4:
            op = self.r.choice(INT_OPS)
            a, b = self.int_expr(ctx, d), self.int_expr(ctx, d)
            if op in ('~/', '%'):
                b = self.safe_divisor(b)
            elif op in ('<<', '>>', '>>>'):
                b = '(%s & 127)' % b
            return '(%s %s %s)' % (a, op, b)
        if k == 5:
            return '(%s%s)' % (self.r.choice(['-', '~']), self.int_expr(ctx, d))
        if k == 6:
            return '(%s ? %s : %s)' % (self.bool_expr(ctx, d), self.int_expr(ctx, d), self.int_expr(ctx, d))
        if k == 7:
            call = self.call_expr('int', ctx, d)
            if call:
                return call
        if k == 8:
            e = self.double_expr(ctx, d)
            n = self.fresh('dv')
            return '(%s).clamp(-1e18, 1e18).toInt()' % e if self.chance(0.2) else \
                '((double %s) => %s.isNaN ? -7 : %s.clamp(-1e18, 1e18).toInt())(%s)' % (n, n, n, e)
        if k == 9:
            lst = self.list_expr(ctx, d)
            n = self.fresh('l')
            return '((List<int> %s) => %s.isEmpty ? -3 : %s[%s %% %s.length])(%s)' % (
                n, n, n, self.int_expr(ctx, d), n, lst)
        if k == 10:
            s = self.string_expr(ctx, d)
            return '(%s).length' % s
        if k == 11:
            fs = self.vars_of(ctx, 'int Function(int)')
            if fs:
                return '%s(%s)' % (self.r.choice(fs), self.int_expr(ctx, d))
            return 'Box<int>(%s).get()' % self.int_expr(ctx, d)
        if k == 12:
            ms = self.vars_of(ctx, 'Map<String, int>')
            if ms:
                return "(%s[%s] ?? %s)" % (self.r.choice(ms), self.r.choice(["'a'", "'b'", "'c'"]),
                                           self.int_expr(ctx, d))
            return 'pick<int>(%s, %s, %s)' % (self.bool_expr(ctx, d), self.int_expr(ctx, d), self.int_expr(ctx, d))
        if k == 13 and self.families:
            fam = self.r.choice(self.families)
            return '%s.fld%d' % (self.object_expr(fam.base, ctx, d), fam.idx)
        if k == 14:
            return '(((%s as dynamic) + %s) as int)' % (self.int_expr(ctx, d), self.int_expr(ctx, d)) \
                if self.chance(0.5) else '((%s as dynamic) as int)' % self.int_expr(ctx, d)
        if k == 15:
            return 'sumAll(%s)' % self.list_expr(ctx, d)
        if k == 16:
            return self.r.choice(['g0(%s)', 'g0(%s, b: %s)', 'g0(%s, c: %s)', 'g0(%s, c: %s, b: %s)', 'g1(%s)',
                                  'g1(%s, %s)']).replace('%s', '{}').format(
                *[self.int_expr(ctx, d) for _ in range(3)])
        if k == 17:
            return '(%s).twice()' % self.int_expr(ctx, d)
        if k == 18:
            return 'tick()'
        if k == 19:
            return 'Color.values[%s %% 3].index' % self.int_expr(ctx, d)
        if k == 20:
            return '(V(%s, %s) + const V(1, 2)).y' % (self.int_expr(ctx, d), self.int_expr(ctx, d))
        if k == 21:
            return '(half(%s) as int)' % self.int_expr(ctx, d)
        return self.leaf_int(ctx)

    def double_expr(self, ctx, depth):
        vs = self.vars_of(ctx, 'double')
        if depth > 3 or self.chance(0.25):
            if vs and self.chance(0.5):
                return self.r.choice(vs)
            v = self.r.choice(DOUBLE_EDGES) if self.chance(0.6) else round(self.r.uniform(-100, 100), 3)
            return double_literal(v) if self.chance(0.5) else '(z + %s)' % double_literal(v)
        d = depth + 1
        k = self.r.randrange(8)
        if k <= 2:
            # No `~/` on doubles: with a non-finite quotient (5.0 ~/ 0.0, NaN ~/ 1.0) dartc throws
            # IntegerDivisionByZeroException where the VM's (a / b).truncate() throws
            # UnsupportedError (docs/testing.md). Add '~/' here once that is fixed.
            op = self.r.choice(['+', '-', '*', '/', '%'])
            return '(%s %s %s)' % (self.double_expr(ctx, d), op, self.double_expr(ctx, d))
        if k == 3:
            return '(-%s)' % self.double_expr(ctx, d)
        if k == 4:
            return '(%s).toDouble()' % self.int_expr(ctx, d) if self.chance(0.5) else \
                '(%s / %s)' % (self.int_expr(ctx, d), self.int_expr(ctx, d))
        if k == 5:
            call = self.call_expr('double', ctx, d)
            if call:
                return call
        if k == 6:
            return '(%s).abs()' % self.double_expr(ctx, d)
        if k == 7:
            return '(%s ? %s : %s)' % (self.bool_expr(ctx, d), self.double_expr(ctx, d), self.double_expr(ctx, d))
        return self.double_expr(ctx, 4)

    def var_or_literal(self, ctx, ty, literals):
        vs = self.vars_of(ctx, ty)
        if vs and self.chance(0.6):
            return self.r.choice(vs)
        return self.r.choice(literals)

    def bool_expr(self, ctx, depth):
        if depth > 3 or self.chance(0.2):
            return self.var_or_literal(ctx, 'bool', ['true', 'false', '(z == 0)', '(z != 0)'])
        d = depth + 1
        k = self.r.randrange(8)
        if k <= 2:
            return '(%s %s %s)' % (self.int_expr(ctx, d), self.r.choice(CMP_OPS), self.int_expr(ctx, d))
        if k == 3:
            return '(%s %s %s)' % (self.double_expr(ctx, d), self.r.choice(CMP_OPS), self.double_expr(ctx, d))
        if k == 4:
            return '(%s %s %s)' % (self.bool_expr(ctx, d), self.r.choice(['&&', '||']), self.bool_expr(ctx, d))
        if k == 5:
            return '(!%s)' % self.bool_expr(ctx, d)
        if k == 6 and self.families:
            fam = self.r.choice(self.families)
            cls = self.r.choice([c for c, _, _ in fam.classes] + [fam.iface])
            return '(%s is %s)' % (self.object_expr(fam.base, ctx, d), cls)
        if k == 7:
            return '%s.contains(%s)' % (self.list_expr(ctx, d), self.int_expr(ctx, d))
        return self.bool_expr(ctx, 4)

    def string_expr(self, ctx, depth):
        if depth > 3 or self.chance(0.25):
            return self.var_or_literal(ctx, 'String', ["'a'", "'xyz'", "''", "'q\\$'", "'\\u00e9t\\u00e9'"])
        d = depth + 1
        k = self.r.randrange(8)
        if k == 0:
            return "'<${%s}>'" % self.int_expr(ctx, d)
        if k == 1:
            return "'${%s}'" % self.double_expr(ctx, d)
        if k == 2:
            return '(%s + %s)' % (self.string_expr(ctx, d), self.string_expr(ctx, d))
        if k == 3 and self.families:
            fam = self.r.choice(self.families)
            return '%s.name%d' % (self.object_expr(fam.base, ctx, d), fam.idx)
        if k == 4:
            return '%s.toString()' % self.list_expr(ctx, d)
        if k == 5:
            return "%s.join('-')" % self.list_expr(ctx, d)
        if k == 6:
            s = self.fresh('s')
            return '((String %s) => %s.substring(0, %s %% (%s.length + 1)))(%s)' % (
                s, s, self.int_expr(ctx, d), s, self.string_expr(ctx, d))
        if k == 7:
            call = self.call_expr('String', ctx, d)
            if call:
                return call
            k = 8 + self.r.randrange(3)
        if k == 8:
            return 'colorName(Color.values[%s %% 3])' % self.int_expr(ctx, d)
        if k == 9:
            return "'${half(%s)}'" % self.double_expr(ctx, d)
        if k == 10:
            return "'${(%s).isBig}'" % self.int_expr(ctx, d)
        return self.string_expr(ctx, 4)

    def list_expr(self, ctx, depth):
        vs = self.vars_of(ctx, 'List<int>')
        if vs and (depth > 2 or self.chance(0.5)):
            return self.r.choice(vs)
        d = depth + 2
        k = self.r.randrange(6)
        if k == 0 or depth > 2:
            n = self.r.randrange(4)
            return '<int>[%s]' % ', '.join(self.int_expr(ctx, d) for _ in range(n))
        if k == 1:
            x = self.fresh('x')
            inner = dict(ctx, scope=Scope(ctx['scope']), mult=ctx['mult'] * 8)
            inner['scope'].vars.append((x, 'int', False))
            return '%s.map((%s) => %s).toList()' % (self.list_expr(ctx, d), x, self.int_expr(inner, d))
        if k == 2:
            x = self.fresh('x')
            inner = dict(ctx, scope=Scope(ctx['scope']), mult=ctx['mult'] * 8)
            inner['scope'].vars.append((x, 'int', False))
            return '%s.where((%s) => %s).toList()' % (self.list_expr(ctx, d), x, self.bool_expr(inner, d))
        if k == 3:
            return 'List<int>.generate(%d, (i) => i * %s)' % (self.r.randrange(5),
                                                               self.int_expr(dict(ctx, mult=ctx['mult'] * 4), d))
        if k == 4:
            return '[...%s, %s]' % (self.list_expr(ctx, d), self.int_expr(ctx, d))
        return 'Box<int>(%s).twice()' % self.int_expr(ctx, d)

    def object_expr(self, ty, ctx, depth):
        vs = self.vars_of(ctx, ty)
        fam = next(f for f in self.families if f.base == ty)
        if vs and (depth > 2 or self.chance(0.6)):
            return self.r.choice(vs)
        if ctx.get('this_family') is fam and self.chance(0.3):
            return 'this'
        cls = self.r.choice([c for c, _, _ in fam.classes])
        return '%s(%s)' % (cls, self.int_lit_text())

    def int_lit_text(self):
        return int_literal(self.r.randint(-50, 50))

    def charge(self, c, ctx):
        """Whether the body being generated may call `c` (rank and cost); if so, counts the call."""
        cost = ctx['cost']
        if c.rank >= ctx['rank'] or cost[0] + c.cost * ctx['mult'] > cost[1]:
            return False
        cost[0] += c.cost * ctx['mult']
        return True

    def call_expr(self, ret, ctx, depth):
        """A call of a lower-ranked callable returning `ret`, or None."""
        cost = ctx['cost']
        cands = [c for c in self.functions + [m for f in self.families for m in f.methods]
                 if c.ret == ret and c.rank < ctx['rank'] and cost[0] + c.cost * ctx['mult'] <= cost[1]]
        if not cands:
            return None
        c = self.r.choice(cands)
        self.charge(c, ctx)
        args = ', '.join(self.expr(t, ctx, depth + 1) for (_, t) in c.params)
        if c.family is None:
            return '%s(%s)' % (c.name, args)
        recv = self.object_expr(c.family.base, ctx, depth + 1)
        if self.chance(0.2):
            return '((%s as dynamic).%s(%s) as %s)' % (recv, c.name, args, ret)
        return '%s.%s(%s)' % (recv, c.name, args)

    # --- self-checked arithmetic ------------------------------------------------------------------

    # Values are numbers or a DartThrow: Dart evaluates operands left to right, so the first
    # throw wins.

    def checked_int_tree(self, depth, leaves):
        """(dart text, value) of an int expression whose value the generator knows."""
        if depth > 2 or self.chance(0.3):
            if leaves and self.chance(0.5):
                return self.r.choice(leaves)
            p = self.r.random()
            v = self.r.choice(INT_EDGES) if p < 0.6 else self.r.randint(-99, 99) if p < 0.85 else \
                self.r.randint(MIN_INT, MAX_INT)
            return (int_literal(v), v)
        if self.chance(0.15):
            op = self.r.choice(['-', '~'])
            t, v = self.checked_int_tree(depth + 1, leaves)
            return ('(%s%s)' % (op, t), v if isinstance(v, DartThrow) else int_unary(op, v))
        op = self.r.choice(INT_OPS)
        ta, va = self.checked_int_tree(depth + 1, leaves)
        tb, vb = self.checked_int_tree(depth + 1, leaves)
        if op in ('<<', '>>', '>>>'):
            tb = '(%s & 127)' % tb
            vb = vb if isinstance(vb, DartThrow) else vb & 127
        return ('(%s %s %s)' % (ta, op, tb), self.apply(int_binary, op, va, vb))

    def apply(self, fn, op, va, vb):
        if isinstance(va, DartThrow):
            return va
        if isinstance(vb, DartThrow):
            return vb
        try:
            return fn(op, va, vb)
        except DartThrow as e:
            return e

    def checked_double_tree(self, depth, leaves):
        if depth > 2 or self.chance(0.3):
            if leaves and self.chance(0.5):
                return self.r.choice(leaves)
            v = self.r.choice(DOUBLE_EDGES) if self.chance(0.7) else round(self.r.uniform(-100, 100), 2)
            return (double_literal(v), v)
        k = self.r.randrange(5)
        if k == 0:
            t, v = self.checked_double_tree(depth + 1, leaves)
            return ('(-%s)' % t, -v)
        if k == 1:
            ti, vi = self.checked_int_tree(depth + 1, [])
            if isinstance(vi, DartThrow):
                return self.checked_double_tree(depth + 1, leaves)
            return ('(%s).toDouble()' % ti, int_to_double(vi))
        op = self.r.choice(['+', '-', '*', '/', '%'])
        ta, va = self.checked_double_tree(depth + 1, leaves)
        tb, vb = self.checked_double_tree(depth + 1, leaves)
        return ('(%s %s %s)' % (ta, op, tb), double_binary(op, va, vb))

    def emit_checks(self, indent, n):
        """Self-checking lines: arithmetic on literals (which the compiler may fold) and on values
        it cannot see (z is args.length, 0 at run time), with the value the VM computes."""
        leaves_i, leaves_d = [], []
        for _ in range(2):
            v = self.r.choice(INT_EDGES)
            name = self.fresh('o')
            self.emit(indent, 'final %s = z + %s;' % (name, int_literal(v)))
            leaves_i.append((name, v))
            dv = self.r.choice(DOUBLE_EDGES)
            dname = self.fresh('od')
            self.emit(indent, 'final %s = z + %s;' % (dname, double_literal(dv)))
            leaves_d.append((dname, 0.0 + dv))  # int 0 + -0.0 is 0.0
        for _ in range(n):
            self.ck_counter += 1
            cid = 'k%d' % self.ck_counter
            kind = self.r.randrange(5)
            if kind == 4:
                # Parsing and printing doubles: random bit patterns and short decimals.
                if self.chance(0.5):
                    v = struct.unpack('<d', struct.pack('<Q', self.r.getrandbits(64)))[0]
                    if v != v or math.isinf(v):
                        v = 1.0
                else:
                    v = self.r.randint(-99999, 99999) / 10 ** self.r.randint(0, 12)
                t, v = '(z + %s)' % double_literal(v), 0.0 + v
                want = double_to_string(v)
            elif kind == 0:
                t, v = self.checked_double_tree(0, leaves_d)
                want = double_to_string(v)
            elif kind == 1:
                ta, va = self.checked_int_tree(1, leaves_i)
                tb, vb = self.checked_int_tree(1, leaves_i)
                op = self.r.choice(CMP_OPS)
                t = '%s %s %s' % (ta, op, tb)
                v = self.apply(lambda o, a, b: int_compare(o, a, b), op, va, vb)
                want = v if isinstance(v, DartThrow) else ('true' if v else 'false')
            else:
                t, v = self.checked_int_tree(0, leaves_i)
                want = v if isinstance(v, DartThrow) else str(v)
            if isinstance(want, DartThrow):
                # The expression throws in Dart: check that it does, with the right class.
                self.emit(indent, 'try {')
                self.emit(indent + 1, "ck('%s', %s, 'throws');" % (cid, t))
                self.emit(indent, '} on %s {' % want.kind)
                self.emit(indent + 1, "print('%s throws');" % cid)
                self.emit(indent, '}')
            else:
                self.emit(indent, "ck('%s', %s, '%s');" % (cid, t, want))

    # --- statements -------------------------------------------------------------------------------

    def block(self, indent, ctx, n):
        for _ in range(n):
            self.statement(indent, ctx)

    def statement(self, indent, ctx):
        scope = ctx['scope']
        depth = ctx['depth']
        k = self.r.randrange(26)
        sub = dict(ctx, depth=depth + 1)
        if k <= 3 or depth > 2:
            ty = self.r.choice(['int', 'int', 'double', 'String', 'bool', 'List<int>', 'Map<String, int>'] +
                               self.class_types())
            name = self.fresh('v')
            e = self.expr(ty, ctx, 1)
            self.emit(indent, '%s %s = %s;' % ('var' if self.chance(0.5) else ty, name, e))
            scope.vars.append((name, ty, True))
            if ty in ('int', 'double', 'String', 'bool'):
                self.emit(indent, "print('%s ${%s}');" % (name, name))
            return
        if k <= 5:
            ty = self.r.choice(['int', 'double', 'String', 'bool', 'List<int>'] + self.class_types())
            self.emit(indent, "print('t%d ${%s}');" % (self.fresh_id(), self.expr(ty, ctx, 1)))
            return
        if k == 6:
            vs = [(n, t) for (n, t, a) in scope.all() if a and t in ('int', 'double', 'String')]
            if vs:
                n, t = self.r.choice(vs)
                if t == 'int':
                    op = self.r.choice(['=', '+=', '-=', '*=', '^=', '|='])
                elif t == 'double':
                    op = self.r.choice(['=', '+=', '-=', '*=', '/='])
                else:
                    op = self.r.choice(['=', '+='])
                self.emit(indent, '%s %s %s;' % (n, op, self.expr(t, ctx, 1)))
                if self.chance(0.5) and t == 'int':
                    self.emit(indent, '%s%s;' % (n, self.r.choice(['++', '--'])))
                return
        if k == 7:
            self.emit(indent, 'if (%s) {' % self.bool_expr(ctx, 1))
            self.block(indent + 1, dict(sub, scope=Scope(scope)), self.r.randint(1, 3))
            if self.chance(0.5):
                self.emit(indent, '} else {')
                self.block(indent + 1, dict(sub, scope=Scope(scope)), self.r.randint(1, 2))
            self.emit(indent, '}')
            return
        if k == 8:
            i = self.fresh('i')
            n = self.r.randint(1, 4)
            self.emit(indent, 'for (var %s = 0; %s < %d; %s++) {' % (i, i, n, i))
            inner = Scope(scope)
            inner.vars.append((i, 'int', False))
            self.block(indent + 1, dict(sub, scope=inner, mult=ctx['mult'] * n), self.r.randint(1, 3))
            self.emit(indent, '}')
            return
        if k == 9:
            x = self.fresh('e')
            # A copy, so that the body may change the list.
            self.emit(indent, 'for (final %s in [...%s]) {' % (x, self.list_expr(ctx, 1)))
            inner = Scope(scope)
            inner.vars.append((x, 'int', False))
            self.block(indent + 1, dict(sub, scope=inner, mult=ctx['mult'] * 8), self.r.randint(1, 2))
            self.emit(indent, '}')
            return
        if k == 10:
            self.try_statement(indent, ctx)
            return
        if k == 11:
            self.closure_statement(indent, ctx)
            return
        if k == 12:
            ls = [n for (n, t, a) in scope.all() if t == 'List<int>']
            if ls:
                n = self.r.choice(ls)
                op = self.r.randrange(5)
                if op == 0:
                    self.emit(indent, '%s.add(%s);' % (n, self.int_expr(ctx, 1)))
                elif op == 1:
                    self.emit(indent, 'if (%s.isNotEmpty) %s.removeLast();' % (n, n))
                elif op == 2:
                    self.emit(indent, '%s.sort();' % n)
                elif op == 3:
                    self.emit(indent, 'if (%s.isNotEmpty) %s[%s %% %s.length] = %s;' % (
                        n, n, self.int_expr(ctx, 1), n, self.int_expr(ctx, 1)))
                else:
                    self.emit(indent, "print('%s ${%s.reversed.toList()} ${%s.length}');" % (n, n, n))
                return
        if k == 13:
            ms = [n for (n, t, a) in scope.all() if t == 'Map<String, int>']
            if ms:
                n = self.r.choice(ms)
                key = self.r.choice(["'a'", "'b'", "'c'", "'d'"])
                op = self.r.randrange(4)
                if op == 0:
                    self.emit(indent, '%s[%s] = %s;' % (n, key, self.int_expr(ctx, 1)))
                elif op == 1:
                    self.emit(indent, '%s.update(%s, (v) => v + %s, ifAbsent: () => %s);' % (
                        n, key, self.int_expr(ctx, 2), self.int_expr(ctx, 2)))
                elif op == 2:
                    self.emit(indent, '%s.remove(%s);' % (n, key))
                else:
                    self.emit(indent, "print('%s ${%s} ${%s.keys.toList()} ${%s.values.toList()}');" % (n, n, n, n))
                return
        if k == 14 and self.families:
            fam = self.r.choice(self.families)
            o = self.fresh('d')
            self.emit(indent, 'dynamic %s = %s;' % (o, self.object_expr(fam.base, ctx, 1)))
            m = self.r.choice(fam.methods)
            if self.charge(m, ctx):
                args = ', '.join(self.expr(t, ctx, 2) for (_, t) in m.params)
                self.emit(indent, "print('%s ${%s.%s(%s)}');" % (o, o, m.name, args))
            self.emit(indent, "print('%s ${%s.fld%d} ${%s.name%d} ${%s is %s}');" % (
                o, o, fam.idx, o, fam.idx, o, fam.iface))
            return
        if k == 15 and self.families:
            fam = self.r.choice(self.families)
            impls = [c for c, _, i in fam.classes if i] + [fam.other]
            if self.charge(fam.imethod, ctx):
                o = self.fresh('ii')
                self.emit(indent, '%s %s = %s(%s);' % (fam.iface, o, self.r.choice(impls), self.int_lit_text()))
                self.emit(indent, "print('%s ${%s.%s(%s)}');" % (o, o, fam.imethod.name, self.int_expr(ctx, 1)))
                return
        if k == 16 and self.families:
            fam = self.r.choice(self.families)
            o = self.object_expr(fam.base, ctx, 1)
            self.emit(indent, '%s.fld%d %s %s;' % (o, fam.idx, self.r.choice(['=', '+=', '^=']), self.int_expr(ctx, 1)))
            return
        if k == 17:
            b = self.fresh('b')
            self.emit(indent, 'final %s = Box<%s>(%s);' % (b, 'int', self.int_expr(ctx, 1)))
            self.emit(indent, '%s.put(%s.fold<int>(%s, (a, x) => a - x));' % (b, b, self.int_expr(ctx, 2)))
            self.emit(indent, "print('%s ${%s} ${Pair<int, String>(%s.get(), %s).swap()}');" % (
                b, b, b, self.string_expr(ctx, 2)))
            return
        if k == 18:
            s = self.fresh('st')
            self.emit(indent, "final %s = <int>{%s, %s, %s};" % (s, self.int_expr(ctx, 2), self.int_expr(ctx, 2),
                                                                  self.int_expr(ctx, 2)))
            self.emit(indent, "print('%s ${%s} ${%s.length} ${%s.contains(%s)}');" % (
                s, s, s, s, self.int_expr(ctx, 2)))
            return
        if k == 19:
            self.edge_statement(indent, ctx)
            return
        if k == 20:
            c = self.fresh('cn')
            self.emit(indent, 'final %s = Counter()..add(%s)..add(%s);' % (c, self.int_expr(ctx, 2), self.double_expr(ctx, 2)
                                                                        if self.chance(0.5) else self.int_expr(ctx, 2)))
            self.emit(indent, "print('%s ${%s.total} ${%s.bump(%s)} ${%s.tally}');" % (c, c, c, self.int_expr(ctx, 2), c))
            return
        if k == 21:
            a, b = self.fresh('va'), self.fresh('vb')
            self.emit(indent, 'final %s = %s, %s = %s;' % (a, self.int_expr(ctx, 2), b, self.int_expr(ctx, 2)))
            self.emit(indent, "print('vs ${{V(%s, %s), V(%s, %s), const V(1, 2)}} ${<V, int>{V(1, 2): 3}[V(%s, 2)]}');" % (
                a, b, a, b, self.int_expr(ctx, 2)))
            return
        if k == 22:
            w = self.fresh('w')
            self.emit(indent, 'var %s = 0;' % w)
            self.emit(indent, 'while (true) {')
            self.emit(indent + 1, '%s++;' % w)
            self.emit(indent + 1, 'if (%s > %d || %s) break;' % (w, self.r.randint(1, 4), self.bool_expr(ctx, 2)))
            inner = Scope(scope)
            self.block(indent + 1, dict(sub, scope=inner, mult=ctx['mult'] * 5), self.r.randint(1, 2))
            self.emit(indent, '}')
            self.emit(indent, "print('%s ${%s}');" % (w, w))
            return
        if k == 23:
            self.emit(indent, 'switch (%s %% 4) {' % self.int_expr(ctx, 1))
            for v in range(3):
                self.emit(indent + 1, 'case %d:' % v)
                self.block(indent + 2, dict(sub, scope=Scope(scope)), 1)
            self.emit(indent + 1, 'default:')
            self.emit(indent + 2, "print('default');")
            self.emit(indent, '}')
            return
        if k == 24 and self.families:
            fam = self.r.choice(self.families)
            m = self.r.choice(fam.methods)
            if self.charge(m, ctx):
                t = self.fresh('tear')
                self.emit(indent, 'final %s = %s.%s;' % (t, self.object_expr(fam.base, ctx, 1), m.name))
                args = ', '.join(self.expr(ty, ctx, 2) for (_, ty) in m.params)
                self.emit(indent, "print('%s ${%s(%s)}');" % (t, t, args))
                return
        if k == 25 and self.families:
            fam = self.r.choice(self.families)
            n = self.fresh('n')
            self.emit(indent, '%s? %s = %s ? null : %s;' % (fam.base, n, self.bool_expr(ctx, 2),
                                                           self.object_expr(fam.base, ctx, 2)))
            self.emit(indent, "print('%s ${%s?.fld%d} ${%s == null}');" % (n, n, fam.idx, n))
            self.emit(indent, '%s ??= %s;' % (n, self.object_expr(fam.base, ctx, 2)))
            self.emit(indent, "print('%s ${%s.name%d}');" % (n, n, fam.idx))
            return
        self.emit(indent, "print('t%d ${%s}');" % (self.fresh_id(), self.int_expr(ctx, 1)))

    def fresh_id(self):
        self.counter += 1
        return self.counter

    def edge_statement(self, indent, ctx):
        """Operations that throw, caught; their message texts are compared across configurations."""
        k = self.r.randrange(5)
        self.emit(indent, 'try {')
        if k == 0:
            self.emit(indent + 1, "print('x ${%s ~/ (z * %s)}');" % (self.int_expr(ctx, 2), self.int_expr(ctx, 3)))
        elif k == 1:
            self.emit(indent + 1, "print('x ${%s %% z}');" % self.int_expr(ctx, 2))
        elif k == 2:
            self.emit(indent + 1, "print('x ${%s << (z - %d)}');" % (self.int_expr(ctx, 2), self.r.randint(1, 3)))
        elif k == 3:
            self.emit(indent + 1, "print('x ${%s.toInt()}');" % self.double_expr(ctx, 2))
        else:
            self.emit(indent + 1, "print('x ${%s[z + %d]}');" % (self.list_expr(ctx, 2), self.r.randint(0, 4)))
        self.emit(indent, '} catch (e) {')
        self.emit(indent + 1, "print('caught ${e.runtimeType}: $e');")
        self.emit(indent, '}')

    def try_statement(self, indent, ctx):
        scope = ctx['scope']
        sub = dict(ctx, depth=ctx['depth'] + 1)
        self.emit(indent, 'try {')
        self.block(indent + 1, dict(sub, scope=Scope(scope)), self.r.randint(1, 2))
        self.emit(indent + 1, 'if (%s) throw Boom(%s);' % (self.bool_expr(ctx, 1), self.int_expr(ctx, 2)))
        self.block(indent + 1, dict(sub, scope=Scope(scope)), self.r.randint(0, 1))
        self.emit(indent, '} on Boom catch (e) {')
        self.emit(indent + 1, "print('boom ${e.code} $e');")
        if self.chance(0.3):
            self.emit(indent, '} catch (e) {')
            self.emit(indent + 1, "print('other $e');")
        if self.chance(0.5):
            self.emit(indent, '} finally {')
            self.emit(indent + 1, "print('finally %d');" % self.fresh_id())
        self.emit(indent, '}')

    def closure_statement(self, indent, ctx):
        scope = ctx['scope']
        name = self.fresh('c')
        ints = [n for (n, t, a) in scope.all() if t == 'int' and a]
        x = self.fresh('p')
        inner = Scope(scope)
        inner.vars.append((x, 'int', False))
        ictx = dict(ctx, scope=inner, depth=ctx['depth'] + 1, mult=ctx['mult'] * 8)
        if ints and self.chance(0.6):
            cap = self.r.choice(ints)
            self.emit(indent, 'int Function(int) %s = (int %s) {' % (name, x))
            self.emit(indent + 1, '%s += %s;' % (cap, x))
            self.emit(indent + 1, 'return %s ^ %s;' % (cap, self.int_expr(ictx, 2)))
            self.emit(indent, '};')
        else:
            self.emit(indent, 'int Function(int) %s = (int %s) => %s;' % (name, x, self.int_expr(ictx, 1)))
        scope.vars.append((name, 'int Function(int)', False))
        self.emit(indent, "print('%s ${%s(%s)} ${[1, 2, 3].map(%s).toList()}');" % (
            name, name, self.int_expr(ctx, 2), name))

    # --- declarations -----------------------------------------------------------------------------
    # Bodies are generated in rank order, so that a body knows the cost (calls made, counting
    # loops) of everything it may call and the program stays fast under gc-stress and qemu.

    def plan(self):
        for i in range(self.r.randint(1, 2)):
            fam = Family(i)
            names = []
            for j in range(self.r.randint(2, 4)):
                name = 'B%d_%d' % (i, j)
                parent = fam.base if not names or self.chance(0.5) else self.r.choice(names)
                fam.classes.append((name, parent, self.chance(0.5)))
                names.append(name)
            for j in range(self.r.randint(2, 3)):
                params = [('a', 'int')] if j % 2 == 0 else [('a', 'int'), ('x', 'double')]
                ret = self.r.choice(['int', 'int', 'double', 'String'])
                fam.methods.append(Callable('m%d_%d' % (i, j), params, ret, fam))
            fam.imethod = Callable('i%d' % i, [('a', 'int')], 'int', fam)
            # Which classes implement which methods (the base may leave some abstract).
            fam.impl = {}  # (class, method name) -> calls super?
            fam.abstract = set(m.name for m in fam.methods if self.chance(0.3))
            concrete = {fam.base: set(m.name for m in fam.methods) - fam.abstract}
            for m in fam.methods:
                if m.name not in fam.abstract:
                    fam.impl[(fam.base, m.name)] = False
            for (name, parent, implements) in fam.classes:
                inherited = concrete[parent]
                for m in fam.methods:
                    if m.name not in inherited or self.chance(0.4):
                        fam.impl[(name, m.name)] = m.name in inherited and self.chance(0.6)
                if implements:
                    fam.impl[(name, fam.imethod.name)] = False
                concrete[name] = inherited | set(m.name for m in fam.methods)
            self.families.append(fam)
        for j in range(self.r.randint(2, 4)):
            params = self.r.choice([[('a', 'int')], [('a', 'int'), ('b', 'int')], [('x', 'double'), ('a', 'int')],
                                    [('s', 'String')]])
            self.functions.append(Callable('fn%d' % j, params, self.r.choice(['int', 'double', 'String']), None))
        callables = self.functions + [m for f in self.families for m in f.methods] + \
            [f.imethod for f in self.families]
        self.r.shuffle(callables)
        for i, c in enumerate(callables):
            c.rank = i + 1
        self.bodies = {}  # (class or None, callable name) -> lines
        for c in callables:
            total = 1
            if c.family is None:
                sites = [None]
            else:
                sites = [cls for (cls, mn) in c.family.impl if mn == c.name]
            for cls in sites:
                ctx_cost = [0, self.budget]
                lines = self.body(c, c.family if cls else None, ctx_cost,
                                  super_call=bool(cls) and c.family.impl[(cls, c.name)], cls=cls)
                self.bodies[(cls, c.name)] = lines
                total += ctx_cost[0]
            c.cost = total

    def body(self, callable_, this_family, cost, super_call=False, cls=None):
        saved, self.lines = self.lines, []
        scope = Scope()
        for (n, t) in callable_.params:
            scope.vars.append((n, t, False))
        if this_family:
            scope.vars.append(('fld%d' % this_family.idx, 'int', True))
        ctx = {'scope': scope, 'rank': callable_.rank, 'depth': 1, 'this_family': this_family,
               'cost': cost, 'mult': 1}
        if super_call:
            sup = self.fresh('sup')
            self.emit(0, 'final %s = super.%s(%s);' % (sup, callable_.name, ', '.join(n for n, _ in callable_.params)))
            self.emit(0, "print('%s.%s super ${%s}');" % (cls, callable_.name, sup))
        self.block(0, ctx, self.r.randint(1, 3))
        self.emit(0, 'return %s;' % self.expr(callable_.ret, ctx, 1))
        lines, self.lines = self.lines, saved
        return lines

    def emit_body(self, indent, key):
        for line in self.bodies[key]:
            self.emit(indent, line)

    def params_text(self, c):
        return ', '.join('%s %s' % (t, n) for (n, t) in c.params)

    def emit_family(self, fam):
        i = fam.idx
        self.emit(0, 'abstract class %s {' % fam.iface)
        self.emit(1, 'int %s(int a);' % fam.imethod.name)
        self.emit(0, '}')
        self.emit(0, '')
        self.emit(0, 'abstract class %s {' % fam.base)
        self.emit(1, 'int fld%d;' % i)
        self.emit(1, '%s(this.fld%d);' % (fam.base, i))
        self.emit(1, "String get name%d => '%s';" % (i, fam.base))
        for m in fam.methods:
            if m.name in fam.abstract:
                self.emit(1, '%s %s(%s);' % (m.ret, m.name, self.params_text(m)))
            else:
                self.emit(1, '%s %s(%s) {' % (m.ret, m.name, self.params_text(m)))
                self.emit_body(2, (fam.base, m.name))
                self.emit(1, '}')
        self.emit(0, '}')
        self.emit(0, '')
        for (name, parent, implements) in fam.classes:
            head = 'class %s extends %s' % (name, parent)
            if implements:
                head += ' implements %s' % fam.iface
            self.emit(0, head + ' {')
            self.emit(1, '%s(super.fld%d);' % (name, i))
            for m in fam.methods + [fam.imethod]:
                if (name, m.name) in fam.impl:
                    self.emit(1, '@override')
                    self.emit(1, '%s %s(%s) {' % (m.ret, m.name, self.params_text(m)))
                    self.emit_body(2, (name, m.name))
                    self.emit(1, '}')
            if self.chance(0.4):
                self.emit(1, '@override')
                self.emit(1, "String get name%d => '%s:${super.name%d}';" % (i, name, i))
            if self.chance(0.3):
                self.emit(1, '@override')
                self.emit(1, "String toString() => '%s(${fld%d})';" % (name, i))
            self.emit(0, '}')
            self.emit(0, '')
        self.emit(0, 'class %s implements %s {' % (fam.other, fam.iface))
        self.emit(1, 'final int k;')
        self.emit(1, '%s(this.k);' % fam.other)
        self.emit(1, '@override')
        self.emit(1, 'int %s(int a) => a * k - %d;' % (fam.imethod.name, self.r.randint(0, 9)))
        self.emit(0, '}')
        self.emit(0, '')

    def emit_main(self):
        self.emit(0, 'void main(List<String> args) {')
        self.emit(1, 'z = args.length;')
        scope = Scope()
        ctx = {'scope': scope, 'rank': 10 ** 6, 'depth': 0, 'this_family': None,
               'cost': [0, self.budget * 8], 'mult': 1}
        for fam in self.families:
            objs = 'objs%d' % fam.idx
            self.emit(1, 'final %s = <%s>[%s];' % (objs, fam.base, ', '.join(
                '%s(%d)' % (c, self.r.randint(-9, 9)) for c, _, _ in fam.classes)))
            self.emit(1, 'for (final o in %s) {' % objs)
            for m in fam.methods:
                args = ', '.join(self.expr(t, dict(ctx, depth=2), 2) for (_, t) in m.params)
                self.emit(2, "print('${o.name%d} %s ${o.%s(%s)}');" % (fam.idx, m.name, m.name, args))
            self.emit(2, "print('$o ${o is %s} ${o.fld%d}');" % (fam.iface, fam.idx))
            self.emit(1, '}')
            scope.vars.append((objs + '[0]', fam.base, False))
        n_blocks = max(2, int(self.r.randint(4, 8) * self.size))
        for b in range(n_blocks):
            self.emit(1, '{')
            self.emit(2, "print('-- block %d');" % b)
            if self.chance(0.5):
                self.emit_checks(2, self.r.randint(2, 6))
            self.block(2, dict(ctx, scope=Scope(scope), depth=0), self.r.randint(2, 6))
            self.emit(1, '}')
        self.emit(0, '}')

    def program(self):
        self.plan()
        self.lines.append('// Generated by tools/difftest (seed %d); compare its output across dartc configurations.'
                          % self.seed)
        self.lines.extend(PRELUDE.strip('\n').split('\n'))
        self.emit(0, '')
        for fam in self.families:
            self.emit_family(fam)
        for f in self.functions:
            self.emit(0, '%s %s(%s) {' % (f.ret, f.name, self.params_text(f)))
            self.emit_body(1, (None, f.name))
            self.emit(0, '}')
            self.emit(0, '')
        self.emit_main()
        return '\n'.join(self.lines) + '\n'


def generate(seed, size=1.0):
    return Gen(seed, size).program()


if __name__ == '__main__':
    import sys
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1), end='')

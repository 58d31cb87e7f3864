// List fields that start as an empty constant list and get growable lists later (issue 10,
// branch queens3). When every value such a field ever holds is a growable list or an empty
// constant list, codegen tests the index against the word at the growable list's length slot
// before testing the class (an empty constant list carries a zero word there), and the guarded
// call that follows an out-of-range index must throw exactly what it threw before: the growable
// list's RangeError, the empty constant list's RangeError for a read and UnsupportedError for a
// write. Fields holding a constant list with elements, or a list from a parameter, keep the
// plain class test.
//
// Expectations derived by hand from the Dart SDK's sources: the VM's bounds check of built-in
// lists throws RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc),
// printed 'RangeError (length): Invalid value: Not in inclusive range 0..N-1: I', or 'Valid value
// range is empty: I' when the list is empty (sdk/lib/core/errors.dart); a constant list's `[]=`
// throws UnsupportedError('Cannot modify an unmodifiable list'), printed with 'Unsupported
// operation: ' (vm/lib/array.dart, _ImmutableList). Growable lists grow with add and shrink with
// removeLast; compound assignments read then write the same element.
void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError catch (e) {
    print('$what: $e');
  } on UnsupportedError catch (e) {
    print('$what: $e');
  }
}

class Board {
  List<bool> flags = const [];
  List<int> cols = const [];
  List<int> full = const [1, 2, 3];  // a constant with elements: the plain class test
  static List<String> names = const [];

  void fill() {
    flags = List<bool>.filled(3, true);
    cols = [7, 8];
    names = List<String>.generate(2, (i) => 'n$i');
  }

  bool get(int i) => flags[i];
  void set(int i, bool v) => flags[i] = v;
  int sum() {
    var s = 0;
    for (var i = 0; i < cols.length; i++) {
      s += cols[i];
    }
    return s;
  }
}

class Derived extends Board {
  // Reads the inherited fields through `this`, and another board's through a parameter.
  int diagonal(Board other) => (flags[0] ? 1 : 0) + other.cols[1];
}

class Holder {
  List<int> given = const [];  // a parameter's list may be anything: the plain class test
  void take(List<int> list) => given = list;
}

const big = 4611686018427387904;  // 2^62
const smallest = -9223372036854775808;

void main() {
  final b = Board();
  print('before fill');
  attempt('flags[0]', () => b.flags[0]);
  attempt('flags[-1]', () => b.flags[-1]);
  attempt('get(2)', () => b.get(2));
  attempt('flags[0] = true', () => b.flags[0] = true);
  attempt('set(-1, false)', () => b.set(-1, false));
  attempt('cols[5] = 1', () => b.cols[5] = 1);
  attempt('cols[0] += 1', () => b.cols[0] += 1);
  attempt('names[0]', () => Board.names[0]);
  attempt('names[big] = x', () => Board.names[big] = 'x');
  attempt('sum', () => b.sum());

  b.fill();
  print('after fill');
  attempt('flags[2]', () => b.flags[2]);
  attempt('flags[3]', () => b.flags[3]);
  attempt('flags[-1]', () => b.flags[-1]);
  attempt('flags[big]', () => b.flags[big]);
  attempt('flags[smallest]', () => b.flags[smallest]);
  attempt('set(1, false)', () {
    b.set(1, false);
    return b.flags;
  });
  attempt('set(3, false)', () => b.set(3, false));
  attempt('flags[smallest] = true', () => b.flags[smallest] = true);
  attempt('cols[1] += 5', () => b.cols[1] += 5);
  attempt('cols[0]++', () => b.cols[0]++);
  attempt('cols[1] = 4', () => b.cols[1] = 4);
  attempt('cols', () => b.cols);
  attempt('sum', () => b.sum());
  attempt('names[1]', () => Board.names[1]);
  attempt('names[2]', () => Board.names[2]);
  attempt('names[0] = z', () {
    Board.names[0] = 'z';
    return Board.names;
  });

  print('growing and shrinking');
  b.cols.add(9);
  attempt('cols[2] after add', () => b.cols[2]);
  attempt('cols[2] = 10', () {
    b.cols[2] = 10;
    return b.sum();
  });
  b.cols.removeLast();
  attempt('cols[2] after removeLast', () => b.cols[2]);
  attempt('cols[2] = 1 after removeLast', () => b.cols[2] = 1);
  b.cols.clear();
  attempt('cols[0] after clear', () => b.cols[0]);
  attempt('sum after clear', () => b.sum());

  print('back to the constant');
  b.flags = const [];
  attempt('flags[0]', () => b.flags[0]);
  attempt('flags[0] = false', () => b.flags[0] = false);
  b.flags = List<bool>.empty(growable: true);
  attempt('flags[0] of an empty growable list', () => b.flags[0]);
  attempt('flags[0] = true of an empty growable list', () => b.flags[0] = true);

  print('constant with elements');
  attempt('full[1]', () => b.full[1]);
  attempt('full[3]', () => b.full[3]);
  attempt('full[0] = 5', () => b.full[0] = 5);
  b.full = [4, 5];
  attempt('full[1] after assignment', () => b.full[1]);

  print('subclass');
  final d = Derived();
  attempt('diagonal before fill', () => d.diagonal(b));
  d.fill();
  b.cols = [1, 2];
  attempt('diagonal', () => d.diagonal(b));

  print('from a parameter');
  final h = Holder();
  attempt('given[0]', () => h.given[0]);
  h.take(const [6, 7]);
  attempt('given[1]', () => h.given[1]);
  attempt('given[1] = 0', () => h.given[1] = 0);
  h.take([3]);
  attempt('given[0] = 2', () {
    h.given[0] = 2;
    return h.given;
  });
}

// Captured variables: a closure and its enclosing function share the variable (mutation on
// either side is seen by the other), several closures share one variable, parameters and `this`
// are captured, captures nest several levels deep, and loops bind their variables as Dart does.
//
// Expectations derived by hand from the Dart language specification: closures capture variables,
// not values. `for (var i = ...; ...; i++)` creates a fresh variable for each iteration, copied
// from the previous one before the increment runs on the new copy (so a closure sees the value
// its own iteration's body left, and a closure assigning to its `i` affects only that iteration);
// `for (var x in ...)` and variables declared inside a loop body are fresh per iteration; a
// variable declared outside a `while`/`do`/`for` loop is one variable shared by all iterations.

int Function() makeCounter(int start) => () => start++;

class Account {
  int total = 0;
  final String owner;
  Account(this.owner);
  void Function(int) depositor() => (int amount) {
        total += amount;
      };
  List<int> withTotal(List<int> xs) => xs.map((x) => x + total).toList();
  String Function() describer() => () => '$owner has $total';
}

void main() {
  // Mutation by the closure is visible outside, and the other way round.
  var counter = 0;
  void bump() {
    counter++;
  }
  bump();
  bump();
  print(counter);
  counter = 10;
  var read = () => counter;
  print(read());
  counter = 11;
  print(read());
  bump();
  print(read());

  // Two closures sharing one variable.
  var x = 0;
  var inc = () => ++x;
  var get = () => x;
  inc();
  inc();
  inc();
  print('${get()} $x');

  // Captured parameters: each call of makeCounter has its own `start`.
  var c1 = makeCounter(5);
  var c2 = makeCounter(5);
  print('${c1()} ${c1()} ${c1()} ${c2()}');

  // Captured `this`.
  var acct = Account('ann');
  var deposit = acct.depositor();
  var describe = acct.describer();
  deposit(30);
  deposit(12);
  print(acct.total);
  print(acct.withTotal([1, 2]));
  print(describe());

  // Nested captures over several levels.
  var a = 1;
  var outer = () {
    var b = 10;
    return () {
      var c = 100;
      return () => a + b + c;
    };
  };
  var innermost = outer()();
  print(innermost());
  a = 2;
  print(innermost());

  // for (var i ...): a fresh variable per iteration.
  var fs = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    fs.add(() => i);
  }
  print(fs.map((f) => f()).toList());

  // The body's changes to i are seen by that iteration's closure; the increment runs on the
  // next iteration's copy.
  var gs = <int Function()>[];
  for (var i = 0; i < 6; i++) {
    gs.add(() => i);
    i++;
  }
  print(gs.map((f) => f()).toList());

  // A closure assigning to its iteration's i changes only that iteration's variable.
  var setters = <void Function()>[];
  var getters = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    setters.add(() {
      i += 100;
    });
    getters.add(() => i);
  }
  setters[1]();
  print(getters.map((f) => f()).toList());

  // for-in: a fresh variable per element.
  var names = <String Function()>[];
  for (var s in ['a', 'b', 'c']) {
    names.add(() => s);
  }
  print(names.map((f) => f()).toList());

  // while: the variable declared outside the loop is shared.
  var ws = <int Function()>[];
  var j = 0;
  while (j < 3) {
    ws.add(() => j);
    j++;
  }
  print(ws.map((f) => f()).toList());

  // ...but a variable declared in the loop body is fresh per iteration.
  var ds = <int Function()>[];
  var k = 0;
  while (k < 3) {
    var copy = k;
    ds.add(() => copy);
    k++;
  }
  print(ds.map((f) => f()).toList());

  // do-while and a for loop whose variable is declared outside it share that variable too.
  var dw = <int Function()>[];
  var n = 0;
  do {
    dw.add(() => n * 10);
    n++;
  } while (n < 3);
  print(dw.map((f) => f()).toList());
  var fo = <int Function()>[];
  int m;
  for (m = 0; m < 3; m++) {
    fo.add(() => m);
  }
  print(fo.map((f) => f()).toList());

  // A closure created in a loop keeps updating a variable that outlives the loop.
  var sum = 0;
  var adders = <void Function()>[];
  for (var i = 1; i <= 4; i++) {
    adders.add(() => sum += i);
  }
  for (var add in adders) {
    add();
  }
  for (var add in adders) {
    add();
  }
  print(sum);

  // A captured variable in a nested loop, with both loop variables captured.
  var pairs = <String Function()>[];
  for (var r = 0; r < 2; r++) {
    for (var q = 0; q < 2; q++) {
      pairs.add(() => '$r$q');
    }
  }
  print(pairs.map((f) => f()).join(' '));
}

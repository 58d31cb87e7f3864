// Stack trace frames carry the position of the call (or throw) they stopped at, as the Dart VM
// prints them: '#<n padded to 6> <name> (file:///<path>:<line>:<column>)', innermost first, one
// frame per active Dart function -- functions dartc inlined included, since the VM shows those
// too. Only this file's frames are checked (with the directory cut off); frames in the core
// library show as '(dart:…)' because its line numbers differ from the VM's.
//
// Expectations derived by hand from the VM's rules: the column is that of the token the Dart
// front end gives the node (a call's or property access's name, an operator, the '[' of an
// index, the 'throw' keyword, the '!' of a null check, the 'as' of a cast), 1-based; frame
// names are 'Class.member', 'Class.setter=', 'new Class' / 'new Class.name' for constructors
// and factories, 'main.<anonymous closure>' for a closure in main, 'main.local' for a local
// function, and the core library's List for its growable list class. (The VM's traces go on
// below main with its isolate entry frames from dart:isolate-patch, which dartc doesn't have.)

class Account {
  int _balance = 0;
  Account();
  Account.frozen() {
    throw StateError('frozen');
  }
  factory Account.invalid() => throw ArgumentError('invalid');
  int get balance => _balance < 0 ? throw StateError('negative') : _balance;
  set balance(int value) {
    if (value < 0) throw RangeError('negative');
    _balance = value;
  }
  Account operator +(int amount) => amount > 100 ? throw StateError('limit') : this;
  void withdraw(int amount) => _check(amount);
  void _check(int amount) {
    if (amount > _balance) throw StateError('insufficient');
  }
}

// Small enough to be inlined at -O2; the frames must show it anyway.
int half(int x) => x.isOdd ? throw FormatException('odd') : x ~/ 2;
int quarter(int x) => half(half(x));

void show(String what, void Function() f) {
  try {
    f();
  } catch (e, st) {
    print('$what:');
    for (var line in st.toString().split('\n')) {
      if (line.isEmpty) continue;
      int open = line.indexOf(' (');
      String location = line.substring(open + 2, line.length - 1);
      if (location.startsWith('file://')) {
        location = location.substring(location.lastIndexOf('/') + 1);
      } else if (location.startsWith('dart:')) {
        location = 'dart:…';
      }
      print('  ${line.substring(0, open)} ($location)');
    }
  }
}

void main() {
  var account = Account();
  show('constructor', () => Account.frozen());
  show('factory', () => Account.invalid());
  show('setter', () => account.balance = -1);
  show('operator', () => account + 500);
  show('method', () => account.withdraw(5));
  show('inlined', () => print(quarter(6)));
  void local() {
    account.balance = -2;
  }
  show('local function', local);
  show('nested closure', () {
    [1].forEach((e) {
      throw 'nested $e';
    });
  });
  String? missing;
  show('null check', () => missing!.length);
  show('index', () => [1, 2][2]);
}

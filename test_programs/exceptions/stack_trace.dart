// The StackTrace given to `catch (e, st)` names the functions that were active at the throw,
// innermost first, in the Dart VM's format: '#<frame number padded to 6> <name> (<location>)',
// with a method named 'Class.method'. rethrow keeps the original trace; a new throw gets a new
// one. Only fragments are checked: line and column numbers, the file URI and the frames of
// functions that may be inlined (dartc's traces omit inlined frames, the VM's do not) are left
// out. The throwing functions recurse, so they stay real frames whatever is inlined.
//
// Expectations derived by hand from the Dart VM's StackTrace.toString format (one line per frame,
// "#%-6d %s (%s)\n", so frame 0 reads '#0      name (').

class Worker {
  void work(int n) {
    if (n > 0) work(n - 1);
    throw StateError('work');
  }
}

void thrower(int n) {
  if (n > 0) thrower(n - 1);
  throw FormatException('thrower');
}

void main() {
  try {
    thrower(2);
  } catch (e, st) {
    var text = st.toString();
    print(e);
    print(st is StackTrace);
    print(text.startsWith('#0      thrower ('));
    print(text.contains('\n#1      thrower ('));
    print(text.contains('\n#2      thrower ('));
    print(text.endsWith(')\n'));
  }
  try {
    Worker().work(1);
  } on StateError catch (e, st) {
    print(e.message);
    print('$st'.startsWith('#0      Worker.work ('));
    print('$st'.contains('\n#1      Worker.work ('));
  }

  // rethrow keeps the trace of the original throw.
  String? original;
  try {
    try {
      thrower(1);
    } catch (e, st) {
      original = st.toString();
      rethrow;
    }
  } catch (e, st) {
    print(e);
    print(st.toString() == original);
    print(st.toString().startsWith('#0      thrower ('));
  }

  // A new throw from a catch clause gets a new trace.
  try {
    try {
      thrower(0);
    } catch (e) {
      throw 'again';
    }
  } catch (e, st) {
    print(e);
    print(st.toString().startsWith('#0      thrower ('));
  }
}

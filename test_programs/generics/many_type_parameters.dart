// A generic class may have any number of type parameters: 70 here, more than the runtime's
// stack buffers for type arguments hold (it used to abort with "too many type arguments").
// Type tests, runtimeType and nested instantiation work as with few parameters.
//
// Expectations derived from the language specification (generic classes, type tests against
// type arguments) and the VM's Type.toString format ('Wide<int, String, ...>').

class Wide<
    T0, T1, T2, T3, T4, T5, T6, T7, T8, T9,
    T10, T11, T12, T13, T14, T15, T16, T17, T18, T19,
    T20, T21, T22, T23, T24, T25, T26, T27, T28, T29,
    T30, T31, T32, T33, T34, T35, T36, T37, T38, T39,
    T40, T41, T42, T43, T44, T45, T46, T47, T48, T49,
    T50, T51, T52, T53, T54, T55, T56, T57, T58, T59,
    T60, T61, T62, T63, T64, T65, T66, T67, T68, T69> {
  bool holdsLast(Object? o) => o is T69;
  bool holdsFirst(Object? o) => o is T0;
}

typedef W = Wide<
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String,
    int, String, int, String, int, String, int, String, int, String>;

class Box<T> {}

void main() {
  W w = Wide<
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String,
      int, String, int, String, int, String, int, String, int, String>();
  print(w.holdsLast('x'));
  print(w.holdsLast(1));
  print(w.holdsFirst(1));
  print(w is W);
  print(w.runtimeType);
  print(Box<W>() is Box<W>);
}

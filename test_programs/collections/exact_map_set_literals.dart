// Map and set literals insert their entries through the unchecked `[]=` / `add` when each key,
// value or element is statically of the literal's type, and a local that only holds a literal's
// object calls them unchecked when the argument is (codegen's exact receivers). Everything else
// still checks: implicit casts from dynamic, a literal seen through a wider static type, type
// parameters of a generic function. Expected output: the VM's (a TypeError for each bad insert).

Map<K, V> pair<K, V>(K k, V v, Object? other) {
  var m = <K, V>{k: v};
  try {
    (m as Map<Object?, Object?>)[other] = v;
    print('added ${m.length}');
  } on TypeError {
    print('TypeError (key)');
  }
  return m;
}

void main() {
  dynamic d = 5;
  dynamic s = 'five';
  var typed = <String, int>{'a': 1, s: 2, 'c': d};
  print(typed);
  try {
    print(<String, int>{d: 1});
  } on TypeError {
    print('TypeError (literal key)');
  }
  try {
    print(<String, int>{'x': s});
  } on TypeError {
    print('TypeError (literal value)');
  }
  try {
    print(<String>{'a', d});
  } on TypeError {
    print('TypeError (set element)');
  }
  print(<num, Object?>{1: null, 2.5: 'x', d: d});
  print(<Object>{1, 'a', d, 1});

  // A local that only holds a literal's object: exact type arguments.
  var local = <String, dynamic>{};
  local['k'] = d;
  local[s] = [1];
  try {
    local[d] = 1;
  } on TypeError {
    print('TypeError (local key)');
  }
  print(local);
  Map<Object, Object> wide = <String, int>{};
  try {
    wide[1] = 2;
  } on TypeError {
    print('TypeError (wide key)');
  }
  try {
    wide['k'] = 'v';
  } on TypeError {
    print('TypeError (wide value)');
  }
  wide['k'] = 3;
  print(wide);
  Set<Object> set = <String>{};
  try {
    set.add(1);
  } on TypeError {
    print('TypeError (wide set)');
  }
  set.add('z');
  print(set);

  print(pair<String, int>('a', 1, 'b'));
  print(pair<String, int>('a', 1, 2));
  print(pair<Object, int>('a', 1, 2));
}

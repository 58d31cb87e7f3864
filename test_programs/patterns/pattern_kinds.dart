// The pattern kinds one by one: relational, logical-and/or, null-check, null-assert, cast,
// parenthesized, typed wildcards, list patterns with rest elements, map patterns (null values,
// missing keys), object patterns on generic classes.
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Matching"): relational `== c` is `v == c`,
// `!= c` is `!(v == c)`, the others call the operator on the value; `p?` fails on null, `p!` and
// `p as T` throw; a list pattern checks the length (`>=` with a rest element) and reads heads,
// tail elements from the end and the rest with `sublist`; a map pattern matches when `v[k]` is
// not null, or is null and `V` admits null and `containsKey(k)`.

String grade(int n) => switch (n) {
      < 0 => 'invalid',
      == 0 => 'zero',
      >= 90 && <= 100 => 'A',
      >= 80 && < 90 => 'B',
      > 100 => 'over',
      != 42 => 'other',
      _ => 'the answer',
    };

String nullable(int? n) => switch (n) {
      null => 'null',
      (> 5)? => 'big',
      var m? => 'small $m',
    };

String rest(List<int> l) => switch (l) {
      [] => 'empty',
      [var only] => 'one $only',
      [var a, var b] => 'two $a $b',
      [var first, ..., var last] when first == last => 'same ends $first',
      [var first, ...var middle, var last] => 'first $first middle $middle last $last',
    };

String maps(Map<String, int?> m) {
  if (m case {'a': null}) return 'a is null';
  if (m case {'a': var a?}) return 'a is $a';
  if (m case {'b': _}) return 'has b';
  return 'no a, no b';
}

class Box<T> {
  final T value;
  Box(this.value);
}

String box(Box<Object?> b) => switch (b) {
      Box<int>(value: var v) => 'int box $v',
      Box(value: String s) => 'string box $s',
      Box(value: (var x, var y)) => 'pair box $x $y',
      _ => 'other box',
    };

void main() {
  for (var n in [-1, 0, 95, 85, 120, 7, 42]) print('$n ${grade(n)}');
  for (var n in [null, 9, 2]) print(nullable(n));
  for (var l in [<int>[], [1], [1, 2], [3, 4, 3], [1, 2, 3, 4]]) print(rest(l));
  print(maps({'a': null}));
  print(maps({'a': 1}));
  print(maps({'b': null}));
  print(maps({}));
  print(box(Box<int>(1)));
  print(box(Box<Object?>(1)));
  print(box(Box('s')));
  print(box(Box((1, 2))));
  // Typed wildcard and parenthesized patterns.
  Object o = 3.5;
  if (o case (double _)) print('a double');
  if (o case (int _ || double _) && (var v)) print('a number $v');
  // Null-assert and cast throw even in matching contexts.
  int? missing;
  try {
    if (missing case var x!) print(x);
  } on TypeError {
    print('null-assert threw');
  }
  try {
    if (o case String s as String) print(s);
  } on TypeError {
    print('cast threw');
  }
  if (o case num n as num) print('cast to num $n');
  // A list pattern typed by its type argument.
  Object list = <Object>[1, 'x'];
  if (list case <Object>[int i, String s]) print('typed list $i $s');
  if (list case <int>[_, _]) print('wrong');
  // The rest element with a tail.
  var [a, ...mid, z] = [1, 2, 3, 4, 5];
  print('$a $mid $z');
}

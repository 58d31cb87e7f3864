// Elements moved within the object they were read from, as stores the write barrier must get
// right whether or not it records them (docs/gc.md, "Generations": branch closures3 proposed to
// skip their barrier; not merged, as aging breaks its proof): the list sort's moves, a user's swap loop, a rotation of a growable
// list through a local, young boxed ints (mints) sorted in place; against stores that must keep
// theirs: values read from another list, and stores into a list chosen at run time. The .env
// runs it with a collection at every allocation and the remembered-set check (DARTC_GC_VERIFY
// stops the process when an old object holds a young one that the barrier did not record).
// Lists are made old by a collection before young objects go in, and comparators and loops
// allocate, so collections fall between each read and its store (the helpers are never inlined:
// their lists are parameters). Expected output derived by
// hand: the orders below ((i * 5) % 12 for i < 12 is 0, 5, 10, 3, 8, 1, 6, 11, 4, 9, 2, 7).
class Box {
  final int v;
  Box(this.v);
}

var churn = 0;
Object? sink;

// A fresh object per call, kept in a static: a collection under DARTC_GC_STRESS.
void allocate() {
  sink = Box(churn++);
}

@pragma('vm:never-inline')
void swapPairs(List<Box> a) {
  for (var i = 0; i + 1 < a.length; i += 2) {
    final t = a[i];
    allocate();
    a[i] = a[i + 1];
    allocate();
    a[i + 1] = t;
  }
}

@pragma('vm:never-inline')
void rotate(List<Object> a) {
  final first = a[0];
  for (var i = 0; i + 1 < a.length; i++) {
    allocate();
    a[i] = a[i + 1];
  }
  a[a.length - 1] = first;
}

@pragma('vm:never-inline')
void fillThrough(List<Box> a, List<Box> b, bool intoB) {
  final target = intoB ? b : a;
  for (var i = 0; i < a.length; i++) {
    a[i] = Box(10 + i);
    target[i] = a[i];
  }
}

String show(List<Box> xs) => xs.map((b) => b.v).join(',');

void main() {
  const n = 12;
  final boxes = List<Box>.filled(n, Box(-1));
  allocate();
  for (var i = 0; i < n; i++) {
    boxes[i] = Box((i * 5) % n);
  }
  boxes.sort((a, b) {
    allocate();
    return a.v - b.v;
  });
  print(show(boxes));
  boxes.sort((a, b) {
    allocate();
    return b.v - a.v;
  });
  print(show(boxes));
  swapPairs(boxes);
  print(show(boxes));

  final growable = <Box>[];
  for (var i = 0; i < 40; i++) {
    growable.add(Box((i * 7) % 40));
  }
  growable.sort((a, b) {
    allocate();
    return a.v.compareTo(b.v);
  });
  print('${growable.first.v} ${growable[20].v} ${growable.last.v}');

  final objects = <Object>[for (var i = 0; i < 5; i++) Box(i), 's'];
  rotate(objects);
  print(objects.map((o) => o is Box ? o.v : o).join(','));

  final ints = List<int>.filled(6, 0);
  allocate();
  final values = [4611686018427387904, 7, -4611686018427387905, 0, 9223372036854775807, -3];
  for (var i = 0; i < 6; i++) {
    ints[i] = values[i] + churn - churn;
  }
  ints.sort((a, b) {
    allocate();
    return b.compareTo(a);
  });
  print(ints);

  final from = List<Box>.filled(4, Box(-1));
  final to = List<Box>.filled(4, Box(-1));
  allocate();
  for (var i = 0; i < 4; i++) {
    from[i] = Box(i * i);
    to[i] = from[i];
  }
  print(show(to));

  final a = List<Box>.filled(4, Box(-1));
  final b = List<Box>.filled(4, Box(-2));
  allocate();
  fillThrough(a, b, true);
  print('${show(a)} ${show(b)}');
  fillThrough(b, a, false);
  print('${show(a)} ${show(b)}');
}

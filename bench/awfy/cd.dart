// Are We Fast Yet: CD. Collision detection of aircraft (after the CDx benchmark): `size`
// aircraft fly for 200 frames; each frame, motions are drawn onto a voxel map (a red-black tree
// keyed by voxel) to find the pairs close enough to test, and each pair is tested for an
// intersection in 3D. Prints the number of collisions; the suite's verification values are 14484
// for 1000 and 500 aircraft, 10830 for 250, 8655 for 200, 4305 for 100, 390 for 10, 42 for 2.
import 'dart:math' as math;

import 'som.dart';

const double minX = 0.0;
const double minY = 0.0;
const double maxX = 1000.0;
const double maxY = 1000.0;
const double minZ = 0.0;
const double maxZ = 10.0;
const double proximityRadius = 1.0;
const double goodVoxelSize = proximityRadius * 2.0;

/// Orders doubles, with NaN below every other number.
int compareNumbers(double a, double b) {
  if (a == b) return 0;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == a) return 1;
  return -1;
}

class Vector2D implements Comparable<Vector2D> {
  final double x;
  final double y;

  const Vector2D(this.x, this.y);

  Vector2D plus(Vector2D other) => Vector2D(x + other.x, y + other.y);
  Vector2D minus(Vector2D other) => Vector2D(x - other.x, y - other.y);

  @override
  int compareTo(Vector2D other) {
    final result = compareNumbers(x, other.x);
    if (result != 0) return result;
    return compareNumbers(y, other.y);
  }
}

class Vector3D {
  final double x;
  final double y;
  final double z;

  const Vector3D(this.x, this.y, this.z);

  Vector3D plus(Vector3D other) => Vector3D(x + other.x, y + other.y, z + other.z);
  Vector3D minus(Vector3D other) => Vector3D(x - other.x, y - other.y, z - other.z);
  double dot(Vector3D other) => x * other.x + y * other.y + z * other.z;
  double squaredMagnitude() => dot(this);
  double magnitude() => math.sqrt(squaredMagnitude());
  Vector3D times(double amount) => Vector3D(x * amount, y * amount, z * amount);
}

class CallSign implements Comparable<CallSign> {
  final String value;

  CallSign(this.value);

  @override
  int compareTo(CallSign other) => value.compareTo(other.value);
}

class Aircraft {
  final CallSign callsign;
  final Vector3D position;

  Aircraft(this.callsign, this.position);
}

class Collision {
  final CallSign aircraftA;
  final CallSign aircraftB;
  final Vector3D position;

  Collision(this.aircraftA, this.aircraftB, this.position);
}

class Motion {
  final CallSign callsign;
  final Vector3D posOne;
  final Vector3D posTwo;

  Motion(this.callsign, this.posOne, this.posTwo);

  Vector3D delta() => posTwo.minus(posOne);

  /// Where the two aircraft, moving at constant speed during the frame, come closer than the
  /// proximity radius, or null.
  Vector3D? findIntersection(Motion other) {
    final init1 = posOne;
    final init2 = other.posOne;
    final vec1 = delta();
    final vec2 = other.delta();
    const radius = proximityRadius;

    // Solve |(init1 + v vec1) - (init2 + v vec2)| = radius for v: a v^2 + b v + c = 0.
    final a = vec2.minus(vec1).squaredMagnitude();
    if (a != 0.0) {
      final b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
      final c = -radius * radius + init2.minus(init1).squaredMagnitude();
      final discr = b * b - 4.0 * a * c;
      if (discr < 0.0) return null;
      final v1 = (-b - math.sqrt(discr)) / (2.0 * a);
      final v2 = (-b + math.sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        // Report the collision at the start of the frame if it began before, else when it began.
        final v = v1 <= 0.0 ? 0.0 : v1;
        final result1 = init1.plus(vec1.times(v));
        final result2 = init2.plus(vec2.times(v));
        final result = result1.plus(result2).times(0.5);
        if (result.x >= minX &&
            result.x <= maxX &&
            result.y >= minY &&
            result.y <= maxY &&
            result.z >= minZ &&
            result.z <= maxZ) {
          return result;
        }
      }
      return null;
    }
    // Same speed and direction (or none): the distance stays what it is at the start.
    final dist = init2.minus(init1).magnitude();
    if (dist <= radius) return init1.plus(init2).times(0.5);
    return null;
  }
}

enum Color { red, black }

class _Node<K, V> {
  final K key;
  V value;
  _Node<K, V>? left;
  _Node<K, V>? right;
  _Node<K, V>? parent;
  Color color = Color.red;

  _Node(this.key, this.value);

  _Node<K, V>? successor() {
    var x = this;
    final r = x.right;
    if (r != null) return _treeMinimum(r);
    var y = x.parent;
    while (y != null && identical(x, y.right)) {
      x = y;
      y = y.parent;
    }
    return y;
  }
}

_Node<K, V> _treeMinimum<K, V>(_Node<K, V> node) {
  var x = node;
  var left = x.left;
  while (left != null) {
    x = left;
    left = x.left;
  }
  return x;
}

class _InsertResult<K, V> {
  final bool isNewEntry;
  final _Node<K, V>? newNode;
  final V? oldValue;

  _InsertResult(this.isNewEntry, this.newNode, this.oldValue);
}

/// A red-black tree map (after Cormen et al.).
class RedBlackTree<K extends Comparable<K>, V> {
  _Node<K, V>? _root;

  /// Maps [key] to [value]; returns the previous value or null.
  V? put(K key, V value) {
    final insertionResult = _treeInsert(key, value);
    if (!insertionResult.isNewEntry) return insertionResult.oldValue;
    var x = insertionResult.newNode!;
    while (!identical(x, _root) && x.parent!.color == Color.red) {
      final p = x.parent!;
      final g = p.parent!;
      if (identical(p, g.left)) {
        final y = g.right;
        if (y != null && y.color == Color.red) {
          // Case 1
          p.color = Color.black;
          y.color = Color.black;
          g.color = Color.red;
          x = g;
        } else {
          if (identical(x, p.right)) {
            // Case 2
            x = p;
            _leftRotate(x);
          }
          // Case 3
          x.parent!.color = Color.black;
          x.parent!.parent!.color = Color.red;
          _rightRotate(x.parent!.parent!);
        }
      } else {
        // The same with left and right exchanged.
        final y = g.left;
        if (y != null && y.color == Color.red) {
          p.color = Color.black;
          y.color = Color.black;
          g.color = Color.red;
          x = g;
        } else {
          if (identical(x, p.left)) {
            x = p;
            _rightRotate(x);
          }
          x.parent!.color = Color.black;
          x.parent!.parent!.color = Color.red;
          _leftRotate(x.parent!.parent!);
        }
      }
    }
    _root!.color = Color.black;
    return null;
  }

  V? remove(K key) {
    final z = _findNode(key);
    if (z == null) return null;
    // y is the node to unlink from the tree.
    final y = (z.left == null || z.right == null) ? z : z.successor()!;
    // x is the child of y that may replace it; it may be null.
    final x = y.left ?? y.right;
    _Node<K, V>? xParent;
    if (x != null) {
      x.parent = y.parent;
      xParent = x.parent;
    } else {
      xParent = y.parent;
    }
    final yParent = y.parent;
    if (yParent == null) {
      _root = x;
    } else if (identical(y, yParent.left)) {
      yParent.left = x;
    } else {
      yParent.right = x;
    }
    if (!identical(y, z)) {
      if (y.color == Color.black) _removeFixup(x, xParent);
      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;
      final zLeft = z.left;
      if (zLeft != null) zLeft.parent = y;
      final zRight = z.right;
      if (zRight != null) zRight.parent = y;
      final zParent = z.parent;
      if (zParent != null) {
        if (identical(zParent.left, z)) {
          zParent.left = y;
        } else {
          zParent.right = y;
        }
      } else {
        _root = y;
      }
    } else if (y.color == Color.black) {
      _removeFixup(x, xParent);
    }
    return z.value;
  }

  V? get(K key) => _findNode(key)?.value;

  void forEach(void Function(K, V) fn) {
    final root = _root;
    if (root == null) return;
    _Node<K, V>? current = _treeMinimum(root);
    while (current != null) {
      fn(current.key, current.value);
      current = current.successor();
    }
  }

  _Node<K, V>? _findNode(K key) {
    var current = _root;
    while (current != null) {
      final comparisonResult = key.compareTo(current.key);
      if (comparisonResult == 0) return current;
      current = comparisonResult < 0 ? current.left : current.right;
    }
    return null;
  }

  _InsertResult<K, V> _treeInsert(K key, V value) {
    _Node<K, V>? y;
    var x = _root;
    while (x != null) {
      y = x;
      final comparisonResult = key.compareTo(x.key);
      if (comparisonResult < 0) {
        x = x.left;
      } else if (comparisonResult > 0) {
        x = x.right;
      } else {
        final oldValue = x.value;
        x.value = value;
        return _InsertResult<K, V>(false, null, oldValue);
      }
    }
    final z = _Node<K, V>(key, value);
    z.parent = y;
    if (y == null) {
      _root = z;
    } else if (key.compareTo(y.key) < 0) {
      y.left = z;
    } else {
      y.right = z;
    }
    return _InsertResult<K, V>(true, z, null);
  }

  void _leftRotate(_Node<K, V> x) {
    final y = x.right!;
    // y's left subtree becomes x's right subtree.
    x.right = y.left;
    final yLeft = y.left;
    if (yLeft != null) yLeft.parent = x;
    // Link x's parent to y.
    y.parent = x.parent;
    final xParent = x.parent;
    if (xParent == null) {
      _root = y;
    } else if (identical(x, xParent.left)) {
      xParent.left = y;
    } else {
      xParent.right = y;
    }
    // Put x on y's left.
    y.left = x;
    x.parent = y;
  }

  void _rightRotate(_Node<K, V> y) {
    final x = y.left!;
    y.left = x.right;
    final xRight = x.right;
    if (xRight != null) xRight.parent = y;
    x.parent = y.parent;
    final yParent = y.parent;
    if (yParent == null) {
      _root = x;
    } else if (identical(y, yParent.left)) {
      yParent.left = x;
    } else {
      yParent.right = x;
    }
    x.right = y;
    y.parent = x;
  }

  void _removeFixup(_Node<K, V>? node, _Node<K, V>? parent) {
    var x = node;
    var xParent = parent;
    while (!identical(x, _root) && (x == null || x.color == Color.black)) {
      final p = xParent!;
      if (identical(x, p.left)) {
        // w cannot be null here, by the properties of red-black trees.
        var w = p.right!;
        if (w.color == Color.red) {
          // Case 1
          w.color = Color.black;
          p.color = Color.red;
          _leftRotate(p);
          w = p.right!;
        }
        final wl = w.left;
        final wr = w.right;
        if ((wl == null || wl.color == Color.black) && (wr == null || wr.color == Color.black)) {
          // Case 2
          w.color = Color.red;
          x = p;
          xParent = p.parent;
        } else {
          if (wr == null || wr.color == Color.black) {
            // Case 3
            wl!.color = Color.black;
            w.color = Color.red;
            _rightRotate(w);
            w = p.right!;
          }
          // Case 4
          w.color = p.color;
          p.color = Color.black;
          final wRight = w.right;
          if (wRight != null) wRight.color = Color.black;
          _leftRotate(p);
          x = _root;
          xParent = x!.parent;
        }
      } else {
        // The same with left and right exchanged.
        var w = p.left!;
        if (w.color == Color.red) {
          w.color = Color.black;
          p.color = Color.red;
          _rightRotate(p);
          w = p.left!;
        }
        final wl = w.left;
        final wr = w.right;
        if ((wr == null || wr.color == Color.black) && (wl == null || wl.color == Color.black)) {
          w.color = Color.red;
          x = p;
          xParent = p.parent;
        } else {
          if (wl == null || wl.color == Color.black) {
            wr!.color = Color.black;
            w.color = Color.red;
            _leftRotate(w);
            w = p.left!;
          }
          w.color = p.color;
          p.color = Color.black;
          final wLeft = w.left;
          if (wLeft != null) wLeft.color = Color.black;
          _rightRotate(p);
          x = _root;
          xParent = x!.parent;
        }
      }
    }
    if (x != null) x.color = Color.black;
  }
}

class CollisionDetector {
  final RedBlackTree<CallSign, Vector3D> _state = RedBlackTree<CallSign, Vector3D>();

  Vector<Collision> handleNewFrame(Vector<Aircraft> frame) {
    final motions = Vector<Motion>();
    final seen = RedBlackTree<CallSign, bool>();
    frame.forEach((aircraft) {
      // A newly introduced aircraft is treated as stationary.
      final oldPosition = _state.put(aircraft.callsign, aircraft.position) ?? aircraft.position;
      seen.put(aircraft.callsign, true);
      motions.append(Motion(aircraft.callsign, oldPosition, aircraft.position));
    });

    // Remove the aircraft that are no longer present.
    final toRemove = Vector<CallSign>();
    _state.forEach((callsign, position) {
      if (seen.get(callsign) == null) toRemove.append(callsign);
    });
    toRemove.forEach(_state.remove);

    final allReduced = reduceCollisionSet(motions);
    final collisions = Vector<Collision>();
    allReduced.forEach((reduced) {
      for (var i = 0; i < reduced.size; i++) {
        final motion1 = reduced.at(i)!;
        for (var j = i + 1; j < reduced.size; j++) {
          final motion2 = reduced.at(j)!;
          final collision = motion1.findIntersection(motion2);
          if (collision != null) {
            collisions.append(Collision(motion1.callsign, motion2.callsign, collision));
          }
        }
      }
    });
    return collisions;
  }

  static const Vector2D horizontal = Vector2D(goodVoxelSize, 0.0);
  static const Vector2D vertical = Vector2D(0.0, goodVoxelSize);

  static bool isInVoxel(Vector2D voxel, Motion motion) {
    if (voxel.x > maxX || voxel.x < minX || voxel.y > maxY || voxel.y < minY) return false;
    final init = motion.posOne;
    final fin = motion.posTwo;
    const vS = goodVoxelSize;
    const r = proximityRadius / 2.0;
    final vX = voxel.x;
    final x0 = init.x;
    final xv = fin.x - init.x;
    final vY = voxel.y;
    final y0 = init.y;
    final yv = fin.y - init.y;

    var lowX = (vX - r - x0) / xv;
    var highX = (vX + vS + r - x0) / xv;
    if (xv < 0.0) {
      final tmp = lowX;
      lowX = highX;
      highX = tmp;
    }
    var lowY = (vY - r - y0) / yv;
    var highY = (vY + vS + r - y0) / yv;
    if (yv < 0.0) {
      final tmp = lowY;
      lowY = highY;
      highY = tmp;
    }
    return ((xv == 0.0 && vX <= x0 + r && x0 - r <= vX + vS) /* no motion in x */ ||
            ((lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0))) &&
        ((yv == 0.0 && vY <= y0 + r && y0 - r <= vY + vS) /* no motion in y */ ||
            ((lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0))) &&
        (xv == 0.0 ||
            yv == 0.0 || /* no motion in x or y or both */
            (lowY <= highX && highX <= highY) ||
            (lowY <= lowX && lowX <= highY) ||
            (lowX <= lowY && highY <= highX));
  }

  static void putIntoMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Motion motion, Vector2D voxel) {
    var array = voxelMap.get(voxel);
    if (array == null) {
      array = Vector<Motion>();
      voxelMap.put(voxel, array);
    }
    array.append(motion);
  }

  static void recurse(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, RedBlackTree<Vector2D, bool> seen,
      Vector2D nextVoxel, Motion motion) {
    if (!isInVoxel(nextVoxel, motion)) return;
    if (seen.put(nextVoxel, true) != null) return;
    putIntoMap(voxelMap, motion, nextVoxel);
    recurse(voxelMap, seen, nextVoxel.minus(horizontal), motion);
    recurse(voxelMap, seen, nextVoxel.plus(horizontal), motion);
    recurse(voxelMap, seen, nextVoxel.minus(vertical), motion);
    recurse(voxelMap, seen, nextVoxel.plus(vertical), motion);
    recurse(voxelMap, seen, nextVoxel.minus(horizontal).minus(vertical), motion);
    recurse(voxelMap, seen, nextVoxel.minus(horizontal).plus(vertical), motion);
    recurse(voxelMap, seen, nextVoxel.plus(horizontal).minus(vertical), motion);
    recurse(voxelMap, seen, nextVoxel.plus(horizontal).plus(vertical), motion);
  }

  static Vector<Vector<Motion>> reduceCollisionSet(Vector<Motion> motions) {
    final voxelMap = RedBlackTree<Vector2D, Vector<Motion>>();
    motions.forEach((motion) => drawMotionOnVoxelMap(voxelMap, motion));
    final result = Vector<Vector<Motion>>();
    voxelMap.forEach((key, value) {
      if (value.size > 1) result.append(value);
    });
    return result;
  }

  static Vector2D voxelHash(Vector3D position) {
    final xDiv = (position.x / goodVoxelSize).toInt();
    final yDiv = (position.y / goodVoxelSize).toInt();
    var x = goodVoxelSize * xDiv;
    var y = goodVoxelSize * yDiv;
    if (position.x < 0) x -= goodVoxelSize;
    if (position.y < 0) y -= goodVoxelSize;
    return Vector2D(x, y);
  }

  static void drawMotionOnVoxelMap(RedBlackTree<Vector2D, Vector<Motion>> voxelMap, Motion motion) {
    final seen = RedBlackTree<Vector2D, bool>();
    recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
  }
}

class Simulator {
  final Vector<CallSign> aircraft = Vector<CallSign>();

  Simulator(int numAircraft) {
    for (var i = 0; i < numAircraft; i++) {
      aircraft.append(CallSign('foo$i'));
    }
  }

  Vector<Aircraft> simulate(double time) {
    final frame = Vector<Aircraft>();
    for (var i = 0; i < aircraft.size; i += 2) {
      frame.append(Aircraft(aircraft.at(i)!, Vector3D(time, math.cos(time) * 2 + i * 3, 10.0)));
      frame.append(Aircraft(aircraft.at(i + 1)!, Vector3D(time, math.sin(time) * 2 + i * 3, 10.0)));
    }
    return frame;
  }
}

int cd(int numAircrafts) {
  const numFrames = 200;
  final simulator = Simulator(numAircrafts);
  final detector = CollisionDetector();
  var actualCollisions = 0;
  for (var i = 0; i < numFrames; i++) {
    final time = i / 10.0;
    final collisions = detector.handleNewFrame(simulator.simulate(time));
    actualCollisions += collisions.size;
  }
  return actualCollisions;
}

void main(List<String> args) {
  print(cd(args.isEmpty ? 10 : int.parse(args[0])));
}

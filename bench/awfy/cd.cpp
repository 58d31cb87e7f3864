// Are We Fast Yet: CD in C++ (see cd.dart). Vectors and positions are values; the red-black
// tree owns its nodes; motions of a frame live in the frame's vector and the voxel map points
// to them.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "som.h"

namespace {

const double kMinX = 0.0, kMinY = 0.0, kMaxX = 1000.0, kMaxY = 1000.0, kMinZ = 0.0, kMaxZ = 10.0;
const double kProximityRadius = 1.0;
const double kGoodVoxelSize = kProximityRadius * 2.0;

// Orders doubles, with NaN below every other number.
int compareNumbers(double a, double b) {
  if (a == b) return 0;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == a) return 1;
  return -1;
}

struct Vector2D {
  double x = 0, y = 0;
  Vector2D plus(const Vector2D& o) const { return {x + o.x, y + o.y}; }
  Vector2D minus(const Vector2D& o) const { return {x - o.x, y - o.y}; }
};

int compare(const Vector2D& a, const Vector2D& b) {
  int result = compareNumbers(a.x, b.x);
  if (result != 0) return result;
  return compareNumbers(a.y, b.y);
}

struct Vector3D {
  double x = 0, y = 0, z = 0;
  Vector3D plus(const Vector3D& o) const { return {x + o.x, y + o.y, z + o.z}; }
  Vector3D minus(const Vector3D& o) const { return {x - o.x, y - o.y, z - o.z}; }
  double dot(const Vector3D& o) const { return x * o.x + y * o.y + z * o.z; }
  double squaredMagnitude() const { return dot(*this); }
  double magnitude() const { return std::sqrt(squaredMagnitude()); }
  Vector3D times(double amount) const { return {x * amount, y * amount, z * amount}; }
};

struct CallSign {
  std::string value;
};

int compare(const CallSign* a, const CallSign* b) { return a->value.compare(b->value); }

struct Aircraft {
  const CallSign* callsign = nullptr;
  Vector3D position;
};

struct Collision {
  const CallSign* aircraftA = nullptr;
  const CallSign* aircraftB = nullptr;
  Vector3D position;
};

struct Motion {
  const CallSign* callsign = nullptr;
  Vector3D posOne;
  Vector3D posTwo;

  Vector3D delta() const { return posTwo.minus(posOne); }

  // Where the two aircraft, moving at constant speed during the frame, come closer than the
  // proximity radius, if they do.
  std::optional<Vector3D> findIntersection(const Motion& other) const {
    Vector3D init1 = posOne;
    Vector3D init2 = other.posOne;
    Vector3D vec1 = delta();
    Vector3D vec2 = other.delta();
    const double radius = kProximityRadius;
    double a = vec2.minus(vec1).squaredMagnitude();
    if (a != 0.0) {
      double b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
      double c = -radius * radius + init2.minus(init1).squaredMagnitude();
      double discr = b * b - 4.0 * a * c;
      if (discr < 0.0) return std::nullopt;
      double v1 = (-b - std::sqrt(discr)) / (2.0 * a);
      double v2 = (-b + std::sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        double v = v1 <= 0.0 ? 0.0 : v1;
        Vector3D result1 = init1.plus(vec1.times(v));
        Vector3D result2 = init2.plus(vec2.times(v));
        Vector3D result = result1.plus(result2).times(0.5);
        if (result.x >= kMinX && result.x <= kMaxX && result.y >= kMinY && result.y <= kMaxY && result.z >= kMinZ &&
            result.z <= kMaxZ) {
          return result;
        }
      }
      return std::nullopt;
    }
    double dist = init2.minus(init1).magnitude();
    if (dist <= radius) return init1.plus(init2).times(0.5);
    return std::nullopt;
  }
};

enum class Color { kRed, kBlack };

// A red-black tree map (after Cormen et al.); owns its nodes.
template <typename K, typename V>
class RedBlackTree {
  struct Node {
    Node(const K& k, const V& v) : key(k), value(v) {}
    K key;
    V value;
    Node* left = nullptr;
    Node* right = nullptr;
    Node* parent = nullptr;
    Color color = Color::kRed;

    Node* successor() {
      Node* x = this;
      if (x->right) return treeMinimum(x->right);
      Node* y = x->parent;
      while (y && x == y->right) {
        x = y;
        y = y->parent;
      }
      return y;
    }
  };

  static Node* treeMinimum(Node* x) {
    while (x->left) x = x->left;
    return x;
  }

 public:
  RedBlackTree() = default;
  RedBlackTree(const RedBlackTree&) = delete;
  RedBlackTree& operator=(const RedBlackTree&) = delete;
  ~RedBlackTree() { destroy(root_); }

  // Maps key to value; returns the previous value, if any.
  std::optional<V> put(const K& key, const V& value) {
    Node* y = nullptr;
    Node* x = root_;
    while (x) {
      y = x;
      int comparisonResult = compare(key, x->key);
      if (comparisonResult < 0) {
        x = x->left;
      } else if (comparisonResult > 0) {
        x = x->right;
      } else {
        V oldValue = x->value;
        x->value = value;
        return oldValue;
      }
    }
    Node* z = new Node(key, value);
    z->parent = y;
    if (!y) {
      root_ = z;
    } else if (compare(key, y->key) < 0) {
      y->left = z;
    } else {
      y->right = z;
    }
    x = z;
    while (x != root_ && x->parent->color == Color::kRed) {
      if (x->parent == x->parent->parent->left) {
        Node* u = x->parent->parent->right;
        if (u && u->color == Color::kRed) {
          x->parent->color = Color::kBlack;
          u->color = Color::kBlack;
          x->parent->parent->color = Color::kRed;
          x = x->parent->parent;
        } else {
          if (x == x->parent->right) {
            x = x->parent;
            leftRotate(x);
          }
          x->parent->color = Color::kBlack;
          x->parent->parent->color = Color::kRed;
          rightRotate(x->parent->parent);
        }
      } else {
        Node* u = x->parent->parent->left;
        if (u && u->color == Color::kRed) {
          x->parent->color = Color::kBlack;
          u->color = Color::kBlack;
          x->parent->parent->color = Color::kRed;
          x = x->parent->parent;
        } else {
          if (x == x->parent->left) {
            x = x->parent;
            rightRotate(x);
          }
          x->parent->color = Color::kBlack;
          x->parent->parent->color = Color::kRed;
          leftRotate(x->parent->parent);
        }
      }
    }
    root_->color = Color::kBlack;
    return std::nullopt;
  }

  void remove(const K& key) {
    Node* z = findNode(key);
    if (!z) return;
    Node* y = (!z->left || !z->right) ? z : z->successor();
    Node* x = y->left ? y->left : y->right;
    Node* xParent;
    if (x) {
      x->parent = y->parent;
      xParent = x->parent;
    } else {
      xParent = y->parent;
    }
    if (!y->parent) {
      root_ = x;
    } else if (y == y->parent->left) {
      y->parent->left = x;
    } else {
      y->parent->right = x;
    }
    if (y != z) {
      if (y->color == Color::kBlack) removeFixup(x, xParent);
      y->parent = z->parent;
      y->color = z->color;
      y->left = z->left;
      y->right = z->right;
      if (z->left) z->left->parent = y;
      if (z->right) z->right->parent = y;
      if (z->parent) {
        if (z->parent->left == z) {
          z->parent->left = y;
        } else {
          z->parent->right = y;
        }
      } else {
        root_ = y;
      }
    } else if (y->color == Color::kBlack) {
      removeFixup(x, xParent);
    }
    delete z;
  }

  V* get(const K& key) {
    Node* node = findNode(key);
    return node ? &node->value : nullptr;
  }

  template <typename F>
  void forEach(F fn) {
    if (!root_) return;
    for (Node* current = treeMinimum(root_); current; current = current->successor()) fn(current->key, current->value);
  }

 private:
  Node* findNode(const K& key) const {
    Node* current = root_;
    while (current) {
      int comparisonResult = compare(key, current->key);
      if (comparisonResult == 0) return current;
      current = comparisonResult < 0 ? current->left : current->right;
    }
    return nullptr;
  }

  void leftRotate(Node* x) {
    Node* y = x->right;
    x->right = y->left;
    if (y->left) y->left->parent = x;
    y->parent = x->parent;
    if (!x->parent) {
      root_ = y;
    } else if (x == x->parent->left) {
      x->parent->left = y;
    } else {
      x->parent->right = y;
    }
    y->left = x;
    x->parent = y;
  }

  void rightRotate(Node* y) {
    Node* x = y->left;
    y->left = x->right;
    if (x->right) x->right->parent = y;
    x->parent = y->parent;
    if (!y->parent) {
      root_ = x;
    } else if (y == y->parent->left) {
      y->parent->left = x;
    } else {
      y->parent->right = x;
    }
    x->right = y;
    y->parent = x;
  }

  void removeFixup(Node* x, Node* xParent) {
    while (x != root_ && (!x || x->color == Color::kBlack)) {
      if (x == xParent->left) {
        Node* w = xParent->right;
        if (w->color == Color::kRed) {
          w->color = Color::kBlack;
          xParent->color = Color::kRed;
          leftRotate(xParent);
          w = xParent->right;
        }
        if ((!w->left || w->left->color == Color::kBlack) && (!w->right || w->right->color == Color::kBlack)) {
          w->color = Color::kRed;
          x = xParent;
          xParent = x->parent;
        } else {
          if (!w->right || w->right->color == Color::kBlack) {
            w->left->color = Color::kBlack;
            w->color = Color::kRed;
            rightRotate(w);
            w = xParent->right;
          }
          w->color = xParent->color;
          xParent->color = Color::kBlack;
          if (w->right) w->right->color = Color::kBlack;
          leftRotate(xParent);
          x = root_;
          xParent = x->parent;
        }
      } else {
        Node* w = xParent->left;
        if (w->color == Color::kRed) {
          w->color = Color::kBlack;
          xParent->color = Color::kRed;
          rightRotate(xParent);
          w = xParent->left;
        }
        if ((!w->right || w->right->color == Color::kBlack) && (!w->left || w->left->color == Color::kBlack)) {
          w->color = Color::kRed;
          x = xParent;
          xParent = x->parent;
        } else {
          if (!w->left || w->left->color == Color::kBlack) {
            w->right->color = Color::kBlack;
            w->color = Color::kRed;
            leftRotate(w);
            w = xParent->left;
          }
          w->color = xParent->color;
          xParent->color = Color::kBlack;
          if (w->left) w->left->color = Color::kBlack;
          rightRotate(xParent);
          x = root_;
          xParent = x->parent;
        }
      }
    }
    if (x) x->color = Color::kBlack;
  }

  static void destroy(Node* node) {
    if (!node) return;
    destroy(node->left);
    destroy(node->right);
    delete node;
  }

  Node* root_ = nullptr;
};

using VoxelMap = RedBlackTree<Vector2D, Vector<const Motion*>>;

class CollisionDetector {
 public:
  Vector<Collision> handleNewFrame(const Vector<Aircraft>& frame) {
    Vector<Motion> motions;
    RedBlackTree<const CallSign*, bool> seen;
    frame.forEach([&](const Aircraft& aircraft) {
      std::optional<Vector3D> oldPosition = state_.put(aircraft.callsign, aircraft.position);
      seen.put(aircraft.callsign, true);
      motions.append(Motion{aircraft.callsign, oldPosition ? *oldPosition : aircraft.position, aircraft.position});
    });

    Vector<const CallSign*> toRemove;
    state_.forEach([&](const CallSign* callsign, const Vector3D&) {
      if (!seen.get(callsign)) toRemove.append(callsign);
    });
    toRemove.forEach([this](const CallSign* callsign) { state_.remove(callsign); });

    // The voxel map points into `motions`, which is not appended to from here on.
    VoxelMap voxelMap;
    Vector<const Vector<const Motion*>*> allReduced = reduceCollisionSet(voxelMap, motions);
    Vector<Collision> collisions;
    allReduced.forEach([&collisions](const Vector<const Motion*>* reduced) {
      for (size_t i = 0; i < reduced->size(); i++) {
        const Motion* motion1 = reduced->at(i);
        for (size_t j = i + 1; j < reduced->size(); j++) {
          const Motion* motion2 = reduced->at(j);
          std::optional<Vector3D> collision = motion1->findIntersection(*motion2);
          if (collision) collisions.append(Collision{motion1->callsign, motion2->callsign, *collision});
        }
      }
    });
    return collisions;
  }

 private:
  static bool isInVoxel(const Vector2D& voxel, const Motion& motion) {
    if (voxel.x > kMaxX || voxel.x < kMinX || voxel.y > kMaxY || voxel.y < kMinY) return false;
    const Vector3D& init = motion.posOne;
    const Vector3D& fin = motion.posTwo;
    const double vS = kGoodVoxelSize;
    const double r = kProximityRadius / 2.0;
    double vX = voxel.x, x0 = init.x, xv = fin.x - init.x;
    double vY = voxel.y, y0 = init.y, yv = fin.y - init.y;
    double lowX = (vX - r - x0) / xv;
    double highX = (vX + vS + r - x0) / xv;
    if (xv < 0.0) std::swap(lowX, highX);
    double lowY = (vY - r - y0) / yv;
    double highY = (vY + vS + r - y0) / yv;
    if (yv < 0.0) std::swap(lowY, highY);
    return ((xv == 0.0 && vX <= x0 + r && x0 - r <= vX + vS) /* no motion in x */ ||
            ((lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0))) &&
           ((yv == 0.0 && vY <= y0 + r && y0 - r <= vY + vS) /* no motion in y */ ||
            ((lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0))) &&
           (xv == 0.0 || yv == 0.0 || /* no motion in x or y or both */
            (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY) ||
            (lowX <= lowY && highY <= highX));
  }

  static void putIntoMap(VoxelMap& voxelMap, const Motion& motion, const Vector2D& voxel) {
    Vector<const Motion*>* array = voxelMap.get(voxel);
    if (!array) {
      voxelMap.put(voxel, Vector<const Motion*>());
      array = voxelMap.get(voxel);
    }
    array->append(&motion);
  }

  static void recurse(VoxelMap& voxelMap, RedBlackTree<Vector2D, bool>& seen, const Vector2D& nextVoxel,
                      const Motion& motion) {
    const Vector2D horizontal{kGoodVoxelSize, 0.0};
    const Vector2D vertical{0.0, kGoodVoxelSize};
    if (!isInVoxel(nextVoxel, motion)) return;
    if (seen.put(nextVoxel, true)) return;
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

  static Vector<const Vector<const Motion*>*> reduceCollisionSet(VoxelMap& voxelMap, const Vector<Motion>& motions) {
    // forEach passes the elements themselves, so the map can point to them.
    motions.forEach([&voxelMap](const Motion& motion) { drawMotionOnVoxelMap(voxelMap, motion); });
    Vector<const Vector<const Motion*>*> result;
    voxelMap.forEach([&result](const Vector2D&, const Vector<const Motion*>& value) {
      if (value.size() > 1) result.append(&value);
    });
    return result;
  }

  static Vector2D voxelHash(const Vector3D& position) {
    int xDiv = static_cast<int>(position.x / kGoodVoxelSize);
    int yDiv = static_cast<int>(position.y / kGoodVoxelSize);
    Vector2D result{kGoodVoxelSize * xDiv, kGoodVoxelSize * yDiv};
    if (position.x < 0) result.x -= kGoodVoxelSize;
    if (position.y < 0) result.y -= kGoodVoxelSize;
    return result;
  }

  static void drawMotionOnVoxelMap(VoxelMap& voxelMap, const Motion& motion) {
    RedBlackTree<Vector2D, bool> seen;
    recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
  }

  RedBlackTree<const CallSign*, Vector3D> state_;
};

class Simulator {
 public:
  explicit Simulator(int numAircraft) {
    for (int i = 0; i < numAircraft; i++) callsigns_.push_back(CallSign{"foo" + std::to_string(i)});
    for (CallSign& c : callsigns_) aircraft_.append(&c);
  }

  Vector<Aircraft> simulate(double time) const {
    Vector<Aircraft> frame;
    for (size_t i = 0; i < aircraft_.size(); i += 2) {
      frame.append(Aircraft{aircraft_.at(i), Vector3D{time, std::cos(time) * 2 + i * 3, 10.0}});
      frame.append(Aircraft{aircraft_.at(i + 1), Vector3D{time, std::sin(time) * 2 + i * 3, 10.0}});
    }
    return frame;
  }

 private:
  std::vector<CallSign> callsigns_;
  Vector<const CallSign*> aircraft_;
};

long cd(int numAircrafts) {
  const int numFrames = 200;
  Simulator simulator(numAircrafts);
  CollisionDetector detector;
  long actualCollisions = 0;
  for (int i = 0; i < numFrames; i++) {
    double time = i / 10.0;
    Vector<Collision> collisions = detector.handleNewFrame(simulator.simulate(time));
    actualCollisions += static_cast<long>(collisions.size());
  }
  return actualCollisions;
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("%ld\n", cd(argc > 1 ? std::atoi(argv[1]) : 10));
  return 0;
}

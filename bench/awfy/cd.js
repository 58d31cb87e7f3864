// Are We Fast Yet: CD in JavaScript (see cd.dart).
'use strict';
const { Vector } = require('./som.js');

const MIN_X = 0.0;
const MIN_Y = 0.0;
const MAX_X = 1000.0;
const MAX_Y = 1000.0;
const MIN_Z = 0.0;
const MAX_Z = 10.0;
const PROXIMITY_RADIUS = 1.0;
const GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0;

// Orders numbers, with NaN below every other number.
function compareNumbers(a, b) {
  if (a === b) return 0;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === a) return 1;
  return -1;
}

class Vector2D {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }

  plus(other) { return new Vector2D(this.x + other.x, this.y + other.y); }
  minus(other) { return new Vector2D(this.x - other.x, this.y - other.y); }

  compareTo(other) {
    const result = compareNumbers(this.x, other.x);
    if (result !== 0) return result;
    return compareNumbers(this.y, other.y);
  }
}

class Vector3D {
  constructor(x, y, z) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  plus(other) { return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z); }
  minus(other) { return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z); }
  dot(other) { return this.x * other.x + this.y * other.y + this.z * other.z; }
  squaredMagnitude() { return this.dot(this); }
  magnitude() { return Math.sqrt(this.squaredMagnitude()); }
  times(amount) { return new Vector3D(this.x * amount, this.y * amount, this.z * amount); }
}

class CallSign {
  constructor(value) {
    this.value = value;
  }

  compareTo(other) {
    return this.value < other.value ? -1 : this.value > other.value ? 1 : 0;
  }
}

class Aircraft {
  constructor(callsign, position) {
    this.callsign = callsign;
    this.position = position;
  }
}

class Collision {
  constructor(aircraftA, aircraftB, position) {
    this.aircraftA = aircraftA;
    this.aircraftB = aircraftB;
    this.position = position;
  }
}

class Motion {
  constructor(callsign, posOne, posTwo) {
    this.callsign = callsign;
    this.posOne = posOne;
    this.posTwo = posTwo;
  }

  delta() {
    return this.posTwo.minus(this.posOne);
  }

  findIntersection(other) {
    const init1 = this.posOne;
    const init2 = other.posOne;
    const vec1 = this.delta();
    const vec2 = other.delta();
    const radius = PROXIMITY_RADIUS;
    const a = vec2.minus(vec1).squaredMagnitude();
    if (a !== 0.0) {
      const b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2));
      const c = -radius * radius + init2.minus(init1).squaredMagnitude();
      const discr = b * b - 4.0 * a * c;
      if (discr < 0.0) return null;
      const v1 = (-b - Math.sqrt(discr)) / (2.0 * a);
      const v2 = (-b + Math.sqrt(discr)) / (2.0 * a);
      if (v1 <= v2 && ((v1 <= 1.0 && 1.0 <= v2) || (v1 <= 0.0 && 0.0 <= v2) || (0.0 <= v1 && v2 <= 1.0))) {
        const v = v1 <= 0.0 ? 0.0 : v1;
        const result1 = init1.plus(vec1.times(v));
        const result2 = init2.plus(vec2.times(v));
        const result = result1.plus(result2).times(0.5);
        if (result.x >= MIN_X && result.x <= MAX_X && result.y >= MIN_Y && result.y <= MAX_Y &&
            result.z >= MIN_Z && result.z <= MAX_Z) {
          return result;
        }
      }
      return null;
    }
    const dist = init2.minus(init1).magnitude();
    if (dist <= radius) return init1.plus(init2).times(0.5);
    return null;
  }
}

const RED = 0;
const BLACK = 1;

class Node {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.parent = null;
    this.color = RED;
  }

  successor() {
    let x = this;
    if (x.right !== null) return treeMinimum(x.right);
    let y = x.parent;
    while (y !== null && x === y.right) {
      x = y;
      y = y.parent;
    }
    return y;
  }
}

function treeMinimum(node) {
  let x = node;
  while (x.left !== null) x = x.left;
  return x;
}

class InsertResult {
  constructor(isNewEntry, newNode, oldValue) {
    this.isNewEntry = isNewEntry;
    this.newNode = newNode;
    this.oldValue = oldValue;
  }
}

// A red-black tree map (after Cormen et al.).
class RedBlackTree {
  constructor() {
    this.root = null;
  }

  put(key, value) {
    const insertionResult = this.treeInsert(key, value);
    if (!insertionResult.isNewEntry) return insertionResult.oldValue;
    let x = insertionResult.newNode;
    while (x !== this.root && x.parent.color === RED) {
      if (x.parent === x.parent.parent.left) {
        const y = x.parent.parent.right;
        if (y !== null && y.color === RED) {
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.right) {
            x = x.parent;
            this.leftRotate(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.rightRotate(x.parent.parent);
        }
      } else {
        const y = x.parent.parent.left;
        if (y !== null && y.color === RED) {
          x.parent.color = BLACK;
          y.color = BLACK;
          x.parent.parent.color = RED;
          x = x.parent.parent;
        } else {
          if (x === x.parent.left) {
            x = x.parent;
            this.rightRotate(x);
          }
          x.parent.color = BLACK;
          x.parent.parent.color = RED;
          this.leftRotate(x.parent.parent);
        }
      }
    }
    this.root.color = BLACK;
    return null;
  }

  remove(key) {
    const z = this.findNode(key);
    if (z === null) return null;
    const y = (z.left === null || z.right === null) ? z : z.successor();
    const x = y.left !== null ? y.left : y.right;
    let xParent;
    if (x !== null) {
      x.parent = y.parent;
      xParent = x.parent;
    } else {
      xParent = y.parent;
    }
    if (y.parent === null) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    if (y !== z) {
      if (y.color === BLACK) this.removeFixup(x, xParent);
      y.parent = z.parent;
      y.color = z.color;
      y.left = z.left;
      y.right = z.right;
      if (z.left !== null) z.left.parent = y;
      if (z.right !== null) z.right.parent = y;
      if (z.parent !== null) {
        if (z.parent.left === z) {
          z.parent.left = y;
        } else {
          z.parent.right = y;
        }
      } else {
        this.root = y;
      }
    } else if (y.color === BLACK) {
      this.removeFixup(x, xParent);
    }
    return z.value;
  }

  get(key) {
    const node = this.findNode(key);
    return node === null ? null : node.value;
  }

  forEach(fn) {
    if (this.root === null) return;
    for (let current = treeMinimum(this.root); current !== null; current = current.successor()) {
      fn(current.key, current.value);
    }
  }

  findNode(key) {
    let current = this.root;
    while (current !== null) {
      const comparisonResult = key.compareTo(current.key);
      if (comparisonResult === 0) return current;
      current = comparisonResult < 0 ? current.left : current.right;
    }
    return null;
  }

  treeInsert(key, value) {
    let y = null;
    let x = this.root;
    while (x !== null) {
      y = x;
      const comparisonResult = key.compareTo(x.key);
      if (comparisonResult < 0) {
        x = x.left;
      } else if (comparisonResult > 0) {
        x = x.right;
      } else {
        const oldValue = x.value;
        x.value = value;
        return new InsertResult(false, null, oldValue);
      }
    }
    const z = new Node(key, value);
    z.parent = y;
    if (y === null) {
      this.root = z;
    } else if (key.compareTo(y.key) < 0) {
      y.left = z;
    } else {
      y.right = z;
    }
    return new InsertResult(true, z, null);
  }

  leftRotate(x) {
    const y = x.right;
    x.right = y.left;
    if (y.left !== null) y.left.parent = x;
    y.parent = x.parent;
    if (x.parent === null) {
      this.root = y;
    } else if (x === x.parent.left) {
      x.parent.left = y;
    } else {
      x.parent.right = y;
    }
    y.left = x;
    x.parent = y;
  }

  rightRotate(y) {
    const x = y.left;
    y.left = x.right;
    if (x.right !== null) x.right.parent = y;
    x.parent = y.parent;
    if (y.parent === null) {
      this.root = x;
    } else if (y === y.parent.left) {
      y.parent.left = x;
    } else {
      y.parent.right = x;
    }
    x.right = y;
    y.parent = x;
  }

  removeFixup(node, parent) {
    let x = node;
    let xParent = parent;
    while (x !== this.root && (x === null || x.color === BLACK)) {
      if (x === xParent.left) {
        let w = xParent.right;
        if (w.color === RED) {
          w.color = BLACK;
          xParent.color = RED;
          this.leftRotate(xParent);
          w = xParent.right;
        }
        if ((w.left === null || w.left.color === BLACK) && (w.right === null || w.right.color === BLACK)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (w.right === null || w.right.color === BLACK) {
            w.left.color = BLACK;
            w.color = RED;
            this.rightRotate(w);
            w = xParent.right;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.right !== null) w.right.color = BLACK;
          this.leftRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      } else {
        let w = xParent.left;
        if (w.color === RED) {
          w.color = BLACK;
          xParent.color = RED;
          this.rightRotate(xParent);
          w = xParent.left;
        }
        if ((w.right === null || w.right.color === BLACK) && (w.left === null || w.left.color === BLACK)) {
          w.color = RED;
          x = xParent;
          xParent = x.parent;
        } else {
          if (w.left === null || w.left.color === BLACK) {
            w.right.color = BLACK;
            w.color = RED;
            this.leftRotate(w);
            w = xParent.left;
          }
          w.color = xParent.color;
          xParent.color = BLACK;
          if (w.left !== null) w.left.color = BLACK;
          this.rightRotate(xParent);
          x = this.root;
          xParent = x.parent;
        }
      }
    }
    if (x !== null) x.color = BLACK;
  }
}

const HORIZONTAL = new Vector2D(GOOD_VOXEL_SIZE, 0.0);
const VERTICAL = new Vector2D(0.0, GOOD_VOXEL_SIZE);

function isInVoxel(voxel, motion) {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) return false;
  const init = motion.posOne;
  const fin = motion.posTwo;
  const vS = GOOD_VOXEL_SIZE;
  const r = PROXIMITY_RADIUS / 2.0;
  const vX = voxel.x;
  const x0 = init.x;
  const xv = fin.x - init.x;
  const vY = voxel.y;
  const y0 = init.y;
  const yv = fin.y - init.y;
  let lowX = (vX - r - x0) / xv;
  let highX = (vX + vS + r - x0) / xv;
  if (xv < 0.0) {
    const tmp = lowX;
    lowX = highX;
    highX = tmp;
  }
  let lowY = (vY - r - y0) / yv;
  let highY = (vY + vS + r - y0) / yv;
  if (yv < 0.0) {
    const tmp = lowY;
    lowY = highY;
    highY = tmp;
  }
  return ((xv === 0.0 && vX <= x0 + r && x0 - r <= vX + vS) /* no motion in x */ ||
          ((lowX <= 1.0 && 1.0 <= highX) || (lowX <= 0.0 && 0.0 <= highX) || (0.0 <= lowX && highX <= 1.0))) &&
         ((yv === 0.0 && vY <= y0 + r && y0 - r <= vY + vS) /* no motion in y */ ||
          ((lowY <= 1.0 && 1.0 <= highY) || (lowY <= 0.0 && 0.0 <= highY) || (0.0 <= lowY && highY <= 1.0))) &&
         (xv === 0.0 || yv === 0.0 || /* no motion in x or y or both */
          (lowY <= highX && highX <= highY) || (lowY <= lowX && lowX <= highY) ||
          (lowX <= lowY && highY <= highX));
}

function putIntoMap(voxelMap, motion, voxel) {
  let array = voxelMap.get(voxel);
  if (array === null) {
    array = new Vector();
    voxelMap.put(voxel, array);
  }
  array.append(motion);
}

function recurse(voxelMap, seen, nextVoxel, motion) {
  if (!isInVoxel(nextVoxel, motion)) return;
  if (seen.put(nextVoxel, true) !== null) return;
  putIntoMap(voxelMap, motion, nextVoxel);
  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.minus(HORIZONTAL).plus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).minus(VERTICAL), motion);
  recurse(voxelMap, seen, nextVoxel.plus(HORIZONTAL).plus(VERTICAL), motion);
}

function voxelHash(position) {
  const xDiv = Math.trunc(position.x / GOOD_VOXEL_SIZE);
  const yDiv = Math.trunc(position.y / GOOD_VOXEL_SIZE);
  let x = GOOD_VOXEL_SIZE * xDiv;
  let y = GOOD_VOXEL_SIZE * yDiv;
  if (position.x < 0) x -= GOOD_VOXEL_SIZE;
  if (position.y < 0) y -= GOOD_VOXEL_SIZE;
  return new Vector2D(x, y);
}

function drawMotionOnVoxelMap(voxelMap, motion) {
  const seen = new RedBlackTree();
  recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
}

function reduceCollisionSet(motions) {
  const voxelMap = new RedBlackTree();
  motions.forEach((motion) => drawMotionOnVoxelMap(voxelMap, motion));
  const result = new Vector();
  voxelMap.forEach((key, value) => {
    if (value.size() > 1) result.append(value);
  });
  return result;
}

class CollisionDetector {
  constructor() {
    this.state = new RedBlackTree();
  }

  handleNewFrame(frame) {
    const motions = new Vector();
    const seen = new RedBlackTree();
    frame.forEach((aircraft) => {
      let oldPosition = this.state.put(aircraft.callsign, aircraft.position);
      if (oldPosition === null) oldPosition = aircraft.position;
      seen.put(aircraft.callsign, true);
      motions.append(new Motion(aircraft.callsign, oldPosition, aircraft.position));
    });

    const toRemove = new Vector();
    this.state.forEach((callsign, position) => {
      if (seen.get(callsign) === null) toRemove.append(callsign);
    });
    toRemove.forEach((callsign) => this.state.remove(callsign));

    const allReduced = reduceCollisionSet(motions);
    const collisions = new Vector();
    allReduced.forEach((reduced) => {
      for (let i = 0; i < reduced.size(); i++) {
        const motion1 = reduced.at(i);
        for (let j = i + 1; j < reduced.size(); j++) {
          const motion2 = reduced.at(j);
          const collision = motion1.findIntersection(motion2);
          if (collision !== null) collisions.append(new Collision(motion1.callsign, motion2.callsign, collision));
        }
      }
    });
    return collisions;
  }
}

class Simulator {
  constructor(numAircraft) {
    this.aircraft = new Vector();
    for (let i = 0; i < numAircraft; i++) this.aircraft.append(new CallSign(`foo${i}`));
  }

  simulate(time) {
    const frame = new Vector();
    for (let i = 0; i < this.aircraft.size(); i += 2) {
      frame.append(new Aircraft(this.aircraft.at(i), new Vector3D(time, Math.cos(time) * 2 + i * 3, 10.0)));
      frame.append(new Aircraft(this.aircraft.at(i + 1), new Vector3D(time, Math.sin(time) * 2 + i * 3, 10.0)));
    }
    return frame;
  }
}

function cd(numAircrafts) {
  const numFrames = 200;
  const simulator = new Simulator(numAircrafts);
  const detector = new CollisionDetector();
  let actualCollisions = 0;
  for (let i = 0; i < numFrames; i++) {
    const time = i / 10.0;
    const collisions = detector.handleNewFrame(simulator.simulate(time));
    actualCollisions += collisions.size();
  }
  return actualCollisions;
}

console.log(String(cd(process.argv.length > 2 ? parseInt(process.argv[2], 10) : 10)));

// Are We Fast Yet: Havlak in JavaScript (see havlak.dart).
'use strict';
const { Vector, IdentitySet, IdentityDictionary } = require('./som.js');

class BasicBlock {
  constructor(name) {
    this.name = name;
    this.inEdges = new Vector(2);
    this.outEdges = new Vector(2);
  }

  numPred() {
    return this.inEdges.size();
  }

  customHash() {
    return this.name;
  }
}

class BasicBlockEdge {
  constructor(cfg, fromName, toName) {
    this.from = cfg.createNode(fromName);
    this.to = cfg.createNode(toName);
    this.from.outEdges.append(this.to);
    this.to.inEdges.append(this.from);
    cfg.addEdge(this);
  }
}

class ControlFlowGraph {
  constructor() {
    this.startNode = null;
    this.basicBlockMap = new Vector();
    this.edgeList = new Vector();
  }

  createNode(name) {
    let node = this.basicBlockMap.at(name);
    if (node === null) {
      node = new BasicBlock(name);
      this.basicBlockMap.atPut(name, node);
    }
    if (this.numNodes() === 1) this.startNode = node;
    return node;
  }

  addEdge(edge) {
    this.edgeList.append(edge);
  }

  numNodes() {
    return this.basicBlockMap.size();
  }
}

class SimpleLoop {
  constructor(bb, isReducible) {
    this.basicBlocks = new IdentitySet();
    this.children = new IdentitySet();
    this.parent = null;
    this.header = bb;
    this.isReducible = isReducible;
    this.isRoot = false;
    this.counter = 0;
    this.nestingLevel = 0;
    this.depthLevel = 0;
    if (bb !== null) this.basicBlocks.add(bb);
  }

  addNode(bb) {
    this.basicBlocks.add(bb);
  }

  addChildLoop(loop) {
    this.children.add(loop);
  }

  setParent(p) {
    this.parent = p;
    p.addChildLoop(this);
  }

  setNestingLevel(level) {
    this.nestingLevel = level;
    if (level === 0) this.isRoot = true;
  }
}

class LoopStructureGraph {
  constructor() {
    this.root = new SimpleLoop(null, true);
    this.loops = new Vector();
    this.loopCounter = 0;
    this.root.setNestingLevel(0);
    this.root.counter = this.loopCounter++;
    this.loops.append(this.root);
  }

  createNewLoop(bb, isReducible) {
    const loop = new SimpleLoop(bb, isReducible);
    loop.counter = this.loopCounter++;
    this.loops.append(loop);
    return loop;
  }

  calculateNestingLevel() {
    this.loops.forEach((liter) => {
      if (!liter.isRoot && liter.parent === null) liter.setParent(this.root);
    });
    this.calculateNestingLevelRec(this.root, 0);
  }

  calculateNestingLevelRec(loop, depth) {
    loop.depthLevel = depth;
    loop.children.forEach((liter) => {
      this.calculateNestingLevelRec(liter, depth + 1);
      const level = 1 + liter.nestingLevel;
      if (level > loop.nestingLevel) loop.setNestingLevel(level);
    });
  }

  numLoops() {
    return this.loops.size();
  }
}

class UnionFindNode {
  constructor() {
    this.parent = null;
    this.bb = null;
    this.loop = null;
    this.dfsNumber = 0;
  }

  initNode(bb, dfsNumber) {
    this.parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    this.loop = null;
  }

  // The find of union-find, with path compression: the nodes on the path point to the first
  // node's parent afterwards.
  findSet() {
    const nodeList = new Vector();
    let node = this;
    while (node !== node.parent) {
      const parentNode = node.parent;
      if (parentNode !== parentNode.parent) nodeList.append(node);
      node = parentNode;
    }
    const p = this.parent;
    nodeList.forEach((iter) => iter.union(p));
    return node;
  }

  union(basicBlock) {
    this.parent = basicBlock;
  }
}

const NON_HEADER = 0;
const REDUCIBLE = 1;
const SELF = 2;
const IRREDUCIBLE = 3;
const DEAD = 4;
const UNVISITED = 2147483647;
const MAX_NON_BACK_PREDS = 32 * 1024;

class HavlakLoopFinder {
  constructor(cfg, lsg) {
    this.cfg = cfg;
    this.lsg = lsg;
    this.nonBackPreds = new Vector();
    this.backPreds = new Vector();
    this.number = new IdentityDictionary();
    this.maxSize = 0;
    this.header = null;
    this.type = null;
    this.last = null;
    this.nodes = null;
  }

  isAncestor(w, v) {
    return w <= v && v <= this.last[w];
  }

  doDFS(currentNode, current) {
    this.nodes[current].initNode(currentNode, current);
    this.number.atPut(currentNode, current);
    let lastId = current;
    const outerBlocks = currentNode.outEdges;
    for (let i = 0; i < outerBlocks.size(); i++) {
      const target = outerBlocks.at(i);
      if (this.number.at(target) === UNVISITED) lastId = this.doDFS(target, lastId + 1);
    }
    this.last[current] = lastId;
    return lastId;
  }

  initAllNodes() {
    this.cfg.basicBlockMap.forEach((bb) => this.number.atPut(bb, UNVISITED));
    this.doDFS(this.cfg.startNode, 0);
  }

  identifyEdges(size) {
    for (let w = 0; w < size; w++) {
      this.header[w] = 0;
      this.type[w] = NON_HEADER;
      const nodeW = this.nodes[w].bb;
      if (nodeW === null) {
        this.type[w] = DEAD;
      } else {
        this.processEdges(nodeW, w);
      }
    }
  }

  processEdges(nodeW, w) {
    if (nodeW.numPred() > 0) {
      nodeW.inEdges.forEach((nodeV) => {
        const v = this.number.at(nodeV);
        if (v !== UNVISITED) {
          if (this.isAncestor(w, v)) {
            this.backPreds.at(w).append(v);
          } else {
            this.nonBackPreds.at(w).add(v);
          }
        }
      });
    }
  }

  findLoops() {
    if (this.cfg.startNode === null) return;
    const size = this.cfg.numNodes();
    this.nonBackPreds.removeAll();
    this.backPreds.removeAll();
    this.number.removeAll();
    if (size > this.maxSize) {
      this.header = new Array(size).fill(0);
      this.type = new Array(size).fill(NON_HEADER);
      this.last = new Array(size).fill(0);
      this.nodes = new Array(size).fill(null);
      this.maxSize = size;
    }
    for (let i = 0; i < size; i++) {
      this.nonBackPreds.append(new IdentitySet());
      this.backPreds.append(new Vector());
      this.nodes[i] = new UnionFindNode();
    }
    this.initAllNodes();
    this.identifyEdges(size);
    this.header[0] = 0;

    for (let w = size - 1; w >= 0; w--) {
      const nodePool = new Vector();
      const nodeW = this.nodes[w].bb;
      if (nodeW === null) continue;
      this.stepD(w, nodePool);
      const workList = new Vector();
      nodePool.forEach((niter) => workList.append(niter));
      if (nodePool.size() !== 0) this.type[w] = REDUCIBLE;
      while (!workList.isEmpty()) {
        const x = workList.removeFirst();
        const nonBackSize = this.nonBackPreds.at(x.dfsNumber).size();
        if (nonBackSize > MAX_NON_BACK_PREDS) return;
        this.stepEProcessNonBackPreds(w, nodePool, workList, x);
      }
      if (nodePool.size() > 0 || this.type[w] === SELF) {
        const loop = this.lsg.createNewLoop(nodeW, this.type[w] !== IRREDUCIBLE);
        this.setLoopAttributes(w, nodePool, loop);
      }
    }
  }

  stepEProcessNonBackPreds(w, nodePool, workList, x) {
    this.nonBackPreds.at(x.dfsNumber).forEach((iter) => {
      const y = this.nodes[iter];
      const ydash = y.findSet();
      if (!this.isAncestor(w, ydash.dfsNumber)) {
        this.type[w] = IRREDUCIBLE;
        this.nonBackPreds.at(w).add(ydash.dfsNumber);
      } else if (ydash.dfsNumber !== w) {
        if (!nodePool.hasSome((e) => e === ydash)) {
          workList.append(ydash);
          nodePool.append(ydash);
        }
      }
    });
  }

  setLoopAttributes(w, nodePool, loop) {
    this.nodes[w].loop = loop;
    nodePool.forEach((node) => {
      this.header[node.dfsNumber] = w;
      node.union(this.nodes[w]);
      if (node.loop !== null) {
        node.loop.setParent(loop);
      } else {
        loop.addNode(node.bb);
      }
    });
  }

  stepD(w, nodePool) {
    this.backPreds.at(w).forEach((v) => {
      if (v !== w) {
        nodePool.append(this.nodes[v].findSet());
      } else {
        this.type[w] = SELF;
      }
    });
  }
}

class LoopTesterApp {
  constructor() {
    this.cfg = new ControlFlowGraph();
    this.lsg = new LoopStructureGraph();
    this.cfg.createNode(0);
  }

  buildDiamond(start) {
    const bb0 = start;
    new BasicBlockEdge(this.cfg, bb0, bb0 + 1);
    new BasicBlockEdge(this.cfg, bb0, bb0 + 2);
    new BasicBlockEdge(this.cfg, bb0 + 1, bb0 + 3);
    new BasicBlockEdge(this.cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  buildConnect(start, end) {
    new BasicBlockEdge(this.cfg, start, end);
  }

  buildStraight(start, n) {
    for (let i = 0; i < n; i++) this.buildConnect(start + i, start + i + 1);
    return start + n;
  }

  buildBaseLoop(from) {
    const header = this.buildStraight(from, 1);
    const diamond1 = this.buildDiamond(header);
    const d11 = this.buildStraight(diamond1, 1);
    const diamond2 = this.buildDiamond(d11);
    let footer = this.buildStraight(diamond2, 1);
    this.buildConnect(diamond2, d11);
    this.buildConnect(diamond1, header);
    this.buildConnect(footer, from);
    footer = this.buildStraight(footer, 1);
    return footer;
  }

  main(numDummyLoops, findLoopIterations, parLoops, pparLoops, ppparLoops) {
    this.constructSimpleCFG();
    this.addDummyLoops(numDummyLoops);
    this.constructCFG(parLoops, pparLoops, ppparLoops);
    this.findLoops(this.lsg);
    for (let i = 0; i < findLoopIterations; i++) this.findLoops(new LoopStructureGraph());
    this.lsg.calculateNestingLevel();
    return `${this.lsg.numLoops()} ${this.cfg.numNodes()}`;
  }

  constructCFG(parLoops, pparLoops, ppparLoops) {
    let n = 2;
    for (let parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      this.cfg.createNode(n + 1);
      this.buildConnect(2, n + 1);
      n++;
      for (let i = 0; i < pparLoops; i++) {
        const top = n;
        n = this.buildStraight(n, 1);
        for (let j = 0; j < ppparLoops; j++) n = this.buildBaseLoop(n);
        const bottom = this.buildStraight(n, 1);
        this.buildConnect(n, top);
        n = bottom;
      }
      this.buildConnect(n, 1);
    }
  }

  addDummyLoops(numDummyLoops) {
    for (let dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) this.findLoops(this.lsg);
  }

  findLoops(loopStructure) {
    new HavlakLoopFinder(this.cfg, loopStructure).findLoops();
  }

  constructSimpleCFG() {
    this.cfg.createNode(0);
    this.buildBaseLoop(0);
    this.cfg.createNode(1);
    new BasicBlockEdge(this.cfg, 0, 2);
  }
}

const size = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
console.log(new LoopTesterApp().main(size, 50, 10, 10, 5));

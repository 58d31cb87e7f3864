// Are We Fast Yet: Havlak. Havlak's loop recognition (a union-find variant of Tarjan's
// algorithm) on a synthetic control-flow graph of 5213 basic blocks, run 50 times, after
// `size` runs on a small graph that add "dummy" loops. Prints the number of loops found and the
// number of basic blocks; the suite's verification values are 1605 5213 for size 1, 1647 for
// 15, 2052 for 150, 6102 for 1500 and 46602 for 15000.
import 'som.dart';

class BasicBlock implements CustomHash {
  final int name;
  final Vector<BasicBlock> inEdges = Vector<BasicBlock>(2);
  final Vector<BasicBlock> outEdges = Vector<BasicBlock>(2);

  BasicBlock(this.name);

  int get numPred => inEdges.size;

  void addOutEdge(BasicBlock to) => outEdges.append(to);
  void addInEdge(BasicBlock from) => inEdges.append(from);

  @override
  int get customHash => name;
}

class BasicBlockEdge {
  final BasicBlock from;
  final BasicBlock to;

  BasicBlockEdge(ControlFlowGraph cfg, int fromName, int toName)
      : from = cfg.createNode(fromName),
        to = cfg.createNode(toName) {
    from.addOutEdge(to);
    to.addInEdge(from);
    cfg.addEdge(this);
  }
}

class ControlFlowGraph {
  BasicBlock? startNode;
  final Vector<BasicBlock> basicBlockMap = Vector<BasicBlock>();
  final Vector<BasicBlockEdge> edgeList = Vector<BasicBlockEdge>();

  BasicBlock createNode(int name) {
    var node = basicBlockMap.at(name);
    if (node == null) {
      node = BasicBlock(name);
      basicBlockMap.atPut(name, node);
    }
    if (numNodes == 1) startNode = node;
    return node;
  }

  void addEdge(BasicBlockEdge edge) => edgeList.append(edge);

  int get numNodes => basicBlockMap.size;
}

class SimpleLoop {
  final IdentitySet<BasicBlock> basicBlocks = IdentitySet<BasicBlock>();
  final IdentitySet<SimpleLoop> children = IdentitySet<SimpleLoop>();
  SimpleLoop? parent;
  final BasicBlock? header;
  final bool isReducible;
  bool isRoot = false;
  int counter = 0;
  int nestingLevel = 0;
  int depthLevel = 0;

  SimpleLoop(this.header, this.isReducible) {
    final h = header;
    if (h != null) basicBlocks.add(h);
  }

  void addNode(BasicBlock bb) => basicBlocks.add(bb);

  void addChildLoop(SimpleLoop loop) => children.add(loop);

  void setParent(SimpleLoop p) {
    parent = p;
    p.addChildLoop(this);
  }

  void setNestingLevel(int level) {
    nestingLevel = level;
    if (level == 0) isRoot = true;
  }
}

class LoopStructureGraph {
  final SimpleLoop root = SimpleLoop(null, true);
  final Vector<SimpleLoop> loops = Vector<SimpleLoop>();
  int loopCounter = 0;

  LoopStructureGraph() {
    root.setNestingLevel(0);
    root.counter = loopCounter++;
    loops.append(root);
  }

  SimpleLoop createNewLoop(BasicBlock? bb, bool isReducible) {
    final loop = SimpleLoop(bb, isReducible);
    loop.counter = loopCounter++;
    loops.append(loop);
    return loop;
  }

  void calculateNestingLevel() {
    // Link up all first-level loops to the artificial root.
    loops.forEach((liter) {
      if (!liter.isRoot && liter.parent == null) liter.setParent(root);
    });
    // Recursively traverse the tree and assign levels.
    calculateNestingLevelRec(root, 0);
  }

  void calculateNestingLevelRec(SimpleLoop loop, int depth) {
    loop.depthLevel = depth;
    loop.children.forEach((liter) {
      calculateNestingLevelRec(liter, depth + 1);
      final level = 1 + liter.nestingLevel;
      if (level > loop.nestingLevel) loop.setNestingLevel(level);
    });
  }

  int get numLoops => loops.size;
}

class UnionFindNode {
  UnionFindNode? parent;
  BasicBlock? bb;
  SimpleLoop? loop;
  int dfsNumber = 0;

  void initNode(BasicBlock bb, int dfsNumber) {
    parent = this;
    this.bb = bb;
    this.dfsNumber = dfsNumber;
    loop = null;
  }

  /// The find of union-find, with path compression: the nodes on the path point to the first
  /// node's parent afterwards.
  UnionFindNode findSet() {
    final nodeList = Vector<UnionFindNode>();
    var node = this;
    while (!identical(node, node.parent)) {
      final parentNode = node.parent!;
      if (!identical(parentNode, parentNode.parent)) nodeList.append(node);
      node = parentNode;
    }
    final p = parent!;
    nodeList.forEach((iter) => iter.union(p));
    return node;
  }

  void union(UnionFindNode basicBlock) {
    parent = basicBlock;
  }
}

enum BlockType { nonHeader, reducible, self, irreducible, dead }

const int unvisited = 2147483647;
const int maxNonBackPreds = 32 * 1024;

class HavlakLoopFinder {
  final ControlFlowGraph cfg;
  final LoopStructureGraph lsg;
  final Vector<SomSet<int>> nonBackPreds = Vector<SomSet<int>>();
  final Vector<Vector<int>> backPreds = Vector<Vector<int>>();
  final IdentityDictionary<BasicBlock, int> number = IdentityDictionary<BasicBlock, int>();
  int maxSize = 0;
  List<int> header = const [];
  List<BlockType> type = const [];
  List<int> last = const [];
  List<UnionFindNode> nodes = const [];

  HavlakLoopFinder(this.cfg, this.lsg);

  /// Whether w is an ancestor of v in the depth-first spanning tree (by preorder numbers).
  bool isAncestor(int w, int v) => w <= v && v <= last[w];

  int doDFS(BasicBlock currentNode, int current) {
    nodes[current].initNode(currentNode, current);
    number.atPut(currentNode, current);
    var lastId = current;
    final outerBlocks = currentNode.outEdges;
    for (var i = 0; i < outerBlocks.size; i++) {
      final target = outerBlocks.at(i)!;
      if (number.at(target) == unvisited) lastId = doDFS(target, lastId + 1);
    }
    last[current] = lastId;
    return lastId;
  }

  void initAllNodes() {
    cfg.basicBlockMap.forEach((bb) => number.atPut(bb, unvisited));
    doDFS(cfg.startNode!, 0);
  }

  void identifyEdges(int size) {
    for (var w = 0; w < size; w++) {
      header[w] = 0;
      type[w] = BlockType.nonHeader;
      final nodeW = nodes[w].bb;
      if (nodeW == null) {
        type[w] = BlockType.dead;
      } else {
        processEdges(nodeW, w);
      }
    }
  }

  void processEdges(BasicBlock nodeW, int w) {
    if (nodeW.numPred > 0) {
      nodeW.inEdges.forEach((nodeV) {
        final v = number.at(nodeV)!;
        if (v != unvisited) {
          if (isAncestor(w, v)) {
            backPreds.at(w)!.append(v);
          } else {
            nonBackPreds.at(w)!.add(v);
          }
        }
      });
    }
  }

  void findLoops() {
    if (cfg.startNode == null) return;
    final size = cfg.numNodes;
    nonBackPreds.removeAll();
    backPreds.removeAll();
    number.removeAll();
    if (size > maxSize) {
      header = List<int>.filled(size, 0);
      type = List<BlockType>.filled(size, BlockType.nonHeader);
      last = List<int>.filled(size, 0);
      nodes = List<UnionFindNode>.generate(size, (_) => UnionFindNode());
      maxSize = size;
    }
    for (var i = 0; i < size; i++) {
      nonBackPreds.append(SomSet<int>());
      backPreds.append(Vector<int>());
      nodes[i] = UnionFindNode();
    }
    initAllNodes();
    identifyEdges(size);
    // The start node is the root of all other loops.
    header[0] = 0;

    // Process the nodes in reverse preorder, so that inner loop headers come before the
    // headers of the loops around them.
    for (var w = size - 1; w >= 0; w--) {
      final nodePool = Vector<UnionFindNode>();
      final nodeW = nodes[w].bb;
      if (nodeW == null) continue;
      stepD(w, nodePool);
      final workList = Vector<UnionFindNode>();
      nodePool.forEach(workList.append);
      if (nodePool.size != 0) type[w] = BlockType.reducible;
      while (!workList.isEmpty) {
        final x = workList.removeFirst()!;
        final nonBackSize = nonBackPreds.at(x.dfsNumber)!.size;
        if (nonBackSize > maxNonBackPreds) return;
        stepEProcessNonBackPreds(w, nodePool, workList, x);
      }
      if (nodePool.size > 0 || type[w] == BlockType.self) {
        final loop = lsg.createNewLoop(nodeW, type[w] != BlockType.irreducible);
        setLoopAttributes(w, nodePool, loop);
      }
    }
  }

  void stepEProcessNonBackPreds(int w, Vector<UnionFindNode> nodePool, Vector<UnionFindNode> workList,
      UnionFindNode x) {
    nonBackPreds.at(x.dfsNumber)!.forEach((iter) {
      final y = nodes[iter];
      final ydash = y.findSet();
      if (!isAncestor(w, ydash.dfsNumber)) {
        type[w] = BlockType.irreducible;
        nonBackPreds.at(w)!.add(ydash.dfsNumber);
      } else if (ydash.dfsNumber != w) {
        if (!nodePool.hasSome((e) => identical(e, ydash))) {
          workList.append(ydash);
          nodePool.append(ydash);
        }
      }
    });
  }

  void setLoopAttributes(int w, Vector<UnionFindNode> nodePool, SimpleLoop loop) {
    nodes[w].loop = loop;
    nodePool.forEach((node) {
      header[node.dfsNumber] = w;
      node.union(nodes[w]);
      // Nested loops are not added, but linked together.
      final nodeLoop = node.loop;
      if (nodeLoop != null) {
        nodeLoop.setParent(loop);
      } else {
        loop.addNode(node.bb!);
      }
    });
  }

  void stepD(int w, Vector<UnionFindNode> nodePool) {
    backPreds.at(w)!.forEach((v) {
      if (v != w) {
        nodePool.append(nodes[v].findSet());
      } else {
        type[w] = BlockType.self;
      }
    });
  }
}

class LoopTesterApp {
  final ControlFlowGraph cfg = ControlFlowGraph();
  final LoopStructureGraph lsg = LoopStructureGraph();

  LoopTesterApp() {
    cfg.createNode(0);
  }

  /// Four blocks shaped like an if/then/else diamond.
  int buildDiamond(int start) {
    final bb0 = start;
    BasicBlockEdge(cfg, bb0, bb0 + 1);
    BasicBlockEdge(cfg, bb0, bb0 + 2);
    BasicBlockEdge(cfg, bb0 + 1, bb0 + 3);
    BasicBlockEdge(cfg, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  void buildConnect(int start, int end) {
    BasicBlockEdge(cfg, start, end);
  }

  int buildStraight(int start, int n) {
    for (var i = 0; i < n; i++) {
      buildConnect(start + i, start + i + 1);
    }
    return start + n;
  }

  /// A loop with two diamonds in it.
  int buildBaseLoop(int from) {
    final header = buildStraight(from, 1);
    final diamond1 = buildDiamond(header);
    final d11 = buildStraight(diamond1, 1);
    final diamond2 = buildDiamond(d11);
    var footer = buildStraight(diamond2, 1);
    buildConnect(diamond2, d11);
    buildConnect(diamond1, header);
    buildConnect(footer, from);
    footer = buildStraight(footer, 1);
    return footer;
  }

  String main(int numDummyLoops, int findLoopIterations, int parLoops, int pparLoops, int ppparLoops) {
    constructSimpleCFG();
    addDummyLoops(numDummyLoops);
    constructCFG(parLoops, pparLoops, ppparLoops);
    findLoops(lsg);
    for (var i = 0; i < findLoopIterations; i++) {
      findLoops(LoopStructureGraph());
    }
    lsg.calculateNestingLevel();
    return '${lsg.numLoops} ${cfg.numNodes}';
  }

  void constructCFG(int parLoops, int pparLoops, int ppparLoops) {
    var n = 2;
    for (var parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      cfg.createNode(n + 1);
      buildConnect(2, n + 1);
      n++;
      for (var i = 0; i < pparLoops; i++) {
        final top = n;
        n = buildStraight(n, 1);
        for (var j = 0; j < ppparLoops; j++) {
          n = buildBaseLoop(n);
        }
        final bottom = buildStraight(n, 1);
        buildConnect(n, top);
        n = bottom;
      }
      buildConnect(n, 1);
    }
  }

  void addDummyLoops(int numDummyLoops) {
    for (var dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
      findLoops(lsg);
    }
  }

  void findLoops(LoopStructureGraph loopStructure) {
    HavlakLoopFinder(cfg, loopStructure).findLoops();
  }

  void constructSimpleCFG() {
    cfg.createNode(0);
    buildBaseLoop(0);
    cfg.createNode(1);
    BasicBlockEdge(cfg, 0, 2);
  }
}

void main(List<String> args) {
  final size = args.isEmpty ? 1 : int.parse(args[0]);
  print(LoopTesterApp().main(size, 50, 10, 10, 5));
}

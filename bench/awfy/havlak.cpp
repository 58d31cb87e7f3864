// Are We Fast Yet: Havlak in C++ (see havlak.dart). The graph owns its blocks and edges, a loop
// structure graph its loops and a loop finder its per-node data (vectors of unique_ptr); the
// suite's collections hold plain pointers.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "som.h"

namespace {

struct BasicBlock {
  explicit BasicBlock(int n) : name(n) {}
  int numPred() const { return static_cast<int>(inEdges.size()); }
  int customHash() const { return name; }
  int name;
  Vector<BasicBlock*> inEdges{2};
  Vector<BasicBlock*> outEdges{2};
};

class ControlFlowGraph;

struct BasicBlockEdge {
  BasicBlockEdge(ControlFlowGraph& cfg, int fromName, int toName);
  BasicBlock* from;
  BasicBlock* to;
};

class ControlFlowGraph {
 public:
  BasicBlock* createNode(int name) {
    BasicBlock* node = basicBlockMap.at(name);
    if (!node) {
      blocks_.push_back(std::make_unique<BasicBlock>(name));
      node = blocks_.back().get();
      basicBlockMap.atPut(name, node);
    }
    if (numNodes() == 1) startNode = node;
    return node;
  }

  void addEdge(std::unique_ptr<BasicBlockEdge> edge) {
    edgeList.append(edge.get());
    edges_.push_back(std::move(edge));
  }

  int numNodes() const { return static_cast<int>(basicBlockMap.size()); }

  BasicBlock* startNode = nullptr;
  Vector<BasicBlock*> basicBlockMap;
  Vector<BasicBlockEdge*> edgeList;

 private:
  std::vector<std::unique_ptr<BasicBlock>> blocks_;
  std::vector<std::unique_ptr<BasicBlockEdge>> edges_;
};

BasicBlockEdge::BasicBlockEdge(ControlFlowGraph& cfg, int fromName, int toName)
    : from(cfg.createNode(fromName)), to(cfg.createNode(toName)) {
  from->outEdges.append(to);
  to->inEdges.append(from);
}

void newEdge(ControlFlowGraph& cfg, int fromName, int toName) {
  cfg.addEdge(std::make_unique<BasicBlockEdge>(cfg, fromName, toName));
}

struct SimpleLoop {
  SimpleLoop(BasicBlock* bb, bool reducible) : header(bb), isReducible(reducible) {
    if (bb) basicBlocks.add(bb);
  }

  void addNode(BasicBlock* bb) { basicBlocks.add(bb); }
  void addChildLoop(SimpleLoop* loop) { children.add(loop); }
  void setParent(SimpleLoop* p) {
    parent = p;
    p->addChildLoop(this);
  }
  void setNestingLevel(int level) {
    nestingLevel = level;
    if (level == 0) isRoot = true;
  }

  IdentitySet<BasicBlock*> basicBlocks;
  IdentitySet<SimpleLoop*> children;
  SimpleLoop* parent = nullptr;
  BasicBlock* header;
  bool isReducible;
  bool isRoot = false;
  int counter = 0;
  int nestingLevel = 0;
  int depthLevel = 0;
};

class LoopStructureGraph {
 public:
  LoopStructureGraph() {
    owned_.push_back(std::make_unique<SimpleLoop>(nullptr, true));
    root_ = owned_.back().get();
    root_->setNestingLevel(0);
    root_->counter = loopCounter_++;
    loops_.append(root_);
  }

  SimpleLoop* createNewLoop(BasicBlock* bb, bool isReducible) {
    owned_.push_back(std::make_unique<SimpleLoop>(bb, isReducible));
    SimpleLoop* loop = owned_.back().get();
    loop->counter = loopCounter_++;
    loops_.append(loop);
    return loop;
  }

  void calculateNestingLevel() {
    loops_.forEach([this](SimpleLoop* liter) {
      if (!liter->isRoot && !liter->parent) liter->setParent(root_);
    });
    calculateNestingLevelRec(root_, 0);
  }

  void calculateNestingLevelRec(SimpleLoop* loop, int depth) {
    loop->depthLevel = depth;
    loop->children.forEach([this, loop, depth](SimpleLoop* liter) {
      calculateNestingLevelRec(liter, depth + 1);
      int level = 1 + liter->nestingLevel;
      if (level > loop->nestingLevel) loop->setNestingLevel(level);
    });
  }

  int numLoops() const { return static_cast<int>(loops_.size()); }

 private:
  std::vector<std::unique_ptr<SimpleLoop>> owned_;
  SimpleLoop* root_;
  Vector<SimpleLoop*> loops_;
  int loopCounter_ = 0;
};

struct UnionFindNode {
  void initNode(BasicBlock* b, int dfs) {
    parent = this;
    bb = b;
    dfsNumber = dfs;
    loop = nullptr;
  }

  // The find of union-find, with path compression: the nodes on the path point to the first
  // node's parent afterwards.
  UnionFindNode* findSet() {
    Vector<UnionFindNode*> nodeList;
    UnionFindNode* node = this;
    while (node != node->parent) {
      UnionFindNode* parentNode = node->parent;
      if (parentNode != parentNode->parent) nodeList.append(node);
      node = parentNode;
    }
    UnionFindNode* p = parent;
    nodeList.forEach([p](UnionFindNode* iter) { iter->unite(p); });
    return node;
  }

  void unite(UnionFindNode* basicBlock) { parent = basicBlock; }

  UnionFindNode* parent = nullptr;
  BasicBlock* bb = nullptr;
  SimpleLoop* loop = nullptr;
  int dfsNumber = 0;
};

enum class BlockType { kNonHeader, kReducible, kSelf, kIrreducible, kDead };

const int kUnvisited = 2147483647;
const size_t kMaxNonBackPreds = 32 * 1024;

class HavlakLoopFinder {
 public:
  HavlakLoopFinder(ControlFlowGraph& cfg, LoopStructureGraph& lsg) : cfg_(cfg), lsg_(lsg) {}

  void findLoops() {
    if (!cfg_.startNode) return;
    int size = cfg_.numNodes();
    nonBackPreds_.removeAll();
    backPreds_.removeAll();
    ownedSets_.clear();
    ownedVectors_.clear();
    number_.removeAll();
    if (size > maxSize_) {
      header_.assign(size, 0);
      type_.assign(size, BlockType::kNonHeader);
      last_.assign(size, 0);
      nodes_.resize(size);
      maxSize_ = size;
    }
    for (int i = 0; i < size; i++) {
      ownedSets_.push_back(std::make_unique<IdentitySet<int>>());
      nonBackPreds_.append(ownedSets_.back().get());
      ownedVectors_.push_back(std::make_unique<Vector<int>>());
      backPreds_.append(ownedVectors_.back().get());
      nodes_[i] = std::make_unique<UnionFindNode>();
    }
    initAllNodes();
    identifyEdges(size);
    header_[0] = 0;

    for (int w = size - 1; w >= 0; w--) {
      Vector<UnionFindNode*> nodePool;
      BasicBlock* nodeW = nodes_[w]->bb;
      if (!nodeW) continue;
      stepD(w, nodePool);
      Vector<UnionFindNode*> workList;
      nodePool.forEach([&workList](UnionFindNode* niter) { workList.append(niter); });
      if (nodePool.size() != 0) type_[w] = BlockType::kReducible;
      while (!workList.isEmpty()) {
        UnionFindNode* x = workList.removeFirst();
        size_t nonBackSize = nonBackPreds_.at(x->dfsNumber)->size();
        if (nonBackSize > kMaxNonBackPreds) return;
        stepEProcessNonBackPreds(w, nodePool, workList, x);
      }
      if (nodePool.size() > 0 || type_[w] == BlockType::kSelf) {
        SimpleLoop* loop = lsg_.createNewLoop(nodeW, type_[w] != BlockType::kIrreducible);
        setLoopAttributes(w, nodePool, loop);
      }
    }
  }

 private:
  bool isAncestor(int w, int v) const { return w <= v && v <= last_[w]; }

  int doDFS(BasicBlock* currentNode, int current) {
    nodes_[current]->initNode(currentNode, current);
    number_.atPut(currentNode, current);
    int lastId = current;
    const Vector<BasicBlock*>& outerBlocks = currentNode->outEdges;
    for (size_t i = 0; i < outerBlocks.size(); i++) {
      BasicBlock* target = outerBlocks.at(i);
      if (number_.at(target) == kUnvisited) lastId = doDFS(target, lastId + 1);
    }
    last_[current] = lastId;
    return lastId;
  }

  void initAllNodes() {
    cfg_.basicBlockMap.forEach([this](BasicBlock* bb) { number_.atPut(bb, kUnvisited); });
    doDFS(cfg_.startNode, 0);
  }

  void identifyEdges(int size) {
    for (int w = 0; w < size; w++) {
      header_[w] = 0;
      type_[w] = BlockType::kNonHeader;
      BasicBlock* nodeW = nodes_[w]->bb;
      if (!nodeW) {
        type_[w] = BlockType::kDead;
      } else {
        processEdges(nodeW, w);
      }
    }
  }

  void processEdges(BasicBlock* nodeW, int w) {
    if (nodeW->numPred() > 0) {
      nodeW->inEdges.forEach([this, w](BasicBlock* nodeV) {
        int v = number_.at(nodeV);
        if (v != kUnvisited) {
          if (isAncestor(w, v)) {
            backPreds_.at(w)->append(v);
          } else {
            nonBackPreds_.at(w)->add(v);
          }
        }
      });
    }
  }

  void stepEProcessNonBackPreds(int w, Vector<UnionFindNode*>& nodePool, Vector<UnionFindNode*>& workList,
                                UnionFindNode* x) {
    nonBackPreds_.at(x->dfsNumber)->forEach([&](int iter) {
      UnionFindNode* y = nodes_[iter].get();
      UnionFindNode* ydash = y->findSet();
      if (!isAncestor(w, ydash->dfsNumber)) {
        type_[w] = BlockType::kIrreducible;
        nonBackPreds_.at(w)->add(ydash->dfsNumber);
      } else if (ydash->dfsNumber != w) {
        if (!nodePool.hasSome([ydash](UnionFindNode* e) { return e == ydash; })) {
          workList.append(ydash);
          nodePool.append(ydash);
        }
      }
    });
  }

  void setLoopAttributes(int w, Vector<UnionFindNode*>& nodePool, SimpleLoop* loop) {
    nodes_[w]->loop = loop;
    nodePool.forEach([this, w, loop](UnionFindNode* node) {
      header_[node->dfsNumber] = w;
      node->unite(nodes_[w].get());
      if (node->loop) {
        node->loop->setParent(loop);
      } else {
        loop->addNode(node->bb);
      }
    });
  }

  void stepD(int w, Vector<UnionFindNode*>& nodePool) {
    backPreds_.at(w)->forEach([this, w, &nodePool](int v) {
      if (v != w) {
        nodePool.append(nodes_[v]->findSet());
      } else {
        type_[w] = BlockType::kSelf;
      }
    });
  }

  ControlFlowGraph& cfg_;
  LoopStructureGraph& lsg_;
  Vector<IdentitySet<int>*> nonBackPreds_;
  Vector<Vector<int>*> backPreds_;
  std::vector<std::unique_ptr<IdentitySet<int>>> ownedSets_;
  std::vector<std::unique_ptr<Vector<int>>> ownedVectors_;
  IdentityDictionary<BasicBlock*, int> number_;
  int maxSize_ = 0;
  std::vector<int> header_;
  std::vector<BlockType> type_;
  std::vector<int> last_;
  std::vector<std::unique_ptr<UnionFindNode>> nodes_;
};

class LoopTesterApp {
 public:
  LoopTesterApp() { cfg_.createNode(0); }

  void run(int numDummyLoops, int findLoopIterations, int parLoops, int pparLoops, int ppparLoops) {
    constructSimpleCFG();
    addDummyLoops(numDummyLoops);
    constructCFG(parLoops, pparLoops, ppparLoops);
    findLoops(lsg_);
    for (int i = 0; i < findLoopIterations; i++) {
      LoopStructureGraph lsg;
      findLoops(lsg);
    }
    lsg_.calculateNestingLevel();
    std::printf("%d %d\n", lsg_.numLoops(), cfg_.numNodes());
  }

 private:
  int buildDiamond(int start) {
    int bb0 = start;
    newEdge(cfg_, bb0, bb0 + 1);
    newEdge(cfg_, bb0, bb0 + 2);
    newEdge(cfg_, bb0 + 1, bb0 + 3);
    newEdge(cfg_, bb0 + 2, bb0 + 3);
    return bb0 + 3;
  }

  void buildConnect(int start, int end) { newEdge(cfg_, start, end); }

  int buildStraight(int start, int n) {
    for (int i = 0; i < n; i++) buildConnect(start + i, start + i + 1);
    return start + n;
  }

  int buildBaseLoop(int from) {
    int header = buildStraight(from, 1);
    int diamond1 = buildDiamond(header);
    int d11 = buildStraight(diamond1, 1);
    int diamond2 = buildDiamond(d11);
    int footer = buildStraight(diamond2, 1);
    buildConnect(diamond2, d11);
    buildConnect(diamond1, header);
    buildConnect(footer, from);
    footer = buildStraight(footer, 1);
    return footer;
  }

  void constructCFG(int parLoops, int pparLoops, int ppparLoops) {
    int n = 2;
    for (int parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
      cfg_.createNode(n + 1);
      buildConnect(2, n + 1);
      n++;
      for (int i = 0; i < pparLoops; i++) {
        int top = n;
        n = buildStraight(n, 1);
        for (int j = 0; j < ppparLoops; j++) n = buildBaseLoop(n);
        int bottom = buildStraight(n, 1);
        buildConnect(n, top);
        n = bottom;
      }
      buildConnect(n, 1);
    }
  }

  void addDummyLoops(int numDummyLoops) {
    for (int dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) findLoops(lsg_);
  }

  void findLoops(LoopStructureGraph& loopStructure) { HavlakLoopFinder(cfg_, loopStructure).findLoops(); }

  void constructSimpleCFG() {
    cfg_.createNode(0);
    buildBaseLoop(0);
    cfg_.createNode(1);
    newEdge(cfg_, 0, 2);
  }

  ControlFlowGraph cfg_;
  LoopStructureGraph lsg_;
};

}  // namespace

int main(int argc, char** argv) {
  int size = argc > 1 ? std::atoi(argv[1]) : 1;
  LoopTesterApp().run(size, 50, 10, 10, 5);
  return 0;
}

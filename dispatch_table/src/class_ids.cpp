#include "dispatch_table/class_ids.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/property_map/property_map.hpp>

#include <stdexcept>
#include <string>

namespace dartc::dispatch {
namespace {

// Superclass -> subclass edges. vecS out-edge lists keep insertion order, so adding the edges in
// declaration order makes the walk visit subclasses in declaration order: the numbering depends
// only on the input, never on hashing or addresses.
using SubclassGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<SubclassGraph>::vertex_descriptor;

struct Numbering {
  std::vector<ClassIdRange> byClass;
  std::vector<ClassIndex> classByCid;
  ClassId firstCid = 0;

  ClassId nextCid() const { return firstCid + ClassId(classByCid.size()); }
};

// Boost copies visitors by value, so the state lives outside and the visitor only points to it.
class PreorderNumberer : public boost::default_dfs_visitor {
 public:
  explicit PreorderNumberer(Numbering& numbering) : numbering_(&numbering) {}

  void discover_vertex(Vertex cls, const SubclassGraph&) const {
    numbering_->byClass[cls].cid = numbering_->nextCid();
    numbering_->classByCid.push_back(ClassIndex(cls));
  }
  // Every descendant was discovered before the class finishes, so the last cid handed out is the
  // largest one in its subtree.
  void finish_vertex(Vertex cls, const SubclassGraph&) const {
    numbering_->byClass[cls].lastSubclassCid = numbering_->nextCid() - 1;
  }

 private:
  Numbering* numbering_;
};

SubclassGraph buildSubclassGraph(const std::vector<ClassIndex>& superclassOf) {
  SubclassGraph graph(superclassOf.size());
  for (ClassIndex cls = 0; cls < superclassOf.size(); ++cls) {
    ClassIndex superclass = superclassOf[cls];
    if (superclass == kNoSuperclass) continue;
    if (superclass >= superclassOf.size()) {
      throw std::invalid_argument("class " + std::to_string(cls) + " has superclass index " +
                                  std::to_string(superclass) + ", out of range");
    }
    boost::add_edge(superclass, cls, graph);
  }
  return graph;
}

// rootOrder first, then the remaining roots in declaration order.
std::vector<ClassIndex> orderedRoots(const ClassHierarchy& hierarchy) {
  const auto& superclassOf = hierarchy.superclassOf;
  std::vector<bool> listed(superclassOf.size(), false);
  std::vector<ClassIndex> roots;
  for (ClassIndex root : hierarchy.rootOrder) {
    if (root >= superclassOf.size() || superclassOf[root] != kNoSuperclass || listed[root]) {
      throw std::invalid_argument("rootOrder entry " + std::to_string(root) +
                                  " is not a root class, or is listed twice");
    }
    listed[root] = true;
    roots.push_back(root);
  }
  for (ClassIndex cls = 0; cls < superclassOf.size(); ++cls) {
    if (superclassOf[cls] == kNoSuperclass && !listed[cls]) roots.push_back(cls);
  }
  return roots;
}

}  // namespace

ClassIds::ClassIds(std::vector<ClassIdRange> byClass, std::vector<ClassIndex> classByCid,
                   ClassId reservedCids)
    : byClass_(std::move(byClass)),
      classByCid_(std::move(classByCid)),
      reservedCids_(reservedCids) {}

ClassIndex ClassIds::classOf(ClassId cid) const {
  if (cid < reservedCids_ || cid >= cidCount()) return kNoSuperclass;
  return classByCid_[cid - reservedCids_];
}

ClassIds assignClassIds(const ClassHierarchy& hierarchy) {
  size_t classCount = hierarchy.superclassOf.size();
  if (classCount + hierarchy.reservedCids > size_t(~ClassId(0))) {
    throw std::invalid_argument("too many classes for 32-bit class ids");
  }
  SubclassGraph graph = buildSubclassGraph(hierarchy.superclassOf);

  Numbering numbering;
  numbering.byClass.resize(classCount);
  numbering.classByCid.reserve(classCount);
  numbering.firstCid = hierarchy.reservedCids;

  // One color map for all walks: a class reached from an earlier root stays black. Boost's
  // depth_first_visit keeps its own stack, so a 100000-deep chain does not overflow ours.
  std::vector<boost::default_color_type> colors(classCount, boost::white_color);
  auto colorMap =
      boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
  PreorderNumberer numberer(numbering);
  for (ClassIndex root : orderedRoots(hierarchy)) {
    boost::depth_first_visit(graph, root, numberer, colorMap);
  }

  // With single inheritance, a class no root reaches sits on a superclass cycle.
  if (numbering.classByCid.size() != classCount) {
    for (ClassIndex cls = 0; cls < classCount; ++cls) {
      if (colors[cls] == boost::white_color) {
        throw std::invalid_argument("class " + std::to_string(cls) + " is on a superclass cycle");
      }
    }
  }
  return ClassIds(std::move(numbering.byClass), std::move(numbering.classByCid),
                  hierarchy.reservedCids);
}

}  // namespace dartc::dispatch

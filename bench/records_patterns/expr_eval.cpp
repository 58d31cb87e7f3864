// Records and patterns benchmark, C++ version: the expression-tree evaluator of expr_eval.dart
// written in the classic visitor style (a class hierarchy with accept(), one visitor per
// operation, std::pair for the two results of measure). Trees share subtrees (simplify returns
// parts of its input), so nodes are owned by shared_ptr.
//   expr_eval [rounds]     (default 1)
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <utility>

namespace {

constexpr int64_t kModulus = 1000003;

struct Num;
struct Var;
struct Add;
struct Sub;
struct Mul;
struct Neg;

struct Visitor {
  virtual ~Visitor() = default;
  virtual void visit(const Num& e) = 0;
  virtual void visit(const Var& e) = 0;
  virtual void visit(const Add& e) = 0;
  virtual void visit(const Sub& e) = 0;
  virtual void visit(const Mul& e) = 0;
  virtual void visit(const Neg& e) = 0;
};

struct Expr : std::enable_shared_from_this<Expr> {
  virtual ~Expr() = default;
  virtual void accept(Visitor& v) const = 0;
};
using ExprPtr = std::shared_ptr<const Expr>;

struct Num final : Expr {
  int64_t value;
  explicit Num(int64_t v) : value(v) {}
  void accept(Visitor& v) const override { v.visit(*this); }
};
struct Var final : Expr {
  void accept(Visitor& v) const override { v.visit(*this); }
};
struct Binary : Expr {
  ExprPtr left, right;
  Binary(ExprPtr l, ExprPtr r) : left(std::move(l)), right(std::move(r)) {}
};
struct Add final : Binary {
  using Binary::Binary;
  void accept(Visitor& v) const override { v.visit(*this); }
};
struct Sub final : Binary {
  using Binary::Binary;
  void accept(Visitor& v) const override { v.visit(*this); }
};
struct Mul final : Binary {
  using Binary::Binary;
  void accept(Visitor& v) const override { v.visit(*this); }
};
struct Neg final : Expr {
  ExprPtr operand;
  explicit Neg(ExprPtr o) : operand(std::move(o)) {}
  void accept(Visitor& v) const override { v.visit(*this); }
};

int64_t seed = 42;
int64_t next() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

const ExprPtr x = std::make_shared<Var>();

ExprPtr leaf() {
  if (next() % 3 == 0) return x;
  return std::make_shared<Num>(next() % 10);
}

ExprPtr build(int depth) {
  if (depth == 0) return leaf();
  switch (next() % 10) {
    case 0:
    case 1:
    case 2: {
      ExprPtr l = build(depth - 1);
      ExprPtr r = build(depth - 1);
      return std::make_shared<Add>(std::move(l), std::move(r));
    }
    case 3:
    case 4:
    case 5: {
      ExprPtr l = build(depth - 1);
      ExprPtr r = build(depth - 1);
      return std::make_shared<Mul>(std::move(l), std::move(r));
    }
    case 6:
    case 7: {
      ExprPtr l = build(depth - 1);
      ExprPtr r = build(depth - 1);
      return std::make_shared<Sub>(std::move(l), std::move(r));
    }
    case 8: return std::make_shared<Neg>(build(depth - 1));
    default: return leaf();
  }
}

struct Eval final : Visitor {
  int64_t at;
  int64_t result = 0;
  explicit Eval(int64_t a) : at(a) {}
  int64_t of(const Expr& e) {
    e.accept(*this);
    return result;
  }
  void visit(const Num& e) override { result = e.value; }
  void visit(const Var&) override { result = at; }
  void visit(const Add& e) override {
    int64_t l = of(*e.left);
    int64_t r = of(*e.right);
    result = (l + r) % kModulus;
  }
  void visit(const Sub& e) override {
    int64_t l = of(*e.left);
    int64_t r = of(*e.right);
    result = (l - r + kModulus) % kModulus;
  }
  void visit(const Mul& e) override {
    int64_t l = of(*e.left);
    int64_t r = of(*e.right);
    result = (l * r) % kModulus;
  }
  void visit(const Neg& e) override { result = (kModulus - of(*e.operand)) % kModulus; }
};

int64_t eval(const Expr& e, int64_t at) {
  Eval v(at);
  return v.of(e);
}

const Num* asNum(const ExprPtr& e) { return dynamic_cast<const Num*>(e.get()); }
bool isNum(const ExprPtr& e, int64_t value) {
  const Num* n = asNum(e);
  return n && n->value == value;
}

struct Simplify final : Visitor {
  ExprPtr result;
  ExprPtr of(const Expr& e) {
    e.accept(*this);
    return std::move(result);
  }
  void visit(const Num& e) override { result = e.shared_from_this(); }
  void visit(const Var& e) override { result = e.shared_from_this(); }
  void visit(const Add& e) override {
    ExprPtr l = of(*e.left);
    ExprPtr r = of(*e.right);
    if (isNum(l, 0)) result = r;
    else if (isNum(r, 0)) result = l;
    else if (asNum(l) && asNum(r)) result = std::make_shared<Num>((asNum(l)->value + asNum(r)->value) % kModulus);
    else result = std::make_shared<Add>(std::move(l), std::move(r));
  }
  void visit(const Sub& e) override {
    ExprPtr l = of(*e.left);
    ExprPtr r = of(*e.right);
    if (isNum(r, 0)) result = l;
    else if (asNum(l) && asNum(r)) result = std::make_shared<Num>((asNum(l)->value - asNum(r)->value + kModulus) % kModulus);
    else result = std::make_shared<Sub>(std::move(l), std::move(r));
  }
  void visit(const Mul& e) override {
    ExprPtr l = of(*e.left);
    ExprPtr r = of(*e.right);
    if (isNum(l, 0) || isNum(r, 0)) result = std::make_shared<Num>(0);
    else if (isNum(l, 1)) result = r;
    else if (isNum(r, 1)) result = l;
    else if (asNum(l) && asNum(r)) result = std::make_shared<Num>((asNum(l)->value * asNum(r)->value) % kModulus);
    else result = std::make_shared<Mul>(std::move(l), std::move(r));
  }
  void visit(const Neg& e) override {
    ExprPtr o = of(*e.operand);
    if (const Num* n = asNum(o)) result = std::make_shared<Num>((kModulus - n->value) % kModulus);
    else if (auto* inner = dynamic_cast<const Neg*>(o.get())) result = inner->operand;
    else result = std::make_shared<Neg>(std::move(o));
  }
};

struct Measure final : Visitor {
  std::pair<int64_t, int64_t> result;
  std::pair<int64_t, int64_t> of(const Expr& e) {
    e.accept(*this);
    return result;
  }
  void visit(const Num&) override { result = {1, 1}; }
  void visit(const Var&) override { result = {1, 1}; }
  void binary(const Binary& e) {
    auto [n1, d1] = of(*e.left);
    auto [n2, d2] = of(*e.right);
    result = {n1 + n2 + 1, (d1 > d2 ? d1 : d2) + 1};
  }
  void visit(const Add& e) override { binary(e); }
  void visit(const Sub& e) override { binary(e); }
  void visit(const Mul& e) override { binary(e); }
  void visit(const Neg& e) override {
    auto [n, d] = of(*e.operand);
    result = {n + 1, d + 1};
  }
};

int64_t round() {
  ExprPtr tree = build(14);
  Simplify simplify;
  ExprPtr simple = simplify.of(*tree);
  int64_t checksum = 0;
  for (int64_t at = 0; at < 16; at++) {
    int64_t v = eval(*tree, at * 7919);
    if (v != eval(*simple, at * 7919)) throw std::runtime_error("simplification changed the value");
    checksum = (checksum + v) % kModulus;
  }
  Measure measure;
  auto [nodes, depth] = measure.of(*tree);
  auto [simpleNodes, simpleDepth] = measure.of(*simple);
  return checksum + nodes + depth + simpleNodes + simpleDepth;
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 1;
  int64_t checksum = 0;
  for (int r = 0; r < rounds; r++) checksum += round();
  std::printf("%lld\n", static_cast<long long>(checksum));
  return 0;
}

// Are We Fast Yet: DeltaBlue in C++ (see deltablue.dart). Each test owns its variables and
// constraints (vectors of unique_ptr); the graph links them with plain pointers.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <vector>

#include "som.h"

namespace {

struct Sym {
  explicit constexpr Sym(int h) : hash(h) {}
  int customHash() const { return hash; }
  int hash;
};

const Sym kAbsoluteStrongest(0), kRequired(1), kStrongPreferred(2), kPreferred(3), kStrongDefault(4),
    kDefault(5), kWeakDefault(6), kAbsoluteWeakest(7);

class Strength {
 public:
  explicit Strength(const Sym* symbolicValue) : arithmeticValue_(strengthTable().at(symbolicValue)) {}

  bool sameAs(const Strength* s) const { return arithmeticValue_ == s->arithmeticValue_; }
  bool stronger(const Strength* s) const { return arithmeticValue_ < s->arithmeticValue_; }
  bool weaker(const Strength* s) const { return arithmeticValue_ > s->arithmeticValue_; }
  const Strength* strongest(const Strength* s) const { return s->stronger(this) ? s : this; }
  const Strength* weakest(const Strength* s) const { return s->weaker(this) ? s : this; }

  static const Strength* of(const Sym* strength) { return strengthConstant().at(strength); }
  static const Strength* absoluteWeakest() { return of(&kAbsoluteWeakest); }
  static const Strength* required() { return of(&kRequired); }

 private:
  static const IdentityDictionary<const Sym*, int>& strengthTable() {
    static IdentityDictionary<const Sym*, int> table = [] {
      IdentityDictionary<const Sym*, int> t;
      t.atPut(&kAbsoluteStrongest, -10000);
      t.atPut(&kRequired, -800);
      t.atPut(&kStrongPreferred, -600);
      t.atPut(&kPreferred, -400);
      t.atPut(&kStrongDefault, -200);
      t.atPut(&kDefault, 0);
      t.atPut(&kWeakDefault, 500);
      t.atPut(&kAbsoluteWeakest, 10000);
      return t;
    }();
    return table;
  }

  static const IdentityDictionary<const Sym*, const Strength*>& strengthConstant() {
    static std::vector<std::unique_ptr<Strength>> owned;
    static IdentityDictionary<const Sym*, const Strength*> constants = [] {
      IdentityDictionary<const Sym*, const Strength*> c;
      strengthTable().getKeys().forEach([&c](const Sym* key) {
        owned.push_back(std::make_unique<Strength>(key));
        c.atPut(key, owned.back().get());
      });
      return c;
    }();
    return constants;
  }

  int arithmeticValue_;
};

class Planner;
struct Variable;

enum class Direction { kNone, kForward, kBackward };

class AbstractConstraint {
 public:
  explicit AbstractConstraint(const Sym* strength) : strength_(Strength::of(strength)) {}
  virtual ~AbstractConstraint() = default;

  const Strength* strength() const { return strength_; }
  virtual bool isInput() const { return false; }
  virtual bool isSatisfied() const = 0;
  virtual void addToGraph() = 0;
  virtual void removeFromGraph() = 0;
  virtual void chooseMethod(int mark) = 0;
  virtual void execute() = 0;
  virtual void inputsDo(const std::function<void(Variable*)>& fn) = 0;
  virtual bool inputsHasOne(const std::function<bool(Variable*)>& fn) = 0;
  virtual void markUnsatisfied() = 0;
  virtual Variable* getOutput() = 0;
  virtual void recalculate() = 0;

  void addConstraint(Planner& planner);
  void destroyConstraint(Planner& planner);
  bool inputsKnown(int mark);
  AbstractConstraint* satisfy(int mark, Planner& planner);

 private:
  const Strength* strength_;
};

struct Variable {
  Variable() = default;
  explicit Variable(long v) : value(v) {}

  void addConstraint(AbstractConstraint* c) { constraints.append(c); }
  void removeConstraint(AbstractConstraint* c) {
    constraints.remove(c);
    if (determinedBy == c) determinedBy = nullptr;
  }

  long value = 0;
  Vector<AbstractConstraint*> constraints{2};
  AbstractConstraint* determinedBy = nullptr;
  const Strength* walkStrength = Strength::absoluteWeakest();
  bool stay = true;
  int mark = 0;
};

class Plan : public Vector<AbstractConstraint*> {
 public:
  Plan() : Vector<AbstractConstraint*>(15) {}
  void execute() const {
    forEach([](AbstractConstraint* c) { c->execute(); });
  }
};

class Planner {
 public:
  int newMark() { return ++currentMark_; }

  void incrementalAdd(AbstractConstraint* c) {
    int mark = newMark();
    AbstractConstraint* overridden = c->satisfy(mark, *this);
    while (overridden) overridden = overridden->satisfy(mark, *this);
  }

  void incrementalRemove(AbstractConstraint* c) {
    Variable* out = c->getOutput();
    c->markUnsatisfied();
    c->removeFromGraph();
    Vector<AbstractConstraint*> unsatisfied = removePropagateFrom(out);
    unsatisfied.forEach([this](AbstractConstraint* u) { incrementalAdd(u); });
  }

  Plan extractPlanFromConstraints(const Vector<AbstractConstraint*>& constraints) {
    Vector<AbstractConstraint*> sources;
    constraints.forEach([&sources](AbstractConstraint* c) {
      if (c->isInput() && c->isSatisfied()) sources.append(c);
    });
    return makePlan(sources);
  }

  Plan makePlan(Vector<AbstractConstraint*>& sources) {
    int mark = newMark();
    Plan plan;
    Vector<AbstractConstraint*>& todo = sources;
    while (!todo.isEmpty()) {
      AbstractConstraint* c = todo.removeFirst();
      if (c->getOutput()->mark != mark && c->inputsKnown(mark)) {
        plan.append(c);
        c->getOutput()->mark = mark;
        addConstraintsConsumingTo(c->getOutput(), todo);
      }
    }
    return plan;
  }

  void addConstraintsConsumingTo(Variable* v, Vector<AbstractConstraint*>& coll) {
    AbstractConstraint* determiningC = v->determinedBy;
    v->constraints.forEach([&](AbstractConstraint* c) {
      if (c != determiningC && c->isSatisfied()) coll.append(c);
    });
  }

  bool addPropagate(AbstractConstraint* c, int mark) {
    auto todo = Vector<AbstractConstraint*>::withElement(c);
    while (!todo.isEmpty()) {
      AbstractConstraint* d = todo.removeFirst();
      if (d->getOutput()->mark == mark) {
        incrementalRemove(c);
        return false;
      }
      d->recalculate();
      addConstraintsConsumingTo(d->getOutput(), todo);
    }
    return true;
  }

  void change(Variable* v, long newValue);

  template <typename F>
  void constraintsConsuming(Variable* v, F fn) {
    AbstractConstraint* determiningC = v->determinedBy;
    v->constraints.forEach([&](AbstractConstraint* c) {
      if (c != determiningC && c->isSatisfied()) fn(c);
    });
  }

  Vector<AbstractConstraint*> removePropagateFrom(Variable* out) {
    Vector<AbstractConstraint*> unsatisfied;
    out->determinedBy = nullptr;
    out->walkStrength = Strength::absoluteWeakest();
    out->stay = true;
    auto todo = Vector<Variable*>::withElement(out);
    while (!todo.isEmpty()) {
      Variable* v = todo.removeFirst();
      v->constraints.forEach([&unsatisfied](AbstractConstraint* c) {
        if (!c->isSatisfied()) unsatisfied.append(c);
      });
      constraintsConsuming(v, [&todo](AbstractConstraint* c) {
        c->recalculate();
        todo.append(c->getOutput());
      });
    }
    unsatisfied.sort([](AbstractConstraint* c1, AbstractConstraint* c2) {
      return c1->strength()->stronger(c2->strength()) ? -1 : 1;
    });
    return unsatisfied;
  }

  static long chainTest(int n);
  static long projectionTest(int n);

 private:
  int currentMark_ = 1;
};

void AbstractConstraint::addConstraint(Planner& planner) {
  addToGraph();
  planner.incrementalAdd(this);
}

void AbstractConstraint::destroyConstraint(Planner& planner) {
  if (isSatisfied()) planner.incrementalRemove(this);
  removeFromGraph();
}

bool AbstractConstraint::inputsKnown(int mark) {
  return !inputsHasOne([mark](Variable* v) { return !(v->mark == mark || v->stay || !v->determinedBy); });
}

AbstractConstraint* AbstractConstraint::satisfy(int mark, Planner& planner) {
  AbstractConstraint* overridden;
  chooseMethod(mark);
  if (isSatisfied()) {
    inputsDo([mark](Variable* i) { i->mark = mark; });
    Variable* out = getOutput();
    overridden = out->determinedBy;
    if (overridden) overridden->markUnsatisfied();
    out->determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw std::runtime_error("Cycle encountered");
    out->mark = mark;
  } else {
    overridden = nullptr;
    if (strength_->sameAs(Strength::required())) {
      throw std::runtime_error("Could not satisfy a required constraint");
    }
  }
  return overridden;
}

class BinaryConstraint : public AbstractConstraint {
 public:
  BinaryConstraint(Variable* var1, Variable* var2, const Sym* strength)
      : AbstractConstraint(strength), v1_(var1), v2_(var2) {}

  bool isSatisfied() const override { return direction_ != Direction::kNone; }

  void addToGraph() override {
    v1_->addConstraint(this);
    v2_->addConstraint(this);
    direction_ = Direction::kNone;
  }

  void removeFromGraph() override {
    v1_->removeConstraint(this);
    v2_->removeConstraint(this);
    direction_ = Direction::kNone;
  }

  void chooseMethod(int mark) override {
    if (v1_->mark == mark) {
      direction_ = v2_->mark != mark && strength()->stronger(v2_->walkStrength) ? Direction::kForward : Direction::kNone;
      return;
    }
    if (v2_->mark == mark) {
      direction_ = v1_->mark != mark && strength()->stronger(v1_->walkStrength) ? Direction::kBackward : Direction::kNone;
      return;
    }
    if (v1_->walkStrength->weaker(v2_->walkStrength)) {
      direction_ = strength()->stronger(v1_->walkStrength) ? Direction::kBackward : Direction::kNone;
    } else {
      direction_ = strength()->stronger(v2_->walkStrength) ? Direction::kForward : Direction::kNone;
    }
  }

  void inputsDo(const std::function<void(Variable*)>& fn) override {
    fn(direction_ == Direction::kForward ? v1_ : v2_);
  }

  bool inputsHasOne(const std::function<bool(Variable*)>& fn) override {
    return fn(direction_ == Direction::kForward ? v1_ : v2_);
  }

  void markUnsatisfied() override { direction_ = Direction::kNone; }

  Variable* getOutput() override { return direction_ == Direction::kForward ? v2_ : v1_; }

  void recalculate() override {
    Variable* ihn = direction_ == Direction::kForward ? v1_ : v2_;
    Variable* out = direction_ == Direction::kForward ? v2_ : v1_;
    out->walkStrength = strength()->weakest(ihn->walkStrength);
    out->stay = ihn->stay;
    if (out->stay) execute();
  }

 protected:
  Variable* v1_;
  Variable* v2_;
  Direction direction_ = Direction::kNone;
};

class UnaryConstraint : public AbstractConstraint {
 public:
  UnaryConstraint(Variable* v, const Sym* strength) : AbstractConstraint(strength), output_(v) {}

  bool isSatisfied() const override { return satisfied_; }

  void addToGraph() override {
    output_->addConstraint(this);
    satisfied_ = false;
  }

  void removeFromGraph() override {
    output_->removeConstraint(this);
    satisfied_ = false;
  }

  void chooseMethod(int mark) override {
    satisfied_ = output_->mark != mark && strength()->stronger(output_->walkStrength);
  }

  void inputsDo(const std::function<void(Variable*)>&) override {}
  bool inputsHasOne(const std::function<bool(Variable*)>&) override { return false; }
  void markUnsatisfied() override { satisfied_ = false; }
  Variable* getOutput() override { return output_; }

  void recalculate() override {
    output_->walkStrength = strength();
    output_->stay = !isInput();
    if (output_->stay) execute();
  }

 private:
  Variable* output_;
  bool satisfied_ = false;
};

// The constructors of the concrete constraints add them to the planner, as in the other
// languages (a virtual call cannot be made from the base class constructors in C++).
class EditConstraint : public UnaryConstraint {
 public:
  EditConstraint(Variable* v, const Sym* strength, Planner& planner) : UnaryConstraint(v, strength) {
    addConstraint(planner);
  }
  bool isInput() const override { return true; }
  void execute() override {}
};

class StayConstraint : public UnaryConstraint {
 public:
  StayConstraint(Variable* v, const Sym* strength, Planner& planner) : UnaryConstraint(v, strength) {
    addConstraint(planner);
  }
  void execute() override {}
};

class EqualityConstraint : public BinaryConstraint {
 public:
  EqualityConstraint(Variable* var1, Variable* var2, const Sym* strength, Planner& planner)
      : BinaryConstraint(var1, var2, strength) {
    addConstraint(planner);
  }

  void execute() override {
    if (direction_ == Direction::kForward) {
      v2_->value = v1_->value;
    } else {
      v1_->value = v2_->value;
    }
  }
};

class ScaleConstraint : public BinaryConstraint {
 public:
  ScaleConstraint(Variable* src, Variable* scale, Variable* offset, Variable* dest, const Sym* strength,
                  Planner& planner)
      : BinaryConstraint(src, dest, strength), scale_(scale), offset_(offset) {
    addConstraint(planner);
  }

  void addToGraph() override {
    v1_->addConstraint(this);
    v2_->addConstraint(this);
    scale_->addConstraint(this);
    offset_->addConstraint(this);
    direction_ = Direction::kNone;
  }

  void removeFromGraph() override {
    v1_->removeConstraint(this);
    v2_->removeConstraint(this);
    scale_->removeConstraint(this);
    offset_->removeConstraint(this);
    direction_ = Direction::kNone;
  }

  void execute() override {
    if (direction_ == Direction::kForward) {
      v2_->value = v1_->value * scale_->value + offset_->value;
    } else {
      v1_->value = (v2_->value - offset_->value) / scale_->value;
    }
  }

  void inputsDo(const std::function<void(Variable*)>& fn) override {
    fn(direction_ == Direction::kForward ? v1_ : v2_);
    fn(scale_);
    fn(offset_);
  }

  void recalculate() override {
    Variable* ihn = direction_ == Direction::kForward ? v1_ : v2_;
    Variable* out = direction_ == Direction::kForward ? v2_ : v1_;
    out->walkStrength = strength()->weakest(ihn->walkStrength);
    out->stay = ihn->stay && scale_->stay && offset_->stay;
    if (out->stay) execute();
  }

 private:
  Variable* scale_;
  Variable* offset_;
};

void Planner::change(Variable* v, long newValue) {
  EditConstraint editC(v, &kPreferred, *this);
  Plan plan = extractPlanFromConstraints(Vector<AbstractConstraint*>::withElement(&editC));
  for (int i = 0; i < 10; i++) {
    v->value = newValue;
    plan.execute();
  }
  editC.destroyConstraint(*this);
}

long Planner::chainTest(int n) {
  Planner planner;
  std::vector<std::unique_ptr<Variable>> vars;
  std::vector<std::unique_ptr<AbstractConstraint>> constraints;
  for (int i = 0; i < n + 1; i++) vars.push_back(std::make_unique<Variable>());
  for (int i = 0; i < n; i++) {
    constraints.push_back(std::make_unique<EqualityConstraint>(vars[i].get(), vars[i + 1].get(), &kRequired, planner));
  }
  constraints.push_back(std::make_unique<StayConstraint>(vars[n].get(), &kStrongDefault, planner));
  EditConstraint editC(vars[0].get(), &kPreferred, planner);
  Plan plan = planner.extractPlanFromConstraints(Vector<AbstractConstraint*>::withElement(&editC));
  for (int i = 0; i < 100; i++) {
    vars[0]->value = i;
    plan.execute();
    if (vars[n]->value != i) throw std::runtime_error("Chain test failed!");
  }
  editC.destroyConstraint(planner);
  return vars[n]->value;
}

long Planner::projectionTest(int n) {
  Planner planner;
  std::vector<std::unique_ptr<Variable>> vars;
  std::vector<std::unique_ptr<AbstractConstraint>> constraints;
  Vector<Variable*> dests;
  vars.push_back(std::make_unique<Variable>(10));
  Variable* scale = vars.back().get();
  vars.push_back(std::make_unique<Variable>(1000));
  Variable* offset = vars.back().get();
  Variable* src = nullptr;
  Variable* dst = nullptr;
  for (int i = 1; i <= n; i++) {
    vars.push_back(std::make_unique<Variable>(i));
    src = vars.back().get();
    vars.push_back(std::make_unique<Variable>(i));
    dst = vars.back().get();
    dests.append(dst);
    constraints.push_back(std::make_unique<StayConstraint>(src, &kDefault, planner));
    constraints.push_back(std::make_unique<ScaleConstraint>(src, scale, offset, dst, &kRequired, planner));
  }
  planner.change(src, 17);
  if (dst->value != 1170) throw std::runtime_error("Projection test 1 failed!");
  planner.change(dst, 1050);
  if (src->value != 5) throw std::runtime_error("Projection test 2 failed!");
  planner.change(scale, 5);
  for (int i = 0; i < n - 1; i++) {
    if (dests.at(i)->value != (i + 1) * 5 + 1000) throw std::runtime_error("Projection test 3 failed!");
  }
  planner.change(offset, 2000);
  long sum = 0;
  for (int i = 0; i < n; i++) {
    long value = dests.at(i)->value;
    if (i < n - 1 && value != (i + 1) * 5 + 2000) throw std::runtime_error("Projection test 4 failed!");
    sum += value;
  }
  return sum;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 100;
  std::printf("%ld\n", Planner::chainTest(n) + Planner::projectionTest(n));
  return 0;
}

// Are We Fast Yet: List (see list.dart). Each list owns its elements (unique_ptr chain).
#include <memory>

#include "harness.h"

namespace {

struct Element {
  explicit Element(long v) : val(v) {}
  long length() const { return next ? 1 + next->length() : 1; }
  long val;
  std::unique_ptr<Element> next;
};

class List : public Benchmark {
 public:
  long benchmark() override {
    auto a = makeList(15);
    auto b = makeList(10);
    auto c = makeList(6);
    return tail(a.get(), b.get(), c.get())->length();
  }

 private:
  static std::unique_ptr<Element> makeList(long length) {
    if (length == 0) return nullptr;
    auto e = std::make_unique<Element>(length);
    e->next = makeList(length - 1);
    return e;
  }

  static bool isShorterThan(const Element* x, const Element* y) {
    const Element* xTail = x;
    const Element* yTail = y;
    while (yTail) {
      if (!xTail) return true;
      xTail = xTail->next.get();
      yTail = yTail->next.get();
    }
    return false;
  }

  static Element* tail(Element* x, Element* y, Element* z) {
    if (isShorterThan(y, x)) {
      return tail(tail(x->next.get(), y, z), tail(y->next.get(), z, x), tail(z->next.get(), x, y));
    }
    return z;
  }
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<List>()); }

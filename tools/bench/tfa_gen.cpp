// Generates a Dart program of about N lines for the type-flow analysis benchmark, in one of two
// shapes that stress whole-program analysis differently:
//
//   families  many small polymorphic class families, each an abstract class with four
//             overrides, a generic container, closures and a map, used polymorphically;
//   deep      one deep class hierarchy whose every level overrides the same methods, calls
//             `super`, and is used both through its exact class and through the root.
//
//   tfa_gen [--shape=families|deep] [lines] > program.dart
//
// The programs compile and run (they print one checksum).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

// About 60 lines per family.
void emitFamily(std::string& out, int k) {
  std::string K = std::to_string(k);
  out += "abstract class Shape" + K + " {\n";
  out += "  num area();\n";
  out += "  Shape" + K + " scale(num factor);\n";
  out += "  String get name;\n";
  out += "  bool bigger(Shape" + K + " other) => area() > other.area();\n";
  out += "}\n\n";
  out += "class Circle" + K + " extends Shape" + K + " {\n";
  out += "  final double r;\n";
  out += "  Circle" + K + "(this.r);\n";
  out += "  num area() => 3.0 * r * r;\n";
  out += "  Shape" + K + " scale(num factor) => Circle" + K + "(r * factor);\n";
  out += "  String get name => 'circle" + K + "';\n";
  out += "}\n\n";
  out += "class Square" + K + " extends Shape" + K + " {\n";
  out += "  final int side;\n";
  out += "  Square" + K + "(this.side);\n";
  out += "  num area() => side * side;\n";
  out += "  Shape" + K + " scale(num factor) => Square" + K + "((side * factor).toInt());\n";
  out += "  String get name => 'square" + K + "';\n";
  out += "}\n\n";
  out += "class Rect" + K + " extends Shape" + K + " {\n";
  out += "  final int w, h;\n";
  out += "  Rect" + K + "(this.w, this.h);\n";
  out += "  num area() => w * h;\n";
  out += "  Shape" + K + " scale(num factor) => Rect" + K + "((w * factor).toInt(), h);\n";
  out += "  String get name => 'rect" + K + "';\n";
  out += "}\n\n";
  out += "class Tri" + K + " extends Shape" + K + " {\n";
  out += "  final double b, h;\n";
  out += "  Tri" + K + "(this.b, this.h);\n";
  out += "  num area() => b * h / 2;\n";
  out += "  Shape" + K + " scale(num factor) => Tri" + K + "(b * factor, h * factor);\n";
  out += "  String get name => 'tri" + K + "';\n";
  out += "}\n\n";
  out += "class Box" + K + "<T> {\n";
  out += "  T item;\n";
  out += "  final List<T> history = [];\n";
  out += "  Box" + K + "(this.item);\n";
  out += "  void put(T value) {\n";
  out += "    history.add(item);\n";
  out += "    item = value;\n";
  out += "  }\n";
  out += "  T get() => item;\n";
  out += "}\n\n";
  out += "num sum" + K + "(List<Shape" + K + "> shapes) {\n";
  out += "  num total = 0;\n";
  out += "  for (var s in shapes) total += s.area();\n";
  out += "  return total;\n";
  out += "}\n\n";
  out += "int run" + K + "(int seed) {\n";
  out += "  var shapes = <Shape" + K + ">[Circle" + K + "(1.5), Square" + K + "(2), Rect" + K + "(1, 3), Tri" + K + "(3.0, 4.0)];\n";
  out += "  var byName = <String, Shape" + K + ">{};\n";
  out += "  for (var s in shapes) byName[s.name] = s;\n";
  out += "  var box = Box" + K + "<Shape" + K + ">(shapes[0]);\n";
  out += "  box.put(shapes[seed % 4].scale(2));\n";
  out += "  var counts = Box" + K + "<int>(seed);\n";
  out += "  counts.put(counts.get() + 1);\n";
  out += "  var areas = shapes.map((s) => s.area()).where((a) => a > 1).toList();\n";
  out += "  var grow = (Shape" + K + " s) => s.scale(seed).area();\n";
  out += "  var biggest = shapes.reduce((a, b) => a.bigger(b) ? a : b);\n";
  out += "  return (sum" + K + "(shapes) + areas.length + grow(box.get()) + byName.length + counts.get() + biggest.name.length).toInt();\n";
  out += "}\n\n";
}

// About 22 lines per level.
void emitLevel(std::string& out, int k) {
  std::string K = std::to_string(k);
  if (k == 0) {
    out += "abstract class Level0 {\n";
    out += "  int depth() => 0;\n";
    out += "  int compute(int x) => x;\n";
    out += "  String tag() => 'L0';\n";
    out += "  Level0? parent;\n";
    out += "  int describe() => tag().length + depth();\n";
    out += "}\n\n";
    out += "class Base0 extends Level0 {}\n\n";
    return;
  }
  std::string P = std::to_string(k - 1);
  std::string super_ = k == 1 ? "Base0" : "Level" + P;
  out += "class Level" + K + " extends " + super_ + " {\n";
  if (k == 1) {
    out += "  final int weight;\n";
    out += "  Level1(this.weight);\n";
  } else {
    out += "  Level" + K + "(int weight) : super(weight + 1);\n";
  }
  out += "  int depth() => " + K + ";\n";
  out += "  int compute(int x) => x + weight + super.compute(x ~/ 2);\n";
  out += "  String tag() => 'L" + K + "';\n";
  out += "  Level" + K + " child() => Level" + K + "(weight + 1);\n";
  out += "}\n\n";
  out += "int use" + K + "(Level0 level, List<Level0> all) {\n";
  out += "  var exact = Level" + K + "(" + K + ");\n";
  out += "  all.add(exact);\n";
  out += "  exact.parent = level;\n";
  out += "  int total = exact.compute(" + K + ") + exact.child().depth();\n";
  out += "  total += level.describe();\n";
  out += "  var pick = (Level0 l) => l.tag();\n";
  out += "  total += pick(exact).length;\n";
  out += "  return total;\n";
  out += "}\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  long lines = 100000;
  bool deep = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--shape=deep") == 0) deep = true;
    else if (std::strcmp(argv[i], "--shape=families") == 0) deep = false;
    else lines = std::atol(argv[i]);
  }
  std::string out = "// Generated by tools/bench/tfa_gen (" + std::string(deep ? "deep" : "families") + ", " +
                    std::to_string(lines) + " lines): a type-flow analysis benchmark.\n\n";
  if (!deep) {
    int families = static_cast<int>(lines / 74);
    if (families < 1) families = 1;
    for (int k = 0; k < families; ++k) emitFamily(out, k);
    out += "void main() {\n  int total = 0;\n";
    for (int k = 0; k < families; ++k) out += "  total += run" + std::to_string(k) + "(" + std::to_string(k) + ");\n";
    out += "  print(total);\n}\n";
  } else {
    int levels = static_cast<int>(lines / 22);
    if (levels < 2) levels = 2;
    for (int k = 0; k < levels; ++k) emitLevel(out, k);
    out += "void main() {\n  var all = <Level0>[];\n  Level0 root = Base0();\n  int total = 0;\n";
    for (int k = 1; k < levels; ++k) out += "  total += use" + std::to_string(k) + "(root, all);\n";
    out += "  for (var level in all) total += level.compute(3) + level.describe();\n";
    out += "  print(total);\n}\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

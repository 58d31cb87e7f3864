// The size report's pieces that need no executable: the library -> class -> function tree, the
// JSON round trip and its errors, the comparison, and naming symbols back to members.
#include <doctest/doctest.h>

#include "frontend/kernel.h"
#include "frontend/program.h"
#include "size_report/compare_reports.h"
#include "size_report/program_names.h"
#include "size_report/report_json.h"
#include "size_report/size_report.h"

using namespace dartc;
using namespace dartc::driver::size_report;

namespace {

SizeReport reportOf(std::vector<SizeEntry> entries, std::string executable) {
  SizeReport r;
  r.executable = std::move(executable);
  r.target = "x86_64-unknown-linux-gnu";
  r.root = buildSizeTree(entries);
  r.fileSize = r.root.bytes;
  r.sections = {{".text", r.root.code, ByteKind::Code, true}, {".bss", 64, ByteKind::Data, false}};
  r.treeShaking.keptMembers = 3;
  r.treeShaking.totalMembers = 10;
  r.treeShaking.keptClasses = 1;
  r.treeShaking.totalClasses = 4;
  r.treeShaking.removedClassNames = {"dart:collection::SplayTreeMap"};
  r.dispatchTable = {5, 2, 7, 4, 56};
  return r;
}

std::vector<SizeEntry> smallProgram() {
  return {{"main.dart", kTopLevelClass, "main", ByteKind::Code, 100, "main::main"},
          {"dart:core", "int", "toString", ByteKind::Code, 40, "dart:core::int.toString"},
          {"dart:core", "int", "parse", ByteKind::Code, 60, "dart:core::int.parse"},
          {"dart:core", "String", "get:length", ByteKind::Code, 10, ""},
          {kRuntimeLibrary, "heap", "collect", ByteKind::Code, 300, "collect"},
          {kOtherLibrary, "not loaded", ".symtab", ByteKind::Other, 50, ""},
          {"dart:core", "int", "unused", ByteKind::Code, 0, ""}};
}

}  // namespace

TEST_CASE("size tree: sums per class and library, biggest first, ties by name") {
  SizeNode root = buildSizeTree(smallProgram());
  CHECK(root.bytes == 560);
  CHECK(root.code == 510);
  CHECK(root.data == 0);
  REQUIRE(root.children.size() == 4);
  CHECK(root.children[0].name == "runtime");
  CHECK(root.children[1].name == "dart:core");
  CHECK(root.children[1].bytes == 110);
  REQUIRE(root.children[1].children.size() == 2);  // int, String; the 0-byte entry is left out
  const SizeNode& intClass = root.children[1].children[0];
  CHECK(intClass.name == "int");
  CHECK(intClass.bytes == 100);
  REQUIRE(intClass.children.size() == 2);
  CHECK(intClass.children[0].name == "parse");
  CHECK(intClass.children[1].symbol == "dart:core::int.toString");
  CHECK(root.children[2].name == "main.dart");
  CHECK(root.children[3].name == kOtherLibrary);
}

TEST_CASE("size tree: entries with the same library, class and name are one leaf") {
  SizeNode root = buildSizeTree({{kRuntimeLibrary, "dtoa", "f(int)", ByteKind::Code, 10, "a"},
                                 {kRuntimeLibrary, "dtoa", "f(int)", ByteKind::Code, 5, "b"}});
  REQUIRE(root.children.size() == 1);
  REQUIRE(root.children[0].children[0].children.size() == 1);
  CHECK(root.children[0].children[0].children[0].bytes == 15);
}

TEST_CASE("size report JSON: reads back what it writes, and writing is deterministic") {
  SizeReport r = reportOf(smallProgram(), "small");
  std::string json = reportToJson(r);
  CHECK(json == reportToJson(reportOf(smallProgram(), "small")));
  CHECK(json.find("\"memoryOnly\": 64") != std::string::npos);
  CHECK(json.find("\"removedClasses\": [\n   \"dart:collection::SplayTreeMap\"\n  ]") != std::string::npos);
  SizeReport back;
  std::string error;
  REQUIRE(reportFromJson(json, back, error));
  CHECK(error.empty());
  CHECK(back.executable == "small");
  CHECK(back.fileSize == r.fileSize);
  CHECK(back.root.bytes == r.root.bytes);
  CHECK(back.root.code == r.root.code);
  REQUIRE(back.root.children.size() == r.root.children.size());
  CHECK(back.root.children[1].children[0].children[0].name == "parse");
  CHECK(back.root.children[1].children[0].children[0].kind == ByteKind::Code);
  CHECK(back.treeShaking.keptMembers == 3);
  CHECK(back.dispatchTable.length == 7);
}

TEST_CASE("size report JSON: bad input says what is wrong") {
  SizeReport r;
  std::string error;
  CHECK_FALSE(reportFromJson("{\"schema\": ", r, error));
  CHECK(error.rfind("it is not valid JSON", 0) == 0);
  CHECK_FALSE(reportFromJson("[1, 2]", r, error));
  CHECK(error == "it is not a size report (no \"schema\": \"dartc-size-report\")");
  CHECK_FALSE(reportFromJson("{\"schema\": \"dartc-size-report\", \"version\": 2}", r, error));
  CHECK(error == "its version is not 1");
  std::string json = reportToJson(reportOf(smallProgram(), "small"));
  size_t at = json.find("\"size\": 300");
  REQUIRE(at != std::string::npos);
  json.replace(at, 11, "\"size\": \"300\"");
  CHECK_FALSE(reportFromJson(json, r, error));
  CHECK(error.find(".size is missing or not a non-negative integer") != std::string::npos);
  CHECK(error.rfind("libraries[0]", 0) == 0);
}

TEST_CASE("size comparison: growth and shrinkage per level, biggest change first, with totals") {
  SizeReport before = reportOf(smallProgram(), "small");
  std::vector<SizeEntry> bigger = smallProgram();
  bigger[0].bytes = 400;                                                         // main grew by 300
  bigger[2].bytes = 10;                                                          // int.parse shrank by 50
  bigger.push_back({"dart:core", "List", "add", ByteKind::Code, 70, ""});        // new
  bigger.erase(bigger.begin() + 3);                                              // String.get:length gone
  SizeReport after = reportOf(bigger, "bigger");
  std::string text = compareReports(before, after);
  CHECK(text.rfind("Size: small 560 bytes -> bigger 870 bytes: +310 bytes (+55.4%)\n  code +310, data 0\n", 0) == 0);
  CHECK(text.find("\nLibraries: 2 grew (+310), 0 shrank (0)\n"
                  "      +300  main.dart  100 -> 400\n"
                  "       +10  dart:core  110 -> 120\n") != std::string::npos);
  CHECK(text.find("\nClasses: 2 grew (+370), 2 shrank (-60)\n"
                  "      +300  main.dart  (top level)  100 -> 400\n"
                  "       +70  dart:core  List  0 -> 70 (new)\n"
                  "       -50  dart:core  int  100 -> 50\n"
                  "       -10  dart:core  String  10 -> 0 (gone)\n") != std::string::npos);
  CHECK(text.find("\nFunctions: 2 grew (+370), 2 shrank (-60)\n") != std::string::npos);
  CHECK(text.find("Tree shaking: members kept 3 -> 3 (0); classes kept 1 -> 1 (0)\n") != std::string::npos);
}

TEST_CASE("symbol names: a codegen symbol, and one the optimizer derived from it, name their member") {
  kernel::Program program;
  kernel::Library core;
  core.uri = "dart:core";
  core.isCore = true;
  kernel::Class intClass;
  intClass.name = "int";
  intClass.library = &core;
  kernel::Procedure toString;
  toString.name = "toString";
  toString.library = &core;
  toString.enclosingClass = &intClass;
  ProgramNames names(program);
  CHECK(names.qualified(&toString) == "dart:core::int.toString");
  CHECK(names.qualified(&intClass) == "dart:core::int");
  DartSymbols symbols({{"dart:core::int.toString", &toString, "toString"}}, names);
  SizeEntry e;
  REQUIRE(symbols.name("dart:core::int.toString", e));
  CHECK(e.library == "dart:core");
  CHECK(e.cls == "int");
  CHECK(e.name == "toString");
  REQUIRE(symbols.name("dart:core::int.toString.cold.1", e));
  CHECK(e.name == "toString.cold.1");
  CHECK_FALSE(symbols.name("dart:core::int.parse", e));
  CHECK_FALSE(symbols.name("dart:core::int", e));
}

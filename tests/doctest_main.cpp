// The unit tests' main. ctest runs every TEST_CASE on its own with `--test-case=<name>`
// (doctest_discover_tests); a name that matches nothing would make doctest report success with
// zero test cases run. That happened: CMake cuts a test name at ';', so nine test cases whose
// names held a ';' were never run. Here a run filtered by test case that selects none fails.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>

namespace {

unsigned selectedTestCases = 0;

// Records how many test cases passed the filters; reports nothing itself.
struct SelectionCounter : doctest::IReporter {
  explicit SelectionCounter(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& stats) override {
    selectedTestCases = stats.numTestCasesPassingFilters;
  }
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

REGISTER_LISTENER("selection_counter", 1, SelectionCounter);

bool filtersByTestCase(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    for (const char* prefix : {"--test-case=", "-tc=", "--dt-test-case=", "--dt-tc="}) {
      if (std::strncmp(argv[i], prefix, std::strlen(prefix)) == 0) return true;
    }
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  int result = context.run();
  if (context.shouldExit()) return result;  // --help, --list-test-cases and the like
  if (result == 0 && filtersByTestCase(argc, argv) && selectedTestCases == 0) {
    std::fprintf(stderr, "error: no test case matches the --test-case filter\n");
    return 1;
  }
  return result;
}

// The process entry point and exit paths, run in child processes.
#include <doctest/doctest.h>

#include "entry.h"
#include "fixture.h"

TEST_CASE("main: argv[1..] become a list of strings decoded from UTF-8, and stdout is flushed at exit") {
  ChildResult r = run_in_child([] {
    g_program_main = [](dart_word args) {
      DartArray* a = reinterpret_cast<DartArray*>(args);
      CHECK(dart_header_cid(a->header) == kArrayCid);
      dartrt_print_string(dartrt_int_to_string(a->length));
      for (int64_t i = 0; i < a->length; ++i) dartrt_print_string(dart_array_data(a)[i]);
      dartrt_stdout_write(str("no newline at the end"));
    };
    static char arg0[] = "prog", arg1[] = "a", arg2[] = "h\xC3\xA9llo \xE2\x82\xAC", arg3[] = "\xFF", arg4[] = "";
    char* argv[] = {arg0, arg1, arg2, arg3, arg4, nullptr};
    dartrt::run_main(5, argv);
  });
  CHECK(r.exit_code == 0);
  CHECK(r.out == "4\na\nh\xC3\xA9llo \xE2\x82\xAC\n\xEF\xBF\xBD\n\nno newline at the end");
  CHECK(r.err == "");
}

TEST_CASE("exit(code) flushes stdout and exits with the code") {
  ChildResult r = run_in_child([] {
    g_program_main = [](dart_word) {
      dartrt_print_string(str("before exit"));
      dartrt_exit(3);
    };
    static char arg0[] = "prog";
    char* argv[] = {arg0, nullptr};
    dartrt::run_main(1, argv);
  });
  CHECK(r.exit_code == 3);
  CHECK(r.out == "before exit\n");
}

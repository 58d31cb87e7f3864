// The codegen-provided symbols for the runtime unit tests, and shared helpers.
#include "fixture.h"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dart_string.h"
#include "output.h"

namespace {

const uint64_t kNoPointers[1] = {0};
const uint64_t kArrayMap[1] = {uint64_t{1} << 1};                       // type_args
const uint64_t kClosureMap[1] = {(uint64_t{1} << 2) | (uint64_t{1} << 3)};  // context, function
const uint64_t kNodeMap[1] = {uint64_t{1} << 1};                        // next
const uint64_t kPairMap[1] = {(uint64_t{1} << 1) | (uint64_t{1} << 2)}; // first, second

}  // namespace

extern "C" {

const DartClassInfo dartrt_class_table[kTestClassCount] = {
    {"Null", 0, DART_LAYOUT_ABSTRACT, 0, 0, nullptr},
    {"int", 16, DART_LAYOUT_INSTANCE, 1, 0, kNoPointers},
    {"double", 16, DART_LAYOUT_INSTANCE, 1, 0, kNoPointers},
    {"bool", 16, DART_LAYOUT_INSTANCE, 1, 0, kNoPointers},
    {"_OneByteString", 16, DART_LAYOUT_BYTES, 1, 0, kNoPointers},
    {"_TwoByteString", 16, DART_LAYOUT_BYTES, 1, 0, kNoPointers},
    {"_List", 24, DART_LAYOUT_VALUE_ARRAY, 1, 0, kArrayMap},
    {"_Closure", 32, DART_LAYOUT_INSTANCE, 1, 0, kClosureMap},
    {"_StackTrace", 16, DART_LAYOUT_BYTES, 1, 0, kNoPointers},
    {"Node", 32, DART_LAYOUT_INSTANCE, 1, 0, kNodeMap},
    {"Pair", 32, DART_LAYOUT_INSTANCE, 1, 0, kPairMap},
    {"Blob", 16, DART_LAYOUT_BYTES, 1, 0, kNoPointers},
};
const uint32_t dartrt_class_count = kTestClassCount;
const DartBuiltinCids dartrt_builtin_cids = {kNullCid, kIntCid, kDoubleCid, kBoolCid, kOneByteStringCid,
                                             kTwoByteStringCid, kArrayCid, kClosureCid, kStackTraceCid, 0, kBlobCid, 0};
// No reified types in the fixture's programs: every class has no supertype entries.
const DartClassTypes dartrt_class_types[kTestClassCount] = {};
// No records either.
const DartRecordShape dartrt_record_shapes[1] = {{0, 0, nullptr}};
const uint32_t dartrt_record_shape_count = 0;
// Nor function types.
const DartFunctionShape dartrt_function_shapes[1] = {};
const uint32_t dartrt_function_shape_count = 0;
const DartFunctionEntry dartrt_function_table[1] = {{nullptr, nullptr}};
const uint32_t dartrt_function_count = 0;
const uint64_t dartrt_statics_size = kStaticsSlots * 8;
const uint8_t dartrt_statics_template[kStaticsSlots * 8] = {0};
const uint64_t dartrt_statics_pointer_map[1] = {0x7};

void dart_program_main(dart_word args) {
  if (g_program_main) g_program_main(args);
}

}  // extern "C"

std::function<void(dart_word)> g_program_main;

dartrt::Isolate* test_isolate() {
  static dartrt::Isolate* isolate = nullptr;
  if (!isolate) isolate = dartrt::isolate_create_for_current_thread(reinterpret_cast<uintptr_t>(__builtin_frame_address(0)));
  dartrt_current_isolate = &isolate->pub;
  return isolate;
}

dartrt::Heap* test_heap() { return test_isolate()->heap; }

dart_word* test_statics() { return reinterpret_cast<dart_word*>(test_isolate()->pub.statics); }

Node* new_node(dart_word next, int64_t value) {
  test_isolate();
  Node* n = reinterpret_cast<Node*>(dartrt::allocate_object(sizeof(Node), kNodeCid));
  n->next = next;
  n->value = value;
  return n;
}

Pair* new_pair(dart_word first, dart_word second) {
  test_isolate();
  Pair* p = reinterpret_cast<Pair*>(dartrt::allocate_object(sizeof(Pair), kPairCid));
  p->first = first;
  p->second = second;
  return p;
}

DartArray* new_array(int64_t length) {
  test_isolate();
  DartArray* a = reinterpret_cast<DartArray*>(
      dartrt::allocate_object(sizeof(DartArray) + (uint64_t)length * 8, kArrayCid));
  a->length = length;
  return a;
}

dart_word str(const char* utf8) {
  test_isolate();
  return dartrt_string_from_utf8(utf8, (int64_t)strlen(utf8));
}

std::string to_std(dart_word string) {
  dartrt::StrView v = dartrt::string_view(string);
  std::string out(dartrt::utf8_max_length(v), '\0');
  out.resize(dartrt::utf8_encode(v, 0, v.length, reinterpret_cast<uint8_t*>(out.data())));
  return out;
}

__attribute__((noinline)) void scrub_stack() {
  volatile char area[64 * 1024];
  for (size_t i = 0; i < sizeof area; ++i) area[i] = 0;
}

namespace {

void drain(int fd, std::string* out) {
  char buffer[4096];
  ssize_t n = read(fd, buffer, sizeof buffer);
  if (n > 0) out->append(buffer, (size_t)n);
}

}  // namespace

ChildResult run_in_child(const std::function<void()>& body) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) abort();
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(err_pipe[0]);
    body();
    dartrt::stdout_flush_all();
    _exit(0);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  ChildResult result{0, "", ""};
  struct pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_count = 2;
  while (open_count > 0) {
    if (poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP))) {
        std::string* target = i == 0 ? &result.out : &result.err;
        size_t before = target->size();
        drain(fds[i].fd, target);
        if (target->size() == before) {
          close(fds[i].fd);
          fds[i].fd = -1;
          --open_count;
        }
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  return result;
}

/* Codegen's side of a tiny program for the end-to-end runtime test (test_e2e.cpp): class table,
 * builtin cids, function table (in the order the functions appear in program.ir, which is their
 * address order in the linked executable), statics and string literals as read-only objects. */
#include "dartrt/abi.h"
static const uint64_t kNone[1] = {0};
static const uint64_t kArrayMap[1] = {1u << 1};
static const uint64_t kNodeMap[1] = {(1u << 1) | (1u << 2)};
const DartClassInfo dartrt_class_table[] = {
  {"Null", 0, DART_LAYOUT_ABSTRACT, 0, 0, 0},
  {"int", 16, DART_LAYOUT_INSTANCE, 1, 0, kNone},
  {"double", 16, DART_LAYOUT_INSTANCE, 1, 0, kNone},
  {"bool", 16, DART_LAYOUT_INSTANCE, 1, 0, kNone},
  {"_OneByteString", 16, DART_LAYOUT_BYTES, 1, 0, kNone},
  {"_TwoByteString", 16, DART_LAYOUT_BYTES, 1, 0, kNone},
  {"_List", 24, DART_LAYOUT_VALUE_ARRAY, 1, 0, kArrayMap},
  {"_Closure", 32, DART_LAYOUT_INSTANCE, 1, 0, kNone},
  {"_StackTrace", 16, DART_LAYOUT_BYTES, 1, 0, kNone},
  {"TreeNode", 32, DART_LAYOUT_INSTANCE, 1, 0, kNodeMap},
};
const uint32_t dartrt_class_count = 10;
const DartBuiltinCids dartrt_builtin_cids = {0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0};
const DartRecordShape dartrt_record_shapes[1] = {{0, 0, 0}};
const uint32_t dartrt_record_shape_count = 0;
const DartFunctionShape dartrt_function_shapes[1] = {{0, 0, 0, 0, 0, 0, 0, 0}};
const uint32_t dartrt_function_shape_count = 0;
extern void make_tree(void), check_tree(void), thrower(void), dart_program_main(dart_word);
const DartFunctionEntry dartrt_function_table[] = {
  {(const void*)make_tree, "makeTree"}, {(const void*)check_tree, "checkTree"},
  {(const void*)thrower, "thrower"}, {(const void*)dart_program_main, "main"},
};
const uint32_t dartrt_function_count = 4;
const char* const dartrt_function_locations[] = {"file:///e2e.dart:3:1", 0, "file:///e2e.dart:20:1", "file:///e2e.dart:30:1"};
const uint64_t dartrt_statics_size = 16;
const uint8_t dartrt_statics_template[16] = {0};
const uint64_t dartrt_statics_pointer_map[1] = {1};
/* string literals as read-only objects */
struct Lit { uint64_t header; uint32_t length; uint32_t hash; char data[16]; };
const struct Lit lit_hello __attribute__((aligned(16))) = {4 | (2ull << 40), 5, 0, "hello"};
const struct Lit lit_boom __attribute__((aligned(16))) = {4 | (2ull << 40), 15, 0, "Exception: boom"};
const struct Lit lit_caught __attribute__((aligned(16))) = {4 | (2ull << 40), 7, 0, "caught:"};

# Type-flow analysis speed benchmark (included from tools/bench/CMakeLists.txt): a generator of
# programs in two shapes and a timer of the analysis alone. See tools/bench/README.md.
add_executable(tfa_gen ${CMAKE_CURRENT_LIST_DIR}/tfa_gen.cpp)
add_executable(tfa_bench ${CMAKE_CURRENT_LIST_DIR}/tfa_bench.cpp)
target_link_libraries(tfa_bench PRIVATE frontend tfa)
target_compile_definitions(tfa_bench PRIVATE DARTC_SDK_SOURCE_DIR="${CMAKE_SOURCE_DIR}/precompiled_runtime/lib")
set_target_properties(tfa_gen tfa_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools/bench)

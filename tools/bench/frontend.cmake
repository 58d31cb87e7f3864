# Frontend speed benchmark (included from tools/bench/CMakeLists.txt): a generator of a realistic
# Dart program and a timer of compileToKernel on it. See tools/bench/README.md.
add_executable(frontend_gen ${CMAKE_CURRENT_LIST_DIR}/frontend_gen.cpp)
add_executable(frontend_bench ${CMAKE_CURRENT_LIST_DIR}/frontend_bench.cpp)
target_link_libraries(frontend_bench PRIVATE frontend)
target_compile_definitions(frontend_bench PRIVATE DARTC_SDK_SOURCE_DIR="${CMAKE_SOURCE_DIR}/precompiled_runtime/lib")
set_target_properties(frontend_gen frontend_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools/bench)

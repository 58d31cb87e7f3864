# Issue 10, the resumption of a sync* body (docs/generators.md, "The cost of a hop"), second
# round. Included from CMakeLists.txt (dartc_ir_test is defined there).

# The parameters a sync* body reads are copied into locals of the run, which the coroutine frame
# keeps with their own representation: the prime sieve's filter reloads neither its closure
# context nor the boxed `prime` after each resumption, only the frame's unboxed copy. (The loop
# is the one through a candidate that is a multiple: resumption, test, resumption.)
dartc_ir_test(sync-star-parameters-in-frame SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure2>.resume" RUN_ARGS 100
              LOOP_ABSENT "context.reload")

# `a % b` with b == -1 divides by 1, whose remainder is already 0: b is tested once (the select of
# the divisor), not a second time around the result.
dartc_ir_test(modulo-minus-one-tested-once SOURCE ${inputs}/modulo_zero.dart FUNCTION "modulo_zero::divides"
              PRESENT "srem" ABSENT ", i1 true, i1 ")
dartc_ir_test(modulo-minus-one-tested-once-not SOURCE ${inputs}/modulo_zero.dart FUNCTION "modulo_zero::notDivides"
              PRESENT "srem" ABSENT ", i1 false")

# Resume functions save no callee-saved register (resume_calling_convention.cpp): the filter's
# resume function and its resumption of the previous filter are both preserve_none.
dartc_ir_test(sync-star-resume-preserve-none SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure2>.resume" RUN_ARGS 100
              PRESENT "define internal preserve_nonecc void" "preserve_nonecc void %resume.fn"
              ABSENT "fastcc void %resume.fn" "dart:async::_SyncStarIterator.moveNext\"(")

# Third round: the body hands its value over in its own frame (docs/generators.md, "The hand-over
# in the frame"). The filter's yield stores into the frame's value word, 8 bytes after the
# handle since the fourth round (the LLVM frame's destroy slot), where it was a call of `_yield`
# on :state (a load of :state from the frame and a barrier test of its header). (The invariant
# read of `_frame` is seen only in the cache misses: docs/benchmarks.md, "sync* hops, third
# round".)
dartc_ir_test(sync-star-handover-in-frame SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure2>.resume" RUN_ARGS 100
              PRESENT "getelementptr inbounds i8, ptr %coro.handle, i64 8"
              ABSENT "_SyncStarIterator._yield\"")

# Fourth round (docs/generators.md, "Frames on a cache line"). The hand-over is one word, in the
# LLVM frame's destroy slot: a `yield*` or the end stores the frame itself there, so after the
# resumption the hop compares two pointers, and there is no kind word 8 bytes before the handle
# any more (the body's end stored 2 there).
dartc_ir_test(sync-star-handover-marker SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure2>.resume" RUN_ARGS 100
              PRESENT "icmp eq ptr" "getelementptr inbounds i8, ptr %coro.handle, i64 8"
              ABSENT "ptr %coro.handle, i64 -8")

# The iterator's constructor, inlined into the ramp, overwrites the destroy function that the
# ramp has just stored into the value word with null (`current` before the first moveNext); the
# filter's frame object is header, length, then the LLVM frame (the handle 16 bytes in).
# (The ramp is inlined into the closure's entry since cold_path_inlining.cpp.)
dartc_ir_test(sync-star-value-in-destroy-slot SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure entry>" RUN_ARGS 100
              PRESENT "store ptr null, ptr %destroy.addr.i" "%destroy.addr.i = getelementptr inbounds i8, ptr %coro.frame.i, i64 24")

# Sixth round (docs/generators.md, "The source frame kept by the consumer"): moveNext reads the
# invariant `_frame` before testing `_direct`, so LLVM hoists the read out of the filter's
# `while (source.moveNext())` loop and the filter's frame keeps the source's frame pointer (a
# spill slot stored once per run, reloaded after each resumption): the hop no longer loads it from
# the iterator in the loop. Before, the loop held the `_frame` read (an invariant load) and the
# read after `_drive` another: three invariant loads with the type test's, and no spill.
dartc_ir_test(sync-star-source-frame-hoisted SOURCE ${bench}/generators/prime_sieve.dart
              FUNCTION "prime_sieve::withoutMultiples.<closure2>.resume" RUN_ARGS 100
              PRESENT "%.spill.addr" "!invariant.load"
              AT_MOST "!invariant.load=2")

// Natives of dart:typed_data's SIMD values (lib/typed_data/simd.dart).
#include <stdio.h>

#include "dart_string.h"
#include "runtime.h"

extern "C" {

// One lane of Float32x4/Float64x2's toString. The VM prints these values with C's "%f"
// (Float32x4::ToCString and Float64x2::ToCString in runtime/vm/object.cc, through vsnprintf), which
// differs from Dart's toStringAsFixed(6): exact ties round to even, NaN prints as "nan" or "-nan",
// infinities as "inf", and values of 1e21 and beyond print all their integer digits.
dart_word dartrt_simd_lane_to_string(double value) {
  // The longest "%f" of a double: a sign, 309 integer digits, the point and 6 decimals.
  char text[330];
  snprintf(text, sizeof text, "%f", value);
  return dartrt::string_from_cstring(text);
}

}  // extern "C"

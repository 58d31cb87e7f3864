// Instantiations folded at compile time (issue 10, codegen/src/type_args_folding.cpp): a generic
// function that every caller calls with the same type arguments builds its vectors from
// constants, and the compiler replaces the runtime's instantiation with a read-only vector or
// type. The results must be the runtime's: `T?` of an interface, function or record type is
// nullable, of a nullable type, dynamic, void or Null unchanged; FutureOr and Never are left to
// the runtime's normalization (FutureOr<Object> is Object, Never? is Null). Each function below
// is called from one site with one type argument, so its vector is a constant after inlining
// and interprocedural constant propagation; types are compared with `==` against types written
// out and with `is`.
//
// Expectations derived by hand from the Dart specification (NORM: T?? is T?, Never? is Null,
// FutureOr<Object> is Object, FutureOr<Never> is Future<Never>) and the VM's printing of types
// (`List<int?>`, `(int) => String`, `(int, {String s})`).
import 'dart:async';

typedef F = String Function(int);

class Box<T> {
  final T value;
  Box(this.value);
}

List<T?> nullableList<T>(int n) => List<T?>.filled(n, null);
List<List<T>> nested<T>() => <List<T>>[];
Map<String, T?> mapOf<T>() => <String, T?>{};
Box<FutureOr<T>> futureOrBox<T>(FutureOr<T> v) => Box<FutureOr<T>>(v);
List<T?> neverList<T>() => <T?>[];
Type typeOf<T>() => T;

void main() {
  final a = nullableList<int>(2);
  print('${a.runtimeType} ${a.runtimeType == List<int?>} ${a is List<int?>} ${a is List<int>}');
  final b = nullableList<String?>(1);
  print('${b.runtimeType} ${b.runtimeType == List<String?>}');
  final c = nullableList<F>(1);
  print('${c.runtimeType} ${c.runtimeType == List<F?>} ${c is List<Function?>}');
  final d = nullableList<(int, {String s})>(1);
  print('${d.runtimeType} ${d.runtimeType == List<(int, {String s})?>}');
  final e = nullableList<dynamic>(1);
  print('${e.runtimeType} ${e.runtimeType == List<dynamic>}');
  final f = nullableList<Null>(1);
  print('${f.runtimeType} ${f.runtimeType == List<Null>}');
  final g = nested<Box<int>>();
  print('${g.runtimeType} ${g.runtimeType == List<List<Box<int>>>} ${g is List<List<Box<num>>>}');
  final h = mapOf<double>();
  print('${h.runtimeType} ${h is Map<String, double?>} ${h is Map<String, double>}');
  final i = futureOrBox<Object>(1);
  print('${i.runtimeType} ${i.runtimeType == Box<Object>}');
  final j = neverList<Never>();
  print('${j.runtimeType} ${j.runtimeType == List<Null>}');
  print('${typeOf<List<int?>>()} ${typeOf<List<int?>>() == a.runtimeType}');
  try {
    (a as List<Object?>).add('x');
  } on TypeError catch (e) {
    print(e);
  }
  try {
    (g as List<Object>).add(<Box<num>>[]);
  } on TypeError catch (e) {
    print(e);
  }
}

// Conformance: the text of the TypeError thrown by a failed covariant parameter check in the
// core collections (VM: "type 'A' is not a subtype of type 'B' of 'p'" naming the parameter;
// the parameter names are those of the VM's implementations: _GrowableList.add(T value) and
// operator []=(int index, T value) in sdk/lib/_internal/vm/lib/growable_array.dart,
// _Map operator []=(K key, V value) and _LinkedHashSetMixin.add(E key) in
// sdk/lib/_internal/vm_shared/lib/compact_hash.dart).
// Expectations derived from those sources.
import '../lib/expect.dart';

void main() {
  List<Object> list = <int>[];
  Expect.throwsWithMessage(
      () => list.add('x'), "type 'String' is not a subtype of type 'int' of 'value'");
  list.add(1);
  Expect.throwsWithMessage(
      () => list[0] = 1.5, "type 'double' is not a subtype of type 'int' of 'value'");
  Map<Object, Object> map = <String, int>{};
  Expect.throwsWithMessage(
      () => map[1] = 2, "type 'int' is not a subtype of type 'String' of 'key'");
  Expect.throwsWithMessage(
      () => map['a'] = 'b', "type 'String' is not a subtype of type 'int' of 'value'");
  Set<Object> set = <int>{};
  Expect.throwsWithMessage(
      () => set.add(1.5), "type 'double' is not a subtype of type 'int' of 'key'");
}

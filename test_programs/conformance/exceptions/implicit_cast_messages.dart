// Conformance: the text of the TypeError thrown by a failed *implicit* downcast from `dynamic`
// (an assignment, a return, an argument) compared with an explicit `as` (VM: the front end
// marks implicit casts as type errors, and the VM's AssertAssignable then has no destination
// name, so the text is "type 'A' is not a subtype of type 'B'"; an explicit `as` adds
// " in type cast"; a failed parameter check in the callee adds " of 'name'").
// Expectations derived from the VM's message format (runtime/vm: AsExpression with the
// type-error flag uses an empty destination name) and the familiar Flutter/VM messages such as
// "type 'List<dynamic>' is not a subtype of type 'List<String>'".
import '../lib/expect.dart';

dynamic d = 'str';
int returnsInt() => d;
void takesInt(int x) {}

void main() {
  Expect.throwsWithMessage(() {
    int x = d;
    x.isEven;
  }, "type 'String' is not a subtype of type 'int'");
  Expect.throwsWithMessage(returnsInt, "type 'String' is not a subtype of type 'int'");
  Expect.throwsWithMessage(() => takesInt(d), "type 'String' is not a subtype of type 'int'");
  Expect.throwsWithMessage(
      () => d as int, "type 'String' is not a subtype of type 'int' in type cast");
  d = <dynamic>[1];
  Expect.throwsWithMessage(() {
    List<int> l = d;
    l.length;
  }, "type 'List<dynamic>' is not a subtype of type 'List<int>'");
}

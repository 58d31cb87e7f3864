// Private final fields promote, except when the library also has a getter (or a non-final
// field) with the same name: then each read may give a different value.
class Box {
  final String? _label;
  final String? _name;
  Box(this._label, this._name);

  int labelLength() => _label != null ? _label.length : 0;
  int nameLength() => _name != null ? _name.length : 0;
}

class Other {
  String? get _name => null;
}

void main() {
  print(Box('a', 'b').labelLength());
}

part of dart.core;

// A buffer for building strings. Appends keep the parts and join them once, on toString.
class StringBuffer {
  String _contents;

  StringBuffer([Object? content = ""]) : _contents = content.toString();

  int get length => _contents.length;
  bool get isEmpty => _contents.length == 0;
  bool get isNotEmpty => _contents.length != 0;

  void write(Object? object) {
    _contents = _contents + object.toString();
  }

  void writeCharCode(int charCode) {
    _contents = _contents + String.fromCharCode(charCode);
  }

  void writeln([Object? object = ""]) {
    _contents = _contents + object.toString() + "\n";
  }

  void clear() {
    _contents = "";
  }

  String toString() => _contents;
}

part of dart.core;

// Records (docs/records.md). Every record value is a `_Record` whose one field is a `_List`:
// element 0 is the record's shape id (its number of positional fields and its sorted field
// names, numbered by the compiler; the names are in the runtime's shape table), elements 1..n
// the fields, positional first, then the named ones sorted by name. The runtime reads this
// layout for `is`, `as` and `runtimeType` (precompiled_runtime/src/types.cpp).
//
// ==, hashCode and toString follow the VM's sdk/lib/_internal/vm/lib/record_patch.dart: equal
// shapes and pairwise equal fields; the shape combined with the fields' hash codes; positional
// fields, then `name: value` for the named ones, in the shape's (sorted) order.
final class _Record implements Record {
  final _List<Object?> _data;

  _Record._(this._data);

  int get _shape => unsafeCast<int>(_data[0]);
  int get _numFields => _data.length - 1;
  Object? _fieldAt(int i) => _data[i + 1];

  bool operator ==(Object other) {
    if (identical(this, other)) return true;
    if (other is! _Record) return false;
    if (_shape != other._shape) return false;
    final int n = _numFields;
    for (int i = 0; i < n; i++) {
      if (_fieldAt(i) != other._fieldAt(i)) return false;
    }
    return true;
  }

  int get hashCode {
    int h = _hashCombine(_hashSeed, _shape);
    final int n = _numFields;
    for (int i = 0; i < n; i++) {
      h = _hashCombine(h, _fieldAt(i).hashCode);
    }
    return _hashFinish(h);
  }

  String toString() {
    final StringBuffer buffer = StringBuffer('(');
    final int n = _numFields;
    final int named = _recordNamedCount(_shape);
    final int positional = n - named;
    for (int i = 0; i < n; i++) {
      if (i != 0) buffer.write(', ');
      if (i >= positional) {
        buffer.write(_recordFieldName(_shape, i - positional));
        buffer.write(': ');
      }
      buffer.write(_fieldAt(i).toString());
    }
    buffer.write(')');
    return buffer.toString();
  }

  // A dynamic read of a field (`(r as dynamic).$1`, `.name`) reaches here: records have no
  // getters of their own in dartc.
  dynamic noSuchMethod(Invocation invocation) {
    if (invocation.isGetter && invocation.typeArguments.isEmpty) {
      final String name = (invocation.memberName as Symbol)._name;
      final int shape = _shape;
      final int named = _recordNamedCount(shape);
      final int positional = _numFields - named;
      for (int i = 0; i < named; i++) {
        if (_recordFieldName(shape, i) == name) return _fieldAt(positional + i);
      }
      if (name.length > 1 && name.codeUnitAt(0) == 0x24) {
        final int? index = int.tryParse(name.substring(1));
        if (index != null && index >= 1 && index <= positional && name == '\$$index') return _fieldAt(index - 1);
      }
    }
    return super.noSuchMethod(invocation);
  }
}

// The number of named fields of a shape, and the name of its i-th named field (sorted order).
@pragma('dartc:native', 'dartrt_record_named_count')
external int _recordNamedCount(int shape);
@pragma('dartc:native', 'dartrt_record_field_name')
external String _recordFieldName(int shape, int index);

// What the compiler makes of a record literal: the fields in the shape's order, evaluated by the
// caller in source order.
_Record _makeRecord(int shape, List<Object?> fields) {
  final int n = fields.length;
  final _List<Object?> data = _List<Object?>(n + 1);
  data[0] = shape;
  for (int i = 0; i < n; i++) {
    data[i + 1] = fields[i];
  }
  return _Record._(data);
}

@pragma('vm:prefer-inline')
_Record _makeRecord1(int shape, Object? a) {
  final _List<Object?> data = _List<Object?>(2);
  data[0] = shape;
  data[1] = a;
  return _Record._(data);
}

@pragma('vm:prefer-inline')
_Record _makeRecord2(int shape, Object? a, Object? b) {
  final _List<Object?> data = _List<Object?>(3);
  data[0] = shape;
  data[1] = a;
  data[2] = b;
  return _Record._(data);
}

@pragma('vm:prefer-inline')
_Record _makeRecord3(int shape, Object? a, Object? b, Object? c) {
  final _List<Object?> data = _List<Object?>(4);
  data[0] = shape;
  data[1] = a;
  data[2] = b;
  data[3] = c;
  return _Record._(data);
}

// `record.$1` / `record.name` where the static type is a record type: field `index` in the
// shape's order. The compiler casts the result to the field's static type.
@pragma('vm:prefer-inline')
Object? _recordField(Object? record, int index) => unsafeCast<_Record>(record)._data[index + 1];

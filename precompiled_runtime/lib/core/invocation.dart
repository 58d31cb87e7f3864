part of dart.core;

// Symbols, Invocation and noSuchMethod: what a call to a missing member turns into (the language
// specification's "noSuchMethod forwarding" and ordinary invocation sections; the VM's
// sdk/lib/_internal/vm/lib/invocation_mirror_patch.dart and symbol_patch.dart).

// `#name` literals are constants of this class (the compiler makes them); `Symbol('x')` equals
// `#x`. Unlike the VM, symbols of private names are not qualified by their library.
class Symbol {
  static const Symbol unaryMinus = Symbol("unary-");
  static const Symbol empty = Symbol("");

  final String _name;

  const Symbol(String name) : _name = name;

  bool operator ==(Object other) => other is Symbol && _name == other._name;

  // The VM's hash (a prime times the name's hash, 29 bits).
  int get hashCode => 0x1fffffff & (664597 * _name.hashCode);

  String toString() => 'Symbol("$_name")';
}

abstract class Invocation {
  Invocation();

  factory Invocation.method(Symbol memberName, Iterable<Object?>? positionalArguments,
          [Map<Symbol, Object?>? namedArguments]) =>
      _Invocation(memberName, _Invocation._method, null, positionalArguments, namedArguments);

  factory Invocation.genericMethod(Symbol memberName, Iterable<Type>? typeArguments,
          Iterable<Object?>? positionalArguments,
          [Map<Symbol, Object?>? namedArguments]) =>
      _Invocation(memberName, _Invocation._method, typeArguments, positionalArguments, namedArguments);

  factory Invocation.getter(Symbol name) => _Invocation(name, _Invocation._getter, null, null, null);

  // A setter's name ends in '=' (`Invocation.setter(const Symbol("x="), v)` for `o.x = v`).
  factory Invocation.setter(Symbol memberName, Object? argument) =>
      _Invocation(memberName, _Invocation._setter, null, <Object?>[argument], null);

  Symbol get memberName;
  List<Type> get typeArguments => const <Type>[];
  List<dynamic> get positionalArguments;
  Map<Symbol, dynamic> get namedArguments;
  bool get isMethod;
  bool get isGetter;
  bool get isSetter;
  bool get isAccessor => isGetter || isSetter;
}

// Invocations made by programs (Invocation.method and friends); NoSuchMethodError prints them in
// the VM's plain form.
class _Invocation implements Invocation {
  static const int _method = 0;
  static const int _getter = 1;
  static const int _setter = 2;

  final Symbol memberName;
  final int _kind;
  final List<Type> typeArguments;
  final List<Object?> positionalArguments;
  final Map<Symbol, Object?> namedArguments;

  _Invocation(this.memberName, this._kind, Iterable<Type>? types, Iterable<Object?>? positional,
      Map<Symbol, Object?>? named)
      : typeArguments = types == null ? const <Type>[] : List<Type>.unmodifiable(types),
        positionalArguments = positional == null ? const <Object?>[] : List<Object?>.unmodifiable(positional),
        namedArguments =
            named == null || named.isEmpty ? const <Symbol, Object?>{} : Map<Symbol, Object?>.unmodifiable(named);

  bool get isMethod => _kind == _method;
  bool get isGetter => _kind == _getter;
  bool get isSetter => _kind == _setter;
  bool get isAccessor => _kind != _method;
}

// A call that found no member, or one that doesn't take its arguments, as the runtime describes
// it: the arrays of the call (positional arguments; named ones as [name, value, ...]; explicit
// type arguments). NoSuchMethodError prints it in the VM's detailed form without building an
// Invocation (a closure called with the wrong arguments throws one directly), so programs that
// never ask for an Invocation don't carry lists, maps and symbols for it.
final class _FailedCall {
  final String _name; // as called: "foo", "foo=" for setters
  final int _kind; // _Invocation._method, _getter or _setter
  final _List<Object?>? _positional;
  final _List<Object?>? _named;
  final _List<Object?>? _types;
  final bool _sortNamed; // a dynamic call's named arguments are in the order of their names
  // Set when the member exists but not with these arguments: its signature, "(int) => int".
  final String? _existingSignature;

  _FailedCall(this._name, this._kind, this._positional, this._named, this._types, this._sortNamed,
      this._existingSignature);

  // Indices of the named arguments' names in `_named`, in the order the VM keeps them (by name
  // for dynamic calls, as its arguments descriptor does; declaration order for forwarders).
  _List<int> _namedOrder() {
    _List<Object?> named = _named ?? _List<Object?>(0);
    int count = named.length >> 1;
    _List<int> order = _List<int>(count);
    for (int i = 0; i < count; i++) {
      int at = 2 * i;
      int j = i;
      if (_sortNamed) {
        String name = named[at] as String;
        while (j > 0 && (named[order[j - 1]] as String).compareTo(name) > 0) {
          order[j] = order[j - 1];
          j--;
        }
      }
      order[j] = at;
    }
    return order;
  }

  // The VM's detailed text (sdk/lib/_internal/vm/lib/errors_patch.dart, NoSuchMethodError).
  String _describe(Object? receiver) {
    StringBuffer arguments = StringBuffer();
    int count = 0;
    _List<Object?>? positional = _positional;
    if (positional != null) {
      for (int i = 0; i < positional.length; i++) {
        if (count++ > 0) arguments.write(", ");
        arguments.write(Error.safeToString(positional[i]));
      }
    }
    _List<Object?> named = _named ?? _List<Object?>(0);
    _List<int> order = _namedOrder();
    for (int i = 0; i < order.length; i++) {
      if (count++ > 0) arguments.write(", ");
      arguments.write(named[order[i]]);
      arguments.write(": ");
      arguments.write(Error.safeToString(named[order[i] + 1]));
    }
    String kind = _kind == _Invocation._method ? "method" : (_kind == _Invocation._getter ? "getter" : "setter");
    String? existing = _existingSignature;
    String matching = existing != null ? " with matching arguments" : "";
    StringBuffer message = StringBuffer("NoSuchMethodError: ");
    if (receiver == null) {
      message.writeln(existing != null
          ? "The null object does not have a $kind '$_name'$matching."
          : "The $kind '$_name' was called on null.");
    } else if (receiver is _Closure) {
      message.writeln("Closure call with mismatched arguments: function '$_name'");
    } else {
      message.writeln("Class '${_className(receiver)}' has no instance $kind '$_name'$matching.");
    }
    message.writeln("Receiver: ${Error.safeToString(receiver)}");
    if (_kind == _Invocation._method) {
      message.write("Tried calling: $_name");
      _List<Object?>? types = _types;
      if (types != null && types.length > 0) {
        message.write("<");
        for (int i = 0; i < types.length; i++) {
          if (i > 0) message.write(", ");
          message.write(Error.safeToString(types[i]));
        }
        message.write(">");
      }
      message.write("($arguments)");
    } else if (count == 0) {
      message.write("Tried calling: $_name");
    } else {
      message.write("Tried calling: $_name$arguments");
    }
    if (existing != null) message.write("\nFound: $_name$existing");
    return message.toString();
  }
}

// The Invocation that noSuchMethod receives for a failed call; its lists and map are made when
// first asked for.
final class _InvocationMirror implements Invocation {
  final _FailedCall _call;
  Symbol? _memberName;
  List<Type>? _typeArguments;
  List<Object?>? _positionalArguments;
  Map<Symbol, Object?>? _namedArguments;

  _InvocationMirror(this._call);

  Symbol get memberName => _memberName ??= Symbol(_call._name);

  List<Type> get typeArguments {
    List<Type>? result = _typeArguments;
    if (result != null) return result;
    List<Type> types = <Type>[];
    _List<Object?>? array = _call._types;
    if (array != null) {
      for (int i = 0; i < array.length; i++) {
        types.add(array[i] as Type);
      }
    }
    return _typeArguments = List<Type>.unmodifiable(types);
  }

  List<Object?> get positionalArguments {
    List<Object?>? result = _positionalArguments;
    if (result != null) return result;
    List<Object?> values = <Object?>[];
    _List<Object?>? array = _call._positional;
    if (array != null) {
      for (int i = 0; i < array.length; i++) {
        values.add(array[i]);
      }
    }
    return _positionalArguments = List<Object?>.unmodifiable(values);
  }

  Map<Symbol, Object?> get namedArguments {
    Map<Symbol, Object?>? result = _namedArguments;
    if (result != null) return result;
    Map<Symbol, Object?> map = <Symbol, Object?>{};
    _List<Object?> named = _call._named ?? _List<Object?>(0);
    _List<int> order = _call._namedOrder();
    for (int i = 0; i < order.length; i++) {
      map[Symbol(named[order[i]] as String)] = named[order[i] + 1];
    }
    return _namedArguments = Map<Symbol, Object?>.unmodifiable(map);
  }

  bool get isMethod => _call._kind == _Invocation._method;
  bool get isGetter => _call._kind == _Invocation._getter;
  bool get isSetter => _call._kind == _Invocation._setter;
  bool get isAccessor => _call._kind != _Invocation._method;
}

// A dynamic call found no member for `name` (kind 0 method, 1 getter, 2 setter; a setter's name
// ends in '='), or one that doesn't accept the arguments (`existingSignature`): the receiver's
// noSuchMethod decides. `types`: the call's explicit type arguments.
dynamic _invokeNoSuchMethod(Object? receiver, String name, int kind, _List<Object?>? positional,
    _List<Object?>? named, String? existingSignature, _List<Object?>? types) {
  Invocation invocation =
      _InvocationMirror(_FailedCall(name, kind, positional, named, types, true, existingSignature));
  if (receiver == null) throw NoSuchMethodError.withInvocation(null, invocation);
  return receiver.noSuchMethod(invocation);
}

_List<Object?> _arrayOf(List<Object?> list) {
  _List<Object?> array = _List<Object?>(list.length);
  for (int i = 0; i < list.length; i++) {
    array[i] = list[i];
  }
  return array;
}

// The body of a noSuchMethod forwarder (a member of the class's interface that a class with its
// own noSuchMethod leaves unimplemented): the parameters' values, named ones as [name, value,
// ...] in declaration order; a method forwarder's signature (NoSuchMethodError shows it, like the
// VM, which finds the forwarder by name).
dynamic _forwardNoSuchMethod(Object receiver, String name, int kind, List<Type> typeArguments,
    List<Object?> positional, List<Object?> named, String? signature) {
  _FailedCall call =
      _FailedCall(name, kind, _arrayOf(positional), _arrayOf(named), _arrayOf(typeArguments), false, signature);
  return receiver.noSuchMethod(_InvocationMirror(call));
}

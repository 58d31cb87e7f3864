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

// Invocations the runtime makes for a call that found no member (or one that doesn't accept its
// arguments), and those of noSuchMethod forwarders. NoSuchMethodError prints them in the VM's
// detailed form.
final class _InvocationMirror extends _Invocation {
  // Set when the member exists but not with these arguments: its signature, "(int) => int".
  final String? _existingSignature;

  _InvocationMirror(Symbol memberName, int kind, List<Type>? types, List<Object?> positional,
      Map<Symbol, Object?>? named, this._existingSignature)
      : super(memberName, kind, types, positional, named);

  // The arrays of a dynamic call: positional arguments, and named ones as [name, value, ...].
  factory _InvocationMirror._fromArrays(String name, int kind, _List<Object?>? positional, _List<Object?>? named,
      String? existingSignature, [_List<Object?>? types]) {
    List<Object?> positionalList = <Object?>[];
    if (positional != null) {
      for (int i = 0; i < positional.length; i++) {
        positionalList.add(positional[i]);
      }
    }
    // In the order of their names, as the VM's arguments descriptor keeps them.
    Map<Symbol, Object?>? namedMap;
    if (named != null && named.length > 1) {
      _List<Object?> pairs = named;
      List<int> order = <int>[];
      for (int i = 0; i + 1 < pairs.length; i += 2) {
        order.add(i);
      }
      order.sort((int a, int b) => (pairs[a] as String).compareTo(pairs[b] as String));
      namedMap = <Symbol, Object?>{};
      for (int i in order) {
        namedMap[Symbol(named[i] as String)] = named[i + 1];
      }
    }
    List<Type>? typeList;
    if (types != null) {
      typeList = <Type>[];
      for (int i = 0; i < types.length; i++) {
        typeList.add(types[i] as Type);
      }
    }
    return _InvocationMirror(Symbol(name), kind, typeList, positionalList, namedMap, existingSignature);
  }

  // The VM's detailed text (sdk/lib/_internal/vm/lib/errors_patch.dart, NoSuchMethodError).
  String _describeFailure(Object? receiver) {
    String memberName = this.memberName._name;
    StringBuffer arguments = StringBuffer();
    int count = 0;
    for (Object? argument in positionalArguments) {
      if (count > 0) arguments.write(", ");
      arguments.write(Error.safeToString(argument));
      count++;
    }
    namedArguments.forEach((Symbol name, Object? value) {
      if (count > 0) arguments.write(", ");
      arguments.write(name._name);
      arguments.write(": ");
      arguments.write(Error.safeToString(value));
      count++;
    });
    String kind = _kind == _Invocation._method ? "method" : (_kind == _Invocation._getter ? "getter" : "setter");
    String? existing = _existingSignature;
    String matching = existing != null ? " with matching arguments" : "";
    StringBuffer message = StringBuffer("NoSuchMethodError: ");
    if (receiver == null) {
      message.writeln(existing != null
          ? "The null object does not have a $kind '$memberName'$matching."
          : "The $kind '$memberName' was called on null.");
    } else if (receiver is _Closure) {
      message.writeln("Closure call with mismatched arguments: function '$memberName'");
    } else {
      message.writeln("Class '${_className(receiver)}' has no instance $kind '$memberName'$matching.");
    }
    message.writeln("Receiver: ${Error.safeToString(receiver)}");
    if (_kind == _Invocation._method) {
      message.write("Tried calling: $memberName");
      if (typeArguments.isNotEmpty) {
        message.write("<");
        message.writeAll(typeArguments.map(Error.safeToString), ", ");
        message.write(">");
      }
      message.write("($arguments)");
    } else if (count == 0) {
      message.write("Tried calling: $memberName");
    } else {
      message.write("Tried calling: $memberName$arguments");
    }
    if (existing != null) message.write("\nFound: $memberName$existing");
    return message.toString();
  }
}

// A dynamic call found no member for `name` (kind 0 method, 1 getter, 2 setter; a setter's name
// ends in '='), or one that doesn't accept the arguments (`existingSignature`): the receiver's
// noSuchMethod decides. `types`: the call's explicit type arguments.
dynamic _invokeNoSuchMethod(Object? receiver, String name, int kind, _List<Object?>? positional,
    _List<Object?>? named, String? existingSignature, _List<Object?>? types) {
  Invocation invocation = _InvocationMirror._fromArrays(name, kind, positional, named, existingSignature, types);
  if (receiver == null) throw NoSuchMethodError.withInvocation(null, invocation);
  return receiver.noSuchMethod(invocation);
}

// The body of a noSuchMethod forwarder (a member of the class's interface that a class with its
// own noSuchMethod leaves unimplemented): the parameters' values, named ones as [name, value,
// ...]; a method forwarder's signature (NoSuchMethodError shows it, like the VM, which finds the
// forwarder by name).
dynamic _forwardNoSuchMethod(Object receiver, String name, int kind, List<Type> typeArguments,
    List<Object?> positional, List<Object?> named, String? signature) {
  Map<Symbol, Object?>? namedMap;
  if (named.isNotEmpty) {
    namedMap = <Symbol, Object?>{};
    for (int i = 0; i + 1 < named.length; i += 2) {
      namedMap[Symbol(named[i] as String)] = named[i + 1];
    }
  }
  return receiver
      .noSuchMethod(_InvocationMirror(Symbol(name), kind, typeArguments, positional, namedMap, signature));
}

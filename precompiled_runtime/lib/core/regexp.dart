part of dart.core;

// RegExp with ECMAScript semantics, Match, and the Pattern operations of String
// (docs/regexp.md). Patterns compile once, in the runtime (precompiled_runtime/src/regexp_*.cpp);
// a RegExp holds its compiled program's address. As on the VM, RegExp(source, flags) returns
// one canonical object per source and flags.

abstract interface class Match {
  int get start;
  int get end;
  String? group(int group);
  String? operator [](int group);
  List<String?> groups(List<int> groupIndices);
  int get groupCount;
  String get input;
  Pattern get pattern;
}

abstract interface class RegExpMatch implements Match {
  String? namedGroup(String name);
  Iterable<String> get groupNames;
}

abstract interface class RegExp implements Pattern {
  factory RegExp(String source,
          {bool multiLine = false, bool caseSensitive = true, bool unicode = false, bool dotAll = false}) =>
      _RegExp._canonical(source, multiLine, caseSensitive, unicode, dotAll);

  /// [text] with every character that has a meaning in a pattern backslash-escaped.
  static String escape(String text) {
    StringBuffer? buffer;
    int done = 0;
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (_isRegExpSyntaxCharacter(c)) {
        buffer ??= StringBuffer();
        buffer.write(text.substring(done, i));
        buffer.write(r"\");
        done = i;
      }
    }
    if (buffer == null) return text;
    buffer.write(text.substring(done));
    return buffer.toString();
  }

  RegExpMatch? firstMatch(String input);
  Iterable<RegExpMatch> allMatches(String input, [int start = 0]);
  RegExpMatch? matchAsPrefix(String string, [int start = 0]);
  bool hasMatch(String input);
  String? stringMatch(String input);
  String get pattern;
  bool get isMultiLine;
  bool get isCaseSensitive;
  bool get isUnicode;
  bool get isDotAll;
}

// The characters RegExp.escape escapes: $ ( ) * + . ? [ \ ] ^ { | }.
bool _isRegExpSyntaxCharacter(int c) =>
    c == 0x24 || (c >= 0x28 && c <= 0x2B) || c == 0x2E || c == 0x3F || (c >= 0x5B && c <= 0x5E) ||
    (c >= 0x7B && c <= 0x7D);

final class _RegExp implements RegExp {
  final String pattern;
  final bool isMultiLine;
  final bool isCaseSensitive;
  final bool isUnicode;
  final bool isDotAll;
  final int _program;

  _RegExp._(this.pattern, this.isMultiLine, this.isCaseSensitive, this.isUnicode, this.isDotAll, this._program);

  static final Map<int, _RegExp> _byProgram = <int, _RegExp>{};

  static _RegExp _canonical(String source, bool multiLine, bool caseSensitive, bool unicode, bool dotAll) {
    int flags = (multiLine ? 1 : 0) | (caseSensitive ? 0 : 2) | (unicode ? 4 : 0) | (dotAll ? 8 : 0);
    int program = _regexpCompile(source, flags);
    if (program == 0) {
      String message = _regexpError();
      if (message.startsWith("!")) throw UnsupportedError(message.substring(1));
      // The VM's text: the parser's message followed by the pattern.
      throw FormatException(message + source);
    }
    _RegExp? existing = _byProgram[program];
    if (existing != null) return existing;
    _RegExp created = _RegExp._(source, multiLine, caseSensitive, unicode, dotAll, program);
    _byProgram[program] = created;
    return created;
  }

  int get _groupCount => _regexpGroupCount(_program);

  /// The start and end of every group, or null when there is no match.
  _List<int>? _execute(String input, int start, bool sticky) {
    _List<int> captures = _List<int>(2 * (_regexpGroupCount(_program) + 1));
    if (_regexpExec(_program, input, start, sticky, captures)) return captures;
    return null;
  }

  RegExpMatch? firstMatch(String input) {
    _List<int>? match = _execute(input, 0, false);
    if (match == null) return null;
    return _RegExpMatch(this, input, match);
  }

  Iterable<RegExpMatch> allMatches(String input, [int start = 0]) {
    if (start < 0 || start > input.length) throw RangeError.range(start, 0, input.length);
    return _AllMatchesIterable(this, input, start);
  }

  RegExpMatch? matchAsPrefix(String string, [int start = 0]) {
    if (start < 0 || start > string.length) throw RangeError.range(start, 0, string.length);
    _List<int>? match = _execute(string, start, true);
    if (match == null) return null;
    return _RegExpMatch(this, string, match);
  }

  bool hasMatch(String input) => _execute(input, 0, false) != null;

  String? stringMatch(String input) {
    _List<int>? match = _execute(input, 0, false);
    if (match == null) return null;
    return input._substring(match[0], match[1]);
  }

  int _groupNameIndex(String name) {
    int count = _regexpNameCount(_program);
    for (int i = 0; i < count; i++) {
      if (_regexpName(_program, i) == name) return _regexpNameGroup(_program, i);
    }
    return -1;
  }

  Iterable<String> get _groupNames {
    List<String> names = <String>[];
    int count = _regexpNameCount(_program);
    for (int i = 0; i < count; i++) {
      names.add(_regexpName(_program, i));
    }
    return names;
  }
}

final class _RegExpMatch implements RegExpMatch {
  final _RegExp _regexp;
  final String input;
  final _List<int> _match;

  _RegExpMatch(this._regexp, this.input, this._match);

  int get start => _match[0];
  int get end => _match[1];

  String? group(int groupIdx) {
    if (groupIdx < 0 || groupIdx > _regexp._groupCount) throw RangeError.value(groupIdx);
    int from = _match[2 * groupIdx];
    if (from == -1) return null;
    return input._substring(from, _match[2 * groupIdx + 1]);
  }

  String? operator [](int groupIdx) => group(groupIdx);

  List<String?> groups(List<int> groupsSpec) {
    List<String?> result = List<String?>.filled(groupsSpec.length, null);
    for (int i = 0; i < groupsSpec.length; i++) {
      result[i] = group(groupsSpec[i]);
    }
    return result;
  }

  int get groupCount => _regexp._groupCount;

  Pattern get pattern => _regexp;

  String? namedGroup(String name) {
    int index = _regexp._groupNameIndex(name);
    if (index < 0) throw ArgumentError("Not a capture group name: ${name}");
    return group(index);
  }

  Iterable<String> get groupNames => _regexp._groupNames;
}

final class _AllMatchesIterable extends Iterable<RegExpMatch> {
  final _RegExp _re;
  final String _input;
  final int _start;

  _AllMatchesIterable(this._re, this._input, this._start);

  Iterator<RegExpMatch> get iterator => _AllMatchesIterator(_re, _input, _start);
}

final class _AllMatchesIterator implements Iterator<RegExpMatch> {
  final String _input;
  int _nextIndex;
  _RegExp? _re;
  RegExpMatch? _current;

  _AllMatchesIterator(this._re, this._input, this._nextIndex);

  RegExpMatch get current => _current as RegExpMatch;

  bool moveNext() {
    _RegExp? re = _re;
    if (re == null) return false;
    if (_nextIndex <= _input.length) {
      _List<int>? match = re._execute(_input, _nextIndex, false);
      if (match != null) {
        _RegExpMatch current = _RegExpMatch(re, _input, match);
        _current = current;
        _nextIndex = current.end;
        if (_nextIndex == current.start) {
          // An empty match: the next search starts one further on, past a whole surrogate
          // pair in unicode mode.
          if (re.isUnicode &&
              _nextIndex + 1 < _input.length &&
              (_input.codeUnitAt(_nextIndex) & 0xFC00) == 0xD800 &&
              (_input.codeUnitAt(_nextIndex + 1) & 0xFC00) == 0xDC00) {
            _nextIndex++;
          }
          _nextIndex++;
        }
        return true;
      }
    }
    _current = null;
    _re = null;
    return false;
  }
}

// ---- String as a Pattern, and String's operations on other patterns ----------------------

final class _StringMatch implements Match {
  final int start;
  final String input;
  final String pattern;

  _StringMatch(this.start, this.input, this.pattern);

  int get end => start + pattern.length;
  String operator [](int g) => group(g);
  int get groupCount => 0;

  String group(int group) {
    if (group != 0) throw RangeError.value(group);
    return pattern;
  }

  List<String> groups(List<int> groupIndices) {
    List<String> result = <String>[];
    for (int g in groupIndices) {
      result.add(group(g));
    }
    return result;
  }
}

final class _StringAllMatchesIterable extends Iterable<Match> {
  final String _input;
  final String _pattern;
  final int _index;

  _StringAllMatchesIterable(this._input, this._pattern, this._index);

  Iterator<Match> get iterator => _StringAllMatchesIterator(_input, _pattern, _index);

  Match get first {
    int index = _input.indexOf(_pattern, _index);
    if (index >= 0) return _StringMatch(index, _input, _pattern);
    throw StateError("No element");
  }
}

final class _StringAllMatchesIterator implements Iterator<Match> {
  final String _input;
  final String _pattern;
  int _index;
  Match? _current;

  _StringAllMatchesIterator(this._input, this._pattern, this._index);

  bool moveNext() {
    if (_index + _pattern.length > _input.length) {
      _current = null;
      return false;
    }
    int index = _input.indexOf(_pattern, _index);
    if (index < 0) {
      _index = _input.length + 1;
      _current = null;
      return false;
    }
    int end = index + _pattern.length;
    _current = _StringMatch(index, _input, _pattern);
    if (end == _index) end++;  // an empty match: do not start at the same place again
    _index = end;
    return true;
  }

  Match get current => _current as Match;
}

Iterable<Match> _stringAllMatches(String pattern, String string, int start) {
  if (start < 0 || start > string.length) throw RangeError.range(start, 0, string.length, "start");
  return _StringAllMatchesIterable(string, pattern, start);
}

Match? _stringMatchAsPrefix(String pattern, String string, int start) {
  if (start < 0 || start > string.length) throw RangeError.range(start, 0, string.length);
  if (start + pattern.length > string.length) return null;
  for (int i = 0; i < pattern.length; i++) {
    if (string.codeUnitAt(start + i) != pattern.codeUnitAt(i)) return null;
  }
  return _StringMatch(start, string, pattern);
}

// The VM's String methods for patterns that are not Strings (String patterns keep their own
// faster paths in string.dart).

bool _startsWithPattern(String s, Pattern pattern, int index) {
  if (index < 0 || index > s.length) throw RangeError.range(index, 0, s.length);
  return pattern.matchAsPrefix(s, index) != null;
}

int _indexOfPattern(String s, Pattern pattern, int start) {
  if (start < 0 || start > s.length) throw RangeError.range(start, 0, s.length, "start");
  if (pattern is _RegExp) {
    // The first position where matchAsPrefix succeeds is where the forward search finds.
    _List<int>? match = pattern._execute(s, start, false);
    return match == null ? -1 : match[0];
  }
  for (int i = start; i <= s.length; i++) {
    if (pattern.matchAsPrefix(s, i) != null) return i;
  }
  return -1;
}

int _lastIndexOfPattern(String s, Pattern pattern, int? start) {
  int from = start ?? s.length;
  if (from < 0 || from > s.length) throw RangeError.range(from, 0, s.length);
  for (int i = from; i >= 0; i--) {
    if (pattern.matchAsPrefix(s, i) != null) return i;
  }
  return -1;
}

bool _containsPattern(String s, Pattern pattern, int startIndex) =>
    pattern.allMatches(s.substring(startIndex)).isNotEmpty;

String _replaceFirstPattern(String s, Pattern pattern, String replacement, int startIndex) {
  RangeError.checkValueInInterval(startIndex, 0, s.length, "startIndex");
  Iterator<Match> iterator = pattern.allMatches(s, startIndex).iterator;
  if (!iterator.moveNext()) return s;
  Match match = iterator.current;
  return s.replaceRange(match.start, match.end, replacement);
}

String _replaceAllPattern(String s, Pattern pattern, String replacement) {
  if (pattern is _RegExp) {
    // All in the runtime (regexp_replace.cpp): no Match objects, one result allocation. Null
    // when the result cannot exist; the general path below then throws the VM's error.
    String? replaced = _regexpReplaceAll(pattern._program, s, replacement);
    if (replaced != null) return replaced;
  }
  List<String> parts = <String>[];
  int startIndex = 0;
  for (Match match in pattern.allMatches(s)) {
    parts.add(s._substring(startIndex, match.start));
    parts.add(replacement);
    startIndex = match.end;
  }
  if (parts.isEmpty) return s;
  parts.add(s._substring(startIndex, s.length));
  return parts.join();
}

String _replaceAllMapped(String s, Pattern pattern, String replace(Match match)) {
  List<String> parts = <String>[];
  int startIndex = 0;
  for (Match match in pattern.allMatches(s)) {
    parts.add(s._substring(startIndex, match.start));
    parts.add("${replace(match)}");
    startIndex = match.end;
  }
  if (parts.isEmpty) return s;
  parts.add(s._substring(startIndex, s.length));
  return parts.join();
}

String _replaceFirstMapped(String s, Pattern pattern, String replace(Match match), int startIndex) {
  RangeError.checkValueInInterval(startIndex, 0, s.length, "startIndex");
  Iterator<Match> matches = pattern.allMatches(s, startIndex).iterator;
  if (!matches.moveNext()) return s;
  Match match = matches.current;
  String replacement = "${replace(match)}";
  return s.replaceRange(match.start, match.end, replacement);
}

String _matchText(Match match) => match[0]!;
String _sameText(String text) => text;

String _splitMapJoin(String s, Pattern pattern, String Function(Match)? onMatch, String Function(String)? onNonMatch) {
  String Function(Match) matched = onMatch ?? _matchText;
  String Function(String) unmatched = onNonMatch ?? _sameText;
  if (pattern is String && pattern.isEmpty) {
    // Between every two characters, never inside a surrogate pair.
    StringBuffer buffer = StringBuffer();
    int length = s.length;
    int i = 0;
    buffer.write(unmatched(""));
    while (i < length) {
      buffer.write(matched(_StringMatch(i, s, "")));
      int code = s.codeUnitAt(i);
      if ((code & 0xFC00) == 0xD800 && length > i + 1 && (s.codeUnitAt(i + 1) & 0xFC00) == 0xDC00) {
        buffer.write(unmatched(s.substring(i, i + 2)));
        i += 2;
        continue;
      }
      buffer.write(unmatched(s[i]));
      i++;
    }
    buffer.write(matched(_StringMatch(i, s, "")));
    buffer.write(unmatched(""));
    return buffer.toString();
  }
  StringBuffer buffer = StringBuffer();
  int startIndex = 0;
  for (Match match in pattern.allMatches(s)) {
    buffer.write(unmatched(s.substring(startIndex, match.start)));
    buffer.write(matched(match).toString());
    startIndex = match.end;
  }
  buffer.write(unmatched(s.substring(startIndex)));
  return buffer.toString();
}

List<String> _splitPattern(String s, Pattern pattern) {
  int length = s.length;
  Iterator<Match> iterator = pattern.allMatches(s).iterator;
  if (length == 0 && iterator.moveNext()) return <String>[];  // a matched empty input
  List<String> result = <String>[];
  int startIndex = 0;
  int previousIndex = 0;
  while (true) {
    if (startIndex == length || !iterator.moveNext()) {
      result.add(s.substring(previousIndex, length));
      break;
    }
    Match match = iterator.current;
    if (match.start == length) {
      result.add(s.substring(previousIndex, length));
      break;
    }
    int endIndex = match.end;
    if (startIndex == endIndex && endIndex == previousIndex) {
      ++startIndex;  // an empty match: advance and restart
      continue;
    }
    result.add(s.substring(previousIndex, match.start));
    startIndex = previousIndex = endIndex;
  }
  return result;
}

@pragma('dartc:native', 'dartrt_regexp_compile')
external int _regexpCompile(String source, int flags);

@pragma('dartc:native', 'dartrt_regexp_error')
external String _regexpError();

@pragma('dartc:native', 'dartrt_regexp_group_count')
external int _regexpGroupCount(int program);

@pragma('dartc:native', 'dartrt_regexp_name_count')
external int _regexpNameCount(int program);

@pragma('dartc:native', 'dartrt_regexp_name')
external String _regexpName(int program, int index);

@pragma('dartc:native', 'dartrt_regexp_name_group')
external int _regexpNameGroup(int program, int index);

@pragma('dartc:native', 'dartrt_regexp_exec')
external bool _regexpExec(int program, String input, int start, bool sticky, _List<int> captures);

@pragma('dartc:native', 'dartrt_regexp_replace_all')
external String? _regexpReplaceAll(int program, String input, String replacement);

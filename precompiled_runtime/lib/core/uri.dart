part of dart.core;

// Uri for dartc (docs/uri.md): RFC 3986 references with the normalization the VM's
// sdk/lib/core/uri.dart applies (lower-case scheme and host, default ports dropped, percent escapes
// with upper-case hex and unreserved characters decoded, characters a component may not hold
// escaped as UTF-8, dot segments removed), resolution, the component encoders and decoders, and
// POSIX file paths. Text encodings other than UTF-8 and `data:` URIs are not provided.

/// A parsed URI reference.
abstract interface class Uri {
  factory Uri(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment}) = _Uri;

  factory Uri.http(String authority, [String unencodedPath = "", Map<String, dynamic>? queryParameters]) =>
      _Uri._http("http", authority, unencodedPath, queryParameters);

  factory Uri.https(String authority, [String unencodedPath = "", Map<String, dynamic>? queryParameters]) =>
      _Uri._http("https", authority, unencodedPath, queryParameters);

  /// A `file:` URI of a POSIX path (relative paths give a relative reference).
  factory Uri.file(String path, {bool? windows}) {
    if (windows == true) throw UnsupportedError("Windows file paths are not supported by dartc");
    List<String> segments = path.split("/");
    if (path.startsWith("/")) return Uri(scheme: "file", pathSegments: segments);
    return Uri(pathSegments: segments);
  }

  factory Uri.directory(String path, {bool? windows}) {
    if (path.isNotEmpty && !path.endsWith("/")) path = "$path/";
    return Uri.file(path, windows: windows);
  }

  static Uri parse(String uri, [int start = 0, int? end]) => _Uri._parse(uri, start, end);

  // The working directory as a directory URI, read at each use (Directory.current = ... moves
  // it), as the VM's embedder hook does. Where the directory cannot be read (it was removed),
  // the VM throws dart:io's FileSystemException, which dart:core cannot name: UnsupportedError
  // with the VM's text for a missing hook instead.
  static Uri get base {
    String? directory = _workingDirectory();
    if (directory == null) throw UnsupportedError("'Uri.base' is not supported");
    return Uri.directory(directory);
  }

  // Declared so that a use is rejected at compile time with "not supported yet" (docs/uri.md).
  @pragma('dartc:unsupported', "data: URIs are not implemented")
  factory Uri.dataFromString(String content,
          {String? mimeType, dynamic encoding, Map<String, String>? parameters, bool base64 = false}) =>
      throw UnsupportedError("Uri.dataFromString");
  @pragma('dartc:unsupported', "data: URIs are not implemented")
  factory Uri.dataFromBytes(List<int> bytes,
          {String mimeType = "application/octet-stream", Map<String, String>? parameters, bool percentEncoded = false}) =>
      throw UnsupportedError("Uri.dataFromBytes");
  /// The four bytes of a dotted-quad IPv4 address, most significant first (the VM's
  /// `Uri.parseIPv4Address`: exactly four decimal parts of at most 255; a part that is not a
  /// number fails in `int.parse`). A fixed-length List<int>, where the VM returns a Uint8List.
  static List<int> parseIPv4Address(String host) => _Uri._parseIPv4Address(host, 0, host.length);

  /// The sixteen bytes of an IPv6 address in [host]'s [start, end), most significant first (the
  /// VM's `Uri.parseIPv6Address`: eight parts of one to four hex digits, one `::` standing for
  /// the zero parts left out, the last two parts possibly a dotted-quad IPv4 address). A
  /// fixed-length List<int>, where the VM returns a Uint8List.
  static List<int> parseIPv6Address(String host, [int start = 0, int? end]) =>
      _Uri._parseIPv6Address(host, start, end ?? host.length);

  static Uri? tryParse(String uri, [int start = 0, int? end]) {
    try {
      return parse(uri, start, end);
    } on FormatException {
      return null;
    }
  }

  /// Escapes every character except `A-Z a-z 0-9 - _ . ! ~ * ' ( )` (RFC 2396's unreserved).
  static String encodeComponent(String component) => _Uri._encode(_Uri._unreserved2396, component, false);

  /// Escapes every character except `A-Z a-z 0-9 - _ . ~`; a space becomes `+`.
  static String encodeQueryComponent(String component) => _Uri._encode(_Uri._unreserved, component, true);

  static String decodeComponent(String encodedComponent) =>
      _Uri._decode(encodedComponent, 0, encodedComponent.length, false);

  static String decodeQueryComponent(String encodedComponent) =>
      _Uri._decode(encodedComponent, 0, encodedComponent.length, true);

  /// Escapes the characters a URI can never hold, keeping its delimiters.
  static String encodeFull(String uri) => _Uri._encode(_Uri._encodeFull, uri, false);

  static String decodeFull(String uri) => _Uri._decode(uri, 0, uri.length, false);

  static Map<String, String> splitQueryString(String query) {
    Map<String, String> map = <String, String>{};
    for (String element in query.split("&")) {
      int index = element.indexOf("=");
      if (index == -1) {
        if (element != "") map[decodeQueryComponent(element)] = "";
      } else if (index != 0) {
        map[decodeQueryComponent(element.substring(0, index))] = decodeQueryComponent(element.substring(index + 1));
      }
    }
    return map;
  }

  String get scheme;
  String get authority;
  String get userInfo;
  String get host;
  int get port;
  String get path;
  String get query;
  String get fragment;
  List<String> get pathSegments;
  Map<String, String> get queryParameters;
  Map<String, List<String>> get queryParametersAll;
  bool get isAbsolute;
  bool get hasScheme;
  bool get hasAuthority;
  bool get hasPort;
  bool get hasQuery;
  bool get hasFragment;
  bool get hasEmptyPath;
  bool get hasAbsolutePath;
  String get origin;
  @pragma('dartc:unsupported', "data: URIs are not implemented")
  dynamic get data;
  bool isScheme(String scheme);
  String toFilePath({bool? windows});
  Uri resolve(String reference);
  Uri resolveUri(Uri reference);
  Uri normalizePath();
  Uri removeFragment();
  Uri replace(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment});
}

final class _Uri implements Uri {
  final String scheme;
  final String _userInfo;
  // Null without an authority; an IPv6 address keeps its brackets here.
  final String? _host;
  // Null when absent or the scheme's default.
  final int? _port;
  final String path;
  final String? _query;
  final String? _fragment;

  _Uri._internal(this.scheme, this._userInfo, this._host, this._port, this.path, this._query, this._fragment);

  factory _Uri(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment}) {
    String theScheme = scheme == null ? "" : _makeScheme(scheme, 0, scheme.length);
    String theUserInfo = userInfo == null ? "" : _normalize(userInfo, 0, userInfo.length, _userInfoChars, false);
    String? theHost = host == null ? null : _makeHost(host, 0, host.length, true);
    String? theQuery = _makeQuery(query, queryParameters);
    String? theFragment = fragment == null ? null : _normalize(fragment, 0, fragment.length, _queryChars, true);
    int? thePort = _makePort(port, theScheme);
    bool isFile = theScheme == "file";
    if (theHost == null && (theUserInfo.isNotEmpty || thePort != null || isFile)) theHost = "";
    String thePath = _makePath(path, pathSegments, theScheme, theHost != null);
    if (theHost == null && thePath.startsWith("//")) theHost = "";
    return _Uri._internal(theScheme, theUserInfo, theHost, thePort, thePath, theQuery, theFragment);
  }

  static _Uri _http(String scheme, String authority, String unencodedPath, Map<String, dynamic>? queryParameters) {
    String? userInfo;
    String? host;
    int? port;
    if (authority.isNotEmpty) {
      int hostStart = 0;
      for (int i = 0; i < authority.length; i++) {
        if (authority.codeUnitAt(i) == 0x40 /* @ */) {
          userInfo = authority.substring(0, i);
          hostStart = i + 1;
          break;
        }
      }
      int hostEnd = hostStart;
      if (hostStart < authority.length && authority.codeUnitAt(hostStart) == 0x5B /* [ */) {
        int escape = hostStart;
        while (escape < authority.length && authority.codeUnitAt(escape) != 0x5D /* ] */) {
          escape++;
        }
        if (escape == authority.length) throw FormatException("Invalid IPv6 host entry.", authority, hostStart);
        hostEnd = escape + 1;
      }
      while (hostEnd < authority.length && authority.codeUnitAt(hostEnd) != 0x3A /* : */) {
        hostEnd++;
      }
      host = authority.substring(hostStart, hostEnd);
      if (hostEnd < authority.length) {
        String portText = authority.substring(hostEnd + 1);
        if (portText.isNotEmpty) port = int.parse(portText);
      }
    }
    return _Uri(
        scheme: scheme,
        userInfo: userInfo,
        host: host,
        port: port,
        pathSegments: unencodedPath.split("/"),
        queryParameters: queryParameters);
  }

  // --- Parsing ----------------------------------------------------------------------------------

  static _Uri _parse(String uri, int start, int? end) {
    int stop = RangeError.checkValidRange(start, end, uri.length);
    String scheme = "";
    int pos = start;
    for (int i = start; i < stop; i++) {
      int c = uri.codeUnitAt(i);
      if (c == 0x3A /* : */) {
        if (i == start) throw FormatException("Invalid empty scheme", uri, start);
        scheme = _makeScheme(uri, start, i);
        pos = i + 1;
        break;
      }
      if (c == 0x2F /* / */ || c == 0x3F /* ? */ || c == 0x23 /* # */) break;
    }
    String userInfo = "";
    String? host;
    int? port;
    if (pos + 1 < stop && uri.codeUnitAt(pos) == 0x2F && uri.codeUnitAt(pos + 1) == 0x2F) {
      int authStart = pos + 2;
      int authEnd = authStart;
      while (authEnd < stop) {
        int c = uri.codeUnitAt(authEnd);
        if (c == 0x2F || c == 0x3F || c == 0x23) break;
        authEnd++;
      }
      int hostStart = authStart;
      for (int i = authEnd - 1; i >= authStart; i--) {
        if (uri.codeUnitAt(i) == 0x40 /* @ */) {
          userInfo = _normalize(uri, authStart, i, _userInfoChars, false);
          hostStart = i + 1;
          break;
        }
      }
      int hostEnd = authEnd;
      int afterBracket = hostStart;
      if (hostStart < authEnd && uri.codeUnitAt(hostStart) == 0x5B) {
        afterBracket = uri.indexOf("]", hostStart);
        if (afterBracket < 0 || afterBracket >= authEnd) {
          throw FormatException("Missing end `]` to match `[` in host", uri, hostStart);
        }
      }
      for (int i = authEnd - 1; i > afterBracket; i--) {
        if (uri.codeUnitAt(i) == 0x3A /* : */) {
          hostEnd = i;
          break;
        }
      }
      if (hostEnd < authEnd) {
        int value = 0;
        for (int i = hostEnd + 1; i < authEnd; i++) {
          int digit = uri.codeUnitAt(i) ^ 0x30;
          if (digit > 9) throw FormatException("Invalid port", uri, i);
          value = value * 10 + digit;
        }
        if (hostEnd + 1 < authEnd) port = _makePort(value, scheme);
      }
      host = _makeHost(uri, hostStart, hostEnd, false);
      pos = authEnd;
    }
    int pathEnd = pos;
    while (pathEnd < stop) {
      int c = uri.codeUnitAt(pathEnd);
      if (c == 0x3F || c == 0x23) break;
      pathEnd++;
    }
    String? query;
    String? fragment;
    int queryEnd = pathEnd;
    if (pathEnd < stop && uri.codeUnitAt(pathEnd) == 0x3F) {
      queryEnd = pathEnd + 1;
      while (queryEnd < stop && uri.codeUnitAt(queryEnd) != 0x23) {
        queryEnd++;
      }
      query = _normalize(uri, pathEnd + 1, queryEnd, _queryChars, true);
    }
    if (queryEnd < stop) fragment = _normalize(uri, queryEnd + 1, stop, _queryChars, true);
    bool isFile = scheme == "file";
    if (host == null && isFile) host = "";
    String path = _normalize(uri, pos, pathEnd, _pathOrSlashChars, true);
    // A file URI always has an authority, and a path after an authority is absolute.
    if (path.isEmpty) {
      if (isFile) path = "/";
    } else if (host != null && !path.startsWith("/")) {
      path = "/$path";
    }
    path = _normalizePath(path, scheme, host != null);
    return _Uri._internal(scheme, userInfo, host, port, path, query, fragment);
  }

  static String _makeScheme(String text, int start, int end) {
    if (!_isAlpha(text.codeUnitAt(start))) {
      throw FormatException("Scheme not starting with alphabetic character", text, start);
    }
    for (int i = start; i < end; i++) {
      int c = text.codeUnitAt(i);
      if (!_in(_schemeChars, c)) throw FormatException("Illegal scheme character", text, i);
    }
    return text.substring(start, end).toLowerCase();
  }

  static int? _makePort(int? port, String scheme) => port != null && port == _defaultPort(scheme) ? null : port;

  static int _defaultPort(String scheme) {
    if (scheme == "http") return 80;
    if (scheme == "https") return 443;
    return 0;
  }

  static String _makeHost(String text, int start, int end, bool strictIPv6) {
    if (start == end) return "";
    if (text.codeUnitAt(start) == 0x5B /* [ */) {
      if (text.codeUnitAt(end - 1) != 0x5D) throw FormatException("Missing end `]` to match `[` in host", text, start);
      _parseIPv6Address(text, start + 1, end - 1);
      return text.substring(start, end).toLowerCase();
    }
    if (strictIPv6) {
      // A host given to the constructor with a colon is an IPv6 address without its brackets.
      for (int i = start; i < end; i++) {
        if (text.codeUnitAt(i) == 0x3A) {
          _parseIPv6Address(text, start, end);
          return "[${text.substring(start, end).toLowerCase()}]";
        }
      }
    }
    return _normalize(text, start, end, _regNameChars, false, lowerCase: true);
  }

  // Uri.parseIPv4Address on [start, end) of [host], with the VM's errors and their positions.
  static List<int> _parseIPv4Address(String host, int start, int end) {
    Never fail(String message, int position) => throw FormatException("Illegal IPv4 address, $message", host, position);
    List<int> result = List<int>.filled(4, 0);
    int partIndex = 0;
    int partStart = start;
    for (int i = start; i < end; i++) {
      int char = host.codeUnitAt(i);
      if (char != 0x2E /* . */) {
        if (char ^ 0x30 > 9) fail("invalid character", i);
      } else {
        if (partIndex == 3) fail("IPv4 address should contain exactly 4 parts", i);
        int part = int.parse(host.substring(partStart, i));
        if (part > 255) fail("each part must be in the range 0..255", partStart);
        result[partIndex++] = part;
        partStart = i + 1;
      }
    }
    if (partIndex != 3) fail("IPv4 address should contain exactly 4 parts", end);
    int part = int.parse(host.substring(partStart, end));
    if (part > 255) fail("each part must be in the range 0..255", partStart);
    result[partIndex] = part;
    return result;
  }

  // Uri.parseIPv6Address on [start, end) of [host], with the VM's errors and their positions
  // (null where the VM gives none). The parts are read up to the last colon; what follows is
  // one more hex part, or two parts from an IPv4 address if a dot was seen.
  static List<int> _parseIPv6Address(String host, int start, int end) {
    Never fail(String message, int? position) => throw FormatException("Illegal IPv6 address, $message", host, position);
    int parseHex(int from, int to) {
      if (to - from > 4) fail("an IPv6 part can only contain a maximum of 4 hex digits", from);
      int value = int.parse(host.substring(from, to), radix: 16);
      if (value < 0 || value > 0xFFFF) fail("each part must be in the range of `0x0..0xFFFF`", from);
      return value;
    }

    if (host.length < 2) fail("address is too short", null);
    List<int> parts = <int>[];  // -1: the wildcard
    bool wildcardSeen = false;
    bool seenDot = false;
    int partStart = start;
    for (int i = start; i < end; i++) {
      int char = host.codeUnitAt(i);
      if (char == 0x3A /* : */) {
        if (i == start) {
          // A leading colon must be the start of `::`.
          i++;
          if (host.codeUnitAt(i) != 0x3A) fail("invalid start colon.", i);
          partStart = i;
        }
        if (i == partStart) {
          if (wildcardSeen) fail("only one wildcard `::` is allowed", i);
          wildcardSeen = true;
          parts.add(-1);
        } else {
          parts.add(parseHex(partStart, i));
        }
        partStart = i + 1;
      } else if (char == 0x2E /* . */) {
        seenDot = true;
      }
    }
    if (parts.isEmpty) fail("too few parts", null);
    bool atEnd = partStart == end;
    if (atEnd && parts.last != -1) fail("expected a part after last `:`", end);
    if (!atEnd) {
      if (!seenDot) {
        parts.add(parseHex(partStart, end));
      } else {
        List<int> last = _parseIPv4Address(host, partStart, end);
        parts.add(last[0] << 8 | last[1]);
        parts.add(last[2] << 8 | last[3]);
      }
    }
    if (wildcardSeen) {
      if (parts.length > 7) fail("an address with a wildcard must have less than 7 parts", null);
    } else if (parts.length != 8) {
      fail("an address without a wildcard must contain exactly 8 parts", null);
    }
    List<int> bytes = List<int>.filled(16, 0);
    int index = 0;
    for (int value in parts) {
      if (value == -1) {
        index += 2 * (9 - parts.length);  // the zero parts the wildcard stands for
      } else {
        bytes[index] = value >> 8;
        bytes[index + 1] = value & 0xff;
        index += 2;
      }
    }
    return bytes;
  }

  static String? _makeQuery(String? query, Map<String, dynamic>? queryParameters) {
    if (query != null) {
      if (queryParameters != null) throw ArgumentError('Both query and queryParameters specified');
      return _normalize(query, 0, query.length, _queryChars, true);
    }
    if (queryParameters == null) return null;
    StringBuffer result = StringBuffer();
    String separator = "";
    void writeParameter(String key, String? value) {
      result.write(separator);
      separator = "&";
      result.write(Uri.encodeQueryComponent(key));
      if (value != null && value.isNotEmpty) {
        result.write("=");
        result.write(Uri.encodeQueryComponent(value));
      }
    }

    queryParameters.forEach((key, value) {
      if (value == null || value is String) {
        writeParameter(key, value);
      } else {
        Iterable values = value;
        for (String value in values) {
          writeParameter(key, value);
        }
      }
    });
    return result.toString();
  }

  static String _makePath(String? path, Iterable<String>? pathSegments, String scheme, bool hasAuthority) {
    bool isFile = scheme == "file";
    bool ensureLeadingSlash = isFile || hasAuthority;
    String result;
    if (path != null) {
      if (pathSegments != null) throw ArgumentError('Both path and pathSegments specified');
      result = _normalize(path, 0, path.length, _pathOrSlashChars, true);
    } else if (pathSegments != null) {
      result = pathSegments.map((s) => _encode(_pathChars, s, false)).join("/");
    } else {
      result = "";
    }
    if (result.isEmpty) {
      if (isFile) return "/";
    } else if (ensureLeadingSlash && !result.startsWith("/")) {
      result = "/$result";
    }
    return _normalizePath(result, scheme, hasAuthority);
  }

  static String _normalizePath(String path, String scheme, bool hasAuthority) {
    if (scheme.isEmpty && !hasAuthority && !path.startsWith("/")) return _normalizeRelativePath(path, false);
    return _removeDotSegments(path);
  }

  static bool _mayContainDotSegments(String path) => path.startsWith(".") || path.contains("/.");

  // RFC 3986 5.2.4.
  static String _removeDotSegments(String path) {
    if (!_mayContainDotSegments(path)) return path;
    List<String> output = <String>[];
    bool appendSlash = false;
    for (String segment in path.split("/")) {
      appendSlash = false;
      if (segment == "..") {
        if (output.isNotEmpty) {
          output.removeLast();
          if (output.isEmpty) output.add("");
        }
        appendSlash = true;
      } else if (segment == ".") {
        appendSlash = true;
      } else {
        output.add(segment);
      }
    }
    if (appendSlash) output.add("");
    return output.join("/");
  }

  // Dot segments of a relative path without scheme or authority: leading `..` segments stay (the
  // VM's rule; RFC 3986 leaves this case open), and a first segment that would read as a scheme
  // gets its colon escaped.
  static String _normalizeRelativePath(String path, bool allowScheme) {
    if (!_mayContainDotSegments(path)) return allowScheme ? path : _escapeScheme(path);
    List<String> output = <String>[];
    bool appendSlash = false;
    for (String segment in path.split("/")) {
      appendSlash = false;
      if (segment == "..") {
        if (output.isNotEmpty && output.last != "..") {
          output.removeLast();
          appendSlash = true;
        } else {
          output.add("..");
        }
      } else if (segment == ".") {
        appendSlash = true;
      } else {
        output.add(segment);
      }
    }
    if (output.isEmpty || (output.length == 1 && output[0].isEmpty)) return "./";
    if (appendSlash || output.last == "..") output.add("");
    if (!allowScheme) output[0] = _escapeScheme(output[0]);
    return output.join("/");
  }

  static String _escapeScheme(String path) {
    if (path.length >= 2 && _isAlpha(path.codeUnitAt(0))) {
      for (int i = 1; i < path.length; i++) {
        int c = path.codeUnitAt(i);
        if (c == 0x3A) return "${path.substring(0, i)}%3A${path.substring(i + 1)}";
        if (!_in(_schemeChars, c)) break;
      }
    }
    return path;
  }

  // --- Character classes (the code units a component may hold as they are) -------------------------

  static bool _in(_UriChars chars, int c) => c < 128 && chars.contains(c);
  static bool _isAlpha(int c) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A;

  static int _hexValue(int c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    int lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x66) return lower - 0x57;
    return -1;
  }

  static const String _alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  // RFC 3986 2.3 and 2.2.
  static const _UriChars _unreserved = _UriChars("$_alnum-._~");
  static const _UriChars _unreserved2396 = _UriChars("$_alnum-._~!*'()");
  static const _UriChars _encodeFull = _UriChars("$_alnum-._~!#\$&'()*+,/:;=?@");
  static const _UriChars _schemeChars = _UriChars("$_alnum+-.");
  static const _UriChars _userInfoChars = _UriChars("$_alnum-._~!\$&'()*+,;=:");
  static const _UriChars _regNameChars = _UriChars("$_alnum-._~!\$&'()*+,;=");
  static const _UriChars _pathChars = _UriChars("$_alnum-._~!\$&'()*+,;=:@");
  static const _UriChars _pathOrSlashChars = _UriChars("$_alnum-._~!\$&'()*+,;=:@/");
  static const _UriChars _queryChars = _UriChars("$_alnum-._~!\$&'()*+,;=:@/?");
  // RFC 3986 2.2's gen-delims.
  static const _UriChars _genDelimiters = _UriChars(":/?#[]@");

  // --- Encoding and decoding ----------------------------------------------------------------------

  static const String _hexDigits = "0123456789ABCDEF";

  static void _writeEscapedUtf8(StringBuffer out, int codePoint) {
    void byte(int b) {
      out.writeCharCode(0x25);
      out.writeCharCode(_hexDigits.codeUnitAt(b >> 4));
      out.writeCharCode(_hexDigits.codeUnitAt(b & 0xF));
    }

    if (codePoint < 0x80) {
      byte(codePoint);
    } else if (codePoint < 0x800) {
      byte(0xC0 | (codePoint >> 6));
      byte(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
      byte(0xE0 | (codePoint >> 12));
      byte(0x80 | ((codePoint >> 6) & 0x3F));
      byte(0x80 | (codePoint & 0x3F));
    } else {
      byte(0xF0 | (codePoint >> 18));
      byte(0x80 | ((codePoint >> 12) & 0x3F));
      byte(0x80 | ((codePoint >> 6) & 0x3F));
      byte(0x80 | (codePoint & 0x3F));
    }
  }

  // The code point at `i` (a surrogate pair combined; a lone surrogate is U+FFFD, as UTF-8
  // encoding makes it) and how many code units it takes.
  static int _codePointAt(String text, int i, int end) {
    int c = text.codeUnitAt(i);
    if (c & 0xFC00 == 0xD800 && i + 1 < end) {
      int next = text.codeUnitAt(i + 1);
      if (next & 0xFC00 == 0xDC00) return 0x10000 + ((c & 0x3FF) << 10) + (next & 0x3FF);
    }
    if (c & 0xF800 == 0xD800) return 0xFFFD;
    return c;
  }

  static String _encode(_UriChars allowed, String text, bool spaceToPlus) {
    StringBuffer out = StringBuffer();
    for (int i = 0; i < text.length; i++) {
      int c = text.codeUnitAt(i);
      if (_in(allowed, c)) {
        out.writeCharCode(c);
      } else if (spaceToPlus && c == 0x20) {
        out.writeCharCode(0x2B);
      } else {
        int codePoint = _codePointAt(text, i, text.length);
        if (codePoint > 0xFFFF) i++;
        _writeEscapedUtf8(out, codePoint);
      }
    }
    return out.toString();
  }

  // A component as the VM normalizes it: allowed characters stay, `%XX` escapes get upper-case
  // hex (or become the unreserved character they stand for), a `%` not starting an escape becomes
  // `%25`, other characters are escaped as UTF-8. A general delimiter is an error unless
  // `escapeDelimiters`. A host (`lowerCase`) is lower-cased.
  static String _normalize(String text, int start, int end, _UriChars allowed, bool escapeDelimiters,
      {bool lowerCase = false}) {
    StringBuffer out = StringBuffer();
    for (int i = start; i < end; i++) {
      int c = text.codeUnitAt(i);
      if (_in(allowed, c) && c != 0x25) {
        out.writeCharCode(lowerCase && c >= 0x41 && c <= 0x5A ? c | 0x20 : c);
      } else if (c == 0x25 /* % */) {
        int high = i + 2 < end ? _hexValue(text.codeUnitAt(i + 1)) : -1;
        int low = i + 2 < end ? _hexValue(text.codeUnitAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          out.write("%25");
          continue;
        }
        int value = high * 16 + low;
        if (_in(_unreserved, value)) {
          out.writeCharCode(lowerCase && value >= 0x41 && value <= 0x5A ? value | 0x20 : value);
        } else {
          out.writeCharCode(0x25);
          out.writeCharCode(_hexDigits.codeUnitAt(high));
          out.writeCharCode(_hexDigits.codeUnitAt(low));
        }
        i += 2;
      } else if (!escapeDelimiters && _in(_genDelimiters, c)) {
        throw FormatException("Invalid character", text, i);
      } else {
        int codePoint = _codePointAt(text, i, end);
        if (codePoint > 0xFFFF) i++;
        _writeEscapedUtf8(out, codePoint);
      }
    }
    return out.toString();
  }

  static String _decode(String text, int start, int end, bool plusToSpace) {
    bool simple = true;
    for (int i = start; i < end; i++) {
      int c = text.codeUnitAt(i);
      if (c > 127 || c == 0x25 || (plusToSpace && c == 0x2B)) {
        simple = false;
        break;
      }
    }
    if (simple) return text.substring(start, end);
    List<int> bytes = <int>[];
    for (int i = start; i < end; i++) {
      int c = text.codeUnitAt(i);
      if (c > 127) throw ArgumentError("Illegal percent encoding in URI");
      if (c == 0x25) {
        if (i + 3 > text.length) throw ArgumentError("Truncated URI");
        int high = _hexValue(text.codeUnitAt(i + 1));
        int low = _hexValue(text.codeUnitAt(i + 2));
        if (high < 0 || low < 0) throw ArgumentError("Invalid URL encoding");
        bytes.add(high * 16 + low);
        i += 2;
      } else if (plusToSpace && c == 0x2B) {
        bytes.add(0x20);
      } else {
        bytes.add(c);
      }
    }
    return _decodeUtf8(bytes);
  }

  // Strict UTF-8 (RFC 3629), as dart:convert's utf8.decode: malformed input is a FormatException.
  static String _decodeUtf8(List<int> bytes) {
    List<int> codes = <int>[];
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i];
      int extra;
      int value;
      int min;
      if (b < 0x80) {
        codes.add(b);
        i++;
        continue;
      } else if (b & 0xE0 == 0xC0) {
        extra = 1;
        value = b & 0x1F;
        min = 0x80;
      } else if (b & 0xF0 == 0xE0) {
        extra = 2;
        value = b & 0x0F;
        min = 0x800;
      } else if (b & 0xF8 == 0xF0) {
        extra = 3;
        value = b & 0x07;
        min = 0x10000;
      } else {
        throw FormatException("Invalid UTF-8 byte", bytes, i);
      }
      if (i + extra >= bytes.length) {
        throw FormatException("Unfinished UTF-8 octet sequence", bytes, bytes.length);
      }
      for (int k = 1; k <= extra; k++) {
        int next = bytes[i + k];
        if (next & 0xC0 != 0x80) throw FormatException("Unexpected extension byte", bytes, i + k);
        value = (value << 6) | (next & 0x3F);
      }
      if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        throw FormatException("Invalid UTF-8 byte", bytes, i);
      }
      codes.add(value);
      i += extra + 1;
    }
    return String.fromCharCodes(codes);
  }

  // --- Accessors ----------------------------------------------------------------------------------

  String get userInfo => _userInfo;
  dynamic get data => throw UnsupportedError("Uri.data");
  String get host {
    String? h = _host;
    if (h == null) return "";
    if (h.startsWith("[")) return h.substring(1, h.length - 1);
    return h;
  }

  int get port => _port ?? _defaultPort(scheme);
  String get query => _query ?? "";
  String get fragment => _fragment ?? "";
  bool get hasScheme => scheme.isNotEmpty;
  bool get hasAuthority => _host != null;
  bool get hasPort => _port != null;
  bool get hasQuery => _query != null;
  bool get hasFragment => _fragment != null;
  bool get hasEmptyPath => path.isEmpty;
  bool get hasAbsolutePath => path.startsWith("/");
  bool get isAbsolute => scheme != "" && fragment == "";
  bool isScheme(String scheme) => this.scheme == scheme.toLowerCase();

  String get authority {
    if (!hasAuthority) return "";
    StringBuffer sb = StringBuffer();
    _writeAuthority(sb);
    return sb.toString();
  }

  String get origin {
    if (scheme == "") throw StateError("Cannot use origin without a scheme: $this");
    if (scheme != "http" && scheme != "https") {
      throw StateError("Origin is only applicable schemes http and https: $this");
    }
    String? h = _host;
    if (h == null || h == "") throw StateError("A $scheme: URI should have a non-empty host name: $this");
    int? p = _port;
    if (p == null) return "$scheme://$h";
    return "$scheme://$h:$p";
  }

  List<String> get pathSegments {
    String toSplit = path.startsWith("/") ? path.substring(1) : path;
    if (toSplit.isEmpty) return const <String>[];
    return List<String>.unmodifiable(toSplit.split("/").map(Uri.decodeComponent));
  }

  Map<String, String> get queryParameters => Map<String, String>.unmodifiable(Uri.splitQueryString(query));

  Map<String, List<String>> get queryParametersAll {
    Map<String, List<String>> result = <String, List<String>>{};
    for (String element in query.split("&")) {
      if (element.isEmpty) continue;
      int index = element.indexOf("=");
      String key = Uri.decodeQueryComponent(index < 0 ? element : element.substring(0, index));
      String value = index < 0 ? "" : Uri.decodeQueryComponent(element.substring(index + 1));
      result.putIfAbsent(key, () => <String>[]).add(value);
    }
    return Map<String, List<String>>.unmodifiable(
        result.map((key, values) => MapEntry(key, List<String>.unmodifiable(values))));
  }

  void _writeAuthority(StringBuffer sb) {
    if (_userInfo.isNotEmpty) {
      sb.write(_userInfo);
      sb.write("@");
    }
    String? h = _host;
    if (h != null) sb.write(h);
    int? p = _port;
    if (p != null) {
      sb.write(":");
      sb.write(p);
    }
  }

  String toString() {
    StringBuffer sb = StringBuffer();
    if (scheme.isNotEmpty) {
      sb.write(scheme);
      sb.write(":");
    }
    // A file URI always has an authority, if only an empty one (meaning localhost).
    if (hasAuthority || scheme == "file") {
      sb.write("//");
      _writeAuthority(sb);
    }
    sb.write(path);
    if (_query != null) {
      sb.write("?");
      sb.write(_query);
    }
    if (_fragment != null) {
      sb.write("#");
      sb.write(_fragment);
    }
    return sb.toString();
  }

  bool operator ==(Object other) =>
      other is Uri &&
      scheme == other.scheme &&
      hasAuthority == other.hasAuthority &&
      userInfo == other.userInfo &&
      host == other.host &&
      port == other.port &&
      path == other.path &&
      hasQuery == other.hasQuery &&
      query == other.query &&
      hasFragment == other.hasFragment &&
      fragment == other.fragment;

  int get hashCode => toString().hashCode;

  // --- Operations ---------------------------------------------------------------------------------

  String toFilePath({bool? windows}) {
    if (windows == true) throw UnsupportedError("Windows file paths are not supported by dartc");
    if (scheme != "" && scheme != "file") throw UnsupportedError("Cannot extract a file path from a $scheme URI");
    if (query != "") throw UnsupportedError("Cannot extract a file path from a URI with a query component");
    if (fragment != "") throw UnsupportedError("Cannot extract a file path from a URI with a fragment component");
    if (hasAuthority && host != "") {
      throw UnsupportedError("Cannot extract a non-Windows file path from a file URI with an authority");
    }
    List<String> segments = pathSegments;
    for (String segment in segments) {
      if (segment.contains("/")) throw UnsupportedError("Illegal path character $segment");
    }
    StringBuffer result = StringBuffer();
    if (hasAbsolutePath) result.write("/");
    result.writeAll(segments, "/");
    return result.toString();
  }

  Uri resolve(String reference) => resolveUri(Uri.parse(reference));

  // RFC 3986 5.2.2, with the VM's rules where the RFC leaves the base without scheme or authority.
  Uri resolveUri(Uri reference) {
    String targetScheme;
    String targetUserInfo = "";
    String? targetHost;
    int? targetPort;
    String targetPath;
    String? targetQuery;
    if (reference.scheme.isNotEmpty) {
      targetScheme = reference.scheme;
      if (reference.hasAuthority) {
        targetUserInfo = reference.userInfo;
        targetHost = _hostOf(reference);
        targetPort = reference.hasPort ? reference.port : null;
      }
      targetPath = _removeDotSegments(reference.path);
      if (reference.hasQuery) targetQuery = reference.query;
    } else {
      targetScheme = scheme;
      if (reference.hasAuthority) {
        targetUserInfo = reference.userInfo;
        targetHost = _hostOf(reference);
        targetPort = _makePort(reference.hasPort ? reference.port : null, targetScheme);
        targetPath = _removeDotSegments(reference.path);
        if (reference.hasQuery) targetQuery = reference.query;
      } else {
        targetUserInfo = _userInfo;
        targetHost = _host;
        targetPort = _port;
        if (reference.path == "") {
          targetPath = path;
          targetQuery = reference.hasQuery ? reference.query : _query;
        } else {
          if (reference.hasAbsolutePath) {
            targetPath = _removeDotSegments(reference.path);
          } else if (hasEmptyPath) {
            if (!hasAuthority) {
              // No scheme or authority: the path stays relative; under a scheme, dot segments go.
              targetPath = hasScheme ? _removeDotSegments(reference.path) : reference.path;
            } else {
              targetPath = _removeDotSegments("/${reference.path}");
            }
          } else {
            String merged = "${path.substring(0, path.lastIndexOf("/") + 1)}${reference.path}";
            if (hasScheme || hasAuthority || hasAbsolutePath) {
              targetPath = _removeDotSegments(merged);
            } else {
              // Both relative: the merged path may keep leading `..` segments (the VM's rule).
              targetPath = _normalizeRelativePath(merged, hasScheme || hasAuthority);
            }
          }
          if (reference.hasQuery) targetQuery = reference.query;
        }
      }
    }
    String? fragment = reference.hasFragment ? reference.fragment : null;
    return _Uri._internal(targetScheme, targetUserInfo, targetHost, targetPort, targetPath, targetQuery, fragment);
  }

  // A reference's host as stored (IPv6 addresses in brackets).
  static String _hostOf(Uri reference) {
    if (reference is _Uri) return reference._host ?? "";
    String h = reference.host;
    return h.contains(":") ? "[$h]" : h;
  }

  Uri normalizePath() {
    String normalized = _normalizePath(path, scheme, hasAuthority);
    if (identical(normalized, path) || normalized == path) return this;
    return _Uri._internal(scheme, _userInfo, _host, _port, normalized, _query, _fragment);
  }

  Uri removeFragment() {
    if (!hasFragment) return this;
    return _Uri._internal(scheme, _userInfo, _host, _port, path, _query, null);
  }

  Uri replace(
      {String? scheme,
      String? userInfo,
      String? host,
      int? port,
      String? path,
      Iterable<String>? pathSegments,
      String? query,
      Map<String, dynamic>? queryParameters,
      String? fragment}) {
    bool schemeChanged = false;
    String theScheme = this.scheme;
    if (scheme != null) {
      theScheme = _makeScheme(scheme, 0, scheme.length);
      schemeChanged = theScheme != this.scheme;
    }
    String theUserInfo =
        userInfo == null ? _userInfo : _normalize(userInfo, 0, userInfo.length, _userInfoChars, false);
    int? thePort = port == null ? (schemeChanged ? _makePort(_port, theScheme) : _port) : _makePort(port, theScheme);
    String? theHost = host == null ? _host : _makeHost(host, 0, host.length, true);
    if (theHost == null && (theUserInfo.isNotEmpty || thePort != null || theScheme == "file")) theHost = "";
    bool hasAuthority = theHost != null;
    String thePath = path != null || pathSegments != null
        ? _makePath(path, pathSegments, theScheme, hasAuthority)
        : this.path;
    if (path == null && pathSegments == null && hasAuthority && thePath.isNotEmpty && !thePath.startsWith("/")) {
      thePath = "/$thePath";
    }
    String? theQuery = query != null || queryParameters != null ? _makeQuery(query, queryParameters) : _query;
    String? theFragment = fragment == null ? _fragment : _normalize(fragment, 0, fragment.length, _queryChars, true);
    return _Uri._internal(theScheme, theUserInfo, theHost, thePort, thePath, theQuery, theFragment);
  }
}

// A set of ASCII characters (the characters of a string).
final class _UriChars {
  final String _chars;
  const _UriChars(this._chars);

  bool contains(int c) {
    for (int i = 0; i < _chars.length; i++) {
      if (_chars.codeUnitAt(i) == c) return true;
    }
    return false;
  }
}

// Uri.base's directory (dart:io's Directory.current reads the same native), or null when it
// cannot be read.
@pragma('dartc:native', 'dartrt_io_current_directory')
external String? _workingDirectory();

part of dart._internal;

// The toString of collections, with the Dart SDK's texts: lists and sets print every element
// ([1, 2] and {1, 2}), other iterables an abbreviated form ((1, 2, ..., 99, 100)), maps
// {k: v, ...}; a collection that is reached again while it is being printed prints as [...],
// {...} or (...).

/// The collections whose toString is running, innermost last (identity matters, not equality).
final List<Object> toStringVisiting = <Object>[];

bool isToStringVisiting(Object o) {
  for (int i = 0; i < toStringVisiting.length; i++) {
    if (identical(o, toStringVisiting[i])) return true;
  }
  return false;
}

/// Every element, separated by ", ", between [left] and [right].
String iterableToFullString(Iterable<Object?> iterable, String left, String right) {
  if (isToStringVisiting(iterable)) return "$left...$right";
  StringBuffer buffer = StringBuffer(left);
  toStringVisiting.add(iterable);
  try {
    bool first = true;
    for (Object? element in iterable) {
      if (!first) buffer.write(", ");
      first = false;
      buffer.write(element);
    }
  } finally {
    toStringVisiting.removeLast();
  }
  buffer.write(right);
  return buffer.toString();
}

/// The abbreviated form of Iterable.toString: about 80 characters at most, always the first three
/// and the last two elements, an ellipsis for what is left out, and at most 100 elements looked at.
String iterableToShortString(Iterable<Object?> iterable, String left, String right) {
  if (isToStringVisiting(iterable)) return "$left...$right";
  List<String> parts = <String>[];
  toStringVisiting.add(iterable);
  try {
    _shortParts(iterable, parts);
  } finally {
    toStringVisiting.removeLast();
  }
  StringBuffer buffer = StringBuffer(left);
  for (int i = 0; i < parts.length; i++) {
    if (i > 0) buffer.write(", ");
    buffer.write(parts[i]);
  }
  buffer.write(right);
  return buffer.toString();
}

// The budget of the abbreviated form: characters, leading and trailing elements always shown,
// elements looked at, the cost of a separator (", " or the brackets), and of "...".
const int _lengthLimit = 80;
const int _headCount = 3;
const int _tailCount = 2;
const int _maxCount = 100;
const int _overhead = 2;
const int _ellipsisSize = 3;

// Fills [parts] with the texts to print, "..." standing for elided elements.
void _shortParts(Iterable<Object?> iterable, List<String> parts) {
  Iterator<Object?> it = iterable.iterator;
  int length = 0; // characters of `parts` so far, with one separator each
  int count = 0; // elements seen so far
  // Leading elements: at least three, then as long as the text stays short.
  while (length < _lengthLimit || count < _headCount) {
    if (!it.moveNext()) return;
    String text = "${it.current}";
    parts.add(text);
    length += text.length + _overhead;
    count++;
  }

  // Now find the last two elements (some may already be in `parts`).
  String secondLast;
  String last;
  if (!it.moveNext()) {
    // Everything was taken already.
    if (count <= _headCount + _tailCount) return;
    last = parts.removeLast();
    secondLast = parts.removeLast();
  } else {
    Object? beforeEnd = it.current;
    count++;
    if (!it.moveNext()) {
      // Exactly one element after the leading run.
      if (count <= _headCount + 1) {
        parts.add("$beforeEnd");
        return;
      }
      last = "$beforeEnd";
      secondLast = parts.removeLast();
      length += last.length + _overhead;
    } else {
      Object? end = it.current;
      count++;
      while (it.moveNext()) {
        beforeEnd = end;
        end = it.current;
        count++;
        if (count > _maxCount) {
          // Too many to look for the end: drop leading parts until "..." fits, and stop.
          while (length > _lengthLimit - _ellipsisSize - _overhead && count > _headCount) {
            length -= parts.removeLast().length + _overhead;
            count--;
          }
          parts.add("...");
          return;
        }
      }
      secondLast = "$beforeEnd";
      last = "$end";
      length += last.length + secondLast.length + 2 * _overhead;
    }
  }

  // An ellipsis when elements lie between the leading run and the last two.
  bool elide = false;
  if (count > parts.length + _tailCount) {
    elide = true;
    length += _ellipsisSize + _overhead;
  }
  // Make room for long trailing elements by dropping leading ones (keeping three).
  while (length > _lengthLimit && parts.length > _headCount) {
    length -= parts.removeLast().length + _overhead;
    if (!elide) {
      elide = true;
      length += _ellipsisSize + _overhead;
    }
  }
  if (elide) parts.add("...");
  parts.add(secondLast);
  parts.add(last);
}

/// Map.toString: {key: value, ...}; a map reached again while printing prints as {...}.
String mapToString(Map<Object?, Object?> map) {
  if (isToStringVisiting(map)) return "{...}";
  StringBuffer buffer = StringBuffer("{");
  toStringVisiting.add(map);
  try {
    bool first = true;
    map.forEach((Object? key, Object? value) {
      if (!first) buffer.write(", ");
      first = false;
      buffer.write(key);
      buffer.write(": ");
      buffer.write(value);
    });
  } finally {
    toStringVisiting.removeLast();
  }
  buffer.write("}");
  return buffer.toString();
}

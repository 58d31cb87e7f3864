part of dart.core;

/// A generic destination for data (sdk/lib/core/sink.dart): dart:async's EventSink and
/// dart:convert's chunked conversion sinks are Sinks.
abstract interface class Sink<T> {
  void add(T data);
  void close();
}

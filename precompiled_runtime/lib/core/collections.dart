part of dart.core;

abstract class Iterator<E> {
  bool moveNext();
  E get current;
}

abstract class Iterable<E> {
  const Iterable();
  Iterator<E> get iterator;
}

abstract class List<E> implements Iterable<E> {
  int get length;
  E operator [](int index);
  void operator []=(int index, E value);
  void add(E value);
  void addAll(Iterable<E> iterable);
}

abstract class Set<E> implements Iterable<E> {
  bool add(E value);
  void addAll(Iterable<E> elements);
}

abstract class Map<K, V> {
  V? operator [](Object? key);
  void operator []=(K key, V value);
  void addAll(Map<K, V> other);
}

final class MapEntry<K, V> {
  final K key;
  final V value;
  const MapEntry(this.key, this.value);
}

// dart:collection for dartc: the base classes and mixins for user collections (ListBase, MapBase,
// SetBase, IterableBase), the hash-based maps and sets (their implementation lives in dart:core,
// where map and set literals need it), Queue/ListQueue/DoubleLinkedQueue, SplayTreeMap and
// SplayTreeSet, and unmodifiable views.
library dart.collection;

import 'dart:_internal';
import 'dart:math' show Random;

part 'collection/iterable.dart';
part 'collection/list.dart';
part 'collection/maps.dart';
part 'collection/sets.dart';
part 'collection/hash.dart';
part 'collection/queue.dart';
part 'collection/splay_tree.dart';

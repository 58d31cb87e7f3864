// dart:io for dartc: the synchronous parts command-line programs use — stdin, stdout and
// stderr, files, directories and links, Platform, exit and exitCode, Process.runSync — with the
// VM's behaviour and error texts (sdk/lib/io, runtime/bin), the Future and Stream forms of
// files, directories, links, Process.run and stdin built on them (io/io_futures.dart,
// file_async.dart), IOSink (io_sink.dart), Process.start and ProcessSignal.watch (docs/io.md).
library dart.io;

import 'dart:async';
import 'dart:collection';
import 'dart:convert';
import 'dart:isolate';
import 'dart:typed_data';

part 'io/errors.dart';
part 'io/bytes.dart';
part 'io/stdio.dart';
part 'io/file_system_entity.dart';
part 'io/file.dart';
part 'io/directory.dart';
part 'io/platform.dart';
part 'io/process.dart';
part 'io/process_start.dart';
part 'io/process_signal.dart';
part 'io/io_futures.dart';
part 'io/file_async.dart';
part 'io/file_lock.dart';
part 'io/io_sink.dart';
part 'io/stdin_stream.dart';
part 'io/file_watch.dart';
part 'io/sleep.dart';

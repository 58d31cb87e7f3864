part of dart.io;

// stdin's Stream interface (Stdin extends Stream<List<int>>; docs/io.md). The VM reads fd 0
// on its I/O threads and delivers whatever each read returns; here each chunk is one line of
// input with its terminator (read through the same buffer as readLineSync), read later from the
// event loop. Chunk boundaries are not part of the VM's contract either. Like the VM's, the
// stream can be listened to once.

Stream<List<int>>? _stdinStream;

Stream<List<int>> _readStdinChunks() async* {
  while (true) {
    String? line = await _runLater<String?>(() => _stdinReadLine(true));
    if (line == null) return;
    yield _bytesOf(line);
  }
}

// dart:io's file natives (File, RandomAccessFile, FileStat, FileSystemEntity.type, Link) on POSIX
// calls, following the VM's runtime/bin/file_linux.cc: which checks come before the system call,
// and which errno a failure reports.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io_common.h"

namespace dartrt {

namespace {

// FileSystemEntityType's indexes in io/file_system_entity.dart.
enum EntityType : int64_t { kFile = 0, kDirectory = 1, kLink = 2, kSocket = 3, kPipe = 4, kNotFound = 5 };

EntityType type_of_mode(mode_t mode) {
  if (S_ISDIR(mode)) return kDirectory;
  if (S_ISREG(mode)) return kFile;
  if (S_ISLNK(mode)) return kLink;
  if (S_ISSOCK(mode)) return kSocket;
  if (S_ISFIFO(mode)) return kPipe;
  return kNotFound;
}

EntityType type_of_path(const char* path, bool follow_links) {
  struct stat st;
  int r = follow_links ? stat(path, &st) : lstat(path, &st);
  if (r != 0) return kNotFound;
  return type_of_mode(st.st_mode);
}

// The last FileStat.statSync's results, read field by field (no list to allocate).
thread_local struct stat g_stat;

int64_t millis(const struct timespec& t) { return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000; }

// FileMode's values in io/file.dart (read, write, append, writeOnly, writeOnlyAppend).
int open_flags(int64_t mode) {
  switch (mode) {
    case 1: return O_RDWR | O_CREAT | O_TRUNC;
    case 2: return O_RDWR | O_CREAT;
    case 3: return O_WRONLY | O_CREAT | O_TRUNC;
    case 4: return O_WRONLY | O_CREAT;
    default: return O_RDONLY;
  }
}

int64_t write_all(int fd, const uint8_t* data, size_t length) {
  while (length > 0) {
    ssize_t n = write(fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      return io_fail();
    }
    data += n;
    length -= (size_t)n;
  }
  return 0;
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// FileSystemEntity.typeSync: an EntityType (never an error: a path that cannot be examined is
// not found, as on the VM).
int64_t dartrt_io_type(dart_word path, bool follow_links) {
  Utf8CString p(path);
  return type_of_path(p.c_str(), follow_links);
}

// File.existsSync: 1 or 0, -1 for an error other than "not there" (the VM: everything but a
// directory and a link is a file).
int64_t dartrt_io_file_exists(dart_word path) {
  Utf8CString p(path);
  struct stat st;
  if (stat(p.c_str(), &st) == 0) return S_ISDIR(st.st_mode) ? 0 : 1;
  if (errno == ENOENT || errno == ENOTDIR) return 0;
  return io_fail();
}

// FileStat.statSync (follows links): the EntityType, -1 when stat fails; then the fields.
int64_t dartrt_io_stat(dart_word path) {
  Utf8CString p(path);
  if (stat(p.c_str(), &g_stat) != 0) return io_fail();
  return type_of_mode(g_stat.st_mode);
}

// Field of the last stat: 0 changed, 1 modified, 2 accessed (milliseconds), 3 mode, 4 size.
int64_t dartrt_io_stat_field(int64_t field) {
  switch (field) {
    case 0: return millis(g_stat.st_ctim);
    case 1: return millis(g_stat.st_mtim);
    case 2: return millis(g_stat.st_atim);
    case 3: return (int64_t)g_stat.st_mode;
    default: return (int64_t)g_stat.st_size;
  }
}

// A file descriptor for File.openSync, or -1. Directories are refused with EISDIR, and the
// append modes start at the end, like the VM's File::Open.
int64_t dartrt_io_open(dart_word path, int64_t mode) {
  Utf8CString p(path);
  int fd = open(p.c_str(), open_flags(mode) | O_CLOEXEC, 0666);
  if (fd < 0) return io_fail();
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    set_io_error(EISDIR);
    return -1;
  }
  if ((mode == 2 || mode == 4) && lseek(fd, 0, SEEK_END) < 0) {
    int e = errno;
    close(fd);
    set_io_error(e);
    return -1;
  }
  return fd;
}

int64_t dartrt_io_close(int64_t fd) { return close((int)fd) == 0 ? 0 : io_fail(); }

// Up to `max` bytes from the file's position as a one-byte string ("" at the end), or null.
dart_word dartrt_io_read(int64_t fd, int64_t max) {
  ByteBuffer buffer;
  uint8_t chunk[65536];
  while (buffer.length < (uint64_t)max) {
    size_t want = (uint64_t)max - buffer.length < sizeof chunk ? (size_t)max - buffer.length : sizeof chunk;
    ssize_t n = read((int)fd, chunk, want);
    if (n < 0) {
      if (errno == EINTR) continue;
      buffer.release();
      return io_fail_null();
    }
    if (n == 0) break;
    buffer.append(chunk, (size_t)n);
  }
  set_io_error(0);
  dart_word r = bytes_to_string(buffer.data, buffer.length);
  buffer.release();
  return r;
}

// Everything from the file's position to its end (readAsBytesSync, readAsStringSync), read in
// one allocation when the size is known.
dart_word dartrt_io_read_all(int64_t fd) {
  struct stat st;
  off_t pos = lseek((int)fd, 0, SEEK_CUR);
  if (fstat((int)fd, &st) == 0 && S_ISREG(st.st_mode) && pos >= 0 && st.st_size >= pos) {
    size_t size = (size_t)(st.st_size - pos);
    set_io_error(0);
    DartString* s = string_try_alloc(false, size);
    if (!s) return DART_NULL;
    uint8_t* out = const_cast<uint8_t*>(dart_one_byte_data(s));
    size_t done = 0;
    while (done < size) {
      ssize_t n = read((int)fd, out + done, size - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        return io_fail_null();
      }
      if (n == 0) break;  // the file shrank: a shorter string is still a valid prefix
      done += (size_t)n;
    }
    if (done < size) {
      s->length = (uint32_t)done;  // the tail stays zero; the collector sizes by the header
    }
    // The file may have grown since fstat: read the rest the slow way.
    dart_word rest = dartrt_io_read((int)fd, INT64_MAX);
    if (rest == DART_NULL) return DART_NULL;
    if (string_view(rest).length == 0) return reinterpret_cast<dart_word>(s);
    return dartrt_string_concat(reinterpret_cast<dart_word>(s), rest);
  }
  return dartrt_io_read(fd, INT64_MAX);
}

int64_t dartrt_io_read_byte(int64_t fd) {
  uint8_t b;
  for (;;) {
    ssize_t n = read((int)fd, &b, 1);
    if (n == 1) return b;
    if (n == 0) return -1;
    if (errno != EINTR) return io_fail() - 1;  // -2
  }
}

// Writes units [start, end) of a one-byte string of bytes.
int64_t dartrt_io_write_bytes(int64_t fd, dart_word bytes, int64_t start, int64_t end) {
  StrView v = string_view(bytes);
  return write_all((int)fd, v.one + start, (size_t)(end - start));
}

int64_t dartrt_io_position(int64_t fd) {
  off_t r = lseek((int)fd, 0, SEEK_CUR);
  return r < 0 ? io_fail() : r;
}

int64_t dartrt_io_set_position(int64_t fd, int64_t position) {
  return lseek((int)fd, (off_t)position, SEEK_SET) < 0 ? io_fail() : 0;
}

int64_t dartrt_io_length(int64_t fd) {
  struct stat st;
  return fstat((int)fd, &st) == 0 ? (int64_t)st.st_size : io_fail();
}

int64_t dartrt_io_truncate(int64_t fd, int64_t length) {
  return ftruncate((int)fd, (off_t)length) == 0 ? 0 : io_fail();
}

int64_t dartrt_io_flush(int64_t fd) { return fsync((int)fd) == 0 || errno == EINVAL ? 0 : io_fail(); }

// File.lengthSync / lastModifiedSync: through stat; directories are EISDIR as on the VM.
int64_t dartrt_io_length_of_path(dart_word path) {
  Utf8CString p(path);
  struct stat st;
  if (stat(p.c_str(), &st) != 0) return io_fail();
  if (S_ISDIR(st.st_mode)) {
    set_io_error(EISDIR);
    return -1;
  }
  return st.st_size;
}

// Milliseconds since the epoch, or INT64_MIN on failure.
int64_t dartrt_io_last_modified(dart_word path) {
  Utf8CString p(path);
  struct stat st;
  if (stat(p.c_str(), &st) != 0) {
    set_io_error(errno);
    return INT64_MIN;
  }
  if (S_ISDIR(st.st_mode)) {
    set_io_error(EISDIR);
    return INT64_MIN;
  }
  return millis(st.st_mtim);
}

int64_t dartrt_io_create_file(dart_word path, bool exclusive) {
  Utf8CString p(path);
  int fd = open(p.c_str(), O_RDONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : 0), 0666);
  if (fd < 0) return io_fail();
  close(fd);
  return 0;
}

// File.deleteSync: only files (EISDIR for a directory, ENOENT for a missing path); links are
// deleted themselves, whatever they point to.
int64_t dartrt_io_delete_file(dart_word path) {
  Utf8CString p(path);
  EntityType type = type_of_path(p.c_str(), false);
  if (type == kDirectory || type == kNotFound) {
    set_io_error(type == kDirectory ? EISDIR : ENOENT);
    return -1;
  }
  return unlink(p.c_str()) == 0 ? 0 : io_fail();
}

// Link.deleteSync: only links (EINVAL otherwise, as the VM's File::DeleteLink).
int64_t dartrt_io_delete_link(dart_word path) {
  Utf8CString p(path);
  EntityType type = type_of_path(p.c_str(), false);
  if (type != kLink) {
    set_io_error(type == kNotFound ? ENOENT : EINVAL);
    return -1;
  }
  return unlink(p.c_str()) == 0 ? 0 : io_fail();
}

// File.renameSync (files only) and Directory/Link renames (`expected`: the EntityType the
// source must have).
int64_t dartrt_io_rename(dart_word from, dart_word to, int64_t expected) {
  Utf8CString a(from), b(to);
  EntityType type = type_of_path(a.c_str(), false);
  if (type != expected) {
    if (type == kNotFound) set_io_error(ENOENT);
    else set_io_error(type == kDirectory ? EISDIR : EINVAL);
    return -1;
  }
  return rename(a.c_str(), b.c_str()) == 0 ? 0 : io_fail();
}

// File.copySync: the contents and the permission bits.
int64_t dartrt_io_copy(dart_word from, dart_word to) {
  Utf8CString a(from), b(to);
  int in = open(a.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) return io_fail();
  struct stat st;
  if (fstat(in, &st) != 0 || S_ISDIR(st.st_mode)) {
    int e = S_ISDIR(st.st_mode) ? EISDIR : errno;
    close(in);
    set_io_error(e);
    return -1;
  }
  int out = open(b.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 07777);
  if (out < 0) {
    int e = errno;
    close(in);
    set_io_error(e);
    return -1;
  }
  uint8_t chunk[65536];
  int64_t result = 0;
  for (;;) {
    ssize_t n = read(in, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result = io_fail();
      break;
    }
    if (n == 0) break;
    if (write_all(out, chunk, (size_t)n) < 0) {
      result = -1;
      break;
    }
  }
  close(in);
  if (close(out) != 0 && result == 0) result = io_fail();
  return result;
}

int64_t dartrt_io_create_link(dart_word path, dart_word target) {
  Utf8CString p(path), t(target);
  return symlink(t.c_str(), p.c_str()) == 0 ? 0 : io_fail();
}

// Link.targetSync: the link's text, or null (EINVAL for something that is no link).
dart_word dartrt_io_link_target(dart_word path) {
  Utf8CString p(path);
  struct stat st;
  if (lstat(p.c_str(), &st) != 0) return io_fail_null();
  if (!S_ISLNK(st.st_mode)) {
    set_io_error(ENOENT);
    return DART_NULL;
  }
  size_t size = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096;
  char* buffer = static_cast<char*>(xmalloc(size));
  ssize_t n = readlink(p.c_str(), buffer, size);
  if (n < 0) {
    free(buffer);
    return io_fail_null();
  }
  dart_word r = utf8_decode(reinterpret_cast<const uint8_t*>(buffer), (size_t)n);
  free(buffer);
  return r;
}

// FileSystemEntity.resolveSymbolicLinksSync.
dart_word dartrt_io_resolve(dart_word path) {
  Utf8CString p(path);
  char* resolved = realpath(p.c_str(), nullptr);
  if (!resolved) return io_fail_null();
  dart_word r = utf8_decode(reinterpret_cast<const uint8_t*>(resolved), strlen(resolved));
  free(resolved);
  return r;
}

}  // extern "C"

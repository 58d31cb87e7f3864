// dart:io's directory natives (Directory and its listing, Directory.current/systemTemp), following
// the VM's runtime/bin/directory_posix.cc.
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io_common.h"

namespace dartrt {

namespace {

// Deletes a tree without following links (rmdir for directories, unlink for the rest).
bool delete_tree(const char* path) {
  struct stat st;
  if (lstat(path, &st) != 0) return false;
  if (!S_ISDIR(st.st_mode)) return unlink(path) == 0;
  DIR* dir = opendir(path);
  if (!dir) return false;
  size_t base = strlen(path);
  bool ok = true;
  while (struct dirent* e = readdir(dir)) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    size_t n = strlen(e->d_name);
    char* child = static_cast<char*>(xmalloc(base + n + 2));
    memcpy(child, path, base);
    child[base] = '/';
    memcpy(child + base + 1, e->d_name, n + 1);
    ok = delete_tree(child);
    free(child);
    if (!ok) break;
  }
  int e = errno;
  closedir(dir);
  errno = e;
  return ok && rmdir(path) == 0;
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

// Directory.existsSync: 1 or 0, -1 for an error other than "not there".
int64_t dartrt_io_directory_exists(dart_word path) {
  Utf8CString p(path);
  struct stat st;
  if (stat(p.c_str(), &st) == 0) return S_ISDIR(st.st_mode) ? 1 : 0;
  if (errno == ENOENT || errno == ENOTDIR) return 0;
  return io_fail();
}

// Directory.createSync (one level): an existing directory is success.
int64_t dartrt_io_create_directory(dart_word path) {
  Utf8CString p(path);
  if (mkdir(p.c_str(), 0777) == 0) return 0;
  if (errno == EEXIST) {
    struct stat st;
    if (stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    set_io_error(EEXIST);
    return -1;
  }
  return io_fail();
}

int64_t dartrt_io_delete_directory(dart_word path, bool recursive) {
  Utf8CString p(path);
  if (recursive) {
    struct stat st;
    // A link is deleted itself, whatever it points to.
    if (lstat(p.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) return unlink(p.c_str()) == 0 ? 0 : io_fail();
    return delete_tree(p.c_str()) ? 0 : io_fail();
  }
  return rmdir(p.c_str()) == 0 ? 0 : io_fail();
}

// One directory's entries, in readdir order, as "<type><name>\0..." (type: 'f' file, 'd'
// directory, 'l' link; with follow_links a link is reported as what it points to, and as a
// link when it is broken), or null. "." and ".." are skipped.
dart_word dartrt_io_list_directory(dart_word path, bool follow_links) {
  Utf8CString p(path);
  DIR* dir = opendir(p.c_str());
  if (!dir) return io_fail_null();
  ByteBuffer out;
  ByteBuffer child;
  size_t base = p.length();
  errno = 0;
  while (struct dirent* e = readdir(dir)) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    child.length = 0;
    child.append(reinterpret_cast<const uint8_t*>(p.c_str()), base);
    if (base == 0 || p.c_str()[base - 1] != '/') child.push('/');
    child.append(reinterpret_cast<const uint8_t*>(e->d_name), strlen(e->d_name) + 1);
    const char* full = reinterpret_cast<const char*>(child.data);
    struct stat st;
    uint8_t type = 'f';
    if (lstat(full, &st) == 0) {
      if (S_ISLNK(st.st_mode)) {
        type = 'l';
        struct stat target;
        if (follow_links && stat(full, &target) == 0) type = S_ISDIR(target.st_mode) ? 'd' : 'f';
      } else if (S_ISDIR(st.st_mode)) {
        type = 'd';
      }
    }
    out.push(type);
    out.append(reinterpret_cast<const uint8_t*>(e->d_name), strlen(e->d_name) + 1);
    errno = 0;
  }
  int error = errno;
  closedir(dir);
  child.release();
  if (error) {
    out.release();
    set_io_error(error);
    return DART_NULL;
  }
  dart_word r = utf8_decode(out.data ? out.data : reinterpret_cast<const uint8_t*>(""), out.length);
  out.release();
  return r;
}

// Directory.createTempSync: mkdtemp on prefix + "XXXXXX".
dart_word dartrt_io_create_temp_directory(dart_word prefix) {
  Utf8CString p(prefix);
  char* name = static_cast<char*>(xmalloc(p.length() + 7));
  memcpy(name, p.c_str(), p.length());
  memcpy(name + p.length(), "XXXXXX", 7);
  if (!mkdtemp(name)) {
    free(name);
    return io_fail_null();
  }
  dart_word r = utf8_decode(reinterpret_cast<const uint8_t*>(name), strlen(name));
  free(name);
  return r;
}

// Directory.systemTemp: $TMPDIR, else /tmp, without trailing separators (the VM's
// Directory::SystemTemp on Linux).
dart_word dartrt_io_system_temp(void) {
  const char* dir = getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/') --n;
  return utf8_decode(reinterpret_cast<const uint8_t*>(dir), n);
}

dart_word dartrt_io_current_directory(void) {
  char* cwd = getcwd(nullptr, 0);
  if (!cwd) return io_fail_null();
  dart_word r = utf8_decode(reinterpret_cast<const uint8_t*>(cwd), strlen(cwd));
  free(cwd);
  return r;
}

int64_t dartrt_io_set_current_directory(dart_word path) {
  Utf8CString p(path);
  return chdir(p.c_str()) == 0 ? 0 : io_fail();
}

}  // extern "C"

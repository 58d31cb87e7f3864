part of dart.core;

class Error {
  Error();
}

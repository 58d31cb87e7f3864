part of dart.core;

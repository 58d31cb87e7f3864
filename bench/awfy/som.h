// The collections of the Are We Fast Yet suite (the "som" library) in C++ (see som.dart): a
// growable Vector with a removable front, an IdentityDictionary and an IdentitySet. They hold
// values (pointers, ints); owners of pointed-to objects are the benchmarks themselves.
#pragma once

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

template <typename E>
class Vector {
 public:
  explicit Vector(size_t size = 50) : storage_(size) {}

  static Vector withElement(E elem) {
    Vector v(1);
    v.append(elem);
    return v;
  }

  E at(size_t idx) const { return idx < storage_.size() ? storage_[idx] : E{}; }

  void atPut(size_t idx, E val) {
    if (idx >= storage_.size()) {
      size_t newLength = storage_.size();
      while (newLength <= idx) newLength *= 2;
      storage_.resize(newLength);
    }
    storage_[idx] = val;
    if (lastIdx_ < idx + 1) lastIdx_ = idx + 1;
  }

  void append(E elem) {
    if (lastIdx_ >= storage_.size()) storage_.resize(storage_.size() * 2);
    storage_[lastIdx_] = elem;
    lastIdx_++;
  }

  bool isEmpty() const { return lastIdx_ == firstIdx_; }
  size_t size() const { return lastIdx_ - firstIdx_; }

  template <typename F>
  void forEach(F fn) const {
    for (size_t i = firstIdx_; i < lastIdx_; i++) fn(storage_[i]);
  }

  template <typename F>
  bool hasSome(F fn) const {
    for (size_t i = firstIdx_; i < lastIdx_; i++) {
      if (fn(storage_[i])) return true;
    }
    return false;
  }

  E removeFirst() {
    if (isEmpty()) return E{};
    firstIdx_++;
    return storage_[firstIdx_ - 1];
  }

  // Removes every occurrence of obj; returns whether there was one.
  bool remove(E obj) {
    std::vector<E> newArray(storage_.size());
    size_t newLast = 0;
    bool found = false;
    forEach([&](E it) {
      if (it == obj) {
        found = true;
      } else {
        newArray[newLast++] = it;
      }
    });
    storage_ = std::move(newArray);
    lastIdx_ = newLast;
    firstIdx_ = 0;
    return found;
  }

  void removeAll() {
    firstIdx_ = 0;
    lastIdx_ = 0;
    storage_.assign(storage_.size(), E{});
  }

  // The suite's quicksort (median of three), so that every language visits the same order.
  template <typename C>
  void sort(C compare) {
    if (size() > 0) sort(firstIdx_, lastIdx_ - 1, compare);
  }

 private:
  template <typename C>
  void sort(size_t i, size_t j, C compare) {
    size_t n = j + 1 - i;
    if (n <= 1) return;
    E di = storage_[i];
    E dj = storage_[j];
    if (compare(di, dj) > 0) {
      std::swap(storage_[i], storage_[j]);
      std::swap(di, dj);
    }
    if (n > 2) {
      size_t ij = (i + j) / 2;
      E dij = storage_[ij];
      if (compare(di, dij) <= 0) {
        if (compare(dij, dj) > 0) {
          std::swap(storage_[j], storage_[ij]);
          dij = dj;
        }
      } else {
        std::swap(storage_[i], storage_[ij]);
        dij = di;
      }
      if (n > 3) {
        // Signed indices: l may run below i.
        long k = static_cast<long>(i);
        long l = static_cast<long>(j) - 1;
        while (true) {
          while (k <= l && compare(dij, storage_[l]) <= 0) l--;
          k++;
          while (k <= l && compare(storage_[k], dij) <= 0) k++;
          if (k > l) break;
          std::swap(storage_[k], storage_[l]);
        }
        if (l >= static_cast<long>(i)) sort(i, static_cast<size_t>(l), compare);
        sort(static_cast<size_t>(k), j, compare);
      }
    }
  }

  std::vector<E> storage_;
  size_t firstIdx_ = 0;
  size_t lastIdx_ = 0;
};

// A set kept in a Vector (linear search, as in the suite); compares with ==.
template <typename E>
class IdentitySet {
 public:
  explicit IdentitySet(size_t size = 10) : items_(size) {}
  size_t size() const { return items_.size(); }
  template <typename F>
  void forEach(F fn) const { items_.forEach(fn); }
  void add(E obj) {
    if (!contains(obj)) items_.append(obj);
  }
  bool contains(E obj) const {
    return items_.hasSome([obj](E e) { return e == obj; });
  }

 private:
  Vector<E> items_;
};

// A chained hash table with power-of-two buckets, compared by identity; keys are pointers to
// objects with customHash().
template <typename K, typename V>
class IdentityDictionary {
  struct Entry {
    Entry(int h, K k, V v) : hash(h), key(k), value(v) {}
    int hash;
    K key;
    V value;
    Entry* next = nullptr;
  };

 public:
  explicit IdentityDictionary(size_t size = 16) : buckets_(size, nullptr) {}
  ~IdentityDictionary() { clear(); }
  IdentityDictionary(const IdentityDictionary&) = delete;
  IdentityDictionary& operator=(const IdentityDictionary&) = delete;
  IdentityDictionary(IdentityDictionary&& other) noexcept
      : buckets_(std::move(other.buckets_)), size_(other.size_) {
    other.buckets_.clear();
    other.size_ = 0;
  }

  size_t size() const { return size_; }

  V at(K key) const {
    int hash = hashOf(key);
    for (Entry* e = buckets_[(buckets_.size() - 1) & hash]; e; e = e->next) {
      if (e->hash == hash && e->key == key) return e->value;
    }
    return V{};
  }

  void atPut(K key, V value) {
    int hash = hashOf(key);
    size_t i = (buckets_.size() - 1) & hash;
    Entry* current = buckets_[i];
    if (!current) {
      buckets_[i] = new Entry(hash, key, value);
      size_++;
    } else {
      while (true) {
        if (current->hash == hash && current->key == key) {
          current->value = value;
          return;
        }
        if (!current->next) {
          size_++;
          current->next = new Entry(hash, key, value);
          break;
        }
        current = current->next;
      }
    }
    if (size_ > buckets_.size()) resize();
  }

  void removeAll() {
    clear();
    buckets_.assign(buckets_.size(), nullptr);
    size_ = 0;
  }

  Vector<K> getKeys() const {
    Vector<K> keys(size_);
    for (Entry* bucket : buckets_) {
      for (Entry* e = bucket; e; e = e->next) keys.append(e->key);
    }
    return keys;
  }

 private:
  static int hashOf(K key) {
    uint32_t hash = static_cast<uint32_t>(key->customHash());
    return static_cast<int>(hash ^ (hash >> 16));
  }

  void resize() {
    std::vector<Entry*> old = std::move(buckets_);
    buckets_.assign(old.size() * 2, nullptr);
    for (size_t i = 0; i < old.size(); i++) {
      Entry *loHead = nullptr, *loTail = nullptr, *hiHead = nullptr, *hiTail = nullptr;
      for (Entry* current = old[i]; current;) {
        Entry* next = current->next;
        current->next = nullptr;
        if ((current->hash & old.size()) == 0) {
          (loTail ? loTail->next : loHead) = current;
          loTail = current;
        } else {
          (hiTail ? hiTail->next : hiHead) = current;
          hiTail = current;
        }
        current = next;
      }
      buckets_[i] = loHead;
      buckets_[i + old.size()] = hiHead;
    }
  }

  void clear() {
    for (Entry* bucket : buckets_) {
      while (bucket) {
        Entry* next = bucket->next;
        delete bucket;
        bucket = next;
      }
    }
  }

  std::vector<Entry*> buckets_;
  size_t size_ = 0;
};

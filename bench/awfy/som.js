// The collections of the Are We Fast Yet suite (the "som" library) in JavaScript (see
// som.dart): a growable Vector with a removable front, an IdentityDictionary and an IdentitySet.
'use strict';

class Vector {
  constructor(size = 50) {
    this.storage = new Array(size).fill(null);
    this.firstIdx = 0;
    this.lastIdx = 0;
  }

  static withElement(elem) {
    const v = new Vector(1);
    v.append(elem);
    return v;
  }

  at(idx) {
    return idx < this.storage.length ? this.storage[idx] : null;
  }

  atPut(idx, val) {
    if (idx >= this.storage.length) {
      let newLength = this.storage.length;
      while (newLength <= idx) newLength *= 2;
      this.storage = this.grown(newLength);
    }
    this.storage[idx] = val;
    if (this.lastIdx < idx + 1) this.lastIdx = idx + 1;
  }

  grown(newLength) {
    const s = new Array(newLength).fill(null);
    for (let i = 0; i < this.storage.length; i++) s[i] = this.storage[i];
    return s;
  }

  append(elem) {
    if (this.lastIdx >= this.storage.length) this.storage = this.grown(this.storage.length * 2);
    this.storage[this.lastIdx] = elem;
    this.lastIdx++;
  }

  isEmpty() {
    return this.lastIdx === this.firstIdx;
  }

  size() {
    return this.lastIdx - this.firstIdx;
  }

  forEach(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) fn(this.storage[i]);
  }

  hasSome(fn) {
    for (let i = this.firstIdx; i < this.lastIdx; i++) {
      if (fn(this.storage[i])) return true;
    }
    return false;
  }

  removeFirst() {
    if (this.isEmpty()) return null;
    this.firstIdx++;
    return this.storage[this.firstIdx - 1];
  }

  // Removes every occurrence of obj; returns whether there was one.
  remove(obj) {
    const newArray = new Array(this.storage.length).fill(null);
    let newLast = 0;
    let found = false;
    this.forEach((it) => {
      if (it === obj) {
        found = true;
      } else {
        newArray[newLast++] = it;
      }
    });
    this.storage = newArray;
    this.lastIdx = newLast;
    this.firstIdx = 0;
    return found;
  }

  removeAll() {
    this.firstIdx = 0;
    this.lastIdx = 0;
    this.storage = new Array(this.storage.length).fill(null);
  }

  // The suite's quicksort (median of three), so that every language visits the same order.
  sort(compare) {
    if (this.size() > 0) this.sortRange(this.firstIdx, this.lastIdx - 1, compare);
  }

  sortRange(i, j, compare) {
    const n = j + 1 - i;
    if (n <= 1) return;
    const s = this.storage;
    let di = s[i];
    let dj = s[j];
    if (compare(di, dj) > 0) {
      this.swap(i, j);
      const tt = di;
      di = dj;
      dj = tt;
    }
    if (n > 2) {
      const ij = Math.trunc((i + j) / 2);
      let dij = s[ij];
      if (compare(di, dij) <= 0) {
        if (compare(dij, dj) > 0) {
          this.swap(j, ij);
          dij = dj;
        }
      } else {
        this.swap(i, ij);
        dij = di;
      }
      if (n > 3) {
        let k = i;
        let l = j - 1;
        while (true) {
          while (k <= l && compare(dij, s[l]) <= 0) l--;
          k++;
          while (k <= l && compare(s[k], dij) <= 0) k++;
          if (k > l) break;
          this.swap(k, l);
        }
        this.sortRange(i, l, compare);
        this.sortRange(k, j, compare);
      }
    }
  }

  swap(i, j) {
    const t = this.storage[i];
    this.storage[i] = this.storage[j];
    this.storage[j] = t;
  }
}

// A set kept in a Vector (linear search, as in the suite); === is both equality and identity
// for the values used here.
class IdentitySet {
  constructor(size = 10) {
    this.items = new Vector(size);
  }

  size() {
    return this.items.size();
  }

  forEach(fn) {
    this.items.forEach(fn);
  }

  add(obj) {
    if (!this.contains(obj)) this.items.append(obj);
  }

  contains(obj) {
    return this.items.hasSome((e) => e === obj);
  }
}

class DictEntry {
  constructor(hash, key, value) {
    this.hash = hash;
    this.key = key;
    this.value = value;
    this.next = null;
  }
}

// A chained hash table with power-of-two buckets, compared by identity; keys have customHash().
class IdentityDictionary {
  constructor(size = 16) {
    this.buckets = new Array(size).fill(null);
    this.size_ = 0;
  }

  static hash(key) {
    const hash = key.customHash();
    return hash ^ (hash >>> 16);
  }

  size() {
    return this.size_;
  }

  at(key) {
    const hash = IdentityDictionary.hash(key);
    let e = this.buckets[(this.buckets.length - 1) & hash];
    while (e !== null) {
      if (e.hash === hash && e.key === key) return e.value;
      e = e.next;
    }
    return null;
  }

  atPut(key, value) {
    const hash = IdentityDictionary.hash(key);
    const i = (this.buckets.length - 1) & hash;
    let current = this.buckets[i];
    if (current === null) {
      this.buckets[i] = new DictEntry(hash, key, value);
      this.size_++;
    } else {
      while (true) {
        if (current.hash === hash && current.key === key) {
          current.value = value;
          return;
        }
        if (current.next === null) {
          this.size_++;
          current.next = new DictEntry(hash, key, value);
          break;
        }
        current = current.next;
      }
    }
    if (this.size_ > this.buckets.length) this.resize();
  }

  resize() {
    const old = this.buckets;
    this.buckets = new Array(old.length * 2).fill(null);
    for (let i = 0; i < old.length; i++) {
      let loHead = null;
      let loTail = null;
      let hiHead = null;
      let hiTail = null;
      let current = old[i];
      while (current !== null) {
        const next = current.next;
        current.next = null;
        if ((current.hash & old.length) === 0) {
          if (loTail === null) loHead = current; else loTail.next = current;
          loTail = current;
        } else {
          if (hiTail === null) hiHead = current; else hiTail.next = current;
          hiTail = current;
        }
        current = next;
      }
      this.buckets[i] = loHead;
      this.buckets[i + old.length] = hiHead;
    }
  }

  removeAll() {
    this.buckets = new Array(this.buckets.length).fill(null);
    this.size_ = 0;
  }

  getKeys() {
    const keys = new Vector(this.size_);
    for (const bucket of this.buckets) {
      for (let e = bucket; e !== null; e = e.next) keys.append(e.key);
    }
    return keys;
  }
}

module.exports = { Vector, IdentitySet, IdentityDictionary };

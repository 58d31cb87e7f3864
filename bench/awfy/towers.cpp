// Are We Fast Yet: Towers (see towers.dart). Each pile owns its disks.
#include <memory>
#include <stdexcept>

#include "harness.h"

namespace {

struct TowersDisk {
  explicit TowersDisk(int s) : size(s) {}
  int size;
  std::unique_ptr<TowersDisk> next;
};

class Towers : public Benchmark {
 public:
  long benchmark() override {
    for (auto& pile : piles_) pile.reset();
    buildTowerAt(0, 13);
    movesDone_ = 0;
    moveDisks(13, 0, 1);
    return movesDone_;
  }

 private:
  void pushDisk(std::unique_ptr<TowersDisk> disk, int pile) {
    TowersDisk* top = piles_[pile].get();
    if (top && disk->size >= top->size) throw std::runtime_error("Cannot put a big disk on a smaller one");
    disk->next = std::move(piles_[pile]);
    piles_[pile] = std::move(disk);
  }

  std::unique_ptr<TowersDisk> popDiskFrom(int pile) {
    std::unique_ptr<TowersDisk> top = std::move(piles_[pile]);
    if (!top) throw std::runtime_error("Attempting to remove a disk from an empty pile");
    piles_[pile] = std::move(top->next);
    return top;
  }

  void moveTopDisk(int fromPile, int toPile) {
    pushDisk(popDiskFrom(fromPile), toPile);
    movesDone_++;
  }

  void buildTowerAt(int pile, int disks) {
    for (int i = disks; i >= 0; i--) pushDisk(std::make_unique<TowersDisk>(i), pile);
  }

  void moveDisks(int disks, int fromPile, int toPile) {
    if (disks == 1) {
      moveTopDisk(fromPile, toPile);
    } else {
      int otherPile = (3 - fromPile) - toPile;
      moveDisks(disks - 1, fromPile, otherPile);
      moveTopDisk(fromPile, toPile);
      moveDisks(disks - 1, otherPile, toPile);
    }
  }

  std::unique_ptr<TowersDisk> piles_[3];
  long movesDone_ = 0;
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Towers>()); }

// Are We Fast Yet: Richards (see richards.dart). The scheduler owns the tasks and packets it
// creates; a task owns its data record; the task functions are lambdas in std::function.
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

#include "harness.h"

namespace {

const int kIdler = 0, kWorker = 1, kHandlerA = 2, kHandlerB = 3, kDeviceA = 4, kDeviceB = 5;
const int kNumTypes = 6;
const int kDevicePacketKind = 0, kWorkPacketKind = 1;
const int kDataSize = 4;

struct Packet;
struct TaskControlBlock;

struct RBObject {
  virtual ~RBObject() = default;

  // Appends `packet` to the queue that starts at `queueHead`; returns the new head.
  static Packet* append(Packet* packet, Packet* queueHead);
};

struct Packet : RBObject {
  Packet(Packet* l, int id, int k) : link(l), identity(id), kind(k) {}
  Packet* link;
  int identity;
  int kind;
  int datum = 0;
  int data[kDataSize] = {0, 0, 0, 0};
};

Packet* RBObject::append(Packet* packet, Packet* queueHead) {
  packet->link = nullptr;
  if (!queueHead) return packet;
  Packet* mouse = queueHead;
  while (Packet* link = mouse->link) mouse = link;
  mouse->link = packet;
  return queueHead;
}

struct DeviceTaskDataRecord : RBObject {
  Packet* pending = nullptr;
};

struct HandlerTaskDataRecord : RBObject {
  Packet* workIn = nullptr;
  Packet* deviceIn = nullptr;
  void deviceInAdd(Packet* packet) { deviceIn = append(packet, deviceIn); }
  void workInAdd(Packet* packet) { workIn = append(packet, workIn); }
};

struct IdleTaskDataRecord : RBObject {
  int control = 1;
  int count = 10000;
};

struct WorkerTaskDataRecord : RBObject {
  int destination = kHandlerA;
  int count = 0;
};

struct TaskState : RBObject {
  bool packetPending = false;
  bool taskWaiting = false;
  bool taskHolding = false;

  static TaskState running() { return TaskState(); }
  static TaskState waiting() {
    TaskState s;
    s.taskWaiting = true;
    return s;
  }
  static TaskState waitingWithPacket() {
    TaskState s;
    s.taskWaiting = true;
    s.packetPending = true;
    return s;
  }

  void setPacketPending() {
    packetPending = true;
    taskWaiting = false;
    taskHolding = false;
  }
  void setRunning() { packetPending = taskWaiting = taskHolding = false; }
  bool isTaskHoldingOrWaiting() const { return taskHolding || (!packetPending && taskWaiting); }
  bool isWaitingWithPacket() const { return packetPending && taskWaiting && !taskHolding; }
};

using ProcessFunction = std::function<TaskControlBlock*(Packet* work, RBObject* word)>;

struct TaskControlBlock : TaskState {
  TaskControlBlock(TaskControlBlock* l, int id, int prio, Packet* initialWorkQueue, const TaskState& initialState,
                   std::unique_ptr<RBObject> privateData, ProcessFunction fn)
      : link(l), identity(id), priority(prio), input(initialWorkQueue), handle(std::move(privateData)),
        function(std::move(fn)) {
    packetPending = initialState.packetPending;
    taskWaiting = initialState.taskWaiting;
    taskHolding = initialState.taskHolding;
  }

  TaskControlBlock* addInputAndCheckPriority(Packet* packet, TaskControlBlock* oldTask) {
    if (!input) {
      input = packet;
      packetPending = true;
      if (priority > oldTask->priority) return this;
    } else {
      input = append(packet, input);
    }
    return oldTask;
  }

  TaskControlBlock* runTask() {
    Packet* message = nullptr;
    if (isWaitingWithPacket()) {
      message = input;
      input = message->link;
      if (!input) {
        setRunning();
      } else {
        setPacketPending();
      }
    }
    return function(message, handle.get());
  }

  TaskControlBlock* link;
  int identity;
  int priority;
  Packet* input;
  std::unique_ptr<RBObject> handle;
  ProcessFunction function;
};

class Scheduler : RBObject {
 public:
  long start() {
    createIdler(kIdler, 0, nullptr, TaskState::running());
    Packet* workQ = newPacket(nullptr, kWorker, kWorkPacketKind);
    workQ = newPacket(workQ, kWorker, kWorkPacketKind);
    createWorker(kWorker, 1000, workQ, TaskState::waitingWithPacket());

    workQ = newPacket(nullptr, kDeviceA, kDevicePacketKind);
    workQ = newPacket(workQ, kDeviceA, kDevicePacketKind);
    workQ = newPacket(workQ, kDeviceA, kDevicePacketKind);
    createHandler(kHandlerA, 2000, workQ, TaskState::waitingWithPacket());

    workQ = newPacket(nullptr, kDeviceB, kDevicePacketKind);
    workQ = newPacket(workQ, kDeviceB, kDevicePacketKind);
    workQ = newPacket(workQ, kDeviceB, kDevicePacketKind);
    createHandler(kHandlerB, 3000, workQ, TaskState::waitingWithPacket());

    createDevice(kDeviceA, 4000, nullptr, TaskState::waiting());
    createDevice(kDeviceB, 5000, nullptr, TaskState::waiting());

    schedule();
    return queuePacketCount_ + holdCount_;
  }

 private:
  Packet* newPacket(Packet* link, int identity, int kind) {
    packets_.push_back(std::make_unique<Packet>(link, identity, kind));
    return packets_.back().get();
  }

  void createDevice(int identity, int priority, Packet* workPacket, const TaskState& state) {
    createTask(identity, priority, workPacket, state, std::make_unique<DeviceTaskDataRecord>(),
               [this](Packet* work, RBObject* word) -> TaskControlBlock* {
                 auto* dataRecord = static_cast<DeviceTaskDataRecord*>(word);
                 if (!work) {
                   Packet* pending = dataRecord->pending;
                   if (!pending) return markWaiting();
                   dataRecord->pending = nullptr;
                   return queuePacket(pending);
                 }
                 dataRecord->pending = work;
                 return holdSelf();
               });
  }

  void createHandler(int identity, int priority, Packet* workPacket, const TaskState& state) {
    createTask(identity, priority, workPacket, state, std::make_unique<HandlerTaskDataRecord>(),
               [this](Packet* work, RBObject* word) -> TaskControlBlock* {
                 auto* dataRecord = static_cast<HandlerTaskDataRecord*>(word);
                 if (work) {
                   if (work->kind == kWorkPacketKind) {
                     dataRecord->workInAdd(work);
                   } else {
                     dataRecord->deviceInAdd(work);
                   }
                 }
                 Packet* workPacket = dataRecord->workIn;
                 if (!workPacket) return markWaiting();
                 int count = workPacket->datum;
                 if (count >= kDataSize) {
                   dataRecord->workIn = workPacket->link;
                   return queuePacket(workPacket);
                 }
                 Packet* devicePacket = dataRecord->deviceIn;
                 if (!devicePacket) return markWaiting();
                 dataRecord->deviceIn = devicePacket->link;
                 devicePacket->datum = workPacket->data[count];
                 workPacket->datum = count + 1;
                 return queuePacket(devicePacket);
               });
  }

  void createIdler(int identity, int priority, Packet* workPacket, const TaskState& state) {
    createTask(identity, priority, workPacket, state, std::make_unique<IdleTaskDataRecord>(),
               [this](Packet*, RBObject* word) -> TaskControlBlock* {
                 auto* dataRecord = static_cast<IdleTaskDataRecord*>(word);
                 dataRecord->count--;
                 if (dataRecord->count == 0) return holdSelf();
                 if ((dataRecord->control & 1) == 0) {
                   dataRecord->control = dataRecord->control / 2;
                   return release(kDeviceA);
                 }
                 dataRecord->control = (dataRecord->control / 2) ^ 53256;
                 return release(kDeviceB);
               });
  }

  void createWorker(int identity, int priority, Packet* workPacket, const TaskState& state) {
    createTask(identity, priority, workPacket, state, std::make_unique<WorkerTaskDataRecord>(),
               [this](Packet* work, RBObject* word) -> TaskControlBlock* {
                 auto* data = static_cast<WorkerTaskDataRecord*>(word);
                 if (!work) return markWaiting();
                 data->destination = data->destination == kHandlerA ? kHandlerB : kHandlerA;
                 work->identity = data->destination;
                 work->datum = 0;
                 for (int i = 0; i < kDataSize; i++) {
                   data->count++;
                   if (data->count > 26) data->count = 1;
                   work->data[i] = 65 + data->count - 1;
                 }
                 return queuePacket(work);
               });
  }

  void createTask(int identity, int priority, Packet* work, const TaskState& state,
                  std::unique_ptr<RBObject> data, ProcessFunction fn) {
    tasks_.push_back(std::make_unique<TaskControlBlock>(taskList_, identity, priority, work, state,
                                                        std::move(data), std::move(fn)));
    taskList_ = tasks_.back().get();
    taskTable_[identity] = taskList_;
  }

  TaskControlBlock* findTask(int identity) {
    TaskControlBlock* t = taskTable_[identity];
    if (!t) throw std::runtime_error("findTask failed");
    return t;
  }

  TaskControlBlock* holdSelf() {
    holdCount_++;
    currentTask_->taskHolding = true;
    return currentTask_->link;
  }

  TaskControlBlock* queuePacket(Packet* packet) {
    TaskControlBlock* t = findTask(packet->identity);
    queuePacketCount_++;
    packet->link = nullptr;
    packet->identity = currentTaskIdentity_;
    return t->addInputAndCheckPriority(packet, currentTask_);
  }

  TaskControlBlock* release(int identity) {
    TaskControlBlock* t = findTask(identity);
    t->taskHolding = false;
    return t->priority > currentTask_->priority ? t : currentTask_;
  }

  TaskControlBlock* markWaiting() {
    currentTask_->taskWaiting = true;
    return currentTask_;
  }

  void schedule() {
    currentTask_ = taskList_;
    while (currentTask_) {
      if (currentTask_->isTaskHoldingOrWaiting()) {
        currentTask_ = currentTask_->link;
      } else {
        currentTaskIdentity_ = currentTask_->identity;
        currentTask_ = currentTask_->runTask();
      }
    }
  }

  std::vector<std::unique_ptr<TaskControlBlock>> tasks_;
  std::vector<std::unique_ptr<Packet>> packets_;
  TaskControlBlock* taskTable_[kNumTypes] = {};
  TaskControlBlock* taskList_ = nullptr;
  TaskControlBlock* currentTask_ = nullptr;
  int currentTaskIdentity_ = 0;
  long queuePacketCount_ = 0;
  long holdCount_ = 0;
};

class Richards : public Benchmark {
 public:
  long benchmark() override { return Scheduler().start(); }
};

}  // namespace

int main(int argc, char** argv) { return runBenchmark(argc, argv, std::make_unique<Richards>()); }

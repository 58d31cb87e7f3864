// Are We Fast Yet: Richards. Martin Richards' operating-system simulation: six tasks (an idler,
// a worker, two handlers, two devices) exchange packets under a priority scheduler. A call
// returns the number of packets queued plus the number of holds (23246 + 9297).
import 'harness.dart';

const int idler = 0;
const int worker = 1;
const int handlerA = 2;
const int handlerB = 3;
const int deviceA = 4;
const int deviceB = 5;
const int numTypes = 6;

const int devicePacketKind = 0;
const int workPacketKind = 1;
const int dataSize = 4;

typedef ProcessFunction = TaskControlBlock? Function(Packet? work, RBObject word);

class RBObject {
  /// Appends [packet] to the queue that starts at [queueHead]; returns the new head.
  Packet append(Packet packet, Packet? queueHead) {
    packet.link = null;
    if (queueHead == null) return packet;
    var mouse = queueHead;
    var link = mouse.link;
    while (link != null) {
      mouse = link;
      link = mouse.link;
    }
    mouse.link = packet;
    return queueHead;
  }
}

class Packet extends RBObject {
  Packet? link;
  int identity;
  final int kind;
  int datum = 0;
  final List<int> data = List<int>.filled(dataSize, 0);

  Packet(this.link, this.identity, this.kind);
}

class DeviceTaskDataRecord extends RBObject {
  Packet? pending;
}

class HandlerTaskDataRecord extends RBObject {
  Packet? workIn;
  Packet? deviceIn;

  void deviceInAdd(Packet packet) {
    deviceIn = append(packet, deviceIn);
  }

  void workInAdd(Packet packet) {
    workIn = append(packet, workIn);
  }
}

class IdleTaskDataRecord extends RBObject {
  int control = 1;
  int count = 10000;
}

class WorkerTaskDataRecord extends RBObject {
  int destination = handlerA;
  int count = 0;
}

class TaskState extends RBObject {
  bool packetPending = false;
  bool taskWaiting = false;
  bool taskHolding = false;

  TaskState.running();

  TaskState.waiting() : taskWaiting = true;

  TaskState.waitingWithPacket()
      : taskWaiting = true,
        packetPending = true;

  void setPacketPending() {
    packetPending = true;
    taskWaiting = false;
    taskHolding = false;
  }

  void setRunning() {
    packetPending = false;
    taskWaiting = false;
    taskHolding = false;
  }

  bool get isTaskHoldingOrWaiting => taskHolding || (!packetPending && taskWaiting);

  bool get isWaitingWithPacket => packetPending && taskWaiting && !taskHolding;
}

class TaskControlBlock extends TaskState {
  final TaskControlBlock? link;
  final int identity;
  final int priority;
  Packet? input;
  final RBObject handle;
  final ProcessFunction function;

  TaskControlBlock(this.link, this.identity, this.priority, this.input, TaskState initialState,
      this.handle, this.function)
      : super.running() {
    packetPending = initialState.packetPending;
    taskWaiting = initialState.taskWaiting;
    taskHolding = initialState.taskHolding;
  }

  TaskControlBlock addInputAndCheckPriority(Packet packet, TaskControlBlock oldTask) {
    final queue = input;
    if (queue == null) {
      input = packet;
      packetPending = true;
      if (priority > oldTask.priority) return this;
    } else {
      input = append(packet, queue);
    }
    return oldTask;
  }

  TaskControlBlock? runTask() {
    Packet? message;
    if (isWaitingWithPacket) {
      message = input!;
      input = message.link;
      if (input == null) {
        setRunning();
      } else {
        setPacketPending();
      }
    }
    return function(message, handle);
  }
}

class Scheduler extends RBObject {
  final List<TaskControlBlock?> taskTable = List<TaskControlBlock?>.filled(numTypes, null);
  TaskControlBlock? taskList;
  TaskControlBlock? currentTask;
  int currentTaskIdentity = 0;
  int queuePacketCount = 0;
  int holdCount = 0;

  void createDevice(int identity, int priority, Packet? workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, DeviceTaskDataRecord(), (work, word) {
      final dataRecord = word as DeviceTaskDataRecord;
      if (work == null) {
        final pending = dataRecord.pending;
        if (pending == null) return markWaiting();
        dataRecord.pending = null;
        return queuePacket(pending);
      }
      dataRecord.pending = work;
      return holdSelf();
    });
  }

  void createHandler(int identity, int priority, Packet? workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, HandlerTaskDataRecord(), (work, word) {
      final dataRecord = word as HandlerTaskDataRecord;
      if (work != null) {
        if (work.kind == workPacketKind) {
          dataRecord.workInAdd(work);
        } else {
          dataRecord.deviceInAdd(work);
        }
      }
      final workPacket = dataRecord.workIn;
      if (workPacket == null) return markWaiting();
      final count = workPacket.datum;
      if (count >= dataSize) {
        dataRecord.workIn = workPacket.link;
        return queuePacket(workPacket);
      }
      final devicePacket = dataRecord.deviceIn;
      if (devicePacket == null) return markWaiting();
      dataRecord.deviceIn = devicePacket.link;
      devicePacket.datum = workPacket.data[count];
      workPacket.datum = count + 1;
      return queuePacket(devicePacket);
    });
  }

  void createIdler(int identity, int priority, Packet? workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, IdleTaskDataRecord(), (work, word) {
      final dataRecord = word as IdleTaskDataRecord;
      dataRecord.count--;
      if (dataRecord.count == 0) return holdSelf();
      if ((dataRecord.control & 1) == 0) {
        dataRecord.control = dataRecord.control ~/ 2;
        return release(deviceA);
      }
      dataRecord.control = (dataRecord.control ~/ 2) ^ 53256;
      return release(deviceB);
    });
  }

  void createWorker(int identity, int priority, Packet? workPacket, TaskState state) {
    createTask(identity, priority, workPacket, state, WorkerTaskDataRecord(), (work, word) {
      final data = word as WorkerTaskDataRecord;
      if (work == null) return markWaiting();
      data.destination = data.destination == handlerA ? handlerB : handlerA;
      work.identity = data.destination;
      work.datum = 0;
      for (var i = 0; i < dataSize; i++) {
        data.count++;
        if (data.count > 26) data.count = 1;
        work.data[i] = 65 + data.count - 1;
      }
      return queuePacket(work);
    });
  }

  void createTask(int identity, int priority, Packet? work, TaskState state, RBObject data,
      ProcessFunction fn) {
    final t = TaskControlBlock(taskList, identity, priority, work, state, data, fn);
    taskList = t;
    taskTable[identity] = t;
  }

  int start() {
    createIdler(idler, 0, null, TaskState.running());
    var workQ = Packet(null, worker, workPacketKind);
    workQ = Packet(workQ, worker, workPacketKind);
    createWorker(worker, 1000, workQ, TaskState.waitingWithPacket());

    workQ = Packet(null, deviceA, devicePacketKind);
    workQ = Packet(workQ, deviceA, devicePacketKind);
    workQ = Packet(workQ, deviceA, devicePacketKind);
    createHandler(handlerA, 2000, workQ, TaskState.waitingWithPacket());

    workQ = Packet(null, deviceB, devicePacketKind);
    workQ = Packet(workQ, deviceB, devicePacketKind);
    workQ = Packet(workQ, deviceB, devicePacketKind);
    createHandler(handlerB, 3000, workQ, TaskState.waitingWithPacket());

    createDevice(deviceA, 4000, null, TaskState.waiting());
    createDevice(deviceB, 5000, null, TaskState.waiting());

    schedule();
    return queuePacketCount + holdCount;
  }

  TaskControlBlock findTask(int identity) {
    final t = taskTable[identity];
    if (t == null) throw StateError('findTask failed');
    return t;
  }

  TaskControlBlock? holdSelf() {
    holdCount++;
    final current = currentTask!;
    current.taskHolding = true;
    return current.link;
  }

  TaskControlBlock queuePacket(Packet packet) {
    final t = findTask(packet.identity);
    queuePacketCount++;
    packet.link = null;
    packet.identity = currentTaskIdentity;
    return t.addInputAndCheckPriority(packet, currentTask!);
  }

  TaskControlBlock release(int identity) {
    final t = findTask(identity);
    t.taskHolding = false;
    final current = currentTask!;
    return t.priority > current.priority ? t : current;
  }

  TaskControlBlock markWaiting() {
    final current = currentTask!;
    current.taskWaiting = true;
    return current;
  }

  void schedule() {
    currentTask = taskList;
    var task = currentTask;
    while (task != null) {
      if (task.isTaskHoldingOrWaiting) {
        task = task.link;
      } else {
        currentTaskIdentity = task.identity;
        task = task.runTask();
      }
      currentTask = task;
    }
  }
}

class Richards extends Benchmark {
  @override
  int benchmark() => Scheduler().start();
}

void main(List<String> args) => runBenchmark(args, Richards.new);

// Are We Fast Yet: Richards (see richards.dart).

public final class Richards extends Benchmark {
  static final int IDLER = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
  static final int NUM_TYPES = 6;
  static final int DEVICE_PACKET_KIND = 0, WORK_PACKET_KIND = 1;
  static final int DATA_SIZE = 4;

  interface ProcessFunction {
    TaskControlBlock apply(Packet work, RBObject word);
  }

  static class RBObject {
    /** Appends packet to the queue that starts at queueHead; returns the new head. */
    Packet append(Packet packet, Packet queueHead) {
      packet.link = null;
      if (queueHead == null) {
        return packet;
      }
      Packet mouse = queueHead;
      Packet link = mouse.link;
      while (link != null) {
        mouse = link;
        link = mouse.link;
      }
      mouse.link = packet;
      return queueHead;
    }
  }

  static final class Packet extends RBObject {
    Packet link;
    int identity;
    final int kind;
    int datum;
    final int[] data = new int[DATA_SIZE];

    Packet(Packet link, int identity, int kind) {
      this.link = link;
      this.identity = identity;
      this.kind = kind;
    }
  }

  static final class DeviceTaskDataRecord extends RBObject {
    Packet pending;
  }

  static final class HandlerTaskDataRecord extends RBObject {
    Packet workIn;
    Packet deviceIn;

    void deviceInAdd(Packet packet) {
      deviceIn = append(packet, deviceIn);
    }

    void workInAdd(Packet packet) {
      workIn = append(packet, workIn);
    }
  }

  static final class IdleTaskDataRecord extends RBObject {
    int control = 1;
    int count = 10000;
  }

  static final class WorkerTaskDataRecord extends RBObject {
    int destination = HANDLER_A;
    int count;
  }

  static class TaskState extends RBObject {
    boolean packetPending;
    boolean taskWaiting;
    boolean taskHolding;

    TaskState(boolean packetPending, boolean taskWaiting, boolean taskHolding) {
      this.packetPending = packetPending;
      this.taskWaiting = taskWaiting;
      this.taskHolding = taskHolding;
    }

    static TaskState running() {
      return new TaskState(false, false, false);
    }

    static TaskState waiting() {
      return new TaskState(false, true, false);
    }

    static TaskState waitingWithPacket() {
      return new TaskState(true, true, false);
    }

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

    boolean isTaskHoldingOrWaiting() {
      return taskHolding || (!packetPending && taskWaiting);
    }

    boolean isWaitingWithPacket() {
      return packetPending && taskWaiting && !taskHolding;
    }
  }

  static final class TaskControlBlock extends TaskState {
    final TaskControlBlock link;
    final int identity;
    final int priority;
    Packet input;
    final RBObject handle;
    final ProcessFunction function;

    TaskControlBlock(TaskControlBlock link, int identity, int priority, Packet initialWorkQueue,
        TaskState initialState, RBObject privateData, ProcessFunction fn) {
      super(initialState.packetPending, initialState.taskWaiting, initialState.taskHolding);
      this.link = link;
      this.identity = identity;
      this.priority = priority;
      this.input = initialWorkQueue;
      this.handle = privateData;
      this.function = fn;
    }

    TaskControlBlock addInputAndCheckPriority(Packet packet, TaskControlBlock oldTask) {
      if (input == null) {
        input = packet;
        packetPending = true;
        if (priority > oldTask.priority) {
          return this;
        }
      } else {
        input = append(packet, input);
      }
      return oldTask;
    }

    TaskControlBlock runTask() {
      Packet message = null;
      if (isWaitingWithPacket()) {
        message = input;
        input = message.link;
        if (input == null) {
          setRunning();
        } else {
          setPacketPending();
        }
      }
      return function.apply(message, handle);
    }
  }

  static final class Scheduler extends RBObject {
    private final TaskControlBlock[] taskTable = new TaskControlBlock[NUM_TYPES];
    private TaskControlBlock taskList;
    private TaskControlBlock currentTask;
    private int currentTaskIdentity;
    private int queuePacketCount;
    private int holdCount;

    void createDevice(int identity, int priority, Packet workPacket, TaskState state) {
      createTask(identity, priority, workPacket, state, new DeviceTaskDataRecord(), (work, word) -> {
        DeviceTaskDataRecord dataRecord = (DeviceTaskDataRecord) word;
        if (work == null) {
          Packet pending = dataRecord.pending;
          if (pending == null) {
            return markWaiting();
          }
          dataRecord.pending = null;
          return queuePacket(pending);
        }
        dataRecord.pending = work;
        return holdSelf();
      });
    }

    void createHandler(int identity, int priority, Packet workPacket, TaskState state) {
      createTask(identity, priority, workPacket, state, new HandlerTaskDataRecord(), (work, word) -> {
        HandlerTaskDataRecord dataRecord = (HandlerTaskDataRecord) word;
        if (work != null) {
          if (work.kind == WORK_PACKET_KIND) {
            dataRecord.workInAdd(work);
          } else {
            dataRecord.deviceInAdd(work);
          }
        }
        Packet workPacketIn = dataRecord.workIn;
        if (workPacketIn == null) {
          return markWaiting();
        }
        int count = workPacketIn.datum;
        if (count >= DATA_SIZE) {
          dataRecord.workIn = workPacketIn.link;
          return queuePacket(workPacketIn);
        }
        Packet devicePacket = dataRecord.deviceIn;
        if (devicePacket == null) {
          return markWaiting();
        }
        dataRecord.deviceIn = devicePacket.link;
        devicePacket.datum = workPacketIn.data[count];
        workPacketIn.datum = count + 1;
        return queuePacket(devicePacket);
      });
    }

    void createIdler(int identity, int priority, Packet workPacket, TaskState state) {
      createTask(identity, priority, workPacket, state, new IdleTaskDataRecord(), (work, word) -> {
        IdleTaskDataRecord dataRecord = (IdleTaskDataRecord) word;
        dataRecord.count--;
        if (dataRecord.count == 0) {
          return holdSelf();
        }
        if ((dataRecord.control & 1) == 0) {
          dataRecord.control = dataRecord.control / 2;
          return release(DEVICE_A);
        }
        dataRecord.control = (dataRecord.control / 2) ^ 53256;
        return release(DEVICE_B);
      });
    }

    void createWorker(int identity, int priority, Packet workPacket, TaskState state) {
      createTask(identity, priority, workPacket, state, new WorkerTaskDataRecord(), (work, word) -> {
        WorkerTaskDataRecord data = (WorkerTaskDataRecord) word;
        if (work == null) {
          return markWaiting();
        }
        data.destination = data.destination == HANDLER_A ? HANDLER_B : HANDLER_A;
        work.identity = data.destination;
        work.datum = 0;
        for (int i = 0; i < DATA_SIZE; i++) {
          data.count++;
          if (data.count > 26) {
            data.count = 1;
          }
          work.data[i] = 65 + data.count - 1;
        }
        return queuePacket(work);
      });
    }

    void createTask(int identity, int priority, Packet work, TaskState state, RBObject data, ProcessFunction fn) {
      TaskControlBlock t = new TaskControlBlock(taskList, identity, priority, work, state, data, fn);
      taskList = t;
      taskTable[identity] = t;
    }

    long start() {
      createIdler(IDLER, 0, null, TaskState.running());
      Packet workQ = new Packet(null, WORKER, WORK_PACKET_KIND);
      workQ = new Packet(workQ, WORKER, WORK_PACKET_KIND);
      createWorker(WORKER, 1000, workQ, TaskState.waitingWithPacket());

      workQ = new Packet(null, DEVICE_A, DEVICE_PACKET_KIND);
      workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
      workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
      createHandler(HANDLER_A, 2000, workQ, TaskState.waitingWithPacket());

      workQ = new Packet(null, DEVICE_B, DEVICE_PACKET_KIND);
      workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
      workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
      createHandler(HANDLER_B, 3000, workQ, TaskState.waitingWithPacket());

      createDevice(DEVICE_A, 4000, null, TaskState.waiting());
      createDevice(DEVICE_B, 5000, null, TaskState.waiting());

      schedule();
      return queuePacketCount + holdCount;
    }

    TaskControlBlock findTask(int identity) {
      TaskControlBlock t = taskTable[identity];
      if (t == null) {
        throw new IllegalStateException("findTask failed");
      }
      return t;
    }

    TaskControlBlock holdSelf() {
      holdCount++;
      currentTask.taskHolding = true;
      return currentTask.link;
    }

    TaskControlBlock queuePacket(Packet packet) {
      TaskControlBlock t = findTask(packet.identity);
      queuePacketCount++;
      packet.link = null;
      packet.identity = currentTaskIdentity;
      return t.addInputAndCheckPriority(packet, currentTask);
    }

    TaskControlBlock release(int identity) {
      TaskControlBlock t = findTask(identity);
      t.taskHolding = false;
      return t.priority > currentTask.priority ? t : currentTask;
    }

    TaskControlBlock markWaiting() {
      currentTask.taskWaiting = true;
      return currentTask;
    }

    void schedule() {
      currentTask = taskList;
      while (currentTask != null) {
        if (currentTask.isTaskHoldingOrWaiting()) {
          currentTask = currentTask.link;
        } else {
          currentTaskIdentity = currentTask.identity;
          currentTask = currentTask.runTask();
        }
      }
    }
  }

  @Override
  long benchmark() {
    return new Scheduler().start();
  }

  public static void main(String[] args) {
    Harness.run(args, new Richards());
  }
}

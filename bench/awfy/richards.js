// Are We Fast Yet: Richards (see richards.dart).
'use strict';
const { Benchmark, runBenchmark } = require('./harness.js');

const IDLER = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;
const NUM_TYPES = 6;
const DEVICE_PACKET_KIND = 0;
const WORK_PACKET_KIND = 1;
const DATA_SIZE = 4;

class RBObject {
  // Appends packet to the queue that starts at queueHead; returns the new head.
  append(packet, queueHead) {
    packet.link = null;
    if (queueHead === null) return packet;
    let mouse = queueHead;
    let link = mouse.link;
    while (link !== null) {
      mouse = link;
      link = mouse.link;
    }
    mouse.link = packet;
    return queueHead;
  }
}

class Packet extends RBObject {
  constructor(link, identity, kind) {
    super();
    this.link = link;
    this.identity = identity;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(DATA_SIZE).fill(0);
  }
}

class DeviceTaskDataRecord extends RBObject {
  constructor() {
    super();
    this.pending = null;
  }
}

class HandlerTaskDataRecord extends RBObject {
  constructor() {
    super();
    this.workIn = null;
    this.deviceIn = null;
  }

  deviceInAdd(packet) {
    this.deviceIn = this.append(packet, this.deviceIn);
  }

  workInAdd(packet) {
    this.workIn = this.append(packet, this.workIn);
  }
}

class IdleTaskDataRecord extends RBObject {
  constructor() {
    super();
    this.control = 1;
    this.count = 10000;
  }
}

class WorkerTaskDataRecord extends RBObject {
  constructor() {
    super();
    this.destination = HANDLER_A;
    this.count = 0;
  }
}

class TaskState extends RBObject {
  constructor(packetPending, taskWaiting, taskHolding) {
    super();
    this.packetPending = packetPending;
    this.taskWaiting = taskWaiting;
    this.taskHolding = taskHolding;
  }

  static running() { return new TaskState(false, false, false); }
  static waiting() { return new TaskState(false, true, false); }
  static waitingWithPacket() { return new TaskState(true, true, false); }

  setPacketPending() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
  }

  setRunning() {
    this.packetPending = false;
    this.taskWaiting = false;
    this.taskHolding = false;
  }

  isTaskHoldingOrWaiting() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  isWaitingWithPacket() {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }
}

class TaskControlBlock extends TaskState {
  constructor(link, identity, priority, initialWorkQueue, initialState, privateData, fn) {
    super(initialState.packetPending, initialState.taskWaiting, initialState.taskHolding);
    this.link = link;
    this.identity = identity;
    this.priority = priority;
    this.input = initialWorkQueue;
    this.handle = privateData;
    this.function = fn;
  }

  addInputAndCheckPriority(packet, oldTask) {
    if (this.input === null) {
      this.input = packet;
      this.packetPending = true;
      if (this.priority > oldTask.priority) return this;
    } else {
      this.input = this.append(packet, this.input);
    }
    return oldTask;
  }

  runTask() {
    let message = null;
    if (this.isWaitingWithPacket()) {
      message = this.input;
      this.input = message.link;
      if (this.input === null) {
        this.setRunning();
      } else {
        this.setPacketPending();
      }
    }
    return this.function(message, this.handle);
  }
}

class Scheduler extends RBObject {
  constructor() {
    super();
    this.taskTable = new Array(NUM_TYPES).fill(null);
    this.taskList = null;
    this.currentTask = null;
    this.currentTaskIdentity = 0;
    this.queuePacketCount = 0;
    this.holdCount = 0;
  }

  createDevice(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, new DeviceTaskDataRecord(), (work, dataRecord) => {
      if (work === null) {
        const pending = dataRecord.pending;
        if (pending === null) return this.markWaiting();
        dataRecord.pending = null;
        return this.queuePacket(pending);
      }
      dataRecord.pending = work;
      return this.holdSelf();
    });
  }

  createHandler(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, new HandlerTaskDataRecord(), (work, dataRecord) => {
      if (work !== null) {
        if (work.kind === WORK_PACKET_KIND) {
          dataRecord.workInAdd(work);
        } else {
          dataRecord.deviceInAdd(work);
        }
      }
      const workPacket = dataRecord.workIn;
      if (workPacket === null) return this.markWaiting();
      const count = workPacket.datum;
      if (count >= DATA_SIZE) {
        dataRecord.workIn = workPacket.link;
        return this.queuePacket(workPacket);
      }
      const devicePacket = dataRecord.deviceIn;
      if (devicePacket === null) return this.markWaiting();
      dataRecord.deviceIn = devicePacket.link;
      devicePacket.datum = workPacket.data[count];
      workPacket.datum = count + 1;
      return this.queuePacket(devicePacket);
    });
  }

  createIdler(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, new IdleTaskDataRecord(), (work, dataRecord) => {
      dataRecord.count--;
      if (dataRecord.count === 0) return this.holdSelf();
      if ((dataRecord.control & 1) === 0) {
        dataRecord.control = Math.trunc(dataRecord.control / 2);
        return this.release(DEVICE_A);
      }
      dataRecord.control = Math.trunc(dataRecord.control / 2) ^ 53256;
      return this.release(DEVICE_B);
    });
  }

  createWorker(identity, priority, workPacket, state) {
    this.createTask(identity, priority, workPacket, state, new WorkerTaskDataRecord(), (work, data) => {
      if (work === null) return this.markWaiting();
      data.destination = data.destination === HANDLER_A ? HANDLER_B : HANDLER_A;
      work.identity = data.destination;
      work.datum = 0;
      for (let i = 0; i < DATA_SIZE; i++) {
        data.count++;
        if (data.count > 26) data.count = 1;
        work.data[i] = 65 + data.count - 1;
      }
      return this.queuePacket(work);
    });
  }

  createTask(identity, priority, work, state, data, fn) {
    const t = new TaskControlBlock(this.taskList, identity, priority, work, state, data, fn);
    this.taskList = t;
    this.taskTable[identity] = t;
  }

  start() {
    this.createIdler(IDLER, 0, null, TaskState.running());
    let workQ = new Packet(null, WORKER, WORK_PACKET_KIND);
    workQ = new Packet(workQ, WORKER, WORK_PACKET_KIND);
    this.createWorker(WORKER, 1000, workQ, TaskState.waitingWithPacket());

    workQ = new Packet(null, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_A, DEVICE_PACKET_KIND);
    this.createHandler(HANDLER_A, 2000, workQ, TaskState.waitingWithPacket());

    workQ = new Packet(null, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    workQ = new Packet(workQ, DEVICE_B, DEVICE_PACKET_KIND);
    this.createHandler(HANDLER_B, 3000, workQ, TaskState.waitingWithPacket());

    this.createDevice(DEVICE_A, 4000, null, TaskState.waiting());
    this.createDevice(DEVICE_B, 5000, null, TaskState.waiting());

    this.schedule();
    return this.queuePacketCount + this.holdCount;
  }

  findTask(identity) {
    const t = this.taskTable[identity];
    if (t === null) throw new Error('findTask failed');
    return t;
  }

  holdSelf() {
    this.holdCount++;
    this.currentTask.taskHolding = true;
    return this.currentTask.link;
  }

  queuePacket(packet) {
    const t = this.findTask(packet.identity);
    this.queuePacketCount++;
    packet.link = null;
    packet.identity = this.currentTaskIdentity;
    return t.addInputAndCheckPriority(packet, this.currentTask);
  }

  release(identity) {
    const t = this.findTask(identity);
    t.taskHolding = false;
    return t.priority > this.currentTask.priority ? t : this.currentTask;
  }

  markWaiting() {
    this.currentTask.taskWaiting = true;
    return this.currentTask;
  }

  schedule() {
    this.currentTask = this.taskList;
    while (this.currentTask !== null) {
      if (this.currentTask.isTaskHoldingOrWaiting()) {
        this.currentTask = this.currentTask.link;
      } else {
        this.currentTaskIdentity = this.currentTask.identity;
        this.currentTask = this.currentTask.runTask();
      }
    }
  }
}

class Richards extends Benchmark {
  benchmark() {
    return new Scheduler().start();
  }
}

runBenchmark(() => new Richards());

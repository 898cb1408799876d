"""scheduler: object-oriented code in the spirit of Richards. A round-robin scheduler runs task objects
of several classes that pass message objects to each other through mailboxes. Measures method
dispatch (overridden methods, super() calls), attribute reads and writes, small object allocation."""
import sys
import time


class Message:
    __slots__ = ("dest", "kind", "payload", "hops")

    def __init__(self, dest, kind, payload):
        self.dest = dest
        self.kind = kind
        self.payload = payload
        self.hops = 0


class Task:
    def __init__(self, name, scheduler, priority):
        self.name = name
        self.scheduler = scheduler
        self.priority = priority
        self.inbox = []
        self.runs = 0
        self.waiting = False

    def ready(self):
        return bool(self.inbox) and not self.waiting

    def send(self, dest, kind, payload):
        msg = Message(dest, kind, payload)
        self.scheduler.deliver(msg)

    def step(self):
        self.runs += 1
        msg = self.inbox.pop(0)
        msg.hops += 1
        self.handle(msg)

    def handle(self, msg):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, name, scheduler, priority, consumers):
        super().__init__(name, scheduler, priority)
        self.consumers = consumers
        self.seed = 12345
        self.produced = 0

    def next_value(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed % 1000

    def handle(self, msg):
        if msg.kind == "tick":
            value = self.next_value()
            dest = self.consumers[value % len(self.consumers)]
            self.send(dest, "work", value)
            self.produced += 1
            self.send(self.name, "tick", msg.payload + 1)


class Worker(Task):
    def __init__(self, name, scheduler, priority, device):
        super().__init__(name, scheduler, priority)
        self.device = device
        self.total = 0

    def handle(self, msg):
        if msg.kind == "work":
            self.total += msg.payload
            if msg.payload % 3 == 0:
                self.send(self.device, "io", msg.payload // 3)
        elif msg.kind == "done":
            self.total -= msg.payload


class Device(Task):
    def __init__(self, name, scheduler, priority):
        super().__init__(name, scheduler, priority)
        self.completed = 0
        self.busy = 0

    def handle(self, msg):
        self.busy += msg.payload & 7
        self.completed += 1
        if self.completed % 4 == 0:
            self.send("worker0", "done", self.busy & 15)


class LoggingDevice(Device):
    def __init__(self, name, scheduler, priority):
        super().__init__(name, scheduler, priority)
        self.log_len = 0

    def handle(self, msg):
        self.log_len += len(msg.kind) + msg.hops
        super().handle(msg)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.delivered = 0

    def add(self, task):
        self.tasks[task.name] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def deliver(self, msg):
        self.delivered += 1
        self.tasks[msg.dest].inbox.append(msg)

    def run(self, budget):
        steps = 0
        while steps < budget:
            ran = False
            for task in self.order:
                if task.ready():
                    task.step()
                    steps += 1
                    ran = True
                    break
            if not ran:
                break
        return steps


def workload(budget):
    s = Scheduler()
    s.add(Device("disk", s, 5))
    s.add(LoggingDevice("net", s, 4))
    s.add(Worker("worker0", s, 3, "disk"))
    s.add(Worker("worker1", s, 2, "net"))
    s.add(Worker("worker2", s, 2, "disk"))
    s.add(Producer("producer", s, 1, ["worker0", "worker1", "worker2"]))
    s.deliver(Message("producer", "tick", 0))
    steps = s.run(budget)
    total = steps + s.delivered
    for t in s.order:
        total += t.runs
        if isinstance(t, Worker):
            total += t.total
        elif isinstance(t, Device):
            total += t.completed * 3 + t.busy
            if isinstance(t, LoggingDevice):
                total += t.log_len
        elif isinstance(t, Producer):
            total += t.produced + t.seed
    return total


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    budget = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
    result = None
    for rep in range(1, reps + 1):
        t0 = time.perf_counter()
        r = workload(budget)
        t1 = time.perf_counter()
        print(f"rep {rep} {t1 - t0:.6f}", file=sys.stderr)
        if result is not None and r != result:
            print(f"error: rep {rep} gave {r}, expected {result}", file=sys.stderr)
            sys.exit(3)
        result = r
    print(f"checksum {result}")


main()

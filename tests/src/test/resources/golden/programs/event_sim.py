# A discrete-event simulation of a small help desk, driven by a hand-written binary heap.
class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Simulation:
    def __init__(self, agents):
        self.heap = MinHeap()
        self.seq = 0
        self.free_agents = list(range(agents))
        self.waiting = []
        self.log = []
        self.wait_times = []
        self.busy_time = [0] * agents

    def schedule(self, time, kind, data):
        self.seq += 1
        self.heap.push((time, self.seq, kind, data))

    def run(self):
        while self.heap:
            time, _, kind, data = self.heap.pop()
            getattr(self, "on_" + kind)(time, data)

    def on_arrive(self, time, ticket):
        name, duration = ticket
        self.log.append(f"t={time:>3} arrive  {name} (needs {duration})")
        self.waiting.append((time, name, duration))
        self.dispatch(time)

    def on_finish(self, time, data):
        agent, name = data
        self.log.append(f"t={time:>3} finish  {name} by agent {agent}")
        self.free_agents.append(agent)
        self.free_agents.sort()
        self.dispatch(time)

    def dispatch(self, time):
        while self.free_agents and self.waiting:
            arrived, name, duration = self.waiting.pop(0)
            agent = self.free_agents.pop(0)
            self.wait_times.append(time - arrived)
            self.busy_time[agent] += duration
            self.log.append(f"t={time:>3} start   {name} with agent {agent} (waited {time - arrived})")
            self.schedule(time + duration, "finish", (agent, name))


heap = MinHeap()
for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    heap.push(v)
print("heap sort:", [heap.pop() for _ in range(len(heap))])

sim = Simulation(agents=2)
tickets = [(0, "printer", 5), (1, "password", 2), (2, "laptop", 9), (3, "vpn", 4),
           (3, "email", 1), (10, "monitor", 3), (11, "badge", 2), (30, "coffee", 1)]
for when, name, duration in tickets:
    sim.schedule(when, "arrive", (name, duration))
sim.run()
for line in sim.log:
    print(line)
print("average wait:", round(sum(sim.wait_times) / len(sim.wait_times), 3), "max wait:", max(sim.wait_times))
print("agent busy time:", sim.busy_time, "events processed:", sim.seq)

import asyncio
async def work(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper()
async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
class AsyncCM:
    async def __aenter__(self):
        print("aenter"); return "cm"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None); return False
class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
async def main():
    r = await work("solo", 0.01)
    print(r)
    res = await asyncio.gather(work("a", 0.2), work("b", 0.02), work("c", 0.1))
    print(res)
    t = asyncio.create_task(work("task", 0.01))
    print(await t, t.done())
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(failing(), work("d", 0), return_exceptions=True)
    print(res)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.05)
    except asyncio.TimeoutError:
        print("timeout")
    async with AsyncCM() as v:
        print("inside", v)
    async for i in Ticker(3):
        print("tick", i)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print("consumed", got)
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            c = counter
            await asyncio.sleep(0)
            counter = c + 1
    await asyncio.gather(*(inc() for _ in range(5)))
    print("counter", counter)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return "released"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt)
    return "main done"
print(asyncio.run(main()))

"""A TCP proxy on 127.0.0.1 that delays every chunk by a fixed time in each direction.

    .venv/bin/python benchmarks/latency_proxy.py LISTEN_PORT TARGET_PORT [--ms 50]

What a slow office network does to Rapat, without a network: the benchmarks point Rapat at the
proxy, which forwards to the test PostgreSQL server. Order is kept; each chunk leaves `ms` after
it arrived, so a query's round trip costs twice the delay.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time

HOST = "127.0.0.1"


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def send() -> None:
        while True:
            due, chunk = await queue.get()
            if not chunk:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(chunk)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(send())
    try:
        while chunk := await reader.read(65536):
            queue.put_nowait((time.monotonic() + delay, chunk))
    except ConnectionError:
        pass
    queue.put_nowait((0.0, b""))
    await sender


async def serve(listen_port: int, target_port: int, delay_ms: float) -> asyncio.Server:
    delay = delay_ms / 1000

    async def connect(reader, writer) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(HOST, target_port)
        await asyncio.gather(
            _pipe(reader, upstream_writer, delay),
            _pipe(upstream_reader, writer, delay),
            return_exceptions=True,
        )

    return await asyncio.start_server(connect, HOST, listen_port)


def start_in_thread(listen_port: int, target_port: int, delay_ms: float = 50) -> None:
    """Run the proxy on a daemon thread of its own (for a benchmark in the same process)."""
    ready = threading.Event()

    def run() -> None:
        loop = asyncio.new_event_loop()
        loop.run_until_complete(serve(listen_port, target_port, delay_ms))
        ready.set()
        loop.run_forever()

    threading.Thread(target=run, name="latency-proxy", daemon=True).start()
    ready.wait(5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("listen_port", type=int)
    parser.add_argument("target_port", type=int)
    parser.add_argument("--ms", type=float, default=50)
    args = parser.parse_args()

    async def forever() -> None:
        server = await serve(args.listen_port, args.target_port, args.ms)
        async with server:
            await server.serve_forever()

    asyncio.run(forever())


if __name__ == "__main__":
    main()

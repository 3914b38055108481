"""A lean load generator for the benchmarks: many HTTP/1.1 requests at once from one thread (asyncio), so that
the clients take little of the CPU the server is measured on; and the CPU time the server's processes used.

Each request opens its own connection, as a browser's first request to gunicorn's sync workers does (they close
every connection after one answer). The answer's status and Location are read; redirects are not followed.
"""

import asyncio
import os
import time
import urllib.parse
from dataclasses import dataclass


@dataclass
class Answer:
    status: int
    seconds: float
    location: str = ""


async def _post(host: str, port: int, path: str, body: bytes, cookie: str) -> Answer:
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nConnection: close\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    start = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(request)
        answer = await reader.read()  # to the end: the server closes the connection after its answer
    finally:
        writer.close()
    seconds = time.perf_counter() - start
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    location = next((line.split(":", 1)[1].strip() for line in head[1:] if line.lower().startswith("location:")), "")
    return Answer(int(head[0].split()[1]), seconds, location)


async def _rush(base_url: str, posts: list[tuple[str, dict]], clients: int, cookie: str, token: str) -> list[Answer]:
    address = urllib.parse.urlsplit(base_url)
    bodies = [
        (path, urllib.parse.urlencode({**form, "csrfmiddlewaretoken": token}, doseq=True).encode())
        for path, form in posts
    ]
    answers: list[Answer | None] = [None] * len(bodies)
    following = iter(range(len(bodies)))

    async def client() -> None:  # one person after another, as a thread of the older client did
        for index in following:
            path, body = bodies[index]
            answers[index] = await _post(address.hostname, address.port, path, body, cookie)

    await asyncio.gather(*(client() for _ in range(clients)))
    return answers  # type: ignore[return-value]


def rush(base_url: str, posts: list[tuple[str, dict]], *, clients: int, cookie: str, token: str) -> list[Answer]:
    """Post every (path, form) with its CSRF token, `clients` at a time; the answers in the same order."""
    return asyncio.run(_rush(base_url, posts, clients, cookie, token))


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time used so far by these processes (Linux /proc); a process gone counts 0."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime and stime, in clock ticks
    return total / tick


def children(pid: int) -> list[int]:
    """The process and its children (gunicorn's master and its workers)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listed:
            return [pid, *(int(child) for child in listed.read().split())]
    except OSError:
        return [pid]


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())

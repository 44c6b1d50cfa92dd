"""bench/sync.py's latency/bandwidth proxy: it delays each direction by RTT/2, paces to the bandwidth,
keeps bytes in order, and counts the client's round trips."""

from __future__ import annotations

import socket
import threading
import time

from bench.sync import LatencyProxy


def _echo_server() -> tuple[socket.socket, int]:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    threading.Thread(target=serve, daemon=True).start()
    return srv, int(srv.getsockname()[1])


def _recv_exactly(s: socket.socket, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = s.recv(n - len(out))
        assert chunk
        out += chunk
    return out


def test_round_trips_cost_the_rtt_and_bytes_the_bandwidth() -> None:
    srv, port = _echo_server()
    proxy = LatencyProxy(port, rtt_ms=40, mbit=8)  # 8 Mbit/s: 1 MB each way takes 1 s
    try:
        with socket.create_connection(("127.0.0.1", proxy.port)) as c:
            t0 = time.perf_counter()
            for i in range(5):  # 5 ping-pongs: 5 × 2 × RTT/2 ≥ 200 ms
                c.sendall(b"ping %d\r\n" % i)
                assert _recv_exactly(c, 8) == b"ping %d\r\n" % i
            pings = time.perf_counter() - t0
            blob = bytes(range(256)) * 1024  # 256 KiB: ≥ 0.26 s each way at 8 Mbit/s
            t0 = time.perf_counter()
            c.sendall(blob)
            assert _recv_exactly(c, len(blob)) == blob  # in order, nothing lost
            bulk = time.perf_counter() - t0
        assert 0.2 <= pings < 1.0, pings
        assert 0.26 <= bulk < 2.0, bulk
        assert proxy.turns == 6 and proxy.bytes_up == 5 * 8 + len(blob)
    finally:
        proxy.close()
        srv.close()

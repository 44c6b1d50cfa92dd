"""A small IMAP proxy in front of the rig's Dovecot that answers the way other providers' servers do.

Dovecot can be configured not to *announce* CONDSTORE or SPECIAL-USE (the rig's profiles do that), but
it still accepts what it does not announce, and it always keeps custom keywords. What real servers do
and Dovecot cannot be made to do is imitated here, on the wire, following RFC 3501:

* ``no_condstore`` — Microsoft 365 / Outlook.com / Exchange, Yahoo, Courier: CONDSTORE and QRESYNC are
  removed from every CAPABILITY answer, and a STATUS asking for HIGHESTMODSEQ gets
  ``<tag> BAD Command Argument Error. 11`` (Exchange's wording) instead of being passed on, as does any
  FETCH/SELECT with a CONDSTORE modifier.
* ``no_keywords`` — Exchange and some hosting servers: PERMANENTFLAGS loses ``\\*`` (only the system
  flags can be kept) and a STORE of a custom keyword (``$Paid``) gets ``<tag> NO`` — what a mail client
  sees when it tries to set one.
* ``gmail`` — Gmail: ``X-GM-EXT-1`` added to the capabilities.

Literals are passed through untouched in both directions (APPEND bodies, FETCH BODY[] answers), so
messages cross the proxy byte for byte. One thread per connection; `stop()` closes everything.
"""

from __future__ import annotations

import re
import socket
import threading
from dataclasses import dataclass

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
_CAPS = re.compile(rb"(\[CAPABILITY |\* CAPABILITY )([^\]\r\n]*)", re.IGNORECASE)


@dataclass
class Behaviour:
    no_condstore: bool = False
    no_keywords: bool = False
    gmail: bool = False


class ImapProxy:
    def __init__(self, upstream_port: int, behaviour: Behaviour) -> None:
        self.upstream_port = upstream_port
        self.behaviour = behaviour
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(50)
        self.port = self.listener.getsockname()[1]
        self.commands: list[bytes] = []  # every command line the client sent, for assertions
        self._stopping = False
        self._socks: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def stop(self) -> None:
        self._stopping = True
        for s in [self.listener, *self._socks]:
            try:
                s.close()
            except OSError:
                pass

    # -- plumbing -------------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._socks += [client, upstream]
            threading.Thread(target=self._client_to_server, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(upstream, client), daemon=True).start()

    @staticmethod
    def _pieces(sock: socket.socket):  # type: ignore[no-untyped-def]
        """Yield (is_line, bytes): each line, then the n raw bytes of a literal announced by "{n}".

        A line is handed on before its literal is read: a synchronising literal waits for the
        server's "+" continuation, which the client only gets once the line reached the server."""
        f = sock.makefile("rb")
        while True:
            line = f.readline()
            if not line:
                return
            yield True, line
            m = _LITERAL.search(line)
            if m:
                yield False, f.read(int(m.group(1)))

    def _client_to_server(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            for is_line, data in self._pieces(client):
                if is_line:
                    self.commands.append(data)
                    refusal = self._refuse(data)
                    if refusal is not None:
                        client.sendall(refusal)
                        continue
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _server_to_client(self, upstream: socket.socket, client: socket.socket) -> None:
        try:
            for is_line, data in self._pieces(upstream):
                client.sendall(self._rewrite(data) if is_line else data)
        except OSError:
            pass

    # -- behaviour ------------------------------------------------------------------------------
    def _refuse(self, line: bytes) -> bytes | None:
        parts = line.split(b" ", 2)
        if len(parts) < 2:
            return None
        tag, verb = parts[0], parts[1].upper()
        rest = parts[2].upper() if len(parts) > 2 else b""
        if verb == b"UID" and rest:
            verb, _, rest = rest.partition(b" ")
        b = self.behaviour
        if b.no_condstore and (
            verb == b"STATUS"
            and b"HIGHESTMODSEQ" in rest
            or verb in (b"FETCH", b"SELECT", b"EXAMINE")
            and (b"CHANGEDSINCE" in rest or b"CONDSTORE" in rest)
        ):
            return tag + b" BAD Command Argument Error. 11\r\n"
        if b.no_keywords and verb == b"STORE" and re.search(rb"\$\w+", rest):
            return tag + b" NO [CANNOT] Keywords are not supported on this mailbox\r\n"
        return None

    def _rewrite(self, line: bytes) -> bytes:
        b = self.behaviour

        def caps(m: re.Match[bytes]) -> bytes:
            words = m.group(2).split(b" ")
            if b.no_condstore:
                words = [w for w in words if w.upper() not in (b"CONDSTORE", b"QRESYNC")]
            if b.gmail and b"X-GM-EXT-1" not in words:
                words.append(b"X-GM-EXT-1")
            return m.group(1) + b" ".join(words)

        line = _CAPS.sub(caps, line)
        if b.no_keywords and b"PERMANENTFLAGS" in line.upper():
            line = line.replace(b" \\*", b"").replace(b"\\* ", b"").replace(b"\\*", b"")
        if b.no_condstore and b"HIGHESTMODSEQ" in line.upper() and line.startswith(b"* OK"):
            return b"* OK Ignored\r\n"
        return line

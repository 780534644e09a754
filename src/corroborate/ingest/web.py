"""Fetching a URL safely: http(s) only, public addresses only, bounded size, redirects re-checked.

The HTTP getter is injectable (`fetch`) so tests run offline. The default one never follows
redirects itself (`get` follows them, checking every hop) and connects to the very address it
checked. Proxies are not used.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from corroborate import __version__

USER_AGENT = f"corroborate/{__version__} (news coverage comparison; +https://github.com/corroborate)"
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_S = 15.0
MAX_REDIRECTS = 5


class Refused(Exception):
    """The URL may not be fetched (scheme, address, size, status...); the message says why."""


@dataclass
class HttpResponse:
    """What a getter returns: status, headers (any case), body bytes (at most the cap + 1)."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


Fetch = Callable[[str], HttpResponse]


def is_url(text: str) -> bool:
    """Whether an input looks like a URL (any scheme); non-http(s) ones are refused later."""
    return "://" in text and urlsplit(text).scheme.isalpha()


def resolve_host(host: str) -> list[str]:
    """All addresses `host` resolves to (a literal IP resolves to itself)."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def _address_problem(addr: str) -> str | None:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified"):
        if getattr(ip, f"is_{kind}"):
            return f"{kind.replace('_', '-')} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Raise `Refused` unless `url` is http(s) and every address of its host is public."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(f"refused URL scheme {parts.scheme!r} (only http and https)")
    host = parts.hostname
    if not host:
        raise Refused("URL has no host")
    if not allow_private:
        vetted_addresses(host, allow_private=False)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to an address already checked, still verifying the certificate for the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def vetted_addresses(host: str, *, allow_private: bool) -> list[str]:
    """The addresses of `host`, raising `Refused` if any of them is not public (unless allowed)."""
    try:
        addresses = resolve_host(host)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"cannot resolve host {host!r}: {exc}") from exc
    if not addresses:
        raise Refused(f"host {host!r} has no address")
    if not allow_private:
        for addr in addresses:  # one private answer among public ones is enough to refuse
            problem = _address_problem(addr)
            if problem:
                raise Refused(f"refused host {host!r}: {problem} (use allow_private to permit)")
    return addresses


def _read_capped(resp: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    """At most `max_bytes` + 1 bytes of the body, giving up at `deadline` (a slow drip counts too)."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            raise Refused("timed out reading the response")
        chunk = resp.read(min(65536, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def default_fetch(url: str, *, allow_private: bool = False, timeout: float = TIMEOUT_S,
                  max_bytes: int = MAX_BYTES) -> HttpResponse:
    """One GET without following redirects, connecting to the address that was checked.

    Resolving once and connecting to that very address closes the gap in which a host could
    resolve to a public address for the check and to a private one for the request.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    address = vetted_addresses(host, allow_private=allow_private)[0]
    if https:
        conn: http.client.HTTPConnection = _PinnedHTTPS(host, port, address, timeout)
    else:
        conn = http.client.HTTPConnection(address, port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    if ":" in host and parts.port is None:  # IPv6 literal
        host_header = f"[{host}]"
    try:
        conn.request("GET", target, headers={
            "Host": host_header, "User-Agent": USER_AGENT,
            "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5", "Accept-Encoding": "identity"})
        resp = conn.getresponse()
        body = _read_capped(resp, max_bytes, time.monotonic() + timeout * 2) if resp.status == 200 else b""
        return HttpResponse(resp.status, body, dict(resp.getheaders()))
    finally:
        conn.close()


def get(url: str, *, allow_private: bool = False, fetch: Fetch | None = None,
        max_bytes: int = MAX_BYTES) -> tuple[str, HttpResponse]:
    """GET `url`, following up to `MAX_REDIRECTS` redirects by hand and checking each hop.

    Returns the final URL and the response; raises `Refused` with the reason otherwise.
    """
    getter = fetch or (lambda u: default_fetch(u, allow_private=allow_private, max_bytes=max_bytes))
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        check_url(current, allow_private=allow_private)
        try:
            resp = getter(current)
        except Refused:
            raise
        except Exception as exc:  # noqa: BLE001 - any transport failure is one input's error
            raise Refused(f"fetch failed: {type(exc).__name__}: {exc}") from exc
        if resp.status in (301, 302, 303, 307, 308):
            location = resp.header("Location")
            if not location:
                raise Refused(f"HTTP {resp.status} redirect without Location")
            current = urljoin(current, location)
            continue
        if resp.status != 200:
            raise Refused(f"HTTP {resp.status}")
        if len(resp.body) > max_bytes:
            raise Refused(f"response larger than {max_bytes} bytes")
        return current, resp
    raise Refused(f"more than {MAX_REDIRECTS} redirects")

"""Fetching a URL safely: http(s) only, public addresses only, bounded size, redirects re-checked.

The HTTP getter is injectable (`fetch`) so tests run offline; the default uses urllib with
automatic redirects disabled, so every hop's host is resolved and checked before it is requested.
"""
from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
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
    if allow_private:
        return
    try:
        addresses = resolve_host(host)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"cannot resolve host {host!r}: {exc}") from exc
    if not addresses:
        raise Refused(f"host {host!r} has no address")
    for addr in addresses:  # every address: one private answer among public ones is enough to refuse
        problem = _address_problem(addr)
        if problem:
            raise Refused(f"refused host {host!r}: {problem} (use allow_private to permit)")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003 - urllib's signature
        return None


def urllib_fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> HttpResponse:
    """The default getter: one GET, no automatic redirects, body read up to `max_bytes` + 1."""
    opener = urllib.request.build_opener(_NoRedirect)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"})
    try:
        resp = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as err:  # 3xx (redirects not followed) and 4xx/5xx land here
        return HttpResponse(err.code, b"", dict(err.headers.items()) if err.headers else {})
    with resp:
        return HttpResponse(resp.status, resp.read(max_bytes + 1), dict(resp.headers.items()))


def get(url: str, *, allow_private: bool = False, fetch: Fetch | None = None,
        max_bytes: int = MAX_BYTES) -> tuple[str, HttpResponse]:
    """GET `url`, following up to `MAX_REDIRECTS` redirects by hand and checking each hop.

    Returns the final URL and the response; raises `Refused` with the reason otherwise.
    """
    getter = fetch or urllib_fetch
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

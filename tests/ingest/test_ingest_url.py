"""URL ingest: refusal of non-public hosts and schemes, redirects re-checked, happy path (offline)."""
from __future__ import annotations

import pytest

import corroborate.ingest.web as web
from corroborate.ingest import HttpResponse, load

PAGE = (b"<html><head><title>T</title><meta property='og:site_name' content='Example Times'></head><body>"
        b"<article><h1>Ferry fares rise</h1><p>The ferry operator raised fares by ten percent on Monday, "
        b"citing fuel costs and new safety rules for its fleet.</p><p>Passengers said the change was "
        b"unfair to commuters who have no other way across the harbour.</p></article></body></html>")


@pytest.fixture
def public_dns(monkeypatch):
    fake = {"news.example.com": ["93.184.216.34"], "evil.example.com": ["93.184.216.35", "10.0.0.5"],
            "intranet.example.com": ["192.168.1.9"]}
    real = web.resolve_host
    monkeypatch.setattr(web, "resolve_host", lambda host: fake[host] if host in fake else real(host))


def _never(url):
    raise AssertionError(f"must not fetch {url}")


@pytest.mark.parametrize("url", ["http://127.0.0.1/a", "http://10.1.2.3/", "http://localhost:8000/",
                                 "http://[::1]/", "http://169.254.169.254/latest/meta-data",
                                 "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://224.0.0.1/",
                                 "file:///etc/passwd", "ftp://example.com/x"])
def test_refused_urls_never_fetched(url):
    batch = load([url], fetch=_never)
    assert batch.articles == [] and len(batch.errors) == 1
    assert batch.errors[0].startswith(f"{url}: refused")


def test_any_private_address_refuses_host(public_dns):
    batch = load(["https://evil.example.com/x", "https://intranet.example.com/"], fetch=_never)
    assert len(batch.errors) == 2 and "10.0.0.5" in batch.errors[0]


def test_allow_private_permits_loopback():
    calls = []

    def fetch(url):
        calls.append(url)
        return HttpResponse(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})

    batch = load(["http://127.0.0.1:8000/story"], allow_private=True, fetch=fetch)
    assert calls == ["http://127.0.0.1:8000/story"] and len(batch.articles) == 1


def test_happy_path_html(public_dns):
    batch = load(["https://news.example.com/ferry"],
                 fetch=lambda url: HttpResponse(200, PAGE, {"content-type": "text/html"}))
    assert batch.errors == []
    (a,) = batch.articles
    assert a.source == a.url == "https://news.example.com/ferry"
    assert a.outlet == "Example Times"
    assert "raised fares by ten percent" in a.raw_text and "\nPassengers said" in a.raw_text


def test_outlet_falls_back_to_host(public_dns):
    page = PAGE.replace(b"<meta property='og:site_name' content='Example Times'>", b"")
    a = load(["https://news.example.com/ferry"],
             fetch=lambda url: HttpResponse(200, page, {"Content-Type": "text/html"})).articles[0]
    assert a.outlet in ("news.example.com", "example.com")


def test_redirect_to_private_is_refused(public_dns):
    def fetch(url):
        if url == "https://news.example.com/r":
            return HttpResponse(302, b"", {"Location": "http://127.0.0.1/admin"})
        raise AssertionError(url)

    batch = load(["https://news.example.com/r"], fetch=fetch)
    assert batch.articles == [] and "127.0.0.1" in batch.errors[0]


def test_redirects_followed_and_capped(public_dns):
    def fetch(url):
        if url.endswith("/start"):
            return HttpResponse(301, b"", {"Location": "/final"})
        return HttpResponse(200, PAGE, {"Content-Type": "text/html"})

    a = load(["https://news.example.com/start"], fetch=fetch).articles[0]
    assert a.url == "https://news.example.com/final" and a.source == "https://news.example.com/start"
    loop = load(["https://news.example.com/loop"],
                fetch=lambda url: HttpResponse(302, b"", {"Location": url}))
    assert "redirects" in loop.errors[0]


def test_http_errors_size_and_type(public_dns, monkeypatch):
    assert "HTTP 404" in load(["https://news.example.com/x"], fetch=lambda u: HttpResponse(404)).errors[0]
    big = HttpResponse(200, b"<html>" + b"x" * (web.MAX_BYTES + 10), {"Content-Type": "text/html"})
    assert "larger than" in load(["https://news.example.com/x"], fetch=lambda u: big).errors[0]
    pdf = HttpResponse(200, b"%PDF-1.4", {"Content-Type": "application/pdf"})
    assert "content type" in load(["https://news.example.com/x"], fetch=lambda u: pdf).errors[0]

    def boom(url):
        raise TimeoutError("timed out")

    assert "timed out" in load(["https://news.example.com/x"], fetch=boom).errors[0]


def test_default_getter_against_a_local_server():
    """The real getter (no fake): a local server is refused by default, fetched with allow_private."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen_agents = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            seen_agents.append(self.headers.get("User-Agent"))
            if self.path == "/old":
                self.send_response(301)
                self.send_header("Location", "/story")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/old"
        refused = load([url])
        assert refused.articles == [] and "loopback" in refused.errors[0] and seen_agents == []
        batch = load([url], allow_private=True)
        assert batch.errors == []
        assert batch.articles[0].url.endswith("/story") and batch.articles[0].outlet == "Example Times"
        assert seen_agents and all(a.startswith("corroborate/") for a in seen_agents)
    finally:
        server.shutdown()
        server.server_close()


def test_scheme_less_url_gets_a_hint():
    (err,) = load(["www.example.com/news/story"]).errors
    assert err == "www.example.com/news/story: no such file or folder (for a URL, begin it with https://)"

"""``dateline serve``: a real server process on 127.0.0.1, the non-loopback warning, the cache's freshness."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
import warnings

import pytest
from web_records import build_store, synthetic_record

from dateline.commands import serve as serve_cmd
from dateline.store import StoreWriter
from dateline.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("[::1]", True), ("127.3.4.5", True), ("0.0.0.0", False),
                                                ("::", False), ("192.168.1.10", False), ("example.org", False)])
def test_is_loopback(host, loopback):
    assert serve_cmd.is_loopback(host) is loopback


def test_warns_when_bound_beyond_this_machine(tmp_path, monkeypatch, capsys):
    db = build_store(tmp_path / "w.db", 2)
    ran = []
    monkeypatch.setattr(serve_cmd, "bind", lambda host, port: serve_cmd.socket.create_server(("127.0.0.1", 0)))
    monkeypatch.setattr("uvicorn.Server.run", lambda self, sockets=None: ran.append(sockets))
    serve_cmd.serve(str(db), host="0.0.0.0", port=8000)
    err = capsys.readouterr().err
    assert "WARNING" in err and "0.0.0.0" in err and "anyone who can reach" in err
    assert ran
    for sock in ran[0]:
        sock.close()
    serve_cmd.serve(str(db), host="127.0.0.1", port=0)
    assert "WARNING" not in capsys.readouterr().err


@pytest.mark.slow
def test_serve_command_answers_on_localhost(tmp_path):
    db = build_store(tmp_path / "s.db", 5)
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "serving" in line and "http://127.0.0.1:" in line, (line, proc.stderr.read() if proc.poll() else "")
        url = line.split("at ", 1)[1].split()[0]
        with urllib.request.urlopen(url + "api/events?limit=3", timeout=10) as response:
            data = json.load(response)
        assert data["total"] == 20 and len(data["items"]) == 3
        with urllib.request.urlopen(url + "events", timeout=10) as response:
            assert "text/html" in response.headers["content-type"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_refuses_a_missing_store(tmp_path):
    result = subprocess.run([sys.executable, "-m", "dateline.cli", "serve", "--db", str(tmp_path / "none.db"),
                             "--port", "0"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "no such database" in result.stderr


def test_answers_follow_a_concurrent_ingest(tmp_path):
    db = build_store(tmp_path / "live.db", 3)
    client = TestClient(create_app(db))
    assert client.get("/api/actors").json()["total"] > 0
    before = client.get("/api/network").json()
    places = client.get("/api/places").json()["items"]
    with StoreWriter(db) as writer:  # another process would do the same: the app only reads
        writer.write([synthetic_record(i) for i in range(3, 10)])
    after = client.get("/api/network").json()
    assert sum(e["weight"] for e in after["edges"]) == 40 > sum(e["weight"] for e in before["edges"])
    assert sum(p["events"] for p in client.get("/api/places").json()["items"]) == 40 > sum(
        p["events"] for p in places)  # nothing cached survives the write


def test_demo_serve_stores_then_serves(tmp_path, monkeypatch, capsys):
    served = []
    monkeypatch.setattr(serve_cmd, "serve", lambda db, host, port: served.append((db, host, port)))
    db = str(tmp_path / "out" / "sample.db")
    serve_cmd.store_and_serve([synthetic_record(1), synthetic_record(2)], db, "127.0.0.1", 0)
    serve_cmd.store_and_serve([synthetic_record(1), synthetic_record(2)], db, "127.0.0.1", 0)  # again: no dups
    out = capsys.readouterr().out
    assert "2 new" in out and "2 unchanged" in out
    assert served == [(db, "127.0.0.1", 0)] * 2
    client = TestClient(create_app(db))
    assert client.get("/api/events").json()["total"] == 8

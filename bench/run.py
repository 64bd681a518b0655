"""Dateline's page benchmark.

Builds a demo archive in a scratch folder, serves it with a production WSGI
server (DEBUG off, 2 workers) and measures with wrk, in one run:
  (a) a rendered article page, (b) the home page,
  (c) the same article HTML as a static file from nginx, the baseline, and
  (d) the article page through Varnish with the shipped VCL (deploy/varnish).
Figures are quoted as ratios against (c) because shared machines are noisy.

    python bench/run.py [--stories 10000] [--duration 10] [--server granian|gunicorn]
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read()
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up")


def need(tool, package):
    if shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing Debian's {package} ...", flush=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", package],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL,
        )
        return
    raise SystemExit(f"the benchmark needs {tool}: install the Debian package {package}")


def need_xkey():
    """The xkey vmod the shipped VCL imports (Debian's varnish-modules)."""
    if any(Path("/usr/lib").rglob("libvmod_xkey.so")):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "varnish-modules"],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            stdout=subprocess.DEVNULL,
        )
        return
    raise SystemExit("the benchmark needs Varnish's xkey module: install the Debian package varnish-modules")


def start_varnish(scratch, backend_port):
    shutil.copy(REPO / "deploy" / "varnish" / "dateline.vcl", scratch / "dateline.vcl")
    (scratch / "dateline-backends.vcl").write_text(
        f'backend app1 {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
        "sub dateline_backends { apps.add_backend(app1); }\n"
    )
    port = free_port()
    proc = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(scratch / "varnish"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "127.0.0.1:0",
            "-p",
            f"vcl_path={scratch}",
            "-f",
            str(scratch / "dateline.vcl"),
            "-s",
            "malloc,256m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return proc, f"http://127.0.0.1:{port}"


def production_env(scratch):
    """A production-settings environment on a scratch SQLite database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dateline.settings.production",
        "DATELINE_DATA_DIR": str(scratch),
        "SECRET_KEY": secrets.token_urlsafe(48),
        "DEBUG": "0",
        "SECURE_COOKIES": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    env.pop("DATABASE_URL", None)
    return env


def granian_command(port, workers=2):
    """The production WSGI server as the benchmarks run it."""
    return [
        str(BIN / "granian"),
        "--interface",
        "wsgi",
        "--workers",
        str(workers),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--no-ws",
        "--blocking-threads",
        "1",
        "--log-level",
        "warning",
        "dateline.wsgi:application",
    ]


def parse_wrk(output):
    def ms(value, unit):
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", output, re.M))
    out = {"rps": rps}
    for key, raw in lat.items():
        m = re.match(r"([\d.]+)(us|ms|s)", raw)
        out[f"p{key}"] = ms(*m.groups())
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    out["non2xx"] = int(errors.group(1)) if errors else 0
    return out


def wrk(url, duration, connections):
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--server", choices=["granian", "gunicorn"], default="granian")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()

    need("wrk", "wrk")
    need("nginx", "nginx-light")
    need("varnishd", "varnish")
    need_xkey()
    scratch = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    scratch.chmod(0o755)  # nginx's workers run as an unprivileged user
    env = production_env(scratch)
    procs = []
    try:
        dateline = str(BIN / "dateline")
        subprocess.run([dateline, "migrate", "-v0"], env=env, check=True)
        subprocess.run([dateline, "collectstatic", "--noinput", "-v0"], env=env, check=True)
        print(f"generating {args.stories} stories ...", flush=True)
        subprocess.run([dateline, "demo-data", "--stories", str(args.stories)], env=env, check=True)

        port = free_port()
        if args.server == "granian":
            cmd = granian_command(port)
        else:
            cmd = [
                str(BIN / "gunicorn"),
                "-w",
                "2",
                "-k",
                "gthread",
                "--threads",
                "4",
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "--keep-alive",
                "5",
                "dateline.wsgi:application",
            ]
        procs.append(subprocess.Popen(cmd, env=env, cwd=REPO, start_new_session=True))
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/")

        # Pick a story from the middle of the archive.
        out = subprocess.run(
            [
                dateline,
                "shell",
                "-c",
                "from dateline.stories.models import Story;"
                "qs=Story.objects.listed().order_by('id');"
                "print(qs[qs.count()//2].get_absolute_url())",
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        article_path = out.stdout.strip().splitlines()[-1]
        html = wait_for(base + article_path)

        static_root = scratch / "static-site"
        static_root.mkdir()
        (static_root / "article.html").write_bytes(html)
        nport = free_port()
        conf = scratch / "nginx.conf"
        conf.write_text(f"""
worker_processes 2;
pid {scratch}/nginx.pid;
error_log {scratch}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  default_type text/html;
  server {{ listen 127.0.0.1:{nport}; root {static_root}; }}
}}
""")
        procs.append(
            subprocess.Popen(
                ["nginx", "-c", str(conf), "-p", str(scratch), "-g", "daemon off;"], start_new_session=True
            )
        )
        wait_for(f"http://127.0.0.1:{nport}/article.html")

        varnish, front = start_varnish(scratch, port)
        procs.append(varnish)
        wait_for(front + article_path)

        # Warm up every worker, then measure all four in the same run.
        wrk(base + article_path, 2, args.connections)
        wrk(base + "/", 2, args.connections)
        wrk(front + article_path, 2, args.connections)
        results = {
            "article": wrk(base + article_path, args.duration, args.connections),
            "home": wrk(base + "/", args.duration, args.connections),
            "static": wrk(f"http://127.0.0.1:{nport}/article.html", args.duration, args.connections),
            "varnish": wrk(front + article_path, args.duration, args.connections),
        }
        print()
        print(
            f"{args.stories} stories, {args.server} (2 workers), DEBUG off, SQLite, wrk -t2 -c{args.connections} -d{args.duration}s"
        )
        print(f"{'':22}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>10}")
        labels = {
            "article": "(a) article page",
            "home": "(b) home page",
            "static": "(c) nginx static",
            "varnish": "(d) article, Varnish",
        }
        for key, label in labels.items():
            r = results[key]
            print(f"{label:22}{r['rps']:>10.0f}{r['p50']:>10.2f}{r['p99']:>10.2f}{r['non2xx']:>10}")
        static = results["static"]["rps"]
        print(
            f"ratio a/c = {results['article']['rps'] / static:.4f}   b/c = {results['home']['rps'] / static:.4f}"
            f"   d/c = {results['varnish']['rps'] / static:.3f}"
        )
        (REPO / "bench" / "out").mkdir(exist_ok=True)
        (REPO / "bench" / "out" / "pages.json").write_text(
            json.dumps({"stories": args.stories, "server": args.server, "results": results}, indent=2)
        )
    finally:
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=10)
            except Exception:
                pass
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            print(f"scratch folder kept: {scratch}")


if __name__ == "__main__":
    main()

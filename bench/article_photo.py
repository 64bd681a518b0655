"""The article page with a lead photo against the same page without one.

Builds a scratch archive (SQLite, production settings, DEBUG off), adds one
photo (a 24-megapixel-class picture drawn with Pillow, published, renditions
cut) and two stories identical but for the photo: one shows it as its lead,
the other has none. Serves them with granian (2 workers) and measures both
with wrk in the same run, alternating rounds so drift on a shared machine
hits both alike. The figure is the ratio photo/plain (target >= 0.90).

    python bench/article_photo.py [--stories 2000] [--duration 5] [--rounds 3]
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BIN, REPO, free_port, granian_command, need, production_env, wait_for, wrk  # noqa: E402

SETUP = """
from dateline.photos.actions import PublishPhoto
from dateline.photos.demo import SCENES, draw_scene
from dateline.photos.services import add_photo, ensure_renditions
from dateline.stories.actions import Actor, CreateStory, Publish
from dateline.stories.models import Section
actor = Actor.system("bench")
photo = add_photo(draw_scene(SCENES["storm-coast"]), "bench.jpg", actor=actor, source="bench",
                  described={"caption": "Waves break over a sea wall in Busan.", "credit_line": "Yonhap",
                             "alt_text": "Grey waves crash over a concrete sea wall."})
photo = ensure_renditions(PublishPhoto(photo, actor=actor).execute(), wait=120)
section = Section.objects.get(slug="national")
body = ["Officials from both countries met on Thursday to discuss the proposal, a ministry spokesperson said."] * 8
paths = []
for photos in ([photo.pk], []):
    story = CreateStory(actor=actor, section=section, headline="Storm closes ports along the southern coast",
                        body=body, bylines=["Kim Eun-jung"], dateline_city="Busan", photos=photos).execute()
    Publish(story, actor=actor).execute()
    story.refresh_from_db()
    paths.append(story.get_absolute_url())
print("PATHS", *paths)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000, help="archive size behind the two stories")
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per page")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()

    need("wrk", "wrk")
    scratch = Path(tempfile.mkdtemp(prefix="dateline-bench-photo-"))
    env = production_env(scratch)
    server = None
    try:
        dateline = str(BIN / "dateline")
        subprocess.run([dateline, "migrate", "-v0"], env=env, check=True)
        subprocess.run([dateline, "collectstatic", "--noinput", "-v0"], env=env, check=True)
        print(f"generating {args.stories} stories ...", flush=True)
        subprocess.run([dateline, "demo-data", "--stories", str(args.stories)], env=env, check=True)
        out = subprocess.run(
            [dateline, "shell", "-c", SETUP], env=env, check=True, capture_output=True, text=True
        ).stdout
        photo_path, plain_path = next(line for line in out.splitlines() if line.startswith("PATHS")).split()[1:]

        port = free_port()
        cmd = granian_command(port)
        server = subprocess.Popen(cmd, env=env, cwd=REPO, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        html = wait_for(base + photo_path).decode()
        assert "<picture>" in html and 'rel="canonical"' in html, "the photo page did not render its figure"
        assert "<picture>" not in wait_for(base + plain_path).decode()

        wrk(base + photo_path, 2, args.connections)  # warm every worker
        wrk(base + plain_path, 2, args.connections)
        runs = {"photo": [], "plain": []}
        for _ in range(args.rounds):
            for key, path in (("plain", plain_path), ("photo", photo_path)):
                runs[key].append(wrk(base + path, args.duration, args.connections))
        rps = {key: sum(r["rps"] for r in results) / len(results) for key, results in runs.items()}
        errors = sum(r["non2xx"] for results in runs.values() for r in results)
        ratio = rps["photo"] / rps["plain"]
        print()
        print(
            f"{args.stories} stories, granian (2 workers), DEBUG off, SQLite, "
            f"wrk -t2 -c{args.connections}, {args.rounds} alternating rounds of {args.duration}s"
        )
        print(f"{'':28}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
        for key, label in (("plain", "article without a photo"), ("photo", "article with a lead photo")):
            p50 = sum(r["p50"] for r in runs[key]) / len(runs[key])
            p99 = sum(r["p99"] for r in runs[key]) / len(runs[key])
            print(f"{label:28}{rps[key]:>10.0f}{p50:>10.2f}{p99:>10.2f}")
        print(f"ratio photo/plain = {ratio:.3f} (target >= 0.90); non-2xx responses: {errors}")
        (REPO / "bench" / "out").mkdir(exist_ok=True)
        (REPO / "bench" / "out" / "article_photo.json").write_text(
            json.dumps({"stories": args.stories, "rps": rps, "ratio": ratio, "runs": runs}, indent=2)
        )
    finally:
        if server is not None:
            try:
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(timeout=10)
            except Exception:
                pass
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

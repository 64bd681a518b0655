"""`make cluster` starts the production shape on loopback (Varnish, two
granian servers, PostgreSQL, Redis), and a correction made in it shows
through Varnish within a second."""

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import VARNISHD

REPO = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.cluster

CORRECT = """
import time
from dateline.stories.models import Story
from dateline.stories.actions import Actor, Correct
from django.contrib.auth import get_user_model
story = Story.objects.get(public_id={public_id!r})
Correct(story, actor=Actor(get_user_model().objects.get(username="demo-editor")),
        correction="The headline misnamed the ministry.",
        changes={{"headline": "Corrected: " + story.headline}}).execute()
print("published", time.time(), flush=True)
"""


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("X-Cache"), response.read().decode()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("the cluster runs on PostgreSQL: run with DATABASE_URL pointing at it (as .ci/run does)")
    if not Path(VARNISHD).exists():
        pytest.skip("varnishd is not installed (make test installs it)")
    base = url.rsplit("/", 1)[0]
    state = tmp_path_factory.mktemp("cluster")
    env = {
        **os.environ,
        "CLUSTER_DIR": str(state),
        "CLUSTER_DB": f"{url.rsplit('/', 1)[1]}_cluster",
        "CLUSTER_PG_URL": base,
        "CLUSTER_VARNISH_PORT": "6281",
        "CLUSTER_APP_PORTS": "8281 8282",
        "PYTHON_BIN": str(Path(sys.executable).parent),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(
        [str(REPO / "deploy" / "cluster.sh"), "up"], env=env, check=True, timeout=600, stdout=subprocess.DEVNULL
    )
    yield env, "http://127.0.0.1:6281"
    subprocess.run([str(REPO / "deploy" / "cluster.sh"), "down"], env=env, timeout=60, stdout=subprocess.DEVNULL)


def test_a_correction_in_the_cluster_shows_through_varnish_within_a_second(cluster):
    env, front = cluster
    _, home = fetch(front + "/")
    path = re.search(r'href="(/view/[A-Z]+[0-9]+)"', home).group(1)
    fetch(front + path)
    assert fetch(front + path)[0] == "HIT"
    public_id = path.rsplit("/", 1)[1]
    shell_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "dateline.settings.production",
        "SECRET_KEY": (Path(env["CLUSTER_DIR"]) / "secret").read_text().strip(),
        "DATABASE_URL": f"{env['CLUSTER_PG_URL']}/{env['CLUSTER_DB']}",
        "SECURE_COOKIES": "0",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "DATELINE_PURGERS": "varnish:" + front,
    }
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "dateline"), "shell", "-c", CORRECT.format(public_id=public_id)],
        env=shell_env,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()
    while line and not line.startswith("published "):
        line = process.stdout.readline()
    clicked = float(line.split()[1])
    while True:
        _, html = fetch(front + path)
        if "Corrected: " in html:
            break
        assert time.time() - clicked < 1.0, "the correction did not show through Varnish within a second"
        time.sleep(0.02)
    process.wait(timeout=30)
    assert "The headline misnamed the ministry." in html

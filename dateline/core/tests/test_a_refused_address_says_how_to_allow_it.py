"""A fetch refused for its address says how to allow it, as an instruction
naming the setting, never as "(the setting allows it)", which reads as if the
setting already did and leaves the person wondering why it was refused."""

import pytest

from dateline.core.fetch import FetchRefused, check_url


def test_the_refusal_tells_the_person_to_list_the_network(settings):
    settings.DATELINE_FETCH_ALLOW_NETWORKS = []
    with pytest.raises(FetchRefused) as refused:
        check_url("http://127.0.0.1:8799/wire.jpg")
    message = str(refused.value)
    assert "127.0.0.1 is a loopback address" in message
    assert "to allow it, add its network to DATELINE_FETCH_ALLOW_NETWORKS" in message
    assert "allows it)" not in message

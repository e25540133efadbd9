"""Where the register's keys come from: the environment, else (development only) var/."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from members.register.blind_index import index_key
from members.register.crypto import master_keys, parse_master_keys

PROJECT = Path(__file__).resolve().parents[3]
READ_DEV_KEYS = (
    "from network_site.settings import dev; print(dev.REGISTER_MASTER_KEYS, dev.REGISTER_INDEX_KEY)"
)


def test_the_test_settings_hold_a_usable_pair_of_master_keys_and_an_index_key():
    keys = master_keys()
    assert (keys.active_version, sorted(keys.keys)) == (2, [1, 2])
    assert len(index_key()) == 32


def _dev_keys(var_dir: Path) -> str:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("REGISTER_MASTER_KEYS", "REGISTER_INDEX_KEY")
    }
    result = subprocess.run(
        [sys.executable, "-c", READ_DEV_KEYS],
        cwd=PROJECT, env={**env, "VAR_DIR": str(var_dir)},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return result.stdout.strip()


def test_development_makes_its_own_keys_once_readable_by_their_owner_only(tmp_path):
    first = _dev_keys(tmp_path)
    path = tmp_path / "register-keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _dev_keys(tmp_path) == first  # kept, not made again
    master, index = first.split()
    assert parse_master_keys(master).active_version == 1
    assert json.loads(path.read_text())["REGISTER_INDEX_KEY"] == index
    assert _dev_keys(tmp_path / "elsewhere") != first  # every machine its own

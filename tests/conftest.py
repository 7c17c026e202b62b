"""Test-suite setup: a fresh, private cache folder, so no run depends on what an earlier one left."""

from __future__ import annotations

import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="copydesk-test-cache-")


def pytest_configure(config):
    os.environ["COPYDESK_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)

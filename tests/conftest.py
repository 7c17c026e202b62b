"""Test-suite setup: a fresh, private cache folder, so no run depends on what an earlier one left.

The result cache (``.copydesk_cache/`` in the project) is off, so that linting in the repository
leaves nothing behind; tests/test_cache.py switches it on in temporary projects.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="copydesk-test-cache-")


def pytest_configure(config):
    os.environ["COPYDESK_CACHE_DIR"] = _CACHE
    os.environ["COPYDESK_NO_CACHE"] = "1"


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)

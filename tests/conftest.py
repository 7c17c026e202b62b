"""Test-suite setup: a fresh, private cache folder, so no run depends on what an earlier one left,
and LanguageTool off, whatever this machine has installed or configured (the GR tests turn it on
against the suite's own protocol server; the real one is kept for the integration test).

The result cache (``.copydesk_cache/`` in the project) is off, so that linting in the repository
leaves nothing behind; tests/test_cache.py switches it on in temporary projects.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE = tempfile.mkdtemp(prefix="copydesk-test-cache-")
REAL_LANGUAGETOOL = "COPYDESK_TEST_REAL_LANGUAGETOOL_URL"


def pytest_configure(config):
    os.environ["COPYDESK_CACHE_DIR"] = _CACHE
    os.environ["COPYDESK_NO_CACHE"] = "1"
    real = os.environ.pop("COPYDESK_LANGUAGETOOL_URL", None)
    if real and REAL_LANGUAGETOOL not in os.environ:
        os.environ[REAL_LANGUAGETOOL] = real
    os.environ["COPYDESK_GRAMMAR"] = "off"


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def languagetool_url():
    """The URL of the suite's LanguageTool protocol server (tests/languagetool_server.py)."""
    from languagetool_server import LanguageToolServer

    server = LanguageToolServer().start()
    yield server.url
    server.stop()


@pytest.fixture
def require_dictionary():
    """Call with a language: skip without its hunspell dictionary, saying why; fail instead when
    COPYDESK_REQUIRE_SPELLER=1 (CI installs the dictionaries, so a missing one is a broken setup)."""

    def require(language: str = "en-US") -> None:
        from copydesk.speller import Dictionary, dictionary

        found = dictionary(language)
        if not isinstance(found, Dictionary):
            if os.environ.get("COPYDESK_REQUIRE_SPELLER") == "1":
                pytest.fail(f"COPYDESK_REQUIRE_SPELLER=1 but {found}")
            pytest.skip(found)

    return require

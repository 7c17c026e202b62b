"""Talking to LanguageTool: a server over HTTP through language-tool-python, or a local one started here.

Imported only when a LanguageTool is configured or installed: language-tool-python brings in
requests. Every way this can fail (no Java, old Java, server down, slow, 5xx, an answer that is not
LanguageTool's JSON) becomes ``Unavailable``, whose message the GR rules print once as a notice.
A server that cannot be reached or does not answer in time is not asked again in the same run.
"""

from __future__ import annotations

import atexit
import re
import shutil
import socket
import subprocess
import time
import urllib.parse
from pathlib import Path
from typing import Any

from copydesk.grammar import GrammarSettings, Plan, valid_matches

STARTUP_SECONDS = 90          # a local LanguageTool loads its rules for some seconds before it answers
APPROXIMATE_DOWNLOAD = "about 250 MB to download, 330 MB unpacked"
_SILENCE = 'or set mode = "off" under [tool.copydesk.grammar] to silence this notice'


class Unavailable(Exception):
    """LanguageTool cannot check now. ``lasting``: do not ask it again in this run."""

    def __init__(self, reason: str, advice: str | None = None, *, lasting: bool = True) -> None:
        super().__init__(reason)
        self.advice = advice
        self.lasting = lasting


class InstallError(Exception):
    """``copydesk grammar install`` failed; the message says why in one line."""


def base_url(url: str) -> str:
    """The server's root: "http://host:8081/v2/" and "http://host:8081" are the same server."""
    url = url.strip().rstrip("/")
    return re.sub(r"/v2$", "", url) + "/"


def _one_line(text: Any, limit: int = 120) -> str:
    from copydesk.registry import shorten

    return shorten(re.sub(r"<[^>]+>", " ", str(text)), limit)


class Client:
    """One LanguageTool for the run: ``identity()`` for the result cache, ``check(payload)`` for matches."""

    def __init__(self, url: str | None, settings: GrammarSettings, local: Path | None = None) -> None:
        self._url = base_url(url) if url else None
        self._settings = settings
        self._local = local
        self._tool: Any = None
        self._identity: str | None = None

    @property
    def label(self) -> str:
        return f"the LanguageTool in {self._local}" if self._local else f"LanguageTool at {self._url}"

    def identity(self) -> str:
        """Which LanguageTool answers: the server and its version, or the local jar as installed."""
        if self._identity is None:
            if self._local is not None:
                jar = self._local / "languagetool-server.jar"
                stat = jar.stat()
                self._identity = f"local {jar} {stat.st_size} {stat.st_mtime_ns}"
            else:
                self._connect()  # asks for /v2/languages: the server is there and knows the language
                answer = self._request("check", {"language": self._settings.language, "text": "copydesk"})
                software = answer.get("software") if isinstance(answer, dict) else None
                if not isinstance(software, dict):
                    raise Unavailable(f"{self.label} answered without naming its version: "
                                      "is it LanguageTool?")
                self._identity = (f"{self._url} {software.get('name')} {software.get('version')} "
                                  f"{software.get('buildDate')}")
        return self._identity

    def check(self, payload: dict[str, str]) -> list[dict]:
        tool = self._connect()
        params = tool._create_params("")
        del params["text"]
        params.update(payload)
        answer = self._request("check", params)
        try:
            return valid_matches(answer.get("matches") if isinstance(answer, dict) else None)
        except ValueError as exc:
            raise Unavailable(f"{self.label} answered with JSON that is not LanguageTool's ({exc})",
                              lasting=False) from None

    def _connect(self) -> Any:
        if self._tool is None:
            if self._url is None:
                self._url = base_url(start_local(self._local, self._settings.timeout))
            self._tool = _remote_tool(self, self._url, self._settings)
        return self._tool

    def _request(self, path: str, params: dict[str, str] | None = None, method: str = "post") -> Any:
        import requests

        if self._url is None:
            self._connect()
        url = urllib.parse.urljoin(self._url, f"v2/{path}")
        timeout = self._settings.timeout
        try:
            if method == "post":
                response = requests.post(url, data=params, timeout=timeout)
            else:
                response = requests.get(url, params=params, timeout=timeout)
        except requests.Timeout:
            raise Unavailable(f"{self.label} did not answer within {timeout:g} s",
                              f"raise timeout under [tool.copydesk.grammar], {_SILENCE}") from None
        except requests.RequestException as exc:
            raise Unavailable(f"cannot reach {self.label} ({_connection_reason(exc)})",
                              f"start it (README: Grammar), {_SILENCE}") from None
        with response:
            if response.status_code != 200:
                raise Unavailable(f"{self.label} answered HTTP {response.status_code} "
                                  f"({_one_line(response.text, 80) or response.reason})", lasting=False)
            try:
                return response.json()
            except ValueError:
                raise Unavailable(f"{self.label} answered with something that is not JSON "
                                  f"({_one_line(response.text, 60)!r})", lasting=False) from None


def _connection_reason(exc: Exception) -> str:
    text = str(exc)
    for known in ("Connection refused", "Name or service not known", "No route to host",
                  "Temporary failure in name resolution", "network unavailable"):
        if known in text:
            return known.lower()
    return type(exc).__name__


def _remote_tool(client: Client, url: str, settings: GrammarSettings) -> Any:
    """language-tool-python's client for the server at ``url``, its requests made by ``client``."""
    import language_tool_python

    class RemoteTool(language_tool_python.LanguageTool):
        # One try, copydesk's timeout and a checked HTTP status, instead of two tries of 300 s.
        def _query_server(self, url: str, params: dict | None = None, num_tries: int = 1,
                          method: str = "get") -> Any:
            return client._request(url.rsplit("/v2/", 1)[-1], params, method)

    try:
        tool = RemoteTool(language=settings.language, remote_server=url)
    except Unavailable:
        raise
    except ValueError:
        raise Unavailable(f"{client.label} does not know the language {settings.language!r}",
                          "set language under [tool.copydesk.grammar] to one it lists at /v2/languages, "
                          + _SILENCE) from None
    except Exception as exc:  # language-tool-python's own errors: say which, in one line
        raise Unavailable(f"{client.label} could not be used "
                          f"({type(exc).__name__}: {_one_line(exc)})") from None
    tool.disabled_rules = set(settings.all_disabled_rules)
    tool.disabled_categories = set(settings.disabled_categories)
    return tool


# ---------------------------------------------------------------------------------------------
# A local LanguageTool: checked for Java, started once per run, stopped at exit

_STARTED: list[subprocess.Popen] = []


def version_of(folder: Path) -> str:
    """The LanguageTool version a folder holds, from its name ("LanguageTool-6.8"); 6.8's when unnamed."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION

    found = re.search(r"LanguageTool-(\d+\.\d+)", folder.name)
    return found[1] if found else LTP_DOWNLOAD_VERSION


def check_java(folder: Path) -> None:
    """Raise ``Unavailable`` when Java is missing or too old for the LanguageTool in ``folder``."""
    from language_tool_python.download_lt import confirm_java_compatibility

    advice = f"install Java 17 or newer (Debian: apt-get install default-jre-headless), {_SILENCE}"
    try:
        confirm_java_compatibility(version_of(folder))
    except ModuleNotFoundError:
        raise Unavailable(f"LanguageTool in {folder} needs Java, and no `java` is on the PATH",
                          advice) from None
    except SystemError as exc:  # "Detected java 11.0. LanguageTool requires Java >= 17 for version 6.8."
        raise Unavailable(f"Java is too old for LanguageTool in {folder}: {_one_line(exc)}", advice) from None
    except (SystemExit, OSError, subprocess.SubprocessError) as exc:
        raise Unavailable(f"cannot tell which Java `java` is ({_one_line(exc)})", advice) from None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_local(folder: Path | None, timeout: float) -> str:
    """Start the LanguageTool server in ``folder`` on a free local port; its URL once it answers."""
    import requests

    assert folder is not None
    check_java(folder)
    port = _free_port()
    command = [shutil.which("java") or "java", "-cp", str(folder / "languagetool-server.jar"),
               "org.languagetool.server.HTTPServer", "--port", str(port)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise Unavailable(f"cannot start LanguageTool in {folder} ({exc.strerror})") from None
    _STARTED.append(process)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Unavailable(f"LanguageTool in {folder} stopped at start (exit code {process.returncode})")
        try:
            if requests.get(f"{url}v2/languages", timeout=min(timeout, 2)).ok:
                return url
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise Unavailable(f"LanguageTool in {folder} did not start within {STARTUP_SECONDS} s")


@atexit.register
def _stop_started() -> None:
    for process in _STARTED:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


# ---------------------------------------------------------------------------------------------
# One client per LanguageTool per run; a lasting failure is remembered

_CLIENTS: dict[tuple, Client | Unavailable] = {}


def client_for(plan: Plan, settings: GrammarSettings) -> Client:
    key = (plan.kind, plan.where, settings)
    known = _CLIENTS.get(key)
    if isinstance(known, Unavailable):
        raise known
    if known is None:
        local = Path(plan.where) if plan.kind == "local" else None
        known = _CLIENTS[key] = Client(None if local else plan.where, settings, local)
    return _Remembering(known, key)  # type: ignore[return-value]


class _Remembering:
    """A client whose lasting failures stop later documents from asking again."""

    def __init__(self, client: Client, key: tuple) -> None:
        self._client = client
        self._key = key

    def identity(self) -> str:
        return self._guard(self._client.identity)

    def check(self, payload: dict[str, str]) -> list[dict]:
        return self._guard(lambda: self._client.check(payload))

    def _guard(self, call):
        try:
            return call()
        except Unavailable as exc:
            if exc.lasting:
                _CLIENTS[self._key] = exc
            raise


# ---------------------------------------------------------------------------------------------
# copydesk grammar install


def install(version: str | None, say) -> Path:
    """Download and unpack LanguageTool into language-tool-python's folder; where it went."""
    try:
        from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
        from language_tool_python.utils import get_language_tool_download_path

        local = LocalLanguageTool.from_version_name(version or LTP_DOWNLOAD_VERSION)
        folder = get_language_tool_download_path()
    except (ValueError, OSError) as exc:
        raise InstallError(_one_line(exc)) from None
    target = folder / f"LanguageTool-{local.version_name}"
    if (target / "languagetool-server.jar").is_file():
        say(f"LanguageTool {local.version_name} is already installed in {target}")
        return target
    say(f"downloading LanguageTool {local.version_name} ({APPROXIMATE_DOWNLOAD}) into {folder}")
    try:
        local.download()
    except (Exception, SystemExit) as exc:  # network, Java, checksum, disk: one line, no traceback
        raise InstallError(f"cannot install LanguageTool {local.version_name}: "
                           f"{_install_reason(exc)}") from None
    say(f"installed LanguageTool {local.version_name} in {target}; `copydesk check` uses it when no "
        "server is configured")
    return target


def _install_reason(exc: BaseException) -> str:
    if isinstance(exc, ModuleNotFoundError):
        return "Java is not installed (LanguageTool needs Java 17 or newer)"
    text = str(exc)
    if "Max retries exceeded" in text or "Failed to resolve" in text or "network unavailable" in text:
        return "the download site cannot be reached (no network?)"
    return f"{type(exc).__name__}: {_one_line(text)}"

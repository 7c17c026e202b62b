"""A local HTTP server that speaks LanguageTool's documented HTTP API (/v2/languages, /v2/check).

The real LanguageTool cannot be installed on the machines the suite runs on, so the GR backend is
tested against this one: a real socket on 127.0.0.1, form-encoded POSTs with ``text`` or ``data``
(the annotation of text and markup), ``language``, ``disabledRules`` and ``disabledCategories``,
and answers in LanguageTool's JSON. Its checker is a small deterministic table of wrong → right
phrases, each with a LanguageTool rule id, category and issue type; offsets are counted in UTF-16
code units over the original text with its markup, as LanguageTool (Java) counts them.

``fault`` makes it misbehave: "500", "malformed" (not JSON), "not-languagetool" (JSON without
matches), "slow" (answers after ``delay`` seconds). ``max_chars`` makes it refuse long texts (413),
as a server configured with maxTextLength does. ``requests`` records every request.

Run alone, it serves until stopped: ``python tests/languagetool_server.py --port 8081``.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

VERSION = "6.5-protocol-test"
PLAIN, JSON = "text/plain", "application/json"
LANGUAGES = [{"name": "English (US)", "code": "en", "longCode": "en-US"},
             {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
             {"name": "German (Germany)", "code": "de", "longCode": "de-DE"}]

# wrong, right, rule id, category id, category name, issue type, message
TABLE = [
    ("could of", "could have", "COULD_OF", "GRAMMAR", "Grammar", "grammar",
     "Did you mean “could have”?"),
    ("a apple", "an apple", "EN_A_VS_AN", "MISC", "Miscellaneous", "misspelling",
     "Use “an” instead of ‘a’ if the following word starts with a vowel sound."),
    ("teh", "the", "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found."),
    ("Peskov", "Pesky", "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found."),
    ("Zuhry", "Zury", "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found."),
    (" ,", ",", "COMMA_PARENTHESIS_WHITESPACE", "PUNCTUATION", "Punctuation", "whitespace",
     "Put a space after the comma, but not before the comma."),
    ("in order to", "to", "IN_ORDER_TO", "STYLE", "Style", "style",
     "Consider shortening this phrase."),
    ("i think", "I think", "I_LOWERCASE", "CASING", "Capitalization", "typographical",
     "The personal pronoun “I” should be uppercase."),
    ("the the", "the", "ENGLISH_WORD_REPEAT_RULE", "MISC", "Miscellaneous", "duplication",
     "Possible typo: you repeated a word"),
    ("  ", " ", "WHITESPACE_RULE", "TYPOGRAPHY", "Typography", "whitespace",
     "Possible typo: you repeated a whitespace"),
    ('"', "“", "EN_QUOTES", "TYPOGRAPHY", "Typography", "typographical",
     "Use a smart opening quote here: “."),
    ("irregardless", "regardless", "IRREGARDLESS", "NONSTANDARD_PHRASES", "Nonstandard Phrases",
     "grammar", "“Irregardless” is nonstandard."),
]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def annotated(form: dict[str, str]) -> list[tuple[str, str | None]]:
    """(original, checked) parts: checked is None for markup LanguageTool skips."""
    if "data" in form:
        parts = []
        for item in json.loads(form["data"])["annotation"]:
            if "text" in item:
                parts.append((item["text"], item["text"]))
            else:
                parts.append((item["markup"], None))
        return parts
    return [(form["text"], form["text"])]


def check(form: dict[str, str]) -> list[dict]:
    disabled_rules = set(filter(None, form.get("disabledRules", "").split(",")))
    disabled_categories = set(filter(None, form.get("disabledCategories", "").split(",")))
    matches = []
    position = 0  # UTF-16 offset of the part in the original text
    for original, checked in annotated(form):
        if checked is not None:
            for wrong, right, rule_id, category, name, issue, message in TABLE:
                if rule_id in disabled_rules or category in disabled_categories:
                    continue
                flags = 0 if wrong[0].isupper() or category == "CASING" else re.IGNORECASE
                pattern = re.escape(wrong) if not wrong[0].isalpha() else rf"\b{re.escape(wrong)}\b"
                for found in re.finditer(pattern, checked, flags):
                    offset = position + utf16_length(checked[:found.start()])
                    matches.append({
                        "message": message, "shortMessage": "", "replacements": [{"value": right}],
                        "offset": offset, "length": utf16_length(found[0]),
                        "context": {"text": checked, "offset": found.start(), "length": len(found[0])},
                        "sentence": checked,
                        "rule": {"id": rule_id, "description": message, "issueType": issue,
                                 "category": {"id": category, "name": name}},
                    })
        position += utf16_length(original)
    return sorted(matches, key=lambda m: m["offset"])


class LanguageToolServer:
    def __init__(self, port: int = 0) -> None:
        self.fault: str | None = None
        self.delay = 3.0
        self.max_chars: int | None = None
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                path, _, query = self.path.partition("?")
                self._answer(path, dict(urllib.parse.parse_qsl(query)))

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                self._answer(self.path.partition("?")[0], dict(urllib.parse.parse_qsl(body)))

            def _answer(self, path: str, form: dict[str, str]) -> None:
                server.requests.append((path, form))
                if server.fault == "slow":
                    time.sleep(server.delay)
                if server.fault == "500":
                    return self._send(500, "Error: Internal Server Error: java.lang.RuntimeException", PLAIN)
                if server.fault == "malformed":
                    return self._send(200, '{"software": {"name": "LanguageTool", "matches": [', JSON)
                if path == "/v2/languages":
                    return self._send(200, json.dumps(LANGUAGES), JSON)
                if path != "/v2/check":
                    return self._send(404, "Error: unknown path", PLAIN)
                if "text" not in form and "data" not in form:
                    return self._send(400, "Error: Missing 'text' or 'data' parameter", PLAIN)
                if form.get("language") not in {lang["longCode"] for lang in LANGUAGES}:
                    return self._send(400, f"Error: '{form.get('language')}' is not a language code", PLAIN)
                length = sum(len(original) for original, _ in annotated(form))
                if server.max_chars is not None and length > server.max_chars:
                    return self._send(413, f"Error: Your text exceeds the limit of {server.max_chars} "
                                      "characters", PLAIN)
                answer = {"software": {"name": "LanguageTool", "version": VERSION, "buildDate": "2024-09-27",
                                       "apiVersion": 1, "status": ""},
                          "language": {"name": "English", "code": form["language"]},
                          "matches": check(form)}
                if server.fault == "not-languagetool":
                    answer.pop("matches")
                self._send(200, json.dumps(answer), JSON)

            def _send(self, status: int, body: str, kind: str) -> None:
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", f"{kind}; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> LanguageToolServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def checks(self) -> list[dict[str, str]]:
        """The /v2/check requests, without copydesk's one-word version probe."""
        return [form for path, form in self.requests
                if path == "/v2/check" and form.get("text") != "copydesk"]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Serve LanguageTool's /v2 protocol from a fixed table.")
    parser.add_argument("--port", type=int, default=8081)
    served = LanguageToolServer(parser.parse_args().port)
    served.httpd.serve_forever()

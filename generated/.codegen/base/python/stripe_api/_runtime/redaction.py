"""Keeping credentials out of log records, including the transport's own.

httpx and httpcore log at DEBUG (httpcore dumps every response header), so a
server that echoes the API key in a header would put it in the application's
logs. Every requestor registers its key here, and :class:`RedactingFilter`,
attached to our logger and to the httpx and httpcore loggers, masks in each
record it sees:

* the API keys of the live requestors (exact match, anywhere in the message,
  its arguments, the exception text or the stack);
* ``Bearer <token>`` credentials;
* the values of ``Authorization``, ``Proxy-Authorization``, ``Cookie`` and
  ``Set-Cookie`` headers as httpcore prints them (``(b'Cookie', b'...')``).

The filter only runs for records that are emitted (the loggers' levels are
checked first), so it costs nothing while DEBUG logging is off; the client
never changes any logger's level and installs no handler.
"""

from __future__ import annotations

import logging
import re
import threading
import weakref

__all__ = ["MASK", "RedactingFilter", "install_filter", "redact", "register_secret"]

MASK = "***"

#: The loggers of the HTTP stack: a logger's filters only see records created on that
#: very logger (not its children's), so each one is listed.
TRANSPORT_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

_BEARER = re.compile(r"(?i)\b(bearer)(\s+)[A-Za-z0-9._~+/=-]+")
_HEADER_TUPLE = re.compile(r"""(?ix)
    (\(\s*b?(['"])(?:authorization|proxy-authorization|cookie|set-cookie)\2\s*,\s*b?)
    (['"])(?:\\.|(?!\3).)*\3
    """)
_HEADER_LINE = re.compile(r"(?im)^(\s*(?:authorization|proxy-authorization|cookie|set-cookie)\s*:\s*).+$")

_lock = threading.RLock()  # re-entrant: a finalizer may run during a collection under the lock
_secrets: dict[str, int] = {}  # secret -> how many live requestors hold it
_installed: set[str] = set()


def register_secret(owner: object, secret: str) -> None:
    """Mask `secret` in every filtered record while `owner` is alive."""
    if not secret:
        return
    with _lock:
        _secrets[secret] = _secrets.get(secret, 0) + 1
    weakref.finalize(owner, _forget, secret)


def _forget(secret: str) -> None:
    with _lock:
        count = _secrets.get(secret, 0) - 1
        if count > 0:
            _secrets[secret] = count
        else:
            _secrets.pop(secret, None)


def redact(text: str) -> str:
    """`text` with every registered secret and every credential-looking value masked."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _HEADER_TUPLE.sub(lambda m: f"{m.group(1)}{m.group(3)}{MASK}{m.group(3)}", text)
    text = _HEADER_LINE.sub(lambda m: m.group(1) + MASK, text)
    return _BEARER.sub(lambda m: m.group(1) + m.group(2) + MASK, text)


class RedactingFilter(logging.Filter):
    """Masks credentials in a record (message, arguments, exception and stack text).

    The record is rewritten in place, with its message formatted once, when
    something had to be masked; it is never dropped.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as usual
            return True
        masked = redact(message)
        if masked != message:
            record.msg = masked
            record.args = ()
        if record.exc_info and not record.exc_text:
            text = self._formatter.formatException(record.exc_info)
            if redact(text) != text:  # else leave the formatting to the handler
                record.exc_text = redact(text)
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()


def install_filter(logger_name: str) -> None:
    """Attach the filter (once) to `logger_name` and to the HTTP stack's loggers."""
    with _lock:
        names = [name for name in (logger_name, *TRANSPORT_LOGGERS) if name not in _installed]
        _installed.update(names)
    for name in names:
        logging.getLogger(name).addFilter(_FILTER)

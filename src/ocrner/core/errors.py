"""The errors ocrner raises, written out once.

Engines and handlers raise these; :mod:`ocrner.core.app` maps them to HTTP in
one place, as RFC 9457 problem details. Anything else that escapes a handler
becomes a generic 500 whose details go to the log only::

    OcrnerError                     status  code
    ├── InvalidInput                  422   invalid_input
    │   ├── UnsupportedMediaType      415   unsupported_media_type
    │   │   └── NotAnImage            415   not_an_image
    │   ├── UnreadableImage           422   unreadable_image
    │   ├── UnreadableDocument        422   unreadable_document
    │   ├── EncryptedDocument         422   encrypted_document
    │   ├── LanguageNotInstalled      422   language_not_installed
    │   └── CallbackNotAllowed        422   callback_not_allowed
    ├── PayloadTooLarge               413   payload_too_large
    │   ├── TooManyPages              413   too_many_pages
    │   └── PageTooLarge              413   page_too_large
    ├── Unauthorized                  401   unauthorized
    ├── NotFound                      404   not_found
    │   └── JobNotFound               404   job_not_found
    ├── JobNotDone                    409   job_not_done
    ├── Overloaded                    503   overloaded (with Retry-After)
    │   ├── NotReady                  503   not_ready (with Retry-After)
    │   ├── JobQueueFull              503   job_queue_full (with Retry-After)
    │   └── JobStoreUnavailable       503   job_store_unavailable (with Retry-After)
    ├── DeadlineExceeded              504   deadline_exceeded
    ├── RedactionUnverified           500   redaction_unverified
    └── UpstreamError                 502   upstream_error (names the upstream)
        ├── UpstreamRejected          4xx   the upstream's own code, passed on
        ├── UpstreamUnavailable       503   upstream_unavailable (with Retry-After)
        └── UpstreamTimeout           504   upstream_timeout
"""

from __future__ import annotations

from typing import ClassVar


class OcrnerError(Exception):
    """Base of every error ocrner raises on purpose; its message is safe to show."""

    status: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"
    title: ClassVar[str] = "Internal error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(OcrnerError):
    """The request is well-formed HTTP but its content cannot be used."""

    status = 422
    code = "invalid_input"
    title = "Invalid input"


class UnsupportedMediaType(InvalidInput):
    """The body is in a format the endpoint does not take."""

    status = 415
    code = "unsupported_media_type"
    title = "Unsupported media type"


class NotAnImage(UnsupportedMediaType):
    """The upload is not an image in a supported format."""

    code = "not_an_image"
    title = "Not an image"


class UnreadableImage(InvalidInput):
    """The upload claims a supported format but cannot be decoded (empty, truncated)."""

    code = "unreadable_image"
    title = "Unreadable image"


class UnreadableDocument(InvalidInput):
    """The upload is a PDF or TIFF document that cannot be read (truncated, broken, no pages)."""

    code = "unreadable_document"
    title = "Unreadable document"


class EncryptedDocument(InvalidInput):
    """The PDF is protected by a password that was not given, or the one given is wrong."""

    code = "encrypted_document"
    title = "Encrypted document"


class LanguageNotInstalled(InvalidInput):
    """The requested OCR language (or NER model) is not installed."""

    code = "language_not_installed"
    title = "Language not installed"


class CallbackNotAllowed(InvalidInput):
    """A job's callback URL is not http(s) to a host on JOB_CALLBACK_HOSTS."""

    code = "callback_not_allowed"
    title = "Callback not allowed"


class PayloadTooLarge(OcrnerError):
    """The body, the image's pixel count or the text is over its limit."""

    status = 413
    code = "payload_too_large"
    title = "Payload too large"


class TooManyPages(PayloadTooLarge):
    """The document has more pages than MAX_PAGES."""

    code = "too_many_pages"
    title = "Too many pages"


class PageTooLarge(PayloadTooLarge):
    """A page of the document would be more pixels than MAX_PAGE_PIXELS."""

    code = "page_too_large"
    title = "Page too large"


class Unauthorized(OcrnerError):
    """The API key is missing or wrong."""

    status = 401
    code = "unauthorized"
    title = "Unauthorized"


class NotFound(OcrnerError):
    """What the request names does not exist (any more)."""

    status = 404
    code = "not_found"
    title = "Not found"


class JobNotFound(NotFound):
    """No job has this id: never made, or expired after JOB_TTL_SECONDS."""

    code = "job_not_found"
    title = "Job not found"


class JobNotDone(OcrnerError):
    """The job's result was asked for before the job was done (or it failed, or was cancelled)."""

    status = 409
    code = "job_not_done"
    title = "Job not done"


class Overloaded(OcrnerError):
    """The service already has as much work as it takes; try again shortly."""

    status = 503
    code = "overloaded"
    title = "Service overloaded"
    retry_after_seconds: ClassVar[int] = 1


class DeadlineExceeded(OcrnerError):
    """The caller's deadline (X-Deadline-Ms) passed before the work could start."""

    status = 504
    code = "deadline_exceeded"
    title = "Deadline exceeded"


class RedactionUnverified(OcrnerError):
    """Redacted text could still be read on the redacted file, so it is not returned."""

    status = 500
    code = "redaction_unverified"
    title = "Redaction not verified"


class UpstreamError(OcrnerError):
    """An upstream service answered with an error or something unusable."""

    status = 502
    code = "upstream_error"
    title = "Upstream error"

    def __init__(self, upstream: str, message: str) -> None:
        super().__init__(message)
        self.upstream = upstream


class UpstreamRejected(UpstreamError):
    """An upstream refused the request as invalid (4xx); its status and code are passed on."""

    def __init__(self, upstream: str, status: int, code: str, title: str, message: str) -> None:
        super().__init__(upstream, message)
        self.status = status  # type: ignore[misc]
        self.code = code  # type: ignore[misc]
        self.title = title  # type: ignore[misc]


class UpstreamUnavailable(UpstreamError):
    """An upstream could not be reached, or said it is overloaded."""

    status = 503
    code = "upstream_unavailable"
    title = "Upstream unavailable"

    def __init__(self, upstream: str, message: str, retry_after_seconds: int = 1) -> None:
        super().__init__(upstream, message)
        self.retry_after_seconds = retry_after_seconds


class UpstreamTimeout(UpstreamError):
    """An upstream did not answer within the request's time budget."""

    status = 504
    code = "upstream_timeout"
    title = "Upstream timeout"


class NotReady(Overloaded):
    """The service is still loading its engine."""

    code = "not_ready"
    title = "Service not ready"


class JobQueueFull(Overloaded):
    """JOB_MAX_QUEUED (or JOB_MAX_QUEUED_PER_KEY) jobs are already waiting or running."""

    code = "job_queue_full"
    title = "Job queue full"
    retry_after_seconds = 30


class JobStoreUnavailable(Overloaded):
    """The shared job store (Redis) cannot be reached."""

    code = "job_store_unavailable"
    title = "Job store unavailable"
    retry_after_seconds = 5

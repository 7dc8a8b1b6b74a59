"""The one JSON error shape every service answers with (RFC 9457 problem details)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ocrner.core.errors import OcrnerError

PROBLEM_MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    """An error answer. ``detail`` is the human-readable message; ``code`` is for programs."""

    type: str = Field(description="URI naming the kind of error: urn:ocrner:error:<code>.")
    title: str = Field(description="Short summary of the kind of error.")
    status: int = Field(description="The HTTP status code.")
    code: str = Field(description="Machine-readable error code, e.g. unreadable_image.")
    detail: str = Field(description="What went wrong with this request, for a person.")
    upstream: str | None = Field(
        None, description="The upstream service that failed (orchestrator only): ocr or ner."
    )
    request_id: str = Field(description="The request's X-Request-ID, also in the logs.")

    @classmethod
    def build(
        cls,
        *,
        status: int,
        code: str,
        title: str,
        detail: str,
        request_id: str,
        upstream: str | None = None,
    ) -> Problem:
        return cls(
            type=f"urn:ocrner:error:{code}",
            title=title,
            status=status,
            code=code,
            detail=detail,
            upstream=upstream,
            request_id=request_id,
        )

    @classmethod
    def from_error(cls, error: OcrnerError, request_id: str) -> Problem:
        return cls.build(
            status=error.status,
            code=error.code,
            title=error.title,
            detail=error.message,
            request_id=request_id,
            upstream=getattr(error, "upstream", None),
        )


def problem_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI ``responses`` entries documenting the problem shape for these statuses."""
    schema = {"schema": {"$ref": "#/components/schemas/Problem"}}
    return {
        status: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: schema}} for status in statuses
    }

"""A schema-driven fuzzer (schemathesis) against each running service's OpenAPI document.

Every operation of the OCR, NER and orchestrator services gets requests
generated from its schema, valid and invalid; every answer must be no 5xx and
match the documented status codes, content types, headers and bodies.

schemathesis' lazy pytest loader does not work with this pytest, so each
operation's cases are drawn through its Hypothesis strategy instead.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.utils.processes import ServiceProcess, Stack

pytestmark = pytest.mark.e2e

EXAMPLES_PER_OPERATION = 40


def service_of(stack: Stack, name: str) -> ServiceProcess:
    return {"ocr": stack.ocr, "ner": stack.ner, "orchestrator": stack.orchestrator}[name]


def modes_for(operation: schemathesis.APIOperation) -> list[schemathesis.GenerationMode]:
    """Valid and invalid requests for the API; the probes take no input to make invalid."""
    if operation.path.startswith("/api/"):
        return list(schemathesis.GenerationMode)
    return [schemathesis.GenerationMode.POSITIVE]


@pytest.mark.parametrize("name", ["ocr", "ner", "orchestrator"])
def test_every_answer_is_documented_and_none_is_a_5xx(stack: Stack, name: str) -> None:
    schema = schemathesis.openapi.from_url(f"{service_of(stack, name).url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert any(operation.path.startswith("/api/") for operation in operations)
    for operation in operations:
        for mode in modes_for(operation):

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def answers_as_documented(case: schemathesis.Case) -> None:
                # Schema-valid random bytes are still not an image: a 415 for them is
                # right, so "valid data is accepted" cannot hold for an image upload.
                case.call_and_validate(excluded_checks=[positive_data_acceptance], timeout=60)

            answers_as_documented()

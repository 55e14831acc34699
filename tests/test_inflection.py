"""Singulars come from one inflector (`inflect`) for every target: `statuses` is a `Status`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.ir.inflection import OVERRIDES, singular
from generator.pipeline import load_api
from generator.targets import get, job_for


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("statuses", "status"),
        ("addresses", "address"),
        ("analyses", "analysis"),
        ("indices", "index"),
        ("indexes", "index"),
        ("aliases", "alias"),
        ("businesses", "business"),
        ("taxes", "tax"),
        ("boxes", "box"),
        ("files", "file"),
        ("policies", "policy"),
        ("entries", "entry"),
        ("batches", "batch"),
        ("bonuses", "bonus"),
        ("schemas", "schema"),
        ("quotas", "quota"),
        ("settings", "setting"),
        ("details", "detail"),
        ("capabilities", "capability"),
        ("payouts", "payout"),
        ("customers", "customer"),
        ("searches", "search"),
        ("queries", "query"),
        ("leaves", "leave"),
    ],
)
def test_plurals_become_singular(plural: str, expected: str) -> None:
    assert singular(plural) == expected


@pytest.mark.parametrize(
    "word",
    [
        # Mass nouns and words the same in both numbers:
        *("data", "metadata", "media", "news", "series", "species", "timeseries", "analytics", "sms", "people"),
        # singulars inflect alone would cut an `s` off:
        *("status", "address", "analysis", "alias", "business", "bonus", "radius", "tax", "canvas", "nexus"),
        *("customer", "balance", "account", "issuing", "index", "us", "is", "v2", "", "日本"),
    ],
)
def test_words_already_singular_stay(word: str) -> None:
    assert singular(word) == word


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("project_statuses", "project_status"),
        ("ProjectStatuses", "ProjectStatus"),
        ("projectStatuses", "projectStatus"),
        ("PROJECT_STATUSES", "PROJECT_STATUS"),
        ("IPAddresses", "IPAddress"),
        ("APIs", "API"),
        ("tax_id_data", "tax_id_data"),
        ("statutory_leaves", "statutory_leave"),
        ("Statuses", "Status"),
        ("items2", "items2"),
    ],
)
def test_only_the_last_word_changes_and_keeps_its_casing(name: str, expected: str) -> None:
    assert singular(name) == expected


def test_every_override_is_needed() -> None:
    """An override stays only while inflect gets its word wrong."""
    from generator.ir.inflection import _engine

    engine = _engine()
    for word, wanted in OVERRIDES.items():
        assert (engine.singular_noun(word) or word) != wanted, word


def _statuses_spec(tmp_path: Path) -> Path:
    status = {"type": "object", "properties": {"id": {"type": "string"}, "text": {"type": "string"}}}
    answer: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": status}}}
    body = {"content": {"application/json": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}}}
    project_id = {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
    status_id = {"name": "status_id", "in": "path", "required": True, "schema": {"type": "string"}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Projects", "version": "1"},
        "paths": {
            "/projects/{project_id}/statuses": {
                "post": {"parameters": [project_id], "requestBody": body, "responses": {"200": answer}},
            },
            "/projects/{project_id}/statuses/{status_id}": {
                "get": {"parameters": [project_id, status_id], "responses": {"200": answer}},
            },
        },
    }
    spec = tmp_path / "statuses.yaml"
    spec.write_text(yaml.safe_dump(document))
    return spec


def test_the_three_clients_name_a_statuses_resource_alike(tmp_path: Path) -> None:
    """`/projects/{id}/statuses`: the params of `create` are `ProjectStatusCreateParams` in
    Python, Ruby and Java, and the service is `ProjectStatusService` in Ruby and Java (Python
    names its services for the resource's own words: `ProjectsStatusesService`)."""
    api = load_api(_statuses_spec(tmp_path), Config(), None).api
    job = job_for(api, "statuses.yaml")
    (create,) = (op for op in api.operations if op.name == "create")
    python, ruby, java = (get(name).naming(job) for name in ("python", "ruby", "java"))
    assert python.op_params(create)[1] == "ProjectStatusCreateParams"
    assert ruby.params[create.id].name == "ProjectStatusCreateParams"
    assert java.operation_params[create.id].name == "ProjectStatusCreateParams"
    assert ruby.services["projects.statuses"].name == "ProjectStatusService"
    assert java.services["projects.statuses"] == "ProjectStatusService"
    assert python.services["projects.statuses"] == "ProjectsStatusesService"

"""Fixtures of the export tests: the demo session and its documents, written once per run."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

from facilitator.demo import write_demo
from facilitator.export import export_document
from facilitator.store.db import SessionFile, open_session_file

PROTOCOL_PLATFORM = 3


@dataclass(frozen=True)
class DemoExport:
    session: Path
    resolution: Path
    protocol: Path


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> DemoExport:
    folder = tmp_path_factory.mktemp("demo-export")
    session = folder / "demo.fsession"
    write_demo(session, filled=True)
    sf = open_session_file(session)
    try:
        (resolution,) = export_document(sf, folder / "resolution.docx")
        (protocol,) = export_document(
            sf, folder / "protocol.docx", platform_number=PROTOCOL_PLATFORM
        )
    finally:
        sf.close()
    return DemoExport(session, resolution, protocol)


@pytest.fixture
def demo_sf(demo_export: DemoExport, tmp_path: Path) -> Iterator[SessionFile]:
    """A private copy of the demo session, open."""
    copy = tmp_path / "demo.fsession"
    copy.write_bytes(demo_export.session.read_bytes())
    sf = open_session_file(copy)
    yield sf
    sf.close()


@pytest.fixture(scope="session")
def resolution_doc(demo_export: DemoExport) -> object:
    return Document(str(demo_export.resolution))

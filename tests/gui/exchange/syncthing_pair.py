"""Two Syncthing instances on 127.0.0.1 only: a laptop's outbox sent to the secretariat.

Discovery (global and local), relays, NAT traversal, usage reporting and upgrades are off;
each device knows the other by its static loopback address. The REST API (with the API key
written into each config) tells when a file has arrived, so nothing sleeps blindly."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

FOLDER_ID = "facilitator-bundles"


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    folder_type: str  # sendonly on the laptop, receiveonly at the secretariat
    listen_port: int = field(default_factory=free_port)
    gui_port: int = field(default_factory=free_port)
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def generate(self, env: dict[str, str]) -> None:
        self.home.mkdir(parents=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        run = [syncthing_binary() or "syncthing", "generate", f"--home={self.home}"]
        subprocess.run([*run, "--no-default-folder"], env=env, check=True, capture_output=True)
        shown = subprocess.run(
            [syncthing_binary() or "syncthing", f"--home={self.home}", "--device-id"],
            env=env,
            check=True,
            capture_output=True,
        )
        self.device_id = shown.stdout.decode().strip()

    def write_config(self, peer: Instance) -> None:
        (self.home / "config.xml").write_text(config_xml(self, peer), encoding="utf-8")

    def start(self, env: dict[str, str]) -> None:
        with (self.home / "syncthing.log").open("wb") as log:  # the child keeps its own copy
            self.process = self._spawn(env, log)

    def _spawn(self, env: dict[str, str], log: Any) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                syncthing_binary() or "syncthing",
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process = None

    def api(self, path: str, method: str = "GET", timeout: float = 10) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as err:  # 404 until the file is known: close its socket
            err.close()
            raise OSError(f"{path}: HTTP {err.code}") from None
        return json.loads(body) if body.strip() else None

    def log_tail(self) -> str:
        path = self.home / "syncthing.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def config_xml(me: Instance, peer: Instance) -> str:
    devices = "".join(
        f'<device id="{d.device_id}" name="{d.name}" compression="metadata" introducer="false">'
        f"<address>tcp://127.0.0.1:{d.listen_port}</address></device>"
        for d in (me, peer)
    )
    return f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="Bundles" path="{escape(str(me.folder))}"
            type="{me.folder_type}" rescanIntervalS="60" fsWatcherEnabled="true"
            fsWatcherDelayS="1" ignorePerms="true" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me.device_id}"></device>
        <device id="{peer.device_id}"></device>
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
    {devices}
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{me.gui_port}</address>
        <apikey>{me.api_key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.listen_port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"""


class Pair:
    """The laptop (send-only outbox) and the secretariat (receive-only watched folder)."""

    def __init__(self, root: Path) -> None:
        self.env = {**os.environ, "HOME": str(root), "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}
        self.laptop = Instance("laptop", root / "st-laptop", root / "outbox", "sendonly")
        self.secretariat = Instance(
            "secretariat", root / "st-secretariat", root / "watched", "receiveonly"
        )

    def start(self) -> None:
        both = (self.laptop, self.secretariat)
        for instance in both:
            instance.generate(self.env)
        self.laptop.write_config(self.secretariat)
        self.secretariat.write_config(self.laptop)
        for instance in both:
            instance.start(self.env)

    def stop(self) -> None:
        for instance in (self.laptop, self.secretariat):
            instance.stop()

    def wait_connected(self, deadline: float) -> None:
        def connected() -> bool:
            found = self.laptop.api("/rest/system/connections")["connections"]
            return bool(found.get(self.secretariat.device_id, {}).get("connected"))

        wait_for(connected, deadline, "the two Syncthing instances to connect")

    def wait_arrived(self, name: str, deadline: float) -> None:
        """Until the secretariat's copy of `name` is the laptop's latest version."""
        self.laptop.api(f"/rest/db/scan?folder={FOLDER_ID}", method="POST", timeout=30)
        query = f"/rest/db/file?folder={FOLDER_ID}&file={name}"

        def arrived() -> bool:
            sent = self.laptop.api(query)["local"]
            got = self.secretariat.api(query)["local"]
            return bool(got.get("version") == sent.get("version") and not got.get("deleted"))

        wait_for(arrived, deadline, f"{name} to reach the secretariat")


def wait_for(condition: Any, deadline: float, what: str) -> None:
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, ValueError, KeyError) as err:  # not up yet, file not known yet
            last = err
        time.sleep(0.25)
    raise TimeoutError(f"gave up waiting for {what} (last error: {last})")

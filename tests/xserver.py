"""A private X server (Xvfb), optionally with a system tray (trayer), for real-window tests.

Used by the tests marked ``xvfb``/``tray`` and by ``scripts/screenshots.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


class XServerUnavailable(RuntimeError):
    """What is missing to start a real X server here."""


@dataclass(frozen=True)
class XServer:
    display: str

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a Qt program that should draw on this server."""
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        return env


@contextmanager
def xvfb(width: int = 1280, height: int = 800, tray: bool = False) -> Iterator[XServer]:
    """Start Xvfb (and trayer when ``tray``) and stop them afterwards."""
    needed = ["Xvfb"] + (["trayer"] if tray else [])
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        packages = {"Xvfb": "xvfb", "trayer": "trayer"}
        raise XServerUnavailable(
            "needs "
            + ", ".join(missing)
            + " (apt-get install "
            + " ".join(packages[m] for m in missing)
            + ")"
        )
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    processes = [server]
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise XServerUnavailable("Xvfb did not start")
        display = XServer(f":{number}")
        if tray:
            processes.append(
                subprocess.Popen(
                    [
                        "trayer",
                        "--edge",
                        "top",
                        "--align",
                        "right",
                        "--widthtype",
                        "request",
                        "--height",
                        "24",
                    ],
                    env=display.env(),
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            time.sleep(1.0)  # trayer needs a moment to claim the tray selection
        yield display
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()

"""Record the demo's audio files again: `python -m portal.management.demo.make_audio`.

Needs espeak-ng and lame (Debian: apt-get install espeak-ng lame). The MP3 files are committed,
so that `make run` needs neither.
"""

import subprocess
import tempfile
from pathlib import Path

from portal.management.demo.media_content import AUDIO, MEDIA

VOICES = {"fr": "fr", "ar": "ar"}


def record(text, language, target):
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "speech.wav"
        subprocess.run(  # noqa: S603 — fixed programs, our own text
            ["espeak-ng", "-v", VOICES[language], "-s", "145", "-w", str(wav), text],  # noqa: S607
            check=True,
        )
        subprocess.run(  # noqa: S603
            ["lame", "--quiet", "-m", "m", "--abr", "40", str(wav), str(target)],  # noqa: S607
            check=True,
        )


def main():
    folder = MEDIA / "audio"
    folder.mkdir(parents=True, exist_ok=True)
    for versions in AUDIO.values():
        for language, (name, transcript) in versions.items():
            record(transcript, language, folder / name)
            print(folder / name)


if __name__ == "__main__":
    main()

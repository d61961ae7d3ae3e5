"""A kit's optional passphrase: scrypt derives the key, AES-256-GCM seals what must stay hidden.

The sealed member holds every member but the manifest (the signing key and all the records,
so every participant's name and contacts). The manifest, in clear, is the associated data: a
manifest swapped onto another kit's ciphertext (another platform, another session) fails to
authenticate like a wrong passphrase does. Nothing can recover a lost passphrase.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from facilitator.exchange.errors import problem, refuse
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message

SEALED = "sealed.bin"
PROTECTION = "protection"
KDF, CIPHER = "scrypt", "AES-256-GCM"
# ~0.25 s and 128 MiB on a 2020s laptop: cheap once per kit, costly per guess.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
# What a kit may ask of the reader's memory and time (a kit is not signed: bound its cost).
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MIN_PASSPHRASE = 8
SALT_BYTES, NONCE_BYTES, KEY_BYTES = 16, 12, 32


class PassphraseNeeded(FacilitatorError):
    """The kit is protected and no passphrase was given: ask for one."""


class WrongPassphrase(FacilitatorError):
    """The passphrase does not open the kit (or the kit was changed): ask again."""


def check_passphrase(passphrase: str) -> str:
    """The passphrase as used (Unicode NFC); refused when empty or too short."""
    normal = unicodedata.normalize("NFC", passphrase)
    if len(normal) < MIN_PASSPHRASE:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The passphrase is too short: use at least {count} characters (a few words "
                "are easier to type than a random string).",
            ),
            count=MIN_PASSPHRASE,
        )
    return normal


def new_protection() -> dict[str, Any]:
    """Fresh parameters for one kit: its own salt and nonce."""
    return {
        "kdf": KDF,
        "cipher": CIPHER,
        "salt": os.urandom(SALT_BYTES).hex(),
        "nonce": os.urandom(NONCE_BYTES).hex(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }


def seal(passphrase: str, protection: dict[str, Any], header: bytes, plain: bytes) -> bytes:
    key = _derive(check_passphrase(passphrase), protection)
    return AESGCM(key).encrypt(bytes.fromhex(protection["nonce"]), plain, header)


def unseal(
    passphrase: str | None, protection: dict[str, Any], header: bytes, sealed: bytes, file: str
) -> bytes:
    """The plain members' archive; refused when no passphrase or a wrong one is given."""
    if passphrase is None:
        raise PassphraseNeeded(_message_needed(file))
    key = _derive(unicodedata.normalize("NFC", passphrase), protection)
    try:
        return AESGCM(key).decrypt(bytes.fromhex(protection["nonce"]), sealed, header)
    except InvalidTag:
        raise WrongPassphrase(_message_wrong(file)) from None


def valid_protection(value: Any) -> bool:
    """A kit's protection parameters as this version writes them, within the cost bounds."""
    if not isinstance(value, dict) or set(value) != set(new_protection()):
        return False
    if value["kdf"] != KDF or value["cipher"] != CIPHER:
        return False
    if not (_hex(value["salt"], SALT_BYTES) and _hex(value["nonce"], NONCE_BYTES)):
        return False
    n, r, p = value["n"], value["r"], value["p"]
    if not all(type(x) is int and x > 0 for x in (n, r, p)):
        return False
    return (
        2**10 <= n and n & (n - 1) == 0 and r <= 32 and p <= 4 and 128 * n * r <= MAX_SCRYPT_MEMORY
    )


def _derive(passphrase: str, protection: dict[str, Any]) -> bytes:
    kdf = Scrypt(
        salt=bytes.fromhex(protection["salt"]),
        length=KEY_BYTES,
        n=protection["n"],
        r=protection["r"],
        p=protection["p"],
    )
    return kdf.derive(passphrase.encode("utf-8"))


def _hex(value: Any, size: int) -> bool:
    if not isinstance(value, str) or len(value) != 2 * size:
        return False
    return all(c in "0123456789abcdef" for c in value)


def _message_needed(file: str) -> Message:
    return problem(
        QT_TRANSLATE_NOOP(
            "Exchange", "{file} is protected by a passphrase: enter the one the secretariat gave."
        ),
        file=file,
    )


def _message_wrong(file: str) -> Message:
    return problem(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "The passphrase does not fit the kit {file} (or the kit was changed after it was "
            "written). Check the keyboard layout and Caps Lock, and try again; a lost "
            "passphrase cannot be recovered: ask the secretariat for a new kit.",
        ),
        file=file,
    )

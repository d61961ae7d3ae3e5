"""Installs the Qt translators (ours and Qt's own) and switches the language live."""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.gui import settings
from facilitator.i18n import LANGUAGES, missing, system_language
from facilitator.messages import FacilitatorError
from facilitator.resources import qm_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
LOCALES = {"en": "en_GB", "ru": "ru_RU"}  # British English: day-first dates, like Russian


def translate(context: str, text: str) -> str:
    """The translate function the core's messages expect: (context, text) → text."""
    return QCoreApplication.translate(context, text)


def refusal(err: FacilitatorError) -> str:
    """A refusal in the user's language, written to the log (in English) as it is shown."""
    log.warning("refused: %s", err)
    return err.format(translate)


def chosen_language() -> str:
    """The language from the preferences, or the system's when set to follow it."""
    language = settings.LANGUAGE.get()
    if language in LANGUAGES:
        return language
    return system_language()


def install(language: str) -> None:
    """Replace the installed translators; widgets receive QEvent.LanguageChange.

    Our own translation must load (else FacilitatorError, and the app stays in English);
    Qt's own (qtbase: the buttons of message boxes, the file dialogs, context menus) should:
    when it does not, the log says so as an error and the app goes on."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the translators after the QApplication is made")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _set_locale(language)
    if language == "en":
        return
    ours = QTranslator(app)
    if not ours.load(str(qm_path(language))):
        _set_locale("en")
        raise missing(qm_path(language))
    app.installTranslator(ours)
    _installed.append(ours)
    qt = qt_translator(language)
    if qt is not None:
        app.installTranslator(qt)
        _installed.append(qt)


def qt_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's answer, then PySide6's folder (the frozen app's)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundled = str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return folders + [bundled] if bundled not in folders else folders


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own translation (qtbase_ru) for its dialogs, or None (logged as an error)."""
    qt = QTranslator(QCoreApplication.instance())
    for folder in qt_folders():
        if qt.load(f"qtbase_{language}", folder):
            return qt
    log.error(
        "Qt's own translation qtbase_%s is in none of %s: Qt's dialogs and buttons stay in "
        "English. This installation is incomplete.",
        language,
        qt_folders(),
    )
    return None


def install_or_warn(language: str, parent: QWidget | None = None) -> None:
    """Install the language; when its translation is missing, say so and go on in English."""
    try:
        install(language)
    except FacilitatorError as error:
        log.error("%s", error)
        QMessageBox.warning(parent, "Facilitator", error.format())


def _set_locale(language: str) -> None:
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
            QLocale.Country.Russia if language == "ru" else QLocale.Country.UnitedKingdom,
        )
    )


def current() -> str:
    return QLocale().name()[:2]

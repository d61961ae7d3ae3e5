"""Installs the Qt translators (ours and Qt's own) and switches the language live."""

from __future__ import annotations

import logging

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
    Qt's (qtbase) is a nicety for its standard dialogs."""
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
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.info("Qt's own translation qtbase_%s is not in %s", language, qt_folder)


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

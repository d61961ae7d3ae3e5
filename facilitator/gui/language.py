"""Installs the Qt translators (ours and Qt's own) and switches the language live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.gui import settings
from facilitator.i18n import LANGUAGES, TRANSLATIONS_DIR, system_language

_installed: list[QTranslator] = []
LOCALES = {"en": "en_GB", "ru": "ru_RU"}  # British English: day-first dates, like Russian


def translate(context: str, text: str) -> str:
    """The translate function the core's messages expect: (context, text) → text."""
    return QCoreApplication.translate(context, text)


def chosen_language() -> str:
    """The language from the preferences, or the system's when set to follow it."""
    language = settings.LANGUAGE.get()
    if language in LANGUAGES:
        return language
    return system_language()


def install(language: str) -> None:
    """Replace the installed translators; widgets receive QEvent.LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the translators after the QApplication is made")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
            QLocale.Country.Russia if language == "ru" else QLocale.Country.UnitedKingdom,
        )
    )
    if language == "en":
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"facilitator_{language}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{language}", qt_folder),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def current() -> str:
    return QLocale().name()[:2]

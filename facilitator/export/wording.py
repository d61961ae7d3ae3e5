"""The documents' own fixed Russian wording (content, not UI), and small Russian text helpers."""

from __future__ import annotations

import re

RESOLUTION = "РЕЗОЛЮЦИЯ"
PROTOCOL = "ПРОТОКОЛ"
OF_SESSION = "стратегической сессии {title}"
OF_FORUM = "форума {title}"
OF_PLATFORM = "работы площадки №\u00a0{number} {title}"
GENERAL = "Общие положения"
FINAL = "Заключительные положения"
PLATFORM_HEADING = "Площадка №\u00a0{number} {title}"
MODERATORS = "Модераторы: {names}."
MODERATOR = "Модератор: {names}."
ROOM = "Место работы: {room}."

PLATFORM_NO_PROPOSALS = "Предложения от участников площадки не поступили."
PLATFORM_NOTHING_ADOPTED = "Решения по итогам работы площадки не приняты."
PLATFORM_OPEN = "Голосование по вопросам площадки не завершено, решения не приняты."
NOTES_LEAD = "Участники площадки отметили следующие проблемы:"  # the items stay as written
RECOMMEND_LEAD = "Рекомендовать:"
PROPOSE_LEAD = "Предложить:"
SUPPORT_LEAD = "Поддержать проектные инициативы:"
RESPONSIBLE = "Ответственный: {who}"
RESPONSIBLE_MANY = "Ответственные: {who}"
DEADLINE = "Срок: {when}"
PRESENTED_BY = "докладчик — {who}"

PREAMBLE_HELD = "Стратегическая сессия {session} проведена{date}{forum}{venue}."
PREAMBLE_FORUM = " в рамках форума {forum}"
PREAMBLE_VENUE = " ({venue})"
PREAMBLE_ORGANISER = "Организатор: {organiser}."
PREAMBLE_ADOPT = (
    "Участники стратегической сессии, рассмотрев проблемы, предложения и проектные "
    "инициативы, выработанные на площадках, приняли настоящую резолюцию."
)
GENERAL_PLATFORMS = "Работа стратегической сессии была организована на {count} {platforms}."
GENERAL_REGISTERED = "На площадках {verb} {count} {people}"
GENERAL_PRESENT = ", в работе площадок {verb} участие {count} {people}"
GENERAL_CONSIDERED = "На площадках {verb} {count} {things}"
GENERAL_ADOPTED = ", из них {verb} {count}"
GENERAL_OPEN = "; голосование по {count} {things} не завершено"
GENERAL_INCLUDED = (
    "В настоящую резолюцию включены положения, поддержанные участниками по итогам обсуждения "
    "и голосования."
)
FINAL_SEND = (
    "Направить настоящую резолюцию организатору форума, а также органам и организациям, "
    "указанным в ней в качестве ответственных."
)
FINAL_MONITOR = (
    "Секретариату стратегической сессии обеспечить мониторинг исполнения "
    "положений настоящей резолюции."
)
CHAIR = "Председатель стратегической сессии"
SECRETARY = "Секретарь стратегической сессии"
PLATFORM_MODERATOR = "Модератор площадки"
PLATFORM_SECRETARY = "Секретарь площадки"

APPENDIX_LABEL = "Приложение {number}\nк резолюции стратегической сессии\n{of}"
APPENDIX_OF_DATE = "от {date}"
APPENDIX_REF = " (приложение {number})"
GENERAL_CHARTS = "Итоги работы площадок представлены в диаграммах{ref}."
APPENDIX_PARTICIPANTS = "Участники стратегической сессии по площадкам"
APPENDIX_REGISTER = "Реестр предложений и итоги голосования"
APPENDIX_INITIATIVES = "Проектные инициативы, представленные на площадках"
APPENDIX_CHARTS = "Итоги работы площадок в диаграммах"
NO_PLATFORM = "Без площадки"
NOTHING = "—"

COL_NUMBER = "№ п/п"
COL_CODE = "№"
COL_NAME = "Фамилия, имя, отчество"
COL_ORG = "Организация, должность"
COL_DELEGATION = "Делегация (регион)"
COL_PRESENT = "Присутствие"
COL_KIND = "Вид"
COL_WORDING = "Формулировка"
COL_STATUS = "Статус"
COL_VOTES = "Итоги голосования"
COL_INITIATIVE = "Проектная инициатива"
COL_PRESENTER = "Докладчик"
COL_PLATFORM = "Площадка"
PRESENT = "присутствовал(а)"
ABSENT = "отсутствовал(а)"

KINDS = {
    "problem": "Проблема",
    "proposal": "Предложение",
    "initiative": "Проектная инициатива",
    "resolution_item": "Пункт резолюции",
}
OPEN_VOTE = "голосование не завершено"
STANDINGS = {  # figures.standing(): where an item stands, as every part of the documents says
    "draft": "не рассмотрено",
    "voting": OPEN_VOTE,
    "open": OPEN_VOTE,
    "considered": "рассмотрено",
    "adopted": "принято",
    "rejected": "отклонено",
    "no_quorum": "нет кворума",
    "withdrawn": "снято",
    "merged": "объединено",
}
VOTES_COUNT = "за — {for_}, против — {against}, воздержались — {abstain}"
VOTES_DOTS = "стикеров — {dots}"
VOTES_DOTS_PLACE = "стикеров — {dots} ({place}-е место)"
VOTES_PLACE = "{place}-е место в ранжировании"
VOTES_RATING = "эффект {effect}, реализуемость {feasibility}"
QUADRANT_WORDS = {
    "quick_win": "быстрый результат",
    "major_project": "крупный проект",
    "fill_in": "второстепенное",
    "time_sink": "малоэффективное",
}

CHART_STATUS_TITLE = "Рассмотренные вопросы по площадкам"
CHART_STATUS_LEGEND = ("принято", "отклонено", "рассмотрено без решения")
CHART_PLATFORM_TITLE = "Площадка №\u00a0{number}: {measure}"
CHART_DOTS = "стикеры"
CHART_FOR = "голоса «за»"
CHART_MATRIX_TITLE = "Матрица «эффект × реализуемость»"
CHART_EFFECT = "Эффект"
CHART_FEASIBILITY = "Реализуемость"
# (high feasibility?, high effect?) → the quadrant's name
QUADRANTS = {
    (True, True): "Быстрый результат",
    (False, True): "Крупные проекты",
    (True, False): "Второстепенные",
    (False, False): "Малоэффективные",
}
FIGURE_CAPTION = "Рисунок {number} — {title}"

OF_MEETING = "заседания рабочей площадки {title}"
PROTOCOL_NUMBER = "№\u00a0{number}"
FORUM = "Форум {title}"
SESSION = "Стратегическая сессия {title}"
PROTOCOL_CHAIR = "Председательствующий — {name}"
PROTOCOL_SECRETARY = "Секретарь — {name}"
BLANK_NAME = "____________"
PROTOCOL_PRESENT = "Присутствовали: {count} {people}{list}."
PROTOCOL_PRESENT_LIST = " (список — приложение)"
QUORUM = "Кворум имеется"
NO_QUORUM = "Кворума нет"
QUORUM_FIGURES = (
    "{verdict}: {verb} {present} из {registered} {people} на площадке "
    "(для кворума необходимо не менее {needed})."
)
AGENDA = "ПОВЕСТКА ДНЯ"
AGENDA_ITEM = "{n}. {kind} {title} (рег.\u00a0№\u00a0{code})."
AGENDA_NONE = "Вопросы на голосование не выносились."
HEARD = "{n}. СЛУШАЛИ: {what}."
SPOKE = "ВЫСТУПИЛИ: {names}."
DECIDED = "РЕШИЛИ (ПОСТАНОВИЛИ): {decision}."
VOTED = "Голосовали: «за» — {for_}, «против» — {against}, «воздержались» — {abstain}."
VOTE_FIGURES = "Итоги голосования: {figures}."
NOTED = "принять к сведению итоги голосования"
NOT_DECIDED_OPEN = "Голосование не завершено, решение не принято."
NOT_DECIDED_QUORUM = "Решение не принято: нет кворума."
CHAIR_SIGNS = "Председательствующий"
SECRETARY_SIGNS = "Секретарь"
PROTOCOL_APPENDIX_LABEL = "Приложение\nк протоколу заседания\nрабочей площадки\n{of}"
PROTOCOL_APPENDIX_OF = "от {date} №\u00a0{number}"
PROTOCOL_APPENDIX_TITLE = "Список присутствовавших на заседании рабочей площадки {title}"
# What a decision does to an item, by kind (the accusative of the kind's name)
ADOPT = {
    "problem": "признать проблему актуальной",
    "proposal": "принять предложение",
    "initiative": "поддержать проектную инициативу",
    "resolution_item": "принять пункт резолюции",
}
REJECT = {
    "problem": "не признавать проблему актуальной",
    "proposal": "отклонить предложение",
    "initiative": "не поддерживать проектную инициативу",
    "resolution_item": "отклонить пункт резолюции",
}


def moderators(names: str) -> str:
    """«Модератор: …» or «Модераторы: …», by how many names the field lists."""
    names = names.strip().rstrip(".")
    many = "," in names or ";" in names
    return (MODERATORS if many else MODERATOR).format(names=names)


def sentence(text: str) -> str:
    """The text ending as a sentence: a full stop added after a letter, digit, quote or bracket."""
    text = text.strip()
    if text and (text[-1].isalnum() or text[-1] in "»)\"'"):
        return text + "."
    return text


def quoted(text: str) -> str:
    """A title in «ёлочки», unless it already has them (or is empty)."""
    text = text.strip()
    if not text or text.startswith("«") or text.startswith('"'):
        return text
    return f"«{text}»"


def responsible(who: str) -> str:
    """«Ответственный: …», or «Ответственные: …» before several bodies (listed with commas or
    semicolons, or «совместно с»); the names themselves are printed as written."""
    outside = re.sub(r"«[^»]*»|\([^)]*\)|\"[^\"]*\"", "", who)
    many = "," in outside or ";" in outside or "совместно с" in outside.lower()
    return (RESPONSIBLE_MANY if many else RESPONSIBLE).format(who=who)


def count(value: int) -> str:
    """A whole number as Russian text writes it: 12, 1\u00a0745, 12\u00a0000 (a non-breaking
    space between thousands, from 1000 up)."""
    return f"{value:,}".replace(",", "\u00a0")


def plural(count: int, one: str, few: str, many: str) -> str:
    """The Russian form of a noun after a number: 1 площадке, 2 площадках, 5 площадках."""
    tens, units = count % 100, count % 10
    if 11 <= tens <= 14 or units == 0 or units >= 5:
        return many
    return one if units == 1 else few


def number(value: float) -> str:
    """A figure as Russian text writes it: 3,5 (decimal comma, one place), 12."""
    return f"{round(value, 1):g}".replace(".", ",")


# A surname: a capital, then small letters, parts joined by a hyphen (Петров-Водкин).
_NAME_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*"
# «Фамилия Имя Отчество», the patronymic ending as one does (-ович, -евич, -ич; -овна, -ична…)
_FULL_NAME = re.compile(rf"({_NAME_WORD}) ([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+(?:ич|на))")


def initials(full_name: str) -> str:
    """«Соколова Ирина Викторовна» → «И. В. Соколова», as signatures write names; a name of
    any other shape (two words, initials already, a Latin name) is printed as typed."""
    name = " ".join(full_name.split())
    match = _FULL_NAME.fullmatch(name)
    if match is None:
        return name
    surname, given, patronymic = match.groups()
    return f"{given[0]}.\u00a0{patronymic[0]}.\u00a0{surname}"

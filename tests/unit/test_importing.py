"""Importing participants and proposals: encodings, separators, XLSX, all-or-nothing, repeats."""

import datetime as dt
import os

import pytest
from openpyxl import Workbook

from facilitator.i18n import translator
from facilitator.importing.participants import import_participants
from facilitator.importing.proposals import import_proposals
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals
from facilitator.store.models import History

PEOPLE_RU = [
    ["ФИО", "Организация", "Должность", "Регион", "Площадка"],
    ["Иванов Иван Иванович", "ИРНИТУ", "Профессор", "Иркутская область", "1"],
    ["Петрова Анна Сергеевна", "ООО «Ромашка»", "Директор", "Кузбасс", "Second platform"],
    ["Сидоров Пётр", "", "", "", ""],
]


def write_csv(path, rows, encoding="utf-8", sep=","):
    text = "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", ";"), ("utf-16", "\t"), ("utf-8", "\t")],
)
def test_participants_csv_in_every_russian_excel_flavour(sf, tmp_path, encoding, sep):
    path = write_csv(tmp_path / "people.csv", PEOPLE_RU, encoding, sep)
    report = import_participants(sf, path)
    assert (report.added, report.skipped) == (3, 0)
    one, two = platforms.list_platforms()
    rows = {r.full_name: r for r in participants.list_participants()}
    assert rows["Иванов Иван Иванович"].platform_id == one.id
    assert rows["Петрова Анна Сергеевна"].platform_id == two.id
    assert rows["Петрова Анна Сергеевна"].organisation == "ООО «Ромашка»"
    assert rows["Сидоров Пётр"].platform_id is None


def test_participants_xlsx(sf, tmp_path):
    path = write_xlsx(tmp_path / "people.xlsx", PEOPLE_RU)
    assert import_participants(sf, path).added == 3


def test_same_file_twice_adds_nothing_and_says_so(sf, tmp_path):
    path = write_csv(tmp_path / "people.csv", PEOPLE_RU)
    import_participants(sf, path)
    report = import_participants(sf, path)
    assert (report.added, report.skipped) == (0, 3)
    assert "nothing added" in str(report.message())
    assert len(participants.list_participants()) == 3


def test_bad_rows_are_all_named_and_nothing_is_written(sf, tmp_path):
    rows = [*PEOPLE_RU, ["", "Org", "", "", ""], ["Кто-то", "", "", "", "9"]]
    path = write_csv(tmp_path / "people.csv", rows, "cp1251", ";")
    history = History.select().count()
    with pytest.raises(FacilitatorError) as caught:
        import_participants(sf, path)
    text = str(caught.value)
    assert "people.csv" in text and "nothing was imported" in text
    assert "row 5, column “ФИО”: The full name must not be empty." in text
    assert "row 6, column “Площадка”: there is no platform “9” in this session" in text
    assert participants.list_participants() == []
    assert History.select().count() == history


def test_missing_required_column_is_named(sf, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["Организация"], ["ИРНИТУ"]])
    with pytest.raises(FacilitatorError, match="no “full name” column") as refused:
        import_participants(sf, path)
    russian = refused.value.format(translator("ru"))
    assert "нет столбца «ФИО»" in russian and "Организация" in russian


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02garbage", "not a text"),
        (b"PK\x03\x04broken zip", "not an XLSX"),
        (b'"Name\n"unterminated', "malformed CSV"),
    ],
)
def test_malformed_files_get_a_clear_message(sf, tmp_path, content, problem):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(FacilitatorError, match=problem):
        import_participants(sf, path)


def test_unknown_columns_are_reported_not_silently_dropped(sf, tmp_path):
    path = write_csv(tmp_path / "p.csv", [["Name", "Shoe size"], ["A B", "42"]])
    report = import_participants(sf, path)
    assert report.ignored_columns == ["Shoe size"]
    assert "Shoe size" in str(report.message())


PROPOSALS_RU = [
    ["Вид", "Название", "Описание", "Докладчик", "Ответственный", "Срок", "Статус", "Теги"],
    ["Проблема", "Износ фондов", "Текст", "", "", "", "", "промышленность"],
    ["Пункт резолюции", "Создать центр", "", "", "Минпромторг", "31.12.2026", "Принято", ""],
    ["Проектная инициатива", "Цифровой город", "", "Петров В.", "", "", "", "город; цифра"],
    ["", "Без вида", "", "", "", "", "", ""],
]


def test_proposals_import_with_russian_values(sf, tmp_path):
    platform = platforms.list_platforms()[1]
    path = write_csv(tmp_path / "ideas.csv", PROPOSALS_RU, "cp1251", ";")
    report = import_proposals(sf, platform, path)
    assert report.added == 4
    rows = {r.title: r for r in proposals.list_proposals(platform.id)}
    assert rows["Износ фондов"].kind == "problem"
    item = rows["Создать центр"]
    assert (item.kind, item.deadline, item.status, item.code) == (
        "resolution_item",
        "2026-12-31",
        "adopted",
        "2.2",
    )
    assert rows["Цифровой город"].tags == "город, цифра"
    assert rows["Без вида"].kind == "proposal"


def test_proposals_xlsx_with_real_dates_and_repeat_import(sf, tmp_path):
    platform = platforms.list_platforms()[0]
    rows = [
        ["Title", "Kind", "Deadline"],
        ["Build a plant", "resolution item", dt.date(2027, 3, 1)],
    ]
    path = write_xlsx(tmp_path / "ideas.xlsx", rows)
    assert import_proposals(sf, platform, path).added == 1
    assert proposals.list_proposals()[0].deadline == "2027-03-01"
    assert import_proposals(sf, platform, path).added == 0


def test_bad_proposal_values_name_row_and_column(sf, tmp_path):
    platform = platforms.list_platforms()[0]
    rows = [["Title", "Kind", "Deadline"], ["OK", "", ""], ["X", "wish", "soon"]]
    path = write_csv(tmp_path / "ideas.csv", rows)
    with pytest.raises(FacilitatorError) as caught:
        import_proposals(sf, platform, path)
    text = str(caught.value)
    assert "row 3, column “Kind”: “wish” is not a kind of proposal" in text
    assert "row 3, column “Deadline”: The deadline “soon” is not a date" in text
    assert proposals.list_proposals() == []


def test_import_takes_a_backup_first(sf, tmp_path):
    path = write_csv(tmp_path / "people.csv", PEOPLE_RU)
    import_participants(sf, path)
    backups = os.listdir(sf.path.with_name(sf.path.name + ".backups"))
    assert any("before-import" in name for name in backups)


def test_cancel_leaves_nothing_half_done(sf, tmp_path):
    rows = [["Name"]] + [[f"Person {i}"] for i in range(1200)]
    path = write_csv(tmp_path / "people.csv", rows)
    calls = []

    def cancel_after_first_batch():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(FacilitatorError, match="Cancelled"):
        import_participants(sf, path, should_cancel=cancel_after_first_batch)
    assert participants.list_participants() == []


def test_a_platform_laptop_imports_into_its_own_platform_only(sf, tmp_path):
    own, other = platforms.list_platforms()
    sf.set_meta(platforms.LOCAL_PLATFORM_KEY, own.id)
    path = write_csv(tmp_path / "ideas.csv", [["Title"], ["Idea"]])
    with pytest.raises(FacilitatorError, match="its own platform only"):
        import_proposals(sf, other, path)
    assert import_proposals(sf, own, path).added == 1


def test_semicolon_file_with_a_quoted_comma_in_the_header(sf, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        'ФИО;"Организация, место работы, должность, регион";Площадка\n'
        'Иванов Иван;"ООО ""Ромашка"", Иркутск, директор";1\n',
        encoding="utf-8",
    )
    report = import_participants(sf, path)
    assert report.added == 1
    assert report.ignored_columns == ["Организация, место работы, должность, регион"]
    assert [p.full_name for p in participants.list_participants()] == ["Иванов Иван"]


def test_a_file_mixing_encodings_is_refused_naming_the_line(sf, tmp_path):
    path = tmp_path / "people.csv"
    lines = ["ФИО;Площадка", "Иванов Иван;1", "Петрова Анна;1", "Сидоров Пётр;2"]
    data = [line.encode("utf-8") for line in lines]
    data[2] = lines[2].encode("cp1251")
    path.write_bytes(b"\r\n".join(data))
    with pytest.raises(FacilitatorError, match="line 3 is in another encoding"):
        import_participants(sf, path)
    assert participants.list_participants() == []


@pytest.mark.parametrize("make", [write_csv, write_xlsx])
def test_a_title_row_above_the_header_is_skipped_and_rows_keep_their_numbers(sf, tmp_path, make):
    rows = [["Список участников форума «Локомотивы роста»", "", ""], ["", "", ""]]
    rows += [["ФИО", "Организация", "Площадка"], ["Иванов Иван", "ИРНИТУ", "1"], ["", "", "9"]]
    suffix = "csv" if make is write_csv else "xlsx"
    path = make(tmp_path / f"people.{suffix}", rows)
    with pytest.raises(FacilitatorError) as refused:
        import_participants(sf, path)
    assert "row 5" in str(refused.value)
    rows[4] = ["Петрова Анна", "", "2"]
    path = make(tmp_path / f"people.{suffix}", rows)
    assert import_participants(sf, path).added == 2


@pytest.mark.parametrize(
    "value", ["Площадка 2", "2.", "№2", "№ 2", "platform 2", "Second platform"]
)
def test_platform_written_as_people_write_it(sf, tmp_path, value):
    path = write_csv(tmp_path / "people.csv", [["ФИО", "Площадка"], ["Иванов Иван", value]])
    import_participants(sf, path)
    two = platforms.list_platforms()[1]
    assert participants.list_participants()[0].platform_id == two.id


def test_an_unknown_platform_lists_the_valid_numbers(sf, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["ФИО", "Площадка"], ["Иванов Иван", "Площадка 7"]])
    with pytest.raises(FacilitatorError, match=r"no platform “Площадка 7”.*number: 1, 2, or"):
        import_participants(sf, path)


def test_a_long_cell_is_taken_up_to_our_limit_and_refused_beyond_naming_the_row(sf, tmp_path):
    from facilitator.exchange.codec import MAX_TEXT
    from facilitator.importing.tabular import MAX_FIELD

    assert MAX_FIELD == MAX_TEXT
    long_text = "ж" * 200_000  # over the csv module's default limit of 131072
    path = tmp_path / "ideas.csv"
    path.write_text(f'title;text\nДлинное;"{long_text}"\n', encoding="utf-8")
    platform = platforms.list_platforms()[0]
    import_proposals(sf, platform, path)
    assert proposals.list_proposals()[0].text == long_text
    path.write_text(f'title;text\nКороткое;x\nСлишком;"{"ж" * (MAX_FIELD + 1)}"\n', "utf-8")
    with pytest.raises(FacilitatorError, match="row 3: a cell is longer than 1000000 characters"):
        import_proposals(sf, platform, path)


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        (
            b"<worksheet><sheetData><row><c t='inlineStr'><is><t>x</t></is></c>",  # cut short
            "bad.xlsx: damaged or not an XLSX workbook",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet>&b;</worksheet>',
            "bad.xlsx: ",
        ),
    ],
)
def test_a_malformed_xlsx_gets_a_message_not_a_traceback(sf, tmp_path, xml, problem):
    import zipfile

    good = write_xlsx(tmp_path / "good.xlsx", PEOPLE_RU)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, xml if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(FacilitatorError, match=problem):
        import_participants(sf, bad)

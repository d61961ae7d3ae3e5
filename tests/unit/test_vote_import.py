"""`votes import` files: each method's columns, Russian values, refusals naming the row."""

import json

import pytest

from facilitator.cli import main
from facilitator.importing.votes import import_votes
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals
from facilitator.services.results import results_report
from facilitator.store.models import Vote


@pytest.fixture
def platform(sf):
    p = platforms.list_platforms()[0]
    for name in ("Иванов Иван", "Петрова Анна", "Сидоров Пётр", "Орлова Ольга"):
        person = participants.add_participant(sf, name, platform=p.id)
        participants.set_present(sf, person.id, p.id, True)
    for i in range(3):
        proposals.add_proposal(sf, p.id, f"Item {i + 1}")
    return p


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "vote.csv"
    path.write_bytes(text.encode(encoding))
    return path


def only_vote(platform):
    return results_report(platform.number)["platforms"][0]["votes"][0]


def test_count_file_in_cp1251(sf, platform, tmp_path):
    path = write(tmp_path, "Пункт;За;Против;Воздержались\n1.1;3;1;0\n2;1;2;1\n", "cp1251")
    import_votes(sf, platform, path)
    vote = only_vote(platform)
    assert (vote["method"], vote["status"]) == ("count", "closed")
    assert [(i["code"], i["result"]) for i in vote["items"]] == [
        ("1.1", "adopted"),
        ("1.2", "rejected"),
    ]


def test_the_same_file_twice_is_refused_as_already_imported(sf, platform, tmp_path):
    path = write(tmp_path, "item,for,against,abstain\n1,3,1,0\n")
    import_votes(sf, platform, path)
    with pytest.raises(FacilitatorError, match="imported before"):
        import_votes(sf, platform, path)
    assert Vote.select().count() == 1


def test_named_ballots_by_participant_name(sf, platform, tmp_path):
    text = (
        "Участник,Пункт,Голос\nИванов Иван,1,за\nПетрова Анна,1,против\n"
        "Сидоров Пётр,1,за\nИванов Иван,2,воздержался\n"
    )
    import_votes(sf, platform, write(tmp_path, text))
    item = only_vote(platform)["items"][0]
    assert (item["for"], item["against"], item["result"]) == (2, 1, "adopted")


def test_an_absent_voter_is_named_with_the_platform_and_the_command_to_fix_it(
    sf, platform, tmp_path
):
    participants.set_present(
        sf, participants.list_participants(platform.id)[1].id, platform.id, False
    )
    absent = participants.list_participants(platform.id)[1].full_name
    text = f"Участник,Пункт,Голос\nИванов Иван,1,за\n{absent},1,против\n"
    with pytest.raises(FacilitatorError) as refused:
        import_votes(sf, platform, write(tmp_path, text))
    assert (
        f"row 3, column “Участник”: {absent} is not marked present at platform 1; mark them "
        f'present: facilitator attendance SESSION --platform 1 --present "{absent}"'
    ) in str(refused.value)
    assert Vote.select().count() == 0


def test_ranking_ballots_with_ties(sf, platform, tmp_path):
    text = "voter,ranking\nИванов Иван,3 > 1 = 2\nПетрова Анна,3 > 2 > 1\n"
    import_votes(sf, platform, write(tmp_path, text))
    items = only_vote(platform)["items"]
    assert items[0]["code"] == "1.3" and items[0]["schulze_rank"] == 1


def test_rating_averages_and_dots(sf, platform, tmp_path):
    import_votes(sf, platform, write(tmp_path, "item;эффект;реализуемость\n1;7,5;8\n2;2;9\n"))
    assert only_vote(platform)["items"][0]["quadrant"] == "quick_win"
    dots = tmp_path / "dots.csv"
    dots.write_text("item,dots\n1,2\n2,7\n3,3\n", encoding="utf-8")
    import_votes(sf, platform, dots)
    ranked = results_report(platform.number)["platforms"][0]["votes"][1]["items"]
    assert [(i["code"], i["rank"]) for i in ranked] == [("1.2", 1), ("1.3", 2), ("1.1", 3)]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("item,for,against,abstain\n1,3,1,1\n", "row 2"),
        ("item,for,against,abstain\n1,-1,0,0\n", "negative"),
        ("item,for,against,abstain\n9,1,0,0\n", "row 2, column “item”: there is no proposal “9”"),
        ("item,for,against,abstain\n1,many,0,0\n", "“many” is not a whole number"),
        ("voter,item,choice\nНезнакомец,1,за\n", "“Незнакомец” is not a participant"),
        ("voter,item,choice\nИванов Иван,1,может быть\n", "is not a choice"),
        ("item,colour\n1,red\n", "none of the known column sets"),
    ],
)
def test_bad_vote_files_change_nothing(sf, platform, tmp_path, text, problem):
    with pytest.raises(FacilitatorError, match=problem):
        import_votes(sf, platform, write(tmp_path, text))
    assert Vote.select().count() == 0
    assert {r.status for r in proposals.list_proposals()} == {"draft"}


def test_results_json_through_the_cli(sf, platform, tmp_path, capsys):
    path = write(tmp_path, "item,for,against,abstain\n1,3,1,0\n")
    sf.close()
    assert main(["votes", "import", str(sf.path), "--platform", "1", str(path)]) == 0
    capsys.readouterr()
    assert main(["results", str(sf.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    vote = data["platforms"][0]["votes"][0]
    assert vote["items"][0]["for"] == 3 and vote["items"][0]["result"] == "adopted"
    assert data["platforms"][1]["votes"] == []


def test_an_item_given_twice_is_refused_naming_both_rows(sf, platform, tmp_path):
    text = "Пункт;За;Против;Воздержались\n1;2;1;0\n2;1;1;1\n1.1;3;0;0\n"
    with pytest.raises(FacilitatorError) as refused:
        import_votes(sf, platform, write(tmp_path, text))
    assert "row 4, column “Пункт”: this proposal is already counted in row 2" in str(refused.value)
    assert Vote.select().count() == 0


def test_russian_raters_column_and_a_backup_first(sf, platform, tmp_path):
    text = "Пункт;Эффект;Реализуемость;Число оценивших\n1;7;8;4\n"
    import_votes(sf, platform, write(tmp_path, text))
    item = only_vote(platform)["items"][0]
    assert item["raters"] == 4
    backups = list(sf.path.parent.glob(f"{sf.path.name}.backups/*before-import*"))
    assert len(backups) == 1


def test_every_problem_of_the_file_is_reported_at_once(sf, platform, tmp_path):
    text = "item,for,against,abstain\n9,1,0,0\n1,many,0,0\n2,1,x,0\n"
    with pytest.raises(FacilitatorError) as refused:
        import_votes(sf, platform, write(tmp_path, text))
    problems = str(refused.value)
    assert "row 2, column “item”" in problems
    assert "row 3, column “for”" in problems and "row 4, column “against”" in problems


def test_a_title_row_above_the_vote_header_is_skipped(sf, platform, tmp_path):
    text = "Итоги голосования площадки 1;;;\nПункт;За;Против;Воздержались\n1;3;1;0\n9;1;0;0\n"
    with pytest.raises(FacilitatorError, match="row 4, column “Пункт”"):
        import_votes(sf, platform, write(tmp_path, text))
    import_votes(sf, platform, write(tmp_path, text.replace("9;1;0;0\n", "")))
    assert only_vote(platform)["items"][0]["for"] == 3


def test_a_bad_cell_and_a_count_above_attendance_are_reported_together(sf, platform, tmp_path):
    text = "item,for,against,abstain\n1,many,0,0\n2,3,2,0\n3,1,0,0\n"
    with pytest.raises(FacilitatorError) as refused:
        import_votes(sf, platform, write(tmp_path, text))
    problems = str(refused.value)
    assert "row 2, column “for”: “many” is not a whole number" in problems
    assert "row 3: 5 votes were given but only 4 people are present" in problems
    assert "row 4" not in problems
    assert Vote.select().count() == 0
    assert not list(sf.path.parent.glob(f"{sf.path.name}.backups/*before-import*"))


def test_a_score_out_of_scale_names_the_criterion_in_the_users_language(sf, platform, tmp_path):
    from facilitator import i18n

    text = "Пункт;Эффект;Реализуемость;Оценивших\n1;7;11;4\n"
    with pytest.raises(FacilitatorError) as refused:
        import_votes(sf, platform, write(tmp_path, text))
    assert "row 2: The Feasibility score 11.0 is not in" in refused.value.format()
    russian = refused.value.format(i18n.translator("ru"))
    assert "строка 2: Оценка по критерию «Реализуемость» (11.0) вне диапазона" in russian
    assert Vote.select().count() == 0

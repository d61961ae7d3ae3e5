"""The demo session is made from the seed article's facts."""

from facilitator.demo import write_demo
from facilitator.demo_data import PLATFORMS
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import open_session_file

SEED_PLATFORMS = (
    "«Гражданская продукция повышенного спроса и проектирование новых рынков», «Новые "
    "технологические и институциональные решения для модернизации сложившихся индустриальных "
    "баз Сибири. Нефтехимический комплекс Сибири и создание новых материалов», «Новые "
    "технологии и решения для интегративной инфраструктуры. Умные города», "
    "«Научно-образовательный комплекс для развития Сибири и Иркутска», «Приборостроение и "
    "цифровая экономика в Сибири. Формирование биотехнологического кластера», «Будущее "
    "авиапрома и новая транспортная инфраструктура», «Форсированное создание новых рабочих "
    "мест и размещение производительных сил. Новая стратегия для моногородов»"
)


def test_platform_titles_are_the_seed_articles_in_its_order():
    assert ", ".join(f"«{t}»" for t in PLATFORMS) == SEED_PLATFORMS


def test_plain_demo_has_platforms_and_the_articles_initiatives(tmp_path):
    path = tmp_path / "demo.fsession"
    write_demo(path)
    sf = open_session_file(path)
    assert sf.session.title == "Промышленный рывок – заводы развития"
    assert [p.title for p in platforms.list_platforms()] == list(PLATFORMS)
    initiatives = {r.title: (r.presenter, r.platform_number) for r in proposals.list_proposals()}
    assert initiatives["Цифровой город"] == ("Петров Вячеслав", 3)
    presenters = {presenter for presenter, _ in initiatives.values()}
    assert presenters == {"Петров Вячеслав", "Трубицын Анатолий", "Евменова Татьяна"}
    sf.close()


def test_filled_demo_has_every_kind_on_every_platform(tmp_path):
    path = tmp_path / "demo.fsession"
    write_demo(path, filled=True)
    sf = open_session_file(path)
    for platform in platforms.list_platforms():
        kinds = {r.kind for r in proposals.list_proposals(platform.id)}
        assert kinds == {"problem", "proposal", "initiative", "resolution_item"}
        assert participants.present_count(platform.id) > 5
    adopted_items = [
        r
        for r in proposals.list_proposals()
        if r.kind == "resolution_item" and r.status == "adopted"
    ]
    assert len(adopted_items) >= 7 and all(r.responsible and r.deadline for r in adopted_items)
    sf.close()

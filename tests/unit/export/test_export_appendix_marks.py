"""Each appendix is marked at the top right «Приложение N к резолюции … от 05.06.2026», also on
a landscape page, keeps with its title, and the body refers to it by its number."""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLES = {
    "Участники стратегической сессии по площадкам": "participants",
    "Реестр предложений и итоги голосования": "register",
    "Проектные инициативы, представленные на площадках": "initiatives",
    "Итоги работы площадок в диаграммах": "charts",
}


def text(p: Any) -> str:
    return "".join(
        t.text or "" if t.tag == qn("w:t") else "\n" for t in p.iter(qn("w:t"), qn("w:br"))
    )


def labels(doc: Any) -> list[Any]:
    label_id = next(s.style_id for s in doc.styles if s.name == "Appendix Label")
    return [
        p
        for p in doc.element.body.iter(qn("w:p"))
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(qn("w:val")) == label_id
    ]


def test_marks_name_the_appendix_and_the_date(resolution_doc: Any) -> None:
    marks = labels(resolution_doc)
    assert [text(p) for p in marks] == [
        f"Приложение {n}\nк резолюции стратегической сессии\nот 05.06.2026" for n in range(1, 5)
    ]
    for p in marks:  # never alone at the foot of a page
        assert p.find(f"{W}pPr/{W}keepNext") is not None


def test_a_landscape_mark_stays_at_the_top_right(resolution_doc: Any) -> None:
    marks = labels(resolution_doc)
    style = next(s for s in resolution_doc.styles if s.name == "Appendix Label")
    portrait = style.element.find(f"{W}pPr/{W}ind").get(qn("w:left"))
    indents = [p.find(f"{W}pPr/{W}ind") for p in marks]
    assert [i is not None for i in indents] == [False, False, True, False]  # only appendix 3
    shifted = int(indents[2].get(qn("w:left")))
    sizes = resolution_doc.element.body.findall(f".//{W}pgSz")
    portrait_w = min(int(s.get(qn("w:w"))) for s in sizes)
    landscape_w = max(int(s.get(qn("w:w"))) for s in sizes)
    assert shifted == int(portrait) + landscape_w - portrait_w


def test_the_body_refers_to_each_appendix(resolution_doc: Any) -> None:
    paragraphs = [p.text for p in resolution_doc.paragraphs]
    numbers = {}
    for i, line in enumerate(paragraphs):
        if line in TITLES:
            mark = paragraphs[i - 1]
            numbers[TITLES[line]] = int(re.match(r"Приложение (\d+)", mark).group(1))
    body = "\n".join(paragraphs[: paragraphs.index("Заключительные положения")])
    assert f"приняли участие 102 человека (приложение {numbers['participants']})." in body
    assert f"рассмотрено 63 вопроса (приложение {numbers['register']})," in body
    assert f"в диаграммах (приложение {numbers['charts']})." in body
    lead = f"Поддержать проектные инициативы (приложение {numbers['initiatives']}):"
    assert body.count(lead) == 7  # each platform's

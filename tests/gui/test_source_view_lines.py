"""The source view's display lines: long source lines cut into pieces, nothing else changed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.gui.source_view import display_lines

TEXT = st.text(alphabet=st.sampled_from(list("报道。，a \n") + ["𠮷"]), max_size=400)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=10, max_value=60))
def test_pieces_rebuild_the_text_and_respect_the_limit(text, limit):
    shown, starts, continued = display_lines(text, limit)
    lines = shown.split("\n")
    assert len(lines) == len(starts)
    assert all(len(line) <= limit for line in lines)
    rebuilt = "".join(("" if k in continued or k == 0 else "\n") + line for k, line in enumerate(lines))
    assert rebuilt == text
    for k, line in enumerate(lines):
        assert text[starts[k]:starts[k] + len(line)] == line
    assert 0 not in continued


def test_short_lines_are_shown_as_they_are():
    text = "标题\n\n正文一段。\n"
    assert display_lines(text, 50) == (text, [0, 3, 4, 10], set())


def test_a_long_line_is_cut_after_punctuation_near_the_limit():
    text = "甲" * 45 + "。" + "乙" * 30
    shown, starts, continued = display_lines(text, 50)
    assert shown.split("\n")[0] == "甲" * 45 + "。"
    assert starts == [0, 46] and continued == {1}

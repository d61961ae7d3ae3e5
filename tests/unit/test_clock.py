"""The hybrid logical clock orders versions even when wall clocks stall or disagree."""

from hypothesis import given
from hypothesis import strategies as st

from facilitator.clock import HybridClock, make_version, parse_version


def test_versions_increase_when_the_wall_clock_stands_still():
    clock = HybridClock("dev1", now_ms=lambda: 1000)
    versions = [clock.tick() for _ in range(5)]
    assert versions == sorted(versions) and len(set(versions)) == 5


def test_observing_a_later_version_moves_the_clock_past_it():
    clock = HybridClock("dev1", now_ms=lambda: 1000)
    clock.observe(make_version(5000, 7, "dev2"))
    assert parse_version(clock.tick())[:2] == (5000, 8)


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50))
def test_ticks_are_strictly_increasing_whatever_the_wall_clock_does(times):
    readings = iter(times)
    clock = HybridClock("d", now_ms=lambda: next(readings))
    versions = [clock.tick() for _ in times]
    assert all(a < b for a, b in zip(versions, versions[1:], strict=False))


def test_versions_past_the_hundred_thousandth_tick_still_sort_as_text_and_in_sql(tmp_path):
    import sqlite3

    clock = HybridClock("d", now_ms=lambda: 1000)
    versions = [clock.tick() for _ in range(100_005)]
    assert all(a < b for a, b in zip(versions, versions[1:], strict=False))
    assert [parse_version(v) for v in versions] == sorted(parse_version(v) for v in versions)
    assert {len(v) for v in versions} == {len(versions[0])}
    conn = sqlite3.connect(tmp_path / "v.db")
    conn.execute("CREATE TABLE t (version TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in reversed(versions)])
    ordered = [r[0] for r in conn.execute("SELECT version FROM t ORDER BY version")]
    assert ordered == versions
    newest = conn.execute("SELECT max(version) FROM t").fetchone()[0]
    conn.close()
    assert newest == versions[-1]
    reopened = HybridClock("e", now_ms=lambda: 1000)
    reopened.observe(newest)
    assert reopened.tick() > versions[-1]

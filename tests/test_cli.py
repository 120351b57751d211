"""The ``readout-parser`` command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import readout_parser
from readout_parser import Diagnostic, Readout, Span, cli
from readout_parser.cli import ExitCode, main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_431f2bd34a799d22.txt"


def _fake_parse(text: str, *, strict: bool = False) -> Readout:
    """A stand-in for parse whose result shows which text it was given.

    The title is the text itself; a text containing "PROBLEM" gets a
    diagnostic on line 2.
    """
    diagnostics: tuple[Diagnostic, ...] = ()
    if "PROBLEM" in text:
        diagnostics = (Diagnostic("unplaced-line", "Could not place it.", 2, Span(0, 1)),)
    return Readout(title=text.strip(), diagnostics=diagnostics)


@pytest.fixture
def fake_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readout_parser, "parse", _fake_parse)


def _write(directory: Path, name: str, content: str | bytes) -> str:
    path = directory / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return str(path)


def _set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.usefixtures("fake_parse")
def test_one_file_prints_the_readout_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "page.txt", "Japan-Chile Summit")
    assert main([page]) == ExitCode.OK
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["title"] == "Japan-Chile Summit"
    assert data == Readout(title="Japan-Chile Summit").to_dict()
    assert err == ""


@pytest.mark.usefixtures("fake_parse")
def test_several_files_print_an_array_in_the_order_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "b.txt", "second letter")
    second = _write(tmp_path, "a.txt", "first letter")
    assert main([first, second]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert [(item["file"], item["readout"]["title"]) for item in data] == [
        (first, "second letter"),
        (second, "first letter"),
    ]


@pytest.mark.usefixtures("fake_parse")
def test_jsonl_prints_one_object_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "one.txt", "One")
    second = _write(tmp_path, "two.txt", "Two")
    assert main(["--jsonl", first, second]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == [first, second]
    assert [json.loads(line)["readout"]["title"] for line in lines] == ["One", "Two"]


@pytest.mark.usefixtures("fake_parse")
def test_jsonl_wraps_even_a_single_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, "one.txt", "One")
    assert main(["--jsonl", page]) == ExitCode.OK
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {"file": page, "readout": Readout(title="One").to_dict()}


@pytest.mark.usefixtures("fake_parse")
def test_non_ascii_text_is_written_as_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "page.txt", "Japan-U.S. Foreign Ministers’ Meeting")
    assert main([page]) == ExitCode.OK
    assert "Ministers’ Meeting" in capsys.readouterr().out


@pytest.mark.usefixtures("fake_parse")
def test_dash_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, "Japan–Peru Summit\n".encode())
    assert main(["-"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["title"] == "Japan–Peru Summit"


@pytest.mark.usefixtures("fake_parse")
def test_standard_input_among_files_is_named_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "page.txt", "From a file")
    _set_stdin(monkeypatch, b"From stdin")
    assert main(["--jsonl", page, "-"]) == ExitCode.OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["file"], r["readout"]["title"]) for r in records] == [
        (page, "From a file"),
        ("<stdin>", "From stdin"),
    ]


def test_the_text_reaches_parse_undecoded_and_unaltered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Spans count characters of the file as stored, so the CLI must not
    # translate line endings or drop a byte order mark.
    seen: list[str] = []

    def recording_parse(text: str, *, strict: bool = False) -> Readout:
        seen.append(text)
        return Readout()

    monkeypatch.setattr(readout_parser, "parse", recording_parse)
    content = "\ufeffJapan-Italy Relations\r\nJuly 4, 2016\r\n"
    page = _write(tmp_path, "page.txt", content)
    assert main([page]) == ExitCode.OK
    assert seen == [content]


@pytest.mark.usefixtures("fake_parse")
def test_strict_reports_diagnostics_on_stderr_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = _write(tmp_path, "clean.txt", "Fine")
    troubled = _write(tmp_path, "troubled.txt", "A PROBLEM here")
    assert main(["--strict", clean, troubled]) == ExitCode.DIAGNOSTICS
    out, err = capsys.readouterr()
    assert err == f"{troubled}:2: unplaced-line: Could not place it.\n"
    # The readouts are printed all the same.
    assert [item["readout"]["title"] for item in json.loads(out)] == ["Fine", "A PROBLEM here"]


# A page whose only diagnostic is meeting-no-lead (seed 000), and one with no
# date (no-date) and no one named (meeting-no-participants).
NO_LEAD = "seeds/000_431f2bd34a799d22.txt"
NO_DATE = "Japan-China Relations\nThe two foreign ministers met.\n"


@pytest.mark.parametrize(
    ("codes", "status", "reported"),
    [
        ("structure", ExitCode.DIAGNOSTICS, ["no-date"]),
        ("meeting", ExitCode.DIAGNOSTICS, ["meeting-no-lead", "meeting-no-participants"]),
        ("no-date,truncated", ExitCode.DIAGNOSTICS, ["no-date"]),
        (" truncated , after-footer ", ExitCode.OK, []),
        (
            "structure,meeting",
            ExitCode.DIAGNOSTICS,
            ["meeting-no-lead", "meeting-no-participants", "no-date"],
        ),
    ],
)
def test_strict_codes_count_only_those_codes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    codes: str,
    status: ExitCode,
    reported: list[str],
) -> None:
    undated = _write(tmp_path, "undated.txt", NO_DATE)
    assert main(["--jsonl", "--strict-codes", codes, NO_LEAD, undated]) == status
    out, err = capsys.readouterr()
    assert sorted(line.split(": ")[1] for line in err.splitlines()) == reported
    # Every readout is printed, with all its diagnostics.
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [NO_LEAD, undated]
    assert "meeting-no-lead" in {d["code"] for d in records[0]["readout"]["diagnostics"]}


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (
            "truncatd",
            "--strict-codes names 'truncatd', which is no diagnostic code (did you mean "
            "'truncated'?)",
        ),
        (
            "no_date",
            "--strict-codes names 'no_date', which is no diagnostic code (did you mean 'no-date'?)",
        ),
        ("Structure", "--strict-codes names 'Structure', which is no diagnostic code"),
        (",", "--strict-codes names no code"),
    ],
)
def test_strict_codes_refuse_what_is_no_code(
    codes: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--strict-codes", codes, NO_LEAD]) == ExitCode.USAGE
    assert f"argument --strict-codes: {message}" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_parse")
def test_without_strict_diagnostics_stay_in_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    troubled = _write(tmp_path, "troubled.txt", "A PROBLEM here")
    assert main([troubled]) == ExitCode.OK
    out, err = capsys.readouterr()
    assert [d["code"] for d in json.loads(out)["diagnostics"]] == ["unplaced-line"]
    assert err == ""


@pytest.mark.usefixtures("fake_parse")
def test_strict_with_clean_files_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "clean.txt", "Fine")
    assert main(["--strict", page]) == ExitCode.OK
    assert capsys.readouterr().err == ""


def test_a_missing_file_is_named_and_exits_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main([missing]) == 3
    out, err = capsys.readouterr()
    assert err == f"readout-parser: error: {missing}: no such file\n"
    assert out == ""


@pytest.mark.parametrize(("options", "pattern"), [([], "*.txt"), (["--html"], "*.html")])
def test_a_directory_is_named_and_exits_4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], pattern: str
) -> None:
    assert main([*options, str(tmp_path)]) == 4
    assert capsys.readouterr().err == (
        f"readout-parser: error: {tmp_path}: is a directory, not a file; "
        f"name the files in it (for example {tmp_path / pattern})\n"
    )


def test_undecodable_bytes_name_the_file_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Minister’s" saved as Windows-1252: the apostrophe is the single byte 0x92.
    page = _write(tmp_path, "cp1252.txt", b"The Minister\x92s visit")
    assert main([page]) == 5
    err = capsys.readouterr().err
    assert err.startswith(f"readout-parser: error: {page}: cannot decode as utf-8")
    assert "offset 12" in err
    assert "--encoding cp1252" in err
    assert "convert the file to UTF-8" in err


def test_a_utf16_file_gets_a_utf16_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, "utf16.txt", "May 9, 2018".encode("utf-16"))
    assert main([page]) == ExitCode.UNDECODABLE
    assert "--encoding utf-16" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_parse")
def test_encoding_option_decodes_other_encodings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "cp1252.txt", b"The Minister\x92s visit")
    assert main(["--encoding", "cp1252", page]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["title"] == "The Minister’s visit"


def test_an_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--encoding", "no-such-codec", "page.txt"]) == 2
    err = capsys.readouterr().err
    assert "unknown encoding: no-such-codec; name one Python knows, such as utf-8" in err


def test_no_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == ExitCode.USAGE
    assert "FILE" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_parse")
def test_other_files_are_still_printed_and_the_first_failure_sets_the_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.txt", "Good")
    missing = str(tmp_path / "missing.txt")
    assert main([missing, str(tmp_path), good]) == ExitCode.NOT_FOUND
    out, err = capsys.readouterr()
    assert [item["file"] for item in json.loads(out)] == [good]
    assert err.splitlines() == [
        f"readout-parser: error: {missing}: no such file",
        f"readout-parser: error: {tmp_path}: is a directory, not a file; "
        f"name the files in it (for example {tmp_path / '*.txt'})",
    ]


@pytest.mark.usefixtures("fake_parse")
def test_a_read_error_outranks_strict_diagnostics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    troubled = _write(tmp_path, "troubled.txt", "A PROBLEM here")
    assert main(["--strict", troubled, str(tmp_path / "missing.txt")]) == ExitCode.NOT_FOUND


def test_several_files_that_all_fail_print_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == ExitCode.NOT_FOUND
    assert json.loads(capsys.readouterr().out) == []


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == ExitCode.OK
    assert capsys.readouterr().out == f"readout-parser {readout_parser.__version__}\n"


def test_help_lists_the_exit_statuses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "3    a file does not exist" in out
    assert "--jsonl" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_on_a_terminal_for_several_files() -> None:
    pytest.importorskip("tqdm")
    terminal = _Terminal()
    # Without a delay the bar draws at once, as it does for a long run.
    progress = cli._Progress(3, terminal, enabled=True, delay=0)
    assert progress._bar is not None
    assert "0/3" in terminal.getvalue()
    progress.message("note")
    progress.close()
    assert "note\n" in terminal.getvalue()


@pytest.mark.parametrize(
    ("total", "stream", "enabled"),
    [
        (3, io.StringIO(), True),  # not a terminal
        (1, _Terminal(), True),  # a single file
        (3, _Terminal(), False),  # --no-progress
    ],
)
def test_no_progress_bar(total: int, stream: io.StringIO, enabled: bool) -> None:
    progress = cli._Progress(total, stream, enabled)
    assert progress._bar is None
    progress.advance()
    progress.message("note")
    progress.close()
    assert stream.getvalue() == "note\n"


def test_without_tqdm_the_progress_bar_is_silently_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    # A None entry in sys.modules makes "import tqdm" raise ImportError.
    monkeypatch.setitem(sys.modules, "tqdm", None)
    terminal = _Terminal()
    progress = cli._Progress(5, terminal, enabled=True)
    assert progress._bar is None
    progress.advance()
    progress.close()
    assert terminal.getvalue() == ""


# Below, the real parser.


def test_a_seed_parses_to_its_header(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["category"] == "Japan-United States of America Relations"
    assert data["title"] == "Japan-U.S. Foreign Ministers’ Meeting"
    assert data["date"] == "2016-11-18"
    assert [s["heading"] for s in data["sections"]] == [
        "Opening Remarks and Japan-U.S. Relations",
        "Trans-Pacific Partnership (TPP) Agreement",
        "Asia-Pacific Regional Affairs",
    ]


def test_the_output_rebuilds_the_readout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == ExitCode.OK
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    text = SEED.read_bytes().decode("utf-8")
    assert Readout.from_dict(data) == readout_parser.parse(text)


def test_strict_on_empty_input_reports_empty_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, b"")
    assert main(["--strict", "-"]) == ExitCode.DIAGNOSTICS
    err = capsys.readouterr().err
    assert err.startswith("<stdin>:1: empty-input: ")


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "readout_parser", "--jsonl", str(SEED), "-"],
        input=b"Japan-China Relations\nMay 9, 2018\nThe two leaders met.\n",
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    seed, stdin = (json.loads(line) for line in done.stdout.decode("utf-8").splitlines())
    assert seed["readout"]["date"] == "2016-11-18"
    assert stdin["file"] == "<stdin>"
    assert stdin["readout"]["category"] == "Japan-China Relations"
    assert stdin["readout"]["date"] == "2018-05-09"


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="no /dev/stdin on this system")
def test_standard_input_through_a_link_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to("/dev/stdin")
    done = subprocess.run(
        [sys.executable, "-m", "readout_parser", "--jsonl", "link", "-"],
        input=b"Japan-China Relations\nMay 9, 2018\nThe two leaders met.\n",
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == ExitCode.USAGE
    assert "standard input can be read once" in done.stderr.decode()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no terminals on this system")
def test_a_terminal_named_as_standard_input_is_refused(tmp_path: Path) -> None:
    # A terminal as standard input is read once, as a pipe is: its device's path
    # beside "-" names it twice.
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "readout_parser", "--jsonl", os.ttyname(follower), "-"],
            stdin=follower,
            capture_output=True,
            cwd=tmp_path,
            check=False,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == ExitCode.USAGE
    assert "standard input can be read once" in done.stderr.decode()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null on this system")
def test_a_device_named_twice_with_standard_input_from_it_is_read_twice(tmp_path: Path) -> None:
    # Standard input from /dev/null (cron, CI) is no pipe: naming the device twice is no
    # second read of standard input.
    done = subprocess.run(
        [sys.executable, "-m", "readout_parser", "--jsonl", "/dev/null", "/dev/null"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert "standard input can be read once" not in done.stderr.decode()
    assert len(done.stdout.decode().splitlines()) == 2


def test_python_dash_m_reports_a_missing_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "readout_parser", "missing.txt"],
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == ExitCode.NOT_FOUND
    assert done.stderr.decode() == "readout-parser: error: missing.txt: no such file\n"


HTML_PAGE = (
    "<html><body><p>Japan-Australia Relations</p><h1>Japan-Australia Foreign Ministers' "
    "Meeting</h1><p>May 9, 2018</p><p>On May 9, Mr. Taro Kono, Minister for Foreign Affairs, "
    "held a meeting with Senator the Hon. Penny Wong, Minister for Foreign Affairs of "
    "Australia.</p></body></html>"
)


def test_html_reads_each_file_as_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, "page.html", HTML_PAGE)
    assert main(["--html", "--strict", page]) == ExitCode.OK
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert (data["category"], data["date"]) == ("Japan-Australia Relations", "2018-05-09")
    assert [p["name"] for p in data["meeting"]["participants"]] == ["Taro Kono", "Penny Wong"]
    assert err == ""


def test_text_prints_the_rendered_page_the_spans_point_into(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "page.html", HTML_PAGE)
    assert main(["--html", "--text", page]) == ExitCode.OK
    out, err = capsys.readouterr()
    assert err == ""
    assert [line for line in out.splitlines() if line][:3] == [
        "Japan-Australia Relations",
        "Japan-Australia Foreign Ministers' Meeting",
        "May 9, 2018",
    ]
    # A span of the JSON the same options print slices the printed text.
    assert main(["--html", page]) == ExitCode.OK
    span = json.loads(capsys.readouterr().out)["meeting"]["participants"][1]["span"]
    assert out[span["start"] : span["end"]].startswith("Senator the Hon. Penny Wong")


def test_text_of_several_files_heads_each_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "a.txt", "Japan-China Relations\nMay 9, 2018")
    second = _write(tmp_path, "b.txt", "Japan-Peru Relations\nMay 10, 2018\n")
    assert main(["--text", first, second]) == ExitCode.OK
    assert capsys.readouterr().out == (
        f"==> {first} <==\nJapan-China Relations\nMay 9, 2018\n\n"
        f"==> {second} <==\nJapan-Peru Relations\nMay 10, 2018\n"
    )


def test_text_is_no_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--text", "--table", "meetings", str(SEED)]) == ExitCode.USAGE
    assert "not allowed with argument --text" in capsys.readouterr().err


def test_an_html_file_read_as_text_is_named_with_the_option_to_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, "page.html", HTML_PAGE)
    assert main([page]) == ExitCode.OK
    out, err = capsys.readouterr()
    assert "html-input" in [d["code"] for d in json.loads(out)["diagnostics"]]
    assert err == (
        f"readout-parser: {page}: the file is HTML; run with --html to read it as a page "
        "rather than as text\n"
    )


@pytest.mark.usefixtures("fake_parse")
def test_files_from_a_list_after_the_files_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _write(tmp_path, "a.txt", "Japan-Chile Summit")
    second = _write(tmp_path, "b.txt", "Japan-Peru Summit")
    third = _write(tmp_path, "c.txt", "Japan-Cuba Summit")
    listing = _write(tmp_path, "list.txt", f"{second}\n\n  {third}  \n")
    assert main(["--jsonl", first, "--files-from", listing]) == ExitCode.OK
    out, _ = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(row["file"], row["readout"]["title"]) for row in rows] == [
        (first, "Japan-Chile Summit"),
        (second, "Japan-Peru Summit"),
        (third, "Japan-Cuba Summit"),
    ]


@pytest.mark.usefixtures("fake_parse")
def test_files_from_standard_input_with_one_csv_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [_write(tmp_path, f"{n}.txt", f"Page {n}") for n in range(3)]
    _set_stdin(monkeypatch, "\n".join(names).encode())
    assert main(["--table", "meetings", "--files-from", "-"]) == ExitCode.OK
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split(",")[0] for line in lines] == ["file", *names]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "no FILE was named"),
        (["--files-from", "missing-list.txt"], "cannot read the list of files missing-list.txt"),
        (["--files-from", "-", "-"], "standard input cannot hold both"),
        (["-", "-"], "standard input can be read once"),
        (["/dev/stdin", "-"], "standard input can be read once"),
        (["/dev/fd/0", "/dev/stdin"], "standard input can be read once"),
        (["/dev/./stdin", "-"], "standard input can be read once"),
        (["//dev/stdin", "-"], "standard input can be read once"),
        (["--files-from", "/dev/fd/0", "/dev/stdin"], "standard input cannot hold both"),
    ],
)
def test_files_from_refuses_what_it_cannot_read(
    argv: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == ExitCode.USAGE
    _, err = capsys.readouterr()
    assert message in err


def test_files_from_a_list_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _write(tmp_path, "a.txt", "Japan-Chile Summit")
    listing = _write(tmp_path, "list.txt", ("\ufeff" + page + "\n").encode("utf-8"))
    monkeypatch.setattr(readout_parser, "parse", _fake_parse)
    assert main(["--jsonl", "--files-from", listing]) == ExitCode.OK
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["file"] == page


def test_standard_input_named_in_a_list_read_from_it_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_stdin(monkeypatch, b"-\na.txt\n")
    assert main(["--files-from", "-", "--jsonl"]) == ExitCode.USAGE
    assert "standard input can be read once" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("listing", "data", "message"),
    [
        ("-", b"\xff\xfea\x00.\x00", "cannot read the list of files -: it is not UTF-8 text"),
        ("-", b"a\x00b\n", "holds a NUL"),
        # Standard input named by its path is standard input all the same.
        ("/dev/stdin", b"a.txt\n-\n", "standard input can be read once"),
        ("/dev/fd/0", b"a.txt\n-\n", "standard input can be read once"),
        ("-", b"a.txt\n/dev/stdin\n", "standard input can be read once"),
    ],
)
def test_a_list_on_standard_input_that_is_no_list_is_refused(
    listing: str,
    data: bytes,
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _set_stdin(monkeypatch, data)
    assert main(["--files-from", listing, "--jsonl"]) == ExitCode.USAGE
    assert message in capsys.readouterr().err


@pytest.mark.usefixtures("fake_parse")
def test_files_from_standard_input_with_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _write(tmp_path, "a.txt", "Japan-Chile Summit")
    _set_stdin(monkeypatch, ("\ufeff" + page + "\r\n").encode("utf-8"))
    assert main(["--jsonl", "--files-from", "-"]) == ExitCode.OK
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["file"] == page

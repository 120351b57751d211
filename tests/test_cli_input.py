"""The command line's handling of awkward input: encodings, NUL bytes, empty names,
standard input's name, Ctrl-C, and ``--array``."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
import threading
from pathlib import Path

import pytest

import readout_parser
from readout_parser import Readout
from readout_parser.cli import ExitCode, main

PAGE = "Japan-China Relations\nMay 9, 2018\nThe two leaders met.\n"
JAPANESE = "日中外相会談\n2018年5月9日\n両外相は会談した。\n"


def _write(directory: Path, content: bytes) -> str:
    path = directory / "page.txt"
    path.write_bytes(content)
    return str(path)


def _set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "likely"),
    [
        (PAGE.encode("utf-16-le"), "utf-16-le"),
        (PAGE.encode("utf-16-be"), "utf-16-be"),
        (PAGE.encode("utf-32-le"), "utf-32-le"),
        (PAGE.encode("utf-32-be"), "utf-32-be"),
        # A page with a Japanese headline still has a NUL after each Latin letter.
        (("Japan-China Relations\n" + JAPANESE).encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_wide_text_without_a_byte_order_mark_is_refused_with_its_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, likely: str
) -> None:
    page = _write(tmp_path, content)
    assert main([page]) == ExitCode.UNDECODABLE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"readout-parser: error: {page}: looks like {likely} text")
    assert f"--encoding {likely}" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("likely", ["utf-16-le", "utf-32-be"])
def test_the_encoding_named_in_the_message_reads_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], likely: str
) -> None:
    page = _write(tmp_path, PAGE.encode(likely))
    assert main(["--encoding", likely, page]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["date"] == "2018-05-09"


def test_a_file_of_nul_bytes_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, b"\x00" * 4096)
    assert main([page]) == ExitCode.UNDECODABLE
    err = capsys.readouterr().err
    assert f"{page}: is mostly NUL bytes (4,096 of 4,096)" in err
    assert "--encoding" in err


def test_mostly_nul_bytes_with_some_text_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A text file padded with NULs, as a disk image or a failed copy leaves it.
    page = _write(tmp_path, PAGE.encode() + b"\x00" * 1000)
    assert main([page]) == ExitCode.UNDECODABLE
    assert "is mostly NUL bytes" in capsys.readouterr().err


def test_a_stray_nul_byte_in_utf8_text_is_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, PAGE.replace("met.", "met.\x00").encode())
    assert main([page]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["category"] == "Japan-China Relations"


def test_wide_text_on_standard_input_is_refused_as_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, PAGE.encode("utf-16-le"))
    assert main(["-"]) == ExitCode.UNDECODABLE
    err = capsys.readouterr().err
    assert err.startswith("readout-parser: error: <stdin>: looks like utf-16-le")


def test_undecodable_standard_input_is_named_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, b"The Minister\x92s visit")
    assert main(["-"]) == ExitCode.UNDECODABLE
    assert capsys.readouterr().err.startswith(
        "readout-parser: error: <stdin>: cannot decode as utf-8"
    )


def test_standard_input_has_one_name_in_json_and_diagnostics(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, b"Japan-China Relations\nThe two leaders met.\n")
    assert main(["--strict", "--jsonl", "-"]) == ExitCode.DIAGNOSTICS
    out, err = capsys.readouterr()
    assert json.loads(out)["file"] == "<stdin>"
    assert err.startswith("<stdin>:1: no-date: ")


@pytest.mark.parametrize("arguments", [[""], ["seeds/000_431f2bd34a799d22.txt", ""]])
def test_an_empty_file_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    assert main(arguments) == ExitCode.USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert "an empty file name was given" in err
    assert "directory" not in err


def test_ctrl_c_exits_130_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(text: str, *, strict: bool = False) -> Readout:
        raise KeyboardInterrupt

    monkeypatch.setattr(readout_parser, "parse", interrupted)
    page = _write(tmp_path, PAGE.encode())
    assert main([page, page]) == ExitCode.INTERRUPTED
    assert capsys.readouterr().err == "readout-parser: interrupted\n"


def test_array_prints_an_array_for_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, PAGE.encode())
    assert main(["--array", page]) == ExitCode.OK
    (record,) = json.loads(capsys.readouterr().out)
    assert record["file"] == page
    assert record["readout"]["date"] == "2018-05-09"


def test_array_has_the_same_shape_for_one_file_and_several(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, PAGE.encode())
    main(["--array", page])
    one = json.loads(capsys.readouterr().out)
    main(["--array", page, page])
    two = json.loads(capsys.readouterr().out)
    assert two == one * 2


def test_array_with_no_readable_file_prints_an_empty_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--array", str(tmp_path / "missing.txt")]) == ExitCode.NOT_FOUND
    assert json.loads(capsys.readouterr().out) == []


def test_array_and_jsonl_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--array", "--jsonl", "page.txt"]) == ExitCode.USAGE
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("encoding", "hint"),
    [("utf-16", "--encoding utf-16"), ("utf-32", "--encoding utf-32")],
)
def test_wide_text_with_a_byte_order_mark_is_refused_naming_its_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, hint: str
) -> None:
    # Python's "utf-16" and "utf-32" codecs write a byte order mark first.
    page = _write(tmp_path, PAGE.encode(encoding))
    assert main([page]) == ExitCode.UNDECODABLE
    err = capsys.readouterr().err
    assert hint in err
    assert "without a byte order mark" not in err
    assert main(["--encoding", encoding, page]) == ExitCode.OK


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF file"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    ],
)
def test_a_file_of_another_format_is_named_not_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, what: str
) -> None:
    page = _write(tmp_path, content)
    # Whatever encoding is named: no encoding makes it a page.
    for arguments in ([page], ["--encoding", "cp1252", page]):
        assert main(arguments) == ExitCode.UNDECODABLE
        err = capsys.readouterr().err
        assert err.startswith(f"readout-parser: error: {page}: is {what}")
        assert "--encoding" not in err


def test_a_decoding_error_never_suggests_the_encoding_that_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0x81 is no character in Windows-1252.
    page = _write(tmp_path, b"The Minister\x81\x81s visit")
    assert main(["--encoding", "cp1252", page]) == ExitCode.UNDECODABLE
    err = capsys.readouterr().err
    assert "cannot decode as cp1252" in err
    assert "--encoding cp1252" not in err
    assert "--encoding shift_jis" in err


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("https://www.mofa.go.jp/a_o/page.html", "reads files, not URLs"),
        ("pages/*.txt", "no file matched this pattern"),
    ],
)
def test_a_missing_file_says_what_its_name_suggests(
    name: str, hint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([name]) == ExitCode.NOT_FOUND
    err = capsys.readouterr().err
    assert err.startswith(f"readout-parser: error: {name}: no such file; ")
    assert hint in err


@pytest.mark.parametrize(
    ("arguments", "content", "note"),
    [
        ([], b"", "the file holds no text"),
        (["--html"], PAGE.encode(), "the file has no HTML tags"),
    ],
)
def test_a_file_read_as_the_wrong_kind_or_empty_gets_a_note(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    content: bytes,
    note: str,
) -> None:
    page = _write(tmp_path, content)
    assert main([*arguments, page]) == ExitCode.OK
    err = capsys.readouterr().err
    assert err.startswith(f"readout-parser: {page}: {note}")
    assert len(err.splitlines()) == 1


def test_html_read_with_html_gets_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _write(tmp_path, b"<html><body><p>May 9, 2018</p></body></html>")
    assert main(["--html", page]) == ExitCode.OK
    assert capsys.readouterr().err == ""


HTML_PAGE = (
    "<html><head><meta {declaration}><title>x</title></head><body><p>Japan-China Relations</p>"
    "<h1>Japan-China Foreign Ministers’ Meeting</h1><p>May 9, 2018</p><p>On May 9, Mr. Taro "
    "Kono, Minister for Foreign Affairs, held a meeting with Mr. Wang Yi, Minister of Foreign "
    "Affairs of China (日本語).</p></body></html>"
)


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [
        ('charset="Shift_JIS"', "shift_jis"),
        ("charset=euc-jp", "euc-jp"),
        ('http-equiv="Content-Type" content="text/html; charset=windows-1252"', "cp1252"),
    ],
)
def test_an_html_page_is_read_in_the_charset_it_declares(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    declaration: str,
    encoding: str,
) -> None:
    page = HTML_PAGE.format(declaration=declaration)
    if encoding == "cp1252":
        page = page.replace(" (日本語)", "")
    path = _write(tmp_path, page.encode(encoding))
    assert main(["--html", "--jsonl", path]) == ExitCode.OK
    record = json.loads(capsys.readouterr().out)
    assert record["readout"]["title"] == "Japan-China Foreign Ministers’ Meeting"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + HTML_PAGE.format(declaration='charset="utf-8"').encode("utf-8"),
        HTML_PAGE.format(declaration='charset="utf-8"').encode("utf-16"),
        HTML_PAGE.format(declaration='charset="x-sjis"').encode("shift_jis"),
        HTML_PAGE.format(declaration='charset="iso-8859-1"')
        .replace(" (日本語)", "")
        .encode("cp1252"),
    ],
    ids=["utf-8-mark", "utf-16-mark", "x-sjis", "iso-8859-1-as-windows-1252"],
)
def test_html_is_decoded_as_parse_html_decodes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    path = _write(tmp_path, data)
    assert main(["--html", "--jsonl", path]) == ExitCode.OK
    record = json.loads(capsys.readouterr().out)
    assert record["readout"] == readout_parser.parse_html(data).to_dict()
    assert record["readout"]["title"] == "Japan-China Foreign Ministers’ Meeting"


def test_an_encoding_named_wins_over_the_pages_and_the_error_names_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HTML_PAGE.format(declaration='charset="Shift_JIS"').encode("shift_jis"))
    assert main(["--html", "--encoding", "utf-8", "--jsonl", path]) == ExitCode.UNDECODABLE
    assert "(for example --encoding Shift_JIS)" in capsys.readouterr().err


def test_a_text_file_is_utf_8_whatever_it_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only an HTML page's declaration counts: a text file is read as UTF-8.
    path = _write(tmp_path, HTML_PAGE.format(declaration='charset="Shift_JIS"').encode("utf-8"))
    assert main(["--jsonl", path]) == ExitCode.OK
    record = json.loads(capsys.readouterr().out)
    assert "Ministers’ Meeting" in json.dumps(record, ensure_ascii=False)
    assert "(日本語)" in json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize(
    ("limit", "bytes_"),
    [("50", 50), ("1K", 1024), ("2M", 2 * 1024**2), ("1MB", 1024**2), ("1.5k", 1536)],
)
def test_max_size_reads_a_size_with_its_unit(tmp_path: Path, limit: str, bytes_: int) -> None:
    fits = _write(tmp_path, b"x" * bytes_)
    assert main(["--max-size", limit, fits]) == ExitCode.OK
    over = tmp_path / "over.txt"
    over.write_bytes(b"x" * (bytes_ + 1))
    assert main(["--max-size", limit, str(over)]) == ExitCode.TOO_LARGE


def test_a_file_over_max_size_is_refused_and_the_others_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(PAGE.encode() * 100)
    small = _write(tmp_path, PAGE.encode())
    assert main(["--jsonl", "--max-size", "1K", str(big), small]) == ExitCode.TOO_LARGE
    out, err = capsys.readouterr()
    assert [json.loads(line)["file"] for line in out.splitlines()] == [small]
    assert err == (
        f"readout-parser: error: {big}: 5,500 bytes, more than --max-size allows (1,024); "
        "not read. Check the file, or raise --max-size to read it\n"
    )


def test_standard_input_over_max_size_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_stdin(monkeypatch, PAGE.encode() * 100)
    assert main(["--max-size", "1K", "-"]) == ExitCode.TOO_LARGE
    assert capsys.readouterr().err == (
        "readout-parser: error: <stdin>: over 1,024 bytes, more than --max-size allows "
        "(1,024); not read. Check the file, or raise --max-size to read it\n"
    )
    # One byte over the limit was read to tell, not the whole 5,500: a stray
    # huge input (a pipe from /dev/zero) is never read whole.
    assert sys.stdin.buffer.tell() == 1025


@pytest.mark.parametrize("limit", ["1X", "K", "-5", "one megabyte"])
def test_max_size_that_is_no_size_is_a_usage_error(
    limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--max-size", limit, "seeds/000_431f2bd34a799d22.txt"]) == ExitCode.USAGE
    assert f"argument --max-size: {limit!r} is no size" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_max_size_holds_for_a_pipe_that_has_no_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A named pipe (or a device such as /dev/zero) has no size to ask.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    # 5,500 bytes fit in the pipe's buffer: the writer is done once a reader opens it.
    writer = threading.Thread(target=lambda: pipe.write_bytes(PAGE.encode() * 100))
    writer.start()
    assert main(["--max-size", "1K", str(pipe)]) == ExitCode.TOO_LARGE
    writer.join(timeout=5)
    assert capsys.readouterr().err.startswith(
        f"readout-parser: error: {pipe}: over 1,024 bytes, more than --max-size allows"
    )


def test_help_names_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    listed = {
        int(line.split()[0])
        for line in capsys.readouterr().out.split("exit status:")[1].splitlines()
        if line.strip()
    }
    assert listed == {int(code) for code in ExitCode}


@pytest.mark.parametrize("name", ["hex", "rot13", "base64"])
def test_an_encoding_that_reads_no_text_is_a_usage_error(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--encoding", name, "seeds/000_431f2bd34a799d22.txt"]) == ExitCode.USAGE
    assert f"{name} is no text encoding" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["utf-16", "utf-16le"])
def test_html_named_utf_16_without_a_mark_is_read_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = HTML_PAGE.format(declaration='charset="utf-16"').encode("utf-16-le")
    path = _write(tmp_path, data)
    assert main(["--html", "--encoding", name, "--jsonl", path]) == ExitCode.OK
    record = json.loads(capsys.readouterr().out)
    assert record["readout"]["title"] == "Japan-China Foreign Ministers’ Meeting"


@pytest.mark.parametrize("likely", ["utf-16-le", "utf-16-be"])
def test_html_in_utf_16_named_utf_8_is_refused_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], likely: str
) -> None:
    # No mark, and the caller named UTF-8: read so, every other byte a NUL,
    # the page would give a readout of nothing. Refused, naming what it looks like.
    data = HTML_PAGE.format(declaration='charset="utf-8"').encode(likely)
    path = _write(tmp_path, data)
    assert main(["--html", "--encoding", "utf-8", "--jsonl", path]) == ExitCode.UNDECODABLE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"readout-parser: error: {path}: looks like {likely} text")
    assert f"--encoding {likely}" in err


def test_html_takes_a_name_the_web_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, HTML_PAGE.format(declaration="").encode("shift_jis"))
    assert main(["--html", "--encoding", "x-sjis", "--jsonl", path]) == ExitCode.OK
    record = json.loads(capsys.readouterr().out)
    assert record["readout"]["title"] == "Japan-China Foreign Ministers’ Meeting"
    # Without --html, the name is Python's to know, and it knows none such.
    assert main(["--encoding", "x-sjis", path]) == ExitCode.USAGE

"""Old Word (.doc, Word 97–2003) → text, from the document's piece table (MS-DOC format, read with olefile).

Only the main text is read (no headers, footnotes or comments). Field codes are dropped and their results
kept. Table cells end with a cell mark and a row with one more, which becomes a line break — so an empty
cell can break a row early, a limit of reading without paragraph properties.
"""

from __future__ import annotations

import re
import struct

from .base import Context, DocumentError, Encrypted, ExtractedText, finish

_FIB_FLAGS = 0x0A
_ENCRYPTED = 0x0100
_TABLE_1 = 0x0200
_FC_CLX = 154 + 33 * 8  # fcClx/lcbClx: the 34th pair of FibRgFcLcb97, right after a Word 97 FibRgLw97
_FIELD = re.compile("\x13[^\x13\x14\x15]*\x14([^\x13\x14\x15]*)\x15|\x13[^\x13\x14\x15]*\x15")


def _u32(buf: bytes, at: int) -> int:
    if at + 4 > len(buf):
        raise DocumentError("damaged .doc file: structure points past the end of a stream")
    return struct.unpack_from("<I", buf, at)[0]


def _main_text_length(word: bytes) -> int:
    csw = struct.unpack_from("<H", word, 32)[0]
    rglw = 32 + 2 + csw * 2 + 2
    return _u32(word, rglw + 12)  # ccpText


def _pieces(word: bytes, table: bytes) -> list[tuple[int, int, int, bool]]:
    """(cp start, cp end, byte offset, compressed) for each piece of text."""
    csw = struct.unpack_from("<H", word, 32)[0]
    cslw = struct.unpack_from("<H", word, 32 + 2 + csw * 2)[0]
    fc_lcb = 32 + 2 + csw * 2 + 2 + cslw * 4 + 2
    fc_clx, lcb_clx = _u32(word, fc_lcb + 33 * 8), _u32(word, fc_lcb + 33 * 8 + 4)
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting we do not need
        at += 3 + abs(struct.unpack_from("<h", clx, at + 1)[0])
    if at >= len(clx) or clx[at] != 0x02:
        raise DocumentError("damaged .doc file: no piece table")
    size = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    if count <= 0:
        return []
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for i in range(count):
        fc = _u32(plc, (count + 1) * 4 + i * 8 + 2)
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((cps[i], cps[i + 1], offset, compressed))
    return pieces


def read_doc(data: bytes, ctx: Context) -> ExtractedText:
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            word = ole.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", word, _FIB_FLAGS)[0]
            if flags & _ENCRYPTED:
                raise Encrypted("encrypted Word document (password protected)")
            table_name = "1Table" if flags & _TABLE_1 else "0Table"
            if not ole.exists(table_name):
                raise DocumentError(f"damaged .doc file: no {table_name} stream")
            table = ole.openstream(table_name).read()
    except (OSError, struct.error) as exc:
        raise DocumentError(f"damaged .doc file: {exc}") from exc
    if struct.unpack_from("<H", word, 0)[0] != 0xA5EC:
        raise DocumentError("not a Word 97-2003 document (Word 6/95 files are not read)")
    limit = _main_text_length(word)
    parts = []
    for cp_start, cp_end, offset, compressed in _pieces(word, table):
        if cp_start >= limit:
            break
        n = min(cp_end, limit) - cp_start
        if compressed:
            parts.append(word[offset : offset + n].decode("cp1252", errors="replace"))
        else:
            parts.append(word[offset : offset + 2 * n].decode("utf-16-le", errors="replace"))
    return finish(clean_word_text("".join(parts)), "olefile", "doc", ctx)


def clean_word_text(text: str) -> str:
    """Word's special characters → the toolkit's text conventions (table rows as tab-separated lines)."""
    while True:  # fields nest: resolve innermost first, keeping each field's result
        resolved = _FIELD.sub(lambda m: m.group(1) or "", text)
        if resolved == text:
            break
        text = resolved
    text = text.replace("\x07\r", "\x07").replace("\x07\x07", "\x07\n").replace("\x07", "\t")
    text = re.sub("\t+\n", "\n", text)
    text = text.replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    text = text.replace("\x1e", "-").replace("\x1f", "")  # non-breaking and optional hyphens
    return re.sub("[\x01\x08\x13\x14\x15]", "", text)

#!/usr/bin/python3
"""Build the embedded WorkReport fonts from Debian's fonts-noto-cjk.

Run from the repository root (Debian 12):

    apt-get update
    apt-get install -y fonts-noto-cjk python3-fonttools unicode-data
    /usr/bin/python3 fonts/build.py            # writes fonts/*.ttf, OFL.txt, SHA256SUMS

For each face it takes the Simplified Chinese member of the Noto CJK
collection (.ttc, CFF outlines), subsets it to the character set described
in README.md (通用规范汉字表 ∪ GB2312 ∪ ASCII ∪ Latin-1 ∪ the punctuation and
symbols a work report uses), converts the cubic CFF outlines to quadratic
TrueType `glyf` outlines (go-pdf/fpdf embeds only TrueType), drops layout,
vertical metrics and hinting, renames the family and writes a .ttf.  The
output is byte-for-byte reproducible: no timestamps are touched and every
step is deterministic, so rebuilding gives files that match SHA256SUMS.

Options:
    --out DIR   write the fonts to DIR instead of the folder of this script
                (to check reproducibility: build to a scratch folder, then
                `cd DIR && sha256sum -c /path/to/fonts/SHA256SUMS`).
    --only F    build only the face whose file name contains F (repeatable).
"""

import argparse
import bz2
import glob
import hashlib
import io
import os
import struct
import sys
import time
import zipfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
from fontTools.ttLib.tables._h_m_t_x import table__h_m_t_x
from fontTools.ttLib.tables._n_a_m_e import NameRecord

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_DIR = "/usr/share/fonts/opentype/noto"
UNICODE_DIR = "/usr/share/unicode"
DEBIAN_COPYRIGHT = "/usr/share/doc/fonts-noto-cjk/copyright"

# Tolerance of the cubic→quadratic approximation, in font units (UPM 1000).
CU2QU_MAX_ERR = 1.0

# (output file, source collection, family name of the SC member to take,
#  new family name, style name, PostScript name)
FACES = [
    ("WorkReportSerif-Regular.ttf", "NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC",
     "WorkReport Serif", "Regular", "WorkReportSerif-Regular"),
    ("WorkReportSerif-Bold.ttf", "NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC",
     "WorkReport Serif", "Bold", "WorkReportSerif-Bold"),
    ("WorkReportSans-Regular.ttf", "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC",
     "WorkReport Sans", "Regular", "WorkReportSans-Regular"),
    ("WorkReportSans-Bold.ttf", "NotoSansCJK-Bold.ttc", "Noto Sans CJK SC",
     "WorkReport Sans", "Bold", "WorkReportSans-Bold"),
]

# Blocks and single code points kept when the source face has them.  Only the
# BMP: fpdf cannot handle characters outside it (it panics in CellFormat/Text).
OPTIONAL_RANGES = [
    (0x00A0, 0x00FF),  # Latin-1 Supplement: · × ÷ ° ± ¥ § © ® ² ³ ¼ é ü …
    (0x0100, 0x017F),  # Latin Extended-A (ā ē ī ō ū and European names)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ (and capitals)
    (0x01F8, 0x01F9),  # Ǹ ǹ
    (0x0251, 0x0251),  # ɑ (pinyin)
    (0x0261, 0x0261),  # ɡ (pinyin)
    (0x2010, 0x206F),  # General Punctuation: ‐ – — ‘ ’ “ ” … ‰ ′ ″ ※
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency: €
    (0x2100, 0x214F),  # letterlike: ℃ ℉ № ™ Ω
    (0x2150, 0x218F),  # number forms: Ⅰ–Ⅻ ⅰ–ⅻ
    (0x2190, 0x21FF),  # arrows: ← ↑ → ↓ ⇒
    (0x2200, 0x22FF),  # mathematical operators: ≤ ≥ ≠ ≈ ∞ √ ∑ ∵ ∴
    (0x2460, 0x24FF),  # enclosed alphanumerics: ①–⑳ ⑴–⒇ ⒈–⒛
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes: ■ □ ▲ △ ◆ ◇ ○ ● ◎
    (0x2600, 0x26FF),  # miscellaneous symbols: ★ ☆ ☎ ♀ ♂
    (0x2700, 0x27BF),  # dingbats: ✓ ❶–❿ ➀–➓
    (0x2E3A, 0x2E3B),  # two- and three-em dash ⸺ ⸻
    (0x3000, 0x303F),  # CJK Symbols and Punctuation: 、 。 〇 《 》 「 」 【 】 〔 〕
    (0x30FB, 0x30FC),  # katakana middle dot ・, prolonged sound mark ー
    (0x3220, 0x3247),  # parenthesized ideographs ㈠–㈩
    (0x3251, 0x325F),  # circled numbers 21–35
    (0x3280, 0x32BF),  # circled ideographs ㊀–㊉ ㊣, circled numbers 36–50
    (0x3371, 0x33DF),  # CJK compatibility units: ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄ ㏎ ㏑
    (0xFF01, 0xFF60),  # fullwidth ASCII forms ！ （ ） ， ： ； ０–９ Ａ–Ｚ ｟ ｠
    (0xFFE0, 0xFFE6),  # fullwidth ￠ ￡ ￢ ￣ ￤ ￥ ￦
]

# Characters the Go side relies on: every face must have all of them.
REPLACEMENT = 0x25A1  # □, drawn for characters no face has


def find_tgh():
    """Return the BMP and non-BMP code points of the 通用规范汉字表 (Unihan kTGH)."""
    candidates = sorted(glob.glob(os.path.join(UNICODE_DIR, "Unihan*")))
    found = set()
    for path in candidates:
        if path.endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                for name in sorted(z.namelist()):
                    with z.open(name) as f:
                        found |= parse_unihan_field(io.TextIOWrapper(f, "utf-8"), "kTGH")
            continue
        opener = bz2.open if path.endswith(".bz2") else open
        with opener(path, "rt", encoding="utf-8") as f:
            found |= parse_unihan_field(f, "kTGH")
    if not found:
        sys.exit("no kTGH field in %s/Unihan*: apt-get install unicode-data" % UNICODE_DIR)
    return {c for c in found if c <= 0xFFFF}, {c for c in found if c > 0xFFFF}


def parse_unihan_field(lines, field):
    out = set()
    for line in lines:
        parts = line.split("\t", 2)
        if len(parts) >= 2 and parts[1] == field and parts[0].startswith("U+"):
            out.add(int(parts[0][2:], 16))
    return out


def gb2312_set():
    """All characters of GB2312 (94×94 EUC-CN grid decoded with Python's codec)."""
    out = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return out


def required_set(tgh_bmp, gb):
    return tgh_bmp | gb | set(range(0x20, 0x7F)) | {REPLACEMENT}


def optional_set():
    out = set()
    for lo, hi in OPTIONAL_RANGES:
        out.update(range(lo, hi + 1))
    return out


def sc_index(path, family):
    """Index of the member of the collection whose family (name ID 1) is `family`."""
    coll = TTCollection(path, lazy=True)
    for i, font in enumerate(coll.fonts):
        if font["name"].getDebugName(1) == family:
            return i
    sys.exit("%s: no face named %r" % (path, family))


def bake_locl(font, script="hani", lang="ZHS"):
    """Point the cmap at the glyphs the Simplified Chinese 'locl' feature picks.

    fpdf does no OpenType shaping and the layout tables are dropped, so the
    forms a shaper would choose for Chinese text must come from the cmap.
    (In these faces it changes one character: — U+2014 becomes the centred,
    full-width dash of Chinese typesetting instead of the 0.89 em Latin dash.)
    Returns the code points remapped.
    """
    gsub = font["GSUB"].table
    sub = {}
    for rec in gsub.ScriptList.ScriptRecord:
        if rec.ScriptTag != script:
            continue
        for ls in rec.Script.LangSysRecord:
            if ls.LangSysTag.strip() != lang:
                continue
            for fi in ls.LangSys.FeatureIndex:
                feat = gsub.FeatureList.FeatureRecord[fi]
                if feat.FeatureTag != "locl":
                    continue
                for li in feat.Feature.LookupListIndex:
                    for st in gsub.LookupList.Lookup[li].SubTable:
                        if getattr(st, "ExtSubTable", None) is not None:
                            st = st.ExtSubTable
                        sub.update(getattr(st, "mapping", None) or {})
    changed = set()
    for table in font["cmap"].tables:
        if table.format == 14 or not hasattr(table, "cmap"):
            continue
        for code, glyph in list(table.cmap.items()):
            if glyph in sub:
                table.cmap[code] = sub[glyph]
                changed.add(code)
    return sorted(changed)


def subset_face(font, unicodes):
    opts = subset.Options()
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH",
                         "VORG", "vhea", "vmtx", "DSIG", "meta"]
    opts.hinting = False
    opts.desubroutinize = True
    opts.notdef_glyph = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.prune_unicode_ranges = True
    opts.recalc_bounds = True
    opts.recalc_timestamp = False
    opts.ignore_missing_unicodes = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)


class FullHmtx(table__h_m_t_x):
    """An hmtx table with a full (advance, lsb) pair for every glyph.

    fontTools normally stores trailing glyphs of equal advance as lsb only
    (numberOfHMetrics < numGlyphs). go-pdf/fpdf v0.9.0 mishandles those
    glyphs: its getMetrics appends to a slice of the caller's font bytes and
    so overwrites two bytes of the font it was given, shared by every
    document (a data race, and output that depends on history). One metric per
    glyph costs 2 bytes a glyph and keeps fpdf off that path.
    """

    def __init__(self, metrics):
        super().__init__("hmtx")
        self.metrics = dict(metrics)

    def compile(self, ttFont):
        order = ttFont.getGlyphOrder()
        ttFont["hhea"].numberOfHMetrics = len(order)
        return b"".join(struct.pack(">Hh", self.metrics[g][0], self.metrics[g][1])
                        for g in order)


def cff_to_glyf(font):
    """Replace the CFF table by quadratic TrueType outlines (glyf/loca)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, CU2QU_MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    font.sfntVersion = "\x00\x01\x00\x00"

    # Left side bearings must equal xMin of the new outlines (head.flags bit 1).
    hmtx = font["hmtx"]
    for name in order:
        g = glyphs[name]
        g.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, g.xMin if g.numberOfContours else 0)
    font["hmtx"] = FullHmtx(hmtx.metrics)
    font["hhea"].numberOfHMetrics = len(order)

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                  "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1  # recomputed on save: maxPoints, maxContours

    font["head"].glyphDataFormat = 0

    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing reads them
    for attr in ("extraNames", "mapping", "glyphOrder"):
        if hasattr(post, attr):
            delattr(post, attr)


def rebuild_cmap(font, unicodes):
    """Only format-4 subtables: (3,1) Windows Unicode BMP and (0,3) Unicode BMP."""
    best = font["cmap"].getBestCmap()
    mapping = {c: best[c] for c in sorted(unicodes) if c in best}
    cmap = newTable("cmap")
    cmap.tableVersion = 0
    cmap.tables = []
    for plat, enc in ((0, 3), (3, 1)):
        st = CmapSubtable.newSubtable(4)
        st.platformID, st.platEncID, st.language = plat, enc, 0
        st.cmap = dict(mapping)
        cmap.tables.append(st)
    font["cmap"] = cmap
    return mapping


def rename(font, src_file, family, style, ps_name):
    old = font["name"]
    src_family = old.getDebugName(1)
    copyright_ = old.getDebugName(0)
    version = old.getDebugName(5).split(";")[0]  # "Version 2.001"
    names = {
        0: copyright_,
        1: family,
        2: style,
        3: "%s;%s;subset of %s" % (version.replace("Version ", ""), ps_name,
                                   old.getDebugName(6)),
        4: family if style == "Regular" else "%s %s" % (family, style),
        5: "%s; workreport subset, TrueType outlines" % version,
        6: ps_name,
        9: old.getDebugName(9),
        10: ("Modified Version of %s (%s, Debian fonts-noto-cjk): subset to the "
             "通用规范汉字表, GB2312 and common punctuation, converted from CFF to "
             "TrueType outlines, renamed. Built by fonts/build.py of workreport."
             % (src_family, src_file)),
        13: old.getDebugName(13),
        14: old.getDebugName(14),
    }
    table = newTable("name")
    table.names = []
    for name_id in sorted(names):
        if names[name_id] is None:
            continue
        rec = NameRecord()
        rec.nameID, rec.platformID, rec.platEncID, rec.langID = name_id, 3, 1, 0x409
        rec.string = names[name_id]
        table.names.append(rec)
    font["name"] = table
    return copyright_


def build_face(out_dir, out_name, src_file, src_family, family, style, ps_name,
               required, optional):
    t0 = time.perf_counter()
    c0 = time.process_time()
    path = os.path.join(NOTO_DIR, src_file)
    index = sc_index(path, src_family)
    font = TTFont(path, fontNumber=index, recalcTimestamp=False, recalcBBoxes=True)
    have = set(font.getBestCmap())
    missing = sorted(required - have)
    if missing:
        sys.exit("%s[%d] lacks %d required characters, e.g. %s" % (
            src_file, index, len(missing), " ".join("U+%04X" % c for c in missing[:10])))
    unicodes = required | (optional & have)
    localized = [c for c in bake_locl(font) if c in unicodes]
    t1 = time.perf_counter()
    subset_face(font, unicodes)
    t2 = time.perf_counter()
    cff_to_glyf(font)
    mapping = rebuild_cmap(font, unicodes)
    copyright_ = rename(font, src_file, family, style, ps_name)
    t3 = time.perf_counter()
    out = os.path.join(out_dir, out_name)
    font.save(out, reorderTables=True)
    t4 = time.perf_counter()
    cpu = time.process_time() - c0

    # Check what was written.
    check = TTFont(out)
    assert check.sfntVersion == "\x00\x01\x00\x00" and "glyf" in check and "CFF " not in check
    cmap = check.getBestCmap()
    assert set(cmap) == set(mapping), out_name
    assert required <= set(cmap) and REPLACEMENT in cmap, out_name
    assert all(c <= 0xFFFF for c in cmap)
    assert check["hhea"].numberOfHMetrics == check["maxp"].numGlyphs, out_name
    glyphs = check["maxp"].numGlyphs
    size = os.path.getsize(out)
    with open(out, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print("%-28s %s[%d] -> %5d code points, %5d glyphs, %9d bytes (%.2f MB); "
          "load %.1fs subset %.1fs convert %.1fs save %.1fs, total %.1fs (CPU %.1fs); "
          "Chinese (locl ZHS) forms baked in for %s" % (
              out_name, src_file, index, len(cmap), glyphs, size, size / 1e6,
              t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0, cpu,
              " ".join("%s U+%04X" % (chr(c), c) for c in localized) or "none"), flush=True)
    return digest, copyright_


def write_ofl(out_dir, copyrights):
    """OFL.txt: the fonts' copyright lines, then the licence text Debian ships."""
    with open(DEBIAN_COPYRIGHT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # The stanza "License: SIL-1.1" that carries the text (the first one is a
    # field of the "Files: *" stanza and is followed by a blank line).
    start = next(i for i, line in enumerate(lines)
                 if line == "License: SIL-1.1" and lines[i + 1].startswith(" ")) + 1
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    head = []
    for c, families in copyrights:
        # "© 2014-2021 Adobe (http://www.adobe.com/)." as in each font's name ID 0
        head.append("%s: Copyright %s, with Reserved Font Name 'Source'." % (
            " and ".join(families), c.rstrip(".").replace("© ", "", 1)))
    text = (
        "WorkReport Serif and WorkReport Sans are Modified Versions of Noto Serif CJK SC\n"
        "and Noto Sans CJK SC (Debian package fonts-noto-cjk), made by fonts/build.py.\n"
        "Noto is a trademark of Google Inc.\n\n"
        + "\n".join(head) + "\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n\n\n"
        + "\n".join(body).rstrip("\n") + "\n")
    with open(os.path.join(out_dir, "OFL.txt"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--only", action="append", default=[])
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    tgh_bmp, tgh_astral = find_tgh()
    gb = gb2312_set()
    required = required_set(tgh_bmp, gb)
    optional = optional_set() - required
    print("通用规范汉字表 (kTGH): %d in the BMP, %d outside it (left out: fpdf cannot "
          "render them)" % (len(tgh_bmp), len(tgh_astral)))
    print("GB2312: %d characters (%d hanzi not in the 通用规范汉字表)" % (
        len(gb), len({c for c in gb if 0x3400 <= c <= 0x9FFF} - tgh_bmp)))
    print("required: %d code points; optional ranges: %d more, kept where the face has them"
          % (len(required), len(optional)))

    digests = {}
    copyrights = {}  # copyright line -> source families
    start = time.perf_counter()
    for face in FACES:
        if args.only and not any(o in face[0] for o in args.only):
            continue
        digest, c = build_face(args.out, *face, required=required, optional=optional)
        digests[face[0]] = digest
        families = copyrights.setdefault(c, [])
        if face[2] not in families:
            families.append(face[2])
    print("all faces: %.1fs" % (time.perf_counter() - start))

    if not args.only:
        write_ofl(args.out, sorted(copyrights.items(), key=lambda kv: kv[1]))
        with open(os.path.join(args.out, "SHA256SUMS"), "w") as f:
            for name in sorted(digests):
                f.write("%s  %s\n" % (digests[name], name))
    total = sum(os.path.getsize(os.path.join(args.out, n)) for n in digests)
    for name in sorted(digests):
        print("%s  %s" % (digests[name], name))
    print("total: %d bytes (%.2f MB)" % (total, total / 1e6))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""ReportLab's side of bench/pages.sh: the same dense landscape indicator-table pages as
bench/ReportGen.PagesBench (DenseDocument.cs), timed in-process.

  pages_reportlab.py SMALL LARGE [REPEAT [WARMUP]]   prints "reportlab small=… large=… … marginal_pages_per_s=…"
  pages_reportlab.py write PAGES OUT.pdf    writes one document

Each page: a level-2 heading and a table of ROWS_PER_PAGE indicators (reference, description, target, quarter,
year to date, RAG word on its colour, direction of travel, two sentences of wrapped commentary) at 7 pt on landscape
A4 with ReportGen's margins (1.5 cm sides, 1.7 cm top and bottom), a running header, and a footer with the report's
name and "Page X of Y"; then a page break. Times are the median of REPEAT builds after WARMUP seconds (default 3) of
building both sizes, as ReportGen's side does; marginal is (LARGE - SMALL) / (time(LARGE) - time(SMALL)), in wall time
and in processor time; first is LARGE pages over the very first build's time.
Needs Debian python3-reportlab (run with /usr/bin/python3)."""
import io
import random
import statistics
import sys
import time

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

ROWS_PER_PAGE = 16
WIDTHS = [30, 150, 40, 35, 35, 30, 40, 420]
HEADINGS = ["Ref", "Indicator", "Target", "Q3", "YTD", "RAG", "DoT", "Commentary"]
RATINGS = [("Red", colors.HexColor("#D4351C")), ("Amber", colors.HexColor("#F47738")), ("Green", colors.HexColor("#00703C"))]
DIRECTIONS = ["better", "worse", "same"]
COMMENTARY = ("Commentary explaining the movement in the quarter and the corrective action agreed. "
              "Commentary explaining the movement in the quarter and the corrective action agreed.")
PAGE_W, PAGE_H = landscape(A4)
SIDE, VERTICAL, FURNITURE = 1.5 * cm, 1.7 * cm, 0.6 * cm
GREY = colors.HexColor("#505A5F")


class NumberedCanvas(pdfcanvas.Canvas):
    """Draws the furniture once the page count is known ("Page 3 of 9"), ReportLab's usual recipe."""

    def __init__(self, *args, **kwargs):
        pdfcanvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Helvetica", 7)
            self.setFillColor(GREY)
            self.drawString(SIDE, PAGE_H - FURNITURE - 7, "Performance committee")
            self.drawString(SIDE, FURNITURE, "Dense pages benchmark")
            self.drawRightString(PAGE_W - SIDE, FURNITURE, f"Page {self._pageNumber} of {len(self._saved)}")
            pdfcanvas.Canvas.showPage(self)
        pdfcanvas.Canvas.save(self)


def story(pages):
    rng = random.Random(1)
    sheet = getSampleStyleSheet()
    small = sheet["BodyText"].clone("small", fontSize=7, leading=8.5)
    width = PAGE_W - 2 * SIDE
    widths = [w * width / sum(WIDTHS) for w in WIDTHS]
    flow = []
    for p in range(pages):
        if p > 0:
            flow.append(PageBreak())
        flow.append(Paragraph(f"Borough {p // 10 + 1:02d} - section {p % 10 + 1}: performance indicators", sheet["Heading2"]))
        rows = [HEADINGS]
        style = [("GRID", (0, 0), (-1, -1), 0.5, GREY), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#12436D")),
                 ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                 ("FONTSIZE", (0, 0), (-1, -1), 7), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("ALIGN", (2, 1), (4, -1), "RIGHT")]
        for r in range(1, ROWS_PER_PAGE + 1):
            word, fill = RATINGS[rng.randrange(3)]
            rows.append([f"{p}.{r}", f"Indicator {r} description with some words", f"{rng.randint(50, 99)}%",
                         f"{rng.randint(40, 100)}%", f"{rng.randint(40, 100)}%", word, DIRECTIONS[rng.randrange(3)],
                         Paragraph(COMMENTARY, small)])
            style += [("BACKGROUND", (5, r), (5, r), fill), ("TEXTCOLOR", (5, r), (5, r), colors.white)]
        flow.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style)))
    return flow


def build(pages, out):
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=SIDE, rightMargin=SIDE, topMargin=VERTICAL,
                            bottomMargin=VERTICAL, title="Dense pages benchmark")
    doc.build(story(pages), canvasmaker=NumberedCanvas)


def seconds(pages):
    """Wall and processor seconds of one build."""
    start, cpu = time.perf_counter(), time.process_time()
    build(pages, io.BytesIO())
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv):
    if len(argv) == 3 and argv[0] == "write":
        build(int(argv[1]), argv[2])
        return 0
    if len(argv) in (2, 3, 4):
        small, large = int(argv[0]), int(argv[1])
        repeat = int(argv[2]) if len(argv) >= 3 else 5
        warm_up = float(argv[3]) if len(argv) == 4 else 3.0
        first = seconds(large)
        # Both sizes again and again for WARMUP seconds, as ReportGen's timing does (Python has no JIT to warm, but
        # its caches and the allocator settle the same way).
        started = time.perf_counter()
        while True:
            seconds(small), seconds(large)
            if time.perf_counter() - started >= warm_up:
                break
        small_times, large_times = [], []
        for _ in range(repeat):
            small_times.append(seconds(small))
            large_times.append(seconds(large))
        s, l = statistics.median(t[0] for t in small_times), statistics.median(t[0] for t in large_times)
        sc, lc = statistics.median(t[1] for t in small_times), statistics.median(t[1] for t in large_times)
        print(f"reportlab small={small} large={large} small_s={s:.4f} large_s={l:.4f} "
              f"marginal_pages_per_s={(large - small) / (l - s):.1f} whole_pages_per_s={large / l:.1f} "
              f"marginal_pages_per_cpu_s={(large - small) / (lc - sc):.1f} first_pages_per_s={large / first[0]:.1f}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
